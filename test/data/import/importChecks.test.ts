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
import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import iconv from "iconv-lite";
import { loadFolderDataset } from "../../../src/data/folder.js";
import { indicatorCatalogue, indicatorDef } from "../../../src/data/indicators.js";
import { numberLookalike } from "../../../src/data/import/cells.js";
import { coveredCell } from "../../../src/data/import/csvRecords.js";
import { parseImportFile, type ImportOptions } from "../../../src/data/import/index.js";
import { permutationChecked, permutedValues, PERMUTED_MIN_COUNT, PERMUTED_MIN_SHARE } from "../../../src/data/import/permutedValues.js";
import { nationalTotalProblems, NATIONAL_SUM_MAX_RATIO, NATIONAL_SUM_MIN_RATIO } from "../../../src/data/import/nationalTotals.js";
import { crossSectionProblem, FRACTION_RULE_MIN_RANGE, PERCENT_MIN_LARGEST } from "../../../src/data/import/plausibility.js";
import { seriesJumps, SERIES_JUMP_LIMIT } from "../../../src/data/import/seriesJumps.js";
import { MAX_LINE_BYTES, MAX_NOTE_CHARS } from "../../../src/data/import/textLimits.js";
import { parseTidyRecords } from "../../../src/data/import/tidyCsv.js";
import { crc32, zipProblem } from "../../../src/data/import/zipIntegrity.js";
import { DEFAULT_DATASET_DIR } from "../../../src/data/paths.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { Store } from "../../../src/data/store/store.js";
import { RegeconError } from "../../../src/types/errors.js";
import { runCli } from "../../helpers/cli.js";
import { ALL_PROVINCES } from "../../helpers/tidyCsv.js";

const FIX = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const checks = (f: string) => path.join(FIX, "import-checks", f);
const registry = loadRegistry();
const catalogue = indicatorCatalogue();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-import-checks-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshDb = () => path.join(tmp, `db${++n}`, "regecon.duckdb");
/** Vintages imported into a store (not the bundled ones). */
async function importCount(db: string): Promise<number> {
  const store = await Store.open(db, registry, { readOnly: true });
  const [r] = await store.rows("SELECT count(*)::INTEGER AS n FROM vintages WHERE kind = 'import'");
  store.close();
  return r!.n as number;
}

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

test("an unknown --indicator is refused in every layout with the NBS path's error: tidy CSV, NBS CSV, workbook (the tidy CSV used to ignore it)", async () => {
  const tidy = checks("tidy-gdp.csv");
  assert.equal((await parseImportFile(tidy, registry)).rows.count, 2);
  const text = (e: RegeconError) => `${e.text.zh}\n${e.text.en}\n${e.hintText?.zh}\n${e.hintText?.en}`;
  const tidyError = await refused(tidy, "UNKNOWN_INDICATOR", [/tidy-gdp\.csv：未知指标 zzz/, /tidy-gdp\.csv: unknown indicator zzz/, /regecon indicators 列出/, /regecon indicators lists/, /gdp_current/], { indicator: "zzz" });
  const nbs = await refused(path.join(FIX, "raw-exports", "classic-gbk_城镇单位就业人员.csv"), "UNKNOWN_INDICATOR", [/城镇单位就业人员\.csv：未知指标 zzz/], { indicator: "zzz" });
  const workbook = await refused(checks("plain.xlsx"), "UNKNOWN_INDICATOR", [/plain\.xlsx：未知指标 zzz/], { indicator: "zzz" });
  // one error: the same words apart from the file name, the same hint
  const shape = (e: RegeconError) => text(e).replace(/[^\s：:]+\.(csv|xlsx)/g, "FILE");
  assert.equal(shape(tidyError), shape(nbs));
  assert.equal(shape(workbook), shape(nbs));
  // through the command: exit 2, nothing imported
  const r = await runCli(["import", tidy, "--indicator", "zzz", "--lang", "en", "--db", path.join(tmp, "unknown-indicator.duckdb")]);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /^Error: tidy-gdp\.csv: unknown indicator zzz\nHint: known indicators: .*regecon indicators lists/m);
});

