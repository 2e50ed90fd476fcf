/**
 * Issue 9, class 10 (store side): the XLSX and Parquet files `regecon export` writes import back
 * unchanged (the CSV already did): every exported value is read back as the same double, for the same
 * region, year, indicator and unit, and the import finds all of them identical to the current values.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseImportFile } from "../../../src/data/import/index.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { isParquet, parseExportFile } from "../../../src/data/store/exportReader.js";
import { Store } from "../../../src/data/store/store.js";
import { runCli } from "../../helpers/cli.js";

const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-roundtrip-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Current values as "indicator|region|year" → value|unit. */
async function current(db: string): Promise<Map<string, string>> {
  const store = await Store.open(db, registry, { readOnly: true });
  try {
    const rows = await store.rows("SELECT indicator, region_code, year, value, unit FROM observations_current");
    return new Map(rows.map((r) => [`${r.indicator}|${r.region_code}|${r.year}`, `${r.value}|${r.unit}`]));
  } finally {
    store.close();
  }
}

test("XLSX and Parquet exports import back with every value unchanged (and CSV still does)", async () => {
  const db = path.join(tmp, "regecon.duckdb");
  // awkward values: many digits, tiny, huge, negative growth, a user indicator from a tidy import
  const extra = path.join(tmp, "extra.csv");
  writeFileSync(extra, "region,year,indicator,value,unit\n北京,1990,gdp_current,1.3000000000000003,亿元\n上海,1990,gdp_current,123456.789123456,亿元\n北京,1990,fai_growth_excl_rural_jan_dec,-3.25,%\n110101,1990,gdp_current,1e-7,亿元\n");
  // a county code (110101) needs allowSubprovincial, and so does the export that carries it back
  const county = { allowSubprovincial: true };
  const parsedExtra = await parseImportFile(extra, registry, county);
  const store = await Store.open(db, registry);
  await store.importParsed(parsedExtra, parsedExtra.bytes);
  store.close();
  const before = await current(db);
  for (const format of ["csv", "xlsx", "parquet"] as const) {
    const out = path.join(tmp, `all.${format}`);
    const e = await runCli(["export", "--out", out, "--db", db, ...(format === "xlsx" ? ["--year", "1990"] : [])]);
    assert.equal(e.code, 0, `${format}: ${e.err}`);
    const parsed = (await parseExportFile(out, registry, county)) ?? (await parseImportFile(out, registry, county));
    assert.equal(parsed.format, `tidy-${format}`, "the vintage records the format the file was read as");
    const s = await Store.open(db, registry);
    try {
      const r = await s.importParsed(parsed, parsed.bytes);
      const expected = format === "xlsx" ? [...before.keys()].filter((k) => k.endsWith("|1990")).length : before.size;
      assert.equal(r.rows, expected, format);
      assert.equal(r.superseded, 0, `${format}: some value came back different`);
      assert.equal(r.supersededIdentical, expected, format);
    } finally {
      s.close();
    }
    assert.deepEqual(await current(db), before, format);
  }
  assert.equal(isParquet(Buffer.from("PAR1xxxxPAR1")), true);
  assert.equal(isParquet(Buffer.from("region,year\n")), false);
  assert.equal(await parseExportFile(extra, registry), undefined, "a CSV is left to the usual importer");
});
