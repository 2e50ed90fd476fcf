import type { Text } from "../types/text.js";
import type { Named } from "./names.js";

/**
 * Words drawn in or printed under charts and maps: axis and legend words shared by several sections,
 * the map's "no data" class, the 审图号 line and the map warnings (boundary completeness, no 审图号).
 */

/** Legend class of regions without a value. */
export const noData: Text = { zh: "无数据", en: "no data" };

/** The national reference line on provincial bar charts. */
export const national: Text = { zh: "全国", en: "National" };

/**
 * The 审图号 line under every map, from `--map-approval` (printed as given; a text that already starts
 * with 审图号 is not prefixed again).
 */
export const approvalNote = (approval: string): Text =>
  /^审图号/.test(approval) ? { zh: approval, en: approval } : { zh: `审图号：${approval}`, en: `Map approval number (审图号): ${approval}` };

/**
 * The notice under every map drawn without a 审图号 (no `--map-approval`): the map is a schematic and
 * must not be published as it is.
 */
export const schematicMapNotice: Text = {
  zh: "注：本图为示意图，未经审图，未标注审图号，不得以此形式公开出版或刊登。",
  en: "Note: this map is a schematic; it has not been through map review and bears no map approval number, so it must not be published as it is.",
};

/** How a map's classes were formed and where its boundaries came from (`credit`: bundledBoundaryCredit or boundaryFileCredit). */
export const mapMethodNote = (credit: Text): Text => ({
  zh: `注：分级为五分位数分组；${credit.zh}。`,
  en: `Note: classes are quintiles; ${credit.en}.`,
});

/**
 * The bundled boundaries as a reader should see them under a map: what they are, not the file name
 * (data/geo/SOURCES.md names the file, echarts-4.9.0_map_json_china.json, and its licence).
 */
export const bundledBoundaryCredit: Text = {
  zh: "底图：行政区划示意底图（Apache ECharts 4.9.0 所附中国地图数据）",
  en: "base map: schematic boundaries from the Apache ECharts 4.9.0 map data",
};

/** Boundaries the user gave (--boundaries FILE), named by the file's name: the user knows what it is. */
export const boundaryFileCredit = (file: string): Text => ({ zh: `底图：${file}`, en: `base map: ${file}` });

// ---- map warnings (codes in src/types/codes.ts) --------------------------------------------------

/** MAP_NO_APPROVAL_NUMBER */
export const noApprovalNumber: Text = {
  zh: "未提供审图号（buildReport 的选项 map.approval，命令行：--map-approval）：公开出版的地图须标注审图号。",
  en: "No map approval number (审图号) was given (option map.approval of buildReport; CLI: --map-approval): a published map must print one.",
};

/** MAP_MISSING_PROVINCES: provinces without a boundary feature in `origin`. */
export const boundariesMissProvinces = (missing: readonly Named[], origin: string): Text => ({
  zh: `边界数据缺少 ${missing.length} 个省级行政区：${missing.map((p) => p.name).join("、")}（${origin}）`,
  en: `The boundaries lack ${missing.length} province-level ${missing.length === 1 ? "unit" : "units"}: ${missing.map((p) => p.nameEn).join(", ")} (${origin})`,
});

/** Names (printed on maps and in warnings) of the units outside the 31 provinces that a map of China must show. */
export const mapUnitNames: Readonly<Record<string, Text>> = {
  "710000": { zh: "台湾", en: "Taiwan" },
  "810000": { zh: "香港", en: "Hong Kong" },
  "820000": { zh: "澳门", en: "Macao" },
};

/** MAP_MISSING_TAIWAN / _HONG_KONG / _MACAO: a unit (`name` as the data spell it) without a feature. */
export const boundariesMissUnit = (name: string, code: string, origin: string): Text => ({
  zh: `边界数据缺少${name}（${code}）（${origin}）`,
  en: `The boundaries lack ${mapUnitNames[code]?.en ?? name} (${code}) (${origin})`,
});

/** MAP_NO_SOUTH_CHINA_SEA */
export const noSouthChinaSea = (origin: string): Text => ({
  zh: `地图未显示南海诸岛：边界数据不含南海诸岛，且未使用南海诸岛插图（${origin}）`,
  en: `The map does not show the South China Sea islands: the boundaries do not include them and the inset is not used (${origin})`,
});

/** MAP_UNMATCHED_FEATURES: feature names (as in the file) that match no province-level unit. */
export const unmatchedFeatures = (names: readonly string[], origin: string): Text => ({
  zh: `边界数据中无法对应省级行政区的要素：${names.join("、")}（${origin}）`,
  en: `Features in the boundaries that match no province-level unit: ${names.join(", ")} (${origin})`,
});
