import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import type { Registry } from "../registry.js";
import { forEachCsvRecord, type CsvLine } from "./csvRecords.js";
import { decodeBuffer } from "./decode.js";
import type { FileContent } from "./fileScan.js";
import { readLargeTidyCsv } from "./largeTidyCsv.js";
import { parseNbsRecords } from "./nbsExport.js";
import { readSpreadsheetRecords } from "./spreadsheet.js";
import { isTidyHeader, tidyParser } from "./tidyCsv.js";
import { DIRECT_MIN_BYTES, type ImportOptions, type ParsedImport } from "./types.js";

export type { FileContent } from "./fileScan.js";
export type { ImportOptions, ParsedImport } from "./types.js";

/**
 * Read and validate one file for import, choosing the parser by content: XLS (OLE2 signature) and
 * XLSX (ZIP signature) workbooks; CSV in GB18030/GBK or UTF-8 (with or without BOM) with a tidy
 * header (region, year, indicator, value…) or a data.stats.gov.cn layout. Workbooks are read in a
 * bounded worker thread (`readSpreadsheetRecords`), hence the promise. A tidy CSV of
 * `options.directMinBytes` (default DIRECT_MIN_BYTES) and more that DuckDB can read as the tidy parser
 * does is read and validated by DuckDB (`readLargeTidyCsv`): `bytes` is then only its SHA-256. Nothing
 * is written: the store writes a `ParsedImport` in one transaction. Throws RegeconError
 * (`FILE_UNREADABLE`, `EMPTY_EXPORT`, and the parsers' codes) naming file, line and column.
 */
export async function parseImportFile(file: string, registry: Registry, options: ImportOptions = {}): Promise<ParsedImport & { bytes: FileContent }> {
  if (sizeOf(file) >= (options.directMinBytes ?? DIRECT_MIN_BYTES)) {
    const byTidyParser = () => parseImportFile(file, registry, { ...options, directMinBytes: Number.POSITIVE_INFINITY });
    const large = await readLargeTidyCsv(file, registry, options, byTidyParser);
    if (large) return large;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new RegeconError("FILE_UNREADABLE", m.cannotReadFile(file, (e as Error).message), m.checkPathHint);
  }
  const name = path.basename(file);
  if (bytes.length === 0) throw new RegeconError("EMPTY_EXPORT", m.emptyFile(name), m.reexportHint);
  const isOle = bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1;
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isOle || isZip) {
    const records = await readSpreadsheetRecords(bytes, name, options.spreadsheetLimits);
    return { ...parseNbsRecords(records, name, isOle ? "nbs-xls" : "nbs-xlsx", registry, options), bytes };
  }
  const { text, encoding } = decodeBuffer(bytes, name);
  const firstLine = /^[\r\n]*([^\r\n]*)/.exec(text)![1]!;
  if (firstLine.trim() === "") throw new RegeconError("EMPTY_EXPORT", m.emptyFile(name), m.reexportHint);
  const headerLine = text.slice(0, text.indexOf(firstLine)).split("\n").length;
  const headerFields = firstLine.split(",");
  if (isTidyHeader(headerFields)) {
    // streamed: no array of records is built
    const parser = tidyParser({ line: headerLine, fields: headerFields }, name, registry, options);
    const size = text.length;
    let seen = 0;
    forEachCsvRecord(text, name, (r) => {
      if (options.onProgress && ++seen % 500000 === 0) options.onProgress(Math.min(0.99, (seen * 40) / size));
      parser.onRecord(r);
    });
    return { ...parser.finish(), encoding, bytes };
  }
  const records: CsvLine[] = [];
  forEachCsvRecord(text, name, (r) => records.push(r));
  const parsed = parseNbsRecords(records, name, encoding === "utf-8-bom" ? "nbs-2026-csv" : "nbs-classic-csv", registry, options);
  return { ...parsed, encoding, bytes };
}

/** Size of a file in bytes; -1 when it cannot be read (the reader below names the problem). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}
