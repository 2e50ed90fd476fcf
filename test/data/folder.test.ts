import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { RegeconError } from "../../src/types/errors.js";
import { parseImportFile } from "../../src/data/import/index.js";

const registry = loadRegistry();
const SOURCES = "source_id,producer,title,producer_en,title_en,vintage,vintage_label,vintage_label_en,retrieved\nS1,国家统计局,测试,NBS,test,v1,版本1,vintage 1,2026\n";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-folder-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function expectError(files: Record<string, string>, code: string, mention: string) {
  const dir = folder(files);
  try {
    assert.throws(
      () => loadFolderDataset(dir, registry),
      (e: unknown) => e instanceof RegeconError && e.code === code && e.message.includes(mention),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the bundled folder loads every sourced series with source and vintage", () => {
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  assert.equal(ds.value("gdp_current", "440000", 2024), 141488.9); // data/nbs/gdp.csv, 广东 2024
  assert.equal(ds.get("gdp_index_prev_year", "110000", 2023)?.vintage, "nbs-db-post5census");
  assert.equal(ds.get("gdp_index_prev_year_pre5census", "110000", 2023)?.value, 105.2); // separate series, older vintage
  assert.deepEqual(ds.years("gdp_index_prev_year"), [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  assert.equal(ds.value("gdp_current", "100000", 2014), undefined, "national 2014 GDP is missing, not 0");
});

test("city members of a grouping (粤港澳大湾区) load beside the provinces; other city codes are refused", () => {
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  // data/nbs/city_gdp.csv: 深圳 2024 36801.87 亿元, 香港 2024 31750.94 亿港元, 澳门 2024 4033.14 亿澳门元
  assert.equal(ds.value("gdp_current_city", "440300", 2024), 36801.87);
  assert.equal(ds.value("gdp_current_hkd", "810000", 2024), 31750.94);
  assert.equal(ds.value("gdp_current_mop", "820000", 2024), 4033.14);
  // the mainland cities' 2024 first releases are a vintage of their own: 2023 and earlier precede the 5th-census revision
  assert.equal(ds.get("gdp_current_city", "440300", 2024)?.vintage, "gba-city-2025-mainland-2024");
  assert.equal(ds.get("gdp_current_city", "440300", 2023)?.vintage, "gba-city-2025");
  assert.equal(ds.get("gdp_current_hkd", "810000", 2024)?.vintage, "gba-city-2025");
  // provincial series hold no city rows: 31 provinces and the nation only
  assert.ok(ds.observations("gdp_current").every((o) => o.regionCode === "100000" || registry.isProvince(o.regionCode)));
  const head = "region_code,year,indicator,value,unit,source_id\n";
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}440500,2024,gdp_current_city,1,亿元,S1\n` }, "UNKNOWN_REGION", "440500"); // 汕头: no grouping names it
});

test("an empty value cell is missing, never 0", () => {
  const dir = folder({ "sources.csv": SOURCES, "x.csv": "region_code,year,indicator,value,unit,source_id\n110000,2024,gdp_current,,亿元,S1\n120000,2024,gdp_current,1.5,亿元,S1\n" });
  const ds = loadFolderDataset(dir, registry);
  assert.equal(ds.value("gdp_current", "110000", 2024), undefined);
  assert.equal(ds.value("gdp_current", "120000", 2024), 1.5);
  rmSync(dir, { recursive: true, force: true });
});

test("bad folders and files give errors naming file, line and problem", () => {
  const head = "region_code,year,indicator,value,unit,source_id\n";
  expectError({}, "DATA_FOLDER_UNREADABLE", "sources.csv");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,gdp_current,abc,亿元,S1\n` }, "NOT_NUMERIC", "第2行");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}999999,2024,gdp_current,1,亿元,S1\n` }, "UNKNOWN_REGION", "999999");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,gdp_nominal,1,亿元,S1\n` }, "UNKNOWN_INDICATOR", "gdp_nominal");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,gdp_current,1,万元,S1\n` }, "UNIT_MISMATCH", "万元");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,gdp_current,1,亿元,S9\n` }, "UNKNOWN_SOURCE", "S9");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,20x4,gdp_current,1,亿元,S1\n` }, "BAD_YEAR", "20x4");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,gdp_current,1,亿元,S1\n110000,2024,gdp_current,2,亿元,S1\n` }, "DUPLICATE_OBSERVATION", "110000");
  expectError({ "sources.csv": SOURCES, "x.csv": "code,year\n1,2\n" }, "CSV_MISSING_COLUMNS", "region_code");
  assert.throws(() => loadFolderDataset("/nonexistent/regecon", registry), (e: unknown) => e instanceof RegeconError && e.code === "DATA_FOLDER_UNREADABLE");
});

test("implausible values are rejected by the same check as imports (checkValue), naming file, line, column, value and rule", () => {
  const head = "region_code,year,indicator,value,unit,source_id\n";
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,gdp_current,0,亿元,S1\n` }, "IMPLAUSIBLE_VALUE", "x.csv 第2行第4列（value）：数值“0”不合理：gdp_current（地区生产总值）省级数值的合理范围是 0.5 至 500000 亿元");
  // a national total of a level may be up to 31 × the province bound; a group total too
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}100000,2024,gdp_current,15500001,亿元,S1\n` }, "IMPLAUSIBLE_VALUE", "全国或地区组合计的合理范围是 0.5 至 15500000 亿元");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2099,gdp_current,1,亿元,S1\n` }, "BAD_YEAR", "第2行第2列（year）：年份无效“2099”");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,gdp_index_prev_year,-3,上年=100,S1\n` }, "IMPLAUSIBLE_VALUE", "数值“-3”");
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,gdp_current,1e400,亿元,S1\n` }, "NOT_NUMERIC", "第2行第4列（value）：数值“1e400”");
  // a growth rate in % may be negative
  const dir = folder({ "sources.csv": SOURCES, "x.csv": `${head}110000,2024,fai_growth_excl_rural_jan_dec,-4.7,%,S1\n` });
  try {
    assert.equal(loadFolderDataset(dir, registry).value("fai_growth_excl_rural_jan_dec", "110000", 2024), -4.7);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("unit aliases come from the catalogue: per-capita GDP in 元 (national tables) is 元/人; other units are refused", async () => {
  const head = "region_code,year,indicator,value,unit,source_id\n";
  const dir = folder({ "sources.csv": SOURCES, "x.csv": `${head}100000,2024,gdp_per_capita,95749,元,S1\n110000,2024,gdp_per_capita,228000,元/人,S1\n` });
  const ds = loadFolderDataset(dir, registry);
  assert.equal(ds.get("gdp_per_capita", "100000", 2024)?.unit, "元/人"); // stored in the catalogue unit
  rmSync(dir, { recursive: true, force: true });
  expectError({ "sources.csv": SOURCES, "x.csv": `${head}100000,2024,gdp_per_capita,9.6,万元,S1\n` }, "UNIT_MISMATCH", "万元");
  // the tidy importer reads the same catalogue entry
  const tidy = path.join(mkdtempSync(path.join(tmpdir(), "regecon-unit-")), "t.csv");
  writeFileSync(tidy, "region,year,indicator,value,unit\n全国,2024,gdp_per_capita,95749,元\n");
  assert.equal((await parseImportFile(tidy, registry)).rows.count, 1);
});
