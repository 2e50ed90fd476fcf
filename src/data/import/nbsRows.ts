import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import { checkValue, indicatorCatalogue, valueError } from "../indicators.js";
import type { Registry } from "../registry.js";
import { cleanCell, NUMBER, numberLookalike } from "./cells.js";
import { checkNotMerged, type CsvLine } from "./csvRecords.js";
import { resolveIndicatorLabel } from "./indicatorNames.js";
import { Footnotes } from "./nbsFootnotes.js";
import type { NbsLayout } from "./nbsLayout.js";
import { CrossSections } from "./plausibility.js";
import { StagedRows, type ImportOptions } from "./types.js";
import { parseYear } from "./year.js";

/** The data rows of an export, validated. */
export interface NbsRows {
  rows: StagedRows;
  footnotes: Footnotes;
  /** Province values per year, collected only while the indicator is unknown (for NO_INDICATOR hints). */
  provinceValues: { year: number; value: number }[];
  /** Min and max of province values per indicator and year (the magnitude rule). */
  sections: CrossSections;
}

/**
 * Read the data rows below the header (`records[start…]`) in `layout`, then the footer (see
 * `Footnotes`). Each row names a region (full, short, English name …; or, in 年度数据, an indicator of
 * the nation) and has exactly the header's number of cells. Empty cells are missing, never 0; other
 * cells must be numbers, for a year not after the current one, inside the indicator's plausible range.
 * Throws RegeconError naming file, line and column: `SPREADSHEET_UNREADABLE` (a workbook row with merged
 * cells), `TRUNCATED_ROW`, `EXTRA_CELLS`, `DUPLICATE_REGION`,
 * `NOT_NUMERIC`, `BAD_YEAR`, `IMPLAUSIBLE_VALUE`, `UNKNOWN_REGION_NAMES` and `UNKNOWN_INDICATOR_NAMES`
 * (all unmatched names at once).
 */
export function readRows(records: readonly CsvLine[], start: number, layout: NbsLayout, file: string, registry: Registry, options: ImportOptions): NbsRows {
  const catalogue = indicatorCatalogue();
  const rows = new StagedRows();
  const footnotes = new Footnotes();
  const sections = new CrossSections();
  const provinceValues: { year: number; value: number }[] = [];
  const unknownRegions: { name: string; line: number }[] = [];
  const unknownIndicators: { name: string; line: number }[] = [];
  const seenRegion = new Map<string, number>();
  let dataRows = 0;
  const isDataRow = (name: string) => (layout.byRegionRows ? registry.lookup(name) !== undefined : resolveIndicatorLabel(name, { file }) !== undefined);
  for (let i = start; i < records.length; i++) {
    const rec = records[i]!;
    if (options.onProgress && i % 5000 === 0) options.onProgress(i / records.length);
    const cells = rec.fields.map(cleanCell);
    if (footnotes.take(rec, cells, dataRows > 0, isDataRow)) continue;
    dataRows++;
    checkNotMerged(rec, file);
    const name = cells[0]!;
    const line = { file, line: rec.line };
    let regionCode = NATIONAL_CODE;
    let rowIndicator: { id: string; unit: string } | undefined;
    if (layout.byRegionRows) {
      const code = registry.lookup(name);
      if (code === undefined) {
        unknownRegions.push({ name, line: rec.line });
        continue;
      }
      const before = seenRegion.get(code);
      if (before !== undefined) throw new RegeconError("DUPLICATE_REGION", m.duplicateRegion(line, name, before), m.duplicateRegionHint);
      seenRegion.set(code, rec.line);
      regionCode = code;
    } else {
      rowIndicator = resolveIndicatorLabel(name, line);
      if (!rowIndicator) {
        unknownIndicators.push({ name, line: rec.line });
        continue;
      }
      layout.labels.set(rowIndicator.id, name);
    }
    checkWidth(rec, cells, layout, file);
    const scope = regionCode === NATIONAL_CODE ? "aggregate" : "province";
    for (const c of layout.columns) {
      const raw = cells[c.col - 1]!;
      if (raw === "") continue; // missing, never 0
      const cell = { file, line: rec.line, column: c.col, label: c.label };
      if (!NUMBER.test(raw)) throw new RegeconError("NOT_NUMERIC", m.notNumericCell(cell, raw), m.notNumericLookalikeHint(numberLookalike(raw), m.notNumericCellHint));
      const year = parseYear(String(c.year));
      if ("problem" in year) throw new RegeconError("BAD_YEAR", m.futureYearCell(cell, raw, year.problem), m.futureYearHint);
      const value = Number(raw);
      if (layout.indicatorUnknown) {
        if (!Number.isFinite(value)) throw valueError(checkValue(undefined, value)!, cell, raw);
        if (scope === "province") provinceValues.push({ year: c.year, value });
        continue;
      }
      const indicator = rowIndicator?.id ?? c.indicator;
      const problem = checkValue(catalogue.get(indicator), value, scope);
      if (problem) throw valueError(problem, cell, raw);
      if (scope === "province") sections.add(indicator, c.year, value);
      rows.add(regionCode, c.year, indicator, value, rowIndicator?.unit ?? c.unit, rec.line);
    }
  }
  if (unknownRegions.length > 0) throw new RegeconError("UNKNOWN_REGION_NAMES", m.unknownRegionRows(file, unknownRegions), m.regionNamesRowsHint);
  if (unknownIndicators.length > 0) throw new RegeconError("UNKNOWN_INDICATOR_NAMES", m.unknownIndicatorRows(file, unknownIndicators), m.registerIndicatorNamesHint);
  return { rows, footnotes, provinceValues, sections };
}

/**
 * A data row has exactly the header's number of fields, and no value outside the header's labelled
 * columns. Fewer fields is `TRUNCATED_ROW` (a cell dropped: every later value would shift into the next
 * year or indicator); more is `EXTRA_CELLS`. A workbook row is always as wide as the sheet, so there a
 * row shifted one column right keeps its field count: its last value lands in a column without a header
 * label, which is `EXTRA_CELLS` too (naming that cell), never silently dropped.
 */
function checkWidth(rec: CsvLine, cells: readonly string[], layout: NbsLayout, file: string): void {
  const present = rec.fields.length;
  if (present < layout.width) {
    throw new RegeconError("TRUNCATED_ROW", m.shortRow({ file, line: rec.line }, present, layout.width), m.shortRowHint);
  }
  const labelled = layout.headerCells.length;
  const k = cells.findIndex((c, i) => i >= labelled && c !== "");
  if (present > layout.width) {
    throw new RegeconError("EXTRA_CELLS", m.longRow({ file, line: rec.line }, present, layout.width, k >= 0 ? { column: k + 1, value: cells[k]! } : undefined), m.longRowHint);
  }
  if (k >= 0) throw new RegeconError("EXTRA_CELLS", m.cellBeyondHeader({ file, line: rec.line, column: k + 1 }, cells[k]!, labelled), m.cellBeyondHeaderHint);
}
