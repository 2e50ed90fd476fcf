/**
 * The disparity rules (src/analysis/rules/disparity.ts) on synthetic inputs: every branch and every
 * tolerance edge. The numbers are made up to sit on either side of an edge; none comes from data.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  DISPARITY_DECIMALS,
  SIGNIFICANCE,
  combinedDirection,
  convergenceVerdict,
  indexDirection,
  isSignificant,
  judgeDisparity,
  largestWithinGroups,
  moranVerdict,
  significantClusters,
  type Direction,
  type JudgedIndices,
} from "../../src/analysis/rules/disparity.js";
import { contributionShares } from "../../src/analysis/disparity.js";
import type { TheilDecomposition } from "../../src/stats/theilDecomposition.js";
import type { LocalMoranUnit } from "../../src/stats/spatial/localMoran.js";

test("significance: p below 5% is significant; p equal to the level is not", () => {
  assert.equal(SIGNIFICANCE, 0.05);
  assert.equal(isSignificant(0.0499999), true);
  assert.equal(isSignificant(0.05), false);
  assert.equal(isSignificant(0.0500001), false);
  assert.equal(isSignificant(0), true);
});

test("indexDirection compares the values as displayed (half-up at the given decimals)", () => {
  // 4 decimals: 0.38861 and 0.38864 both show 0.3886 → unchanged, although they differ.
  assert.equal(indexDirection(0.38861, 0.38864, 4), "unchanged");
  // 0.38864 shows 0.3886, 0.38866 shows 0.3887: a displayed rise of one unit → widened.
  assert.equal(indexDirection(0.38864, 0.38866, 4), "widened");
  assert.equal(indexDirection(0.38866, 0.38864, 4), "narrowed");
  // Half-up edge: 0.38865 shows 0.3887 (up), 0.388649 shows 0.3886.
  assert.equal(indexDirection(0.388649, 0.38865, 4), "widened");
  assert.equal(indexDirection(0.38865, 0.38866, 4), "unchanged");
  // Whole yuan: 22580.5 and 22581.49 both show 22581; 22580.49 shows 22580.
  assert.equal(indexDirection(22580.5, 22581.49, 0), "unchanged");
  assert.equal(indexDirection(22580.49, 22580.5, 0), "widened");
  assert.equal(indexDirection(42415, 22581, 0), "narrowed");
});

test("combinedDirection: agreement keeps the direction, any disagreement is mixed", () => {
  const all: Direction[] = ["narrowed", "widened", "unchanged", "mixed"];
  for (const x of all) for (const y of all) assert.equal(combinedDirection(x, y), x === y ? x : "mixed", `${x} + ${y}`);
});

const ix = (williamsonCV: number, theilTWeighted: number, sd: number, range: number): JudgedIndices => ({ williamsonCV, theilTWeighted, sd, range });

test("judgeDisparity: relative and absolute directions, each branch", () => {
  const base = ix(0.3886, 0.0676, 22581, 92060);
  // both relative indices fall, both absolute rise (the 2015→2024 pattern of the bundled data)
  assert.deepEqual(judgeDisparity(base, ix(0.3868, 0.0661, 42415, 174560), 0.01), { relative: "narrowed", relativeSlight: false, absolute: "widened" });
  assert.deepEqual(judgeDisparity(base, ix(0.39, 0.07, 20000, 90000), 0.01), { relative: "widened", relativeSlight: false, absolute: "narrowed" });
  // CV falls, Theil rises → mixed; SD rises, range falls → mixed
  assert.deepEqual(judgeDisparity(base, ix(0.3868, 0.07, 23000, 90000), 0.01), { relative: "mixed", relativeSlight: false, absolute: "mixed" });
  // unchanged as displayed (differences below half a displayed unit)
  assert.deepEqual(judgeDisparity(base, ix(0.38864, 0.06764, 22581.4, 92059.6), 0.01), { relative: "unchanged", relativeSlight: false, absolute: "unchanged" });
  // one index unchanged, the other narrowed: the indices disagree → mixed
  assert.equal(judgeDisparity(base, ix(0.3886, 0.0661, 22581, 92060), 0.01).relative, "mixed");
  assert.equal(judgeDisparity(base, ix(0.3886, 0.0676, 22581, 92000), 0.01).absolute, "mixed");
});

test("judgeDisparity: a relative change without a significant σ-trend is slight — at the 5% edge", () => {
  const a = ix(0.3886, 0.0676, 22581, 92060);
  const narrowed = ix(0.3868, 0.0661, 42415, 174560);
  const widened = ix(0.3900, 0.0700, 42415, 174560);
  assert.equal(judgeDisparity(a, narrowed, 0.067).relativeSlight, true);
  assert.equal(judgeDisparity(a, narrowed, 0.05).relativeSlight, true); // p = level: not significant
  assert.equal(judgeDisparity(a, narrowed, 0.0499).relativeSlight, false);
  assert.equal(judgeDisparity(a, widened, 0.2).relativeSlight, true);
  assert.equal(judgeDisparity(a, widened, 0.01).relativeSlight, false);
  // no trend test (two years only): not qualified
  assert.equal(judgeDisparity(a, narrowed, undefined).relativeSlight, false);
  // "slight" qualifies only a change
  assert.equal(judgeDisparity(a, ix(0.3886, 0.0676, 0, 0), 0.9).relativeSlight, false);
  assert.equal(judgeDisparity(a, ix(0.3868, 0.07, 0, 0), 0.9).relativeSlight, false);
  // the judgement never changes the direction itself
  assert.equal(judgeDisparity(a, narrowed, 0.9).relative, "narrowed");
});

test("judgeDisparity law: swapping the two years swaps narrowed and widened", () => {
  const swap: Record<Direction, Direction> = { narrowed: "widened", widened: "narrowed", unchanged: "unchanged", mixed: "mixed" };
  const value = fc.double({ min: 0.001, max: 1e5, noNaN: true });
  const indices = fc.tuple(value, value, value, value).map(([a, b, c, d]) => ix(a, b, c, d));
  fc.assert(
    fc.property(indices, indices, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), (a, b, p) => {
      const forward = judgeDisparity(a, b, p);
      const backward = judgeDisparity(b, a, p);
      assert.equal(backward.relative, swap[forward.relative]);
      assert.equal(backward.absolute, swap[forward.absolute]);
      assert.equal(backward.relativeSlight, forward.relativeSlight);
    }),
  );
});

test("DISPARITY_DECIMALS: relative indices at 4 decimals, yuan whole, p at 3 (Moran's randomisation p at 4)", () => {
  assert.deepEqual(DISPARITY_DECIMALS, { index: 4, yuan: 0, pValue: 3, moranPValue: 4, statistic: 2, percent: 1, rSquared: 3 });
});

test("convergenceVerdict: sign and significance of the coefficient, at the 5% edge", () => {
  assert.equal(convergenceVerdict(-0.0045, 0.339), "notSignificant");
  assert.equal(convergenceVerdict(-0.02, 0.0499), "convergence");
  assert.equal(convergenceVerdict(-0.02, 0.05), "notSignificant");
  assert.equal(convergenceVerdict(0.02, 0.0499), "divergence");
  assert.equal(convergenceVerdict(0.02, 0.05), "notSignificant");
});

test("moranVerdict: clustered when the one-sided randomisation p is below 5%", () => {
  assert.equal(moranVerdict(0.0005), "clustered");
  assert.equal(moranVerdict(0.0499), "clustered");
  assert.equal(moranVerdict(0.05), "notSignificant");
  assert.equal(moranVerdict(0.7), "notSignificant");
});

const unit = (id: string, quadrant: LocalMoranUnit["quadrant"], pValue: number): LocalMoranUnit => ({ id, quadrant, pValue, Ii: 0, z: 0, lag: 0 });

test("significantClusters: units with p below 5%, by quadrant in the order HH, LL, HL, LH", () => {
  const units = [unit("a", "LL", 0.01), unit("b", "HH", 0.049), unit("c", "HH", 0.05), unit("d", "LH", 0.2), unit("e", "HH", 0.001), unit("f", "HL", 0.03)];
  assert.deepEqual(significantClusters(units), [
    { quadrant: "HH", ids: ["b", "e"] },
    { quadrant: "LL", ids: ["a"] },
    { quadrant: "HL", ids: ["f"] },
    { quadrant: "LH", ids: [] },
  ]);
});

const decomposition = (total: number, within: number[]): TheilDecomposition => ({
  kind: "T",
  weighted: true,
  total,
  between: total - within.reduce((a, b) => a + b, 0),
  within: within.reduce((a, b) => a + b, 0),
  betweenShare: total > 0 ? 1 - within.reduce((a, b) => a + b, 0) / total : 0,
  groups: within.map((w, i) => ({ group: `g${i}`, n: 1, populationShare: 0.25, incomeShare: 0.25, mean: 1, index: 0, withinContribution: w })),
});

test("largestWithinGroups: the largest displayed share; ties at one decimal give all tied groups; no disparity gives none", () => {
  assert.deepEqual(largestWithinGroups(decomposition(1, [0.1, 0.3, 0.2])).map((g) => g.group), ["g1"]);
  // 30.004% and 29.996% both show 30.0%: tied
  assert.deepEqual(largestWithinGroups(decomposition(1, [0.30004, 0.29996, 0.1])).map((g) => g.group), ["g0", "g1"]);
  // 30.05% shows 30.1%, 29.996% shows 30.0%: not tied
  assert.deepEqual(largestWithinGroups(decomposition(1, [0.3005, 0.29996])).map((g) => g.group), ["g0"]);
  assert.deepEqual(largestWithinGroups(decomposition(0, [0, 0])), []);
});

test("contributionShares: % of the total; undefined (never 0%) when the total is 0", () => {
  const s = contributionShares(decomposition(0.5, [0.1, 0.2]))!;
  assert.ok(Math.abs(s.between - 40) < 1e-12 && Math.abs(s.within - 60) < 1e-12);
  assert.deepEqual(s.groups.map((x) => Math.round(x * 1e9) / 1e9), [20, 40]);
  assert.equal(contributionShares(decomposition(0, [0, 0])), undefined);
});
