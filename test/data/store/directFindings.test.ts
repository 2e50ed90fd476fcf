/**
 * A large tidy CSV (read by DuckDB, never held in JavaScript) is compared with the store's current values
 * while the store inserts it (`directFindings`): the findings must be those `compareWithStore` gives for
 * the same file read by the tidy parser (revisions, moved values, jumps in a series, national totals),
 * with the same lines. The current values are the bundled data of a new store.
 */
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseImportFile } from "../../../src/data/import/index.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { compareWithStore, type StoreFindings } from "../../../src/data/store/importChecks.js";
import { Store } from "../../../src/data/store/store.js";

const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-direct-findings-"));
const db = path.join(tmp, "regecon.duckdb");
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The bundled gdp_current of 2023 and 2024 by province code. */
const gdp = new Map<string, number>();
before(async () => {
  const store = await Store.open(db, registry);
  try {
    for (const r of await store.rows("SELECT region_code, year, value FROM observations_current WHERE indicator = 'gdp_current' AND year IN (2023, 2024)")) {
      gdp.set(`${r.region_code}/${r.year}`, r.value as number);
    }
  } finally {
    store.close();
  }
});
const value = (code: string, year: number) => gdp.get(`${code}/${year}`)!;

class Captured extends Error {}

/** The findings of the tidy parser's path (`compareWithStore`) and of DuckDB's (`directFindings`), for one file. */
async function findingsBothWays(text: string): Promise<[StoreFindings, StoreFindings]> {
  const f = path.join(tmp, `f${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(f, text);
  const byParser = await parseImportFile(f, registry);
  assert.equal(byParser.direct, undefined);
  const expected = (await compareWithStore(db, registry, [byParser])).get(byParser)!;
  const byDuckDb = await parseImportFile(f, registry, { directMinBytes: 0, validateAtImport: true });
  assert.ok(byDuckDb.direct);
  let found: StoreFindings | undefined;
  const store = await Store.open(db, registry);
  try {
    const review = (f: StoreFindings): string => {
      found = f;
      throw new Captured(); // nothing is written
    };
    await assert.rejects(store.importParsed(byDuckDb, byDuckDb.bytes, { review }), Captured);
  } finally {
    store.close();
  }
  return [found!, expected];
}

const HEAD = "region,year,indicator,value,unit\n";

test("a value ×10 from the one it replaces, and two provinces' values exchanged", async () => {
  const [duckdb, parser] = await findingsBothWays(
    HEAD + `\n110000,2023,gdp_current,${value("110000", 2023) * 10},亿元\n120000,2024,gdp_current,${value("130000", 2024)},亿元\n130000,2024,gdp_current,${value("120000", 2024)},亿元\n`,
  );
  assert.equal(parser.revisions.length, 1);
  assert.equal(parser.revisions[0]!.line, 3);
  assert.equal(parser.permuted.length, 2);
  assert.deepEqual(duckdb, parser);
});

test("new years far from the previous year: the store's, and the file's own", async () => {
  const [duckdb, parser] = await findingsBothWays(HEAD + `110000,2025,gdp_current,${value("110000", 2024) * 10},亿元\n120000,2025,gdp_current,${value("120000", 2024)},亿元\n120000,2026,gdp_current,${value("120000", 2024) / 8},亿元\n`);
  assert.equal(parser.jumps.length, 2);
  assert.deepEqual(duckdb, parser);
});

test("a national total three times the provinces' sum", async () => {
  const provinces = registry.provinces.map((p) => p.code);
  const sum = provinces.reduce((a, c) => a + value(c, 2024), 0);
  const rows = provinces.map((c) => `${c},2025,gdp_current,${value(c, 2024)},亿元\n`).join("");
  const [duckdb, parser] = await findingsBothWays(HEAD + rows + `100000,2025,gdp_current,${3 * sum},亿元\n`);
  assert.equal(parser.totals.length, 1);
  assert.deepEqual(duckdb, parser);
});

test("values equal to the current ones: nothing to report", async () => {
  const [duckdb, parser] = await findingsBothWays(HEAD + `110000,2023,gdp_current,${value("110000", 2023)},亿元\n`);
  assert.deepEqual(parser, { revisions: [], permuted: [], jumps: [], totals: [] });
  assert.deepEqual(duckdb, parser);
});
