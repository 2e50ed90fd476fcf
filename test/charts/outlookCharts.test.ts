import { test } from "node:test";
import assert from "node:assert/strict";
import { rangeDotsOption, renderRangeDots, seriesRange } from "../../src/charts/rangeDots.js";
import { axisScale, projectedVsActualOption, renderProjectedVsActual } from "../../src/charts/projectedVsActual.js";
import { symmetricScale } from "../../src/charts/symmetricScale.js";
import { PALETTE } from "../../src/charts/style.js";
import { assertSnapshot } from "../helpers/snapshot.js";

const RANGE_INPUT = {
  categories: ["东部", "中部", "西部", "东北", "北方", "南方"],
  unit: "个百分点",
  series: [
    { name: "惯性情景", values: [-0.006, 0.001, 0.084, -0.078, -0.07, 0.07], errors: [0.167, 0.167, 0.167, 0.167, 0.16, 0.16], decimals: 1 },
    { name: "趋势情景", values: [-0.038, 0.021, 0.107, -0.089, -0.07, 0.07], errors: [0.138, 0.138, 0.138, 0.138, 0.18, 0.18], decimals: 1 },
    { name: "收敛情景", values: [0.026, -0.02, 0.076, -0.081, -0.17, 0.17], errors: [0.117, 0.117, 0.117, 0.117, 0.17, 0.17], decimals: 1 },
    { name: "目标情景", values: [undefined, undefined, undefined, undefined, undefined, undefined] },
  ],
};

test("range chart: the range per category spans the series; missing draws nothing, never 0", () => {
  const r = seriesRange(RANGE_INPUT);
  assert.deepEqual(r[0], { min: -0.038, max: 0.026 });
  assert.deepEqual(seriesRange({ categories: ["a"], unit: "", series: [{ name: "x", values: [undefined] }] }), [undefined]);
  assert.throws(() => seriesRange({ categories: ["a", "b"], unit: "", series: [{ name: "x", values: [1] }] }), RangeError);
  const opt = rangeDotsOption(RANGE_INPUT);
  const series = opt.series as { name: string; data: unknown[] }[];
  // dots first (series k takes PALETTE[k]); the missing scenario has no data points
  assert.deepEqual(series.slice(0, 4).map((s) => s.data.length), [6, 6, 6, 0]);
  // each dot carries its own category's error: the regions' share error, then the north–south one
  assert.deepEqual(series[0]!.data.map((d) => (d as number[])[2]), [0.167, 0.167, 0.167, 0.167, 0.16, 0.16]);
  assert.throws(() => seriesRange({ categories: ["a", "b"], unit: "", series: [{ name: "x", values: [1, 2], errors: [0.1] }] }), RangeError);
  assert.equal((opt.color as string[])[0], PALETTE[0]);
});

test("symmetric scale: round limits from 1, 2, 2.5, 5 × 10^k; a fifth (a quarter for 2) between ticks", () => {
  assert.deepEqual(symmetricScale(0.33, 1), { limit: 0.5, interval: 0.1 });
  assert.deepEqual(symmetricScale(0.15, 1), { limit: 0.2, interval: 0.05 });
  assert.deepEqual(symmetricScale(0.21, 1), { limit: 0.25, interval: 0.05 });
  assert.deepEqual(symmetricScale(0.5, 1), { limit: 0.5, interval: 0.1 });
  assert.deepEqual(symmetricScale(6, 1), { limit: 10, interval: 2 });
  assert.deepEqual(symmetricScale(0), { limit: 0.1, interval: 0.02 });
});

test("range chart snapshot (same input, same bytes)", () => {
  const a = renderRangeDots(RANGE_INPUT).svg;
  assert.equal(renderRangeDots(RANGE_INPUT).svg, a);
  assert.match(a, /惯性情景/);
  assertSnapshot("outlookRange", a);
});

const SCATTER_INPUT = {
  xName: "推算变化（个百分点）",
  yName: "实际变化（个百分点）",
  diagonalName: "推算=实际",
  series: [
    { name: "惯性情景", points: [[0.1, 0.2], [-0.3, -0.1], [0.05, -0.2]] as [number, number][] },
    { name: "收敛情景", points: [[0.15, 0.2], [-0.2, -0.1], [0, -0.2]] as [number, number][] },
  ],
};

test("projected vs actual: symmetric equal axes covering every point, diagonal through the corners", () => {
  // largest |value| 0.3 × 1.1 = 0.33 → ±0.5, ticks every 0.1
  assert.deepEqual(axisScale(SCATTER_INPUT), { limit: 0.5, interval: 0.1 });
  assert.deepEqual(axisScale({ ...SCATTER_INPUT, series: [] }), { limit: 0.1, interval: 0.02 });
  const opt = projectedVsActualOption(SCATTER_INPUT);
  const diagonal = (opt.series as { name: string; data: number[][] }[]).at(-1)!;
  assert.equal(diagonal.name, "推算=实际");
  assert.deepEqual(diagonal.data, [[-0.5, -0.5], [0.5, 0.5]]);
});

test("projected vs actual snapshot", () => {
  const a = renderProjectedVsActual(SCATTER_INPUT).svg;
  assert.equal(renderProjectedVsActual(SCATTER_INPUT).svg, a);
  assertSnapshot("outlookProjectedVsActual", a);
});
