/**
 * Charts of the dashboard: options travel to the browser as JSON without losing a formatter that
 * matters, and downloads wrap the report's SVG with title and source, deterministically.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { barLineOption } from "../../src/charts/barLine.js";
import { linesOption } from "../../src/charts/lines.js";
import { chartFigureSvg, jsonOption, wrapText } from "../../src/server/chart.js";
import { BoundedCache } from "../../src/server/cache.js";

test("jsonOption: plain data passes; a hidden label's function formatter is dropped; any other function is refused", () => {
  const lines = linesOption({ categories: ["2023", "2024"], series: [{ name: "a", values: [1, 2.345] }], unit: "%", labelLast: true, decimals: 1 });
  assert.deepEqual(jsonOption(lines), JSON.parse(JSON.stringify(lines)));
  const hidden = barLineOption({ categories: ["x"], bar: { name: "b", unit: "u", values: [1] }, line: { name: "l", unit: "%", values: [2] }, showValues: false });
  const json = jsonOption(hidden) as { series: { label: Record<string, unknown> }[] };
  assert.equal(json.series[0]!.label.formatter, undefined);
  assert.equal(json.series[0]!.label.show, false);
  const shown = barLineOption({ categories: ["x"], bar: { name: "b", unit: "u", values: [1] }, line: { name: "l", unit: "%", values: [2] }, showValues: true });
  assert.throws(() => jsonOption(shown), /option\.series\[0\]\.label\.formatter/);
});

test("wrapText: breaks CJK anywhere and Latin text at spaces, within the width", () => {
  assert.deepEqual(wrapText("一二三四五六七八九十", 4), ["一二三四", "五六七八", "九十"]);
  assert.deepEqual(wrapText("one two three four", 6), ["one two", "three four"]); // Latin ≈ 0.55 em a character
  assert.deepEqual(wrapText("short", 10), ["short"]);
});

test("chartFigureSvg: title above, the report's chart inside, notes and source below; same input, same bytes", () => {
  const chart = {
    id: "x",
    title: "2015~2024年四大板块地区生产总值实际增速",
    option: linesOption({ categories: ["2023", "2024"], series: [{ name: "东部", values: [5.6, 5.0] }], unit: "%" }),
    size: { width: 760, height: 400 },
    notes: ["方法：加权平均。"],
    source: "资料来源：国家统计局。",
  };
  const a = chartFigureSvg(chart);
  assert.equal(a.svg, chartFigureSvg(chart).svg);
  assert.ok(a.height > 400);
  const order = ["2015~2024年四大板块", "<svg x=\"0\"", "方法：加权平均。", "资料来源：国家统计局。"].map((s) => a.svg.indexOf(s));
  assert.ok(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!)), JSON.stringify(order));
});

test("BoundedCache keeps at most its capacity, drops the oldest, and does not keep failures", () => {
  const cache = new BoundedCache<number>(2);
  let made = 0;
  const make = (v: number) => () => (made++, v);
  cache.get("a", make(1));
  cache.get("b", make(2));
  assert.equal(cache.get("a", make(9)), 1);
  cache.get("c", make(3));
  assert.equal(cache.size, 2);
  assert.equal(cache.get("a", make(4)), 4, "the oldest entry was dropped");
  assert.throws(() => cache.get("d", () => {
    throw new Error("boom");
  }));
  assert.equal(cache.get("d", make(5)), 5);
  assert.equal(made, 5);
});
