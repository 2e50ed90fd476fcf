import type { Text } from "../types/text.js";

/**
 * Words of the data layer: the indicator catalogue and its plausibility rules, data folders, the
 * region registry, CSV reading and the dataset. File names, region and indicator names read from files
 * are quoted data and appear as they are in both languages.
 */

/** Where something sits in a file: file, and when known line, column and the column's header label. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** The column's header label as the file writes it (quoted data), e.g. 2024年 or value. */
  label?: string;
}

/** "x.csv 第5行第3列（2024年）" / "x.csv, line 5, column 3 (2024年)". */
export function at(loc: Location): Text {
  const line = loc.line === undefined ? { zh: "", en: "" } : { zh: ` 第${loc.line}行`, en: `, line ${loc.line}` };
  const column = loc.column === undefined ? { zh: "", en: "" } : { zh: `${loc.line === undefined ? " " : ""}第${loc.column}列`, en: `, column ${loc.column}` };
  const label = loc.label === undefined ? { zh: "", en: "" } : { zh: `（${loc.label}）`, en: ` (${loc.label})` };
  return { zh: `${loc.file}${line.zh}${column.zh}${label.zh}`, en: `${loc.file}${line.en}${column.en}${label.en}` };
}

// ---- values and their plausibility (src/data/indicators.ts) ----

/** An indicator as the rules name it: its id and name in the reader's language. */
export interface IndicatorWords {
  id: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  unitEn: string;
}

export const notFiniteRule: Text = {
  zh: "数值必须是有限的数（超出双精度范围或不是数）",
  en: "a value must be a finite number (this one is beyond double precision or not a number)",
};

/** Which regions a plausible range is stated for. */
export type RangeScope = "province" | "aggregate" | "subprovince";

const SCOPE: Record<RangeScope, Text> = {
  province: { zh: "省级数值", en: "a province" },
  aggregate: { zh: "全国或地区组合计", en: "the nation or a group of provinces" },
  subprovince: { zh: "省以下地区的数值", en: "a region below province level" },
};

/**
 * The broken rule of a value outside its plausible range, e.g. "gdp_current（地区生产总值）省级数值的合理范围是
 * 0.5 至 500000 亿元（data/indicators.csv）". `low` undefined: no lower bound; `lowExclusive`: must be > low.
 */
export function outsideRangeRule(ind: IndicatorWords, scope: RangeScope, low: number | undefined, lowExclusive: boolean, high: number | undefined): Text {
  const zhRange =
    low !== undefined && high !== undefined
      ? `${lowExclusive ? `大于 ${low} 且不超过` : `${low} 至`} ${high} ${ind.unit}`
      : low !== undefined
        ? `${lowExclusive ? "大于" : "不小于"} ${low}${ind.unit === "%" ? "" : " "}${ind.unit}`
        : `不超过 ${high} ${ind.unit}`;
  const enRange = `${
    low !== undefined && high !== undefined
      ? `${lowExclusive ? `above ${low} and at most` : `${low} to`} ${high}`
      : low !== undefined
        ? `${lowExclusive ? "above" : "at least"} ${low}`
        : `at most ${high}`
  } (in ${ind.unitEn})`;
  return {
    zh: `${ind.id}（${ind.nameZh}）${SCOPE[scope].zh}的合理范围是 ${zhRange}（data/indicators.csv）`,
    en: `plausible values of ${ind.id} (${ind.nameEn}) for ${SCOPE[scope].en} are ${enRange} (data/indicators.csv)`,
  };
}

/** A value that breaks a rule: "x.csv 第3行第4列（value）：数值“0”不合理：…". */
export const implausibleValue = (where: Text, raw: string, rule: Text): Text => ({
  zh: `${where.zh}：数值“${raw}”不合理：${rule.zh}`,
  en: `${where.en}: the value "${raw}" is implausible: ${rule.en}`,
});

export const notFiniteHint: Text = {
  zh: "检查数值是否写错；缺失值请留空。",
  en: "Check the number for typing mistakes; leave missing values empty.",
};

