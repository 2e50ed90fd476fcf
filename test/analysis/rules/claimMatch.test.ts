/** The claim checker's rules (src/analysis/rules/claimMatch.ts) at every branch and tolerance edge. */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { ABOUT_RELATIVE, MIN_ROUNDED_WHOLE_DIGITS, NEARLY_RELATIVE, claimVerdict, distanceToInterval, isDistinctiveFigure, isImpossible, publishedAgrees, statedInterval, withinInterval } from "../../../src/analysis/rules/claimMatch.js";

test("exact: statcheck's rounding interval, inclusive at both ends", () => {
  assert.deepEqual(statedInterval(39.0, 1, "exact"), [38.95, 39.05]);
  assert.ok(withinInterval(38.95, statedInterval(39.0, 1, "exact")));
  assert.ok(withinInterval(39.05, statedInterval(39.0, 1, "exact")));
  assert.ok(!withinInterval(39.0500001, statedInterval(39.0, 1, "exact")));
  assert.ok(!withinInterval(38.9499999, statedInterval(39.0, 1, "exact")));
  // 52.40% has two decimals: 52.396 rounds to it, 52.394 does not
  assert.ok(withinInterval(52.396, statedInterval(52.4, 2, "exact")));
  assert.ok(!withinInterval(52.394, statedInterval(52.4, 2, "exact")));
});

test("about widens by ABOUT_RELATIVE of the value on top of the rounding interval", () => {
  const [lo, hi] = statedInterval(30, 0, "about");
  assert.equal(lo, 30 - 0.5 - 30 * ABOUT_RELATIVE);
  assert.equal(hi, 30 + 0.5 + 30 * ABOUT_RELATIVE);
  assert.ok(withinInterval(31.9, [lo, hi]));
  assert.ok(!withinInterval(32.1, [lo, hi]));
});

test("nearly reaches NEARLY_RELATIVE below the value and not above its rounding interval (接近10% is not 7.9%)", () => {
  const [lo, hi] = statedInterval(10, 0, "nearly");
  assert.equal(lo, 10 * (1 - NEARLY_RELATIVE));
  assert.equal(hi, 10.5);
  assert.ok(withinInterval(9.5, [lo, hi]));
  assert.ok(!withinInterval(9.49, [lo, hi]));
  assert.ok(!withinInterval(7.9, [lo, hi]));
});

test("over is unbounded, or a band up to the next unit of the last non-zero digit (5000多 → [5000, 6000])", () => {
  assert.deepEqual(statedInterval(9, 0, "over"), [9, Infinity]);
  assert.deepEqual(statedInterval(5000, 0, "over", true), [5000, 6000]);
  assert.deepEqual(statedInterval(2700, 0, "over", true), [2700, 2800]);
  assert.deepEqual(statedInterval(7, 0, "over", true), [7, 8]);
});

test("under reaches down to 0 for non-negative values, to −∞ for negative ones", () => {
  assert.deepEqual(statedInterval(3000, 0, "under"), [0, 3000]);
  assert.deepEqual(statedInterval(-2, 0, "under"), [-Infinity, -2]);
});

test("between: the stated range's bounds, inclusive, in either order (5万亿~10万亿元之间)", () => {
  assert.deepEqual(statedInterval(5, 0, "between", false, 10), [5, 10]);
  assert.deepEqual(statedInterval(10, 0, "between", false, 5), [5, 10]);
  assert.ok(withinInterval(10, statedInterval(5, 0, "between", false, 10)));
  assert.ok(!withinInterval(10.01, statedInterval(5, 0, "between", false, 10)));
});

test("property: a value rounded half-up to d decimals lies in its exact interval", () => {
  fc.assert(
    fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), (n, d) => {
      const x = n / 1000;
      const shown = Math.round(x * 10 ** d) / 10 ** d;
      return withinInterval(x, statedInterval(shown, d, "exact"));
    }),
  );
});

