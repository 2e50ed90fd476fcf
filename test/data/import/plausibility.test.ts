import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { parseImportFile } from "../../../src/data/import/index.js";
import {
  CROSS_SECTION_MIN_PROVINCES,
  crossSectionProblem,
  fitsIndicator,
  implausibleRevisions,
  LEVEL_MIN_SPREAD,
  REVISION_FACTOR_LIMIT,
  type NewValue,
} from "../../../src/data/import/plausibility.js";
import { currentYear, parseYear } from "../../../src/data/import/year.js";
import { AGGREGATE_FACTOR, checkValue, indicatorCatalogue, indicatorDef, inRange, mustBePositive, plausibleRange } from "../../../src/data/indicators.js";
import { loadFolderDataset } from "../../../src/data/folder.js";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../../src/data/paths.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { RegeconError } from "../../../src/types/errors.js";

const registry = loadRegistry();
const catalogue = indicatorCatalogue();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-plausible-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
function file(text: string, name = `f${++n}.csv`): string {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
}
async function rejects(p: string, code: string, mentions: RegExp[], opts: { allowNewIndicators?: boolean; indicator?: string } = {}) {
  await assert.rejects(parseImportFile(p, registry, opts), (e: unknown) => {
    assert.ok(e instanceof RegeconError, String(e));
    assert.equal(e.code, code, e.message);
    for (const m of mentions) assert.match(e.message, m);
    return true;
  });
}
const provinces = registry.provinces.map((p) => p.code);

test("checkValue: finite everywhere; catalogue values inside the plausible range of their region's scope", () => {
  const gdp = indicatorDef("gdp_current");
  assert.deepEqual(gdp.plausible, { min: 0.5, max: 500000 }); // data/indicators.csv
  // edges of the province range (inclusive)
  assert.equal(checkValue(gdp, 0.5), undefined);
  assert.equal(checkValue(gdp, 500000), undefined);
  assert.equal(checkValue(gdp, 0.4999)?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(gdp, 500000.1)?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(gdp, 0)?.code, "IMPLAUSIBLE_VALUE");
  assert.match(checkValue(gdp, 0)!.rule.zh, /gdp_current（地区生产总值）省级数值的合理范围是 0\.5 至 500000 亿元/);
  assert.match(checkValue(gdp, 0)!.rule.en, /plausible values of gdp_current \(GDP \(current prices\)\) for a province are 0\.5 to 500000 \(in 100 million yuan\)/);
  // issue #9 class 4: no more unbounded values
  assert.equal(checkValue(gdp, 1.7e308)?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(gdp, Number("99999999999999999999999"))?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(gdp, Number("1e400"))?.code, "NOT_NUMERIC");
  assert.equal(checkValue(gdp, NaN)?.code, "NOT_NUMERIC");
  // national and group totals of a level: up to 31 × the province bound; ratios and indices keep their range
  assert.equal(checkValue(gdp, 1349083.5, "aggregate"), undefined); // national GDP 2024, data/nbs/gdp.csv
  assert.equal(checkValue(gdp, 1349083.5, "province")?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(gdp, AGGREGATE_FACTOR * 500000, "aggregate"), undefined);
  assert.equal(checkValue(gdp, AGGREGATE_FACTOR * 500000 + 1, "aggregate")?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(indicatorDef("gdp_index_prev_year"), 150.1, "aggregate")?.code, "IMPLAUSIBLE_VALUE");
  // indices 上年=100: 50–150
  const index = indicatorDef("gdp_index_prev_year");
  assert.equal(checkValue(index, 50), undefined);
  assert.equal(checkValue(index, 150), undefined);
  assert.equal(checkValue(index, 49.9)?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(index, 150.1)?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(index, -3)?.code, "IMPLAUSIBLE_VALUE");
  // growth rates in % may be negative
  assert.equal(checkValue(indicatorDef("fai_growth_excl_rural_jan_dec"), -63.5), undefined); // 辽宁 2016
  assert.equal(checkValue(indicatorDef("gdp_real_growth"), -5), undefined);
  // below province level: levels up to the province bound and > 0; other kinds only > 0 when they must be
  assert.equal(checkValue(gdp, 0.01, "subprovince"), undefined);
  assert.equal(checkValue(gdp, 0, "subprovince")?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(gdp, 500001, "subprovince")?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(index, 200, "subprovince"), undefined);
  assert.equal(checkValue(index, 0, "subprovince")?.code, "IMPLAUSIBLE_VALUE");
  // user-created indicators (not in the catalogue) only need to be finite
  assert.equal(checkValue(undefined, -3), undefined);
  assert.equal(checkValue(undefined, 1e300), undefined);
  assert.equal(checkValue(undefined, Infinity)?.code, "NOT_NUMERIC");
});

