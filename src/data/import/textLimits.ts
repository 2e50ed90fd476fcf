import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import type { ParsedImport } from "./types.js";

/**
 * Bounds on the text a file brings besides its numbers. A real 注 note of data.stats.gov.cn is under 2 KB
 * and a CSV line under a few KB (a 2026 multi-indicator header is about 1 KB). A 210 MB note used to be
 * stored whole and then broke every later `export` of the store (out of memory), and a 200 MB one-line
 * file took 100 s and 4 GB before being refused for having no values.
 */

/** The notes, 数据来源 text and metadata lines of one file together, in characters. */
export const MAX_NOTE_CHARS = 64 * 1024;

/** The longest line of a text file, in bytes, checked before the file is decoded or split. */
export const MAX_LINE_BYTES = 2 ** 20;

/**
 * Refuse a file whose notes, source text and metadata lines (数据库, 时间, the indicator labels) exceed
 * MAX_NOTE_CHARS together: `NOTE_TOO_LONG`, naming the size. Called by every parser on its result.
 */
export function checkNotesSize(parsed: ParsedImport): void {
  const texts = [...parsed.notes, parsed.sourceText ?? "", parsed.database ?? "", parsed.timeLabel ?? "", ...parsed.indicatorLabels.values()];
  const chars = texts.reduce((n, t) => n + t.length, 0);
  if (chars > MAX_NOTE_CHARS) throw new RegeconError("NOTE_TOO_LONG", m.notesTooLong(parsed.file, chars, MAX_NOTE_CHARS), m.notesTooLongHint);
}

/**
 * Refuse a text file with a line longer than MAX_LINE_BYTES (`CSV_UNREADABLE`, naming the line and its
 * size) before it is decoded: a statistics table never has one, and splitting a 200 MB line into cells
 * would take minutes and gigabytes. A scan for line breaks, about 0.1 s for 200 MB.
 */
export function checkLineLengths(bytes: Uint8Array, file: string): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  let line = 1;
  while (start < b.length) {
    let end = b.indexOf(10, start);
    if (end < 0) end = b.length;
    if (end - start > MAX_LINE_BYTES) throw new RegeconError("CSV_UNREADABLE", m.lineTooLong(file, line, end - start, MAX_LINE_BYTES), m.lineTooLongHint);
    start = end + 1;
    line++;
  }
}
