import { test } from "node:test";
import assert from "node:assert/strict";
import { loadRegistry } from "../../src/data/registry.js";
import {
  checkBoundaries,
  decodeUtf8Encoding,
  loadBoundaries,
  minLatitude,
  MAP_MISSING_HONG_KONG,
  MAP_MISSING_PROVINCES,
  MAP_MISSING_TAIWAN,
  MAP_NO_APPROVAL_NUMBER,
  MAP_NO_SOUTH_CHINA_SEA,
  MAP_UNMATCHED_FEATURES,
  type GeoFeature,
  type GeoFeatureCollection,
} from "../../src/charts/boundaries.js";
import { classColours, classLabels, codesWithoutValue, colourClass, mapNotes, renderChoropleth } from "../../src/charts/choropleth.js";
import { assertSnapshot } from "../helpers/snapshot.js";
import { RegeconError } from "../../src/types/errors.js";

const registry = loadRegistry();

function square(lon: number, lat: number): GeoFeature["geometry"] {
  return { type: "Polygon", coordinates: [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]] };
}
/** A synthetic plain GeoJSON with one square per province (full names) + 港澳台. */
function syntheticFc(skip: string[] = []): GeoFeatureCollection {
  const features: GeoFeature[] = registry.provinces
    .filter((p) => !skip.includes(p.code))
    .map((p, i) => ({ type: "Feature", properties: { name: p.nameFull }, geometry: square(80 + i, 30) }));
  for (const [name, lat] of [["台湾省", 23], ["香港特别行政区", 22], ["澳门特别行政区", 22]] as const) {
    if (!skip.includes(name)) features.push({ type: "Feature", properties: { name }, geometry: square(120, lat) });
  }
  return { type: "FeatureCollection", features };
}

test("colour classes: class = number of breaks ≤ value; missing → undefined", () => {
  const breaks = [20000, 40000, 60000];
  assert.equal(colourClass(19999.9, breaks), 0);
  assert.equal(colourClass(20000, breaks), 1);
  assert.equal(colourClass(59999, breaks), 2);
  assert.equal(colourClass(141634, breaks), 3);
  assert.equal(colourClass(undefined, breaks), undefined);
  assert.equal(colourClass(Number.NaN, breaks), undefined);
  assert.throws(() => colourClass(1, [2, 1]), RangeError);
  assert.throws(() => colourClass(1, []), RangeError);
  // labels at the displayed precision (integers): the first class ends at 19999, not "< 20000"
  assert.deepEqual(classLabels(breaks), ["≤ 19999", "20000~39999", "40000~59999", "≥ 60000"]);
  assert.equal(new Set(classColours(4)).size, 4);
});

test("bundled ECharts 4.9.0 file: decoded, all 34 units matched, 南海诸岛 via the ECharts inset, no warnings", () => {
  const b = loadBoundaries(registry);
  assert.equal(b.mapName, "china");
  assert.equal(b.southChinaSea, "inset");
  assert.equal(b.featureNameByCode.size, 34);
  assert.equal(b.featureNameByCode.get("150000"), "内蒙古");
  assert.equal(b.featureNameByCode.get("710000"), "台湾");
  assert.deepEqual(b.warnings, []);
  // Under a map the reader sees what the boundaries are, not the file (data/geo/SOURCES.md names it).
  assert.deepEqual(b.credit, { zh: "底图：行政区划示意底图（Apache ECharts 4.9.0 所附中国地图数据）", en: "base map: schematic boundaries from the Apache ECharts 4.9.0 map data" });
  assert.doesNotMatch(`${b.credit.zh} ${b.credit.en}`, /\.json|china\.json|Apache-2\.0/);
  // decoded: 海南 lies around 18–20°N, 110°E
  const hainan = b.geoJson.features.find((f) => f.properties.name === "海南")!;
  const lat = minLatitude(hainan.geometry);
  assert.ok(lat > 18 && lat < 18.5, `海南 southern tip ${lat}`);
});

test("decodeUtf8Encoding: zig-zag/delta decoding of one ring, input not mutated", () => {
  // offsets (1024, 2048) = (1°, 2°); chars "B" = 64+2 → +1 (zig-zag 2 → 1), "A" = 64+1 → −1, "@" → 0
  const fc = { type: "FeatureCollection", UTF8Encoding: true, features: [{ type: "Feature", properties: { name: "x" }, geometry: { type: "Polygon", coordinates: ["BA@A"], encodeOffsets: [[1024, 2048]] } }] } as unknown as GeoFeatureCollection;
  const d = decodeUtf8Encoding(fc);
  assert.deepEqual((d.features[0]!.geometry as { coordinates: unknown }).coordinates, [[[1025 / 1024, 2047 / 1024], [1025 / 1024, 2046 / 1024]]]);
  assert.equal(fc.UTF8Encoding, true);
});

