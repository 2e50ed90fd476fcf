import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { theilT, theilL, generalizedEntropy } from "../../src/stats/theil.js";
import { theilDecomposition } from "../../src/stats/theilDecomposition.js";
import { gini, giniWeighted } from "../../src/stats/gini.js";
import { standardDeviation } from "../../src/stats/standardDeviation.js";
import { range } from "../../src/stats/range.js";
import { coefficientOfVariation, williamsonCV } from "../../src/stats/coefficientOfVariation.js";
import { atkinson } from "../../src/stats/atkinson.js";
import { maxMinRatio } from "../../src/stats/maxMinRatio.js";
import { topBottomRatio } from "../../src/stats/quintileRatio.js";

const close = (a: number, b: number, tol = 1e-9, msg?: string) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), msg ?? `${a} ≠ ${b}`);

// PySAL (pysal/inequality) Mexico example: test/fixtures/mexico/mexico.csv, copied from the
// PySAL example datasets (Rey & Sastre Gutiérrez 2010), see mexico-README.md.
const rows = readFileSync(new URL("../fixtures/mexico/mexico.csv", import.meta.url), "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.split(","));
const pc1940 = rows.map((r) => Number(r[1]));
const hanson98 = rows.map((r) => String(Number(r[9])));

test("PySAL inequality Theil(mexico pcgdp1940).T = 0.20894344 (unweighted Theil T)", () => {
  assert.equal(rows.length, 32);
  close(theilT(pc1940), 0.20894344, 1e-8);
});

test("PySAL inequality TheilD(mexico 1940, hanson98).bg = 0.0345889 (between-group, unweighted)", () => {
  const d = theilDecomposition(pc1940, hanson98);
  close(d.between, 0.0345889, 1e-7);
  close(d.total, 0.20894344, 1e-8);
  close(d.between + d.within, d.total, 1e-12);
});

test("PySAL inequality Gini(mexico pcgdp1940).g = 0.35372371173452849", () => {
  close(gini(pc1940), 0.35372371173452849, 1e-14);
});

test("REAT textbook vector c(10,10,10,20,50): theil() = GE(0) = 0.2326302, Theil T = 0.2502012", () => {
  // REAT (Wieland) documentation example; REAT's `theil()` is the mean log deviation.
  const x = [10, 10, 10, 20, 50];
  close(theilL(x), 0.2326302, 1e-7);
  close(theilT(x), 0.2502012, 1e-7);
  close(generalizedEntropy(x, 0), theilL(x), 1e-15);
  close(generalizedEntropy(x, 1), theilT(x), 1e-15);
  // GE(α) → GE(1) continuously
  close(generalizedEntropy(x, 1 + 1e-7), theilT(x), 1e-6);
});

test("small hand-checked values", () => {
  close(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), 2, 1e-15); // divisor n
  assert.equal(range([3, 10, 4]), 7);
  close(coefficientOfVariation([1, 3]), 0.5, 1e-15);
  assert.equal(maxMinRatio([2, 5, 10]), 5);
  close(gini([0, 0, 0, 1]), 0.75, 1e-15); // (n−1)/n for total concentration
  // Weighted Gini: two regions, y = 1 and 3, populations 3 and 1 → |Δ|·2·3·1 / (2·16·1.5) = 0.25
  close(giniWeighted([1, 3], [3, 1]), 0.25, 1e-15);
  // Williamson: same data, ȳ = 1.5, var = (3·0.25 + 1·2.25)/4 = 0.75 → √0.75/1.5
  close(williamsonCV([1, 3], [3, 1]), Math.sqrt(0.75) / 1.5, 1e-15);
  // Atkinson by hand from Atkinson's (1970) definition, c(10,10,10,20,50), ȳ = 20, equal weights:
  // ε = 0.5: 1 − [(3·√0.5 + 1 + √2.5)/5]² ; ε = 2: 1 − 1/((3·2 + 1 + 0.4)/5) = 1 − 5/7.4 ;
  // ε = 1: 1 − geometric mean / ȳ = 1 − (10³·20·50)^(1/5)/20
  close(atkinson([10, 10, 10, 20, 50], 0.5), 1 - ((3 * Math.sqrt(0.5) + 1 + Math.sqrt(2.5)) / 5) ** 2, 1e-14);
  close(atkinson([10, 10, 10, 20, 50], 2), 1 - 5 / 7.4, 1e-14);
  close(atkinson([10, 10, 10, 20, 50], 1), 1 - (1000 * 20 * 50) ** (1 / 5) / 20, 1e-14);
  close(atkinson([10, 10, 10, 20, 50], 0), 0, 1e-15);
  // top/bottom 20% of 5 equal-population regions = top region / bottom region
  close(topBottomRatio([10, 10, 10, 20, 50], [1, 1, 1, 1, 1]), 5, 1e-15);
  // straddling region split: populations 1,3 and 20% of 4 = 0.8 → ratio 3/1
  close(topBottomRatio([1, 3], [1, 3]), 3, 1e-15);
});

test("invalid input throws RangeError with the function's name", () => {
  assert.throws(() => theilT([]), /theilT: empty input/);
  assert.throws(() => theilT([1, -1]), /theilT: value 1 is -1/);
  assert.throws(() => theilL([1, 0]), /theilL: value 1 is 0; values must be > 0/);
  assert.throws(() => theilT([1, Number.NaN]), /missing data must be removed/);
  assert.throws(() => giniWeighted([1, 2], [1]), /2 values but 1 weights/);
  assert.throws(() => williamsonCV([1, 2], [0, 0]), /weights sum to 0/);
  assert.throws(() => atkinson([1, 2], -1), /epsilon/);
  assert.throws(() => theilDecomposition([1, 2], ["a"]), /group labels/);
});

