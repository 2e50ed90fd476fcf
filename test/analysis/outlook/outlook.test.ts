/**
 * The outlook's facts from the bundled data: which origins the back-test may use, that the runs do not
 * depend on the scenarios selected, that a refused scenario takes no other along, the origin chosen by
 * default, and the groupings found by their ids.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { outlookFacts, type OutlookFacts } from "../../../src/analysis/outlook/outlook.js";
import { projectPath } from "../../../src/analysis/outlook/project.js";
import { Dataset } from "../../../src/data/dataset.js";
import { loadFolderDataset } from "../../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../../src/data/paths.js";
import { loadRegistry, Registry } from "../../../src/data/registry.js";
import { RegeconError } from "../../../src/types/errors.js";
import type { OutlookOptions } from "../../../src/analysis/outlook/outlook.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);

function facts(options: OutlookOptions, data = dataset, reg = registry): OutlookFacts {
  const f = outlookFacts(data, reg, options);
  assert.ok("scenarios" in f);
  return f;
}

const scenario = (f: OutlookFacts, id: string) => f.scenarios.find((s) => s.scenario === id)!;

test("no peeking: from 2023 the back-test ends with the origin 2022 (outcome 2023); from 2024 with 2023", () => {
  const from2023 = facts({ origin: 2023, horizon: 3 });
  assert.deepEqual(from2023.comparisonOrigins, [
    [2018, 2019, 2020, 2021, 2022],
    [2018, 2019, 2020, 2021],
    [2018, 2019, 2020],
  ]);
  for (const s of from2023.scenarios) for (const b of s.backtests) if (b) assert.ok(b.origins.every((o) => o + b.horizon <= 2023), `${s.scenario} h${b.horizon}`);
  assert.deepEqual(facts({ origin: 2024 }).comparisonOrigins, [[2018, 2019, 2020, 2021, 2022, 2023]]);
  // from 2016 nothing earlier can be an origin: no back-test, precision as untested
  const from2016 = facts({ origin: 2016 });
  assert.deepEqual(from2016.comparisonOrigins, [[]]);
  assert.equal(scenario(from2016, "persistence").backtests[0], undefined);
  assert.deepEqual(scenario(from2016, "persistence").years[0]!.decimals, { growth: 0, share: 0, theil: 2, cv: 2 });
  // a targets file with only 2024 targets cannot be back-tested from 2023 (its only run would be the projection itself)
  const targets = { file: "t.csv", targets: [{ code: "110000", year: 2024, target: 5, source: "TEST", line: 2 }, { code: "440000", year: 2024, target: 5, source: "TEST", line: 3 }] };
  const t = scenario(facts({ origin: 2023, targets }), "targets");
  assert.equal(t.available, true);
  assert.equal(t.backtests[0], undefined);
});

test("the back-test of a scenario is the same whatever other scenarios are selected", () => {
  const alone = scenario(facts({ origin: 2024, scenarios: ["persistence"] }), "persistence").backtests[0]!;
  const all = scenario(facts({ origin: 2024 }), "persistence").backtests[0]!;
  assert.deepEqual(alone, all);
  assert.deepEqual(alone.origins, [2018, 2019, 2020, 2021, 2022, 2023]);
  // one model scenario is not called the best compared with itself
  assert.deepEqual(facts({ origin: 2024, scenarios: ["persistence"] }).best, { growth: [], share: [] });
});

test("the largest errors name the near tie 2021 and 2022, for any selection of scenarios", () => {
  const years = (f: OutlookFacts) => f.largestErrors.map((e) => e.year);
  assert.deepEqual(years(facts({ origin: 2024 })), [2021, 2022]);
  assert.deepEqual(years(facts({ origin: 2024, scenarios: ["persistence", "trend"] })), [2021, 2022]);
});

test("precision is fixed across the projected years: that of the longest horizon (the coarsest)", () => {
  for (const s of facts({ origin: 2024, horizon: 5 }).scenarios.filter((x) => x.available)) {
    const ds = s.years.map((y) => JSON.stringify(y.decimals));
    assert.equal(new Set(ds).size, 1, s.scenario);
  }
  // the 5-year back-test has 2 runs: every year is printed as untested
  assert.deepEqual(scenario(facts({ origin: 2024, horizon: 5 }), "persistence").years[3]!.decimals, { growth: 0, share: 0, theil: 2, cv: 2 });
});

test("σ and the gaps are judged against their back-test errors: the 0.0008 change of σ is within 0.0044", () => {
  const c = scenario(facts({ origin: 2024 }), "convergence");
  const y = c.years[0]!;
  assert.equal(y.sigma.movement, "withinError");
  assert.ok(Math.abs(y.sigma.error! - 0.0044) < 0.0001);
  // the east–west gap moves 0.15 points against an error larger than that
  assert.equal(y.eastWest.movement.nominal, "withinError");
  assert.ok(y.eastWest.error! > Math.abs(y.eastWest.gap - facts({ origin: 2024 }).actual.eastWestGap));
  // at 2024 prices the convergence scenario's south–north gap is within the error: its move is price-driven
  assert.equal(y.southNorth.movement.nominal, "widens");
  assert.equal(y.southNorth.movement.priceDriven, true);
});

test("the convergence scenario's differentials come from population, not β (β = −0.0038, not significant)", () => {
  const c = scenario(facts({ origin: 2024 }), "convergence").convergence!;
  assert.equal(c.driver, "population");
  assert.ok(c.terms.population > c.terms.beta);
});

test("a refused targets scenario is reported with its error; the model scenarios are still computed", () => {
  const targets = { file: "t.csv", targets: [{ code: "110000", year: 2025, target: -4, source: "x", line: 2 }, { code: "310000", year: 2025, target: 4, source: "x", line: 3 }] };
  const f = facts({ origin: 2024, targets });
  const t = scenario(f, "targets");
  assert.equal(t.available, false);
  assert.ok(t.unavailable?.kind === "refused" && t.unavailable.error.code === "TARGETS_INCONSISTENT");
  assert.deepEqual(f.scenarios.filter((s) => s.available).map((s) => s.scenario), ["persistence", "trend", "convergence"]);
});

test("a targets file without provincial targets for the year says what it has instead", () => {
  const national = { file: "t.csv", targets: [{ code: "100000", year: 2025, target: 5, source: "x", line: 2 }, { code: "110000", year: 2030, target: 5, source: "x", line: 3 }] };
  const t = scenario(facts({ origin: 2024, targets: national }), "targets");
  assert.deepEqual(t.unavailable, { kind: "noTargetsForYear", year: 2025, provincialYears: [2030], nationalTarget: true });
  assert.deepEqual(scenario(facts({ origin: 2024 }), "targets").unavailable, { kind: "noTargetsFile" });
});

test("a projection that would give a non-positive level is refused with PROJECTION_NOT_POSITIVE, not a RangeError", () => {
  const base = { year: 2024, codes: ["A", "B"], gdp: [100, 100], population: [10, 10], realGrowth: [5, 5], priceChange: [0, 0], populationGrowth: [0, 0], meanGrowth: 5 };
  assert.throws(
    () => projectPath(base, 1, () => [-100, 5], () => 5),
    (e: unknown) => e instanceof RegeconError && e.code === "PROJECTION_NOT_POSITIVE" && /A/.test(e.text.en) && /2025/.test(e.text.en),
  );
  assert.throws(() => projectPath({ ...base, priceChange: [0, -100] }, 1, () => [5, 5], () => 5), (e: unknown) => e instanceof RegeconError && e.code === "PROJECTION_NOT_POSITIVE");
});

test("the default origin falls back when the latest year lacks an input, and says which year and why", () => {
  // Beijing's 2024 GDP index removed: 2024 cannot be the origin although its GDP is complete
  const observations = dataset.indicators().flatMap((id) => dataset.observations(id)).filter((o) => !(o.indicator === "gdp_index_prev_year" && o.regionCode === "110000" && o.year === 2024));
  const gap = new Dataset("test", observations, dataset.sources);
  const f = facts({}, gap);
  assert.equal(f.origin, 2023);
  assert.deepEqual(f.latestUnusable, { year: 2024, gaps: [{ indicator: "gdp_index_prev_year", year: 2024, codes: ["110000"] }] });
  // an origin asked for is never replaced; the complete data need no notice
  assert.equal(facts({}).latestUnusable, undefined);
  assert.equal(facts({ origin: 2023 }, gap).latestUnusable, undefined);
});

test("groupings are found by their ids, not by their names (renamed groups still work)", () => {
  const renamed = new Registry(
    [...registry.provinces],
    registry.groupings.map((g) => ({ ...g, name: `${g.name}（新）`, nameEn: `${g.nameEn} (renamed)`, groups: g.groups.map((x) => ({ ...x, name: `${x.name}地区`, nameEn: `${x.nameEn} region` })) })),
    registry.adjacency.map((p) => [p[0], p[1]] as [string, string]),
  );
  const f = facts({ origin: 2024, scenarios: ["persistence"] }, dataset, renamed);
  assert.deepEqual(f.actual.regions.map((r) => r.id), ["east", "central", "west", "northeast"]);
  assert.equal(f.actual.regions[0]!.nameEn, "East region");
  assert.ok(Math.abs(f.actual.eastWestGap - facts({ origin: 2024, scenarios: ["persistence"] }).actual.eastWestGap) < 1e-12);
});

test("projected years the data already hold are shown as observed, at published precision (an out-of-sample check)", () => {
  const f = facts({ origin: 2022, horizon: 3 });
  assert.deepEqual(f.observed.map((y) => y.year), [2023, 2024]);
  // the observed 2024 shares are those of the 2024 origin (the report's 52.40 / 35.17)
  const as2024 = facts({ origin: 2024 }).actual;
  assert.ok(Math.abs(f.observed[1]!.regions[0]!.share - as2024.regions[0]!.share) < 1e-9);
  assert.ok(Math.abs(f.observed[1]!.northSouth[0]!.share - as2024.northSouth[0]!.share) < 1e-9);
  assert.deepEqual(f.observed[0]!.decimals, { growth: 1, share: 2, theil: 4, cv: 4 });
  assert.deepEqual(facts({ origin: 2024 }).observed, []);
});
