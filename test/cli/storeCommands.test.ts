import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { spawnSync } from "node:child_process";
import { neutraliseCell } from "../../src/cli/export.js";
import { readOnlyQuery } from "../../src/cli/sql.js";
import { loadRegistry } from "../../src/data/registry.js";
import { Store } from "../../src/data/store/store.js";
import { runCli } from "../helpers/cli.js";

const FIX = fileURLToPath(new URL("../fixtures/", import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-cli-test-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const db = path.join(tmp, "cli.duckdb");

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Vintage id of the first import into a fresh store: after one bundled vintage per source id of data/nbs. */
const FIRST = readFileSync(path.join(ROOT, "data/nbs/sources.csv"), "utf8").trim().split("\n").length;

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
  // the export's values equal the bundled ones: the bundled vintage stays current, the import is kept
  const q = await readOnlyQuery(db, `SELECT count(*) AS n FROM observations_all WHERE vintage = 'import-${FIRST}' AND NOT is_current`);
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
  writeFileSync(evil, "region,year,indicator,value,unit,source\n北京,1990,gdp_current,1,亿元,=cmd|' /C calc'!A0\n");
  assert.equal((await quiet(["import", evil, "--db", db])).result, 0);
  const csv = path.join(tmp, "out", "x.csv");
  assert.equal((await quiet(["export", "--format", "csv", "--out", csv, "--year", "1990", "--db", db])).result, 0);
  const meta = readFileSync(path.join(tmp, "out", "x.csv.metadata.csv"), "utf8");
  assert.match(meta, /'=cmd/);
  assert.doesNotMatch(meta, /,=cmd/);
  assert.match(readFileSync(csv, "utf8"), /110000,北京,1990,gdp_current,1,亿元,IMPORT_\d+,import-\d+/);
  const xlsx = path.join(tmp, "out", "x.xlsx");
  assert.equal((await quiet(["export", "--format", "xlsx", "--out", xlsx, "--indicator", "gdp_current", "--db", db])).result, 0);
  const wb = XLSX.read(readFileSync(xlsx));
  const metaRows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets["metadata"]!, { header: 1 });
  assert.ok(metaRows.some((r) => r.includes("'=cmd|' /C calc'!A0")));
  const pq = path.join(tmp, "out", "x.parquet");
  assert.equal((await quiet(["export", "--format", "parquet", "--out", pq, "--db", db])).result, 0);
  assert.equal(readFileSync(pq).subarray(0, 4).toString(), "PAR1");
});

let dbs = 0;
/** A new store, created as a writing command creates it (read-only commands never create a --db file). */
async function freshDb(): Promise<string> {
  const db = path.join(tmp, `fresh${++dbs}`, "regecon.duckdb");
  (await Store.open(db, loadRegistry())).close();
  return db;
}
const XLS_4TH = path.join(FIX, "raw-exports/classic-xls_分省年度数据.xls");
const GBK_5TH = path.join(FIX, "raw-exports/classic-gbk_地区生产总值.csv");
const gd2019 = async (db: string) =>
  (await readOnlyQuery(db, "SELECT value FROM observations_current WHERE indicator = 'gdp_current' AND region_code = '440000' AND year = 2019")).rows;

