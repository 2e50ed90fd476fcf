import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import { joinText } from "../../types/text.js";
import { indicatorCatalogue } from "../indicators.js";
import { cleanCell } from "./cells.js";
import { checkNotMerged, type CsvLine } from "./csvRecords.js";
import { checkUnit, labelContradicts, resolveIndicatorLabel, splitNameUnit } from "./indicatorNames.js";
import type { NbsMetadata } from "./nbsMetadata.js";
import { tidyColumns, TIDY_REQUIRED } from "./tidyCsv.js";
import type { ImportFormat, ImportOptions } from "./types.js";

/** One value column of an export: its 1-based column, header label, year and indicator. */
export interface NbsColumn {
  col: number;
  label: string;
  year: number;
  /** Catalogue id; "" while the file's indicator is unknown (see `NbsLayout.indicatorUnknown`). */
  indicator: string;
  unit: string;
}

/** What the header row says about the rows below it. */
export interface NbsLayout {
  format: ImportFormat;
  /** Rows are regions (header 地区); else rows are indicators of the nation (header 指标, 年度数据). */
  byRegionRows: boolean;
  columns: NbsColumn[];
  /** Header cells, trimmed (padding dropped at the end). */
  headerCells: string[];
  /**
   * The header's number of fields as written, trailing empty field included: every data row must have
   * exactly as many (the 2026 layouts end each row with a comma, so a row one cell short still ends
   * with an empty field and would otherwise shift every later value into the next column).
   */
  width: number;
  /** NBS indicator names as the file writes them, by indicator id. */
  labels: Map<string, string>;
  /** True when neither the file (指标 line) nor `--indicator` names the indicator: the caller refuses with NO_INDICATOR. */
  indicatorUnknown: boolean;
}

const YEAR_CELL = /^(\d{4})年$/;
const REGION_HEADER = /^地区$/;
const INDICATOR_HEADER = /^指标$/;

/**
 * Read the header row of a data.stats.gov.cn export into its layout:
 * - years as columns ("地区,2024年,2023年,…"; one indicator, from the 指标 line or `--indicator`), or
 *   ("指标,2024年,…"; 年度数据, one national indicator per row);
 * - the 2026 multi-indicator layout: "时间：2024年" and indicators as columns ("地区,地区生产总值 (亿元) ,…").
 * Throws `EMPTY_EXPORT`, `SPREADSHEET_UNREADABLE` (merged header cells), `NOT_AN_NBS_EXPORT`, `HEADER_WITHOUT_YEARS`, `DUPLICATE_YEAR`,
 * `UNKNOWN_INDICATOR_NAMES`, `UNIT_MISMATCH`, `UNKNOWN_INDICATOR`, `BAD_ARGUMENT` (`--indicator` on a
 * multi-indicator file), `INDICATOR_MISMATCH` (`--indicator` names another indicator than the 指标 line), naming file, line and column.
 */
export function readLayout(header: CsvLine | undefined, meta: NbsMetadata, file: string, format: ImportFormat, options: ImportOptions): NbsLayout {
  if (!header) throw new RegeconError("EMPTY_EXPORT", m.noHeader(file), m.reexportHint);
  checkNotMerged(header, file);
  const first = cleanCell(header.fields[0]);
  const byRegionRows = REGION_HEADER.test(first);
  if (!byRegionRows && !INDICATOR_HEADER.test(first)) {
    const cells = header.fields.map(cleanCell).filter((c) => c !== "");
    const found = cells.slice(0, 8).join(",");
    const shown = cells.length > 8 || found.length > 80 ? `${found.slice(0, 80)}…` : found;
    // a long table that lacks one or two of the tidy columns (a scraper's region_code,year,value): say which
    const tidy = tidyColumns(header.fields);
    const missing = TIDY_REQUIRED.filter((c) => !tidy.includes(c));
    const hint = missing.length <= 2 ? joinText([m.almostTidyHint(missing), m.acceptedHeaders], { zh: "\n", en: "\n" }) : m.acceptedHeaders;
    throw new RegeconError("NOT_AN_NBS_EXPORT", m.unknownHeader({ file, line: header.line }, shown), hint);
  }
  const headerCells = header.fields.map(cleanCell);
  while (headerCells.length > 1 && headerCells[headerCells.length - 1] === "") headerCells.pop();
  if (headerCells.length < 2) throw new RegeconError("HEADER_WITHOUT_YEARS", m.noYearColumns({ file, line: header.line }, first), m.yearHeaderHint);
  const base = { byRegionRows, headerCells, width: header.fields.length, labels: new Map<string, string>() };
  const yearCells = headerCells.slice(1).map((c) => YEAR_CELL.exec(c));
  if (yearCells.every((c) => c !== null)) return { ...base, format, ...yearColumns(header, headerCells, yearCells.map((c) => Number(c![1])), byRegionRows, meta, file, options, base.labels) };
  return { ...base, ...indicatorColumns(header, headerCells, yearCells, byRegionRows, meta, file, format, options, base.labels) };
}

