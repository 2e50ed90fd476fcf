import { RegeconError } from "../../types/errors.js";
import type { IndicatorDef } from "../../types/indicator.js";
import { acceptsUnit, checkValue, indicatorCatalogue, valueError } from "../indicators.js";
import type { Registry } from "../registry.js";
import type { CsvLine } from "./csvRecords.js";
import { cleanCell } from "./nbsExport.js";
import { StagedRows, type DirectCsv, type ImportOptions, type ParsedImport } from "./types.js";

/** Columns of the plain tidy CSV; `unit` and `source` are optional. */
export const TIDY_COLUMNS = ["region", "year", "indicator", "value", "unit", "source"] as const;

/**
 * Other names accepted for tidy columns: the CSV `regecon export` writes (region_code, region_name,
 * year, indicator, value, unit, source_id, vintage) imports back as it is. Other columns (region_name,
 * vintage, is_current, …) are ignored.
 */
export const TIDY_ALIASES: Readonly<Record<string, string>> = { region_code: "region", source_id: "source" };

/** Canonical tidy column names of a header row (aliases mapped; the canonical name wins when both occur). */
export function tidyColumns(fields: readonly string[]): string[] {
  const h = fields.map((f) => cleanCell(f).toLowerCase());
  return h.map((c) => (TIDY_ALIASES[c] !== undefined && !h.includes(TIDY_ALIASES[c]) ? TIDY_ALIASES[c] : c));
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const CODE = /^\d{6}$/;

/**
 * True when a header row is a tidy CSV header (region, year, indicator, value in any order; region_code
 * and source_id, as `regecon export` writes them, stand for region and source).
 */
export function isTidyHeader(fields: readonly string[]): boolean {
  const h = tidyColumns(fields);
  return ["region", "year", "indicator", "value"].every((c) => h.includes(c));
}

/**
 * Parse a tidy CSV (one observation per row): region, year, indicator, value[, unit][, source].
 * The CSV `regecon export` writes is accepted too: region_code and source_id stand for region and
 * source; other columns (region_name, vintage) are ignored.
 *
 * - region: any spelling the registry knows (全称/简称/英文/拼音/代码, 全国 = 100000), or any other
 *   six-digit GB/T 2260 code (city and county panels);
 * - indicator: a catalogue id; unit, when given, must equal the catalogue's. With
 *   `allowNewIndicators`, unknown ids are accepted as new indicators and their unit is required;
 * - value: a number; an empty value is missing (the row is skipped), never 0. It must pass
 *   `checkValue`: finite (`1e400` is `NOT_NUMERIC`), and > 0 for catalogue levels, per-capita levels
 *   and indices (`IMPLAUSIBLE_VALUE`); indicators created with `allowNewIndicators` only need to be finite.
 *
 * Errors name file, line and column: `CSV_MISSING_COLUMNS`, `UNKNOWN_REGION_NAMES` (all at once),
 * `BAD_YEAR`, `UNKNOWN_INDICATOR`, `UNIT_MISMATCH`, `NOT_NUMERIC`, `IMPLAUSIBLE_VALUE`, `TRUNCATED_ROW`. Duplicates are
 * found by the store before anything is written (`DUPLICATE_OBSERVATION`).
 */
export function parseTidyRecords(records: readonly CsvLine[], file: string, registry: Registry, options: ImportOptions = {}): ParsedImport {
  const headerIdx = records.findIndex((r) => !r.fields.every((f) => cleanCell(f) === ""));
  const parser = tidyParser(records[headerIdx]!, file, registry, options);
  for (let i = headerIdx + 1; i < records.length; i++) parser.onRecord(records[i]!);
  return parser.finish();
}

/**
 * A streaming tidy-CSV parser: feed it records after the header (`onRecord`), then `finish()`.
 * Used directly for large files so no array of records is ever built.
 */
export function tidyParser(
  header: CsvLine,
  file: string,
  registry: Registry,
  options: ImportOptions = {},
  /** When the store may read the file itself (see `DirectCsv`): its path and how to find lines again. */
  direct?: { path: string; findLines: DirectCsv["findLines"] },
): { onRecord: (rec: CsvLine) => void; finish: () => ParsedImport } {
  const cols = tidyColumns(header.fields);
  const missing = ["region", "year", "indicator", "value"].filter((c) => !cols.includes(c));
  if (missing.length > 0) {
    throw new RegeconError("CSV_MISSING_COLUMNS", `${file} 第${header.line}行：缺少列 ${missing.join(", ")}`, `长表的列：${TIDY_COLUMNS.join(", ")}（unit、source 可省略；也可用 regecon export 的列名 region_code、source_id）`);
  }
  const ci = (name: string) => cols.indexOf(name);
  const [cRegion, cYear, cInd, cValue, cUnit, cSource] = [ci("region"), ci("year"), ci("indicator"), ci("value"), ci("unit"), ci("source")];
  const needed = Math.max(cRegion, cYear, cInd, cValue, cUnit, cSource) + 1;
  const catalogue = indicatorCatalogue();
  const regionCache = new Map<string, string | null>();
  const indicatorUnit = new Map<string, string>();
  /** Catalogue entry per indicator id seen (undefined for a new, user-created indicator). */
  const indicatorDefs = new Map<string, IndicatorDef | undefined>();
  const newIndicators = new Map<string, string>();
  const unknownRegions = new Map<string, number>();
  const sources = new Set<string>();
  const rows = new StagedRows(direct === undefined);
  let columnCount = header.fields.length;
  const onRecord = (rec: CsvLine): void => {
    const f = rec.fields;
    if (f.length > columnCount) columnCount = f.length;
    if (rec.line <= header.line) return;
    if (f.length === 1 && cleanCell(f[0]) === "") return;
    const where = `${file} 第${rec.line}行`;
    if (f.length < needed) {
      throw new RegeconError("TRUNCATED_ROW", `${where}：只有${f.length}列，表头有${cols.length}列（文件可能被截断）`, "每行的列数应与表头一致。");
    }
    const value = cleanCell(f[cValue]);
    if (value === "") return;
    const regionRaw = cleanCell(f[cRegion]);
    let code = regionCache.get(regionRaw);
    if (code === undefined) {
      code = registry.lookup(regionRaw) ?? (CODE.test(regionRaw) ? regionRaw : null);
      regionCache.set(regionRaw, code);
    }
    if (code === null) {
      if (!unknownRegions.has(regionRaw)) unknownRegions.set(regionRaw, rec.line);
      return;
    }
    const yearRaw = cleanCell(f[cYear]);
    const year = Number(yearRaw);
    if (yearRaw.length !== 4 || !Number.isInteger(year) || year < 1949 || year > 2100) {
      throw new RegeconError("BAD_YEAR", `${where}第${cYear + 1}列：年份无效“${yearRaw}”`, "year 应为四位年份。");
    }
    const ind = cleanCell(f[cInd]);
    const fileUnit = cUnit >= 0 ? cleanCell(f[cUnit]) : "";
    let unit = indicatorUnit.get(ind);
    if (unit === undefined) {
      const def = catalogue.get(ind);
      if (def) unit = def.unit;
      else if (options.allowNewIndicators && /^[a-z][a-z0-9_]*$/.test(ind) && fileUnit !== "") {
        unit = fileUnit;
        newIndicators.set(ind, fileUnit);
      } else {
        throw new RegeconError(
          "UNKNOWN_INDICATOR",
          `${where}第${cInd + 1}列：未知指标“${ind}”`,
          options.allowNewIndicators ? "新指标的 id 应为小写字母、数字和下划线，且必须给出 unit。" : "指标 id 见 data/indicators.csv；确需新指标时加 --new-indicators 并在 unit 列给出单位。",
        );
      }
      indicatorUnit.set(ind, unit);
      indicatorDefs.set(ind, catalogue.get(ind));
    }
    const def = indicatorDefs.get(ind);
    if (fileUnit !== "" && (def ? !acceptsUnit(def, fileUnit) : fileUnit !== unit)) {
      throw new RegeconError("UNIT_MISMATCH", `${where}第${cUnit + 1}列：单位“${fileUnit}”与指标 ${ind} 的单位“${unit}”不符`, "换算单位后再导入。");
    }
    if (!NUMBER.test(value)) {
      throw new RegeconError("NOT_NUMERIC", `${where}第${cValue + 1}列（value）：“${value}”不是数值`, "value 只能是数字；缺失值请留空。");
    }
    const v = Number(value);
    const problem = checkValue(indicatorDefs.get(ind), v);
    if (problem) throw valueError(problem, `${where}第${cValue + 1}列（value）`, value);
    if (cSource >= 0) {
      const s = cleanCell(f[cSource]);
      if (s !== "" && sources.size < 20) sources.add(s);
    }
    rows.add(code, year, ind, v, unit, rec.line);
  };
  const finish = (): ParsedImport => {
  if (unknownRegions.size > 0) {
    const list = [...unknownRegions].slice(0, 50).map(([n, l]) => `${n}（第${l}行）`);
    throw new RegeconError("UNKNOWN_REGION_NAMES", `${file}：无法识别的地区名称：${list.join("、")}${unknownRegions.size > 50 ? ` 等 ${unknownRegions.size} 个` : ""}`, "region 可用全称、简称、英文、拼音或六位 GB/T 2260 代码；名称表见 data/regions/provinces.csv。");
  }
  if (rows.count === 0) throw new RegeconError("EMPTY_EXPORT", `${file}：没有任何数值`, "文件只有表头或全部为空。");
  options.onProgress?.(1);
  return {
    file,
    format: "tidy-csv",
    notes: [],
    sourceText: sources.size > 0 ? [...sources].join("；") : undefined,
    indicatorLabels: new Map([...indicatorUnit.keys()].map((k) => [k, k])),
    rows,
    newIndicators,
    direct: direct && {
      file: direct.path,
      skipLines: header.line,
      columnCount,
      columns: { region: cRegion, year: cYear, indicator: cInd, value: cValue },
      regionCodes: new Map([...regionCache].filter((e): e is [string, string] => e[1] !== null)),
      units: indicatorUnit,
      findLines: direct.findLines,
    },
  };
  };
  return { onRecord, finish };
}