// ---- properties -------------------------------------------------------------------------------
const region = fc.record({ y: fc.double({ min: 1, max: 1e6, noNaN: true }), p: fc.double({ min: 0.1, max: 1e4, noNaN: true }), g: fc.constantFrom("东部", "中部", "西部", "东北") });
const panel = fc.array(region, { minLength: 1, maxLength: 40 });

type Idx = (y: number[], p: number[]) => number;
const relative: [string, Idx][] = [
  ["cv", (y) => coefficientOfVariation(y)],
  ["williamsonCV", (y, p) => williamsonCV(y, p)],
  ["gini", (y) => gini(y)],
  ["giniWeighted", (y, p) => giniWeighted(y, p)],
  ["theilT", (y) => theilT(y)],
  ["theilT weighted", (y, p) => theilT(y, p)],
  ["theilL", (y) => theilL(y)],
  ["theilL weighted", (y, p) => theilL(y, p)],
  ["atkinson(0.5) weighted", (y, p) => atkinson(y, 0.5, p)],
  ["atkinson(2) weighted", (y, p) => atkinson(y, 2, p)],
  ["maxMinRatio", (y) => maxMinRatio(y)],
  ["top20/bottom20", (y, p) => topBottomRatio(y, p)],
];
const absolute: [string, Idx][] = [
  ["sd", (y) => standardDeviation(y)],
  ["sd weighted", (y, p) => standardDeviation(y, p)],
  ["range", (y) => range(y)],
];

test("property: permuting (value, weight) pairs changes no index (weighted Gini included, unlike REAT)", () => {
  fc.assert(
    fc.property(panel, fc.integer(), (rs, seed) => {
      const shuffled = [...rs].map((r, i) => ({ r, k: ((i + 1) * 2654435761 + seed) % 1000003 })).sort((a, b) => a.k - b.k).map((x) => x.r);
      for (const [name, f] of [...relative, ...absolute]) {
        close(f(shuffled.map((r) => r.y), shuffled.map((r) => r.p)), f(rs.map((r) => r.y), rs.map((r) => r.p)), 1e-9, name);
      }
    }),
    { numRuns: 200 },
  );
});

test("property: scaling all values changes no relative index (and scales absolute ones)", () => {
  fc.assert(
    fc.property(panel, fc.double({ min: 0.01, max: 100, noNaN: true }), (rs, k) => {
      const y = rs.map((r) => r.y);
      const p = rs.map((r) => r.p);
      const ky = y.map((v) => v * k);
      for (const [name, f] of relative) close(f(ky, p), f(y, p), 1e-8, name);
      // Absolute indices are in the values' unit: their rounding error scales with the values' magnitude.
      const magnitude = Math.max(...ky.map(Math.abs));
      for (const [name, f] of absolute) close(f(ky, p), k * f(y, p), 1e-8 * Math.max(1, magnitude), name);
    }),
    { numRuns: 200 },
  );
});

test("property: equal weights reproduce the unweighted index", () => {
  fc.assert(
    fc.property(panel, fc.double({ min: 0.5, max: 50, noNaN: true }), (rs, c) => {
      const y = rs.map((r) => r.y);
      const eq = y.map(() => c);
      close(williamsonCV(y, eq), coefficientOfVariation(y), 1e-9);
      close(giniWeighted(y, eq), gini(y), 1e-9);
      close(theilT(y, eq), theilT(y), 1e-9);
      close(theilL(y, eq), theilL(y), 1e-9);
      close(standardDeviation(y, eq), standardDeviation(y), 1e-9);
      close(atkinson(y, 0.5, eq), atkinson(y, 0.5), 1e-9);
    }),
    { numRuns: 200 },
  );
});

test("property: one region or equal values give zero inequality (ratios give 1)", () => {
  fc.assert(
    fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.array(fc.double({ min: 0.1, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }), (v, p) => {
      const y = p.map(() => v);
      for (const [name, f] of relative) {
        const expected = name === "maxMinRatio" || name === "top20/bottom20" ? 1 : 0;
        close(f(y, p), expected, 1e-9, name);
      }
      for (const [name, f] of absolute) close(f(y, p), 0, 1e-9, name);
    }),
    { numRuns: 200 },
  );
});

test("property: Theil T and L decompositions — between + within = total, within ≥ 0, between ≥ 0", () => {
  fc.assert(
    fc.property(panel, fc.boolean(), fc.constantFrom<"T" | "L">("T", "L"), (rs, weighted, kind) => {
      const y = rs.map((r) => r.y);
      const p = weighted ? rs.map((r) => r.p) : undefined;
      const d = theilDecomposition(y, rs.map((r) => r.g), p, kind);
      close(d.between + d.within, d.total, 1e-9);
      assert.ok(d.within >= 0 && d.between >= 0);
      close(d.total, kind === "T" ? theilT(y, p) : theilL(y, p), 1e-12);
      close(d.groups.reduce((s, g) => s + g.withinContribution, 0), d.within, 1e-12);
      close(d.groups.reduce((s, g) => s + g.populationShare, 0), 1, 1e-12);
      close(d.groups.reduce((s, g) => s + g.incomeShare, 0), 1, 1e-12);
    }),
    { numRuns: 200 },
  );
});

test("property: the between part equals the index of group means given to every member", () => {
  fc.assert(
    fc.property(panel, (rs) => {
      const y = rs.map((r) => r.y);
      const p = rs.map((r) => r.p);
      const d = theilDecomposition(y, rs.map((r) => r.g), p, "T");
      const meanOf = new Map(d.groups.map((g) => [g.group, g.mean]));
      close(d.between, theilT(rs.map((r) => meanOf.get(r.g)!), p), 1e-9);
    }),
    { numRuns: 100 },
  );
});
