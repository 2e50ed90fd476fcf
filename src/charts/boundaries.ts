import fs from "node:fs";
import path from "node:path";
import * as echarts from "./echarts.js";
import type { Registry } from "../data/registry.js";
import { BUNDLED_DATA_DIR } from "../data/paths.js";
import * as loading from "../messages/boundaries.js";
import { RegeconError } from "../types/errors.js";
import { NATIONAL_CODE } from "../types/observation.js";
import type { Text } from "../types/text.js";
import * as m from "../messages/charts.js";
import { validateCompressed, validateFeatures } from "./validateBoundaries.js";

/** Warning: one or more of the 31 provinces has no boundary feature. */
export const MAP_MISSING_PROVINCES = "MAP_MISSING_PROVINCES";
/** Warning: 台湾 (710000) has no boundary feature; a published map of China must show it. */
export const MAP_MISSING_TAIWAN = "MAP_MISSING_TAIWAN";
/** Warning: 香港 (810000) has no boundary feature. */
export const MAP_MISSING_HONG_KONG = "MAP_MISSING_HONG_KONG";
/** Warning: 澳门 (820000) has no boundary feature. */
export const MAP_MISSING_MACAO = "MAP_MISSING_MACAO";
/** Warning: neither the file nor an inset shows the South China Sea islands (南海诸岛). */
export const MAP_NO_SOUTH_CHINA_SEA = "MAP_NO_SOUTH_CHINA_SEA";
/** Warning: features whose name/code matches no province-level unit (they are drawn, without data). */
export const MAP_UNMATCHED_FEATURES = "MAP_UNMATCHED_FEATURES";
/** Warning: no 审图号 was given (`--map-approval`); a published map must print it. */
export const MAP_NO_APPROVAL_NUMBER = "MAP_NO_APPROVAL_NUMBER";

/** A named completeness warning for the report (words from messages/charts.ts; tests assert `code`). */
export interface MapWarning {
  code: string;
  message: Text;
}

/**
 * Names of map units and features as boundary files spell them (data/geo/map-units.json: data, not
 * words of regecon): the units outside the 31 provinces, the South China Sea dashed line, ECharts' inset.
 */
const MAP_UNITS = JSON.parse(fs.readFileSync(path.join(BUNDLED_DATA_DIR, "geo", "map-units.json"), "utf8")) as {
  nonMainland: { code: string; name: string; names: string[] }[];
  dashedLineName: string;
  dashedLinePattern: string;
  echartsInsetName: string;
};

/** The warning for each unit outside the 31 provinces whose feature is missing. */
const MISSING_UNIT_WARNING: Readonly<Record<string, string>> = { "710000": MAP_MISSING_TAIWAN, "810000": MAP_MISSING_HONG_KONG, "820000": MAP_MISSING_MACAO };

/** Province-level units outside the 31 provinces of the registry that a map of China must show. */
export const NON_MAINLAND_UNITS: readonly { code: string; name: string; names: readonly string[]; warning: string }[] = MAP_UNITS.nonMainland.map((u) => ({
  ...u,
  warning: MISSING_UNIT_WARNING[u.code]!,
}));

/** Minimal GeoJSON shapes used here. */
export interface GeoFeature {
  type: "Feature";
  id?: string | number;
  properties: Record<string, unknown> & { name?: string };
  geometry: { type: string; coordinates: unknown; encodeOffsets?: unknown } | null;
}
export interface GeoFeatureCollection {
  type: "FeatureCollection";
  features: GeoFeature[];
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
}

/** How the South China Sea islands appear: in the file, as ECharts' 南海诸岛 inset, or not at all. */
export type SouthChinaSea = "feature" | "inset" | "none";