test("F1 rule: changed values equal to other cells' current values (same region other year, or same year other region), at each edge", () => {
  const gdp = indicatorDef("gdp_current");
  const defOf = (id: string) => catalogue.get(id);
  assert.equal(PERMUTED_MIN_COUNT, 2);
  assert.equal(PERMUTED_MIN_SHARE, 0.5);
  // current: 北京 2022–2024, 天津 2024
  const cur = new Map([["110000|2022", 45222.4], ["110000|2023", 47353.7], ["110000|2024", 49670.2], ["120000|2024", 17931.3], ["120000|2023", 17211.8], ["130000|2024", 47448.1]]);
  const current = (_i: string, r: string, y: number) => (cur.has(`${r}|${y}`) ? { value: cur.get(`${r}|${y}`)!, vintage: "v1" } : undefined);
  const cells = () => [...cur].map(([k, value]) => ({ regionCode: k.split("|")[0]!, year: Number(k.split("|")[1]), value }));
  const nv = (regionCode: string, year: number, value: number, indicator = gdp.id) => ({ regionCode, year, indicator, value, line: 5 });
  const run = (values: ReturnType<typeof nv>[]) => permutedValues(values, current, cells, defOf);
  // a swap of two years: both moved, each named with the cell that holds its number now
  const swap = run([nv("110000", 2024, 47353.7), nv("110000", 2023, 49670.2)]);
  assert.deepEqual(swap.map((p) => [p.year, p.holder]), [[2024, { regionCode: "110000", year: 2023 }], [2023, { regionCode: "110000", year: 2024 }]]);
  // one moved value alone is below the count
  assert.deepEqual(run([nv("110000", 2024, 47353.7)]), []);
  // the share edge: 2 moved of 4 changed fires (exactly half), 2 of 5 does not
  const revised = (k: number) => nv("130000", 2024, 47000 + k);
  assert.equal(run([nv("110000", 2024, 47353.7), nv("110000", 2023, 49670.2), revised(1), nv("120000", 2023, 17000)]).length, 2);
  assert.deepEqual(run([nv("110000", 2024, 47353.7), nv("110000", 2023, 49670.2), revised(1), nv("120000", 2023, 17000), nv("120000", 2024, 18000)]), []);
  // another region in the same year holds it (exchanged names); another region in another year does not count
  assert.deepEqual(run([nv("120000", 2024, 49670.2), nv("110000", 2024, 17931.3)]).map((p) => p.holder), [{ regionCode: "110000", year: 2024 }, { regionCode: "120000", year: 2024 }]);
  assert.deepEqual(run([nv("120000", 2023, 49670.2), nv("110000", 2022, 17931.3)]), []);
  // the nearest year of the same region is named first
  cur.set("110000|2021", 47353.7);
  assert.deepEqual(run([nv("110000", 2024, 47353.7), nv("110000", 2023, 49670.2)])[0]!.holder, { regionCode: "110000", year: 2023 });
  // unchanged values and new cells are not changes; indices, percentages and user indicators are not judged
  assert.deepEqual(run([nv("110000", 2024, 49670.2), nv("110000", 2019, 47353.7), nv("110000", 2018, 49670.2)]), []);
  for (const id of ["gdp_index_prev_year", "rd_intensity", "my_indicator"]) assert.deepEqual(run([nv("110000", 2024, 47353.7, id), nv("110000", 2023, 49670.2, id)]), [], id);
  assert.equal(permutationChecked(indicatorDef("gdp_per_capita")), true);
});

test("F1 rule has no false alarm on a genuine revision: every bundled GDP value revised by ±0–9% (rounded to 0.1) is never 'moved'", () => {
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  const obs = ds.observations("gdp_current");
  const cur = new Map(obs.map((o) => [`${o.regionCode}|${o.year}`, o.value]));
  const current = (_i: string, r: string, y: number) => (cur.has(`${r}|${y}`) ? { value: cur.get(`${r}|${y}`)!, vintage: "v1" } : undefined);
  const cells = () => obs.map((o) => ({ regionCode: o.regionCode, year: o.year, value: o.value }));
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -90, max: 90 }), { minLength: obs.length, maxLength: obs.length }), (permille) => {
      const revised = obs.map((o, k) => ({ regionCode: o.regionCode, year: o.year, indicator: "gdp_current", value: Math.round(o.value * (1 + permille[k]! / 1000) * 10) / 10, line: k }));
      return permutedValues(revised, current, cells, (id) => catalogue.get(id)).length === 0;
    }),
    { numRuns: 50 },
  );
});

