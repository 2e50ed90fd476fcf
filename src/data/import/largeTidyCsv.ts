import { open } from "node:fs/promises";
import path from "node:path";
import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import type { Registry } from "../registry.js";
import { cleanCell } from "./cells.js";
import { scanFile, type FileContent } from "./fileScan.js";
import { isTidyHeader, tidyColumns } from "./tidyCsv.js";
import { checkTidyCsv, NotCheckable } from "./tidyCsvCheck.js";
import { applySummary } from "./tidySummary.js";
import { StagedRows, type DirectCsv, type ImportOptions, type ParsedImport } from "./types.js";

/**
 * Large tidy CSV files (a county panel: 4.5 million rows, 160 MiB) are read by DuckDB, never by
 * JavaScript: JavaScript reads the first 64 KiB (the header) and streams the bytes once for their SHA-256
 * and for what decides whether DuckDB's CSV reader sees the cells the tidy parser would (`scanFile`).
 * The rules are the tidy parser's, applied in SQL (`tidyCsvCheck.ts`, `directInsert.ts`), and a refusal
 * is the parser's own error for the lines at fault.
 *
 * A file DuckDB would read differently (not UTF-8, double quotes, NUL, mixed line ends, a header beyond
 * the first 64 KiB) or that the parser refuses before reading rows (a line over MAX_LINE_BYTES) is left
 * to the tidy parser.
 */

/**
 * Largest tidy CSV the tidy parser reads: it holds every row (about 45 bytes of memory per byte of file:
 * a 230 MiB file with one CRLF line ran out of a 4 GB heap). A larger file must be one DuckDB can read.
 */
export const TIDY_PARSER_MAX_BYTES = 32 * 2 ** 20;

/** Bytes read for the header. */
const HEAD_BYTES = 64 * 2 ** 10;

/**
 * Read a large file as a `ParsedImport` whose `direct` says how DuckDB reads it, validated now unless
 * `options.validateAtImport` (then the store validates while inserting). Returns undefined when the file
 * is not a tidy CSV DuckDB can read as the tidy parser does (the caller reads it as usual).
 * `parseWithTidyParser` reads the same file with the tidy parser (for a file DuckDB cannot validate).
 * Throws the tidy parser's RegeconError for an invalid file.
 */
export async function readLargeTidyCsv(
  file: string,
  registry: Registry,
  options: ImportOptions,
  parseWithTidyParser: DirectCsv["parseWithTidyParser"],
): Promise<(ParsedImport & { bytes: FileContent }) | undefined> {
  const head = await readHead(file);
  const header = head && tidyHeader(head);
  if (!header) return undefined;
  const scan = await scanFile(file, scanProgress(options));
  if (scan.lineTooLong) return undefined; // the tidy parser refuses it before reading rows
  const reason: m.NotDirectReason | undefined = !scan.utf8 ? "encoding" : scan.irregular ? "quotes" : scan.newline === "mixed" ? "newlines" : undefined;
  if (reason !== undefined) {
    if (scan.size <= TIDY_PARSER_MAX_BYTES) return undefined;
    const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
    throw new RegeconError("FILE_TOO_LARGE", m.tooLargeForTidyParser(path.basename(file), mib(scan.size), mib(TIDY_PARSER_MAX_BYTES), reason), m.tooLargeForTidyParserHint);
  }
  const cols = tidyColumns(header.fields);
  const at = (name: string) => cols.indexOf(name);
  const direct: DirectCsv = {
    path: path.resolve(file),
    header: { line: header.line, fields: header.fields },
    columns: { region: at("region"), year: at("year"), indicator: at("indicator"), value: at("value"), unit: at("unit"), source: at("source") },
    padded: scan.padded,
    firstSource: at("source") >= 0 ? cleanCell(header.next?.[at("source")]) : "",
    registry,
    options,
    parseWithTidyParser,
  };
  const parsed: ParsedImport & { direct: DirectCsv; bytes: FileContent } = {
    file: path.basename(file),
    format: "tidy-csv",
    encoding: scan.bom ? "utf-8-bom" : "utf-8",
    notes: [],
    indicatorLabels: new Map(),
    rows: new StagedRows(false),
    newIndicators: new Map(),
    direct,
    bytes: { sha256: scan.sha256 },
  };
  const read = options.validateAtImport ? parsed : await validateDirect(parsed);
  options.onProgress?.(1);
  return read;
}

/**
 * Validate a file DuckDB reads (`parsed.direct`) now, in a read of its own (`checkTidyCsv`): records in
 * `parsed` what the tidy parser would and returns it, or throws the parser's error. A file DuckDB cannot
 * decide is read by the tidy parser, whose result is returned instead.
 */
export async function validateDirect(parsed: ParsedImport & { direct: DirectCsv; bytes: FileContent }): Promise<ParsedImport & { bytes: FileContent }> {
  try {
    applySummary(parsed, await checkTidyCsv(parsed, { duplicates: false })); // (the notes limit checked there)
    return parsed;
  } catch (e) {
    if (e instanceof NotCheckable) return parsed.direct.parseWithTidyParser();
    throw e;
  }
}

/**
 * Progress of the scan in tenths: all of the reading when the store validates the file, the first half
 * when it is validated now.
 */
function scanProgress(options: ImportOptions): ((fraction: number) => void) | undefined {
  const report = options.onProgress;
  if (!report) return undefined;
  const share = options.validateAtImport ? 1 : 0.5;
  let shown = -1;
  return (fraction) => {
    const tenth = Math.floor(fraction * 10);
    if (tenth > shown && tenth < 10) report(((shown = tenth) / 10) * share); // 100 % once the file is read
  };
}

/** The first HEAD_BYTES of a file, or undefined when it cannot be read (the caller's reader reports it). */
async function readHead(file: string): Promise<{ bytes: Buffer; whole: boolean } | undefined> {
  try {
    const handle = await open(file, "r");
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
      return { bytes: buf.subarray(0, bytesRead), whole: bytesRead < HEAD_BYTES };
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * The tidy header as `parseImportFile` finds it (the first line that is not empty; its 1-based line),
 * with the cells of the next line (a guess at the source column's value), or undefined when the head is
 * not a complete tidy header (a workbook, a data.stats.gov.cn layout, an empty file).
 */
function tidyHeader(head: { bytes: Buffer; whole: boolean }): { line: number; fields: string[]; next?: string[] } | undefined {
  const b = head.bytes;
  const isOle = b.length >= 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1;
  const isZip = b.length >= 4 && b.readUInt32BE(0) === 0x504b0304;
  if (isOle || isZip) return undefined;
  const hasBom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  let text = new TextDecoder("utf-8").decode(hasBom ? b.subarray(3) : b);
  if (!head.whole) text = text.slice(0, text.lastIndexOf("\n") + 1); // complete lines only
  const firstLine = /^[\r\n]*([^\r\n]*)/.exec(text)![1]!;
  if (firstLine.trim() === "") return undefined;
  const start = text.indexOf(firstLine);
  const fields = firstLine.split(",");
  if (!isTidyHeader(fields)) return undefined;
  const next = text
    .slice(start + firstLine.length)
    .split("\n")
    .map((l) => l.replace(/\r$/, ""))
    .find((l) => l !== "");
  return { line: text.slice(0, start).split("\n").length, fields, next: next?.split(",") };
}