test("import refuses a file of an older economic census (OLDER_VINTAGE) unless --allow-older", async () => {
  const db = await freshDb();
  const r = await runCli(["import", XLS_4TH, "--db", db]);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /classic-xls_分省年度数据\.xls：文件注释表明数据为第四次全国经济普查修订后的数据，早于库中现有数据（第五次全国经济普查修订后）；导入会用较旧的数据替代 155 个现有值/);
  assert.match(r.err, /提示：.*--allow-older/);
  assert.deepEqual(await gd2019(db), [[110468.1]]); // store unchanged: data/nbs 5th-census value
  const vintages = await readOnlyQuery(db, "SELECT count(*) FROM vintages_view WHERE kind = 'import'");
  assert.deepEqual(vintages.rows, [[0]]);
  const ok = await runCli(["import", XLS_4TH, "--allow-older", "--db", db]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /替代了 155 个数值不同的现有值，来自版本 nbs-db-post5census（#1）155 个/);
  assert.match(ok.out, /按 --allow-older，第四次全国经济普查口径的数据替代了 155 个较新普查口径的现有值/);
  assert.match(ok.out, /识别到经济普查修订：第四次全国经济普查（2018年）\n/); // one year, not 2018~2018年
  assert.deepEqual(await gd2019(db), [[107671.07]]);
  // a file without a census note: imported as before, and the message says what it replaced and from where
  const tidy = path.join(tmp, "no-census.csv");
  writeFileSync(tidy, "region,year,indicator,value,unit,source\n广东省,2019,gdp_current,107000,亿元,test\n");
  const t = await runCli(["import", tidy, "--db", db, "--lang", "en"]);
  assert.equal(t.code, 0, t.err);
  assert.match(t.out, new RegExp(String.raw`superseded 1 current values that differ, from vintages import-${FIRST} \(#${FIRST}\) 1`));
});

test("import says when the superseded values are identical (same data re-encoded GBK → UTF-8)", async () => {
  const db = await freshDb();
  const first = await runCli(["import", GBK_5TH, "--db", db]);
  assert.equal(first.code, 0, first.err);
  const utf8 = path.join(tmp, "地区生产总值-utf8.csv");
  writeFileSync(utf8, new TextDecoder("gb18030").decode(readFileSync(GBK_5TH)), "utf8");
  const again = await runCli(["import", utf8, "--db", db]);
  assert.equal(again.code, 0, again.err);
  assert.doesNotMatch(again.out, /替代了/);
  assert.match(again.out, /589 个值与现有数据相同，保留原版本（本文件没有带来新的数值/);
  const json = await runCli(["import", path.join(FIX, "nbs-small/classic-small-gbk.csv"), "--db", db, "--json"]);
  assert.equal(json.code, 0, json.err);
  const parsed = JSON.parse(json.out) as { supersededIdentical: number; supersededFrom: unknown[] }[];
  assert.equal(typeof parsed[0]!.supersededIdentical, "number");
  assert.ok(Array.isArray(parsed[0]!.supersededFrom));
});

test("sql: parser, binder and catalog errors are SQL_ERROR with DuckDB's message and the views as hint", async () => {
  const db = await freshDb();
  const r = await runCli(["sql", "SELEC * FRM x", "--db", db]);
  assert.equal(r.code, 2);
  assert.match(r.err, /SQL 错误：Parser Error: syntax error at or near "SELEC"/);
  assert.match(r.err, /提示：可查询的视图：observations_current, observations_all, vintages_view, coverage, series_breaks, sources/);
  assert.doesNotMatch(r.err, /内部错误|Failed to extract|\n\s+at /);
  for (const [sql, kind] of [["SELECT * FROM x", /Catalog Error/], ["SELECT nope FROM coverage", /Binder Error/]] as const) {
    await assert.rejects(() => readOnlyQuery(db, sql), (e: any) => e.code === "SQL_ERROR" && kind.test(e.message) && /coverage/.test(e.hintText.zh), sql);
  }
});