export const implausibleHint: Text = {
  zh: "检查数值的单位（如元与万元、亿元与万元）和指标是否写错；缺失值请留空，不要写 0。",
  en: "Check the value's unit (e.g. yuan vs 10,000 yuan, 100 million vs 10,000 yuan) and the indicator; leave missing values empty, never 0.",
};

export const unknownIndicator = (id: string, known: readonly string[]): { text: Text; hint: Text } => ({
  text: { zh: `未知指标：${id}`, en: `unknown indicator: ${id}` },
  hint: { zh: `已知指标：${known.join(", ")}（目录见 data/indicators.csv）`, en: `known indicators: ${known.join(", ")} (catalogue: data/indicators.csv)` },
});

// ---- years ----

/** Why a year cell is refused: not a four-digit year, before 1949, or after the current calendar year. */
export const badYearRule = (raw: string, first: number, last: number): Text => ({
  zh: `年份无效“${raw}”：应为 ${first} 至 ${last} 年之间的四位年份（晚于当前年份的数据尚不存在）`,
  en: `invalid year "${raw}": a four-digit year from ${first} to ${last} is expected (data for years after the current one do not exist yet)`,
});

export const badYear = (where: Text, rule: Text): Text => ({ zh: `${where.zh}：${rule.zh}`, en: `${where.en}: ${rule.en}` });

export const badYearHint: Text = {
  zh: "year 应为四位年份，且不晚于当前年份；未来年份的行或列请删去。",
  en: "A year is a four-digit year no later than the current one; remove rows or columns for future years.",
};

// ---- data folders (src/data/folder.ts) ----

export const folderMissing = (dir: string): Text => ({ zh: `数据目录不存在或不是目录：${dir}`, en: `the data folder does not exist or is not a folder: ${dir}` });
export const folderMissingHint: Text = {
  zh: "给出含 sources.csv 和数据 CSV 的目录（命令行：--data），例如 data/nbs。",
  en: "Give a folder with sources.csv and data CSV files (CLI: --data), e.g. data/nbs.",
};
export const folderWithoutSources = (dir: string): Text => ({ zh: `数据目录 ${dir} 中没有 sources.csv`, en: `the data folder ${dir} has no sources.csv` });
export const sourcesColumnsHint = (columns: readonly string[]): Text => ({ zh: `sources.csv 的列：${columns.join(", ")}`, en: `columns of sources.csv: ${columns.join(", ")}` });
export const folderEmpty = (dir: string): Text => ({ zh: `数据目录 ${dir} 中没有任何观测值`, en: `the data folder ${dir} holds no observations` });
export const folderEmptyHint: Text = { zh: "目录中应有长格式 CSV 文件。", en: "The folder should hold long-format CSV files." };
export const unknownGroup = (where: Text, key: string): Text => ({ zh: `${where.zh}：未知的地区组 ${key}`, en: `${where.en}: unknown region group ${key}` });
export const groupsHint: Text = { zh: "地区组定义见 data/regions/groupings.csv。", en: "Region groups are defined in data/regions/groupings.csv." };
export const unknownRegionCode = (where: Text, code: string): Text => ({ zh: `${where.zh}：未知的地区代码 ${code}`, en: `${where.en}: unknown region code ${code}` });
export const folderRegionHint: Text = {
  zh: "region_code 应为 31 个省份的 GB/T 2260 代码或 100000（全国）。",
  en: "region_code must be the GB/T 2260 code of one of the 31 provinces or 100000 (national).",
};
export const notNumericValue = (where: Text, raw: string): Text => ({ zh: `${where.zh}：“${raw}”不是数值`, en: `${where.en}: "${raw}" is not a number` });
export const notNumericHint: Text = { zh: "value 只能是数字；缺失值请留空。", en: "value must be a number; leave missing values empty." };
export const unknownIndicatorAt = (where: Text, id: string): Text => ({ zh: `${where.zh}：未知指标 ${id}`, en: `${where.en}: unknown indicator ${id}` });
export const catalogueHint: Text = { zh: "指标目录见 data/indicators.csv。", en: "The indicator catalogue is data/indicators.csv." };
export const unitNotCatalogue = (where: Text, def: IndicatorWords, found: string): Text => ({
  zh: `${where.zh}：指标 ${def.id} 的单位应为 ${def.unit}，文件中为 ${found}`,
  en: `${where.en}: the unit of indicator ${def.id} is ${def.unitEn}, the file has "${found}"`,
});
export const convertUnitHint: Text = { zh: "换算单位后再导入。", en: "Convert the unit before importing." };
export const unknownSource = (where: Text, id: string): Text => ({ zh: `${where.zh}：来源 ${id} 未在 sources.csv 中登记`, en: `${where.en}: source ${id} is not described in sources.csv` });
export const unknownSourceHint: Text = { zh: "在 sources.csv 中补充该来源的出处与版本。", en: "Add the source's provenance and vintage to sources.csv." };

