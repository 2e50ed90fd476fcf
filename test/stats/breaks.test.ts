import { test } from "node:test";
import assert from "node:assert/strict";
import { quantileBreaks } from "../../src/stats/breaks.js";

test("quantileBreaks: R's quantile(1:10, c(.2,.4,.6,.8)) (type 7) = 2.8 4.6 6.4 8.2", () => {
  assert.deepEqual(quantileBreaks([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5, 1), [2.8, 4.6, 6.4, 8.2]);
});

test("quantileBreaks: repeated values give fewer, strictly ascending breaks; equal values give none", () => {
  assert.deepEqual(quantileBreaks([5, 5, 5, 5, 6], 5, 1), [5.2]); // only 0.8 → 5 + 0.2·(6 − 5) lies above the minimum
  assert.deepEqual(quantileBreaks([3, 3, 3], 4, 1), []);
  assert.throws(() => quantileBreaks([1, 2], 1, 0), RangeError);
  assert.throws(() => quantileBreaks([Number.NaN], 3, 0), RangeError);
});
