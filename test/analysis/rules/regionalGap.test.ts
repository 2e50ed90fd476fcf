/** The between-region gap rule at its displayed precision: ratios to two decimals, differences to whole 元. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { GAP_RATIO_DECIMALS, GAP_YUAN_DECIMALS, judgeRegionalGap } from "../../../src/analysis/rules/regionalGap.js";

test("relative gap narrowed while the absolute gap widened (the bundled East–West figures)", () => {
  // 2015: 68383 / 38075 元; 2024: 123604 / 75115 元 (regionalGap.test.ts recomputes them from the CSVs).
  assert.deepEqual(judgeRegionalGap({ ratio: 1.796, difference: 30308 }, { ratio: 1.646, difference: 48489 }), { relative: "narrowed", absolute: "widened" });
});

test("directions compare the digits shown: equal when displayed, changed from one unit", () => {
  assert.equal(GAP_RATIO_DECIMALS, 2);
  assert.equal(GAP_YUAN_DECIMALS, 0);
  assert.equal(judgeRegionalGap({ ratio: 1.654, difference: 100.4 }, { ratio: 1.646, difference: 99.6 }).relative, "unchanged"); // 1.65 and 1.65
  assert.equal(judgeRegionalGap({ ratio: 1.654, difference: 100.4 }, { ratio: 1.646, difference: 99.6 }).absolute, "unchanged"); // 100 and 100
  assert.equal(judgeRegionalGap({ ratio: 1.65, difference: 100 }, { ratio: 1.66, difference: 101 }).relative, "widened");
  assert.equal(judgeRegionalGap({ ratio: 1.65, difference: 100 }, { ratio: 1.66, difference: 99 }).absolute, "narrowed");
});