test("F1/F1b: a row shifted by one cell, two years swapped, two provinces exchanged are refused (IMPLAUSIBLE_VALUE); --allow-revision imports them with a note", async () => {
  const lines = classicGdp.split("\r\n");
  const k = lines.findIndex((l) => l.startsWith("北京市"));
  const c = lines[k]!.split(",");
  const shifted = [...lines];
  shifted[k] = [c[0], ...c.slice(2), ""].join(",");
  const db = freshDb();
  const file = writeGbk("shift-left.csv", shifted.join("\r\n"));
  const r = await runCli(["import", file, "--db", db]);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /18 个新值恰好等于同一指标另一个单元格（同一地区的另一年，或同一年的另一地区）的现有值/);
  assert.match(r.err, /shift-left\.csv 第5行：北京 2024年 gdp_current 新值 47353\.7（现有值 49670\.2）= 北京 2023年的现有值/);
  assert.match(r.err, /…另有 13 个\n提示：.*--allow-revision/);
  assert.equal(await importCount(db), 0);
  const en = await runCli(["import", file, "--db", db, "--lang", "en"]);
  assert.match(en.err, /line 5: Beijing 2024 gdp_current new value 47353\.7 \(current 49670\.2\) = the current value of Beijing 2023/);
  const swapped = classicGdp.replace("北京市,", "@@,").replace("天津市,", "北京市,").replace("@@,", "天津市,");
  const e = await runCli(["import", writeGbk("swap-provinces.csv", swapped), "--db", db]);
  assert.match(e.err, /38 个新值恰好等于.*\n  swap-provinces\.csv 第5行：天津 2024年 gdp_current 新值 49670\.2（现有值 17931\.3）= 北京 2024年的现有值/);
  const years = classicGdp.replace(/^(山东省,)([0-9.]+),([0-9.]+),/m, "$1$3,$2,");
  assert.notEqual(years, classicGdp);
  const y = await runCli(["import", writeGbk("swap-years.csv", years), "--db", db]);
  assert.match(y.err, /2 个新值恰好等于.*\n  swap-years\.csv 第19行：山东 2024年 gdp_current 新值 \S+（现有值 \S+）= 山东 2023年的现有值/);
  const ok = await runCli(["import", file, "--db", db, "--allow-revision"]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /按 --allow-revision，导入了 18 个等于其他单元格现有值的新值（已记入版本注释）/);
  const store = await Store.open(db, registry, { readOnly: true });
  const [v] = await store.rows("SELECT notes FROM vintages WHERE kind = 'import'");
  store.close();
  assert.match(String(v!.notes), /regecon import --allow-revision：用户确认导入 18 个等于其他单元格现有值的新值（例如 shift-left\.csv 第5行：北京 2024年/);
  assert.match(String(v!.notes), /the user confirmed 18 new values equal to the current values of other cells/);
  // a genuine revision is no moved value: the 4th-census XLS export changes 155 values of the 5th-census data
  const xls = await runCli(["import", path.join(FIX, "raw-exports", "classic-xls_分省年度数据.xls"), "--allow-older", "--db", freshDb()]);
  assert.equal(xls.code, 0, xls.err);
  assert.match(xls.out, /替代了 155 个数值不同的现有值/);
});

test("F3: a workbook cell formatted as a date is NOT_NUMERIC showing the date (it used to import as its day number 45292)", async () => {
  const e = await refused(checks("date-cell.xlsx"), "NOT_NUMERIC", [/date-cell\.xlsx 第13行第2列（2024年）：“2024-01-01”不是数值/, /这是日期单元格：Excel 把日期存为天数序号/, /This is a date cell/]);
  assert.doesNotMatch(e.text.zh, /45292/);
});

test("R1: numbers written with thousands separators or full-width digits are refused with a hint giving the number as it should be written", async () => {
  assert.deepEqual(numberLookalike("57,476.6"), { kind: "thousands", fixed: "57476.6" });
  assert.deepEqual(numberLookalike("1,234,567"), { kind: "thousands", fixed: "1234567" });
  assert.deepEqual(numberLookalike("３４２２７．９"), { kind: "fullWidth", fixed: "34227.9" });
  assert.deepEqual(numberLookalike("３４，２２７．９"), { kind: "thousands", fixed: "34227.9" });
  assert.deepEqual(numberLookalike("2024-01-01"), { kind: "date" });
  // not a grouping (a decimal comma, or groups of 2): no guess, the general hint
  for (const raw of ["12,34", "1,2345", "abc", "-", "57476.6"]) assert.equal(numberLookalike(raw), undefined, raw);
  const lines = classicGdp.split("\r\n");
  const k = lines.findIndex((l) => l.startsWith("上海市"));
  const grouped = [...lines];
  grouped[k] = grouped[k]!.replace(/^上海市,([0-9.]+),/, (_, v: string) => `上海市,"${Number(v).toLocaleString("en-US")}",`);
  await refused(writeGbk("thousands.csv", grouped.join("\r\n")), "NOT_NUMERIC", [/第13行第2列（2024年）：“53,759\.5”不是数值/, /去掉千位分隔符：应写作 53759\.5/, /Remove the thousands separators: write 53759\.5/]);
  await refused(write("fw.csv", "region,year,indicator,value\n北京,2024,gdp_current,４９６７０．２\n"), "NOT_NUMERIC", [/第2行第4列（value）：“４９６７０．２”不是数值/, /全角数字请改为半角：应写作 49670\.2/]);
  await refused(write("word.csv", "region,year,indicator,value\n北京,2024,gdp_current,约5万\n"), "NOT_NUMERIC", [/value 只能是数字/]);
});

test("F6: an XLSX entry whose bytes no longer match its CRC-32 is SPREADSHEET_UNREADABLE naming the part (a changed digit used to import)", async () => {
  assert.equal((await parseImportFile(checks("plain.xlsx"), registry)).rows.count, 589);
  await refused(checks("bitrot.xlsx"), "SPREADSHEET_UNREADABLE", [/bitrot\.xlsx：无法读取：文件已损坏：其中的 xl\/worksheets\/sheet1\.xml 内容与其校验和（CRC-32）不符/, /its part xl\/worksheets\/sheet1\.xml does not match its checksum \(CRC-32\)/]);
  // R3: a file the library cannot parse is described in the catalogue's words, never by the library's exception
  const fake = path.join(tmp, "fake.xls");
  writeFileSync(fake, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600, 7)]));
  const e = await refused(fake, "SPREADSHEET_UNREADABLE", [/fake\.xls：无法读取：文件已损坏，或不是 XLS\/XLSX 工作簿（无法解析它的结构）/, /the file is damaged or not an XLS\/XLSX workbook/]);
  assert.doesNotMatch(e.text.zh, /Cannot|undefined|argument|Error/, "no library text in the Chinese message");
});

