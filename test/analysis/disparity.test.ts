import { test } from "node:test";
import assert from "node:assert/strict";
import { loadRegistry } from "../../src/data/registry.js";
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
  UNGROUPED,
} from "../../src/analysis/disparity.js";
import { theilL } from "../../src/stats/theil.js";

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

test("series judgement follows the stated rule on computed numbers", () => {
  const s = disparitySeries(dataset, registry);
  const a = s.years[0]!.indices!;
  const b = s.years[s.years.length - 1]!.indices!;
  const rel = b.williamsonCV! < a.williamsonCV! && b.theilTWeighted! < a.theilTWeighted! ? "narrowed" : b.williamsonCV! > a.williamsonCV! && b.theilTWeighted! > a.theilTWeighted! ? "widened" : "mixed";
  assert.equal(s.relative, rel);
  assert.equal(s.absolute, b.sd > a.sd && b.range > a.range ? "widened" : b.sd < a.sd && b.range < a.range ? "narrowed" : "mixed");
  assert.ok(s.sigmaWilliamson && s.sigmaLog);
});

test("Moran's I on the province adjacency equals the spdep value (see test/stats/spatial/moran.test.ts)", () => {
  const m = moranOfYear(dataset, registry, 2024);
  close(m.global!.I, 0.3307908384077304, 1e-12);
  assert.deepEqual(m.weights.excluded, ["460000"]);
  const linked = moranOfYear(dataset, registry, 2024, undefined, { extraLinks: [["460000", "440000"]], permutations: 99 });
  assert.equal(linked.global!.n, 31);
  assert.deepEqual(linked.warnings, []);
});

test("β-convergence over 2015–2024 with conditional 四大板块 dummies; unknown years are BAD_YEAR", () => {
  const b = betaConvergenceOver(dataset, registry, 2015, 2024, undefined, "四大板块");
  assert.equal(b.absolute!.n, 31);
  assert.equal(b.absolute!.period, 9);
  assert.equal(b.conditional!.dummies.length, 3);
  assert.throws(() => betaConvergenceOver(dataset, registry, 2024, 2015), { code: "BAD_YEAR" });
  assert.throws(() => disparityOfYear(dataset, registry, 1990), { code: "BAD_YEAR" });
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