// ---- CSV files of the data folder and the catalogue (src/data/csv.ts) ----

export const fileUnreadable = (file: string, reason: string): Text => ({ zh: `无法读取文件 ${file}：${reason}`, en: `cannot read the file ${file}: ${reason}` });
export const checkPathHint: Text = { zh: "检查路径和读取权限。", en: "Check the path and the read permission." };
export const csvMalformed = (file: string, reason: string): Text => ({ zh: `${file}：CSV 格式错误：${reason}`, en: `${file}: malformed CSV: ${reason}` });
export const csvMalformedHint: Text = { zh: "检查引号与分隔符是否成对、列数是否一致。", en: "Check that quotes are balanced and every row has the same number of columns." };
export const csvMissingColumns = (file: string, missing: readonly string[], header: readonly string[]): Text => ({
  zh: `${file}：缺少列 ${missing.join(", ")}（表头为 ${header.join(", ")}）`,
  en: `${file}: missing columns ${missing.join(", ")} (the header is ${header.join(", ")})`,
});
export const csvColumnsHint = (required: readonly string[]): Text => ({ zh: `表头应包含：${required.join(", ")}`, en: `The header must include: ${required.join(", ")}` });

// ---- the region registry (src/data/registry.ts) ----

export const unknownProvinceCode = (code: string): Text => ({ zh: `未知的省级行政区代码：${code}`, en: `unknown province code: ${code}` });
export const provinceCodeHint: Text = { zh: "代码应为 GB/T 2260 六位代码，如 110000（北京）。", en: "Use a six-digit GB/T 2260 code, e.g. 110000 (Beijing)." };
export const unknownRegionNames = (names: readonly string[]): Text => ({ zh: `无法识别的地区名称：${names.join("、")}`, en: `unrecognised region names: ${names.join(", ")}` });
export const regionNamesHint: Text = {
  zh: "可用全称（内蒙古自治区）、简称（内蒙古）、单字简称（蒙）、英文或拼音；名称表见 data/regions/provinces.csv。",
  en: "Use the full name (内蒙古自治区), the short name (内蒙古), the one-character abbreviation (蒙), English or pinyin; the name table is data/regions/provinces.csv.",
};
export const unknownGrouping = (name: string, available: readonly string[]): { text: Text; hint: Text } => ({
  text: { zh: `未知的地区分组：${name}`, en: `unknown grouping: ${name}` },
  hint: { zh: `可用分组：${available.join("、")}（定义见 data/regions/groupings.csv）`, en: `available groupings: ${available.join(", ")} (defined in data/regions/groupings.csv)` },
});
export const unknownGroupName = (name: string): Text => ({ zh: `未知的地区组：${name}`, en: `unknown region group: ${name}` });

// ---- the dataset (src/data/dataset.ts) ----

export const duplicateInDataset = (label: string, indicator: string, region: string, year: number): Text => ({
  zh: `${label}：${indicator} ${region} ${year} 出现两次`,
  en: `${label}: ${indicator} ${region} ${year} occurs twice`,
});
export const oneValuePerKeyHint: Text = { zh: "每个指标、地区、年份只能有一个值。", en: "Each indicator, region and year may have one value only." };