test("F6 rule: zipProblem checks directory, sizes, data and CRC-32 of every entry", () => {
  // the standard check value of CRC-32/ISO-HDLC
  assert.equal(crc32(Buffer.from("123456789")), 0xcbf43926);
  const plain = readFileSync(checks("plain.xlsx"));
  assert.equal(zipProblem(plain, 2 ** 30), undefined);
  assert.deepEqual(zipProblem(readFileSync(checks("bitrot.xlsx")), 2 ** 30), { kind: "entry", entry: "xl/worksheets/sheet1.xml", problem: "crc" });
  assert.deepEqual(zipProblem(plain.subarray(0, plain.length - 100), 2 ** 30), { kind: "directory" });
  assert.deepEqual(zipProblem(Buffer.from("not a zip at all, no directory"), 2 ** 30), { kind: "directory" });
  // an entry larger than allowed is refused before it is unpacked
  const sheet = zipProblem(plain, 1000);
  assert.equal(sheet?.kind, "entryTooLarge");
  // deflated entries: damaged compressed data, a stated size that differs, an unknown method
  const deflated = Buffer.from(XLSX.write(XLSX.read(plain, { type: "buffer" }), { type: "buffer", bookType: "xlsx", compression: true }) as Buffer);
  assert.equal(zipProblem(deflated, 2 ** 30), undefined);
  const central = (b: Buffer, name: string) => {
    for (let p = b.length - 22; p > 0; p--) if (b.readUInt32LE(p) === 0x02014b50 && b.subarray(p + 46, p + 46 + name.length).toString() === name) return p;
    throw new Error(name);
  };
  const sheetAt = central(deflated, "xl/worksheets/sheet1.xml");
  const wrongSize = Buffer.from(deflated);
  wrongSize.writeUInt32LE(deflated.readUInt32LE(sheetAt + 24) - 1, sheetAt + 24);
  assert.deepEqual(zipProblem(wrongSize, 2 ** 30), { kind: "entry", entry: "xl/worksheets/sheet1.xml", problem: "size" });
  const method = Buffer.from(deflated);
  method.writeUInt16LE(99, sheetAt + 10);
  assert.deepEqual(zipProblem(method, 2 ** 30), { kind: "entry", entry: "xl/worksheets/sheet1.xml", problem: "method" });
  const local = deflated.readUInt32LE(sheetAt + 42);
  const garbled = Buffer.from(deflated);
  garbled.fill(0xff, local + 80, local + 120);
  const g = zipProblem(garbled, 2 ** 30);
  assert.ok(g?.kind === "entry" && g.entry === "xl/worksheets/sheet1.xml" && ["data", "crc", "size"].includes(g.problem), JSON.stringify(g));
});

test("F8 rule: a new year more than ×5 from the adjacent year of its series, at each edge", () => {
  assert.equal(SERIES_JUMP_LIMIT, 5);
  const defOf = (id: string) => catalogue.get(id);
  const store = new Map([["2019", 100], ["2022", 100]]);
  const file = new Map<string, number>();
  const get = (m: Map<string, number>) => (_i: string, _r: string, y: number) => (m.has(String(y)) ? { value: m.get(String(y))!, vintage: m === store ? "v1" : "f.csv" } : undefined);
  const after = (i: string, r: string, y: number) => get(file)(i, r, y) ?? get(store)(i, r, y);
  const run = (values: [number, number][], indicator = "gdp_current") => {
    file.clear();
    for (const [y, v] of values) file.set(String(y), v);
    return seriesJumps(values.map(([year, value]) => ({ regionCode: "110000", year, indicator, value, line: year - 2000 })), get(store), after, defOf);
  };
  // the previous year: exactly ×5 passes, above it is refused, down as well as up
  assert.deepEqual(run([[2020, 500]]), []);
  assert.deepEqual(run([[2020, 20]]), []);
  assert.deepEqual(run([[2020, 500.1]]).map((j) => [j.year, j.neighbour.year, j.neighbour.vintage]), [[2020, 2019, "v1"]]);
  assert.equal(run([[2020, 19.9]])[0]!.factor.toFixed(3), "5.025");
  // the next year when the store holds it (2021 before 2022)
  assert.deepEqual(run([[2021, 1000]]).map((j) => j.neighbour.year), [2022]);
  // two new years far apart are one finding (judged from the later year, against the file's own value)
  assert.deepEqual(run([[2024, 100], [2025, 1000]]).map((j) => [j.year, j.neighbour.year, j.neighbour.vintage]), [[2025, 2024, "f.csv"]]);
  // a year the store holds is a revision (the revision factor judges it); no neighbour, no finding
  assert.deepEqual(run([[2019, 1000]]), []);
  assert.deepEqual(run([[2010, 1]]), []);
  // growth rates swing freely
  assert.deepEqual(run([[2020, 50]], "gdp_real_growth"), []);
});

