/**
 * Hand-computed cases of the outlook scenarios on two or three provinces. The arithmetic is written
 * above each assertion; the expected values were computed by hand (and checked with a calculator).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { convergenceRule, estimateConvergence } from "../../../src/analysis/outlook/convergence.js";
import type { OutlookHistory } from "../../../src/analysis/outlook/history.js";
import { originBase } from "../../../src/analysis/outlook/origin.js";
import { persistenceGrowth, persistenceRule } from "../../../src/analysis/outlook/persistence.js";
import { projectPath } from "../../../src/analysis/outlook/project.js";
import { groupShares } from "../../../src/analysis/outlook/shares.js";
import { shiftTargets, targetsRule } from "../../../src/analysis/outlook/targets.js";
import { trendDifferentials, trendRule } from "../../../src/analysis/outlook/trend.js";
import { deflatorChange } from "../../../src/stats/deflator.js";
import { RegeconError } from "../../../src/types/errors.js";

const close = (a: number | undefined, b: number, tol = 1e-9) => assert.ok(a !== undefined && Math.abs(a - b) <= tol, `${a} ≠ ${b}`);

/**
 * Two provinces A and B, no price change, constant population:
 *   GDP (亿元)      2021: A 90,  B 270   2022: A 100, B 300   2023: A 106, B 309
 *   real growth (%) 2022: A 5,   B 3     2023: A 6,   B 3
 *   population      10 and 20 every year
 * (2023: A 100 × 1.06 = 106, B 300 × 1.03 = 309, so both deflators are unchanged.)
 */
function twoProvinces(): OutlookHistory {
  return {
    codes: ["A", "B"],
    gdp: new Map([
      [2021, [90, 270]],
      [2022, [100, 300]],
      [2023, [106, 309]],
    ]),
    realGrowth: new Map([
      [2022, [5, 3]],
      [2023, [6, 3]],
    ]),
    population: new Map([
      [2021, [10, 20]],
      [2022, [10, 20]],
      [2023, [10, 20]],
    ]),
  };
}

test("implicit deflator: 100 → 110.25 with 5% real growth is a 5% price rise", () => {
  // 110.25 / 100 / 1.05 = 1.05 → 5 %
  close(deflatorChange(100, 110.25, 5), 5);
  // 300 → 309 with 3% real growth: 309 / 300 / 1.03 = 1 → 0 %
  close(deflatorChange(300, 309, 3), 0);
  assert.throws(() => deflatorChange(0, 1, 5), RangeError);
  assert.throws(() => deflatorChange(1, 1, -100), RangeError);
});

test("origin base: price and population assumptions and the weighted mean growth of the origin year", () => {
  const base = originBase(twoProvinces(), 2023);
  assert.ok(base.ok);
  // mean 2023 = (6 × 100 + 3 × 300) / (100 + 300) = 1500 / 400 = 3.75 (weights: GDP 2022)
  close(base.value.meanGrowth, 3.75);
  assert.deepEqual(base.value.priceChange.map((p) => Math.abs(p) < 1e-12), [true, true]);
  assert.deepEqual(base.value.populationGrowth, [0, 0]);
  const missing = originBase(twoProvinces(), 2022);
  // 2022 needs GDP and population of 2021 (present) and growth of 2022 (present): usable.
  assert.ok(missing.ok);
  const none = originBase(twoProvinces(), 2021);
  assert.ok(!none.ok);
  // 2021 lacks GDP and population of 2020 and the growth of 2021, for both provinces.
  assert.deepEqual(none.gaps.map((g) => `${g.indicator}/${g.year}/${g.codes.join("")}`), ["gdp_current/2020/AB", "gdp_index_prev_year/2021/AB", "population_year_end/2020/AB"]);
});

test("persistence: last-year rates held; nominal GDP and shares follow (hand computation)", () => {
  const h = twoProvinces();
  const growth = persistenceGrowth(h, 2023);
  assert.ok(growth.ok);
  assert.deepEqual(growth.value, [6, 3]);
  const base = originBase(h, 2023);
  assert.ok(base.ok);
  const path = projectPath(base.value, 2, persistenceRule(growth.value), () => 99);
  // 2024: A 106 × 1.06 = 112.36, B 309 × 1.03 = 318.27; share of A = 112.36 / 430.63 = 26.092004737 %
  close(path[0]!.gdp[0], 112.36);
  close(path[0]!.gdp[1], 318.27);
  close(groupShares(path[0]!.gdp, h.codes, [{ id: "a", name: "A", nameEn: "A", members: ["A"] }])[0], 26.092004737245432);
  // implied mean 2024 = (6 × 106 + 3 × 309) / 415 = 1563 / 415 = 3.766265060; the national path (99) is ignored
  close(path[0]!.meanGrowth, 3.766265060240964);
  // 2025: the same rates again, A 112.36 × 1.06 = 119.1016
  close(path[1]!.gdp[0], 119.1016);
  // a k-year mean: (5 + 6) / 2 = 5.5 and (3 + 3) / 2 = 3
  const mean2 = persistenceGrowth(h, 2023, 2);
  assert.ok(mean2.ok);
  assert.deepEqual(mean2.value, [5.5, 3]);
});

