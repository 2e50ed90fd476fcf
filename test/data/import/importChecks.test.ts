/**
 * Issue #9, second round (a fresh-user tester's findings F1–F11, R1–R8): files that do not make sense
 * are refused with a clear message, never imported as wrong numbers with exit 0. Fixtures: the real
 * classic GBK 地区生产总值 export of test/fixtures/raw-exports/, edited here (CSV) or by
 * scripts/make-import-check-fixtures.ts (workbooks in test/fixtures/import-checks/, README beside them).
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { parseImportFile, type ImportOptions } from "../../../src/data/import/index.js";
import { parseTidyRecords } from "../../../src/data/import/tidyCsv.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { RegeconError } from "../../../src/types/errors.js";

const FIX = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const checks = (f: string) => path.join(FIX, "import-checks", f);
const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-import-checks-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** The classic GBK GDP export as text (CRLF lines), to edit and write back as GBK. */
const classicGdp = iconv.decode(readFileSync(path.join(FIX, "raw-exports", "classic-gbk_地区生产总值.csv")), "gb18030");
const writeGbk = (name: string, text: string) => {
  const p = path.join(tmp, name);
  writeFileSync(p, iconv.encode(text, "gb18030"));
  return p;
};
const write = (name: string, text: string) => {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
};

async function refused(file: string, code: string, mentions: RegExp[], options: ImportOptions = {}): Promise<RegeconError> {
  let error: RegeconError | undefined;
  await assert.rejects(parseImportFile(file, registry, options), (e: unknown) => {
    assert.ok(e instanceof RegeconError, String(e));
    assert.equal(e.code, code, e.message);
    for (const m of mentions) assert.match(`${e.text.zh}\n${e.text.en}\n${e.hintText?.zh}\n${e.hintText?.en}`, m);
    error = e;
    return true;
  });
  return error!;
}

test("F2: a workbook row shifted one column right is EXTRA_CELLS naming the cell beyond the header (it used to drop the value silently)", async () => {
  await refused(checks("shift-right.xlsx"), "EXTRA_CELLS", [/shift-right\.xlsx 第13行第21列：表头只有20列，这一列在表头之外，却有数据“10825\.4”/, /line 13, column 21: the header labels 20 columns/]);
  // the same in a tidy table read from a workbook (every row as wide as the sheet): a value in an unlabelled column
  const rows = [
    { line: 1, fields: ["region", "year", "indicator", "value", ""] },
    { line: 2, fields: ["北京", "2024", "gdp_current", "49670.2", ""] },
  ];
  assert.equal(parseTidyRecords(rows, "t.xlsx", registry).rows.count, 1);
  rows.push({ line: 3, fields: ["天津", "2024", "gdp_current", "17931.3", "1"] });
  assert.throws(() => parseTidyRecords(rows, "t.xlsx", registry), (e: RegeconError) => e.code === "EXTRA_CELLS" && /t\.xlsx 第3行第5列：表头只有4列/.test(e.message));
  // a CSV row with one cell too many keeps its message (the cell count)
  const lines = classicGdp.split("\r\n");
  const k = lines.findIndex((l) => l.startsWith("上海市"));
  const c = lines[k]!.split(",");
  lines[k] = [c[0], "", ...c.slice(1)].join(",");
  await refused(writeGbk("shift-right.csv", lines.join("\r\n")), "EXTRA_CELLS", [/第13行：有21列，表头只有20列（第21列在表头之外还有数据“10825\.4”）/]);
});

test("F9: --indicator naming another indicator than the file's 指标 line is INDICATOR_MISMATCH, naming both", async () => {
  const employment = path.join(FIX, "raw-exports", "classic-gbk_城镇单位就业人员.csv");
  const e = await refused(employment, "INDICATOR_MISMATCH", [/第2行：文件的指标行是“城镇单位就业人员\(万人\)”（employment_urban_units，城镇单位就业人员），与 --indicator population_year_end（年末常住人口）不符/, /去掉 --indicator/], { indicator: "population_year_end" });
  assert.match(e.text.en, /contradicts --indicator population_year_end \(year-end resident population\)/);
  // the same indicator, or one whose names include the label (the pre-revision index series), is fine
  assert.equal((await parseImportFile(employment, registry, { indicator: "employment_urban_units" })).rows.count, 527);
  const index = (label: string) => writeGbk(`index-${label.length}.csv`, `数据库：分省年度数据\r\n指标：${label}\r\n时间：2023年\r\n地区,2023年\r\n北京市,105.2\r\n`);
  const pre = await parseImportFile(index("地区生产总值指数(上年=100)"), registry, { indicator: "gdp_index_prev_year_pre5census" });
  assert.deepEqual([...pre.rows.indicators.keys()], ["gdp_index_prev_year_pre5census"]);
  // a label that names no catalogue indicator is what --indicator is for
  assert.equal((await parseImportFile(index("某个新指标(上年=100)"), registry, { indicator: "gdp_index_prev_year" })).rows.count, 1);
  // an unknown id stays UNKNOWN_INDICATOR
  await refused(employment, "UNKNOWN_INDICATOR", [/未知指标 population_yearend/], { indicator: "population_yearend" });
});