test("F8 rule has no false alarm on the bundled data: no two consecutive years of any series of data/nbs differ by more than ×5", () => {
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  const all = ds.all();
  const cells = new Map(all.map((o) => [`${o.indicator}|${o.regionCode}|${o.year}`, { value: o.value, vintage: "v" }]));
  const values = all.map((o, k) => ({ regionCode: o.regionCode, year: o.year, indicator: o.indicator, value: o.value, line: k }));
  const jumps = seriesJumps(values, () => undefined, (i, r, y) => cells.get(`${i}|${r}|${y}`), (id) => catalogue.get(id));
  assert.deepEqual(jumps, []);
});

test("F8: trade for a new year in the wrong unit (÷10) is refused naming the adjacent year; --allow-inconsistent imports it with a note", async () => {
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  const id = "trade_total_by_operator_location";
  const last = Math.max(...ds.observations(id).map((o) => o.year));
  const rows = ALL_PROVINCES.map((c) => `${c},${last + 1},${id},${ds.value(id, c, last)! / 10},千美元`);
  const file = write("trade-div10.csv", `region,year,indicator,value,unit\n${rows.join("\n")}\n`);
  const db = freshDb();
  const r = await runCli(["import", file, "--db", db]);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, new RegExp(`31 个新年份的数值与同一序列相邻年份相差超过 5 倍`));
  assert.match(r.err, new RegExp(`trade-div10\\.csv 第2行：北京 ${last + 1}年 ${id} \\S+，${last}年为 \\S+（nbs-db-unrevised），相差 10 倍`));
  assert.match(r.err, /--allow-inconsistent/);
  assert.equal(await importCount(db), 0);
  const ok = await runCli(["import", file, "--db", db, "--allow-inconsistent"]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /按 --allow-inconsistent，导入了 31 个与相邻年份相差超过 5 倍的新年份数值/);
  // the same file in the right unit imports without a word
  const right = write("trade.csv", `region,year,indicator,value,unit\n${ALL_PROVINCES.map((c) => `${c},${last + 1},${id},${ds.value(id, c, last)! * 1.05},千美元`).join("\n")}\n`);
  assert.equal((await runCli(["import", right, "--db", freshDb()])).code, 0);
});

test("F10: an NBS-layout file that ends inside its last line without the portal's footer is TRUNCATED_FILE (a cut number used to import)", async () => {
  const cut = classicGdp.slice(0, classicGdp.indexOf(",2984.5") + 5); // …,3536.4,2984
  await refused(writeGbk("cut.csv", cut), "TRUNCATED_FILE", [/cut\.csv：文件在第35行中间结束：最后一行没有换行符/, /ends in the middle of line 35/, /末尾加一个换行/]);
  // the same data rows ending with a line break, or with the footer but no final line break, import
  assert.equal((await parseImportFile(writeGbk("cut-nl.csv", `${cut}\r\n`), registry)).rows.count, 589);
  const footerNoBreak = classicGdp.replace(/\r\n$/, "");
  assert.notEqual(footerNoBreak, classicGdp);
  assert.equal((await parseImportFile(writeGbk("no-final-break.csv", footerNoBreak), registry)).rows.count, 589);
  // the 2026 portal files end with their footer and no line break: fine
  assert.equal((await parseImportFile(path.join(FIX, "raw-exports", "new-platform-utf8_分省年度数据2024-多指标.csv"), registry)).rows.count, 434);
  // a tidy CSV without a final line break is not an NBS export: not judged by this rule
  assert.equal((await parseImportFile(write("tidy-no-break.csv", "region,year,indicator,value\n北京,2024,gdp_current,49670.2"), registry)).rows.count, 1);
});

