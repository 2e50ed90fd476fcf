import { test } from "node:test";
import assert from "node:assert/strict";
import { MIN_GROWTH_GAP, eastWestPattern } from "../../src/analysis/judgements.js";
import type { GrowthPatternFacts } from "../../src/analysis/growthPattern.js";

/** Facts with only what the east–west rule reads: the rounded growth of 东部 and 西部. */
function facts(east: number, west: number): GrowthPatternFacts {
  const region = (name: string, value: number) => ({ name, realGrowth: { value } });
  return { regions: [region("东部", east), region("西部", west)] } as unknown as GrowthPatternFacts;
}

test("east–west rule: a gap of at least two rounding units (0.2 points) is a judgement, less is 基本持平", () => {
  assert.equal(MIN_GROWTH_GAP, 0.2);
  assert.equal(eastWestPattern(facts(5.0, 5.2)), "westFaster"); // the reference report's 表1 (preliminary rates)
  assert.equal(eastWestPattern(facts(5.0, 5.1)), "similar"); // the bundled database rates
  assert.equal(eastWestPattern(facts(5.0, 5.0)), "similar");
  assert.equal(eastWestPattern(facts(5.7, 5.5)), "eastFaster");
  assert.equal(eastWestPattern(facts(5.3, 5.1)), "eastFaster"); // 5.3 − 5.1 is 0.2 despite binary rounding
});
