import { test } from "node:test";
import assert from "node:assert/strict";
import { commonChange, growthChange, methodsAgree } from "../../../src/analysis/rules/challenges.js";

test("growth change: compareGrowth of the later rate against the earlier, as displayed; a direction only from MIN_GROWTH_GAP (0.2)", () => {
  assert.deepEqual(growthChange(5.8, 4.9), { comparison: "lower", direction: "fell", points: -0.9 });
  assert.deepEqual(growthChange(4.9, 5.1), { comparison: "higher", direction: "rose", points: 0.2 }); // the edge: 0.2 is material
  assert.deepEqual(growthChange(5.0, 5.1), { comparison: "slightlyHigher", direction: "similar", points: 0.1 }); // one rounding unit is not: 略有提高
  assert.deepEqual(growthChange(5.0, 5.0), { comparison: "same", direction: "similar", points: 0 }); // 持平
  assert.deepEqual(growthChange(5.04, 5.26), { comparison: "higher", direction: "rose", points: 0.3 }); // 5.0 → 5.3 as displayed
  assert.deepEqual(growthChange(5.149, 4.951), { comparison: "slightlyLower", direction: "similar", points: -0.1 }); // 5.1 → 5.0: 0.198 unrounded, 0.1 displayed
  assert.deepEqual(growthChange(5.06, 5.25), { comparison: "higher", direction: "rose", points: 0.2 }); // 0.19 unrounded, 5.1 → 5.3 displayed
  assert.equal(growthChange(undefined, 5), undefined);
  assert.equal(growthChange(5, undefined), undefined);
});

test("common change: every region's comparison the same, or mixed; undefined when a region is missing", () => {
  const fell = growthChange(6, 5);
  const rose = growthChange(5, 6);
  const slightly = growthChange(5, 5.1);
  assert.equal(commonChange([fell, fell]), "lower");
  assert.equal(commonChange([slightly, slightly]), "slightlyHigher");
  assert.equal(commonChange([growthChange(5, 5), growthChange(4, 4)]), "same");
  assert.equal(commonChange([fell, rose]), "mixed");
  assert.equal(commonChange([fell, slightly]), "mixed");
  assert.equal(commonChange([slightly, growthChange(5.1, 5)]), "mixed"); // 略有提高 and 略有回落
  assert.equal(commonChange([fell, undefined]), undefined);
  assert.equal(commonChange([]), undefined);
});

test("methods agree when every region moves the same way by both; undefined when a change is missing", () => {
  const fell = growthChange(6, 5);
  const similar = growthChange(5, 5.1);
  assert.equal(methodsAgree([fell, fell], [fell, fell]), true);
  assert.equal(methodsAgree([similar], [growthChange(5.1, 5)]), true); // moves within the tolerance have no direction
  assert.equal(methodsAgree([fell, fell], [fell, similar]), false);
  assert.equal(methodsAgree([fell], [undefined]), undefined);
});