test("F4 rule: a cross-section of a % indicator with no province at 1 % or beyond in size is refused as fractions, at each edge", async () => {
  assert.equal(FRACTION_RULE_MIN_RANGE, 20);
  assert.equal(PERCENT_MIN_LARGEST, 1);
  const rd = indicatorDef("rd_intensity");
  assert.equal(crossSectionProblem(rd, 2024, 31, 0.0028, 0.0658)?.kind, "fraction");
  assert.equal(crossSectionProblem(rd, 2024, 31, 0.0028, 0.999)?.kind, "fraction");
  assert.equal(crossSectionProblem(rd, 2024, 31, 0.28, 1), undefined); // edge: one province at exactly 1 %
  assert.equal(crossSectionProblem(rd, 2024, 27, 0.0028, 0.0658), undefined); // a subset
  const growth = indicatorDef("gdp_real_growth");
  assert.equal(crossSectionProblem(growth, 2020, 31, -0.05, 0.036)?.kind, "fraction");
  assert.equal(crossSectionProblem(growth, 2020, 31, -1, 0.5), undefined); // a fall of 1 % counts in size
  // not % or a narrow range: not judged (an index is never a fraction of 100 by this rule)
  assert.equal(crossSectionProblem(indicatorDef("gdp_index_prev_year"), 2024, 31, 0.9, 0.99), undefined);
  assert.equal(crossSectionProblem({ ...rd, plausible: { min: 0, max: 19.9 } }, 2024, 31, 0.0028, 0.0658), undefined);
  // every bundled cross-section of a % indicator passes
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  for (const def of catalogue.values()) {
    if (def.unit !== "%") continue;
    for (const year of new Set(ds.observations(def.id).map((o) => o.year))) {
      const values = ds.observations(def.id).filter((o) => o.year === year && registry.isProvince(o.regionCode)).map((o) => o.value);
      assert.equal(crossSectionProblem(def, year, values.length, Math.min(...values), Math.max(...values)), undefined, `${def.id} ${year}`);
    }
  }
  // R&D intensity of 31 provinces divided by 100 (0.0658 for 北京's 6.58 %)
  const rows = ALL_PROVINCES.map((c, k) => `${c},2024,rd_intensity,${((28 + k * 20) / 10000).toFixed(4)},%`);
  await refused(write("rd-fraction.csv", `region,year,indicator,value,unit\n${rows.join("\n")}\n`), "IMPLAUSIBLE_VALUE", [/2024年 31 个省份的 rd_intensity（研究与试验发展（R&D）经费投入强度）数值都在 0\.0028 至 0\.0628 之间，没有一个省份达到 1%/, /把小数乘以 100/, /look like fractions/]);
});

test("F11: a mistyped province code is refused; codes below province level outside the region table need --allow-subprovincial", async () => {
  // 110001 is no GB/T 2260 code (no county under a province's 00 city part): unknown, with or without the option
  assert.equal(registry.isKnownRegionCode("110001"), false);
  assert.equal(registry.isKnownRegionCode("110100"), true); // a city-level code
  assert.equal(registry.isKnownRegionCode("429004"), true); // 仙桃, a county-level city directly under 湖北
  await refused(write("typo.csv", "region,year,indicator,value\n110001,2024,gdp_current,51000\n120001,2024,gdp_current,18000\n"), "UNKNOWN_REGION_NAMES", [/110001（第2行）、120001（第3行）/], { allowSubprovincial: true });
  // valid city and county codes: refused without the option, listing codes, first lines and counts
  const county = write("county.csv", "region,year,indicator,value\n110101,2024,gdp_current,5100\n110102,2024,gdp_current,5200\n110102,2023,gdp_current,5000\n北京,2024,gdp_current,49670.2\n");
  await refused(county, "REGION_BELOW_PROVINCE", [/county\.csv：3 个观测值属于 2 个省级以下地区：110101（第2行起，1 个）、110102（第3行起，2 个）；它们不在地区表中/, /--allow-subprovincial/, /3 observations belong to 2 regions below province level/]);
  assert.equal((await parseImportFile(county, registry, { allowSubprovincial: true })).rows.count, 4);
  // the cities of a grouping (粤港澳大湾区) are in the region table: no option needed
  assert.equal((await parseImportFile(write("cities.csv", "region,year,indicator,value,unit\n440300,2024,gdp_current_city,36801.9,亿元\n"), registry)).rows.count, 1);
  // the CLI option reaches the parser
  const db = freshDb();
  assert.equal((await runCli(["import", county, "--db", db])).code, 2);
  assert.equal((await runCli(["import", county, "--db", db, "--allow-subprovincial"])).code, 0);
});

test("F7: notes, source and metadata text beyond 64 KiB is NOTE_TOO_LONG (a 210 MB note used to be stored and break export)", async () => {
  assert.equal(MAX_NOTE_CHARS, 65536);
  const note = classicGdp.match(/注：[^\r\n]*/)![0];
  const withNote = (chars: number) => classicGdp.replace(note, `注：${"这是一条很长的注释。".repeat(Math.ceil(chars / 10)).slice(0, chars - 2)}`);
  // the other text of the file: 数据库, 时间, the indicator label and the source line
  const others = (await parseImportFile(writeGbk("note-plain.csv", withNote(2)), registry));
  const otherChars = (others.sourceText ?? "").length + (others.database ?? "").length + (others.timeLabel ?? "").length + [...others.indicatorLabels.values()].join("").length;
  assert.equal((await parseImportFile(writeGbk("note-edge.csv", withNote(MAX_NOTE_CHARS - otherChars)), registry)).notes[0]!.length, MAX_NOTE_CHARS - otherChars);
  await refused(writeGbk("note-long.csv", withNote(MAX_NOTE_CHARS - otherChars + 1)), "NOTE_TOO_LONG", [/note-long\.csv：注释、数据来源和说明行共有 65537 个字符，超过上限 65536/, /65537 characters together, more than the 65536 allowed/]);
  // a tidy file's source column counts too
  await refused(write("source-long.csv", `region,year,indicator,value,source\n北京,2024,gdp_current,49670.2,${"x".repeat(MAX_NOTE_CHARS + 1)}\n`), "NOTE_TOO_LONG", [/source-long\.csv：注释、数据来源和说明行共有 \d+ 个字符，超过上限 65536/]);
});

