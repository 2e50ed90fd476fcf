import { test } from "node:test";
import assert from "node:assert/strict";
import { aboveNational, intensityChange, supportedDecimals } from "../../../src/analysis/rules/innovation.js";

test("intensity change: the difference of the published two-decimal figures; 0.00 is unchanged", () => {
  assert.deepEqual(intensityChange(6.22, 6.58), { direction: "rose", points: 0.36 });
  assert.deepEqual(intensityChange(3.48, 3.44), { direction: "fell", points: -0.04 });
  assert.deepEqual(intensityChange(1.27, 1.27), { direction: "unchanged", points: 0 });
  assert.deepEqual(intensityChange(1.27, 1.274), { direction: "unchanged", points: 0 }); // prints 1.27
  assert.deepEqual(intensityChange(1.27, 1.275), { direction: "rose", points: 0.01 }); // prints 1.28
  assert.equal(intensityChange(undefined, 1), undefined);
});

test("above national: strictly above the published national figure; missing not compared", () => {
  const ps = [{ n: "a", intensity: 2.7 }, { n: "b", intensity: 2.69 }, { n: "c", intensity: undefined }, { n: "d", intensity: 2.694 }];
  assert.deepEqual(aboveNational(ps, 2.69).map((p) => p.n), ["a"]);
  assert.deepEqual(aboveNational(ps, undefined), []);
});

test("supported decimals: the most decimals at which every interval's bounds round alike", () => {
  assert.equal(supportedDecimals([{ low: 3.382, high: 3.393 }], 2), 1); // 3.38 vs 3.39, but 3.4 and 3.4
  assert.equal(supportedDecimals([{ low: 3.381, high: 3.384 }], 2), 2);
  assert.equal(supportedDecimals([{ low: 3.381, high: 3.384 }, { low: 1.652, high: 1.665 }], 2), 1); // one wide interval decides
  assert.equal(supportedDecimals([{ low: 3.44, high: 3.46 }], 2), 0); // 3.4 vs 3.5
  assert.equal(supportedDecimals([], 2), 2);
});