test("trend: average differentials to the weighted mean, re-centred on the national path (hand computation)", () => {
  const h = twoProvinces();
  // 2022: mean = (5 × 90 + 3 × 270) / 360 = 1260 / 360 = 3.5 → A +1.5, B −0.5
  // 2023: mean = (6 × 100 + 3 × 300) / 400 = 3.75    → A +2.25, B −0.75
  // two-year averages: A (1.5 + 2.25) / 2 = 1.875, B (−0.5 − 0.75) / 2 = −0.625
  const d = trendDifferentials(h, 2023, 2);
  assert.ok(d.ok);
  close(d.value[0], 1.875);
  close(d.value[1], -0.625);
  // 2024 with national path N = 4 and weights GDP 2023 (106, 309):
  // Σwd = (1.875 × 106 − 0.625 × 309) / 415 = (198.75 − 193.125) / 415 = 0.013554217
  // gA = 4 + 1.875 − 0.013554217 = 5.861445783; gB = 4 − 0.625 − 0.013554217 = 3.361445783
  const g = trendRule(d.value)({ year: 2024, step: 1, gdpPrev: [106, 309], populationPrev: [10, 20], populationGrowth: [0, 0], nationalGrowth: 4 })!;
  close(g[0], 5.86144578313253);
  close(g[1], 3.36144578313253);
  // check: (5.861445783 × 106 + 3.361445783 × 309) / 415 = 1660 / 415 = 4 = N
  close((g[0]! * 106 + g[1]! * 309) / 415, 4);
  // a window reaching before the data names the gaps
  const gap = trendDifferentials(h, 2023, 3);
  assert.ok(!gap.ok);
  assert.deepEqual(gap.gaps.map((x) => `${x.indicator}/${x.year}`), ["gdp_index_prev_year/2021", "gdp_current/2020"]);
});

test("convergence rule: per-capita growth gaps of β × log gap, mean on the national path (hand computation)", () => {
  // GDP per capita (any unit) A 100/10 = 10, B 300/10 = 30; β = −0.02; no population growth; N = 5.
  // e = ln 10 = 2.302585, ln 30 = 3.401197; centre 2.851891
  // aA = exp(−0.02 × (−0.549306)) = 1.011046692, aB = exp(−0.02 × 0.549306) = 0.989074004
  // Σwa = (100 × 1.011046692 + 300 × 0.989074004) / 400 = 0.994567176; factor = 1.05 / 0.994567176 = 1.055735626
  // gA = 100 × (1.011046692 × 1.055735626 − 1) = 6.739801195; gB = 100 × (0.989074004 × 1.055735626 − 1) = 4.420066268
  const g = convergenceRule(-0.02)({ year: 2024, step: 1, gdpPrev: [100, 300], populationPrev: [10, 10], populationGrowth: [0, 0], nationalGrowth: 5 })!;
  close(g[0], 6.7398011950375425);
  close(g[1], 4.420066268320855);
  // (1 + gA)/(1 + gB) = exp(−0.02 × (ln 10 − ln 30)) = 3^0.02 = 1.022215413
  close((1 + g[0]! / 100) / (1 + g[1]! / 100), 3 ** 0.02);
});