test("checkValue laws: a finite value passes exactly when it lies in plausibleRange(def, scope)", () => {
  fc.assert(
    fc.property(fc.double(), fc.constantFrom(...catalogue.values()), fc.constantFrom("province" as const, "aggregate" as const, "subprovince" as const), (v, def, scope) => {
      const p = checkValue(def, v, scope);
      if (!Number.isFinite(v)) return p?.code === "NOT_NUMERIC";
      return (p === undefined) === inRange(v, plausibleRange(def, scope));
    }),
  );
  for (const def of catalogue.values()) {
    const r = plausibleRange(def, "aggregate");
    assert.equal(r.high, def.aggregation === "level" ? AGGREGATE_FACTOR * def.plausible.max : def.plausible.max, def.id);
    const s = plausibleRange(def, "subprovince");
    assert.equal(s.low, mustBePositive(def) ? 0 : undefined, def.id);
    // every level, per-capita level and index has a positive lower bound: 0 is never plausible for a province
    if (mustBePositive(def)) assert.ok(def.plausible.min > 0, def.id);
  }
});

test("every bundled value (data/nbs and data/report-2024-prelim) is plausible, with room to spare", () => {
  for (const dir of [DEFAULT_DATASET_DIR, path.join(BUNDLED_DATA_DIR, "report-2024-prelim")]) {
    const ds = loadFolderDataset(dir, registry);
    const scope = (code: string) => (registry.isProvince(code) ? "province" : "aggregate");
    const bad = ds.all().filter((o) => checkValue(catalogue.get(o.indicator), o.value, scope(o.regionCode)) !== undefined);
    assert.deepEqual(bad, [], dir);
    assert.ok(ds.all().length > 0);
  }
  // the upper bounds leave at least a factor 2 above the largest province value of data/nbs (growth to come)
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  for (const id of ds.indicators()) {
    const values = ds.observations(id).filter((o) => registry.isProvince(o.regionCode)).map((o) => o.value);
    const def = catalogue.get(id)!;
    if (values.length === 0 || def.unit === "上年=100") continue;
    assert.ok(Math.max(...values) * 2 <= def.plausible.max, `${id}: max ${Math.max(...values)} vs ${def.plausible.max}`);
  }
});