/** Boundaries ready for a choropleth: decoded GeoJSON, the registered map name and the code → feature-name match. */
export interface Boundaries {
  /** Name registered with ECharts: "china" (ECharts adds the 南海诸岛 inset and 钓鱼岛/赤尾屿) or "china-full". */
  mapName: string;
  /** Where the geometry came from, for the command line's warnings (file path, or the bundled file's description). */
  origin: string;
  /** How the document names the boundaries under every map (reader words, not a file name for the bundled ones). */
  credit: Text;
  /** Plain (decoded) GeoJSON; feature `properties.name` normalised to short names (北京, 台湾, …). */
  geoJson: GeoFeatureCollection;
  /** GB/T 2260 code → feature name used as ECharts region name (31 provinces + 710000/810000/820000 when present). */
  featureNameByCode: ReadonlyMap<string, string>;
  /** Feature names that are not province-level units (e.g. the South China Sea dashed line; ECharts' 南海诸岛 inset). */
  decorationNames: readonly string[];
  southChinaSea: SouthChinaSea;
  warnings: MapWarning[];
}

/** The default boundary file shipped in `data/geo/` (ECharts 4.9.0 china.json, Apache-2.0; see data/geo/SOURCES.md). */
export const DEFAULT_BOUNDARY_FILE = path.join(BUNDLED_DATA_DIR, "geo", "echarts-4.9.0_map_json_china.json");
/** How the default boundary file is named where the map's origin is printed. */
const DEFAULT_BOUNDARY_ORIGIN = "ECharts 4.9.0 china.json (Apache-2.0)";

/** Feature name given to a South China Sea dashed-line feature (DataV `adchar: "JD"`). */
export const DASHED_LINE_NAME = MAP_UNITS.dashedLineName;
/** Name of ECharts' inset region when a map is registered as "china". */
export const ECHARTS_INSET_NAME = MAP_UNITS.echartsInsetName;
/** A province feature reaching south of this latitude (°N) carries the South China Sea islands. */
const SOUTH_CHINA_SEA_LATITUDE = 12;

/**
 * Decode ECharts' compressed GeoJSON (`"UTF8Encoding": true`: zig-zag + delta coded coordinates
 * stored as characters, scale `UTF8Scale`, default 1024) into plain [lon, lat] coordinates.
 * Returns a decoded deep copy; input without UTF8Encoding is returned as a deep copy unchanged.
 * Algorithm as in ECharts' `parseGeoJson.js` (which does the same, but mutates its input).
 */
export function decodeUtf8Encoding(input: GeoFeatureCollection): GeoFeatureCollection {
  const json = structuredClone(input);
  if (!json.UTF8Encoding) return json;
  const scale = json.UTF8Scale ?? 1024;
  const ring = (s: string, offset: [number, number]): number[][] => {
    const out: number[][] = [];
    let [px, py] = offset;
    for (let i = 0; i < s.length; i += 2) {
      let x = s.charCodeAt(i) - 64;
      let y = s.charCodeAt(i + 1) - 64;
      x = (x >> 1) ^ -(x & 1);
      y = (y >> 1) ^ -(y & 1);
      px += x;
      py += y;
      out.push([px / scale, py / scale]);
    }
    return out;
  };
  for (const f of json.features) {
    const g = f.geometry as { type: string; coordinates: any; encodeOffsets?: any } | null;
    if (!g || !g.encodeOffsets) continue;
    if (g.type === "LineString") g.coordinates = ring(g.coordinates, g.encodeOffsets);
    else if (g.type === "Polygon" || g.type === "MultiLineString") g.coordinates = g.coordinates.map((r: string, i: number) => ring(r, g.encodeOffsets[i]));
    else if (g.type === "MultiPolygon")
      g.coordinates = g.coordinates.map((poly: string[], p: number) => poly.map((r: string, i: number) => ring(r, g.encodeOffsets[p][i])));
    delete g.encodeOffsets;
  }
  json.UTF8Encoding = false;
  delete json.UTF8Scale;
  return json;
}

/** Smallest latitude in a (decoded) geometry; Infinity for an empty geometry. */
export function minLatitude(geometry: GeoFeature["geometry"]): number {
  let min = Infinity;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === "number" && typeof c[1] === "number") min = Math.min(min, c[1]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  if (geometry) walk(geometry.coordinates);
  return min;
}