test("export: a write failure is WRITE_FAILED and leaves neither data nor metadata file", async () => {
  const db = await freshDb();
  const dir = path.join(tmp, "wf");
  mkdirSync(path.join(dir, "taken.csv"), { recursive: true }); // the data target is a folder
  const a = await runCli(["export", "--format", "csv", "--out", path.join(dir, "taken.csv"), "--db", db]);
  assert.equal(a.code, 2, a.err);
  assert.match(a.err, /无法写入输出文件 .*taken\.csv/);
  mkdirSync(path.join(dir, "y.csv.metadata.csv"), { recursive: true }); // data writable, metadata not
  const b = await runCli(["export", "--out", path.join(dir, "y.csv"), "--db", db]);
  assert.equal(b.code, 2, b.err);
  assert.match(b.err, /无法写入输出文件 .*y\.csv\.metadata\.csv/);
  assert.deepEqual(readdirSync(dir).sort(), ["taken.csv", "y.csv.metadata.csv"]); // no y.csv, no temporaries
  if (existsSync("/proc/self")) {
    const p = await runCli(["export", "--format", "csv", "--out", "/proc/x.csv", "--db", db]);
    assert.equal(p.code, 2, p.err);
    assert.match(p.err, /无法写入输出文件 \/proc\/x\.csv/);
    assert.doesNotMatch(p.err, /内部错误/);
  }
});

test("export: --out extension must match --format, the format follows the extension, metadata named after the full file", async () => {
  const db = await freshDb();
  const dir = path.join(tmp, "fmt");
  const bad = await runCli(["export", "--format", "parquet", "--out", path.join(dir, "x.csv"), "--db", db]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--out .*x\.csv 的扩展名 \.csv 与 --format parquet 不符/);
  assert.equal(existsSync(dir), false);
  const unknown = await runCli(["export", "--out", path.join(dir, "x.txt"), "--db", db]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /缺少 --format，且无法从 --out .*x\.txt 的扩展名 \.txt 推断格式/);
  const [[n]] = (await readOnlyQuery(db, "SELECT count(*) FROM observations_current WHERE indicator = 'gdp_current'")).rows as [[number]];
  for (const ext of ["csv", "parquet", "xlsx"]) {
    const r = await runCli(["export", "--out", path.join(dir, `same.${ext}`), "--indicator", "gdp_current", "--db", db, "--json"]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out) as { ok: boolean; outputs: string[]; rows: number };
    assert.deepEqual(j, { ok: true, outputs: [path.join(dir, `same.${ext}`), path.join(dir, `same.${ext}.metadata.csv`)], rows: n });
  }
  assert.equal(readFileSync(path.join(dir, "same.parquet")).subarray(0, 4).toString(), "PAR1");
  assert.deepEqual(readdirSync(dir).sort(), ["same.csv", "same.csv.metadata.csv", "same.parquet", "same.parquet.metadata.csv", "same.xlsx", "same.xlsx.metadata.csv"]);
});

test("sql --json prints the rows as a JSON array", async () => {
  const r = await runCli(["sql", "SELECT indicator, year FROM coverage WHERE indicator = 'gdp_current' AND year = 2024", "--json", "--db", await freshDb()]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), [{ indicator: "gdp_current", year: 2024 }]);
});

test("import, data, sql and export document --json, --db and --lang in zh and en help", async () => {
  for (const cmd of ["import", "data", "sql", "export"]) {
    for (const lang of ["zh", "en"]) {
      const r = await runCli([cmd, "--help", "--lang", lang]);
      assert.equal(r.code, 0);
      for (const opt of ["--json", "--db", "--lang"]) assert.match(r.out, new RegExp(`\\n  ${opt} `), `${cmd} ${lang} ${opt}`);
    }
  }
  assert.match((await runCli(["import", "--help"])).out, /--allow-older/);
  assert.match((await runCli(["import", "--help", "--lang", "en"])).out, /--allow-older/);
});