test("tidy CSV: 1e400 is NOT_NUMERIC; GDP 0, 1.7e308, 99999999999999999999999 and index -3 are IMPLAUSIBLE_VALUE naming file, line, column, value and rule", async () => {
  await rejects(file("region,year,indicator,value,unit\n北京,2024,gdp_current,1,亿元\n天津,2024,gdp_current,1e400,亿元\n"), "NOT_NUMERIC", [/f\d+\.csv 第3行第4列（value）/, /“1e400”/, /有限/]);
  await rejects(file("region,year,indicator,value\n北京,2024,gdp_current,0\n"), "IMPLAUSIBLE_VALUE", [/第2行第4列（value）：数值“0”不合理：gdp_current（地区生产总值）省级数值的合理范围是 0\.5 至 500000 亿元/]);
  await rejects(file("region,year,indicator,value\n北京,2024,gdp_current,1.7e308\n"), "IMPLAUSIBLE_VALUE", [/第2行第4列（value）：数值“1\.7e308”不合理/]);
  await rejects(file("region,year,indicator,value\n北京,2024,gdp_current,99999999999999999999999\n"), "IMPLAUSIBLE_VALUE", [/数值“99999999999999999999999”不合理/]);
  await rejects(file("year,value,region,indicator\n2024,-3,北京,gdp_index_prev_year\n"), "IMPLAUSIBLE_VALUE", [/第2行第2列（value）：数值“-3”/, /合理范围是 50 至 150 上年=100/]);
  // a negative growth rate is fine; a new user indicator only needs to be finite
  const ok = await parseImportFile(file("region,year,indicator,value,unit\n北京,2024,fai_growth_excl_rural_jan_dec,-4.5,%\n北京,2024,my_balance,-3,亿元\n北京,2023,my_balance,0,亿元\n"), registry, { allowNewIndicators: true });
  assert.deepEqual(ok.rows.entries().map((e) => e.value), [-4.5, -3, 0]);
  await rejects(file("region,year,indicator,value,unit\n北京,2024,my_balance,1e999,亿元\n"), "NOT_NUMERIC", [/第2行第4列/, /1e999/], { allowNewIndicators: true });
});

test("NBS export: an implausible cell is IMPLAUSIBLE_VALUE naming line, column (with its header) and value", async () => {
  const head = "数据库：分省年度数据\n指标：地区生产总值(亿元)\n时间：最近2年\n地区,2024年,2023年\n";
  await rejects(file(`${head}北京市,49670.2,47353.7\n天津市,0,17211.8\n`), "IMPLAUSIBLE_VALUE", [/第6行第2列（2024年）：数值“0”不合理：gdp_current/]);
  await rejects(file(`${head}北京市,49670.2,1e400\n`), "NOT_NUMERIC", [/第5行第3列（2023年）：数值“1e400”/]);
  await rejects(file(`${head}北京市,49670.2,1.7e308\n`), "IMPLAUSIBLE_VALUE", [/第5行第3列（2023年）：数值“1\.7e308”/]);
  const index = "数据库：分省年度数据\n指标：地区生产总值指数(上年=100)\n时间：最近2年\n地区,2024年,2023年\n北京市,105.2,-3\n";
  await rejects(file(index), "IMPLAUSIBLE_VALUE", [/第5行第3列（2023年）：数值“-3”/, /合理范围是 50 至 150/]);
  // 全国 in 年度数据 is an aggregate: national GDP is plausible there
  const national = await parseImportFile(file("数据库：年度数据\n时间：最近1年\n指标,2024年\n国内生产总值(亿元),1349083.5\n"), registry);
  assert.deepEqual(national.rows.entries().map((e) => [e.regionCode, e.value]), [["100000", 1349083.5]]);
});

test("years: four digits from 1949 to the current calendar year; later years are BAD_YEAR naming the cell", async () => {
  const now = currentYear();
  assert.deepEqual(parseYear(String(now)), { year: now });
  assert.ok("problem" in parseYear(String(now + 1)));
  assert.ok("problem" in parseYear("1948"));
  assert.deepEqual(parseYear("1949"), { year: 1949 });
  assert.ok("problem" in parseYear("20x4"));
  assert.ok("problem" in parseYear("02024"));
  assert.deepEqual(parseYear("2030", 2030), { year: 2030 });
  await rejects(file(`region,year,indicator,value\n北京,2024,gdp_current,49670.2\n北京,${now + 1},gdp_current,50000\n`), "BAD_YEAR", [new RegExp(`第3行第2列（year）：年份无效“${now + 1}”`)]);
  await rejects(file("region,year,indicator,value\n北京,2099,gdp_current,1\n"), "BAD_YEAR", [/“2099”/]);
  // an NBS column for a future year may be empty (the portal prints them), never hold a value
  const head = "数据库：分省年度数据\n指标：地区生产总值(亿元)\n时间：最近3年\n地区,2099年,2024年,2023年\n";
  const empty = await parseImportFile(file(`${head}北京市,,49670.2,47353.7\n`), registry);
  assert.deepEqual(empty.rows.entries().map((e) => e.year), [2024, 2023]);
  await rejects(file(`${head}北京市,51000,49670.2,47353.7\n`), "BAD_YEAR", [/第5行第2列（2099年）：有数值“51000”/]);
});

