import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";

/** One CSV record: its fields (unquoted, untrimmed) and the 1-based line it starts on. */
export interface CsvLine {
  line: number;
  fields: string[];
  /**
   * Workbook rows only: the merged ranges that cover this row (1-based columns `from`–`to`, the range as
   * Excel names it, e.g. A7:A8; `anchor` when the range starts on this row). A merged range keeps its value
   * in its top-left cell only, so every other cell of it reads as empty.
   */
  merged?: { from: number; to: number; range: string; anchor: boolean }[];
}

/**
 * Refuse a workbook row (a header or a data row) with a cell inside a merged range: its value is only in
 * the range's top-left cell, so the cell would read as empty (a missing year, an unnamed region).
 * Throws `SPREADSHEET_UNREADABLE` naming the cell and the range. Title and footer rows may be merged.
 */
export function checkNotMerged(rec: CsvLine, file: string): void {
  const covered = coveredCell(rec);
  if (covered) throw new RegeconError("SPREADSHEET_UNREADABLE", m.mergedCell({ file, line: rec.line, column: covered.column }, covered.range), m.mergedCellHint);
}

/**
 * The first cell of a workbook row that lies inside a merged range without being its top-left cell (whose
 * value the spreadsheet keeps; every other cell of the range reads as empty), or undefined.
 */
export function coveredCell(rec: CsvLine): { column: number; range: string } | undefined {
  for (const m of rec.merged ?? []) {
    const column = m.anchor ? m.from + 1 : m.from;
    if (column <= m.to) return { column, range: m.range };
  }
  return undefined;
}

/**
 * Split decoded CSV text into records (RFC 4180: comma separator, `"` quoting with `""` escapes,
 * quoted fields may span lines; CRLF or LF). Calls `onRecord` for each record, blank lines
 * included (as a single empty field), so callers can report exact line numbers.
 *
 * Text without any `"` takes a fast path (plain split), which is what large tidy files use.
 * Throws `TRUNCATED_FILE` (file and the line where the quote opened) when a quoted field never
 * closes, which is what a file cut off inside a quoted note looks like.
 */
export function forEachCsvRecord(text: string, file: string, onRecord: (rec: CsvLine) => void): void {
  if (text.indexOf('"') < 0) {
    let line = 0;
    let start = 0;
    const n = text.length;
    while (start < n) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = n;
      line++;
      let stop = end;
      if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
      onRecord({ line, fields: text.slice(start, stop).split(",") });
      start = end + 1;
    }
    return;
  }
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && field === "") {
      const openLine = line;
      i++;
      for (;;) {
        if (i >= n) {
          throw new RegeconError("TRUNCATED_FILE", m.unclosedQuote({ file, line: openLine }), m.reexportHint);
        }
        const d = text.charCodeAt(i);
        if (d === 34) {
          if (text.charCodeAt(i + 1) === 34) {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (d === 10) line++;
        field += text[i];
        i++;
      }
      continue;
    }
    if (c === 44 /* , */) {
      fields.push(field);
      field = "";
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      fields.push(field);
      onRecord({ line: recordLine, fields });
      fields = [];
      field = "";
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    field += text[i];
    i++;
  }
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    onRecord({ line: recordLine, fields });
  }
}
