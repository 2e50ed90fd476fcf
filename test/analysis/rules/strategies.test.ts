import { test } from "node:test";
import assert from "node:assert/strict";
import { fastestStrategies, shareTrend } from "../../../src/analysis/rules/strategies.js";

test("share trend: the change of two-decimal shares, rounded half away from zero, decides rose/fell/unchanged", () => {
  assert.equal(shareTrend(1.13), "rose");
  assert.equal(shareTrend(-0.49), "fell");
  assert.equal(shareTrend(0), "unchanged");
  assert.equal(shareTrend(0.004), "unchanged"); // prints as 0.00
  assert.equal(shareTrend(0.005), "rose"); // prints as +0.01
  assert.equal(shareTrend(-0.005), "fell");
  assert.equal(shareTrend(undefined), undefined);
});

test("fastest strategy region: ties give several; any missing growth means no judgement", () => {
  const s = (name: string, value: number | undefined) => ({ name, realGrowth: { value } });
  assert.deepEqual(fastestStrategies([s("a", 5.2), s("b", 5.5), s("c", 5.3)]).map((x) => x.name), ["b"]);
  assert.deepEqual(fastestStrategies([s("a", 5.5), s("b", 5.5)]).map((x) => x.name), ["a", "b"]);
  assert.deepEqual(fastestStrategies([s("a", 5.5), s("b", undefined)]), []);
  assert.deepEqual(fastestStrategies([]), []);
});
