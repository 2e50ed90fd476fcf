/**
 * Issue #9, import side: one test per numbered class of bad input that used to become wrong data or a
 * crash (each failed on the importer before the issue was fixed). The files are the real exports of
 * test/fixtures/raw-exports/ or derived from them (scripts/make-broken-fixtures.ts, README beside them).
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseImportFile } from "../../../src/data/import/index.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { Store } from "../../../src/data/store/store.js";
import { RegeconError } from "../../../src/types/errors.js";
import { runCli } from "../../helpers/cli.js";
import { CRASHING_MUTANTS, xlsMutant } from "../../helpers/xlsMutants.js";

const FIX = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const raw = (f: string) => path.join(FIX, "raw-exports", f);
const broken = (f: string) => path.join(FIX, "broken", f);
const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-bad-input-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshDb = () => path.join(tmp, `db${++n}`, "regecon.duckdb");
const write = (name: string, text: string) => {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

async function refused(file: string, code: string, mentions: RegExp[], options: { indicator?: string } = {}): Promise<RegeconError> {
  let error: RegeconError | undefined;
  await assert.rejects(parseImportFile(file, registry, options), (e: unknown) => {
    assert.ok(e instanceof RegeconError, String(e));
    assert.equal(e.code, code, e.message);
    for (const m of mentions) assert.match(e.message, m);
    error = e;
    return true;
  });
  return error!;
}

test("class 1: a 2026-layout row one cell short is TRUNCATED_ROW (it used to shift 北京 2024 GDP to 112.2)", async () => {
  await refused(broken("short-row-2026.csv"), "TRUNCATED_ROW", [/short-row-2026\.csv 第4行：只有15列，表头有16列/]);
  // the same edit in the 2026 single-indicator layout, and a row one cell too long
  const index = readFileSync(raw("new-platform-utf8_地区生产总值指数.csv"), "utf8");
  await refused(write("short-index.csv", index.replace(/^(天津市\t,\t,)104\.9\t,/m, "$1")), "TRUNCATED_ROW", [/第5行：只有11列，表头有12列/], { indicator: "gdp_index_prev_year" });
  await refused(write("long-index.csv", index.replace(/^(天津市\t,)/m, "$1\t,")), "EXTRA_CELLS", [/第5行：有13列，表头只有12列/], { indicator: "gdp_index_prev_year" });
  // the untouched files still import
  assert.equal((await parseImportFile(raw("new-platform-utf8_分省年度数据2024-多指标.csv"), registry)).rows.count, 31 * 14);
});

test("class 2: GDP indices declared as GDP levels are refused, and the NO_INDICATOR hint never suggests gdp_current for them", async () => {
  const file = raw("new-platform-utf8_地区生产总值指数.csv");
  const e = await refused(file, "NO_INDICATOR", [/没有“指标：”行/]);
  assert.match(e.hintText!.zh, /--indicator gdp_index_prev_year/);
  assert.doesNotMatch(e.hintText!.zh + e.hintText!.en, /gdp_current/);
  await refused(file, "IMPLAUSIBLE_VALUE", [/2024年 31 个省份的 gdp_current（地区生产总值）数值都在 \S+ 至 \S+ 亿元之间，最大值不到最小值的 3 倍/], { indicator: "gdp_current" });
  // with fewer provinces the cross-section rule cannot tell: the history check refuses the import (×5)
  const text = readFileSync(file, "utf8").split("\n");
  const few = write("地区生产总值指数-few.csv", text.filter((l) => !/^(河北|山西|内蒙古|辽宁|吉林)/.test(l)).join("\n"));
  const db = freshDb();
  const r = await runCli(["import", few, "--indicator", "gdp_current", "--db", db]);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /个新值与要替代的现有值相差超过 5 倍，多半是单位或指标弄错了（数据库未改动）/);
  assert.match(r.err, /地区生产总值指数-few\.csv 第4行：北京 2024年 gdp_current 新值 105\.1，现有值 49670\.2（版本 nbs-db-post5census），相差 473 倍/);
  assert.match(r.err, /--allow-revision/);
  const store = await Store.open(db, registry, { readOnly: true });
  assert.deepEqual(await store.rows("SELECT count(*) AS n FROM vintages WHERE kind = 'import'"), [{ n: 0 }]);
  store.close();
});

test("class 2 (history): --allow-revision imports a revision beyond ×5 and records it in the vintage's notes", async () => {
  const db = freshDb();
  const file = write("revision.csv", "region,year,indicator,value,unit\n北京,2024,gdp_current,4967.02,亿元\n天津,2024,gdp_current,18024.3,亿元\n");
  const refusedRun = await runCli(["import", file, "--db", db, "--lang", "en"]);
  assert.equal(refusedRun.code, 2);
  assert.match(refusedRun.err, /revision\.csv, line 2: Beijing 2024 gdp_current new value 4967\.02, current value 49670\.2 \(vintage nbs-db-post5census\), a factor of 10\n/);
  const ok = await runCli(["import", file, "--db", db, "--allow-revision"]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /按 --allow-revision，1 个数值替代了与之相差超过 5 倍的现有值（已记入版本注释）/);
  const store = await Store.open(db, registry, { readOnly: true });
  const [v] = await store.rows("SELECT notes FROM vintages WHERE kind = 'import'");
  store.close();
  assert.match(String(v!.notes), /regecon import --allow-revision：用户确认导入 1 个与现有值相差超过 5 倍的数值（例如 revision\.csv 第2行：北京 2024年 gdp_current 新值 4967\.02/);
  assert.match(String(v!.notes), /the user confirmed 1 values/);
});

test("class 3: a row for 2099 (after the current calendar year) is BAD_YEAR; it used to become the default report year", async () => {
  await refused(write("y2099.csv", "region,year,indicator,value,unit\n北京,2024,gdp_current,49843.1,亿元\n北京,2099,gdp_current,49843.1,亿元\n"), "BAD_YEAR", [/y2099\.csv 第3行第2列（year）：年份无效“2099”/]);
});

test("class 4: GDP 1.7e308 and 99999999999999999999999 are IMPLAUSIBLE_VALUE", async () => {
  await refused(write("max.csv", "region,year,indicator,value\n北京,2024,gdp_current,1.7e308\n"), "IMPLAUSIBLE_VALUE", [/第2行第4列（value）：数值“1\.7e308”不合理/]);
  await refused(write("digits.csv", "region,year,indicator,value\n北京,2024,gdp_current,99999999999999999999999\n"), "IMPLAUSIBLE_VALUE", [/“99999999999999999999999”/]);
});

test("class 5: corrupted XLS files that killed Node are SPREADSHEET_UNREADABLE, read in a bounded worker thread", async () => {
  const source = readFileSync(raw("classic-xls_分省年度数据.xls"));
  for (const k of CRASHING_MUTANTS) {
    const file = path.join(FIX, "xls-crash", `mutant-${k}.xls`);
    assert.deepEqual(readFileSync(file), xlsMutant(source, k), `fixture ${k} is the seeded mutation (scripts/make-broken-fixtures.ts)`);
    const t = Date.now();
    await refused(file, "SPREADSHEET_UNREADABLE", [new RegExp(`mutant-${k}\\.xls：无法读取：`)]);
    assert.ok(Date.now() - t < 30_000);
  }
  // the limits themselves: a heap too small to read even the real export, and a time limit of 1 ms
  const limits = { maxBytes: 2 ** 20, maxRows: 1000, maxColumns: 100, maxCells: 10_000, heapMb: 256, timeLimitMs: 20_000, timeLimitMsPerMiB: 0 };
  await assert.rejects(parseImportFile(raw("classic-xls_分省年度数据.xls"), registry, { spreadsheetLimits: { ...limits, timeLimitMs: 1 } }), /读取超过 0\.001 秒的时间上限/);
  await assert.rejects(parseImportFile(raw("classic-xls_分省年度数据.xls"), registry, { spreadsheetLimits: { ...limits, maxRows: 10 } }), /工作表的范围有 38 行 × 6 列，超过上限/);
  await assert.rejects(parseImportFile(raw("classic-xls_分省年度数据.xls"), registry, { spreadsheetLimits: { ...limits, maxBytes: 1000 } }), /超过工作簿的上限/);
  assert.equal((await parseImportFile(raw("classic-xls_分省年度数据.xls"), registry, { spreadsheetLimits: limits })).rows.count, 155);
});

test("class 6: a NUL in a spreadsheet note no longer ends in an internal error; the note is stored without it", async () => {
  const db = freshDb();
  const r = await runCli(["import", broken("nul-in-note.xls"), "--db", db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /已导入 .*nul-in-note\.xls：4 个观测值/);
  const store = await Store.open(db, registry, { readOnly: true });
  const [v] = await store.rows("SELECT notes, census FROM vintages WHERE kind = 'import'");
  store.close();
  assert.equal(v!.notes, "注：第五次全国经济普查 后修订。");
  assert.equal(v!.census, 5);
});

test("class 10: six-digit codes of no known province, and formula cells without a stored result, are refused with the place named", async () => {
  await refused(write("codes.csv", "region,year,indicator,value\n110000,2024,gdp_current,49843.1\n990000,2024,gdp_current,1\n"), "UNKNOWN_REGION_NAMES", [/990000（第3行）/]);
  await refused(broken("formula-without-value.xlsx"), "SPREADSHEET_UNREADABLE", [/formula-without-value\.xlsx：无法读取：单元格 C6 是公式，但文件中没有保存计算结果/]);
});

/** Every broken fixture (and a few written here) with the options a user would give it: one per error path. */
const BROKEN: [string, string[]][] = [
  ...readdirSync(path.join(FIX, "broken"))
    // nul-in-note.xls imports; tidy-duplicate.csv is refused by the store, whose words are moved by the store work
    .filter((f) => !["README.md", "nul-in-note.xls", "tidy-duplicate.csv"].includes(f))
    .map((f): [string, string[]] => [broken(f), []]),
  ...CRASHING_MUTANTS.map((k): [string, string[]] => [path.join(FIX, "xls-crash", `mutant-${k}.xls`), []]),
  [raw("new-platform-utf8_地区生产总值指数.csv"), []],
  [raw("new-platform-utf8_地区生产总值指数.csv"), ["--indicator", "gdp_current"]],
  [raw("new-platform-utf8_分省年度数据2024-多指标.csv"), ["--indicator", "gdp_current"]],
  [raw("classic-gbk_地区生产总值.csv"), ["--indicator", "no_such_indicator"]],
  [raw("classic-gbk_地区生产总值.csv"), ["--indicator", "gdp_index_prev_year"]],
  ...Object.entries({
    "future.csv": "region,year,indicator,value\n北京,2099,gdp_current,1\n",
    "huge.csv": "region,year,indicator,value\n北京,2024,gdp_current,1.7e308\n",
    "infinite.csv": "region,year,indicator,value\n北京,2024,gdp_current,1e400\n",
    "code.csv": "region,year,indicator,value\n990000,2024,gdp_current,1\n",
    "unit.csv": "region,year,indicator,value,unit\n北京,2024,gdp_current,1,万元\n",
    "indicator.csv": "region,year,indicator,value\n北京,2024,gdp,1\n",
    "columns.csv": "region,year,value\n北京,2024,1\n",
    "text.csv": "region,year,indicator,value\n北京,2024,gdp_current,一千\n",
    "long.csv": "region,year,indicator,value\n北京,2024,gdp_current,1,x\n",
    "short.csv": "region,year,indicator,value\n北京,2024,gdp_current\n",
    "revision.csv": "region,year,indicator,value\n北京,2024,gdp_current,4967.02\n",
    "empty.csv": "",
    "header.csv": "地名,年份\n北京,2024\n",
    "years.csv": "指标：地区生产总值(亿元)\n地区,2024年,2024年\n北京市,1,2\n",
    "multi.csv": "时间：2024年\n地区,地区生产总值 (亿元),某指标 (亿元)\n北京市,49670.2,1\n",
    "national.csv": "指标,2024年\n某指标(亿元),1\n",
    "future-column.csv": "指标：地区生产总值(亿元)\n地区,2099年\n北京市,1\n",
    "index-as-gdp.csv": `指标：地区生产总值(亿元)\n地区,2024年\n${registry.provinces.map((p) => `${p.nameFull},105.1`).join("\n")}\n`,
  }).map(([name, text]): [string, string[]] => [write(name, text), []]),
];

