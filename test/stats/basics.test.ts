import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { competitionRank, isTied } from "../../src/stats/rank.js";
import { differenceInPoints, shareOfTotal } from "../../src/stats/share.js";
import { weightedMean } from "../../src/stats/weightedMean.js";
import { cagr, growthFromIndex, nominalGrowth } from "../../src/stats/growth.js";
import { countAbove, sum } from "../../src/stats/sum.js";

test("competitionRank: ties share the best rank and the next rank skips (1, 2, 2, 4)", () => {
  assert.deepEqual(competitionRank([6.5, 5.8, 5.8, 5.1]), [1, 2, 2, 4]);
  assert.deepEqual(competitionRank([3, 1, 2], "asc"), [3, 1, 2]);
  assert.deepEqual(competitionRank([5, undefined, 7]), [2, undefined, 1]);
  assert.equal(isTied([5.8, 5.8, 5.1], 0), true);
  assert.equal(isTied([5.8, 5.8, 5.1], 2), false);
});

test("competitionRank: equal values rank equal; rank = 1 + number of strictly better values (property)", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }), (xs) => {
      const r = competitionRank(xs);
      return xs.every((x, i) => r[i] === 1 + xs.filter((y) => y > x).length && xs.every((y, j) => y !== x || r[j] === r[i]));
    }),
  );
});

test("competitionRank: NaN and ±Infinity are missing — no rank, no place, no tie", () => {
  // Before the fix NaN ranked first: no value is "> NaN", so it counted 0 better values.
  assert.deepEqual(competitionRank([5, Number.NaN, 7]), [2, undefined, 1]);
  assert.deepEqual(competitionRank([5, Number.NaN, 7], "asc"), [1, undefined, 2]);
  assert.deepEqual(competitionRank([Number.POSITIVE_INFINITY, 3, Number.NEGATIVE_INFINITY]), [undefined, 1, undefined]);
  assert.deepEqual(competitionRank([Number.NaN, Number.NaN]), [undefined, undefined]);
  assert.equal(isTied([Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY], 0), false);
});

test("competitionRank: ranks of finite values are unchanged by adding NaN, ±Infinity or undefined entries (property)", () => {
  const notFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined);
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 30 }),
      fc.array(fc.tuple(fc.nat(), notFinite), { minLength: 1, maxLength: 10 }),
      fc.constantFrom("desc" as const, "asc" as const),
      (finite, inserts, order) => {
        const mixed: (number | undefined)[] = [...finite];
        const at: boolean[] = finite.map(() => false);
        for (const [pos, v] of inserts) {
          const i = pos % (mixed.length + 1);
          mixed.splice(i, 0, v);
          at.splice(i, 0, true);
        }
        const ranks = competitionRank(mixed, order);
        const finiteRanks = ranks.filter((_, i) => !at[i]);
        return JSON.stringify(finiteRanks) === JSON.stringify(competitionRank(finite, order)) && ranks.every((r, i) => !at[i] || r === undefined);
      },
    ),
  );
});

test("shareOfTotal and differenceInPoints", () => {
  assert.equal(shareOfTotal(1, 4), 25);
  assert.equal(differenceInPoints(5.0, 4.4), 0.6);
  assert.equal(differenceInPoints(4.4, 4.8), -0.4);
  assert.throws(() => shareOfTotal(1, 0), RangeError);
});

test("shareOfTotal: a negative part or a non-positive total has no share — each branch and edge", () => {
  // part 0 is a real share of 0 %; part = total is 100 %
  assert.equal(shareOfTotal(0, 10), 0);
  assert.equal(shareOfTotal(10, 10), 100);
  // before the fix shareOfTotal(-5, 10) returned -50 silently
  assert.throws(() => shareOfTotal(-5, 10), { name: "RangeError", message: /part must be >= 0, got -5/ });
  assert.throws(() => shareOfTotal(-Number.MIN_VALUE, 10), { name: "RangeError", message: /part must be >= 0/ });
  assert.throws(() => shareOfTotal(0, 0), { name: "RangeError", message: /total must be > 0, got 0/ });
  assert.throws(() => shareOfTotal(5, -10), { name: "RangeError", message: /total must be > 0, got -10/ });
  assert.throws(() => shareOfTotal(Number.NaN, 10), { name: "RangeError", message: /non-finite/ });
  assert.throws(() => shareOfTotal(5, Number.POSITIVE_INFINITY), { name: "RangeError", message: /non-finite/ });
  // the smallest positive total still gives a share
  assert.equal(shareOfTotal(0, Number.MIN_VALUE), 0);
});

test("weightedMean: known answer and equal weights give the plain mean", () => {
  assert.equal(weightedMean([5, 6], [3, 1]), 5.25);
  fc.assert(
    fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0.1, max: 1e6, noNaN: true }), (xs, w) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      return Math.abs(weightedMean(xs, xs.map(() => w)) - mean) < 1e-9;
    }),
  );
  assert.throws(() => weightedMean([1], [0]), RangeError);
  assert.throws(() => weightedMean([1, 2], [1]), RangeError);
  assert.throws(() => weightedMean([1], [-1]), RangeError);
});

test("growth helpers: nominal growth, CAGR and growth from a 上年=100 index", () => {
  assert.ok(Math.abs(nominalGrowth(100, 105) - 5) < 1e-12);
  // 100 → 121 over two years is 10% a year.
  assert.ok(Math.abs(cagr(100, 121, 2) - 10) < 1e-12);
  assert.equal(growthFromIndex(105.2), 5.2);
  assert.throws(() => nominalGrowth(0, 1), RangeError);
  assert.throws(() => cagr(100, 110, 0), RangeError);
});

test("sum is exact where naive summation is not, and countAbove counts strictly greater values", () => {
  assert.equal(sum([0.1, 0.2, 0.3]), 0.6); // naive 0.1 + 0.2 + 0.3 = 0.6000000000000001
  assert.equal(countAbove([5.1, 5.0, 4.9, 5.0], 5.0), 1);
  assert.throws(() => sum([1, Number.POSITIVE_INFINITY]), RangeError);
});
