import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  convergenceDriver,
  directionRight,
  gapMovement,
  judgingError,
  largestErrorYears,
  MIN_BACKTEST_RUNS,
  movement,
  printDecimals,
  PUBLISHED_DECIMALS,
  smallestError,
  targetsShift,
  TARGETS_SHIFT_MAX,
  TARGETS_SHIFT_ORDINARY,
  UNTESTED_DECIMALS,
  WORST_YEAR_SHARE,
} from "../../../src/analysis/rules/outlook.js";

test("print precision: the last digit is the place of the back-test error's leading digit", () => {
  assert.equal(printDecimals(0.34, "share"), 1);
  assert.equal(printDecimals(0.048, "share"), 2);
  assert.equal(printDecimals(1.2, "growth"), 0);
  assert.equal(printDecimals(3.06, "growth"), 0);
  // edges at powers of ten: 0.1 is in the tenths, 0.0999… in the hundredths
  assert.equal(printDecimals(0.1, "share"), 1);
  assert.equal(printDecimals(0.09999, "share"), 2);
  assert.equal(printDecimals(1, "growth"), 0);
  assert.equal(printDecimals(0.99, "growth"), 1);
  assert.equal(printDecimals(0.001, "index"), 3);
  assert.equal(printDecimals(0.00099, "index"), 4);
});

test("print precision is capped: never finer than published history, never coarser than whole units; untested prints coarse", () => {
  assert.equal(printDecimals(0.00001, "share"), PUBLISHED_DECIMALS.share);
  assert.equal(printDecimals(0.001, "growth"), PUBLISHED_DECIMALS.growth);
  assert.equal(printDecimals(0, "index"), PUBLISHED_DECIMALS.index);
  assert.equal(printDecimals(25, "growth"), 0);
  assert.equal(printDecimals(undefined, "share"), UNTESTED_DECIMALS.share);
  assert.equal(printDecimals(undefined, "index"), UNTESTED_DECIMALS.index);
});

test("judging error: the largest error of horizons 1 … j; untested when any of them has too few runs or no error", () => {
  const ok = (mae: number) => ({ mae, runs: MIN_BACKTEST_RUNS });
  assert.equal(judgingError([ok(0.0057)]), 0.0057);
  // a smaller error at a longer horizon (fewer runs) does not make the projection finer
  assert.equal(judgingError([ok(0.0057), ok(0.011), ok(0.0082)]), 0.011);
  assert.equal(judgingError([ok(0.0057), { mae: 0.001, runs: MIN_BACKTEST_RUNS - 1 }]), undefined);
  assert.equal(judgingError([ok(0.0057), { mae: undefined, runs: 0 }]), undefined);
  assert.equal(judgingError([]), undefined);
});

test("property: precision never gets finer as the horizon grows (the judging error never falls)", () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0.0001, max: 5, noNaN: true }), { minLength: 1, maxLength: 5 }), (maes) => {
      const errors = maes.map((mae) => ({ mae, runs: MIN_BACKTEST_RUNS }));
      for (let j = 1; j < errors.length; j++) {
        assert.ok(printDecimals(judgingError(errors.slice(0, j + 1)), "share") <= printDecimals(judgingError(errors.slice(0, j)), "share"));
      }
    }),
  );
});

test("property: 10^−d ≤ error < 10^(1−d) whenever the cap does not bind", () => {
  fc.assert(
    fc.property(fc.double({ min: 0.0001, max: 0.99, noNaN: true }), (mae) => {
      const d = printDecimals(mae, "index");
      assert.ok(10 ** -d <= mae * (1 + 1e-12) && mae < 10 ** (1 - d));
    }),
  );
});

test("movement: a direction only when the change of the absolute gap exceeds the back-test error (edge: equal is within)", () => {
  // the tester's σ case: 0.38677 → 0.38601 against an error of 0.0044 is within the error
  assert.equal(movement(0.38677, 0.38601, 0.0044), "withinError");
  assert.equal(movement(30.0, 30.5, 0.25), "widens");
  assert.equal(movement(30.0, 29.5, 0.25), "narrows");
  // exactly the error: within; just beyond: a direction
  assert.equal(movement(30, 30.25, 0.25), "withinError");
  assert.equal(movement(30, 30.2500001, 0.25), "widens");
  assert.equal(movement(30, 29.75, 0.25), "withinError");
  assert.equal(movement(30, 29.7499999, 0.25), "narrows");
  // absolute values: a negative gap (West above East) widening
  assert.equal(movement(-2, -3, 0.5), "widens");
  assert.equal(movement(30, 35, undefined), "untested");
});

