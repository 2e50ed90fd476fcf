/**
 * Provincial series as the dashboard shows them: derived values against independent arithmetic on
 * the data files, ranks against the report's ranks, the other-year rule at its tolerance edges, the
 * province profile, and the LISA cluster-map rule at its significance edge.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { growthPatternFacts } from "../../src/analysis/growthPattern.js";
import {
  OTHER_YEAR_TOLERANCE,
  REAL_GROWTH,
  SELF_FINANCING,
  displayDecimals,
  provinceSeries,
  provinceSeriesList,
  rankValues,
  selfFinancingRatio,
  valueNearYear,
  type ProvinceSeries,
} from "../../src/analysis/provinceSeries.js";
import { provinceProfile } from "../../src/analysis/provinceProfile.js";
import { SIGNIFICANCE, lisaClass } from "../../src/analysis/rules/disparity.js";
import { RegeconError } from "../../src/types/errors.js";
import { bundledTable, groupMembers } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const list = provinceSeriesList(ds, registry);
const byId = (id: string) => list.find((s) => s.id === id)!;
const gdp = bundledTable("gdp.csv");
const growth = bundledTable("growth.csv");
const pop = bundledTable("population.csv");
const fiscal = bundledTable("fiscal.csv");
const HENAN = "410000";

test("the list holds stored and derived series; national-only indicators are left out", () => {
  const ids = list.map((s) => s.id);
  for (const id of ["gdp_current", REAL_GROWTH, "gdp_per_capita", "gdp_per_capita_published", "income_per_capita_all", SELF_FINANCING]) assert.ok(ids.includes(id), id);
  assert.ok(!ids.includes("gni_current"), "gni_current has no provincial values");
  assert.ok(ids.indexOf(REAL_GROWTH) === ids.indexOf("gdp_current") + 1, "real growth sits beside GDP");
  assert.throws(() => provinceSeries(ds, registry, "nope"), (e: unknown) => e instanceof RegeconError && e.code === "UNKNOWN_INDICATOR");
});

test("derived values: real growth = index − 100; per capita = GDP / population × 10⁴; self-financing = revenue / expenditure × 100", () => {
  assert.ok(Math.abs(byId(REAL_GROWTH).value(HENAN, 2024)!.value - (growth.get(`gdp_index_prev_year|${HENAN}|2024`)! - 100)) < 1e-9);
  const perCapita = (gdp.get(`gdp_current|${HENAN}|2020`)! / pop.get(`population_year_end|${HENAN}|2020`)!) * 1e4;
  assert.ok(Math.abs(byId("gdp_per_capita").value(HENAN, 2020)!.value - perCapita) < 1e-9);
  const ratio = (100 * fiscal.get(`fiscal_revenue_general_budget|${HENAN}|2022`)!) / fiscal.get(`fiscal_expenditure_general_budget|${HENAN}|2022`)!;
  assert.ok(Math.abs(byId(SELF_FINANCING).value(HENAN, 2022)!.value - ratio) < 1e-9);
  assert.equal(selfFinancingRatio(50, 200), 25);
  assert.throws(() => selfFinancingRatio(1, 0), RangeError);
  // A derived value names every vintage it rests on.
  assert.deepEqual(byId("gdp_per_capita").value(HENAN, 2020)!.vintages.length, 2);
  assert.equal(byId("gdp_per_capita").years[0], 2014); // 2014 population for 30 provinces (西藏 from 2015)
  assert.equal(byId("gdp_per_capita_published").years[0], 2019, "published per capita by province from 2019");
});

test("display decimals by unit: 亿元 0.1, 元/人 and 万人 integers, % 0.1, others 2", () => {
  const units = ["100 million yuan", "yuan per person", "yuan", "10 thousand persons", "%", "previous year = 100", "tons"];
  assert.deepEqual(units.map(displayDecimals), [1, 0, 0, 0, 1, 1, 2]);
  assert.deepEqual([byId("gdp_current"), byId("gdp_per_capita"), byId("population_year_end"), byId(REAL_GROWTH)].map((s) => s.decimals), [1, 0, 0, 1]);
});

test("GDP and growth ranks equal the report's ranks (competition ranks on displayed values) in 2024", () => {
  const facts = growthPatternFacts(ds, registry, { year: 2024 });
  for (const [id, pick] of [
    ["gdp_current", (p: (typeof facts.provinces)[number]) => [p.gdpRank, p.gdpTied]],
    [REAL_GROWTH, (p: (typeof facts.provinces)[number]) => [p.growthRank, p.growthTied]],
  ] as const) {
    const s = byId(id);
    const ranked = rankValues(registry.provinces.map((p) => ({ code: p.code, value: s.value(p.code, 2024)?.value })), s.decimals);
    facts.provinces.forEach((p, i) => assert.deepEqual([ranked[i]!.rank, ranked[i]!.tied], pick(p), `${id} ${p.name}`));
  }
});

test("rankValues: ties on the displayed value share the best rank, the next rank skips (1, 2, 2, 4); missing gets none", () => {
  const r = rankValues(
    [
      { code: "a", value: 9 },
      { code: "b", value: 5.04 },
      { code: "c", value: 4.96 },
      { code: "d", value: 1 },
      { code: "e", value: undefined },
    ],
    1,
  );
  assert.deepEqual(r.map((x) => [x.rank, x.tied]), [[1, false], [2, true], [2, true], [4, false], [undefined, false]]);
});

test(`valueNearYear: the year itself, else the nearest year within ${OTHER_YEAR_TOLERANCE} (earlier first), else nothing`, () => {
  const values = new Map([
    [2010, 1],
    [2014, 2],
    [2016, 3],
  ]);
  const s = { value: (_: string, y: number) => (values.has(y) ? { value: values.get(y)!, sources: [], vintages: [] } : undefined) } as unknown as ProvinceSeries;
  assert.equal(valueNearYear(s, "x", 2014)!.year, 2014);
  assert.equal(valueNearYear(s, "x", 2015)!.year, 2014, "tie between 2014 and 2016: the earlier");
  assert.equal(valueNearYear(s, "x", 2012)!.year, 2010, "2 years away: within the tolerance (2010 before 2014)");
  assert.equal(valueNearYear(s, "x", 2018)!.year, 2016);
  assert.equal(valueNearYear(s, "x", 2019), undefined, "3 years away: beyond the tolerance");
});

test("河南 profile: GDP rank as the report's, share of 中部 = GDP / Σ中部, rank in 中部, structure adds to 100", () => {
  const profile = provinceProfile(ds, registry, HENAN);
  assert.equal(profile.region?.name, "中部");
  const y2024 = profile.years.find((y) => y.year === 2024)!;
  const facts = growthPatternFacts(ds, registry, { year: 2024 });
  const henan = facts.provinces.find((p) => p.code === HENAN)!;
  assert.equal(y2024.cells.gdp_current!.rank, henan.gdpRank);
  const central = groupMembers("四大板块", "中部");
  const sum = central.reduce((a, c) => a + gdp.get(`gdp_current|${c}|2024`)!, 0);
  assert.ok(Math.abs(y2024.regionShare! - (100 * gdp.get(`gdp_current|${HENAN}|2024`)!) / sum) < 1e-9);
  const larger = central.filter((c) => gdp.get(`gdp_current|${c}|2024`)! > gdp.get(`gdp_current|${HENAN}|2024`)!).length;
  assert.equal(y2024.regionRank, larger + 1);
  assert.equal(y2024.regionSize, 6);
  assert.equal(Math.round(y2024.structure!.shares.reduce((a, b) => a + b, 0) * 10), 1000);
  assert.throws(() => provinceProfile(ds, registry, "999999"), (e: unknown) => e instanceof RegeconError && e.code === "UNKNOWN_REGION");
});

test(`LISA class: the quadrant when p < ${SIGNIFICANCE}, else not significant (p = ${SIGNIFICANCE} is not)`, () => {
  assert.equal(lisaClass({ quadrant: "HH", pValue: 0.049 }), "HH");
  assert.equal(lisaClass({ quadrant: "LL", pValue: 0.001 }), "LL");
  assert.equal(lisaClass({ quadrant: "HL", pValue: SIGNIFICANCE }), "notSignificant");
  assert.equal(lisaClass({ quadrant: "LH", pValue: 0.5 }), "notSignificant");
});
