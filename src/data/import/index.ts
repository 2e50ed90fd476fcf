import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import { joinText } from "../../types/text.js";
import type { Registry } from "../registry.js";
import { forEachCsvRecord, type CsvLine } from "./csvRecords.js";
import { decodeBuffer, headerEncodingSuspect, position } from "./decode.js";
import { refuseUnknownIndicatorOption } from "./indicatorNames.js";
import type { FileContent } from "./fileScan.js";
import { readLargeTidyCsv } from "./largeTidyCsv.js";
import { parseNbsRecords } from "./nbsExport.js";
import { readSpreadsheetRecords } from "./spreadsheet.js";
import { checkLineLengths } from "./textLimits.js";
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
 * (`UNKNOWN_INDICATOR` for an `options.indicator` the catalogue does not hold, in every layout,
 * `FILE_UNREADABLE`, `EMPTY_EXPORT`, `TRUNCATED_FILE` for an NBS-layout CSV that ends inside a line
 * without the portal's footer, and the parsers' codes) naming file, line and column.
 */
export async function parseImportFile(file: string, registry: Registry, options: ImportOptions = {}): Promise<ParsedImport & { bytes: FileContent }> {
  // before the layout is known: a tidy file would otherwise never look at the option
  refuseUnknownIndicatorOption(options.indicator, { file: path.basename(file) });
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
  checkLineLengths(bytes, name);
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
  try {
    const parsed = parseNbsRecords(records, name, encoding === "utf-8-bom" ? "nbs-2026-csv" : "nbs-classic-csv", registry, options);
    // after the rows were read: a row cut short is TRUNCATED_ROW, which names its cells
    if (endsMidLine(text)) throw new RegeconError("TRUNCATED_FILE", m.endsMidLine(name, position(text, text.length).line), m.endsMidLineHint);
    return { ...parsed, encoding, bytes };
  } catch (e) {
    // an unrecognised header in the wrong encoding: say so before listing the accepted headers
    const suspect = e instanceof RegeconError && e.code === "NOT_AN_NBS_EXPORT" ? headerEncodingSuspect(firstLine, encoding) : undefined;
    if (!suspect) throw e;
    throw new RegeconError("NOT_AN_NBS_EXPORT", (e as RegeconError).text, joinText([m.headerEncodingHint(suspect), (e as RegeconError).hintText!], { zh: "\n", en: "\n" }));
  }
}

/** A line of the footer every data.stats.gov.cn export ends with: 注：… or 数据来源：… (quoted or not). */
const FOOTER_LINE = /(?:^|\n)"?(?:注|数据来源)[：:]/;

/**
 * True when an NBS-layout file looks cut off: its last line has no line break and the file has no footer.
 * The portal's exports always end with 注：…/数据来源：… lines, so a file without both ends inside its data,
 * possibly inside its last number (…,2984.5 cut to …,2984 is still a plausible value).
 */
function endsMidLine(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last !== 10 && last !== 13 && !FOOTER_LINE.test(text);
}

/** Size of a file in bytes; -1 when it cannot be read (the reader below names the problem). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}
