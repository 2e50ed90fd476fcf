import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { spawnSync } from "node:child_process";
import { neutraliseCell } from "../../src/cli/export.js";
import { readOnlyQuery } from "../../src/cli/sql.js";

const FIX = fileURLToPath(new URL("../fixtures/", import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-cli-test-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const db = path.join(tmp, "cli.duckdb");

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Run the CLI in a child process (patching this process's stdout would corrupt the test runner's stream). */
async function quiet(argv: string[]): Promise<{ result: number; out: string; err: string }> {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/bin.ts"), ...argv], { encoding: "utf8", cwd: ROOT });
  return { result: r.status ?? -1, out: r.stdout, err: r.stderr };
}

test("regecon import / data / sql over --db", async () => {
  const imp = await quiet(["import", path.join(FIX, "raw-exports/new-platform-utf8_地区生产总值指数.csv"), "--indicator", "gdp_index_prev_year", "--db", db]);
  assert.equal(imp.result, 0, imp.err);
  assert.match(imp.out, /279 个观测值/);
  const bad = await quiet(["import", path.join(FIX, "broken/non-numeric.csv"), "--db", db]);
  assert.equal(bad.result, 2);
  assert.match(bad.err, /non-numeric\.csv 第6行第4列/);
  const data = await quiet(["data", "--db", db, "--indicator", "gdp_index_prev_year"]);
  assert.equal(data.result, 0);
  assert.match(data.out, /gdp_index_prev_year/);
  const q = await readOnlyQuery(db, "SELECT count(*) AS n FROM observations_current WHERE vintage = 'import-20'");
  assert.deepEqual(q.rows, [[279]]);
});

test("regecon sql rejects writes, multiple statements and file access", async () => {
  for (const sql of ["DELETE FROM observations", "SELECT 1; DROP TABLE observations", "SELECT * FROM read_csv('/etc/hostname')", "COPY observations TO '/tmp/x.csv'"]) {
    await assert.rejects(() => readOnlyQuery(db, sql), (e: any) => e.code === "SQL_NOT_READ_ONLY", sql);
  }
  const r = await quiet(["sql", "UPDATE observations SET value = 0", "--db", db]);
  assert.equal(r.result, 2);
});

test("regecon export writes data and metadata; formula-like text cells are neutralised", async () => {
  assert.equal(neutraliseCell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
  assert.equal(neutraliseCell("+1"), "'+1");
  assert.equal(neutraliseCell("@SUM"), "'@SUM");
  assert.equal(neutraliseCell("北京"), "北京");
  // a tidy import whose source text starts with "=" ends up in the metadata's producer column
  const evil = path.join(tmp, "evil.csv");
  writeFileSync(evil, "region,year,indicator,value,unit,source\n北京,2030,gdp_current,1,亿元,=cmd|' /C calc'!A0\n");
  assert.equal((await quiet(["import", evil, "--db", db])).result, 0);
  const csv = path.join(tmp, "out", "x.csv");
  assert.equal((await quiet(["export", "--format", "csv", "--out", csv, "--year", "2030", "--db", db])).result, 0);
  const meta = readFileSync(path.join(tmp, "out", "x.metadata.csv"), "utf8");
  assert.match(meta, /'=cmd/);
  assert.doesNotMatch(meta, /,=cmd/);
  assert.match(readFileSync(csv, "utf8"), /110000,北京,2030,gdp_current,1,亿元,IMPORT_\d+,import-\d+/);
  const xlsx = path.join(tmp, "out", "x.xlsx");
  assert.equal((await quiet(["export", "--format", "xlsx", "--out", xlsx, "--indicator", "gdp_current", "--db", db])).result, 0);
  const wb = XLSX.read(readFileSync(xlsx));
  const metaRows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets["metadata"]!, { header: 1 });
  assert.ok(metaRows.some((r) => r.includes("'=cmd|' /C calc'!A0")));
  const pq = path.join(tmp, "out", "x.parquet");
  assert.equal((await quiet(["export", "--format", "parquet", "--out", pq, "--db", db])).result, 0);
  assert.equal(readFileSync(pq).subarray(0, 4).toString(), "PAR1");
});
