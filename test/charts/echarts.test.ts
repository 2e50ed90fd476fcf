import { test } from "node:test";
import assert from "node:assert/strict";
import { assertRegistered } from "../../src/charts/echarts.js";
import { renderSvg } from "../../src/charts/render.js";

test("an option using an unregistered series type or component is refused by name, not silently drawn without it", () => {
  assert.throws(() => renderSvg({ series: [{ type: "heatmap", data: [] }] }, 100, 100), /series type "heatmap" is not registered in src\/charts\/echarts\.ts/);
  assert.throws(() => assertRegistered({ series: [{ type: "bar", markArea: { data: [] } }] }), /series component "markArea"/);
  assert.throws(() => assertRegistered({ dataZoom: [{}], series: [] }), /option "dataZoom"/);
  assert.throws(() => assertRegistered({ visualMap: { type: "continuous" } }), /visualMap type "continuous"/);
  assert.doesNotThrow(() => assertRegistered({ xAxis: {}, yAxis: {}, series: [{ type: "line", markLine: { data: [] } }, { type: "custom" }], visualMap: [{ type: "piecewise" }] }));
});
