/**
 * Known answers for the 粤港澳大湾区 facts, computed here from data/nbs/city_gdp.csv with plain arithmetic
 * (test/helpers/tidyCsv.ts), not via the code under test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { cityStrategiesFacts } from "../../src/analysis/cityStrategies.js";
import { bundledTable, groupMembers, round } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const city = bundledTable("city_gdp.csv");
const gba = cityStrategiesFacts(ds, registry, 2024)[0]!;
const MAINLAND = groupMembers("区域重大战略", "粤港澳大湾区").filter((c) => c.startsWith("44"));
const mainland = (year: number) => MAINLAND.reduce((a, c) => a + city.get(`gdp_current_city|${c}|${year}`)!, 0);

test("one city-level region with data: 粤港澳大湾区, 9 mainland cities in 亿元 and the two SARs in their own currencies", () => {
  assert.deepEqual(cityStrategiesFacts(ds, registry, 2024).map((f) => f.name), ["粤港澳大湾区"]);
  assert.equal(gba.mainland.length, 9);
  assert.deepEqual(gba.ownCurrency.map((c) => [c.name, c.unit, c.unitEn]), [
    ["香港", "亿港元", "100 million Hong Kong dollars"],
    ["澳门", "亿澳门元", "100 million patacas"],
  ]);
  assert.deepEqual(gba.withoutData, []);
  assert.deepEqual(gba.years, [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  // largest first: 深圳 36801.87, 广州 31032.5 …, 肇庆 last
  assert.deepEqual(gba.mainland.slice(0, 2).map((c) => c.name), ["深圳", "广州"]);
  assert.equal(gba.mainland[8]!.name, "肇庆");
  // before the outline (2019) the members are not valid: nothing
  assert.deepEqual(cityStrategiesFacts(ds, registry, 2018), []);
});

test("mainland sum at 2014, 2018 and 2024, its nominal average growth and its growth on 2023", () => {
  assert.deepEqual(gba.mainlandLevels.map((l) => l.year), [2014, 2018, 2024]);
  for (const l of gba.mainlandLevels) assert.ok(Math.abs(l.gdp - mainland(l.year)) < 1e-6, String(l.year));
  for (const g of gba.mainlandAverageGrowth) assert.ok(Math.abs(g.rate - 100 * ((mainland(2024) / mainland(g.from)) ** (1 / (2024 - g.from)) - 1)) < 1e-9);
  assert.ok(Math.abs(gba.mainlandGrowth! - 100 * (mainland(2024) / mainland(2023) - 1)) < 1e-9);
  assert.deepEqual(gba.mainlandTotals.map((t) => t.year), [2014, 2018, 2023, 2024]);
  // hand values (python over city_gdp.csv): 57844.44 → 80440.72 → 115365.15 亿元; +4.67% on 2023 (110214.71)
  assert.equal(round(mainland(2024), 2), 115365.15);
  assert.equal(round(gba.mainlandGrowth!, 1), 4.7);
  assert.equal(round(gba.mainlandAverageGrowth[0]!.rate, 1), 7.1);
});

test("cities by 万亿元 band (深圳、广州 above 3, 佛山、东莞 above 1) and the count of 万亿元 cities 2014 → 2024", () => {
  assert.deepEqual(gba.bands.map((b) => [b.trillions, b.cities.map((c) => c.name)]), [
    [3, ["深圳", "广州"]],
    [1, ["佛山", "东莞"]],
  ]);
  const count = (year: number) => MAINLAND.filter((c) => city.get(`gdp_current_city|${c}|${year}`)! >= 10000).length;
  assert.deepEqual(gba.trillionCount, [2014, 2018, 2024].map((year) => ({ year, count: count(year) })));
  assert.deepEqual(gba.trillionCount.map((t) => t.count), [2, 2, 4]);
});

test("nominal growth of each city in its own currency; fastest and slowest mainland city", () => {
  for (const c of [...gba.mainland, ...gba.ownCurrency]) {
    const [a, b] = [city.get(`${c.indicator}|${c.code}|2023`)!, city.get(`${c.indicator}|${c.code}|2024`)!];
    assert.ok(Math.abs(c.nominalGrowth! - 100 * (b / a - 1)) < 1e-9, c.name);
  }
  // 香港 31750.94 / 29834.08 亿港元 = +6.4%; 澳门 4033.14 / 3693.28 亿澳门元 = +9.2%
  assert.deepEqual(gba.ownCurrency.map((c) => round(c.nominalGrowth!, 1)), [6.4, 9.2]);
  // The mainland cities' 2023 figures precede the 5th-census revision, 2024 are first releases: two vintages
  // (data/nbs/sources.csv), so no city is ranked by growth; the SARs' series are one vintage.
  assert.deepEqual(gba.fastest, []);
  assert.deepEqual(gba.slowest, []);
  assert.equal(gba.notRankedAcrossVintages.length, 9);
  assert.equal(gba.mainlandGrowthAcrossVintages, true);
  assert.deepEqual(gba.ownCurrency.map((c) => c.growthVintages), [["gba-city-2025", "gba-city-2025"], ["gba-city-2025", "gba-city-2025"]]);
});

test("growth within one vintage is ranked: the same table with 2024 in the vintage of 2023 gives 惠州 fastest, 佛山 slowest", () => {
  const oneVintage = new Dataset("one", ds.all().map((o) => (o.indicator === "gdp_current_city" ? { ...o, vintage: "gba-city-2025" } : o)), ds.sources);
  const f = cityStrategiesFacts(oneVintage, registry, 2024)[0]!;
  assert.deepEqual(f.fastest.map((c) => c.name), ["惠州"]);
  assert.deepEqual(f.slowest.map((c) => c.name), ["佛山"]);
  assert.deepEqual(f.notRankedAcrossVintages, []);
  assert.equal(f.mainlandGrowthAcrossVintages, false);
  // one city's 2024 from another vintage: it alone is left out of the ranking
  const one = new Dataset("mixed", oneVintage.all().map((o) => (o.regionCode === "441300" && o.year === 2024 ? { ...o, vintage: "other" } : o)), ds.sources);
  const g = cityStrategiesFacts(one, registry, 2024)[0]!;
  assert.deepEqual(g.notRankedAcrossVintages.map((c) => c.name), ["惠州"]);
  assert.ok(!g.fastest.some((c) => c.name === "惠州"));
});

test("a mainland city without 2024 GDP: the sum and its growth are missing, never a partial sum; the city is named as lacking nothing else", () => {
  const holed = new Dataset("holed", ds.all().filter((o) => !(o.regionCode === "441200" && o.year === 2024)), ds.sources);
  const f = cityStrategiesFacts(holed, registry, 2024)[0]!;
  assert.deepEqual(f.mainlandLevels.map((l) => l.year), [2014, 2018]);
  assert.equal(f.mainlandGrowth, undefined);
  assert.equal(f.mainland.find((c) => c.code === "441200")!.value, undefined);
  assert.equal(f.mainland[8]!.code, "441200", "missing sorts last");
  // without any city GDP the region is not computed at all (the strategies facts list it as needing city data)
  const none = new Dataset("none", ds.all().filter((o) => !o.indicator.startsWith("gdp_current_") ), ds.sources);
  assert.deepEqual(cityStrategiesFacts(none, registry, 2024), []);
});
