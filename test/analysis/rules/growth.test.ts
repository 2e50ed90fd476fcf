/**
 * The growth rules on synthetic inputs: every branch and the tolerance edges (a gap of exactly
 * MIN_GROWTH_GAP, just below it, ties, missing members). Inputs are published one-decimal rates.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  MIN_GROWTH_GAP,
  compareGrowth,
  eastWestPattern,
  isAbove,
  isBelow,
  extremeProvinces,
  extremeRegions,
  isMaterialGap,
  northSouthBalance,
  regionsBelowComparator,
  splitByComparator,
  type SideFacts,
} from "../../../src/analysis/rules/growth.js";

const region = (id: string, value: number | undefined) => ({ id, realGrowth: { value } });
const eastWest = (east: number | undefined, west: number | undefined) => [region("east", east), region("central", 5.0), region("west", west), region("northeast", 4.4)];

test("the tolerance is two rounding units of a one-decimal rate, and binary noise does not move the edge", () => {
  assert.equal(MIN_GROWTH_GAP, 0.2);
  assert.equal(isMaterialGap(5.2, 5.0), true); // exactly at the tolerance
  assert.equal(isMaterialGap(5.0, 5.2), true);
  assert.equal(isMaterialGap(5.1, 5.0), false); // just below
  assert.equal(isMaterialGap(5.3, 5.1), true); // 5.3 − 5.1 = 0.19999999999999973 in binary
  assert.equal(isMaterialGap(0.3, 0.1), true); // 0.19999999999999998
  assert.equal(isMaterialGap(5.0, 5.0), false);
});

test("east–west: 西快东慢 / 东快西慢 at a gap of at least 0.2 points, else 基本持平 with the leader named", () => {
  assert.deepEqual(eastWestPattern(eastWest(5.0, 5.2)), { comparison: "higher", pattern: "westFaster", leader: "west", east: 5.0, west: 5.2, gap: 0.2 }); // the reference report's 表1
  assert.deepEqual(eastWestPattern(eastWest(5.0, 5.1)), { comparison: "slightlyHigher", pattern: "similar", leader: "west", east: 5.0, west: 5.1, gap: 0.1 }); // the bundled database rates
  assert.deepEqual(eastWestPattern(eastWest(5.0, 5.0)), { comparison: "same", pattern: "similar", leader: undefined, east: 5.0, west: 5.0, gap: 0 });
  assert.equal(eastWestPattern(eastWest(5.1, 5.0))?.leader, "east");
  assert.equal(eastWestPattern(eastWest(5.1, 5.0))?.pattern, "similar");
  assert.equal(eastWestPattern(eastWest(5.7, 5.5))?.pattern, "eastFaster");
  assert.equal(eastWestPattern(eastWest(5.3, 5.1))?.pattern, "eastFaster"); // 0.2 despite binary rounding
  assert.equal(eastWestPattern(eastWest(-1.0, 1.5))?.pattern, "westFaster"); // negative growth compares the same way
});

test("east–west: no judgement when either rate or either region is missing", () => {
  assert.equal(eastWestPattern(eastWest(undefined, 5.2)), undefined);
  assert.equal(eastWestPattern(eastWest(5.0, undefined)), undefined);
  assert.equal(eastWestPattern([region("east", 5.0)]), undefined);
  assert.equal(eastWestPattern([]), undefined);
});

test("east–west laws: swapping the regions swaps the verdict; 基本持平 exactly when the gap is below 0.2", () => {
  const rate = fc.integer({ min: -100, max: 150 }).map((k) => k / 10);
  fc.assert(
    fc.property(rate, rate, (east, west) => {
      const d = eastWestPattern(eastWest(east, west))!;
      const swapped = eastWestPattern(eastWest(west, east))!;
      const mirror = { westFaster: "eastFaster", eastFaster: "westFaster", similar: "similar" } as const;
      assert.equal(swapped.pattern, mirror[d.pattern]);
      const tenths = Math.abs(Math.round(west * 10) - Math.round(east * 10));
      assert.equal(d.pattern === "similar", tenths < 2);
      assert.equal(d.leader === undefined, tenths === 0);
    }),
  );
});

test("fastest/slowest region: ties give several; a missing region means no judgement", () => {
  const regions = [region("east", 5.0), region("central", 5.0), region("west", 5.1), region("northeast", 4.4)];
  assert.deepEqual(extremeRegions(regions, "fastest").map((r) => r.id), ["west"]);
  assert.deepEqual(extremeRegions(regions, "slowest").map((r) => r.id), ["northeast"]);
  const tied = [region("east", 5.1), region("central", 5.0), region("west", 5.1), region("northeast", 5.0)];
  assert.deepEqual(extremeRegions(tied, "fastest").map((r) => r.id), ["east", "west"]);
  assert.deepEqual(extremeRegions(tied, "slowest").map((r) => r.id), ["central", "northeast"]);
  assert.deepEqual(extremeRegions([region("east", 5.0), region("west", undefined)], "fastest"), []);
});

test("fastest/slowest province: missing growth is skipped, ties kept in the given order", () => {
  const ps = [
    { code: "a", realGrowth: 5.7 },
    { code: "b", realGrowth: undefined },
    { code: "c", realGrowth: 5.7 },
    { code: "d", realGrowth: 3.5 },
  ];
  assert.deepEqual(extremeProvinces(ps, "fastest").map((p) => p.code), ["a", "c"]);
  assert.deepEqual(extremeProvinces(ps, "slowest").map((p) => p.code), ["d"]);
  assert.deepEqual(extremeProvinces([{ realGrowth: undefined }], "fastest"), []);
});

test("regions below the comparator: on the published rates, with 略低于 below 0.2 points; equal is not below; missing is not compared", () => {
  const regions = [region("east", 5.0), region("central", 4.9), region("west", undefined), region("northeast", 4.4)];
  assert.deepEqual(
    regionsBelowComparator(regions, 5.0).map((b) => [b.region.id, b.comparison]),
    [
      ["central", "slightlyLower"],
      ["northeast", "lower"],
    ],
  );
  assert.deepEqual(regionsBelowComparator([region("central", 4.8)], 5.0).map((b) => b.comparison), ["lower"]); // exactly the tolerance
  assert.deepEqual(regionsBelowComparator(regions, undefined), []);
});

test("the one comparison rule: 持平 when the published rates are equal, 略高/略低 below 0.2 points, 高于/低于 from 0.2", () => {
  assert.equal(compareGrowth(5.0, 5.0), "same");
  assert.equal(compareGrowth(5.04, 4.96), "same"); // both publish as 5.0
  assert.equal(compareGrowth(5.1, 5.0), "slightlyHigher");
  assert.equal(compareGrowth(5.0, 5.1), "slightlyLower");
  assert.equal(compareGrowth(5.2, 5.0), "higher"); // exactly the tolerance
  assert.equal(compareGrowth(5.1, 5.3), "lower"); // 0.19999999999999973 in binary is still 0.2
  assert.equal(compareGrowth(-0.1, 0.1), "lower");
  // The tolerance is judged on the published rates: 5.25 and 5.06 print as 5.3 and 5.1, 0.2 apart.
  assert.equal(compareGrowth(5.25, 5.06), "higher");
  assert.equal(compareGrowth(5.06, 5.25), "lower");
  assert.equal(compareGrowth(5.149, 4.951), "slightlyHigher"); // 0.198 unrounded, 5.1 against 5.0 as printed
  assert.equal(compareGrowth(5.04, 5.05), "slightlyLower"); // 5.0 against 5.1 as printed (half-up)
});

test("comparison laws: antisymmetric, and 持平 exactly when the published rates are equal", () => {
  const rate = fc.integer({ min: -100, max: 150 }).map((k) => k / 10);
  const mirror = { higher: "lower", slightlyHigher: "slightlyLower", same: "same", slightlyLower: "slightlyHigher", lower: "higher" } as const;
  fc.assert(
    fc.property(rate, rate, (a, b) => {
      assert.equal(compareGrowth(b, a), mirror[compareGrowth(a, b)]);
      assert.equal(compareGrowth(a, b) === "same", Math.round(a * 10) === Math.round(b * 10));
      assert.equal(["higher", "lower"].includes(compareGrowth(a, b)), isMaterialGap(a, b));
    }),
  );
});

test("provinces against the comparator: one list per decision of compareGrowth; missing in none; order kept", () => {
  const ps = [{ realGrowth: 5.1 }, { realGrowth: 5.0 }, { realGrowth: undefined }, { realGrowth: 6.5 }, { realGrowth: 4.9 }, { realGrowth: 3.5 }, { realGrowth: 5.2 }, { realGrowth: 4.8 }];
  assert.deepEqual(splitByComparator(ps, 5.0), {
    higher: [{ realGrowth: 6.5 }, { realGrowth: 5.2 }], // 5.2: exactly the tolerance
    slightlyHigher: [{ realGrowth: 5.1 }], // 略高于, as the regions' 5.1 against 5.0
    same: [{ realGrowth: 5.0 }],
    slightlyLower: [{ realGrowth: 4.9 }],
    lower: [{ realGrowth: 3.5 }, { realGrowth: 4.8 }],
  });
  assert.deepEqual(splitByComparator(ps, undefined), { higher: [], slightlyHigher: [], same: [], slightlyLower: [], lower: [] });
});

test("every province lands in the list of its compareGrowth decision, and 高于全国 (isAbove) is any published gap above", () => {
  const rate = fc.integer({ min: -50, max: 100 }).map((k) => k / 10);
  fc.assert(
    fc.property(fc.array(rate, { maxLength: 8 }), rate, (rates, comparator) => {
      const split = splitByComparator(rates.map((realGrowth) => ({ realGrowth })), comparator);
      for (const [c, ps] of Object.entries(split)) for (const p of ps) assert.equal(compareGrowth(p.realGrowth, comparator), c);
      const above = [...split.higher, ...split.slightlyHigher].length;
      assert.equal(above, rates.filter((r) => Math.round(r * 10) > Math.round(comparator * 10)).length);
      assert.equal(isAbove("slightlyHigher") && isAbove("higher") && !isAbove("same") && isBelow("slightlyLower") && isBelow("lower") && !isBelow("same"), true);
    }),
  );
});

const side = (id: string, share: number | undefined, sharePrev: number | undefined, growth: number | undefined): SideFacts => ({ id, share, sharePrev, realGrowth: { value: growth } });

test("north–south: the larger share is the stronger side; unchanged or reversed against the previous year", () => {
  // The bundled 2024 data: south 64.83 (64.71), north 35.17 (35.29); growth south 5.0, north 5.1.
  const d = northSouthBalance([side("north", 35.17, 35.29, 5.1), side("south", 64.83, 64.71, 5.0)])!;
  assert.equal(d.stronger, "south");
  assert.equal(d.change, "unchanged");
  assert.deepEqual(d.north, { share: 35.2, change: -0.1 }); // quoted to one decimal: 35.2 − 35.3
  assert.deepEqual(d.south, { share: 64.8, change: 0.1 });
  assert.equal(d.fasterButLostShare, undefined); // 0.1 point faster is below the tolerance: not explained
  assert.equal(d.growth, "slightlyHigher"); // north 5.1 against south 5.0: 略高于
  const reversed = northSouthBalance([side("north", 50.2, 49.9, 5.0), side("south", 49.8, 50.1, 5.0)])!;
  assert.equal(reversed.stronger, "north");
  assert.equal(reversed.change, "reversed");
  assert.equal(northSouthBalance([side("north", 35, undefined, 5), side("south", 65, undefined, 5)])!.change, undefined);
});

test("north–south price explanation: only when the faster side is ahead by at least 0.2 points and lost quoted share", () => {
  const balance = (northGrowth: number, southGrowth: number, northPrev: number) =>
    northSouthBalance([side("north", 35.17, northPrev, northGrowth), side("south", 100 - 35.17, 100 - northPrev, southGrowth)])!.fasterButLostShare;
  assert.equal(balance(5.2, 5.0, 35.29), "north"); // exactly at the tolerance, north lost 0.1
  assert.equal(balance(5.1, 5.0, 35.29), undefined); // just below
  assert.equal(balance(5.2, 5.0, 35.04), undefined); // north faster and gained share: nothing to explain
  assert.equal(balance(5.0, 5.3, 35.04), "south"); // south faster, lost share (north rose 35.0 → 35.2)
  assert.equal(balance(5.2, 5.0, 35.16), undefined); // quoted shares equal (35.2 and 35.2): no change
  assert.equal(northSouthBalance([side("north", 35, 36, undefined), side("south", 65, 64, 5.0)])!.fasterButLostShare, undefined);
});

test("north–south: no judgement without both sides' current shares", () => {
  assert.equal(northSouthBalance([side("north", undefined, 35, 5), side("south", 65, 65, 5)]), undefined);
  assert.equal(northSouthBalance([side("south", 65, 65, 5)]), undefined);
});
