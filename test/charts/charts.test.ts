import { test } from "node:test";
import assert from "node:assert/strict";
import { pieShares, renderPie } from "../../src/charts/pie.js";
import { barLineOption, renderBarLine, seriesValues } from "../../src/charts/barLine.js";
import { renderSortedBars, sortBarItems, stackedLabel } from "../../src/charts/sortedBars.js";
import { renderLines } from "../../src/charts/lines.js";
import { columnShares, renderStackedArea } from "../../src/charts/stackedArea.js";
import { renderGroupedBars } from "../../src/charts/groupedBars.js";
import { PALETTE } from "../../src/charts/style.js";
import { normaliseSvgIds } from "../../src/charts/render.js";
import { fixed } from "../../src/messages/format.js";
import { assertSnapshot } from "../helpers/snapshot.js";
import { REGION_GDP_2024, YEARS } from "./fixtures.js";

/** Render twice (with another chart in between, to move ECharts' global counters) and compare. */
function stable(render: () => { svg: string }): string {
  const a = render().svg;
  renderPie({ slices: [{ name: "x", value: 1 }] });
  const b = render().svg;
  assert.equal(a, b, "same input must give byte-identical SVG");
  return a;
}

test("pie shares of the reference report's 四大板块 GDP: 52.40/21.42/21.44/4.73 %", () => {
  // The report prints 21.43 % for 中部; 287156 / (702356+287156+287350+63451) = 21.4246 % → 21.42
  // (the report's shares come from another total or unrounded values: a known discrepancy).
  const s = pieShares(REGION_GDP_2024).map((x) => fixed(x, 2));
  assert.deepEqual(s, ["52.40", "21.42", "21.44", "4.73"]);
  assert.throws(() => pieShares([{ name: "a", value: -1 }]), RangeError);
  assert.throws(() => pieShares([{ name: "a", value: 0 }]), RangeError);
});

test("pie snapshot; labels carry the shares, colours follow the palette", () => {
  const svg = stable(() => renderPie({ slices: REGION_GDP_2024 }));
  assert.match(svg, /52\.40%/);
  assert.match(svg, new RegExp(PALETTE[0]));
  assertSnapshot("pie", svg);
});

test("data labels round half-up on the decimal value, as tables and prose do (not toFixed)", () => {
  // 5.05 is stored as 5.04999…: toFixed(1) gives "5.0", while NBS (and every table in the report)
  // prints 5.1; 4.35 likewise (toFixed "4.3", published 4.4).
  assert.equal((5.05).toFixed(1), "5.0");
  const svg = renderBarLine({ categories: ["A", "B"], bar: { name: "GDP", unit: "", values: [10, 20] }, line: { name: "growth", unit: "%", values: [5.05, 4.35], decimals: 1 } }).svg;
  assert.match(svg, />5\.1</);
  assert.match(svg, />4\.4</);
  assert.doesNotMatch(svg, />5\.0<|>4\.3</);
});

test("bar + line: missing is a gap, not zero; second axis for the line", () => {
  assert.deepEqual(seriesValues([1, undefined, Number.NaN, 0]), [1, "-", "-", 0]);
  const opt = barLineOption({ categories: ["a", "b"], bar: { name: "GDP", unit: "亿元", values: [1, 2] }, line: { name: "增速", unit: "%", values: [3, 4] } });
  assert.equal((opt.yAxis as unknown[]).length, 2);
  assert.throws(() => barLineOption({ categories: ["a"], bar: { name: "x", unit: "", values: [1, 2] }, line: { name: "y", unit: "", values: [1] } }), RangeError);
  const svg = stable(() =>
    renderBarLine({ categories: YEARS, bar: { name: "地区生产总值", unit: "亿元", values: [1013567, 1149237, 1204724, undefined, 1349084] }, line: { name: "实际增速", unit: "%", values: [2.2, 8.4, 3.0, 5.2, 5.0] } }),
  );
  assertSnapshot("barLine", svg);
});

