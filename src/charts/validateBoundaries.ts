import * as m from "../messages/boundaries.js";
import { RegeconError } from "../types/errors.js";
import type { GeoFeature, GeoFeatureCollection } from "./boundaries.js";

/** Geometry types a province map may hold: areas, and lines (the South China Sea dashed line). */
const GEOMETRY_TYPES = new Set(["Polygon", "MultiPolygon", "LineString", "MultiLineString"]);

/**
 * RFC 7946 §3.1.6: a linear ring is closed and has at least 4 positions. ECharts' compressed format
 * (`UTF8Encoding`) stores rings without the closing position (ECharts closes them when drawing), so
 * there a ring needs 3 positions and need not repeat its first one.
 */
const MIN_RING_POSITIONS = { plain: 4, compressed: 3 } as const;

/** What identifies a feature in messages: its name and GB/T 2260 code. */
export type FeatureCode = (f: GeoFeature) => string | undefined;

/**
 * Check every feature of a boundary FeatureCollection before anything draws it, since the chart library
 * crashes on non-finite coordinates: each feature is a Feature with properties and a Polygon,
 * MultiPolygon, LineString or MultiLineString geometry whose positions are two finite numbers within
 * longitude ±180 and latitude ±90; polygon rings are closed with at least 4 positions (3, unclosed, in
 * ECharts' compressed format, `compressed`); a six-digit code (adcode, id) is a province-level code
 * (`knownCodes`). Throws RegeconError `BOUNDARY_FILE_INVALID` naming the file, the feature (position,
 * name, code) and the problem (with the position's path, e.g. coordinates[0][12]).
 */
export function validateFeatures(fc: GeoFeatureCollection, file: string, knownCodes: ReadonlySet<string>, codeOf: FeatureCode, compressed: boolean): void {
  fc.features.forEach((f, index) => {
    const name = isObject(f) && isObject(f.properties) && typeof f.properties.name === "string" ? f.properties.name : undefined;
    const fail = (p: m.FeatureProblem) => {
      const code = isObject(f) && isObject(f.properties) ? codeOf(f) : undefined;
      throw new RegeconError("BOUNDARY_FILE_INVALID", m.invalidFeature(file, m.feature(index, name, code), m.featureProblem(p)), m.invalidFeatureHint);
    };
    if (!isObject(f) || f.type !== "Feature") return fail({ kind: "notFeature" });
    if (!isObject(f.properties)) return fail({ kind: "noProperties" });
    const code = codeOf(f);
    if (code !== undefined && !knownCodes.has(code)) return fail({ kind: "unknownCode", code });
    const g = f.geometry;
    if (!isObject(g)) return fail({ kind: "noGeometry" });
    if (!GEOMETRY_TYPES.has(g.type)) return fail({ kind: "geometryType", type: String(g.type) });
    const problem = geometryProblem(g.type, g.coordinates, compressed ? MIN_RING_POSITIONS.compressed : MIN_RING_POSITIONS.plain, !compressed);
    if (problem) return fail(problem);
  });
}

/**
 * Check the raw shape of ECharts-compressed features before decoding them (`decodeUtf8Encoding`
 * assumes it): each ring is a string with a [x, y] offset of finite numbers. Throws like `validateFeatures`.
 */
export function validateCompressed(fc: GeoFeatureCollection, file: string, codeOf: FeatureCode): void {
  fc.features.forEach((f, index) => {
    if (!isObject(f)) throw new RegeconError("BOUNDARY_FILE_INVALID", m.invalidFeature(file, m.feature(index, undefined, undefined), m.featureProblem({ kind: "notFeature" })), m.invalidFeatureHint);
    if (!isObject(f.geometry) || f.geometry.encodeOffsets === undefined) return;
    const g = f.geometry;
    const depth = ({ LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 } as Record<string, number>)[g.type];
    const ok = (c: unknown, o: unknown, level: number): boolean =>
      level === 0
        ? typeof c === "string" && Array.isArray(o) && o.length >= 2 && Number.isFinite(o[0]) && Number.isFinite(o[1])
        : Array.isArray(c) && Array.isArray(o) && c.length === o.length && c.every((x, i) => ok(x, o[i], level - 1));
    if (depth !== undefined && ok(g.coordinates, g.encodeOffsets, depth)) return;
    const name = isObject(f.properties) && typeof f.properties.name === "string" ? f.properties.name : undefined;
    const which = m.feature(index, name, isObject(f.properties) ? codeOf(f) : undefined);
    throw new RegeconError("BOUNDARY_FILE_INVALID", m.invalidFeature(file, which, m.featureProblem({ kind: "undecodable", reason: `${String(g.type)}, coordinates/encodeOffsets` })), m.invalidFeatureHint);
  });
}

/** The first problem of a (decoded) geometry's coordinates, or undefined. */
function geometryProblem(type: string, coordinates: unknown, minRing: number, mustClose: boolean): m.FeatureProblem | undefined {
  const depth = { LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[type]!;
  const isPolygon = type === "Polygon" || type === "MultiPolygon";
  const walk = (c: unknown, level: number, path: string): m.FeatureProblem | undefined => {
    if (level === 0) return positionProblem(c, path);
    if (!Array.isArray(c)) return { kind: "badPosition", path, value: short(c) };
    if (level === 1 && isPolygon) {
      if (c.length < minRing) return { kind: "shortRing", path, positions: c.length, min: minRing };
    }
    for (let i = 0; i < c.length; i++) {
      const p = walk(c[i], level - 1, `${path}[${i}]`);
      if (p) return p;
    }
    if (level === 1 && isPolygon && mustClose) {
      const [a, b] = [c[0] as number[], c[c.length - 1] as number[]];
      if (a[0] !== b[0] || a[1] !== b[1]) return { kind: "openRing", path };
    }
    return undefined;
  };
  return walk(coordinates, depth, "coordinates");
}

function positionProblem(p: unknown, path: string): m.FeatureProblem | undefined {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== "number" || typeof p[1] !== "number" || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return { kind: "badPosition", path, value: short(p) };
  }
  const [lon, lat] = p as [number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return { kind: "outOfRange", path, lon, lat };
  return undefined;
}

/** A value as the message shows it (non-finite numbers as Infinity/NaN, not JSON's null). */
function short(v: unknown): string {
  const s = Array.isArray(v) ? `[${v.map((x) => (typeof x === "number" ? String(x) : JSON.stringify(x))).join(", ")}]` : typeof v === "number" ? String(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