test("completeness: missing provinces, Taiwan, Hong Kong, unmatched features, South China Sea", () => {
  const fc = syntheticFc(["150000", "540000", "台湾省", "香港特别行政区"]);
  fc.features.push({ type: "Feature", properties: { name: "火星" }, geometry: square(100, 40) });
  const b = checkBoundaries(fc, registry, "test.json", false);
  assert.deepEqual(b.credit, { zh: "底图：test.json", en: "base map: test.json" }); // the user's own file, by its name
  const codes = b.warnings.map((w) => w.code);
  assert.deepEqual(codes, [MAP_MISSING_PROVINCES, MAP_MISSING_TAIWAN, MAP_MISSING_HONG_KONG, MAP_NO_SOUTH_CHINA_SEA, MAP_UNMATCHED_FEATURES]);
  assert.match(b.warnings[0]!.message.zh, /2 个省级行政区：内蒙古、西藏/);
  assert.match(b.warnings[0]!.message.en, /2 province-level units: Inner Mongolia, Tibet/);
  assert.match(b.warnings[4]!.message.zh, /火星/);
  assert.equal(b.southChinaSea, "none");
  // with the inset allowed: registered as "china", no South China Sea warning
  const withInset = checkBoundaries(syntheticFc(), registry, "test.json");
  assert.equal(withInset.mapName, "china");
  assert.deepEqual(withInset.warnings, []);
});

test("a file with the dashed line or islands south of 12°N is registered as china-full (no second inset)", () => {
  const fc = syntheticFc();
  fc.features.push({ type: "Feature", properties: { adcode: 100000, name: "", adchar: "JD" }, geometry: square(115, 10) });
  const b = checkBoundaries(fc, registry, "t");
  assert.equal(b.southChinaSea, "feature");
  assert.equal(b.mapName, "china-full");
  assert.deepEqual(b.warnings, []);
  const fc2 = syntheticFc();
  (fc2.features.find((f) => f.properties.name === "海南省")!).geometry = { type: "MultiPolygon", coordinates: [[[[110, 18], [111, 18], [111, 19], [110, 18]]], [[[112, 4], [112.1, 4], [112.1, 4.1], [112, 4]]]] };
  assert.equal(checkBoundaries(fc2, registry, "t").mapName, "china-full");
});

test("unreadable / invalid boundary files are RegeconErrors", () => {
  assert.throws(() => loadBoundaries(registry, { file: "/nonexistent/x.json" }), (e: unknown) => e instanceof RegeconError && e.code === "BOUNDARY_FILE_UNREADABLE");
  assert.throws(() => loadBoundaries(registry, { file: new URL("../../package.json", import.meta.url).pathname }), (e: unknown) => e instanceof RegeconError && e.code === "BOUNDARY_FILE_INVALID");
});

test("审图号 note under the map; warning when absent", () => {
  const b = loadBoundaries(registry);
  assert.deepEqual(mapNotes(b, "GS(2019)1822号"), { notes: [{ zh: "审图号：GS(2019)1822号", en: "Map approval number (审图号): GS(2019)1822号" }], warnings: [] });
  assert.deepEqual(mapNotes(b, "审图号：GS(2019)1822号").notes.map((n) => n.zh), ["审图号：GS(2019)1822号"]);
  const none = mapNotes(b);
  // without an approval number the map says it is a schematic that must not be published as it is
  assert.deepEqual(none.notes.map((n) => n.zh), ["注：本图为示意图，未经审图，未标注审图号，不得以此形式公开出版或刊登。"]);
  assert.deepEqual(none.warnings.map((w) => w.code), [MAP_NO_APPROVAL_NUMBER]);
});

test("choropleth: regions without a value; deterministic snapshot with the 南海诸岛 inset", () => {
  const boundaries = loadBoundaries(registry);
  const values = registry.provinces.map((p, i) => ({ code: p.code, value: p.code === "540000" ? undefined : 10000 + i * 4000 }));
  assert.deepEqual(codesWithoutValue({ boundaries, values }), ["540000", "710000", "810000", "820000"]);
  const input = { boundaries, values, breaks: [30000, 60000, 90000], legendTitle: "地区生产总值（亿元）", noDataLabel: "无数据" };
  const a = renderChoropleth(input).svg;
  const b = renderChoropleth(input).svg;
  assert.equal(a, b);
  assert.match(a, /无数据/);
  // the inset frame: ECharts' 南海诸岛 region is the last region path (fill white from our decoration style)
  assert.ok((a.match(/<path /g) ?? []).length > 35);
  assertSnapshot("choropleth", a);
});
