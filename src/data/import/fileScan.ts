import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { MAX_LINE_BYTES } from "./textLimits.js";

/** What identifies a file's content in the store: its bytes, or (a large file never held in memory) their SHA-256. */
export type FileContent = Uint8Array | { readonly sha256: string };

/**
 * One streamed read of a file (1 MiB at a time, so memory stays bounded whatever its size): its
 * SHA-256, and what decides whether DuckDB's CSV reader sees the same cells as the tidy parser
 * (`forEachCsvRecord` + `cleanCell` on the text `decodeBuffer` gives).
 */
export interface FileScan {
  /** SHA-256 of the bytes (hex): the file's identity in the store. */
  sha256: string;
  size: number;
  /** Valid UTF-8 throughout (else `decodeBuffer` reads it as GB18030 or refuses it). */
  utf8: boolean;
  /** A UTF-8 BOM opens the file. */
  bom: boolean;
  /**
   * A byte DuckDB would read otherwise than the tidy parser, or that the decoder refuses: a double quote
   * (quoted cells may hold commas and line breaks), NUL, or U+FFFD (an undecodable byte).
   */
  irregular: boolean;
  /** Line ends: LF only, CRLF only, or a mix (including a CR alone). */
  newline: "lf" | "crlf" | "mixed";
  /** Some line is longer than MAX_LINE_BYTES (the parser refuses the file as `CSV_UNREADABLE`). */
  lineTooLong: boolean;
  /**
   * Some character `cleanCell` trims occurs (space, tab, vertical tab, form feed, NBSP, U+1680,
   * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, or a BOM after the start): cells must be
   * cleaned. When false every cell is already clean.
   */
  padded: boolean;
}

/** Bytes read at a time; no more than MAX_LINE_BYTES, so that a line inside one chunk is never too long. */
const CHUNK = Math.min(2 ** 20, MAX_LINE_BYTES);
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
/** Single bytes that are spaces to `cleanCell`: tab, vertical tab, form feed, space. */
const SPACE_BYTES = [0x09, 0x0b, 0x0c, 0x20];
/** UTF-8 of the other characters JS `\s` and `cleanCell` match (U+2000–U+200A share E2 80 and are checked by their third byte). */
const SPACE_SEQUENCES = [[0xc2, 0xa0], [0xe1, 0x9a, 0x80], [0xe2, 0x81, 0x9f], [0xe3, 0x80, 0x80], [0xef, 0xbb, 0xbf]].map((s) => Buffer.from(s));
const E2_80 = Buffer.from([0xe2, 0x80]);
const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * Read `file` once, 1 MiB at a time. `onProgress` gets the fraction read. Throws the file system's
 * error (the caller names the file).
 */
export async function scanFile(file: string, onProgress?: (fraction: number) => void): Promise<FileScan> {
  const handle = await open(file, "r");
  try {
    const size = (await handle.stat()).size;
    const hash = createHash("sha256");
    const utf8 = new Utf8Check();
    const lines = new LineEnds();
    const buf = Buffer.alloc(CHUNK + 2);
    let carry = 0; // the previous chunk's last two bytes, kept in front of the next one for sequences across the seam
    let offset = 0;
    let bom = false;
    let irregular = false;
    let padded = false;
    let lineTooLong = false;
    let sinceLineEnd = 0; // bytes of the current line read so far
    for (;;) {
      const { bytesRead } = await handle.read(buf, carry, CHUNK, null);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(carry, carry + bytesRead);
      const seam = buf.subarray(0, carry + bytesRead);
      hash.update(chunk);
      utf8.add(chunk);
      lines.add(chunk);
      if (offset === 0) bom = chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      const firstLf = chunk.indexOf(LF);
      if (firstLf < 0) sinceLineEnd += chunk.length;
      else {
        lineTooLong ||= sinceLineEnd + firstLf > MAX_LINE_BYTES;
        sinceLineEnd = chunk.length - chunk.lastIndexOf(LF) - 1;
      }
      lineTooLong ||= sinceLineEnd > MAX_LINE_BYTES;
      irregular ||= chunk.includes(QUOTE) || chunk.includes(0) || seam.includes(REPLACEMENT);
      // a BOM opening the file is not padding (the decoder drops it)
      padded ||= SPACE_BYTES.some((b) => chunk.includes(b)) || hasUnicodeSpace(offset === 0 && bom ? seam.subarray(3) : seam);
      offset += bytesRead;
      onProgress?.(size > 0 ? Math.min(1, offset / size) : 1);
      carry = Math.min(2, seam.length);
      seam.copy(buf, 0, seam.length - carry);
    }
    return { sha256: hash.digest("hex"), size: offset, utf8: utf8.end(), bom, irregular, newline: lines.end(), lineTooLong, padded };
  } finally {
    await handle.close();
  }
}

