import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { ascendingOrder, distribution, reweighted } from "../../src/stats/distribution.js";
import { inequalityIndices } from "../../src/stats/inequalityIndices.js";
import { gini, giniWeighted } from "../../src/stats/gini.js";
import { theilL, theilT } from "../../src/stats/theil.js";
import { atkinson } from "../../src/stats/atkinson.js";
import { standardDeviation } from "../../src/stats/standardDeviation.js";
import { coefficientOfVariation, williamsonCV } from "../../src/stats/coefficientOfVariation.js";
import { maxMinRatio } from "../../src/stats/maxMinRatio.js";
import { range } from "../../src/stats/range.js";
import { topBottomRatio } from "../../src/stats/quintileRatio.js";

const close = (a: number, b: number, tol = 1e-12, msg?: string) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), msg ?? `${a} ≠ ${b}`);

// Any finite double: negatives, ±0, subnormals, huge magnitudes and many ties (small integers).
const anyFinite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE));

test("property: ascendingOrder (radix on IEEE bits) equals a stable comparator sort, ties in input order", () => {
  fc.assert(
    fc.property(fc.array(anyFinite, { maxLength: 300 }), (xs) => {
      const expected = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
      const got = [...ascendingOrder(xs)];
      // -0 and 0 compare equal; the radix puts -0 first, so compare the values and the tie order of equal non-zero values
      assert.deepEqual(got.map((i) => xs[i]! + 0), expected.map((i) => xs[i]! + 0));
      for (let k = 1; k < got.length; k++) if (xs[got[k]!] === xs[got[k - 1]!] && Object.is(xs[got[k]!], xs[got[k - 1]!])) assert.ok(got[k]! > got[k - 1]!);
      assert.deepEqual([...got].sort((a, b) => a - b), xs.map((_, i) => i));
    }),
    { numRuns: 300 },
  );
});

test("property: ascendingOrder among values that agree in their high 32 bits (short runs by insertion, long runs by radix on the low bits)", () => {
  // 1000 ± r·2⁻²⁰ share sign, exponent and the top 20 mantissa bits: they differ in the low word only.
  const near = fc.oneof(fc.integer({ min: -40, max: 40 }).map((r) => 1000 + r * 2 ** -20), fc.integer({ min: -40, max: 40 }).map((r) => -1000 + r * 2 ** -20));
  fc.assert(
    fc.property(fc.array(near, { maxLength: 400 }), (xs) => {
      const expected = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
      assert.deepEqual([...ascendingOrder(xs)], expected);
    }),
    { numRuns: 200 },
  );
});

test("ascendingOrder on a million values is a permutation in ascending order", () => {
  let seed = 7;
  const xs = Array.from({ length: 1_000_000 }, () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.3) * 1e6);
  const order = ascendingOrder(xs);
  const seen = new Uint8Array(xs.length);
  for (let k = 0; k < order.length; k++) {
    seen[order[k]!] = 1;
    if (k > 0) assert.ok(xs[order[k]!]! >= xs[order[k - 1]!]!);
  }
  assert.equal(seen.reduce((a, b) => a + b, 0), xs.length);
});

/** Gini by its definition, ΣΣ pᵢpⱼ|yᵢ − yⱼ| / (2 P² ȳ), in O(n²): no sort, no cumulative sums. */
function naiveGini(y: readonly number[], p: readonly number[]): number {
  let P = 0;
  let Y = 0;
  for (let i = 0; i < y.length; i++) {
    P += p[i]!;
    Y += p[i]! * y[i]!;
  }
  let s = 0;
  for (let i = 0; i < y.length; i++) for (let j = 0; j < y.length; j++) s += p[i]! * p[j]! * Math.abs(y[i]! - y[j]!);
  return s / (2 * P * Y);
}

const region = fc.record({ y: fc.oneof(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 5 })), p: fc.double({ min: 0.1, max: 1e4, noNaN: true }) });
const panel = fc.array(region, { minLength: 1, maxLength: 60 });

test("property: the sorted-once Gini (weighted and unweighted) equals the O(n²) definition", () => {
  fc.assert(
    fc.property(panel, (rs) => {
      const y = rs.map((r) => r.y);
      const p = rs.map((r) => r.p);
      close(gini(y), naiveGini(y, y.map(() => 1)), 1e-9);
      close(giniWeighted(y, p), naiveGini(y, p), 1e-9);
    }),
    { numRuns: 300 },
  );
});

test("property: inequalityIndices (one check, one sort) gives exactly what each single-index function gives", () => {
  fc.assert(
    fc.property(panel, fc.boolean(), (rs, weighted) => {
      const y = rs.map((r) => r.y);
      const p = weighted ? rs.map((r) => r.p) : undefined;
      const all = inequalityIndices(y, p);
      const expected = {
        n: y.length,
        mean: y.reduce((a, b) => a + b, 0) / y.length,
        weightedMean: p ? y.reduce((a, v, i) => a + v * p[i]!, 0) / p.reduce((a, b) => a + b, 0) : undefined,
        max: y.reduce((a, b) => Math.max(a, b)),
        min: y.reduce((a, b) => Math.min(a, b)),
        sd: standardDeviation(y),
        range: range(y),
        cv: coefficientOfVariation(y),
        williamsonCV: p && williamsonCV(y, p),
        gini: gini(y),
        giniWeighted: p && giniWeighted(y, p),
        theilT: theilT(y),
        theilTWeighted: p && theilT(y, p),
        theilL: theilL(y),
        theilLWeighted: p && theilL(y, p),
        atkinson05: atkinson(y, 0.5),
        atkinson05Weighted: p && atkinson(y, 0.5, p),
        atkinson2: atkinson(y, 2),
        atkinson2Weighted: p && atkinson(y, 2, p),
        maxMinRatio: maxMinRatio(y),
        top20Bottom20: p && topBottomRatio(y, p),
        sdLog: standardDeviation(y.map(Math.log)),
      };
      assert.deepEqual(Object.keys(all), Object.keys(expected));
      for (const [k, v] of Object.entries(expected)) {
        const got = (all as unknown as Record<string, number | undefined>)[k];
        if (v === undefined) assert.equal(got, undefined, k);
        else close(got!, v, 1e-12, `${k}: ${got} ≠ ${v}`);
      }
    }),
    { numRuns: 200 },
  );
});

test("a reweighted distribution shares the sort but not the totals; checks still name the function and the value", () => {
  const u = distribution("f", [3, 1, 2]);
  const p = reweighted("f", u, [1, 1, 2]);
  assert.equal(p.order, u.order);
  assert.deepEqual([...p.ascending().values], [1, 2, 3]);
  assert.deepEqual([...p.ascending().weights], [1, 2, 1]);
  assert.equal(u.mean, 2);
  assert.equal(p.mean, 2);
  assert.equal(p.totalWeight, 4);
  assert.throws(() => reweighted("g", u, [1, -1, 1]), /g: weight 1 is -1/);
  assert.throws(() => distribution("h", [1, Infinity]), /h: value 1 is Infinity/);
  assert.throws(() => inequalityIndices([1, 2, 0], undefined), /value 2 is 0; values must be > 0/);
});
