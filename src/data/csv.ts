import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import * as m from "../messages/data.js";
import { RegeconError } from "../types/errors.js";

/** A parsed CSV row with the 1-based line number it started on (for error messages). */
export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

/**
 * Read a UTF-8 CSV file with a header row (optional BOM) into records.
 * Throws RegeconError `CSV_UNREADABLE` when the file cannot be read or parsed, and
 * `CSV_MISSING_COLUMNS` when a required column is absent; both name the file.
 */
export function readCsv(file: string, requiredColumns: readonly string[]): CsvRecord[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new RegeconError("CSV_UNREADABLE", m.fileUnreadable(file, (e as Error).message), m.checkPathHint);
  }
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, info: true, trim: false });
  } catch (e) {
    throw new RegeconError("CSV_UNREADABLE", m.csvMalformed(file, (e as Error).message), m.csvMalformedHint);
  }
  const header = rows.length > 0 ? Object.keys(rows[0]!.record) : firstLineColumns(text);
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new RegeconError("CSV_MISSING_COLUMNS", m.csvMissingColumns(file, missing, header), m.csvColumnsHint(requiredColumns));
  }
  return rows.map((r) => ({ line: r.info.lines, fields: r.record }));
}

function firstLineColumns(text: string): string[] {
  return (text.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "").split(",").map((s) => s.trim());
}