test("data --indicator: unknown ids are UNKNOWN_INDICATOR; a known id filters matrix and vintages; the legend explains the cells", async () => {
  const db = await freshDb();
  const bad = await runCli(["data", "--indicator", "nope", "--db", db]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--indicator nope：数据库中没有这个指标/);
  assert.match(bad.err, /提示：库中的指标：.*gdp_current/);
  const ok = await runCli(["data", "--indicator", "gdp_index_prev_year_pre5census", "--db", db]);
  assert.equal(ok.code, 0, ok.err);
  const vintageLines = ok.out.split("\n").filter((l) => /^  #\d+ /.test(l));
  assert.deepEqual(vintageLines.map((l) => l.trim().split(" ").slice(0, 2)), [["#8", "nbs-db-pre5census"]]);
  assert.match(ok.out, /图例：数字 = 有数据的省份数（31 为齐全）；\+ = 另有全国值；全 = 只有全国值（无省份）；\. = 无数据/);
  const all = await runCli(["data", "--db", db, "--json"]);
  const j = JSON.parse(all.out) as { vintages: unknown[] };
  const one = JSON.parse((await runCli(["data", "--db", db, "--json", "--indicator", "gdp_current"])).out) as { vintages: { vintage: string }[]; coverage: { indicator: string }[] };
  assert.ok(one.vintages.length < j.vintages.length);
  assert.ok(one.coverage.every((c) => c.indicator === "gdp_current"));
  // national-only cells read 全 and province+national cells carry +
  const gdp = (await runCli(["data", "--db", db, "--indicator", "gdp_current"])).out;
  assert.match(gdp.split("\n").find((l) => l.startsWith("gdp_current"))!, /31\+/);
});

test("unknown options and missing values are reported in Chinese, naming the option", async () => {
  const r = await runCli(["data", "--bogus", "--db", await freshDb()]);
  assert.equal(r.code, 2);
  assert.match(r.err, /regecon data：未知选项 --bogus\n/);
  assert.match(r.err, /提示：运行 regecon data --help 查看用法/);
  assert.doesNotMatch(r.err, /Unknown option|'/);
  const m = await runCli(["export", "--out"]);
  assert.match(m.err, /regecon export：选项 --out 缺少取值/);
  const v = await runCli(["data", "--json=yes"]);
  assert.match(v.err, /regecon data：选项 --json 不接受取值/);
  const p = await runCli(["data", "extra"]);
  assert.match(p.err, /regecon data：不接受位置参数“extra”/);
});

const importVintages = async (db: string) => (await readOnlyQuery(db, "SELECT vintage_id, file_name FROM vintages_view WHERE kind = 'import' ORDER BY vintage_id")).rows;

test("import refuses impossible values (1e400, GDP 0, index -3) naming file, line, column, value and rule; store unchanged", async () => {
  const db = await freshDb();
  const cases: [string, string, RegExp][] = [
    ["inf.csv", "region,year,indicator,value,unit,source\n北京,2024,gdp_current,1e400,亿元,test\n", /inf\.csv 第2行第4列（value）：数值“1e400”不合理：数值必须是有限的数/],
    ["zero.csv", "region,year,indicator,value\n北京,2024,gdp_current,0\n", /zero\.csv 第2行第4列（value）：数值“0”不合理：gdp_current（地区生产总值）省级数值的合理范围是 0\.5 至 500000 亿元/],
    ["neg.csv", "region,year,indicator,value\n北京,2024,gdp_index_prev_year,-3\n", /neg\.csv 第2行第4列（value）：数值“-3”不合理：.*合理范围是 50 至 150 上年=100/],
  ];
  for (const [name, text, message] of cases) {
    const f = path.join(tmp, name);
    writeFileSync(f, text);
    const r = await runCli(["import", f, "--db", db, "--json"]);
    assert.equal(r.code, 2, name);
    assert.match(r.err, message);
    assert.equal((JSON.parse(r.out) as { error: { code: string } }).error.code, name === "inf.csv" ? "NOT_NUMERIC" : "IMPLAUSIBLE_VALUE");
  }
  assert.deepEqual(await importVintages(db), []);
});

test("import of several files: all are validated first, a bad file anywhere imports none", async () => {
  const db = await freshDb();
  const good = path.join(tmp, "multi-good.csv");
  writeFileSync(good, "region,year,indicator,value,unit\n北京,1992,gdp_current,1,亿元\n");
  const bad = path.join(tmp, "multi-bad.csv");
  writeFileSync(bad, "region,year,indicator,value,unit\n北京,1992,population_year_end,0,万人\n");
  const r = await runCli(["import", good, bad, "--db", db]);
  assert.equal(r.code, 2);
  assert.match(r.err, /错误：multi-bad\.csv 第2行第4列/);
  assert.match(r.err, /2 个文件都未导入，数据库未改动/);
  assert.equal(r.out, "");
  assert.deepEqual(await importVintages(db), []);
});

test("import of several files: a store-level refusal lists which files were imported (vintage ids) and which not, exit 2", async () => {
  const db = await freshDb();
  const a = path.join(tmp, "order-a.csv");
  writeFileSync(a, "region,year,indicator,value,unit\n北京,1993,gdp_current,1,亿元\n");
  const c = path.join(tmp, "order-c.csv");
  writeFileSync(c, "region,year,indicator,value,unit\n北京,1994,gdp_current,1,亿元\n");
  const r = await runCli(["import", a, XLS_4TH, c, "--db", db]);
  assert.equal(r.code, 2, r.err);
  assert.match(r.out, new RegExp(String.raw`^已导入 .*order-a\.csv：1 个观测值，版本 import-${FIRST}`));
  assert.match(r.err, /^错误：classic-xls_分省年度数据\.xls：文件注释表明数据为第四次全国经济普查修订后的数据/);
  assert.match(r.err, new RegExp(String.raw`各文件结果：\n  .*order-a\.csv：已导入，版本 import-${FIRST}（#${FIRST}）\n  .*classic-xls_分省年度数据\.xls：未导入（OLDER_VINTAGE）\n  .*order-c\.csv：未导入（前一个文件被拒绝，未尝试`));
  assert.deepEqual(await importVintages(db), [[FIRST, "order-a.csv"]]);
  // --json: {ok:false, error, files}
  const db2 = await freshDb();
  const j = await runCli(["import", a, XLS_4TH, c, "--db", db2, "--json", "--lang", "en"]);
  assert.equal(j.code, 2);
  const out = JSON.parse(j.out) as { ok: boolean; error: { code: string }; files: { file: string; status: string; vintageId?: number; code?: string }[] };
  assert.equal(out.ok, false);
  assert.equal(out.error.code, "OLDER_VINTAGE");
  assert.deepEqual(
    out.files.map((f) => [path.basename(f.file), f.status, f.vintageId ?? f.code ?? null]),
    [["order-a.csv", "imported", FIRST], ["classic-xls_分省年度数据.xls", "refused", "OLDER_VINTAGE"], ["order-c.csv", "not-attempted", null]],
  );
  assert.match(j.err, new RegExp(String.raw`Files:\n  .*order-a\.csv: imported as vintage import-${FIRST} \(#${FIRST}\)`));
  // re-running the same command once fixed skips what is imported and keeps the order
  const again = await runCli(["import", a, XLS_4TH, c, "--db", db, "--allow-older", "--json"]);
  assert.equal(again.code, 0, again.err);
  assert.deepEqual(
    (JSON.parse(again.out) as { status: string; vintageId: number }[]).map((f) => [f.status, f.vintageId]),
    [["unchanged", FIRST], ["imported", FIRST + 1], ["imported", FIRST + 2]],
  );
});

test("re-importing the same file is a notice (nothing changed), exit 0, and does not stop the other files", async () => {
  const db = await freshDb();
  const first = await runCli(["import", GBK_5TH, "--db", db]);
  assert.equal(first.code, 0, first.err);
  const other = path.join(tmp, "after-same.csv");
  writeFileSync(other, "region,year,indicator,value,unit\n北京,1995,gdp_current,1,亿元\n");
  const r = await runCli(["import", GBK_5TH, other, "--db", db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, new RegExp(String.raw`^未改动：.*classic-gbk_地区生产总值\.csv 与已导入的版本 import-${FIRST}（#${FIRST}，.* 导入）是同一文件（SHA-256 相同），跳过\n已导入 .*after-same\.csv`));
  assert.doesNotMatch(r.out + r.err, /错误/);
  assert.deepEqual(await importVintages(db), [[FIRST, "classic-gbk_地区生产总值.csv"], [FIRST + 1, "after-same.csv"]]);
});

test("the CSV written by export imports back (region_code, source_id); export says how many observations", async () => {
  const db = await freshDb();
  const out = path.join(tmp, "roundtrip", "gdp.csv");
  const e = await runCli(["export", "--out", out, "--indicator", "gdp_current", "--db", db]);
  assert.equal(e.code, 0, e.err);
  const [[n]] = (await readOnlyQuery(db, "SELECT count(*) FROM observations_current WHERE indicator = 'gdp_current'")).rows as [[number]];
  assert.match(e.out, new RegExp(`^已导出 ${n} 个观测值 → `));
  assert.match((await runCli(["export", "--out", path.join(tmp, "roundtrip", "en.csv"), "--year", "2024", "--db", db, "--lang", "en"])).out, /^Exported \d+ observations → /);
  const r = await runCli(["import", out, "--db", db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, new RegExp(`已导入 .*gdp\\.csv：${n} 个观测值.*tidy-csv`));
  assert.match(r.out, new RegExp(`${n} 个值与现有数据相同，保留原版本`));
  const bad = path.join(tmp, "roundtrip", "neither.csv");
  writeFileSync(bad, "code,yr,val\n110000,2024,1\n");
  const b = await runCli(["import", bad, "--db", db]);
  assert.equal(b.code, 2);
  assert.match(b.err, /无法识别的表头“code,yr,val”/);
  assert.match(b.err, /提示：可导入两种表头：.*地区,2024年,2023年.*region,year,indicator,value.*region_code,region_name,year,indicator,value,unit,source_id,vintage/);
});

test("without a usable temporary folder (TMPDIR missing) sql ends with TEMP_UNAVAILABLE, exit 2, in words, not an internal error", async () => {
  const own = path.join(tmp, "no-tmp.duckdb");
  const made = await quiet(["import", path.join(FIX, "raw-exports/new-platform-utf8_地区生产总值指数.csv"), "--indicator", "gdp_index_prev_year", "--db", own]);
  assert.equal(made.result, 0, made.err);
  const env = { ...process.env, TMPDIR: path.join(tmp, "no-such-folder") };
  // the built CLI (npm test builds first): under tsx the TMPDIR would be created for tsx's own cache
  const r = spawnSync(process.execPath, [path.join(ROOT, "dist/cli/bin.js"), "sql", "SELECT count(*) AS n FROM observations", "--db", own, "--lang", "en", "--json"], { encoding: "utf8", cwd: ROOT, env });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(JSON.parse(r.stdout).error.code, "TEMP_UNAVAILABLE");
  assert.match(r.stderr, /^Error: cannot create a folder in the temporary folder .*no-such-folder \(it does not exist\)\nHint: Set the environment variable TMPDIR/m);
});

test("sql --out under a regular file is WRITE_FAILED, exit 2 (removing the temporary file there threw, exit 1)", async () => {
  const own = path.join(tmp, "out-under-file.duckdb");
  const made = await quiet(["import", path.join(FIX, "raw-exports/new-platform-utf8_地区生产总值指数.csv"), "--indicator", "gdp_index_prev_year", "--db", own]);
  assert.equal(made.result, 0, made.err);
  const file = path.join(tmp, "plain-file");
  writeFileSync(file, "x");
  const r = await quiet(["sql", "SELECT 1 AS one", "--out", path.join(file, "y.csv"), "--db", own]);
  assert.equal(r.result, 2, r.err);
  assert.match(r.err, /无法写入输出文件 .*y\.csv：路径中有一段是文件，不是文件夹/);
});