/** GB/T 2260 code of a feature: `properties.adcode`, `properties.id` or `feature.id` when 6 digits. */
function featureCode(f: GeoFeature): string | undefined {
  for (const c of [f.properties.adcode, f.properties.id, f.id]) {
    if ((typeof c === "string" || typeof c === "number") && /^\d{6}$/.test(String(c))) return String(c);
  }
  return undefined;
}

const DASHED_LINE = new RegExp(MAP_UNITS.dashedLinePattern, "i");

function isDashedLine(f: GeoFeature, code: string | undefined): boolean {
  const name = String(f.properties.name ?? "");
  return f.properties.adchar === "JD" || (code === "100000" && !name) || DASHED_LINE.test(name);
}

/**
 * Match features to province-level units and check completeness. Pure: no file access, no ECharts.
 *
 * Input: decoded GeoJSON, the registry, whether ECharts' 南海诸岛 inset may be used (default true).
 * Output: a {@link Boundaries} whose geoJson has feature names normalised to short names. Features are
 * matched by 6-digit code (adcode/id) first, then by name through `registry.lookup` (full, short,
 * English names…) and the names of 台湾/香港/澳门. Warnings: {@link MAP_MISSING_PROVINCES},
 * {@link MAP_MISSING_TAIWAN}, {@link MAP_MISSING_HONG_KONG}, {@link MAP_MISSING_MACAO},
 * {@link MAP_NO_SOUTH_CHINA_SEA}, {@link MAP_UNMATCHED_FEATURES}.
 *
 * South China Sea: "feature" when the file has a dashed-line feature or a province reaching south of
 * 12°N (the islands in 海南); then the map is registered as "china-full" so ECharts adds no second
 * inset. Otherwise, with `southChinaSeaInset`, the map is registered as "china" and ECharts draws its
 * 南海诸岛 inset (and adds 钓鱼岛/赤尾屿 to 台湾); without it, MAP_NO_SOUTH_CHINA_SEA.
 */
export function checkBoundaries(decoded: GeoFeatureCollection, registry: Registry, origin: string, southChinaSeaInset = true, credit: Text = m.boundaryFileCredit(path.basename(origin))): Boundaries {
  const geoJson = structuredClone(decoded);
  const featureNameByCode = new Map<string, string>();
  const decorationNames: string[] = [];
  const unmatched: string[] = [];
  let hasSeaFeature = false;
  for (const f of geoJson.features) {
    const code = featureCode(f);
    const rawName = String(f.properties.name ?? "");
    if (isDashedLine(f, code)) {
      hasSeaFeature = true;
      f.properties.name = DASHED_LINE_NAME;
      decorationNames.push(DASHED_LINE_NAME);
      continue;
    }
    if (rawName === ECHARTS_INSET_NAME) {
      hasSeaFeature = true;
      decorationNames.push(rawName);
      continue;
    }
    let matched: string | undefined;
    if (code && registry.isProvince(code)) matched = code;
    else if (code && NON_MAINLAND_UNITS.some((u) => u.code === code)) matched = code;
    else {
      const byName = registry.lookup(rawName);
      if (byName && registry.isProvince(byName)) matched = byName;
      else {
        const key = rawName.replace(/\s+/g, " ").trim().toLowerCase();
        matched = NON_MAINLAND_UNITS.find((u) => (u.names as readonly string[]).includes(key) || (u.names as readonly string[]).includes(rawName))?.code;
      }
    }
    if (!matched || featureNameByCode.has(matched)) {
      unmatched.push(rawName || `(feature ${code ?? "?"})`);
      continue;
    }
    const short = registry.isProvince(matched) ? registry.province(matched).name : NON_MAINLAND_UNITS.find((u) => u.code === matched)!.name;
    f.properties.name = short;
    featureNameByCode.set(matched, short);
    if (minLatitude(f.geometry) < SOUTH_CHINA_SEA_LATITUDE) hasSeaFeature = true;
  }

  const warnings: MapWarning[] = [];
  const missing = registry.provinces.filter((p) => !featureNameByCode.has(p.code));
  if (missing.length > 0) warnings.push({ code: MAP_MISSING_PROVINCES, message: m.boundariesMissProvinces(missing, origin) });
  for (const u of NON_MAINLAND_UNITS) {
    if (!featureNameByCode.has(u.code)) warnings.push({ code: u.warning, message: m.boundariesMissUnit(u.name, u.code, origin) });
  }
  let southChinaSea: SouthChinaSea = hasSeaFeature ? "feature" : southChinaSeaInset ? "inset" : "none";
  if (southChinaSea === "none") warnings.push({ code: MAP_NO_SOUTH_CHINA_SEA, message: m.noSouthChinaSea(origin) });
  if (unmatched.length > 0) warnings.push({ code: MAP_UNMATCHED_FEATURES, message: m.unmatchedFeatures(unmatched, origin) });
  const mapName = southChinaSea === "inset" ? "china" : "china-full";
  if (southChinaSea === "inset") decorationNames.push(ECHARTS_INSET_NAME);
  return { mapName, origin, credit, geoJson, featureNameByCode, decorationNames, southChinaSea, warnings };
}

