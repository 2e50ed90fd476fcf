/**
 * Issue #9 class 9: a boundary file that cannot be drawn (a non-finite coordinate crashed the report
 * with a stack trace from the chart library) is refused when it is loaded, naming the feature.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_BOUNDARY_FILE, loadBoundaries } from "../../src/charts/boundaries.js";
import { loadRegistry } from "../../src/data/registry.js";
import { RegeconError } from "../../src/types/errors.js";

const FIX = fileURLToPath(new URL("../fixtures/boundaries/", import.meta.url));
const registry = loadRegistry();

function invalid(file: string, zh: RegExp, en: RegExp) {
  assert.throws(
    () => loadBoundaries(registry, { file }),
    (e: unknown) => {
      assert.ok(e instanceof RegeconError, String(e));
      assert.equal(e.code, "BOUNDARY_FILE_INVALID");
      assert.match(e.text.zh, zh);
      assert.match(e.text.en, en);
      return true;
    },
  );
}

test("a non-finite coordinate (1e999 in the JSON) is BOUNDARY_FILE_INVALID naming the feature and the position", () => {
  invalid(path.join(FIX, "non-finite.json"), /non-finite\.json 的第 2 个要素（“天津市”，代码 120000）的坐标 coordinates\[0\]\[2\] 不是两个有限的数（\[118, Infinity\]）/, /feature 2 \("天津市", code 120000\) has a position coordinates\[0\]\[2\] that is not two finite numbers/);
});

test("open rings and codes that are no province-level unit are refused; the bundled file passes", () => {
  invalid(path.join(FIX, "open-ring.json"), /第 2 个要素（“天津市”，代码 120000）的环 coordinates\[0\] 没有闭合/, /is not closed/);
  invalid(path.join(FIX, "unknown-code.json"), /第 2 个要素（“某地”，代码 990000）的代码 990000 不是省级行政区代码/, /code 990000, which is not a province-level code/);
  const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-geo-"));
  const write = (name: string, json: unknown) => {
    const p = path.join(dir, name);
    writeFileSync(p, JSON.stringify(json));
    return p;
  };
  const feature = (geometry: unknown, properties: unknown = { name: "北京", adcode: 110000 }) => ({ type: "FeatureCollection", features: [{ type: "Feature", properties, geometry }] });
  invalid(write("null-geometry.json", feature(null)), /没有几何图形/, /has no geometry/);
  invalid(write("point.json", feature({ type: "Point", coordinates: [116, 40] })), /几何类型“Point”/, /geometry type "Point"/);
  invalid(write("string.json", feature({ type: "Polygon", coordinates: [[[116, 40], [117, "40"], [117, 41], [116, 40]]] })), /coordinates\[0\]\[1\] 不是两个有限的数/, /not two finite numbers/);
  invalid(write("range.json", feature({ type: "Polygon", coordinates: [[[116, 40], [417, 40], [117, 41], [116, 40]]] })), /超出经度 ±180、纬度 ±90 的范围/, /outside longitude/);
  invalid(write("short.json", feature({ type: "Polygon", coordinates: [[[116, 40], [117, 40], [116, 40]]] })), /只有 3 个点（至少需要 4 个）/, /3 positions/);
  invalid(write("no-properties.json", feature({ type: "Polygon", coordinates: [] }, null)), /没有 properties/, /has no properties/);
  invalid(write("compressed.json", { type: "FeatureCollection", UTF8Encoding: true, features: [{ type: "Feature", properties: { name: "北京" }, geometry: { type: "Polygon", coordinates: [5], encodeOffsets: [[1, 2]] } }] }), /ECharts 压缩坐标无法解码/, /cannot be decoded/);
  assert.equal(loadBoundaries(registry, { file: DEFAULT_BOUNDARY_FILE }).featureNameByCode.size, 34);
});
