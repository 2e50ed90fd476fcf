import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { largestRemainderRound, roundHalfUp } from "../../src/stats/rounding.js";

test("roundHalfUp rounds half away from zero on the decimal value, not the binary one", () => {
  // Values chosen where Number.prototype.toFixed is wrong because of binary representation.
  assert.equal(roundHalfUp(1.005, 2), 1.01); // (1.005).toFixed(2) === "1.00"
  assert.equal(roundHalfUp(5.05, 1), 5.1); // (5.05).toFixed(1) === "5.0"
  assert.equal(roundHalfUp(5.149, 1), 5.1);
  assert.equal(roundHalfUp(2.5, 0), 3);
  assert.equal(roundHalfUp(-2.5, 0), -3);
  assert.equal(roundHalfUp(52.39654, 2), 52.4);
  assert.equal(roundHalfUp(0, 1), 0);
  assert.throws(() => roundHalfUp(Number.NaN, 1), RangeError);
});

test("roundHalfUp: result is within half a unit of the input (property)", () => {
  fc.assert(
    fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
      const r = roundHalfUp(x, d);
      return Math.abs(r - x) <= 0.5 * 10 ** -d + 1e-9;
    }),
  );
});

test("largestRemainderRound: the report's four-region shares keep their published values", () => {
  // Shares of 702356, 287156, 287350, 63451 in their sum 1340313 (report 表 values 52.40/21.43/21.44/4.73).
  const parts = [702356, 287156, 287350, 63451];
  const total = parts.reduce((a, b) => a + b, 0);
  assert.deepEqual(largestRemainderRound(parts.map((p) => (100 * p) / total), 2), [52.4, 21.43, 21.44, 4.73]);
});

test("largestRemainderRound: three equal thirds give 33.34/33.33/33.33 (remainder to the first on ties)", () => {
  assert.deepEqual(largestRemainderRound([100 / 3, 100 / 3, 100 / 3], 2), [33.34, 33.33, 33.33]);
});

test("largestRemainderRound: shares always add to exactly 100 and move each value by less than one unit (property)", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 3 }), (parts, d) => {
      const total = parts.reduce((a, b) => a + b, 0);
      const shares = parts.map((p) => (100 * p) / total);
      const rounded = largestRemainderRound(shares, d);
      const units = rounded.reduce((a, r) => a + Math.round(r * 10 ** d), 0);
      return units === 100 * 10 ** d && rounded.every((r, i) => Math.abs(r - shares[i]!) < 10 ** -d + 1e-9);
    }),
  );
});

test("largestRemainderRound rejects negative values", () => {
  assert.throws(() => largestRemainderRound([101, -1], 1), RangeError);
});