test("R6: a line beyond 1 MiB is CSV_UNREADABLE before the file is decoded (a 200 MB one-line file took 100 s and 4 GB)", async () => {
  assert.equal(MAX_LINE_BYTES, 2 ** 20);
  const header = "region,year,indicator,value";
  const wide = (bytes: number) => `${header}${",x".repeat((bytes - header.length) / 2)}\n`;
  const t = Date.now();
  await refused(write("wide.csv", wide(MAX_LINE_BYTES + 2 + (header.length % 2))), "CSV_UNREADABLE", [/wide\.csv 第1行：这一行有 1 MiB，超过每行 1 MiB 的上限/, /line 1: the line has 1 MiB/]);
  assert.ok(Date.now() - t < 5000);
  // exactly the limit passes the line check (and is then judged as a table: here a header without values)
  const edge = wide(MAX_LINE_BYTES - ((MAX_LINE_BYTES - header.length) % 2));
  assert.equal(edge.length - 1 <= MAX_LINE_BYTES, true);
  await refused(write("edge.csv", edge), "EMPTY_EXPORT", []);
});

test("F5 rule: a national level outside 0.5–1.5 × the sum of the 31 provinces, at each edge", () => {
  assert.equal(NATIONAL_SUM_MAX_RATIO, 1.5);
  assert.equal(NATIONAL_SUM_MIN_RATIO, 0.5);
  const provinces = registry.provinces.map((p) => p.code);
  const defOf = (id: string) => catalogue.get(id);
  const values = new Map<string, number>(provinces.map((c) => [c, 100]));
  const after = (_i: string, r: string) => (values.has(r) ? { value: values.get(r)!, vintage: r === "100000" ? "f.csv" : "v1" } : undefined);
  const run = (national: number, indicator = "gdp_current") => {
    values.set("100000", national);
    return nationalTotalProblems([{ indicator, year: 2024 }], after, provinces, defOf);
  };
  assert.deepEqual(run(3100 * 1.5), []); // exactly 1.5 × the sum
  assert.deepEqual(run(3100 * 0.5), []);
  assert.equal(run(3100 * 1.51)[0]!.ratio.toFixed(2), "1.51");
  assert.equal(run(3100 * 0.49).length, 1);
  assert.deepEqual(run(9300, "gdp_per_capita"), []); // a ratio is no sum of provinces
  values.delete("540000");
  assert.deepEqual(run(9300), []); // a province missing: not judged
  values.set("540000", 100);
  values.delete("100000");
  assert.deepEqual(nationalTotalProblems([{ indicator: "gdp_current", year: 2024 }], after, provinces, defOf), []); // no national value
  // every bundled year with the nation and the 31 provinces passes
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  const cells = new Map(ds.all().map((o) => [`${o.indicator}|${o.regionCode}|${o.year}`, { value: o.value, vintage: "v" }]));
  const touched = [...new Set(ds.all().map((o) => `${o.indicator}|${o.year}`))].map((k) => ({ indicator: k.split("|")[0]!, year: Number(k.split("|")[1]) }));
  assert.deepEqual(nationalTotalProblems(touched, (i, r, y) => cells.get(`${i}|${r}|${y}`), provinces, defOf), []);
});

test("F5: a national GDP 3 times the provinces' sum is refused; --allow-inconsistent imports it with a note", async () => {
  const file = write("national-big.csv", "region,year,indicator,value\n全国,2024,gdp_current,4000000\n");
  const db = freshDb();
  const r = await runCli(["import", file, "--db", db]);
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /1 个年份的全国总量不在 31 个省份合计的 0\.5 至 1\.5 倍之间/);
  assert.match(r.err, /national-big\.csv：gdp_current 2024年：全国 4000000（national-big\.csv），31 个省份合计 \d+(\.\d)?，为合计的 2\.99 倍/);
  assert.equal(await importCount(db), 0);
  const ok = await runCli(["import", file, "--db", db, "--allow-inconsistent"]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /按 --allow-inconsistent，导入了 1 个与各省合计不符的全国总量/);
  // a plausible national value imports
  assert.equal((await runCli(["import", write("national-ok.csv", "region,year,indicator,value\n全国,2024,gdp_current,1400000\n"), "--db", freshDb()])).code, 0);
});