/** English output without quoted data ("…"), parenthesised originals and the file paths. */
const unquoted = (s: string) => s.replace(/"[^"\n]*"|\([^()\n]*\)/g, "").replaceAll(FIX, "");

test("--lang en: every error path of the broken fixtures prints English only (outside quoted data); --json errors carry zh and en", async () => {
  const db = freshDb();
  for (const [file, options] of BROKEN) {
    // ASCII names, so that only the file's contents can bring Chinese text
    const ascii = path.join(tmp, `input-${path.basename(file).replace(/[^\x20-\x7e]/g, "x")}`);
    copyFileSync(file, ascii);
    const en = await runCli(["import", ascii, ...options, "--db", db, "--lang", "en"]);
    assert.equal(en.code, 2, `${file}: ${en.err}`);
    assert.match(en.err, /^Error: /, file);
    assert.doesNotMatch(unquoted(en.err), CJK, `${file}: ${en.err}`);
    const json = await runCli(["import", ascii, ...options, "--db", db, "--json"]);
    const error = (JSON.parse(json.out) as { error: { code: string; message: { zh: string; en: string }; hint: { zh: string; en: string } } }).error;
    assert.ok(error.message.zh && error.message.en && error.hint.zh && error.hint.en, file);
    assert.ok(en.err.startsWith(`Error: ${error.message.en}`), file);
  }
});