test("verdicts: current match wins, then another vintage, then any value (contradicted), else no data", () => {
  assert.equal(claimVerdict([{ current: false, value: 1, within: true }, { current: true, value: 1, within: true }]), "verified");
  assert.equal(claimVerdict([{ current: true, value: 2, within: false }, { current: false, value: 1, within: true }]), "vintage_mismatch");
  assert.equal(claimVerdict([{ current: true, value: 2, within: false }, { current: false, within: false }]), "contradicted");
  assert.equal(claimVerdict([{ current: true, within: false }, { current: false, within: false }]), "no_data");
  assert.equal(claimVerdict([]), "no_data");
});

test("verdicts: a stand-in computation (31 provinces for the nation) can verify but never contradict", () => {
  assert.equal(claimVerdict([{ current: true, value: 5.0, within: true, standIn: true }]), "verified");
  assert.equal(claimVerdict([{ current: true, value: 5.4, within: false, standIn: true }]), "no_data");
  assert.equal(claimVerdict([{ current: true, value: 5.4, within: false, standIn: true }, { current: true, value: 3, within: false }]), "contradicted");
  assert.equal(claimVerdict([{ current: true, value: 5.4, within: false, standIn: true }, { current: false, value: 5.2, within: true, standIn: true }]), "vintage_mismatch");
});

test("distance to an interval is 0 inside and grows outside", () => {
  assert.equal(distanceToInterval(5, [4, 6]), 0);
  assert.equal(distanceToInterval(3, [4, 6]), 1);
  assert.equal(distanceToInterval(8, [4, 6]), 2);
});

test("impossible values: shares above 100 or below 0, negative levels and counts, falls beyond 100%", () => {
  assert.ok(isImpossible("share", 100.01));
  assert.ok(!isImpossible("share", 100));
  assert.ok(isImpossible("share", -0.1));
  assert.ok(isImpossible("level", -5));
  assert.ok(!isImpossible("level", 0));
  assert.ok(isImpossible("count", -1));
  assert.ok(isImpossible("growth", -100.5));
  assert.ok(!isImpossible("growth", -100));
  assert.ok(!isImpossible("points", -300));
});

test("same-figure check needs at least four significant digits", () => {
  assert.ok(isDistinctiveFigure("14361"));
  assert.ok(isDistinctiveFigure("0.3886"));
  assert.ok(!isDistinctiveFigure("5.0"));
  assert.ok(!isDistinctiveFigure("0.049"));
});

test("a whole published value of at least MIN_ROUNDED_WHOLE_DIGITS digits stands for its rounding interval; shorter or fractional ones are exact", () => {
  assert.equal(MIN_ROUNDED_WHOLE_DIGITS, 5);
  const stated = (v: number, d: number) => statedInterval(v, d, "exact");
  // 广东 2024: 141634 (preliminary figures, 亿元) against the province's 141633.8
  assert.equal(publishedAgrees(141634, stated(141633.8, 1)), true);
  assert.equal(publishedAgrees(141634, stated(141633.5, 1)), true); // edge: 141633.45–141633.55 meets 141633.5
  assert.equal(publishedAgrees(141634, stated(141633.4, 1)), false); // 141633.35–141633.45 ends below 141633.5
  assert.equal(publishedAgrees(141634, stated(141634.5, 1)), true);
  assert.equal(publishedAgrees(141634, stated(141634.6, 1)), false);
  // at the digit threshold: 10000 is widened, 9999 is not
  assert.equal(publishedAgrees(10000, stated(9999.8, 1)), true);
  assert.equal(publishedAgrees(9999, stated(9999.3, 1)), false);
  // a growth rate held as 5 is not read as 4.5–5.5
  assert.equal(publishedAgrees(5, stated(5.3, 1)), false);
  assert.equal(publishedAgrees(5, stated(5.0, 1)), true);
  // a fractional value keeps its own exactness
  assert.equal(publishedAgrees(141633.8, stated(141634.2, 1)), false);
  assert.equal(publishedAgrees(-123456, stated(-123455.6, 1)), true);
});
