import type { Text } from "../types/text.js";

/**
 * Words of reading and validating a boundary file (`--boundaries FILE`, src/charts/boundaries.ts and
 * src/charts/validateBoundaries.ts). Feature names from the file are quoted data.
 */

export const unreadable = (file: string, reason: string): Text => ({ zh: `无法读取边界文件：${file}（${reason}）`, en: `cannot read the boundary file ${file} (${reason})` });
export const unreadableHint: Text = {
  zh: "指定一个 GeoJSON 文件（省级行政区 FeatureCollection；loadBoundaries 的选项 file，命令行：--boundaries）。",
  en: "Give a GeoJSON file (a FeatureCollection of province-level units): option file of loadBoundaries (CLI: --boundaries).",
};
export const notJson = (file: string, reason: string): Text => ({ zh: `边界文件不是有效的 JSON：${file}（${reason}）`, en: `the boundary file is not valid JSON: ${file} (${reason})` });
export const notJsonHint: Text = { zh: "文件应为 GeoJSON FeatureCollection。", en: "The file must be a GeoJSON FeatureCollection." };
export const notFeatureCollection = (file: string): Text => ({ zh: `边界文件不是 GeoJSON FeatureCollection：${file}`, en: `the boundary file is not a GeoJSON FeatureCollection: ${file}` });
export const featureCollectionHint: Text = {
  zh: '文件顶层应为 {"type": "FeatureCollection", "features": [...]}，每个省级行政区一个要素。',
  en: 'The top level must be {"type": "FeatureCollection", "features": [...]}, one feature per province-level unit.',
};

/** A feature as messages name it: its position in the file and, when it has them, its name and code. */
export const feature = (index: number, name: string | undefined, code: string | undefined): Text => {
  const zhId = [name ? `“${name}”` : "", code ? `代码 ${code}` : ""].filter(Boolean).join("，");
  const enId = [name ? `"${name}"` : "", code ? `code ${code}` : ""].filter(Boolean).join(", ");
  return { zh: `第 ${index + 1} 个要素${zhId ? `（${zhId}）` : ""}`, en: `feature ${index + 1}${enId ? ` (${enId})` : ""}` };
};

/** What is wrong with a feature. */
export type FeatureProblem =
  | { kind: "notFeature" }
  | { kind: "noProperties" }
  | { kind: "noGeometry" }
  | { kind: "geometryType"; type: string }
  | { kind: "badPosition"; path: string; value: string }
  | { kind: "outOfRange"; path: string; lon: number; lat: number }
  | { kind: "shortRing"; path: string; positions: number; min: number }
  | { kind: "openRing"; path: string }
  | { kind: "unknownCode"; code: string }
  | { kind: "undecodable"; reason: string };

export function featureProblem(p: FeatureProblem): Text {
  switch (p.kind) {
    case "notFeature":
      return { zh: "不是 GeoJSON 要素（Feature 对象）", en: "is not a GeoJSON Feature object" };
    case "noProperties":
      return { zh: "没有 properties（名称或代码）", en: "has no properties (name or code)" };
    case "noGeometry":
      return { zh: "没有几何图形", en: "has no geometry" };
    case "geometryType":
      return { zh: `的几何类型“${p.type}”不是 Polygon、MultiPolygon、LineString 或 MultiLineString`, en: `has the geometry type "${p.type}", not Polygon, MultiPolygon, LineString or MultiLineString` };
    case "badPosition":
      return { zh: `的坐标 ${p.path} 不是两个有限的数（${p.value}）`, en: `has a position ${p.path} that is not two finite numbers (${p.value})` };
    case "outOfRange":
      return { zh: `的坐标 ${p.path}（${p.lon}, ${p.lat}）超出经度 ±180、纬度 ±90 的范围`, en: `has a position ${p.path} (${p.lon}, ${p.lat}) outside longitude ±180, latitude ±90` };
    case "shortRing":
      return { zh: `的环 ${p.path} 只有 ${p.positions} 个点（至少需要 ${p.min} 个）`, en: `has a ring ${p.path} of ${p.positions} positions (at least ${p.min} are needed)` };
    case "openRing":
      return { zh: `的环 ${p.path} 没有闭合（首末点不同）`, en: `has a ring ${p.path} that is not closed (its first and last positions differ)` };
    case "unknownCode":
      return { zh: `的代码 ${p.code} 不是省级行政区代码`, en: `has the code ${p.code}, which is not a province-level code` };
    case "undecodable":
      return { zh: `的 ECharts 压缩坐标无法解码（${p.reason}）`, en: `has ECharts-compressed coordinates that cannot be decoded (${p.reason})` };
  }
}

export const invalidFeature = (file: string, which: Text, problem: Text): Text => ({
  zh: `边界文件 ${file} 的${which.zh}${problem.zh}`,
  en: `in the boundary file ${file}, ${which.en} ${problem.en}`,
});
export const invalidFeatureHint: Text = {
  zh: "修正或删去这个要素后重试；GeoJSON 的多边形环须闭合（首末点相同）、至少 4 个点，坐标为有限的经纬度；省级代码为 GB/T 2260 六位代码（如 110000）。",
  en: "Fix or remove the feature and try again: GeoJSON polygon rings are closed (first and last positions equal) with at least 4 positions, coordinates are finite longitude and latitude, and province-level codes are six-digit GB/T 2260 codes (e.g. 110000).",
};
