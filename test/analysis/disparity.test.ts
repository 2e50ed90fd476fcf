import { test } from "node:test";
import assert from "node:assert/strict";
import { loadRegistry, Registry } from "../../src/data/registry.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { Dataset } from "../../src/data/dataset.js";
import {
  betaConvergenceOver,
  completeYears,
  crossSection,
  disparityOfYear,
  disparitySeries,
  moranOfYear,
  theilByGrouping,
  decompositionGroupings,
  assignGroups,
  disparityCoverage,
  gapsOfYear,
  perCapitaSpec,
  UNGROUPED,
} from "../../src/analysis/disparity.js";
import { theilL } from "../../src/stats/theil.js";
import { judgeDisparity } from "../../src/analysis/rules/disparity.js";
import { RegeconError } from "../../src/types/errors.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);

test("per-capita GDP is computed as gdp_current / population_year_end × 10000 (元/人)", () => {
  const cs = crossSection(dataset, registry, 2024);
  assert.equal(cs.codes.length, 31);
  const i = cs.codes.indexOf("110000");
  close(cs.values[i]!, (dataset.value("gdp_current", "110000", 2024)! / dataset.value("population_year_end", "110000", 2024)!) * 10000, 1e-15);
  // consistent with the published 2024 figure for 北京 within 1% (published uses mean population)
  const published = dataset.value("gdp_per_capita", "110000", 2024)!;
  assert.ok(Math.abs(cs.values[i]! / published - 1) < 0.02);
  assert.deepEqual(completeYears(dataset, registry), [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
});

test("population-weighted indices use population_year_end; the weighted mean is ΣGDP/Σpopulation", () => {
  const y = disparityOfYear(dataset, registry, 2024);
  const gdp = registry.provinces.reduce((s, p) => s + dataset.value("gdp_current", p.code, 2024)!, 0);
  const pop = registry.provinces.reduce((s, p) => s + dataset.value("population_year_end", p.code, 2024)!, 0);
  close(y.indices!.weightedMean!, (gdp / pop) * 10000, 1e-12);
  assert.ok(y.indices!.williamsonCV! < y.indices!.cv); // big-population provinces are nearer the mean
});

test("missing data is reported as missing, never 0", () => {
  const obs = dataset.all().filter((o) => !(o.indicator === "population_year_end" && o.regionCode === "540000" && o.year === 2024));
  const ds = new Dataset("test", obs, dataset.sources);
  const y = disparityOfYear(ds, registry, 2024);
  assert.equal(y.indices, undefined);
  assert.deepEqual(y.missing, ["540000"]);
  const t = theilByGrouping(ds, registry, 2024, "四大板块");
  assert.equal(t.decomposition, undefined);
  const m = moranOfYear(ds, registry, 2024);
  assert.equal(m.global, undefined);
  assert.deepEqual(m.missing, ["540000"]);
  assert.equal(betaConvergenceOver(ds, registry, 2015, 2024).absolute, undefined);
  const s = disparitySeries(ds, registry, [2015, 2023, 2024]);
  assert.equal(s.lastYear, 2023);
});

test("Theil decomposition by 四大板块 and 南北: between + within = total = weighted Theil T", () => {
  for (const g of ["四大板块", "南北"]) {
    const t = theilByGrouping(dataset, registry, 2024, g);
    const d = t.decomposition!;
    close(d.between + d.within, d.total, 1e-12);
    close(d.total, disparityOfYear(dataset, registry, 2024).indices!.theilTWeighted!, 1e-12);
    assert.deepEqual(t.ungrouped, []);
    assert.ok(!d.groups.some((x) => x.group === UNGROUPED));
  }
  assert.equal(theilByGrouping(dataset, registry, 2024, "四大板块").decomposition!.groups.length, 4);
  // Groups come in the grouping's own order (data/regions/groupings.csv), not sorted by name (东北 first).
  for (const g of ["四大板块", "南北"]) {
    assert.deepEqual(theilByGrouping(dataset, registry, 2024, g).decomposition!.groups.map((x) => x.group), registry.grouping(g).groups.map((x) => x.name));
  }
  assert.deepEqual(theilByGrouping(dataset, registry, 2024, "四大板块").decomposition!.groups.map((x) => x.group), ["东部", "中部", "西部", "东北"]);
  assert.throws(() => theilByGrouping(dataset, registry, 2024, "区域重大战略"), { code: "GROUPING_NOT_PARTITION" });
  assert.throws(() => theilByGrouping(dataset, registry, 2024, "nonexistent"), { code: "UNKNOWN_GROUPING" });
});

test("unweighted Theil L decomposition by 南北 totals the unweighted Theil L of the 31 provinces", () => {
  const t = theilByGrouping(dataset, registry, 2024, "南北", undefined, { weighted: false, kind: "L" });
  assert.equal(t.decomposition!.kind, "L");
  assert.equal(t.decomposition!.weighted, false);
  close(t.decomposition!.total, theilL(crossSection(dataset, registry, 2024).values), 1e-12);
  assert.deepEqual(t.decomposition!.groups.map((g) => g.n).sort(), [15, 16]);
});

test("series judgement: the rule applied to the first and last complete year and the σ-trend of the weighted CV", () => {
  const s = disparitySeries(dataset, registry);
  const a = s.years[0]!.indices!;
  const b = s.years[s.years.length - 1]!.indices!;
  assert.deepEqual([s.firstYear, s.lastYear], [2015, 2024]);
  // 2015→2024: weighted CV 0.3886 → 0.3868, weighted Theil T 0.0676 → 0.0661 (both fall);
  // SD 22581 → 42415 and range 92060 → 174560 元 (both rise); σ-trend p = 0.067 ≥ 5%: slight.
  assert.deepEqual([a.williamsonCV, b.williamsonCV, a.theilTWeighted, b.theilTWeighted].map((x) => Math.round(x! * 1e4) / 1e4), [0.3886, 0.3868, 0.0676, 0.0661]);
  assert.ok(Math.abs(s.sigmaWilliamson!.pValue - 0.067) < 0.001);
  assert.deepEqual(s.judgement, judgeDisparity({ ...a, williamsonCV: a.williamsonCV!, theilTWeighted: a.theilTWeighted! }, { ...b, williamsonCV: b.williamsonCV!, theilTWeighted: b.theilTWeighted! }, s.sigmaWilliamson!.pValue));
  assert.deepEqual(s.judgement, { relative: "narrowed", relativeSlight: true, absolute: "widened" });
  assert.ok(s.sigmaLog);
  // Two complete years: a judgement but no trend test, so no "slight".
  const two = disparitySeries(dataset, registry, [2015, 2024]);
  assert.equal(two.sigmaWilliamson, undefined);
  assert.deepEqual(two.judgement, { relative: "narrowed", relativeSlight: false, absolute: "widened" });
  // One complete year: no judgement.
  assert.equal(disparitySeries(dataset, registry, [2024]).judgement, undefined);
});

test("Moran's I on the province adjacency equals the spdep value (see test/stats/spatial/moran.test.ts)", () => {
  const m = moranOfYear(dataset, registry, 2024);
  close(m.global!.I, 0.3307908384077304, 1e-12);
  assert.deepEqual(m.weights.excluded, ["460000"]);
  const linked = moranOfYear(dataset, registry, 2024, undefined, { extraLinks: [["460000", "440000"]], permutations: 99 });
  assert.equal(linked.global!.n, 31);
  assert.deepEqual(linked.weights.excluded, []);
});

test("β-convergence over 2015–2024 with conditional 四大板块 dummies; a reversed period is BAD_YEAR, a year without data YEAR_NOT_AVAILABLE", () => {
  const b = betaConvergenceOver(dataset, registry, 2015, 2024, undefined, "四大板块");
  assert.equal(b.absolute!.n, 31);
  assert.equal(b.absolute!.period, 9);
  assert.equal(b.conditional!.dummies.length, 3);
  assert.throws(() => betaConvergenceOver(dataset, registry, 2024, 2015), { code: "BAD_YEAR" });
  assert.throws(() => disparityOfYear(dataset, registry, 1990), (e: RegeconError) => {
    assert.equal(e.code, "YEAR_NOT_AVAILABLE");
    assert.deepEqual(e.text, { zh: "gdp_per_capita 没有 1990 年的分省数据", en: "gdp_per_capita has no provincial data for 1990" });
    assert.deepEqual(e.hintText, { zh: "有完整分省数据的年份：2015~2024年", en: "Years with complete provincial data: 2015–2024" });
    return true;
  });
});

test("unusable values (≤ 0) are excluded before the stats: listed as invalid, the year is incomplete, partial Theil/β cover the rest", () => {
  const zero = new Dataset("z", dataset.all().map((o) => (o.indicator === "gdp_current" && o.regionCode === "420000" && o.year === 2024 ? { ...o, value: 0 } : o)), dataset.sources);
  const cs = crossSection(zero, registry, 2024);
  assert.deepEqual(cs.invalid, ["420000"]);
  assert.equal(cs.codes.length, 30);
  assert.ok(!completeYears(zero, registry).includes(2024));
  assert.equal(disparityOfYear(zero, registry, 2024).indices, undefined);
  assert.equal(theilByGrouping(zero, registry, 2024, "四大板块").decomposition, undefined);
  const partial = theilByGrouping(zero, registry, 2024, "四大板块", undefined, { partial: true });
  assert.equal(partial.covered.length, 30);
  assert.deepEqual(partial.missing, ["420000"]);
  const d = partial.decomposition!;
  assert.ok(Math.abs(d.between + d.within - d.total) < 1e-12);
  const beta = betaConvergenceOver(zero, registry, 2015, 2024, undefined, "四大板块", { partial: true });
  assert.equal(beta.covered.length, 30);
  assert.ok(beta.absolute && beta.conditional);
  assert.equal(betaConvergenceOver(zero, registry, 2015, 2024).absolute, undefined);
});

test("groupings usable for a decomposition exclude overlapping ones (区域重大战略)", () => {
  const usable = decompositionGroupings(registry, 2024);
  assert.ok(usable.includes("四大板块") && usable.includes("南北"));
  assert.ok(!usable.includes("区域重大战略"));
});

test("a grouping whose groups overlap is refused in both languages, naming the province and both groups", () => {
  assert.throws(() => assignGroups(registry, "区域重大战略", 2024), (e: RegeconError) => {
    assert.equal(e.code, "GROUPING_NOT_PARTITION");
    assert.match(e.text.zh, /^分组“区域重大战略”在 2024 年不是互斥划分：\S+ 同属 \S+ 和 \S+$/);
    assert.match(e.text.en, /^the grouping "major regional strategies" is not a partition in 2024: [A-Za-z ]+ belongs to both [A-Za-z -]+ and [A-Za-z -]+$/);
    return true;
  });
});

test("an unknown per-capita indicator is refused with the usable ids, in both languages", () => {
  assert.throws(() => perCapitaSpec(dataset, "gdp_current"), (e: RegeconError) => {
    assert.equal(e.code, "UNKNOWN_INDICATOR");
    assert.equal(e.text.en, "no regional disparity can be computed for the indicator gdp_current");
    assert.match(e.hintText!.en, /^Usable indicators: gdp_per_capita, gdp_per_capita_published, income_per_capita_all/);
    return true;
  });
  assert.deepEqual(perCapitaSpec(dataset, "gdp_per_capita_published").name, { zh: "人均地区生产总值（公布值）", en: "GDP per capita (published)" });
});

test("a contiguity list the weights refuse becomes CALCULATION_FAILED naming the file, not a bare RangeError", () => {
  const bad = new Registry([...registry.provinces], [...registry.groupings], [...registry.adjacency.map((p) => [p[0], p[1]] as [string, string]), ["110000", "999999"]]);
  assert.throws(() => moranOfYear(dataset, bad, 2024, undefined, { permutations: 9 }), (e: RegeconError) => {
    assert.equal(e.code, "CALCULATION_FAILED");
    assert.match(e.text.en, /land-contiguity list .*110000–999999/);
    assert.match(e.hintText!.zh, /data\/regions\/adjacency\.csv/);
    return true;
  });
});

test("coverage: complete years up to the report year, gaps inside the span, and when β and Moran's I can be computed", () => {
  const full = disparityCoverage(dataset, registry, 2024);
  assert.deepEqual(full, { indicator: "gdp_per_capita", year: 2024, completeYears: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024], usableNow: true, completeNow: true, span: full.completeYears, gaps: [], betaFrom: 2015 });
  // 广东's 2018 population missing: 2018 is a gap inside the span.
  const gap = new Dataset("gap", dataset.all().filter((o) => !(o.indicator === "population_year_end" && o.regionCode === "440000" && o.year === 2018)), dataset.sources);
  assert.deepEqual(disparityCoverage(gap, registry, 2024).gaps, [2018]);
  // 广东's 2024 GDP missing: the series ends in 2023; 2024 is usable for single cross-sections but not complete.
  const late = new Dataset("late", dataset.all().filter((o) => !(o.indicator === "gdp_current" && o.regionCode === "440000" && o.year === 2024)), dataset.sources);
  const c = disparityCoverage(late, registry, 2024);
  assert.deepEqual([c.completeYears.at(-1), c.usableNow, c.completeNow, c.betaFrom], [2023, true, false, 2015]);
  // The first complete year is the report year: no β period (MIN_BETA_YEARS = 3 years needed).
  assert.equal(disparityCoverage(dataset, registry, 2015).betaFrom, undefined);
  assert.equal(disparityCoverage(dataset, registry, 2016).betaFrom, undefined);
  assert.equal(disparityCoverage(dataset, registry, 2017).betaFrom, 2015);
  // Before any data: nothing usable.
  assert.deepEqual([disparityCoverage(dataset, registry, 2010).usableNow, disparityCoverage(dataset, registry, 2010).completeYears], [false, []]);
});

test("gaps name the indicator, the provinces and the unusable values as read", () => {
  const zero = new Dataset("z", dataset.all().map((o) => (o.indicator === "gdp_current" && o.regionCode === "420000" && o.year === 2024 ? { ...o, value: 0 } : o)), dataset.sources);
  assert.deepEqual(gapsOfYear(zero, registry, 2024), [{ indicator: "gdp_current", missing: [], invalid: [{ code: "420000", value: 0 }] }]);
  assert.deepEqual(gapsOfYear(dataset, registry, 2024), []);
});