test("tidy CSV region codes are checked against the registry: province, nation, or a city/county code of a known province", async () => {
  assert.ok(registry.isKnownRegionCode("110000"));
  assert.ok(registry.isKnownRegionCode("100000"));
  assert.ok(registry.isKnownRegionCode("500101"));
  assert.ok(registry.isKnownRegionCode("110105"));
  assert.ok(!registry.isKnownRegionCode("990000"));
  assert.ok(!registry.isKnownRegionCode("000123"));
  assert.ok(!registry.isKnownRegionCode("180101")); // no province 18
  assert.ok(!registry.isKnownRegionCode("11000"));
  assert.ok(!registry.isKnownRegionCode("710000")); // not in the registry's 31 provinces
  await rejects(file("region,year,indicator,value\n990000,2024,gdp_current,1\n000123,2024,gdp_current,1\n110105,2024,gdp_current,1\n"), "UNKNOWN_REGION_NAMES", [/990000（第2行）、000123（第3行）/]);
  const county = await parseImportFile(file("region,year,indicator,value\n500101,2024,gdp_current,1200.5\n"), registry, { allowSubprovincial: true });
  assert.deepEqual(county.rows.entries().map((e) => e.regionCode), ["500101"]);
});

test("cross-section rule: a year of ≥ 28 provinces of a level must span a factor of 3 (indices declared as GDP are refused)", async () => {
  const gdp = indicatorDef("gdp_current");
  assert.equal(CROSS_SECTION_MIN_PROVINCES, 28);
  assert.equal(LEVEL_MIN_SPREAD, 3);
  assert.equal(crossSectionProblem(gdp, 2024, 28, 100, 299.9)?.year, 2024);
  assert.equal(crossSectionProblem(gdp, 2024, 28, 100, 300), undefined); // edge: exactly 3 passes
  assert.equal(crossSectionProblem(gdp, 2024, 27, 100, 101), undefined); // a subset may be alike
  assert.equal(crossSectionProblem(indicatorDef("gdp_index_prev_year"), 2024, 31, 100, 101), undefined); // not a level
  assert.equal(crossSectionProblem(indicatorDef("gdp_per_capita"), 2024, 31, 50000, 60000), undefined); // a ratio
  // the real 2024 GDP and population cross-sections of data/nbs pass
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  for (const id of ["gdp_current", "population_year_end", "va_primary", "fiscal_expenditure_general_budget"]) {
    const values = provinces.map((c) => ({ year: 2024, value: ds.value(id, c, 2024)! })).filter((v) => v.value !== undefined);
    assert.ok(fitsIndicator(indicatorDef(id), values), id);
  }
  // GDP index values (~105) for 31 provinces declared as GDP: refused as a file
  const rows = provinces.map((c, k) => `${c},2024,gdp_current,${100 + (k % 10)}`).join("\n");
  await rejects(file(`region,year,indicator,value\n${rows}\n`), "IMPLAUSIBLE_VALUE", [/2024年 31 个省份的 gdp_current（地区生产总值）数值都在 100 至 109 亿元之间，最大值不到最小值的 3 倍/]);
  assert.equal(fitsIndicator(gdp, provinces.map((_, k) => ({ year: 2024, value: 100 + (k % 10) }))), false);
  assert.equal(fitsIndicator(indicatorDef("gdp_index_prev_year"), provinces.map((_, k) => ({ year: 2024, value: 100 + (k % 10) }))), true);
  assert.equal(fitsIndicator(indicatorDef("gdp_index_prev_year"), [{ year: 2024, value: 49670.2 }]), false);
});

