/**
 * Known answers for the 区域重大战略 facts, computed here from the data CSVs with plain arithmetic
 * (test/helpers/tidyCsv.ts), not via the code under test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import path from "node:path";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { strategiesFacts, structureOf } from "../../src/analysis/strategies.js";
import { ALL_PROVINCES, bundledTable, groupMembers, round } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const facts = strategiesFacts(ds, registry, 2024);
const gdp = bundledTable("gdp.csv");
const pop = bundledTable("population.csv");
const sectors = bundledTable("sectors.csv");
const idx = bundledTable("growth.csv");
const provinces = ALL_PROVINCES;
const members = (group: string) => groupMembers("区域重大战略", group);
const total = (table: Map<string, number>, ind: string, codes: string[], year: number) => codes.reduce((a, c) => a + table.get(`${ind}|${c}|${year}`)!, 0);
const fact = (name: string) => facts.strategies.find((s) => s.name === name)!;

test("京津冀 2024 share of the 31-province sum = 8.60%, and its change since 2014 from displayed shares", () => {
  const jjj = members("京津冀");
  const s24 = (100 * total(gdp, "gdp_current", jjj, 2024)) / total(gdp, "gdp_current", provinces, 2024);
  const s14 = (100 * total(gdp, "gdp_current", jjj, 2014)) / total(gdp, "gdp_current", provinces, 2014);
  assert.equal(round(s24, 2), 8.6);
  assert.ok(Math.abs(fact("京津冀").share! - s24) < 1e-9);
  assert.equal(fact("京津冀").shareDisplay, 8.6);
  assert.equal(fact("京津冀").shareFirst?.year, 2014);
  assert.equal(round(fact("京津冀").shareChange!, 2), round(round(s24, 2) - round(s14, 2), 2));
  assert.equal(fact("京津冀").trend, round(s24, 2) < round(s14, 2) ? "fell" : "rose");
});

test("长三角 2024 per-capita GDP = ΣGDP/Σpopulation × 10⁴ = 139128 元 (not the mean of provincial values)", () => {
  const yrd = members("长三角");
  assert.equal(yrd.length, 4);
  const expected = (total(gdp, "gdp_current", yrd, 2024) / total(pop, "population_year_end", yrd, 2024)) * 1e4;
  assert.equal(Math.round(expected), 139128);
  assert.ok(Math.abs(fact("长三角").perCapitaGdp.value! - expected) < 1e-6);
  const meanOfRatios = yrd.reduce((a, c) => a + (gdp.get(`gdp_current|${c}|2024`)! / pop.get(`population_year_end|${c}|2024`)!) * 1e4, 0) / yrd.length;
  assert.ok(Math.abs(meanOfRatios - expected) > 100, "mean of ratios is a different figure");
});

test("constant composition: 长三角 includes 安徽 in 2014 too; 黄河流域 uses its 9 provinces in every year", () => {
  const yrd = members("长三角");
  const s14 = (100 * total(gdp, "gdp_current", yrd, 2014)) / total(gdp, "gdp_current", provinces, 2014);
  assert.ok(Math.abs(fact("长三角").shareSeries.find((p) => p.year === 2014)!.share! - s14) < 1e-9);
  assert.deepEqual(fact("长三角").lateMembers, [{ code: "340000", name: "安徽", nameEn: "Anhui", validFrom: 2019 }]);
  assert.equal(fact("黄河流域").members.length, 9);
  assert.deepEqual(facts.trendYears, [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
});

test("real growth weighted by 2023 GDP; the fastest strategy region follows from the rounded rates", () => {
  const rates = facts.strategies.map((s) => {
    const ms = members(s.name);
    let num = 0;
    let den = 0;
    for (const c of ms) {
      num += (idx.get(`gdp_index_prev_year|${c}|2024`)! - 100) * gdp.get(`gdp_current|${c}|2023`)!;
      den += gdp.get(`gdp_current|${c}|2023`)!;
    }
    return round(num / den, 1);
  });
  assert.deepEqual(facts.strategies.map((s) => s.realGrowth.value), rates);
  const max = Math.max(...rates);
  assert.deepEqual(facts.fastest.map((s) => s.name), facts.strategies.filter((_, i) => rates[i] === max).map((s) => s.name));
});

test("industry structure 2019 → 2024 from Σ sector value added, each part rounded half-up as NBS prints it", () => {
  for (const name of ["京津冀", "长三角", "长江经济带", "黄河流域"]) {
    const ms = members(name);
    for (const year of [2019, 2020, 2021, 2022, 2023, 2024]) {
      const parts = ["va_primary", "va_secondary", "va_tertiary"].map((s) => total(sectors, s, ms, year));
      const sum = parts[0]! + parts[1]! + parts[2]!;
      const st = fact(name).structureSeries.find((x) => x.year === year)!;
      assert.deepEqual(st.shares, parts.map((p) => round((100 * p) / sum, 1)), `${name} ${year}`);
    }
  }
  // 京津冀 2024 = 4.3:26.8:68.9 (the reference report prints the same); 长三角 2024 adds to 100.1 (3.470, 37.674, 58.857 half-up).
  assert.deepEqual(fact("京津冀").structureLast!.shares, [4.3, 26.8, 68.9]);
  assert.deepEqual(fact("长三角").structureLast!.shares, [3.5, 37.7, 58.9]);
  assert.equal(fact("京津冀").structureFirst!.year, 2019);
});

test("levels at 2014, 2018 and 2024 with the nominal average annual growth (compound) from each benchmark year", () => {
  for (const name of ["京津冀", "长三角", "长江经济带", "黄河流域"]) {
    const ms = members(name);
    const g = (y: number) => total(gdp, "gdp_current", ms, y);
    assert.deepEqual(fact(name).levels.map((l) => l.year), [2014, 2018, 2024]);
    for (const l of fact(name).levels) assert.ok(Math.abs(l.gdp - g(l.year)) < 1e-6, `${name} ${l.year}`);
    const expected = [2014, 2018].map((b) => 100 * ((g(2024) / g(b)) ** (1 / (2024 - b)) - 1));
    fact(name).nominalGrowth.forEach((x, i) => assert.ok(Math.abs(x.rate - expected[i]!) < 1e-9, `${name} from ${x.from}`));
  }
  // hand values (python over data/nbs/gdp.csv): 京津冀 59970.8 → 81519.5 → 115049.6 亿元, 6.73% and 5.91% a year
  assert.equal(round(fact("京津冀").levels[0]!.gdp, 1), 59970.8);
  assert.equal(round(fact("京津冀").nominalGrowth[0]!.rate, 1), 6.7);
  assert.equal(round(fact("长三角").nominalGrowth[1]!.rate, 1), 6.7);
});

test("per-capita GDP over time is ΣGDP/Σpopulation (2014 population now held), tertiary share is Σtertiary/ΣGDP", () => {
  for (const name of ["京津冀", "长三角", "长江经济带", "黄河流域"]) {
    const ms = members(name);
    for (const year of [2014, 2018, 2024]) {
      const pc = (total(gdp, "gdp_current", ms, year) / total(pop, "population_year_end", ms, year)) * 1e4;
      assert.ok(Math.abs(fact(name).perCapitaSeries.find((p) => p.year === year)!.value! - pc) < 1e-6, `${name} ${year}`);
      const t = (100 * total(sectors, "va_tertiary", ms, year)) / total(gdp, "gdp_current", ms, year);
      assert.ok(Math.abs(fact(name).tertiaryShareSeries.find((p) => p.year === year)!.share! - t) < 1e-9, `${name} ${year}`);
    }
  }
  // hand values: 京津冀 per capita 54903 (2014) → 105309 (2024) 元; tertiary share 60.0% → 68.9%
  assert.equal(Math.round(fact("京津冀").perCapitaSeries[0]!.value!), 54903);
  assert.equal(round(fact("京津冀").tertiaryShareSeries[0]!.share!, 1), 60.0);
  assert.equal(round(fact("京津冀").tertiaryShareSeries[10]!.share!, 1), 68.9);
});

test("members' shares of 京津冀 GDP in 2014 and 2024 (北京/天津/河北), each rounded half-up to 0.1", () => {
  const jjj = members("京津冀");
  const shares = fact("京津冀").memberShares!;
  for (const [year, point] of [[2014, shares.first!], [2024, shares.last]] as const) {
    const sum = total(gdp, "gdp_current", jjj, year);
    assert.equal(point.year, year);
    assert.deepEqual(point.shares.map((x) => x.code), jjj);
    assert.deepEqual(point.shares.map((x) => x.share), jjj.map((c) => round((100 * gdp.get(`gdp_current|${c}|${year}`)!) / sum, 1)));
  }
  // hand values: 39.3/17.9/42.8 (2014) → 43.2/15.6/41.2 (2024); the reference report has 39.0/18.1/42.9 for 2014 (pre-census GDP)
  assert.deepEqual(shares.first!.shares.map((x) => x.share), [39.3, 17.9, 42.8]);
  assert.deepEqual(shares.last.shares.map((x) => x.share), [43.2, 15.6, 41.2]);
});

test("粤港澳大湾区 (city members) is listed apart from the province-level regions, only once its members are valid", () => {
  assert.deepEqual(facts.cityLevel.map((c) => c.name), ["粤港澳大湾区"]);
  assert.ok(!facts.strategies.some((s) => s.name === "粤港澳大湾区"));
  assert.deepEqual(strategiesFacts(ds, registry, 2018).cityLevel, [], "members valid from 2019");
});

test("a missing member makes the group value missing, never a partial sum", () => {
  const obs = ds.all().filter((o) => !(o.regionCode === "130000" && o.indicator === "gdp_current" && o.year === 2024));
  const holed = new Dataset("holed", obs, ds.sources);
  const f = strategiesFacts(holed, registry, 2024);
  const jjj = f.strategies.find((s) => s.name === "京津冀")!;
  assert.equal(jjj.gdp.value, undefined);
  assert.deepEqual(jjj.gdp.missing, ["130000"]);
  assert.equal(jjj.share, undefined);
  assert.equal(jjj.perCapitaGdp.value, undefined);
  assert.equal(structureOf(holed, ["990000"], 2024), undefined);
});

test("preliminary release without 西藏/青海/宁夏: complete strategy regions take the four regions' published totals as denominator", () => {
  // Known answer by hand from data/report-2024-prelim: Σ group_totals = 702356 + 287156 + 287350 + 63451 = 1340313;
  // 京津冀 49843 + 18024 + 47527 = 115394 → 8.61%; 长三角 53927 + 137008 + 90100 + 50625 = 331660 → 24.74%;
  // 长江经济带 (11 provinces) 630198 → 47.02%; 黄河流域 lacks 青海 and 宁夏 → no share.
  const prelim = strategiesFacts(loadFolderDataset(path.join(BUNDLED_DATA_DIR, "report-2024-prelim"), registry), registry, 2024);
  assert.deepEqual(prelim.denominators, [{ year: 2024, kind: "groupTotals", value: 1340313 }]);
  const share = (name: string) => prelim.strategies.find((s) => s.name === name)!.shareDisplay;
  assert.deepEqual(["京津冀", "长三角", "长江经济带", "黄河流域"].map(share), [8.61, 24.74, 47.02, undefined]);
  // The 31-province sum itself stays missing (never a partial sum).
  assert.equal(prelim.provinceSum[0]!.value, undefined);
});
