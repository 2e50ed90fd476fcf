import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

/**
 * The import log: a small CSV file beside the store (`<store>.imports.csv`) with one line per imported
 * file (time, vintage, SHA-256, the file's path as given to the store, indicators, whether
 * `--allow-older` was used and the override note). It lives outside the DuckDB file so that, should the
 * store be damaged, it still says which files to import again into a new store (the bundled data load
 * by themselves). `regecon data --imports` prints it.
 */

/** One line of the import log. */
export interface ImportLogEntry {
  importedAt: string;
  vintageId: number;
  vintage: string;
  sha256: string;
  /** The file's path (absolute when the caller gave it, else the file name). */
  file: string;
  indicators: string[];
  allowOlder: boolean;
  note: string;
}

const HEADER = ["imported_at", "vintage_id", "vintage", "sha256", "file", "indicators", "allow_older", "note"];

/** Where the import log of the store `storeFile` lives. */
export function importLogPath(storeFile: string): string {
  return `${storeFile}.imports.csv`;
}

/** Append one entry (the header first when the log is new). */
export function appendImportLog(storeFile: string, e: ImportLogEntry): void {
  const log = importLogPath(storeFile);
  const cells = [e.importedAt, String(e.vintageId), e.vintage, e.sha256, e.file, e.indicators.join(";"), e.allowOlder ? "yes" : "", e.note];
  appendFileSync(log, (existsSync(log) ? "" : HEADER.join(",") + "\n") + cells.map(csvCell).join(",") + "\n");
}

/** The entries of an import log, oldest first; undefined when there is no log (or it cannot be read). */
export function readImportLog(log: string): ImportLogEntry[] | undefined {
  let text: string;
  try {
    text = readFileSync(log, "utf8");
  } catch {
    return undefined;
  }
  try {
    const rows = parse(text, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
    return rows.map((r) => ({
      importedAt: r.imported_at ?? "",
      vintageId: Number(r.vintage_id),
      vintage: r.vintage ?? "",
      sha256: r.sha256 ?? "",
      file: r.file ?? "",
      indicators: (r.indicators ?? "").split(";").filter(Boolean),
      allowOlder: r.allow_older === "yes",
      note: r.note ?? "",
    }));
  } catch {
    return undefined;
  }
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
