import { readFileSync } from "node:fs";
import path from "node:path";
import { RegeconError } from "../../types/errors.js";
import type { Registry } from "../registry.js";
import { forEachCsvRecord, type CsvLine } from "./csvRecords.js";
import { decodeBuffer } from "./decode.js";
import { parseNbsRecords } from "./nbsExport.js";
import { readSpreadsheetRecords } from "./spreadsheet.js";
import { isTidyHeader, tidyParser } from "./tidyCsv.js";
import type { ImportOptions, ParsedImport } from "./types.js";

export type { ImportOptions, ParsedImport } from "./types.js";

/**
 * Read and validate one file for import, choosing the parser by content: XLS (OLE2 signature) and
 * XLSX (ZIP signature) workbooks; CSV in GB18030/GBK or UTF-8 (with or without BOM) with a tidy
 * header (region, year, indicator, value…) or a data.stats.gov.cn layout. Nothing is written: the
 * store writes a `ParsedImport` in one transaction. Throws RegeconError (`FILE_UNREADABLE`, and the
 * parsers' codes) naming file, line and column.
 */
export function parseImportFile(file: string, registry: Registry, options: ImportOptions = {}): ParsedImport & { bytes: Buffer } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new RegeconError("FILE_UNREADABLE", `无法读取文件 ${file}：${(e as Error).message}`, "检查路径和读取权限。");
  }
  const name = path.basename(file);
  if (bytes.length === 0) throw new RegeconError("EMPTY_EXPORT", `${name}：文件是空的`, "请重新导出完整文件。");
  const isOle = bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1;
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isOle || isZip) {
    const records = readSpreadsheetRecords(bytes, name);
    return { ...parseNbsRecords(records, name, isOle ? "nbs-xls" : "nbs-xlsx", registry, options), bytes };
  }
  const { text, encoding } = decodeBuffer(bytes, name);
  const firstLine = /^[\r\n]*([^\r\n]*)/.exec(text)![1]!;
  if (firstLine.trim() === "") throw new RegeconError("EMPTY_EXPORT", `${name}：文件没有内容`, "请重新导出完整文件。");
  const headerLine = text.slice(0, text.indexOf(firstLine)).split("\n").length;
  const headerFields = firstLine.split(",");
  if (isTidyHeader(headerFields)) {
    // streamed: a county panel has millions of rows
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
