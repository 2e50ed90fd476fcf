import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  directionRight,
  gapChange,
  MIN_BACKTEST_RUNS,
  printDecimals,
  PUBLISHED_DECIMALS,
  smallestError,
  UNTESTED_DECIMALS,
} from "../../../src/analysis/rules/outlook.js";

test("print precision: the last digit is the place of the back-test error's leading digit", () => {
  assert.equal(printDecimals(0.34, 6, "share"), 1);
  assert.equal(printDecimals(0.048, 6, "share"), 2);
  assert.equal(printDecimals(1.2, 6, "growth"), 0);
  assert.equal(printDecimals(3.06, 6, "growth"), 0);
  // edges at powers of ten: 0.1 is in the tenths, 0.0999… in the hundredths
  assert.equal(printDecimals(0.1, 6, "share"), 1);
  assert.equal(printDecimals(0.09999, 6, "share"), 2);
  assert.equal(printDecimals(1, 6, "growth"), 0);
  assert.equal(printDecimals(0.99, 6, "growth"), 1);
  assert.equal(printDecimals(0.001, 6, "index"), 3);
  assert.equal(printDecimals(0.00099, 6, "index"), 4);
});

test("print precision is capped: never finer than published history, never coarser than whole units", () => {
  assert.equal(printDecimals(0.00001, 6, "share"), PUBLISHED_DECIMALS.share);
  assert.equal(printDecimals(0.001, 6, "growth"), PUBLISHED_DECIMALS.growth);
  assert.equal(printDecimals(0, 6, "index"), PUBLISHED_DECIMALS.index);
  assert.equal(printDecimals(25, 6, "growth"), 0);
});

test("without a back-test of at least MIN_BACKTEST_RUNS runs, a projection is printed as untested", () => {
  assert.equal(printDecimals(undefined, 0, "share"), UNTESTED_DECIMALS.share);
  assert.equal(printDecimals(0.04, MIN_BACKTEST_RUNS - 1, "share"), UNTESTED_DECIMALS.share);
  assert.equal(printDecimals(0.04, MIN_BACKTEST_RUNS, "share"), 2);
  assert.equal(printDecimals(0.004, 1, "index"), UNTESTED_DECIMALS.index);
});

test("property: 10^−d ≤ error < 10^(1−d) whenever the cap does not bind", () => {
  fc.assert(
    fc.property(fc.double({ min: 0.0001, max: 0.99, noNaN: true }), (mae) => {
      const d = printDecimals(mae, MIN_BACKTEST_RUNS, "index");
      assert.ok(10 ** -d <= mae * (1 + 1e-12) && mae < 10 ** (1 - d));
    }),
  );
});

test("gap change is judged on the printed digits (absolute gaps)", () => {
  assert.equal(gapChange(31.0, 31.1, 1), "widened");
  assert.equal(gapChange(31.0, 30.9, 1), "narrowed");
  // 31.04 and 31.0449 both print as 31.0
  assert.equal(gapChange(31.04, 31.0449, 1), "unchanged");
  // 31.04 → 31.05 prints 31.0 → 31.1 (half-up)
  assert.equal(gapChange(31.04, 31.05, 1), "widened");
  assert.equal(gapChange(-2, -3, 0), "widened");
});

test("back-test direction: right when the signs agree; a zero is a direction of its own", () => {
  assert.equal(directionRight(0.3, 0.1), true);
  assert.equal(directionRight(-0.3, -0.01), true);
  assert.equal(directionRight(0.3, -0.1), false);
  assert.equal(directionRight(0, 0.1), false);
  assert.equal(directionRight(0, 0), true);
});

test("smallest error: compared as printed (0.01), ties name every scenario, missing errors are skipped", () => {
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
  assert.deepEqual(smallestError([{ scenario: "targets", mae: undefined }]), []);
  assert.deepEqual(smallestError([]), []);
});