function hasUnicodeSpace(b: Buffer): boolean {
  if (SPACE_SEQUENCES.some((s) => b.includes(s))) return true;
  for (let i = b.indexOf(E2_80); i >= 0; i = b.indexOf(E2_80, i + 1)) {
    const c = b[i + 2];
    if (c !== undefined && ((c >= 0x80 && c <= 0x8a) || c === 0xa8 || c === 0xa9 || c === 0xaf)) return true;
  }
  return false;
}

/** Length of the UTF-8 sequence a lead byte opens (1 for a byte no sequence starts with: `isUtf8` refuses it). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

/** UTF-8 validity of a stream of chunks: a sequence cut by a chunk's end is completed from the next. */
class Utf8Check {
  private valid = true;
  private pending = Buffer.alloc(0);

  add(chunk: Buffer): void {
    if (!this.valid) return;
    let start = 0;
    if (this.pending.length > 0) {
      const need = sequenceLength(this.pending[0]!) - this.pending.length;
      if (chunk.length < need) {
        this.pending = Buffer.concat([this.pending, chunk]);
        return;
      }
      this.valid = isUtf8(Buffer.concat([this.pending, chunk.subarray(0, need)]));
      start = need;
    }
    const tail = incompleteTail(chunk, start);
    this.valid &&= isUtf8(chunk.subarray(start, chunk.length - tail));
    this.pending = Buffer.from(chunk.subarray(chunk.length - tail));
  }

  end(): boolean {
    return this.valid && this.pending.length === 0;
  }
}

/** How many bytes at the end of `b` (after `start`) open a UTF-8 sequence that continues beyond it. */
function incompleteTail(b: Buffer, start: number): number {
  for (let k = 1; k <= 3 && b.length - k >= start; k++) {
    const byte = b[b.length - k]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) return sequenceLength(byte) > k ? k : 0;
  }
  return 0;
}

/** Which line ends a stream uses: every CR must be followed by LF and every LF preceded by CR, or there is no CR. */
class LineEnds {
  private sawCr = false;
  private bareLf = false;
  private loneCr = false;
  /** The previous chunk ended with CR. */
  private crAtEnd = false;

  add(chunk: Buffer): void {
    const pairedFirst = this.crAtEnd && chunk[0] === LF;
    if (this.crAtEnd && !pairedFirst) this.loneCr = true;
    const hasCr = chunk.includes(CR);
    if (!hasCr) {
      // without CR in this chunk, every LF is bare except one completing the previous chunk's CR
      if (chunk.indexOf(LF, pairedFirst ? 1 : 0) >= 0) this.bareLf = true;
      this.crAtEnd = false;
      return;
    }
    this.sawCr = true;
    let pairs = 0;
    for (let i = chunk.indexOf(CR); i >= 0; i = chunk.indexOf(CR, i + 1)) {
      if (i + 1 < chunk.length) {
        if (chunk[i + 1] === LF) pairs++;
        else this.loneCr = true;
      }
    }
    this.crAtEnd = chunk[chunk.length - 1] === CR;
    let lfs = 0;
    for (let i = chunk.indexOf(LF); i >= 0; i = chunk.indexOf(LF, i + 1)) lfs++;
    if (lfs - pairs - (pairedFirst ? 1 : 0) > 0) this.bareLf = true;
  }

  end(): "lf" | "crlf" | "mixed" {
    if (this.crAtEnd) this.loneCr = true;
    if (!this.sawCr) return "lf";
    return this.bareLf || this.loneCr ? "mixed" : "crlf";
  }
}
