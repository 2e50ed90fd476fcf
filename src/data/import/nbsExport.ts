import { RegeconError } from "../../types/errors.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import { checkValue, indicatorCatalogue, valueError } from "../indicators.js";
import type { Registry } from "../registry.js";
import { recogniseCensusRevision } from "./census.js";
import type { CsvLine } from "./csvRecords.js";
import { checkUnit, resolveIndicatorLabel, splitNameUnit, suggestIndicatorsFromFileName } from "./indicatorNames.js";
import { StagedRows, type ImportFormat, type ImportOptions, type ParsedImport } from "./types.js";

/** Trim spaces, tabs, full-width spaces and a stray BOM: the 2026 portal pads every cell as `value<TAB>`. */
export function cleanCell(s: string | undefined): string {
  if (s === undefined || s === "") return "";
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  if (a > 32 && a < 127 && b > 32 && b < 127) return s; // fast path: nothing to trim
  return s.replace(/^[\uFEFF\s\u3000]+|[\s\u3000]+$/g, "");
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The hint when a header is neither layout: both accepted header forms. */
export const ACCEPTED_HEADERS =
  "可导入两种表头：(1) 国家统计局导出表：可选的“数据库：/指标：/时间：”行之后，表头为“地区,2024年,2023年,…”（多指标表为“地区,地区生产总值 (亿元),…”，全国年度数据为“指标,2024年,…”）；" +
  "(2) 长表：表头含 region,year,indicator,value（可加 unit、source），也接受 regecon export 写出的 region_code,region_name,year,indicator,value,unit,source_id,vintage。";
const YEAR_CELL = /^(\d{4})年$/;

interface Column {
  /** 1-based CSV column. */
  col: number;
  label: string;
  year: number;
  indicator: string;
  unit: string;
}

/**
 * Parse a data.stats.gov.cn export (分省年度数据 or 年度数据) already split into records, in any of
 * the portal's layouts:
 *
 * - classic (GBK CSV or BIFF8 XLS): 数据库：/指标：名称(单位)/时间： lines, header "地区,2024年,2023年,…"
 *   (years in any order, usually descending), one row per region with its full official name;
 * - 2026 portal (UTF-8 with BOM, cells padded as `value<TAB>,`): the same without the 指标 line, so
 *   the indicator must be given (`options.indicator`), never guessed from the file name;
 * - 2026 multi-indicator: "时间：2024年" and a header "地区,地区生产总值 (亿元) ,第一产业增加值 (亿元) ,…";
 * - 年度数据 (national): header "指标,2024年,…", one row per indicator "国内生产总值(亿元)", region 全国.
 *
 * After the rows: footnotes "注：…" (quoted or not, continued on lines starting with full-width
 * spaces) are kept as notes, "数据来源：…" (padding commas ignored) as the source. Empty cells are
 * missing, never 0. Every problem throws RegeconError naming file, line and (for cells) column:
 * `NOT_AN_NBS_EXPORT`, `HEADER_WITHOUT_YEARS`, `NO_INDICATOR`, `UNKNOWN_INDICATOR_NAMES`, `UNIT_MISMATCH`,
 * `UNKNOWN_REGION_NAMES` (all unmatched names at once), `DUPLICATE_REGION`, `TRUNCATED_ROW`,
 * `EXTRA_CELLS`, `NOT_NUMERIC`, `IMPLAUSIBLE_VALUE` (values must pass `checkValue`: finite, and > 0 for
 * levels, per-capita levels and indices), `EMPTY_EXPORT`.
 */
export function parseNbsRecords(records: readonly CsvLine[], file: string, format: ImportFormat, registry: Registry, options: ImportOptions = {}): ParsedImport {
  let database: string | undefined;
  let indicatorSpec: { label: string; line: number } | undefined;
  let timeLabel: string | undefined;
  let i = 0;
  // metadata lines
  for (; i < records.length; i++) {
    const rec = records[i]!;
    const first = cleanCell(rec.fields[0]);
    if (first === "" && rec.fields.every((f) => cleanCell(f) === "")) continue;
    const meta = /^(数据库|指标|时间)[：:](.*)$/.exec(first);
    if (meta && cleanCell(rec.fields.slice(1).join("")) === "") {
      const v = cleanCell(meta[2]);
      if (meta[1] === "数据库") database = v;
      else if (meta[1] === "时间") timeLabel = v;
      else indicatorSpec = { label: v, line: rec.line };
      continue;
    }
    break;
  }
  const header = records[i];
  if (!header) throw new RegeconError("EMPTY_EXPORT", `${file}：文件没有表头和数据行`, "请重新导出完整文件。");
  const first = cleanCell(header.fields[0]);
  if (first !== "地区" && first !== "指标") {
    const found = header.fields.map(cleanCell).filter((c) => c !== "").slice(0, 8).join(",");
    throw new RegeconError(
      "NOT_AN_NBS_EXPORT",
      `${file} 第${header.line}行：无法识别的表头“${found.slice(0, 80)}”，既不是国家统计局导出表也不是长表`,
      ACCEPTED_HEADERS,
    );
  }
  const byRegionRows = first === "地区";
  // header cells, trailing padding dropped
  const headerCells = header.fields.map(cleanCell);
  while (headerCells.length > 1 && headerCells[headerCells.length - 1] === "") headerCells.pop();
  if (headerCells.length < 2) {
    throw new RegeconError("HEADER_WITHOUT_YEARS", `${file} 第${header.line}行：表头“${first}”之后没有年份列`, "表头应为“地区,2024年,2023年,…”。");
  }
  const yearCells = headerCells.slice(1).map((c) => YEAR_CELL.exec(c));
  const columns: Column[] = [];
  const labels = new Map<string, string>();
  let layout: ImportFormat = format;
  if (yearCells.every((m) => m !== null)) {
    // one indicator, years as columns
    let indicator: string | undefined;
    let unit: string | undefined;
    if (byRegionRows) {
      if (options.indicator) {
        const fileUnit = indicatorSpec ? splitNameUnit(indicatorSpec.label).unit : undefined;
        unit = checkUnit(options.indicator, fileUnit, `${file} 第${indicatorSpec?.line ?? header.line}行`);
        indicator = options.indicator;
      } else if (indicatorSpec) {
        const r = resolveIndicatorLabel(indicatorSpec.label, `${file} 第${indicatorSpec.line}行`);
        if (!r) {
          throw new RegeconError(
            "UNKNOWN_INDICATOR_NAMES",
            `${file} 第${indicatorSpec.line}行：指标“${indicatorSpec.label}”不在指标目录中`,
            "用 --indicator ID 指定指标，或在 data/indicators.csv 的 nbs_names 列中登记这个名称。",
          );
        }
        ({ id: indicator, unit } = r);
      } else {
        const guesses = suggestIndicatorsFromFileName(file);
        throw new RegeconError(
          "NO_INDICATOR",
          `${file}：文件中没有“指标：”行，无法确定指标（不根据文件名猜测）`,
          `用 --indicator ID 指定指标${guesses.length ? `，文件名提示可能是：${guesses.map((g) => `--indicator ${g}`).join(" 或 ")}` : ""}；指标目录见 data/indicators.csv。`,
        );
      }
      labels.set(indicator, indicatorSpec?.label ?? indicator);
    }
    const seen = new Map<number, number>();
    yearCells.forEach((m, k) => {
      const year = Number(m![1]);
      const col = k + 2;
      if (seen.has(year)) throw new RegeconError("DUPLICATE_YEAR", `${file} 第${header.line}行：${year}年出现在第${seen.get(year)}列和第${col}列`, "每个年份只能有一列。");
      seen.set(year, col);
      columns.push({ col, label: headerCells[k + 1]!, year, indicator: indicator ?? "", unit: unit ?? "" });
    });
  } else {
    // 2026 multi-indicator layout: one year (时间：2024年), indicators as columns
    const bad = yearCells.findIndex((m) => m !== null);
    const single = timeLabel ? YEAR_CELL.exec(timeLabel) : null;
    if (!byRegionRows || bad >= 0 || !single) {
      const k = bad >= 0 ? yearCells.findIndex((m) => m === null) : 0;
      throw new RegeconError(
        "HEADER_WITHOUT_YEARS",
        `${file} 第${header.line}行第${k + 2}列：表头“${headerCells[k + 1]}”不是年份（应为“2024年”）${single ? "" : "，且“时间：”行不是单一年份，不能当作多指标表"}`,
        "逐年表头应为“地区,2024年,2023年,…”；多指标表应有“时间：2024年”一行、表头为“地区,地区生产总值 (亿元),…”。",
      );
    }
    if (options.indicator) {
      throw new RegeconError("BAD_ARGUMENT", `${file}：这是多指标表（每列一个指标），不能用 --indicator`, "去掉 --indicator；各列按列名对应指标目录。");
    }
    layout = format === "nbs-2026-csv" || format === "nbs-classic-csv" ? "nbs-2026-multi-csv" : format;
    const year = Number(single[1]);
    const unknown: string[] = [];
    headerCells.slice(1).forEach((label, k) => {
      const col = k + 2;
      const r = resolveIndicatorLabel(label, `${file} 第${header.line}行第${col}列`);
      if (!r) {
        unknown.push(`第${col}列“${label}”`);
        return;
      }
      labels.set(r.id, label);
      columns.push({ col, label, year, indicator: r.id, unit: r.unit });
    });
    if (unknown.length > 0) {
      throw new RegeconError("UNKNOWN_INDICATOR_NAMES", `${file} 第${header.line}行：无法识别的指标 ${unknown.join("、")}`, "在 data/indicators.csv 的 nbs_names 列中登记这些名称（以 | 分隔）。");
    }
  }

  // data rows
  const catalogue = indicatorCatalogue();
  const rows = new StagedRows();
  const notes: string[] = [];
  let sourceText: string | undefined;
  const unknownRegions: string[] = [];
  const seenRegion = new Map<string, number>();
  const unknownIndicators: string[] = [];
  let inFooter = false;
  const total = records.length;
  for (i = i + 1; i < records.length; i++) {
    const rec = records[i]!;
    if (options.onProgress && i % 5000 === 0) options.onProgress(i / total);
    const cells = rec.fields.map(cleanCell);
    const name = cells[0]!;
    if (cells.every((c) => c === "")) {
      inFooter = rows.count > 0 || inFooter;
      continue;
    }
    const src = /^数据来源[：:](.*)$/s.exec(name);
    if (src) {
      sourceText = cleanCell([src[1], ...cells.slice(1)].join(",").replace(/[,\s]+$/g, ""));
      inFooter = true;
      continue;
    }
    if (/^注[：:]/.test(name) || inFooter) {
      const text = rec.fields.join(",").replace(/[,\t ]+$/g, "").replace(/\r/g, "");
      const cleaned = text.split("\n").map((l) => cleanCell(l)).join("\n");
      if (/^注[：:]/.test(name) || notes.length === 0) notes.push(cleaned);
      else notes[notes.length - 1] += `\n${cleaned}`;
      inFooter = true;
      continue;
    }
    // a data row
    const where = `${file} 第${rec.line}行`;
    let regionCode = NATIONAL_CODE;
    let rowIndicator: { id: string; unit: string } | undefined;
    if (byRegionRows) {
      const code = registry.lookup(name);
      if (code === undefined) {
        unknownRegions.push(`${name}（第${rec.line}行）`);
        continue;
      }
      const prev = seenRegion.get(code);
      if (prev !== undefined) {
        throw new RegeconError("DUPLICATE_REGION", `${where}：地区“${name}”重复（第${prev}行已有）`, "每个地区只能有一行；删去重复行后再导入。");
      }
      seenRegion.set(code, rec.line);
      regionCode = code;
    } else {
      rowIndicator = resolveIndicatorLabel(name, where);
      if (!rowIndicator) {
        unknownIndicators.push(`${name}（第${rec.line}行）`);
        continue;
      }
      labels.set(rowIndicator.id, name);
    }
    const needed = columns.length === 0 ? 1 : Math.max(...columns.map((c) => c.col));
    const present = rec.fields.length;
    if (present < needed) {
      throw new RegeconError(
        "TRUNCATED_ROW",
        `${where}：只有${present}列，表头有${needed}列（缺第${present + 1}列“${headerCells[present] ?? ""}”起的数据，文件可能被截断）`,
        "请重新导出完整文件；未公布的年份应是空单元格而不是缺列。",
      );
    }
    for (let k = needed; k < present; k++) {
      if (cells[k] !== "") {
        throw new RegeconError("EXTRA_CELLS", `${where}第${k + 1}列：表头之外还有数据“${cells[k]}”`, "每行的列数应与表头一致。");
      }
    }
    for (const c of columns) {
      const raw = cells[c.col - 1]!;
      if (raw === "") continue; // missing, never 0
      if (!NUMBER.test(raw)) {
        throw new RegeconError("NOT_NUMERIC", `${where}第${c.col}列（${c.label}）：“${raw}”不是数值`, "数值单元格只能是数字；未公布的值请留空。");
      }
      const indicator = rowIndicator?.id ?? c.indicator;
      const unit = rowIndicator?.unit ?? c.unit;
      const value = Number(raw);
      const problem = checkValue(catalogue.get(indicator), value);
      if (problem) throw valueError(problem, `${where}第${c.col}列（${c.label}）`, raw);
      rows.add(regionCode, c.year, indicator, value, unit, rec.line);
    }
  }
  if (unknownRegions.length > 0) {
    throw new RegeconError(
      "UNKNOWN_REGION_NAMES",
      `${file}：无法识别的地区名称：${unknownRegions.join("、")}`,
      "可用全称（内蒙古自治区）、简称（内蒙古）、英文或拼音；名称表见 data/regions/provinces.csv。",
    );
  }
  if (unknownIndicators.length > 0) {
    throw new RegeconError("UNKNOWN_INDICATOR_NAMES", `${file}：无法识别的指标：${unknownIndicators.join("、")}`, "在 data/indicators.csv 的 nbs_names 列中登记这些名称（以 | 分隔）。");
  }
  if (rows.count === 0) throw new RegeconError("EMPTY_EXPORT", `${file}：没有任何数值`, "文件只有表头或全部为空单元格。");
  options.onProgress?.(1);
  return {
    file,
    format: layout,
    database,
    timeLabel,
    notes,
    sourceText,
    census: recogniseCensusRevision(notes),
    indicatorLabels: labels,
    rows,
    newIndicators: new Map(),
  };
}
