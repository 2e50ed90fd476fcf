import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { parseImportFile } from "../../../src/data/import/index.js";
import { checkValue, indicatorCatalogue, indicatorDef, mustBePositive } from "../../../src/data/indicators.js";
import { loadFolderDataset } from "../../../src/data/folder.js";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../../src/data/paths.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { RegeconError } from "../../../src/types/errors.js";

const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-plausible-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
function file(text: string, name = `f${++n}.csv`): string {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
}
function rejects(p: string, code: string, mentions: RegExp[], opts: { allowNewIndicators?: boolean } = {}) {
  assert.throws(
    () => parseImportFile(p, registry, opts),
    (e: unknown) => {
      assert.ok(e instanceof RegeconError, String(e));
      assert.equal(e.code, code, e.message);
      for (const m of mentions) assert.match(e.message, m);
      return true;
    },
  );
}

test("checkValue: finite everywhere; > 0 for levels, per-capita levels and indices; rates in % may be negative", () => {
  const gdp = indicatorDef("gdp_current");
  assert.equal(checkValue(gdp, 1.5), undefined);
  assert.equal(checkValue(gdp, 0)?.code, "IMPLAUSIBLE_VALUE");
  assert.match(checkValue(gdp, 0)!.rule, /gdp_current（地区生产总值，亿元）是总量指标，数值必须大于 0/);
  assert.equal(checkValue(gdp, Number("1e400"))?.code, "NOT_NUMERIC");
  assert.equal(checkValue(gdp, NaN)?.code, "NOT_NUMERIC");
  assert.equal(checkValue(indicatorDef("gdp_index_prev_year"), -3)?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(indicatorDef("gdp_per_capita"), -0)?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(indicatorDef("population_year_end"), 0)?.code, "IMPLAUSIBLE_VALUE");
  assert.equal(checkValue(indicatorDef("fai_growth_excl_rural_jan_dec"), -7.7), undefined); // rate
  assert.equal(checkValue(indicatorDef("gdp_real_growth"), -5), undefined); // realGrowthIndex in %: a growth rate
  assert.equal(checkValue(indicatorDef("fai_growth_excl_rural_jan_dec"), -Infinity)?.code, "NOT_NUMERIC");
  // user-created indicators (not in the catalogue) only need to be finite
  assert.equal(checkValue(undefined, -3), undefined);
  assert.equal(checkValue(undefined, 0), undefined);
  assert.equal(checkValue(undefined, Infinity)?.code, "NOT_NUMERIC");
  // which catalogue indicators must be positive: exactly level / ratio / realGrowthIndex not in %
  for (const def of indicatorCatalogue().values()) {
    assert.equal(mustBePositive(def), def.aggregation !== "rate" && def.unit !== "%", def.id);
  }
  fc.assert(
    fc.property(fc.double(), fc.constantFrom(...indicatorCatalogue().values()), (v, def) => {
      const p = checkValue(def, v);
      if (!Number.isFinite(v)) return p?.code === "NOT_NUMERIC";
      return (p === undefined) === (v > 0 || !mustBePositive(def));
    }),
  );
});

test("every bundled value (data/nbs and data/report-2024-prelim) passes checkValue", () => {
  for (const dir of [DEFAULT_DATASET_DIR, path.join(BUNDLED_DATA_DIR, "report-2024-prelim")]) {
    const ds = loadFolderDataset(dir, registry);
    const bad = ds.all().filter((o) => checkValue(indicatorCatalogue().get(o.indicator), o.value) !== undefined);
    assert.deepEqual(bad, [], dir);
    assert.ok(ds.all().length > 0);
  }
});

test("tidy CSV: 1e400 is NOT_NUMERIC, GDP 0 and index -3 are IMPLAUSIBLE_VALUE, naming file, line, column, value and rule", () => {
  rejects(file("region,year,indicator,value,unit\n北京,2024,gdp_current,1,亿元\n天津,2024,gdp_current,1e400,亿元\n"), "NOT_NUMERIC", [/f\d+\.csv 第3行第4列（value）/, /“1e400”/, /有限/]);
  rejects(file("region,year,indicator,value\n北京,2024,gdp_current,0\n"), "IMPLAUSIBLE_VALUE", [/第2行第4列（value）：数值“0”不合理：gdp_current（地区生产总值，亿元）是总量指标，数值必须大于 0/]);
  rejects(file("year,value,region,indicator\n2024,-3,北京,gdp_index_prev_year\n"), "IMPLAUSIBLE_VALUE", [/第2行第2列（value）：数值“-3”/, /是指数，数值必须大于 0/]);
  // a negative growth rate is fine; a new user indicator only needs to be finite
  const ok = parseImportFile(file("region,year,indicator,value,unit\n北京,2024,fai_growth_excl_rural_jan_dec,-4.5,%\n北京,2024,my_balance,-3,亿元\n北京,2023,my_balance,0,亿元\n"), registry, { allowNewIndicators: true });
  assert.deepEqual(ok.rows.entries().map((e) => e.value), [-4.5, -3, 0]);
  rejects(file("region,year,indicator,value,unit\n北京,2024,my_balance,1e999,亿元\n"), "NOT_NUMERIC", [/第2行第4列/, /1e999/], { allowNewIndicators: true });
});

test("NBS export: an impossible cell is IMPLAUSIBLE_VALUE naming line, column (with its header) and value", () => {
  const head = "数据库：分省年度数据\n指标：地区生产总值(亿元)\n时间：最近2年\n地区,2024年,2023年\n";
  rejects(file(`${head}北京市,49670.2,47353.7\n天津市,0,17211.8\n`), "IMPLAUSIBLE_VALUE", [/第6行第2列（2024年）：数值“0”不合理：gdp_current/]);
  rejects(file(`${head}北京市,49670.2,1e400\n`), "NOT_NUMERIC", [/第5行第3列（2023年）：数值“1e400”/]);
  const index = "数据库：分省年度数据\n指标：地区生产总值指数(上年=100)\n时间：最近2年\n地区,2024年,2023年\n北京市,105.2,-3\n";
  rejects(file(index), "IMPLAUSIBLE_VALUE", [/第5行第3列（2023年）：数值“-3”/, /指数，数值必须大于 0/]);
});

test("the CSV regecon export writes is read as tidy CSV (region_code, source_id; region_name and vintage ignored)", () => {
  const p = parseImportFile(
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

test("a header that is neither layout names both accepted headers", () => {
  rejects(file("地名,年份,数值\n北京,2024,1\n"), "NOT_AN_NBS_EXPORT", [/第1行：无法识别的表头“地名,年份,数值”/]);
  try {
    parseImportFile(file("region,year,amount\n北京,2024,1\n"), registry);
    assert.fail("should throw");
  } catch (e) {
    assert.ok(e instanceof RegeconError);
    assert.match(e.hint!, /地区,2024年,2023年/);
    assert.match(e.hint!, /region,year,indicator,value/);
    assert.match(e.hint!, /region_code,region_name,year,indicator,value,unit,source_id,vintage/);
  }
});