test("implausibleRevisions: a new value more than ×5 away from the current one, for levels, per-capita levels and indices only", () => {
  assert.equal(REVISION_FACTOR_LIMIT, 5);
  const current = new Map([
    ["gdp_current|110000|2024", 49843.1],
    ["gdp_current|120000|2024", 18024],
    ["gdp_current|130000|2024", 47526.9],
    ["fai_growth_excl_rural_jan_dec|110000|2024", 0.5],
    ["gdp_current|140000|2024", 25494.4],
  ]);
  const lookup = (i: string, r: string, y: number) => {
    const v = current.get(`${i}|${r}|${y}`);
    return v === undefined ? undefined : { value: v, vintage: "nbs-db-post5census" };
  };
  const values: NewValue[] = [
    { regionCode: "110000", year: 2024, indicator: "gdp_current", value: 105.1, line: 5 }, // an index as GDP: ×474
    { regionCode: "120000", year: 2024, indicator: "gdp_current", value: 18024 * 5, line: 6 }, // edge: ×5 passes
    { regionCode: "130000", year: 2024, indicator: "gdp_current", value: 47526.9 / 5.01, line: 7 }, // ÷5.01 refused
    { regionCode: "110000", year: 2024, indicator: "fai_growth_excl_rural_jan_dec", value: 3, line: 8 }, // a rate: not compared
    { regionCode: "110000", year: 2023, indicator: "gdp_current", value: 1, line: 9 }, // no current value
  ];
  const r = implausibleRevisions(values, lookup, (id) => catalogue.get(id));
  assert.deepEqual(r.map((x) => [x.line, Math.round(x.factor * 100) / 100, x.current]), [
    [5, 474.24, 49843.1],
    [7, 5.01, 47526.9],
  ]);
  // symmetric: ×k up and ÷k down are the same factor
  fc.assert(
    fc.property(fc.double({ min: 1.01, max: 1000, noNaN: true }), (k) => {
      fc.pre(Math.abs(k - REVISION_FACTOR_LIMIT) > 1e-6); // away from the edge, where rounding of 49843.1 × k decides
      const up = implausibleRevisions([{ ...values[0]!, value: 49843.1 * k }], lookup, (id) => catalogue.get(id));
      const down = implausibleRevisions([{ ...values[0]!, value: 49843.1 / k }], lookup, (id) => catalogue.get(id));
      const expected = k > REVISION_FACTOR_LIMIT ? 1 : 0;
      return up.length === expected && down.length === expected;
    }),
  );
});

test("the CSV regecon export writes is read as tidy CSV (region_code, source_id; region_name and vintage ignored)", async () => {
  const p = await parseImportFile(
    file("\uFEFFregion_code,region_name,year,indicator,value,unit,source_id,vintage\r\n110000,北京,2024,gdp_current,49843.1,亿元,NBS_X,nbs-db-post5census\r\n100000,全国,2024,gdp_current,1349084,亿元,NBS_X,nbs-db-post5census\r\n"),
    registry,
  );
  assert.equal(p.format, "tidy-csv");
  assert.equal(p.sourceText, "NBS_X");
  assert.deepEqual(
    p.rows.entries().map((e) => [e.regionCode, e.year, e.indicator, e.value]),
    [
      ["110000", 2024, "gdp_current", 49843.1],
      ["100000", 2024, "gdp_current", 1349084],
    ],
  );
});

test("a header that is neither layout names both accepted headers", async () => {
  await rejects(file("地名,年份,数值\n北京,2024,1\n"), "NOT_AN_NBS_EXPORT", [/第1行：无法识别的表头“地名,年份,数值”/]);
  await assert.rejects(parseImportFile(file("region,year,amount\n北京,2024,1\n"), registry), (e: unknown) => {
    assert.ok(e instanceof RegeconError);
    assert.match(e.hintText!.zh, /地区,2024年,2023年/);
    assert.match(e.hintText!.zh, /region,year,indicator,value/);
    assert.match(e.hintText!.zh, /region_code,region_name,year,indicator,value,unit,source_id,vintage/);
    return true;
  });
});