test("sorted bars: descending, ties stable, missing last; CJK names stacked", () => {
  const items = [
    { name: "甲", value: 2 },
    { name: "乙", value: undefined },
    { name: "丙", value: 5 },
    { name: "丁", value: 2 },
    { name: "戊", value: 9 },
  ];
  assert.deepEqual(sortBarItems(items).map((i) => i.name), ["戊", "丙", "甲", "丁", "乙"]);
  assert.deepEqual(sortBarItems(items, "asc").map((i) => i.name), ["甲", "丁", "丙", "戊", "乙"]);
  assert.equal(stackedLabel("内蒙古"), "内\n蒙\n古");
  assert.equal(stackedLabel("Inner Mongolia"), "Inner Mongolia");
  const svg = stable(() =>
    renderSortedBars({
      items: [
        { name: "广东", value: 141634, lineValue: 3.5 },
        { name: "江苏", value: 137008, lineValue: 5.8 },
        { name: "内蒙古", value: 26315, lineValue: 5.8 },
        { name: "西藏", value: undefined, lineValue: 6.3 },
        { name: "山东", value: 98566, lineValue: 5.7 },
      ],
      bar: { name: "地区生产总值", unit: "亿元" },
      line: { name: "实际增速", unit: "%" },
      reference: { name: "平均", value: 80000 },
    }),
  );
  assertSnapshot("sortedBars", svg);
});

test("lines snapshot (English labels work too)", () => {
  const svg = stable(() =>
    renderLines({
      categories: YEARS,
      unit: "%",
      labelLast: true,
      series: [
        { name: "East", values: [2.6, 8.4, 3.1, 5.4, 5.2] },
        { name: "Northeast", values: [1.1, 6.1, 1.3, undefined, 4.5] },
      ],
    }),
  );
  assert.match(svg, /Northeast/);
  assertSnapshot("lines", svg);
});

test("lines: end labels of lines ending at the same value are moved apart, not printed over each other", () => {
  const { svg } = renderLines({
    categories: YEARS,
    unit: "%",
    labelLast: true,
    series: [
      { name: "East", values: [2.6, 8.4, 3.1, 5.4, 5.0] },
      { name: "Central", values: [2.0, 8.0, 3.5, 4.9, 5.0] },
      { name: "West", values: [2.2, 8.1, 3.3, 5.5, 5.1] },
    ],
  });
  const ys = [...svg.matchAll(/translate\([\d.]+ ([\d.]+)\)"[^>]*>5\.[01]<\/text>/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
  assert.equal(ys.length, 3);
  for (let i = 1; i < ys.length; i++) assert.ok(ys[i]! - ys[i - 1]! >= 10, `labels ${ys.join(", ")} overlap (11 px text)`);
});

test("stacked area: 100 % columns; a column with a missing part is missing in every series", () => {
  const s = columnShares([{ values: [1, 2, undefined] }, { values: [3, 2, 1] }], 3);
  assert.deepEqual(s, [[25, 50, undefined], [75, 50, undefined]]);
  const svg = stable(() =>
    renderStackedArea({
      categories: YEARS,
      unit: "亿元",
      percent: true,
      series: [
        { name: "第一产业", values: [7.7, 7.3, 7.3, 7.1, 6.8] },
        { name: "第二产业", values: [37.8, 39.3, 39.9, 38.3, 36.5] },
        { name: "第三产业", values: [54.5, 53.4, 52.8, 54.6, 56.7] },
      ],
    }),
  );
  assertSnapshot("stackedArea", svg);
});

test("grouped bars snapshot", () => {
  const svg = stable(() =>
    renderGroupedBars({
      categories: ["东部", "中部", "西部", "东北"],
      unit: "%",
      series: [
        { name: "2023年", values: [5.4, 4.9, 5.5, 4.8] },
        { name: "2024年", values: [5.2, 5.1, 5.2, undefined] },
      ],
    }),
  );
  assertSnapshot("groupedBars", svg);
});

test("normaliseSvgIds renames zrender counters in order of first appearance", () => {
  assert.equal(normaliseSvgIds('<a class="zr7-cls-12"/><b clip-path="url(#zr7-c0)" class="zr7-cls-12"/>'), '<a class="ec-0"/><b clip-path="url(#ec-1)" class="ec-0"/>');
});