test("gap movement: price-driven when current prices give a direction that origin-year prices do not", () => {
  // the tester's persistence case: nominal widens beyond the error, real within it → price-driven
  assert.deepEqual(gapMovement(29.66, 30.06, 29.8, 0.3), { nominal: "widens", real: "withinError", priceDriven: true });
  // real growth alone gives the same direction → not price-driven
  assert.deepEqual(gapMovement(29.66, 30.06, 30.0, 0.3), { nominal: "widens", real: "widens", priceDriven: false });
  // opposite direction at origin-year prices → price-driven
  assert.equal(gapMovement(29.66, 30.06, 29.3, 0.3).priceDriven, true);
  // no direction stated → never price-driven, whatever real prices say
  assert.deepEqual(gapMovement(29.66, 29.7, 30.5, 0.3), { nominal: "withinError", real: "widens", priceDriven: false });
  assert.deepEqual(gapMovement(29.66, 30.06, 29.8, undefined), { nominal: "untested", real: "untested", priceDriven: false });
});

test("back-test direction: right when the signs agree; a zero is a direction of its own", () => {
  assert.equal(directionRight(0.3, 0.1), true);
  assert.equal(directionRight(-0.3, -0.01), true);
  assert.equal(directionRight(0.3, -0.1), false);
  assert.equal(directionRight(0, 0.1), false);
  assert.equal(directionRight(0, 0), true);
});

test("convergence driver: population when its spread is larger; β on a tie", () => {
  assert.equal(convergenceDriver(0.14, 0.41), "population");
  assert.equal(convergenceDriver(0.41, 0.14), "beta");
  assert.equal(convergenceDriver(0.2, 0.2), "beta");
  assert.equal(convergenceDriver(0.2, 0.2000001), "population");
});

test("targets shift: ordinary up to 1 point, large up to 3, implausible beyond (both signs, edges inclusive)", () => {
  assert.equal(TARGETS_SHIFT_ORDINARY, 1);
  assert.equal(TARGETS_SHIFT_MAX, 3);
  assert.equal(targetsShift(0), "ordinary");
  assert.equal(targetsShift(-0.4), "ordinary");
  assert.equal(targetsShift(1), "ordinary");
  assert.equal(targetsShift(-1.0000001), "large");
  assert.equal(targetsShift(3), "large");
  assert.equal(targetsShift(-3), "large");
  assert.equal(targetsShift(3.0000001), "implausible");
  assert.equal(targetsShift(-4.85), "implausible");
});

test("smallest error: compared as printed (0.01), ties name every scenario, one scenario is not 'best'", () => {
  assert.deepEqual(
    smallestError([
      { scenario: "persistence", mae: 3.056 },
      { scenario: "trend", mae: 3.091 },
      { scenario: "convergence", mae: 3.092 },
    ]),
    ["persistence"],
  );
  // 0.124 and 0.1249 both print 0.12: a tie; 0.125 prints 0.13
  assert.deepEqual(
    smallestError([
      { scenario: "persistence", mae: 0.124 },
      { scenario: "trend", mae: 0.1249 },
      { scenario: "convergence", mae: 0.125 },
    ]),
    ["persistence", "trend"],
  );
  assert.deepEqual(smallestError([{ scenario: "persistence", mae: 3.06 }]), []);
  assert.deepEqual(smallestError([{ scenario: "persistence", mae: 3.06 }, { scenario: "targets", mae: undefined }]), []);
  assert.deepEqual(smallestError([]), []);
});

test("largest-error years: every year within WORST_YEAR_SHARE of the largest, ascending (edge inclusive)", () => {
  assert.equal(WORST_YEAR_SHARE, 0.9);
  // the tester's near tie: 5.26 (2022) and 5.24 (2021) are named together
  assert.deepEqual(largestErrorYears([{ year: 2022, mae: 5.26 }, { year: 2021, mae: 5.24 }, { year: 2020, mae: 2.1 }]), [2021, 2022]);
  assert.deepEqual(largestErrorYears([{ year: 2020, mae: 9 }, { year: 2021, mae: 10 }]), [2020, 2021]);
  assert.deepEqual(largestErrorYears([{ year: 2020, mae: 8.99 }, { year: 2021, mae: 10 }]), [2021]);
  assert.deepEqual(largestErrorYears([{ year: 2020, mae: Number.NaN }]), []);
  assert.deepEqual(largestErrorYears([]), []);
});