test("R7: the progress line of a large file is ended before the error message", async () => {
  const row = "110000,2024,gdp_current,49670.2\n";
  const file = path.join(tmp, "large-bad.csv");
  writeFileSync(file, `region,year,indicator,value\n${row.repeat(Math.ceil((21 * 2 ** 20) / row.length))}110000,2024,gdp_current,abc\n`);
  const r = await runCli(["import", file, "--db", freshDb()]);
  assert.equal(r.code, 2);
  // (one large file is validated while the store writes it: the error may follow the writing line)
  assert.match(r.err, /读取 .*large-bad\.csv：\d+%\s*\n(写入数据库…\n)?错误：large-bad\.csv 第\d+行第4列（value）：“abc”不是数值/);
});

test("R4: a header in the wrong encoding gets an encoding hint; a GBK file cut inside a character says it was cut", async () => {
  const big5 = path.join(tmp, "big5.csv");
  writeFileSync(big5, iconv.encode(classicGdp.replace(/地区/g, "地區").replace(/数据库/g, "數據庫"), "big5"));
  await refused(big5, "NOT_AN_NBS_EXPORT", [/无法识别的表头/, /文件按 GBK（GB18030）读取；若上面的表头是乱码，文件多半是另一种编码（如繁体 Big5）/, /such as Big5/, /可导入两种表头/]);
  const twice = path.join(tmp, "twice.csv");
  writeFileSync(twice, Buffer.from(Buffer.from(classicGdp, "utf8").toString("latin1"), "utf8"));
  await refused(twice, "NOT_AN_NBS_EXPORT", [/像是 UTF-8 文本被当作另一种编码再次保存（双重编码）/]);
  // a readable header that is just not a table: no encoding hint
  const e = await refused(write("words.csv", "name,score\nx,1\n"), "NOT_AN_NBS_EXPORT", []);
  assert.doesNotMatch(e.hintText!.zh, /编码/);
  const gbk = iconv.encode(classicGdp, "gb18030");
  const cut = path.join(tmp, "cut-char.csv");
  writeFileSync(cut, gbk.subarray(0, gbk.indexOf(iconv.encode("注", "gb18030")) + 1));
  await refused(cut, "BAD_ENCODING", [/无法按 GB18030\/GBK 解码/, /文件在一个汉字的中间结束，多半被截断了/]);
  // an undecodable byte in the middle of a file without BOM: no word about BOMs
  const middle = Buffer.from(gbk);
  middle[gbk.indexOf(iconv.encode("北京", "gb18030")) + 1] = 0x7f;
  const m2 = path.join(tmp, "middle.csv");
  writeFileSync(m2, middle);
  const e2 = await refused(m2, "BAD_ENCODING", [/可能是其他编码（如繁体 Big5），或已损坏/]);
  assert.doesNotMatch(e2.hintText!.zh, /BOM/);
});

test("R2: merged cells in a workbook's header or data rows are named as merged cells; a merged title row is harmless", async () => {
  await refused(checks("merged-region.xlsx"), "SPREADSHEET_UNREADABLE", [/merged-region\.xlsx 第7行第1列：是合并单元格 A6:A7 的一部分/, /part of the merged cells A6:A7/, /取消合并/]);
  await refused(checks("merged-years.xlsx"), "SPREADSHEET_UNREADABLE", [/merged-years\.xlsx 第5行第3列：是合并单元格 B5:C5 的一部分/]);
  assert.equal((await parseImportFile(checks("merged-title.xlsx"), registry)).rows.count, 589);
  // the rule on records: the top-left cell of a range is its value; any other covered cell is refused
  assert.equal(coveredCell({ line: 5, fields: ["a", "b"], merged: [{ from: 1, to: 1, range: "A5:A6", anchor: true }] }), undefined);
  assert.deepEqual(coveredCell({ line: 5, fields: ["a", "b"], merged: [{ from: 1, to: 2, range: "A5:B5", anchor: true }] }), { column: 2, range: "A5:B5" });
  assert.deepEqual(coveredCell({ line: 6, fields: ["a", "b"], merged: [{ from: 1, to: 1, range: "A5:A6", anchor: false }] }), { column: 1, range: "A5:A6" });
  // a CSV row without a region name says the cell is empty
  await refused(writeGbk("no-name.csv", classicGdp.replace("天津市,", ",")), "UNKNOWN_REGION_NAMES", [/无法识别的地区名称：第6行第1列为空/, /line 6, column 1 is empty/]);
});

test("R5: a header cut for the message ends with an ellipsis; a long table lacking a tidy column is told which", async () => {
  const scraper = "requested_code,indicator_code,indicator_name,region_code,region_name,year,value,display_value,has_data\nA060101,A060101,经营单位所在地进出口总额,110000,北京市,2016,282348960.0,282348960,True\n";
  await refused(write("scraper.csv", scraper), "NOT_AN_NBS_EXPORT", [/无法识别的表头“requested_code,indicator_code,indicator_name,region_code,region_name,year,value,…”/, /表头像长表，但缺少 indicator 列/, /lacks the column indicator/]);
  const e = await refused(write("short-header.csv", "name,score\nx,1\n"), "NOT_AN_NBS_EXPORT", [/无法识别的表头“name,score”，/, /可导入两种表头/]);
  assert.doesNotMatch(e.text.zh, /…/);
});
