import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { ols } from "../../src/stats/ols.js";
import { betaConvergence, sigmaConvergence } from "../../src/stats/convergence.js";
import { normalCdf, studentTCdf } from "../../src/stats/distributions.js";
import { mulberry32 } from "../../src/stats/prng.js";

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);

// R datasets::cars; expected values from R 4 `summary(lm(dist ~ speed, cars))$coefficients`, `$r.squared`.
const speed = [4, 4, 7, 7, 8, 9, 10, 10, 10, 11, 11, 12, 12, 12, 12, 13, 13, 13, 13, 14, 14, 14, 14, 15, 15, 15, 16, 16, 17, 17, 17, 18, 18, 18, 18, 19, 19, 19, 20, 20, 20, 20, 20, 22, 23, 24, 24, 24, 24, 25];
const dist = [2, 10, 4, 22, 16, 10, 18, 26, 34, 17, 28, 14, 20, 24, 28, 26, 34, 34, 46, 26, 36, 60, 80, 20, 26, 54, 32, 40, 32, 40, 50, 42, 56, 76, 84, 36, 46, 68, 32, 48, 52, 56, 64, 66, 54, 70, 92, 93, 120, 85];

test("ols matches R summary(lm(dist ~ speed, cars))", () => {
  const fit = ols(speed.map((s) => [1, s]), dist);
  close(fit.coefficients[0]!, -17.57909489051089, 1e-12);
  close(fit.coefficients[1]!, 3.93240875912409, 1e-12);
  close(fit.standardErrors[0]!, 6.758440169379234, 1e-12);
  close(fit.standardErrors[1]!, 0.415512776657122, 1e-12);
  close(fit.tValues[1]!, 9.46398999029837, 1e-12);
  close(fit.pValues[0]!, 1.2318816153809e-2, 1e-9);
  close(fit.pValues[1]!, 1.48983649629509e-12, 1e-6);
  close(fit.rSquared, 0.651079380758251, 1e-12);
  assert.equal(fit.df, 48);
});

test("distributions match R: pt(-1.5, 7) = 0.088649243494985, pnorm(-2.3) = 0.0107241100216758", () => {
  close(studentTCdf(-1.5, 7), 0.088649243494985, 1e-12);
  close(normalCdf(-2.3), 0.0107241100216758, 1e-12);
  close(normalCdf(0), 0.5, 1e-15);
  close(normalCdf(5) + normalCdf(-5), 1, 1e-15);
});

test("ols rejects collinear design and too few rows", () => {
  assert.throws(() => ols([[1, 1], [1, 1], [1, 1]], [1, 2, 3]), /singular/);
  assert.throws(() => ols([[1, 2]], [1]), /more observations/);
});

test("σ-convergence: trend of a dispersion series; R lm(s ~ year) slope −0.126060606060605, se 0.0137603788360517", () => {
  const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
  const s = [3, 2.8, 2.9, 2.5, 2.6, 2.2, 2.3, 2.0, 1.9, 2.0];
  const r = sigmaConvergence(years, s);
  close(r.slope, -0.126060606060605, 1e-10);
  close(r.standardError, 0.0137603788360517, 1e-10);
  close(r.pValue, 1.62617299550397e-5, 1e-6);
  assert.equal(r.converging, true);
  assert.equal(r.diverging, false);
  assert.throws(() => sigmaConvergence([2020, 2021], [1, 2]), /at least 3/);
});

test("β-convergence recovers a known β, speed λ = −ln(1+Tβ)/T and half-life ln2/λ", () => {
  const rng = mulberry32(7);
  const T = 10;
  const beta = -0.03;
  const y0 = Array.from({ length: 31 }, () => 20000 + 150000 * rng.next());
  // g = a + β ln y0 exactly → final = y0 · exp(T g)
  const yT = y0.map((v) => v * Math.exp(T * (0.4 + beta * Math.log(v))));
  const r = betaConvergence(y0, yT, T);
  close(r.beta, beta, 1e-10);
  close(r.alpha, 0.4, 1e-9);
  close(r.speed!, -Math.log(1 + T * beta) / T, 1e-9);
  close(r.halfLife!, Math.LN2 / r.speed!, 1e-12);
  assert.ok(r.betaStandardError < 1e-8);
  // Speed of a known case: β = −0.03, T = 10 → λ = −ln(0.7)/10 = 0.0356675
  close(r.speed!, 0.035667494393873, 1e-9);
});

test("conditional β with group dummies absorbs group-specific intercepts", () => {
  const rng = mulberry32(11);
  const groups = Array.from({ length: 40 }, (_, i) => ["东部", "中部", "西部", "东北"][i % 4]!);
  const shift: Record<string, number> = { 东部: 0, 中部: 0.01, 西部: 0.02, 东北: -0.01 };
  const y0 = groups.map(() => 20000 + 100000 * rng.next());
  const yT = y0.map((v, i) => v * Math.exp(5 * (0.3 + shift[groups[i]!]! - 0.02 * Math.log(v))));
  const r = betaConvergence(y0, yT, 5, groups);
  close(r.beta, -0.02, 1e-9);
  // reference group is the first in sorted order; one dummy for each other group
  const sorted = [...new Set(groups)].sort();
  const ref = sorted[0]!;
  assert.deepEqual(r.dummies.map((d) => d.group), sorted.slice(1));
  for (const d of r.dummies) close(d.coefficient, shift[d.group]! - shift[ref]!, 1e-8);
});

test("β-convergence: 1 + Tβ ≤ 0 gives no speed and no half-life; invalid input throws", () => {
  const y0 = [1, 2, 3, 4, 5];
  const yT = y0.map((v) => v ** -1.5 * 10); // β = (−2.5)/1 → 1 + Tβ < 0
  const r = betaConvergence(y0, yT, 1);
  assert.equal(r.speed, undefined);
  assert.equal(r.halfLife, undefined);
  assert.throws(() => betaConvergence([1, 0], [1, 2], 5), /must be finite and > 0/);
  assert.throws(() => betaConvergence([1, 2], [1, 2], 0), /period/);
});

test("property: β is invariant to scaling all levels and to region order", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.double({ min: 100, max: 1e5, noNaN: true }), fc.double({ min: 0.5, max: 3, noNaN: true })), { minLength: 4, maxLength: 30 }), fc.double({ min: 0.1, max: 10, noNaN: true }), (pairs, k) => {
      const y0 = pairs.map((p) => p[0]);
      const yT = pairs.map((p) => p[0] * p[1]);
      const spread = Math.max(...y0) / Math.min(...y0);
      fc.pre(spread > 1.01);
      const a = betaConvergence(y0, yT, 5);
      const b = betaConvergence(y0.map((v) => v * k).reverse(), yT.map((v) => v * k).reverse(), 5);
      close(a.beta, b.beta, 1e-6);
    }),
    { numRuns: 100 },
  );
});
