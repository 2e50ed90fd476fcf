/**
 * Laws of the outlook projections (fast-check): shares of a partition add to 100, a zero-differential
 * trend keeps real shares, β = 0 keeps per-capita differentials, every scenario with a national path
 * lands on it, the targets shift keeps the differences between targets.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { convergenceRule } from "../../../src/analysis/outlook/convergence.js";
import type { OriginBase } from "../../../src/analysis/outlook/origin.js";
import { projectPath } from "../../../src/analysis/outlook/project.js";
import { displayShares, groupShares } from "../../../src/analysis/outlook/shares.js";
import { shiftTargets } from "../../../src/analysis/outlook/targets.js";
import { trendRule } from "../../../src/analysis/outlook/trend.js";
import { weightedMean } from "../../../src/stats/weightedMean.js";

/** A random origin of 3–8 provinces: GDP, population, growth, price and population assumptions. */
const originArb = fc.integer({ min: 3, max: 8 }).chain((n) =>
  fc.record({
    gdp: fc.array(fc.double({ min: 100, max: 150000, noNaN: true }), { minLength: n, maxLength: n }),
    population: fc.array(fc.double({ min: 50, max: 13000, noNaN: true }), { minLength: n, maxLength: n }),
    realGrowth: fc.array(fc.double({ min: -5, max: 12, noNaN: true }), { minLength: n, maxLength: n }),
    priceChange: fc.array(fc.double({ min: -5, max: 8, noNaN: true }), { minLength: n, maxLength: n }),
    populationGrowth: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n, maxLength: n }),
    nationalGrowth: fc.double({ min: -3, max: 10, noNaN: true }),
    differentials: fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n, maxLength: n }),
    beta: fc.double({ min: -0.1, max: 0.05, noNaN: true }),
    targetsShift: fc.double({ min: -3, max: 3, noNaN: true }),
  }),
);

function baseOf(o: { gdp: number[]; population: number[]; realGrowth: number[]; priceChange: number[]; populationGrowth: number[] }): OriginBase {
  const codes = o.gdp.map((_, i) => `P${i}`);
  return { year: 2024, codes, gdp: o.gdp, population: o.population, realGrowth: o.realGrowth, priceChange: o.priceChange, populationGrowth: o.populationGrowth, meanGrowth: 5 };
}

/** Split the provinces into two groups (a partition), by parity of the index. */
const halves = (codes: readonly string[]) => [
  { id: "even", name: "even", nameEn: "even", members: codes.filter((_, i) => i % 2 === 0) },
  { id: "odd", name: "odd", nameEn: "odd", members: codes.filter((_, i) => i % 2 === 1) },
];

test("projected shares of a partition sum to 100, and the displayed (largest-remainder) shares to exactly 100", () => {
  fc.assert(
    fc.property(originArb, fc.integer({ min: 0, max: 2 }), (o, decimals) => {
      const base = baseOf(o);
      const path = projectPath(base, 3, convergenceRule(o.beta), () => o.nationalGrowth);
      for (const y of path) {
        const shares = groupShares(y.gdp, base.codes, halves(base.codes));
        assert.ok(Math.abs(shares[0]! + shares[1]! - 100) < 1e-9);
        const shown = displayShares(shares, decimals);
        assert.equal(Math.round(shown.reduce((a, b) => a + b, 0) * 10 ** decimals), 100 * 10 ** decimals);
        const provinces = groupShares(y.gdp, base.codes, base.codes.map((c) => ({ id: c, name: c, nameEn: c, members: [c] })));
        assert.ok(Math.abs(provinces.reduce((a, b) => a + b, 0) - 100) < 1e-9);
      }
    }),
  );
});

test("a zero-differential trend scenario keeps every province's share constant in real terms", () => {
  fc.assert(
    fc.property(originArb, (o) => {
      const base = baseOf(o);
      const zero = base.codes.map(() => 0);
      const path = projectPath(base, 4, trendRule(zero), () => o.nationalGrowth);
      const before = groupShares(base.gdp, base.codes, base.codes.map((c) => ({ id: c, name: c, nameEn: c, members: [c] })));
      for (const y of path) {
        // every province grows at the national path …
        for (const g of y.realGrowth) assert.ok(Math.abs(g - o.nationalGrowth) < 1e-9);
        // … so real (origin-price) shares do not move
        const after = groupShares(y.realGdp, base.codes, base.codes.map((c) => ({ id: c, name: c, nameEn: c, members: [c] })));
        after.forEach((s, i) => assert.ok(Math.abs(s - before[i]!) < 1e-9));
      }
    }),
  );
});

test("β = 0 keeps the differentials of real GDP per capita (every province's per-capita level grows alike)", () => {
  fc.assert(
    fc.property(originArb, (o) => {
      const base = baseOf(o);
      const path = projectPath(base, 4, convergenceRule(0), () => o.nationalGrowth);
      const logGap = (gdp: readonly number[], pop: readonly number[]) => gdp.map((y, i) => Math.log(y / pop[i]!) - Math.log(gdp[0]! / pop[0]!));
      const before = logGap(base.gdp, base.population);
      for (const y of path) logGap(y.realGdp, y.population).forEach((d, i) => assert.ok(Math.abs(d - before[i]!) < 1e-9, `${d} vs ${before[i]}`));
    }),
  );
});

test("trend, convergence (any β) and targets land exactly on the national path", () => {
  fc.assert(
    fc.property(originArb, (o) => {
      const base = baseOf(o);
      for (const rule of [trendRule(o.differentials), convergenceRule(o.beta)]) {
        const path = projectPath(base, 3, rule, () => o.nationalGrowth);
        for (const y of path) assert.ok(Math.abs(y.meanGrowth - o.nationalGrowth) < 1e-9);
      }
      // targets between 3 and 6%, the national path within 3 points of their weighted mean (the bound)
      const targets = new Map(base.codes.slice(1).map((c, i) => [c, 3 + Math.abs(o.differentials[i]!)] as const));
      const mean = weightedMean([...targets.values()], base.gdp.slice(1));
      const national = mean + o.targetsShift;
      const shifted = shiftTargets(targets, base.codes, base.gdp, national, 2025)!;
      assert.ok(Math.abs(weightedMean(shifted.growth, base.gdp) - national) < 1e-9);
      assert.deepEqual(shifted.missing, [base.codes[0]]);
      // the differences between the provinces' targets are kept exactly
      const codes = [...targets.keys()];
      for (let i = 1; i < codes.length; i++) {
        const gi = shifted.growth[base.codes.indexOf(codes[i]!)]!;
        const g0 = shifted.growth[base.codes.indexOf(codes[0]!)]!;
        assert.ok(Math.abs(gi - g0 - (targets.get(codes[i]!)! - targets.get(codes[0]!)!)) < 1e-9);
      }
    }),
  );
});

test("with a negative β, a poorer province's real GDP per capita grows faster than a richer one's", () => {
  fc.assert(
    fc.property(originArb, (o) => {
      const base = { ...baseOf(o), populationGrowth: o.gdp.map(() => 0) };
      const g = convergenceRule(-Math.abs(o.beta) - 0.001)({ year: 2025, step: 1, gdpPrev: base.gdp, populationPrev: base.population, populationGrowth: base.populationGrowth, nationalGrowth: o.nationalGrowth })!;
      const perCapita = base.gdp.map((y, i) => y / base.population[i]!);
      for (let i = 0; i < g.length; i++) for (let j = 0; j < g.length; j++) if (perCapita[i]! < perCapita[j]! * (1 - 1e-9)) assert.ok(g[i]! > g[j]!);
    }),
  );
});
