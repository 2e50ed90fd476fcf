import { test } from "node:test";
import assert from "node:assert/strict";
import { renderStackedBars, stackedBarsOption } from "../../src/charts/stackedBars.js";
import { PALETTE } from "../../src/charts/style.js";
import { assertSnapshot } from "../helpers/snapshot.js";

// 京津冀 three-industry structure 2019–2024 (%, each part rounded half-up), from data/nbs/sectors.csv.
const STRUCTURE = {
  categories: ["2019", "2020", "2021", "2022", "2023", "2024"],
  series: [
    { name: "第一产业", values: [4.4, 4.7, 4.3, 4.6, 4.4, 4.3] },
    { name: "第二产业", values: [27.9, 27.7, 29.5, 28.1, 27.3, 26.8] },
    { name: "第三产业", values: [67.7, 67.6, 66.2, 67.4, 68.3, 68.9] },
  ],
  unit: "%",
  decimals: 1,
  max: 100,
};

test("stacked bars: one stack, palette colours in series order, missing is a gap; small segments unlabelled", () => {
  const option = stackedBarsOption({ ...STRUCTURE, series: [{ name: "a", values: [1, undefined] }, { name: "b", values: [99, 50] }], categories: ["x", "y"] }) as {
    series: { stack: string; data: unknown[]; label: { formatter: (p: { value: number }) => string } }[];
    color: string[];
  };
  assert.ok(option.series.every((s) => s.stack === "total"));
  assert.deepEqual(option.series[0]!.data, [1, "-"]);
  assert.deepEqual(option.color, [...PALETTE]);
  const label = option.series[1]!.label.formatter;
  assert.equal(label({ value: 67.65 }), "67.7"); // half-up on the decimal value
  assert.equal(option.series[0]!.label.formatter({ value: 2.9 }), ""); // below minLabelled (3)
  assert.throws(() => stackedBarsOption({ ...STRUCTURE, categories: ["2019"] }), RangeError);
});

test("stacked bars snapshot (京津冀 structure 2019–2024); the same input gives the same SVG", () => {
  const svg = renderStackedBars(STRUCTURE).svg;
  assert.equal(renderStackedBars(STRUCTURE).svg, svg);
  assert.match(svg, />68\.9</);
  assertSnapshot("stackedBars", svg);
});