/** Years as columns: the indicator comes from `--indicator`, the 指标 line, or (年度数据) each row. */
function yearColumns(
  header: CsvLine,
  headerCells: string[],
  years: number[],
  byRegionRows: boolean,
  meta: NbsMetadata,
  file: string,
  options: ImportOptions,
  labels: Map<string, string>,
): { columns: NbsColumn[]; indicatorUnknown: boolean } {
  let indicator = "";
  let unit = "";
  let indicatorUnknown = false;
  if (byRegionRows) {
    const spec = meta.indicator;
    if (options.indicator) {
      const defs = indicatorCatalogue();
      const other = spec && defs.has(options.indicator) ? labelContradicts(spec.label, options.indicator) : undefined;
      if (spec && other) {
        throw new RegeconError("INDICATOR_MISMATCH", m.indicatorContradictsFile({ file, line: spec.line }, spec.label, defs.get(other)!, options.indicator, defs.get(options.indicator)!), m.indicatorContradictsFileHint);
      }
      const fileUnit = spec ? splitNameUnit(spec.label).unit : undefined;
      unit = checkUnit(options.indicator, fileUnit, { file, line: spec?.line ?? header.line });
      indicator = options.indicator;
    } else if (spec) {
      const r = resolveIndicatorLabel(spec.label, { file, line: spec.line });
      if (!r) throw new RegeconError("UNKNOWN_INDICATOR_NAMES", m.unknownIndicatorLine({ file, line: spec.line }, spec.label), m.registerIndicatorHint);
      ({ id: indicator, unit } = r);
    } else indicatorUnknown = true;
    if (indicator) labels.set(indicator, spec?.label ?? indicator);
  }
  const seen = new Map<number, number>();
  const columns = years.map((year, k) => {
    const col = k + 2;
    const before = seen.get(year);
    if (before !== undefined) throw new RegeconError("DUPLICATE_YEAR", m.duplicateYear({ file, line: header.line }, year, before, col), m.duplicateYearHint);
    seen.set(year, col);
    return { col, label: headerCells[k + 1]!, year, indicator, unit };
  });
  return { columns, indicatorUnknown };
}

/** The 2026 multi-indicator layout: one year (时间：2024年), each column an indicator named with its unit. */
function indicatorColumns(
  header: CsvLine,
  headerCells: string[],
  yearCells: (RegExpExecArray | null)[],
  byRegionRows: boolean,
  meta: NbsMetadata,
  file: string,
  format: ImportFormat,
  options: ImportOptions,
  labels: Map<string, string>,
): { format: ImportFormat; columns: NbsColumn[]; indicatorUnknown: boolean } {
  const someYear = yearCells.findIndex((c) => c !== null);
  const single = meta.timeLabel ? YEAR_CELL.exec(meta.timeLabel) : null;
  if (!byRegionRows || someYear >= 0 || !single) {
    const k = someYear >= 0 ? yearCells.findIndex((c) => c === null) : 0;
    throw new RegeconError("HEADER_WITHOUT_YEARS", m.notAYearColumn({ file, line: header.line, column: k + 2 }, headerCells[k + 1]!, single !== null), m.yearOrMultiHeaderHint);
  }
  if (options.indicator) throw new RegeconError("BAD_ARGUMENT", m.indicatorOnMultiFile(file), m.indicatorOnMultiFileHint);
  const year = Number(single[1]);
  const unknown: { column: number; label: string }[] = [];
  const columns: NbsColumn[] = [];
  headerCells.slice(1).forEach((label, k) => {
    const col = k + 2;
    const r = resolveIndicatorLabel(label, { file, line: header.line, column: col });
    if (!r) unknown.push({ column: col, label });
    else {
      labels.set(r.id, label);
      columns.push({ col, label, year, indicator: r.id, unit: r.unit });
    }
  });
  if (unknown.length > 0) throw new RegeconError("UNKNOWN_INDICATOR_NAMES", m.unknownIndicatorColumns({ file, line: header.line }, unknown), m.registerIndicatorNamesHint);
  const multi = format === "nbs-2026-csv" || format === "nbs-classic-csv" ? "nbs-2026-multi-csv" : format;
  return { format: multi, columns, indicatorUnknown: false };
}