test("β estimate over a one-year window: exact fit recovers β = −0.05, speed −ln(0.95) and half-life 13.51 years", () => {
  // Three provinces with GDP per capita 1, 2, 4 (× 10⁴ 元) in 2022 and constant population; their real
  // growth in 2023 is exp(0.1 − 0.05 ln(y/10⁴)) − 1, so ln(final/initial) = const − 0.05 ln y exactly.
  // λ = −ln(1 + 1 × (−0.05)) / 1 = 0.051293294; half-life = ln 2 / λ = 13.513407334
  const y0 = [1, 2, 4];
  const h: OutlookHistory = {
    codes: ["A", "B", "C"],
    gdp: new Map([[2022, y0.map((y) => y * 10)]]),
    realGrowth: new Map([[2023, y0.map((y) => 100 * (Math.exp(0.1 - 0.05 * Math.log(y)) - 1))]]),
    population: new Map([
      [2022, [10, 10, 10]],
      [2023, [10, 10, 10]],
    ]),
  };
  const c = estimateConvergence(h, 2023, 1);
  assert.ok(c.ok);
  assert.equal(c.value.fromYear, 2022);
  close(c.value.estimate.beta, -0.05, 1e-12);
  close(c.value.estimate.speed, 0.05129329438755058, 1e-12);
  close(c.value.estimate.halfLife, 13.513407333964874, 1e-9);
});

test("targets: shifted by one number of points so that the weighted mean equals the national path; differences kept (hand computation)", () => {
  // GDP of the year before A 100, B 200, C 100; targets A 6, B 5, C none; N = 4.
  // mean target (A, B) = (6 × 100 + 5 × 200) / 300 = 5.333…; shift c = 4 − 5.333… = −1.333…
  // gA = 6 − 1.333… = 4.666…, gB = 5 − 1.333… = 3.666…, gC = N = 4; mean (466.67 + 733.33 + 400) / 400 = 4
  const s = shiftTargets(new Map([["A", 6], ["B", 5]]), ["A", "B", "C"], [100, 200, 100], 4, 2025)!;
  close(s.meanTarget, 16 / 3);
  close(s.shift, 4 - 16 / 3);
  close(s.growth[0], 14 / 3);
  close(s.growth[1], 11 / 3);
  assert.equal(s.growth[2], 4);
  close(s.growth[0]! - s.growth[1]!, 1); // the targets' one-point difference is kept
  assert.equal(s.size, "large"); // |−1.33| > 1 point
  assert.deepEqual(s.missing, ["C"]);
  assert.equal(shiftTargets(new Map(), ["A"], [1], 4, 2025), undefined);
  // the rule reads the year's targets and ignores the national row (code 100000) and other years
  const rule = targetsRule(
    [
      { code: "A", year: 2025, target: 6, source: "x", line: 2 },
      { code: "B", year: 2025, target: 5, source: "x", line: 3 },
      { code: "100000", year: 2025, target: 5, source: "x", line: 4 },
      { code: "C", year: 2026, target: 9, source: "x", line: 5 },
    ],
    ["A", "B", "C"],
  );
  assert.deepEqual(rule({ year: 2025, step: 1, gdpPrev: [100, 200, 100], populationPrev: [1, 1, 1], populationGrowth: [0, 0, 0], nationalGrowth: 4 }), s.growth);
  assert.equal(rule({ year: 2027, step: 3, gdpPrev: [100, 200, 100], populationPrev: [1, 1, 1], populationGrowth: [0, 0, 0], nationalGrowth: 4 }), undefined);
});

test("targets too far from the national path, or shifted out of range, are refused (TARGETS_INCONSISTENT), never scaled without bound", () => {
  const refused = (targets: [string, number][], gdp: number[], national: number, pattern: RegExp) =>
    assert.throws(
      () => shiftTargets(new Map(targets), targets.map(([c]) => c), gdp, national, 2025),
      (e: unknown) => e instanceof RegeconError && e.code === "TARGETS_INCONSISTENT" && /2025/.test(e.text.en) && pattern.test(e.text.en),
    );
  // the tester's files: Beijing −4 and Shanghai 4 (mean near 0) used to give a factor of −60 000; Beijing −2, Shanghai 3 a factor of 8.4
  refused([["A", -4], ["B", 4]], [100, 100], 5, /shifted by 5\.00 points, more than the limit of 3 points/);
  refused([["A", -2], ["B", 3]], [100, 100], 5, /mean .* is 0\.50%/);
  refused([["A", 0.5], ["B", 0.6]], [100, 100], 5, /more than the limit/);
  // edge: a shift of exactly 3 points is applied (large), just beyond is refused
  assert.equal(shiftTargets(new Map([["A", 2]]), ["A"], [1], 5, 2025)!.size, "large");
  refused([["A", 1.99]], [1], 5, /3\.01 points/);
  // a mean inside the bound, but a shifted target above 30%: mean (29.5 × 1 + 1 × 100) / 101 = 1.282, shift 2.718 → 32.2%
  refused([["A", 29.5], ["B", 1]], [1, 100], 4, /becomes 32\.22%/);
});