/** Options of {@link loadBoundaries}. */
export interface LoadBoundariesOptions {
  /** User-supplied GeoJSON file (`--boundaries FILE`); default {@link DEFAULT_BOUNDARY_FILE}. */
  file?: string;
  /** Allow ECharts' 南海诸岛 inset when the file has no South China Sea content; default true. */
  southChinaSeaInset?: boolean;
}

/**
 * Read a GeoJSON boundary file (plain or ECharts-compressed), decode it, match features to provinces
 * and check completeness (see {@link checkBoundaries}). Does not register anything with ECharts.
 * Throws RegeconError `BOUNDARY_FILE_UNREADABLE` (missing/unreadable file) or `BOUNDARY_FILE_INVALID`
 * (not JSON, not a FeatureCollection, or a feature that cannot be drawn: non-finite or out-of-range
 * coordinates, open or too short rings, an unknown province-level code; see `validateFeatures`).
 */
export function loadBoundaries(registry: Registry, options: LoadBoundariesOptions = {}): Boundaries {
  const file = options.file ?? DEFAULT_BOUNDARY_FILE;
  const origin = options.file ? file : DEFAULT_BOUNDARY_ORIGIN;
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new RegeconError("BOUNDARY_FILE_UNREADABLE", loading.unreadable(file, (e as Error).message), loading.unreadableHint);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new RegeconError("BOUNDARY_FILE_INVALID", loading.notJson(file, (e as Error).message), loading.notJsonHint);
  }
  const fc = json as GeoFeatureCollection;
  if (!fc || fc.type !== "FeatureCollection" || !Array.isArray(fc.features)) throw new RegeconError("BOUNDARY_FILE_INVALID", loading.notFeatureCollection(file), loading.featureCollectionHint);
  const compressed = fc.UTF8Encoding === true;
  if (compressed) validateCompressed(fc, file, featureCode);
  const decoded = decodeUtf8Encoding(fc);
  const knownCodes = new Set([...registry.provinces.map((p) => p.code), ...NON_MAINLAND_UNITS.map((u) => u.code), NATIONAL_CODE]);
  validateFeatures(decoded, file, knownCodes, featureCode, compressed);
  return checkBoundaries(decoded, registry, origin, options.southChinaSeaInset ?? true, options.file ? m.boundaryFileCredit(path.basename(file)) : m.bundledBoundaryCredit);
}

/** The boundaries last registered under each map name (registering the same object again is a no-op). */
const registered = new Map<string, Boundaries>();

/**
 * Register the boundaries with ECharts under `boundaries.mapName` (global ECharts state; registering
 * other boundaries replaces the previous geometry of that name, the same boundaries again costs
 * nothing). Passes a copy, since ECharts mutates GeoJSON.
 */
export function registerBoundaries(boundaries: Boundaries): void {
  if (registered.get(boundaries.mapName) === boundaries) return;
  echarts.registerMap(boundaries.mapName, structuredClone(boundaries.geoJson) as never);
  registered.set(boundaries.mapName, boundaries);
}
