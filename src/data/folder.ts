import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Observation, SourceInfo } from "../types/observation.js";
import { NATIONAL_CODE } from "../types/observation.js";
import { RegeconError } from "../types/errors.js";
import { readCsv } from "./csv.js";
import { Dataset } from "./dataset.js";
import { acceptsUnit, checkValue, indicatorCatalogue, valueError } from "./indicators.js";
import type { Registry } from "./registry.js";

const OBS_COLUMNS = ["region_code", "year", "indicator", "value", "unit", "source_id"] as const;
const GROUP_COLUMNS = ["grouping", "group", "year", "indicator", "value", "unit", "source_id"] as const;
const SOURCE_COLUMNS = ["source_id", "producer", "title", "producer_en", "title_en", "vintage", "vintage_label", "vintage_label_en", "retrieved"] as const;

/** Key of a group-level observation's region: "四大板块/东部". */
export function groupKey(grouping: string, group: string): string {
  return `${grouping}/${group}`;
}

/**
 * Load a data folder: `sources.csv` (provenance and vintage per source id), any number of long-format
 * observation CSVs (region_code, [region_name,] year, indicator, value, unit, source_id) and an
 * optional `group_totals.csv` (grouping, group, year, indicator, value, unit, source_id) for totals a
 * source publishes for a group directly. A region code is the national code (100000), a province's,
 * or that of a city-level member of a grouping (粤港澳大湾区, registry `city`).
 *
 * Empty value cells are missing (skipped), never 0. Throws RegeconError naming file and line for:
 * an unreadable folder (`DATA_FOLDER_UNREADABLE`), a region code not in the registry, a non-numeric
 * value or year, an implausible value (`checkValue`: not finite, `NOT_NUMERIC`; ≤ 0 for a level, per-capita
 * level or index, `IMPLAUSIBLE_VALUE`), an indicator not in the catalogue, a unit that differs from the catalogue's, a source
 * id without provenance, or a duplicate observation.
 */
export function loadFolderDataset(dir: string, registry: Registry): Dataset {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new RegeconError("DATA_FOLDER_UNREADABLE", `数据目录不存在或不是目录：${dir}`, "用 --data 指向含 sources.csv 和数据 CSV 的目录，例如 data/nbs。");
  }
  const sourcesFile = path.join(dir, "sources.csv");
  if (!existsSync(sourcesFile)) {
    throw new RegeconError("DATA_FOLDER_UNREADABLE", `数据目录 ${dir} 中没有 sources.csv`, `sources.csv 的列：${SOURCE_COLUMNS.join(", ")}`);
  }
  const sources = new Map<string, SourceInfo>();
  for (const { fields: f } of readCsv(sourcesFile, SOURCE_COLUMNS)) {
    sources.set(f.source_id!, {
      id: f.source_id!,
      producer: f.producer!,
      title: f.title!,
      producerEn: f.producer_en!,
      titleEn: f.title_en!,
      vintage: f.vintage!,
      vintageLabel: f.vintage_label!,
      vintageLabelEn: f.vintage_label_en!,
      retrieved: f.retrieved!,
    });
  }
  const catalogue = indicatorCatalogue();
  const groupNames = new Set(registry.groupings.flatMap((g) => g.groups.map((x) => groupKey(g.name, x.name))));
  const observations: Observation[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".csv") && f !== "sources.csv").sort();
  for (const name of files) {
    const file = path.join(dir, name);
    const isGroupFile = name === "group_totals.csv";
    for (const { fields: f, line } of readCsv(file, isGroupFile ? GROUP_COLUMNS : OBS_COLUMNS)) {
      const where = `${file} 第${line}行`;
      if (f.value === undefined || f.value.trim() === "") continue;
      let regionCode: string;
      if (isGroupFile) {
        regionCode = groupKey(f.grouping!, f.group!);
        if (!groupNames.has(regionCode)) throw new RegeconError("UNKNOWN_GROUPING", `${where}：未知的地区组 ${regionCode}`, "地区组定义见 data/regions/groupings.csv。");
      } else {
        regionCode = f.region_code!.trim();
        if (regionCode !== NATIONAL_CODE && !registry.isProvince(regionCode) && !registry.city(regionCode)) {
          throw new RegeconError("UNKNOWN_REGION", `${where}：未知的地区代码 ${regionCode}`, "region_code 应为 31 个省份的 GB/T 2260 代码或 100000（全国）。");
        }
      }
      const year = Number(f.year);
      if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new RegeconError("BAD_YEAR", `${where}：年份无效 "${f.year}"`, "year 应为四位年份。");
      const value = Number(f.value);
      const valueWhere = `${where}第${Object.keys(f).indexOf("value") + 1}列（value）`;
      if (Number.isNaN(value)) throw new RegeconError("NOT_NUMERIC", `${valueWhere}：数值无效 "${f.value}"`, "value 应为数字；缺失值请留空。");
      const def = catalogue.get(f.indicator!);
      if (!def) throw new RegeconError("UNKNOWN_INDICATOR", `${where}：未知指标 ${f.indicator}`, "指标目录见 data/indicators.csv。");
      const problem = checkValue(def, value);
      if (problem) throw valueError(problem, valueWhere, f.value.trim());
      if (!acceptsUnit(def, f.unit!)) throw new RegeconError("UNIT_MISMATCH", `${where}：指标 ${def.id} 的单位应为 ${def.unit}，文件中为 ${f.unit}`, "换算单位后再导入。");
      const source = sources.get(f.source_id!);
      if (!source) throw new RegeconError("UNKNOWN_SOURCE", `${where}：来源 ${f.source_id} 未在 sources.csv 中登记`, "在 sources.csv 中补充该来源的出处与版本。");
      observations.push({ regionCode, year, indicator: def.id, value, unit: def.unit, source: source.id, vintage: source.vintage });
    }
  }
  if (observations.length === 0) throw new RegeconError("DATA_FOLDER_EMPTY", `数据目录 ${dir} 中没有任何观测值`, "目录中应有长格式 CSV 文件。");
  return new Dataset(dir, observations, sources);
}
