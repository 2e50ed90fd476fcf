import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import path from "node:path";
import os from "node:os";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { parseImportFile } from "../../../src/data/import/index.js";
import { recogniseCensusRevision } from "../../../src/data/import/census.js";
import { splitNameUnit } from "../../../src/data/import/indicatorNames.js";
import { loadFolderDataset } from "../../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../../src/data/paths.js";
import { loadRegistry } from "../../../src/data/registry.js";

const FIX = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const raw = (f: string) => path.join(FIX, "raw-exports", f);
const registry = loadRegistry();
const bundled = loadFolderDataset(DEFAULT_DATASET_DIR, registry);

/** Every parsed value equals the bundled data/nbs value for the same indicator, region and year. */
async function assertReproduces(file: string, indicator: string | undefined, expectedCount: number) {
  const p = await parseImportFile(raw(file), registry, { indicator });
  const entries = p.rows.entries();
  assert.equal(entries.length, expectedCount);
  for (const e of entries) {
    assert.equal(bundled.value(e.indicator, e.regionCode, e.year), e.value, `${file}: ${e.indicator} ${e.regionCode} ${e.year}`);
    assert.equal(e.unit, bundled.get(e.indicator, e.regionCode, e.year)!.unit);
  }
  return p;
}

test("classic GBK 地区生产总值 export reproduces data/nbs gdp_current for 31 provinces × 2006–2024 exactly", async () => {
  const p = await assertReproduces("classic-gbk_地区生产总值.csv", undefined, 31 * 19);
  assert.equal(p.format, "nbs-classic-csv");
  assert.equal(p.encoding, "gb18030");
  assert.equal(p.database, "分省年度数据");
  assert.equal(p.sourceText, "国家统计局");
  assert.match(p.notes[0]!, /^注：按照我国国民经济核算数据修订制度/);
  assert.deepEqual(p.census, { census: 5, name: "第五次全国经济普查", revisedFrom: 1992, revisedTo: 2023 });
  // the reverse direction: every bundled provincial value of those years is in the file
  const years = new Set(p.rows.entries().map((e) => e.year));
  const expected = bundled.observations("gdp_current").filter((o) => o.regionCode !== "100000" && years.has(o.year));
  assert.equal(expected.length, 31 * 19);
});

test("2026 portal 地区生产总值指数 export (no 指标 line) requires --indicator and then reproduces gdp_index_prev_year", async () => {
  // the hint names only the indicator the file name and the values fit: 地区生产总值 (inside 地区生产总值指数) is not suggested
  await assert.rejects(parseImportFile(raw("new-platform-utf8_地区生产总值指数.csv"), registry), (e: any) => e.code === "NO_INDICATOR" && /--indicator gdp_index_prev_year；/.test(e.hintText.zh) && !/gdp_current/.test(e.hintText.zh));
  const p = await assertReproduces("new-platform-utf8_地区生产总值指数.csv", "gdp_index_prev_year", 31 * 9); // 2025 column empty: missing, not 0
  assert.equal(p.encoding, "utf-8-bom");
  assert.ok(!p.rows.entries().some((e) => e.year === 2025));
});

test("2026 portal multi-indicator 2024 export reproduces gdp_current, va_* and gdp_per_capita for 2024", async () => {
  const p = await parseImportFile(raw("new-platform-utf8_分省年度数据2024-多指标.csv"), registry);
  assert.equal(p.format, "nbs-2026-multi-csv");
  const entries = p.rows.entries();
  assert.equal(entries.length, 31 * 14);
  const checked = entries.filter((e) => ["gdp_current", "va_primary", "va_secondary", "va_tertiary", "gdp_per_capita"].includes(e.indicator));
  assert.equal(checked.length, 31 * 5);
  for (const e of checked) assert.equal(bundled.value(e.indicator, e.regionCode, 2024), e.value, `${e.indicator} ${e.regionCode}`);
  assert.ok(entries.every((e) => e.year === 2024));
});

test("classic XLS (BIFF8, 2020) imports what it holds: gdp_current 2015–2019, 4th-census note", async () => {
  const p = await parseImportFile(raw("classic-xls_分省年度数据.xls"), registry);
  assert.equal(p.format, "nbs-xls");
  const e = p.rows.entries();
  assert.equal(e.length, 31 * 5);
  assert.equal(e.find((x) => x.regionCode === "110000" && x.year === 2019)!.value, 35371.28); // cell B5 of the sheet
  assert.equal(p.census?.census, 4);
});

test("classic GBK 城镇单位就业人员 export: empty 2025 and 2006/2007 cells are missing", async () => {
  const p = await parseImportFile(raw("classic-gbk_城镇单位就业人员.csv"), registry);
  const e = p.rows.entries();
  assert.equal(e.length, 31 * 17);
  assert.deepEqual([...new Set(e.map((x) => x.indicator))], ["employment_urban_units"]);
  assert.equal(p.notes.length, 1);
  assert.equal(p.notes[0]!.split("\n").length, 3); // continuation lines with full-width spaces joined
  assert.equal(p.census, undefined); // 第六次人口普查 is not an economic census
});

test("small fixtures: quoted multi-line note with commas, padded source line, empty cells, value<TAB> padding", async () => {
  const c = await parseImportFile(path.join(FIX, "nbs-small/classic-small-gbk.csv"), registry);
  assert.equal(c.rows.count, 4 * 5 - 2);
  assert.equal(c.sourceText, "国家统计局");
  assert.equal(c.notes.length, 1);
  assert.match(c.notes[0]!, /系统修订, 见说明。\n2\.本表按当年价格计算,单位亿元。$/);
  assert.equal(c.rows.entries().find((x) => x.regionCode === "150000" && x.year === 2023), undefined);
  const n = await parseImportFile(path.join(FIX, "nbs-small/new-small-utf8.csv"), registry, { indicator: "gdp_index_prev_year" });
  assert.equal(n.rows.count, 5);
  assert.equal(n.rows.entries()[0]!.value, 105.1);
});

test("helpers: unit split and census-note recognition", async () => {
  assert.deepEqual(splitNameUnit("地区生产总值 (亿元) \t"), { name: "地区生产总值", unit: "亿元" });
  assert.deepEqual(splitNameUnit("地区生产总值指数(上年=100)"), { name: "地区生产总值指数", unit: "上年=100" });
  assert.equal(recogniseCensusRevision(["2018年数据为根据第四次全国经济普查资料修订后数据。"])?.revisedFrom, 2018);
  assert.equal(recogniseCensusRevision(["第七次全国人口普查"]), undefined);
});

test("a blank line between data rows does not turn the rows below it into notes; unlabelled text after a blank line is still a note", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-nbs-"));
  try {
    const file = path.join(dir, "blank.csv");
    writeFileSync(file, "指标：地区生产总值(亿元)\n地区,2024年\n北京市,49670.2\n\n天津市,17931.3\n\n本表按当年价格计算。\n数据来源：国家统计局\n");
    const p = await parseImportFile(file, registry);
    assert.deepEqual(p.rows.entries().map((e) => [e.regionCode, e.value]), [["110000", 49670.2], ["120000", 17931.3]]);
    assert.deepEqual(p.notes, ["本表按当年价格计算。"]);
    assert.equal(p.sourceText, "国家统计局");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
