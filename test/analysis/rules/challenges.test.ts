import { test } from "node:test";
import assert from "node:assert/strict";
import { commonDirection, growthChange, methodsAgree } from "../../../src/analysis/rules/challenges.js";

test("growth change: compared as displayed (0.1), a gap of MIN_GROWTH_GAP (0.2) or more is a rise or a fall, less is 基本持平", () => {
  assert.deepEqual(growthChange(5.8, 4.9), { direction: "fell", points: -0.9 });
  assert.deepEqual(growthChange(4.9, 5.1), { direction: "rose", points: 0.2 }); // the edge: 0.2 is material
  assert.deepEqual(growthChange(5.0, 5.1), { direction: "similar", points: 0.1 }); // one rounding unit is not
  assert.deepEqual(growthChange(5.04, 5.26), { direction: "rose", points: 0.3 }); // 5.0 → 5.3 as displayed
  assert.deepEqual(growthChange(5.149, 4.951), { direction: "similar", points: -0.1 }); // 5.1 → 5.0: 0.198 unrounded, 0.1 displayed
  assert.equal(growthChange(undefined, 5), undefined);
  assert.equal(growthChange(5, undefined), undefined);
});

test("common direction: all the same, or mixed; undefined when a region is missing", () => {
  const fell = growthChange(6, 5);
  const rose = growthChange(5, 6);
  const similar = growthChange(5, 5.1);
  assert.equal(commonDirection([fell, fell]), "fell");
  assert.equal(commonDirection([similar, similar]), "similar");
  assert.equal(commonDirection([fell, rose]), "mixed");
  assert.equal(commonDirection([fell, similar]), "mixed");
  assert.equal(commonDirection([fell, undefined]), undefined);
  assert.equal(commonDirection([]), undefined);
});

test("methods agree when every region moves the same way by both; undefined when a change is missing", () => {
  const fell = growthChange(6, 5);
  const similar = growthChange(5, 5.1);
  assert.equal(methodsAgree([fell, fell], [fell, fell]), true);
  assert.equal(methodsAgree([fell, fell], [fell, similar]), false);
  assert.equal(methodsAgree([fell], [undefined]), undefined);
});
