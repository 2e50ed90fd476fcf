import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import * as m from "../../messages/store.js";
import { RegeconError } from "../../types/errors.js";
import type { Registry } from "../registry.js";
import type { CsvLine } from "../import/csvRecords.js";
import { cleanCell } from "../import/cells.js";
import { refuseUnknownIndicatorOption } from "../import/indicatorNames.js";
import { readSpreadsheetRecords } from "../import/spreadsheet.js";
import { isTidyHeader, parseTidyRecords, tidyParser } from "../import/tidyCsv.js";
import type { ImportOptions, ParsedImport } from "../import/types.js";
import { SqlConnection } from "./sql.js";

/**
 * Reading back what `regecon export` wrote, so that its XLSX and Parquet files import unchanged (its CSV
 * is already a tidy CSV the importer reads). Both are long tables with the export's columns
 * (region_code, region_name, year, indicator, value, unit, source_id, vintage[, is_current]); their rows go
 * through the tidy importer's validation (`tidyParser`), exactly as a CSV's would.
 *
 * For the import command: `(await parseExportFile(file, registry, options)) ?? parseImportFile(file, …)`.
 */

const PARQUET_MAGIC = "PAR1";

/** True when the bytes are a Parquet file (magic "PAR1" at both ends). */
export function isParquet(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.length >= 8 && b.subarray(0, 4).toString("latin1") === PARQUET_MAGIC && b.subarray(b.length - 4).toString("latin1") === PARQUET_MAGIC;
}

/**
 * Parse a file written by `regecon export` when it is a Parquet file or a workbook whose first sheet is a
 * tidy table (the export's "data" sheet); undefined for any other file (the caller's usual importer reads
 * it). Throws the tidy importer's errors (file, row and column named), RegeconError `UNKNOWN_INDICATOR`
 * for an `options.indicator` the catalogue does not hold (as every importer does), and
 * `SPREADSHEET_UNREADABLE` / `FILE_UNREADABLE` for a file that cannot be read.
 */
export async function parseExportFile(file: string, registry: Registry, options: ImportOptions = {}): Promise<(ParsedImport & { bytes: Buffer }) | undefined> {
  refuseUnknownIndicatorOption(options.indicator, { file: path.basename(file) });
  // the first and last bytes decide, so that a large CSV is not read here (the usual importer reads it)
  const ends = fileEnds(file);
  if (!ends || !(isParquet(ends) || (ends.length >= 4 && ends.readUInt32BE(0) === ZIP_MAGIC))) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined; // the usual importer names the problem
  }
  const name = path.basename(file);
  if (isParquet(bytes)) return { ...(await parseParquetExport(path.resolve(file), name, registry, options)), format: "tidy-parquet", bytes };
  const records = await readSpreadsheetRecords(bytes, name, options.spreadsheetLimits);
  const header = records.find((r) => r.fields.some((f) => cleanCell(f) !== ""));
  if (!header || !isTidyHeader(header.fields)) return undefined;
  return { ...parseTidyRecords(records, name, registry, options), format: "tidy-xlsx", bytes };
}

const ZIP_MAGIC = 0x504b0304;

/** The first and the last four bytes of a file (as one buffer of up to 8), or undefined when it cannot be read. */
function fileEnds(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const size = fstatSync(fd).size;
    if (size < 8) return readFileSync(fd);
    const b = Buffer.alloc(8);
    readSync(fd, b, 0, 4, 0);
    readSync(fd, b, 4, 4, size - 4);
    return b;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The rows of a Parquet file as tidy records (line 1 the column names, line k + 1 the k-th row), read by
 * DuckDB in chunks and validated as they come, so memory stays bounded by the staged rows. Numbers are
 * written with `String(x)`, which reads back as the same double.
 */
async function parseParquetExport(file: string, name: string, registry: Registry, options: ImportOptions): Promise<ParsedImport> {
  const instance = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false", autoload_known_extensions: "false" });
  const sql = new SqlConnection(await instance.connect(), (e) => new RegeconError("FILE_UNREADABLE", m.parquetUnreadable(name, e instanceof Error ? e.message : String(e)), m.parquetUnreadableHint));
  try {
    let parser: ReturnType<typeof tidyParser> | undefined;
    let line = 1;
    await sql.chunks(
      "SELECT * FROM read_parquet($file)",
      { file },
      (columns) => (parser = tidyParser({ line: 1, fields: columns }, name, registry, options)),
      (rows) => {
        for (const r of rows) parser!.onRecord({ line: ++line, fields: r.map(cellText) } satisfies CsvLine);
      },
    );
    return parser!.finish();
  } finally {
    sql.conn.closeSync();
    instance.closeSync();
  }
}

function cellText(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}
