import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import { indicatorCatalogue } from "../indicators.js";
import type { Registry } from "../registry.js";
import { recogniseCensusRevision } from "./census.js";
import type { CsvLine } from "./csvRecords.js";
import { suggestIndicatorsFromFileName } from "./indicatorNames.js";
import { readLayout } from "./nbsLayout.js";
import { readMetadata } from "./nbsMetadata.js";
import { readRows } from "./nbsRows.js";
import { crossSectionError, fitsIndicator } from "./plausibility.js";
import { checkNotesSize } from "./textLimits.js";
import type { ImportFormat, ImportOptions, ParsedImport } from "./types.js";

/**
 * Parse a data.stats.gov.cn export (分省年度数据 or 年度数据) already split into records, in any of
 * the portal's layouts (classic GBK CSV and BIFF8 XLS; the 2026 UTF-8 layouts with `value<TAB>,` cells,
 * with or without a 指标 line; the 2026 one-year multi-indicator layout; 年度数据 with one national
 * indicator per row). Four steps, one module each:
 *
 *   metadata lines (nbsMetadata) → header and layout (nbsLayout) → data rows (nbsRows) → footer (nbsFootnotes)
 *
 * then two checks on the file as a whole: the indicator must be known (`NO_INDICATOR` otherwise, whose
 * hint suggests only indicators named in the file name whose plausible range the values fit: the
 * importer never guesses), and each year's cross-section must have the magnitude of its indicator
 * (`IMPLAUSIBLE_VALUE`: ~105-valued indices declared as GDP in 亿元 are refused). Every problem throws
 * RegeconError naming file, line and (for cells) column; `EMPTY_EXPORT` when no value is left,
 * `NOTE_TOO_LONG` when the notes and metadata text exceed MAX_NOTE_CHARS.
 */
export function parseNbsRecords(records: readonly CsvLine[], file: string, format: ImportFormat, registry: Registry, options: ImportOptions = {}): ParsedImport {
  const meta = readMetadata(records);
  const layout = readLayout(records[meta.headerIndex], meta, file, format, options);
  const { rows, footnotes, provinceValues, sections } = readRows(records, meta.headerIndex + 1, layout, file, registry, options);
  const catalogue = indicatorCatalogue();
  if (layout.indicatorUnknown) {
    const fitting = suggestIndicatorsFromFileName(file).filter((id) => fitsIndicator(catalogue.get(id)!, provinceValues));
    throw new RegeconError("NO_INDICATOR", m.noIndicator(file), m.noIndicatorHint(fitting));
  }
  const contradiction = sections.problem((id) => catalogue.get(id));
  if (contradiction) throw crossSectionError(file, contradiction);
  if (rows.count === 0) throw new RegeconError("EMPTY_EXPORT", m.noValues(file), m.noValuesHint);
  const parsed: ParsedImport = {
    file,
    format: layout.format,
    database: meta.database,
    timeLabel: meta.timeLabel,
    notes: footnotes.notes,
    sourceText: footnotes.sourceText,
    census: recogniseCensusRevision(footnotes.notes),
    indicatorLabels: layout.labels,
    rows,
    newIndicators: new Map(),
  };
  checkNotesSize(parsed);
  options.onProgress?.(1);
  return parsed;
}
