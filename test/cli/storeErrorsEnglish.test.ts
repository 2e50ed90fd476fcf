/**
 * Issue 8: with `--lang en`, every error path of sql, export, data, indicators and the store prints English
 * only (quoted data aside), and `--json` errors carry both languages.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, truncateSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadRegistry } from "../../src/data/registry.js";
import { Store } from "../../src/data/store/store.js";
import { XLSX_MAX_ROWS } from "../../src/cli/export.js";
import { runCli } from "../helpers/cli.js";

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-en-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function createdStore(name: string): Promise<string> {
  const db = path.join(tmp, name, "regecon.duckdb");
  (await Store.open(db, registry)).close();
  return db;
}

/** Runs the command in English, then with --json, and checks the error's code and languages. */
async function englishError(args: string[], code: string): Promise<void> {
  const en = await runCli([...args, "--lang", "en"]);
  assert.equal(en.code, 2, `${args.join(" ")}: ${en.err}`);
  assert.match(en.err, /^Error: /, args.join(" "));
  assert.doesNotMatch(en.err, CJK, `${args.join(" ")} printed Chinese: ${en.err}`);
  assert.doesNotMatch(en.err, /Internal error/);
  const json = await runCli([...args, "--json"]);
  const e = (JSON.parse(json.out) as { ok: boolean; error: { code: string; message: { zh: string; en: string }; hint: { zh: string; en: string } | null } }).error;
  assert.equal(e.code, code, args.join(" "));
  assert.ok(CJK.test(e.message.zh) && !CJK.test(e.message.en), `${args.join(" ")}: ${JSON.stringify(e.message)}`);
  if (e.hint) assert.ok(!CJK.test(e.hint.en), `${args.join(" ")}: ${e.hint.en}`);
}

test("sql, export, data and indicators: every error path in English with --lang en, both languages with --json", async () => {
  const db = await createdStore("ok");
  const missing = path.join(tmp, "nowhere.duckdb");
  const damaged = await createdStore("damaged");
  truncateSync(damaged, Math.floor(statSync(damaged).size / 2));
  const out = (name: string) => path.join(tmp, "out", name);
  const cases: [string[], string][] = [
    [["sql", "--db", db], "BAD_ARGUMENT"],
    [["sql", "SELECT 1", "--format", "xml", "--db", db], "BAD_ARGUMENT"],
    [["sql", "SELECT 1", "--format", "csv", "--json", "--db", db], "BAD_ARGUMENT"],
    [["sql", "SELECT 1", "--format", "table", "--out", out("t.csv"), "--db", db], "BAD_ARGUMENT"],
    [["sql", "SELECT 1", "--rows", "0", "--db", db], "BAD_ARGUMENT"],
    [["sql", "SELEC 1", "--db", db], "SQL_ERROR"],
    [["sql", "SELECT nope FROM coverage", "--db", db], "SQL_ERROR"],
    [["sql", "DELETE FROM observations", "--db", db], "SQL_NOT_READ_ONLY"],
    [["sql", "SELECT * FROM read_csv('/etc/hostname')", "--db", db], "SQL_NOT_READ_ONLY"],
    [["sql", "SELECT 1", "--db", missing], "STORE_NOT_FOUND"],
    [["sql", "SELECT 1", "--db", damaged], "STORE_UNAVAILABLE"],
    [["sql", "SELECT 1", "--bogus", "--db", db], "BAD_ARGUMENT"],
    [["export", "--db", db], "BAD_ARGUMENT"],
    [["export", "--out", out("x.txt"), "--db", db], "BAD_ARGUMENT"],
    [["export", "--format", "xml", "--out", out("x"), "--db", db], "BAD_ARGUMENT"],
    [["export", "--format", "parquet", "--out", out("x.csv"), "--db", db], "BAD_ARGUMENT"],
    [["export", "--out", out("x.csv"), "--year", "1900", "--db", db], "NO_DATA"],
    [["export", "--out", out("x.csv"), "--year", "20x4", "--db", db], "BAD_YEAR"],
    [["export", "--out", out("x.csv"), "--db", missing], "STORE_NOT_FOUND"],
    [["export", "--out", path.join(tmp, "folder-target"), "--format", "csv", "--db", db], "WRITE_FAILED"],
    [["data", "--indicator", "nope", "--db", db], "UNKNOWN_INDICATOR"],
    [["data", "--db", damaged], "STORE_UNAVAILABLE"],
    [["data", "--db", missing], "STORE_NOT_FOUND"],
    [["indicators", "--db", missing], "STORE_NOT_FOUND"],
    [["indicators", "--db", damaged], "STORE_UNAVAILABLE"],
  ];
  mkdirSync(path.join(tmp, "folder-target"), { recursive: true });
  for (const [args, code] of cases) await englishError(args, code);
});

test("an XLSX export above the row cap is EXPORT_TOO_LARGE, in English with --lang en, and writes nothing", async () => {
  const db = await createdStore("big");
  const store = await Store.open(db, registry);
  try {
    // the bundled observations 31 more times (same keys: only the count matters here)
    await store.sql.run("INSERT INTO observations SELECT region_code, year, indicator, value, unit, source_id, vintage_id, superseded_by FROM observations, range(31)");
    assert.ok(Number(await store.sql.scalar("SELECT count(*) FROM observations_current")) > XLSX_MAX_ROWS);
  } finally {
    store.close();
  }
  const xlsx = path.join(tmp, "big.xlsx");
  await englishError(["export", "--out", xlsx, "--db", db], "EXPORT_TOO_LARGE");
  const r = await runCli(["export", "--out", xlsx, "--db", db, "--lang", "en"]);
  assert.match(r.err, new RegExp(`the export has \\d+ rows, more than an XLSX export holds \\(${XLSX_MAX_ROWS};`));
  assert.match(r.err, /Hint: Use --format csv or --format parquet/);
  assert.equal(existsSync(xlsx), false);
});
