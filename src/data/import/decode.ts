import iconv from "iconv-lite";
import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";

/** Text encodings the importer recognises (UTF-16 only for documents: `DecodeOptions.utf16`). */
export type TextEncoding = "utf-8-bom" | "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

/**
 * How to decode: `utf16` decodes UTF-16 (with a BOM, or without one when the NUL bytes all fall on one
 * byte of each pair, as ASCII digits and punctuation in UTF-16 do) instead of refusing it; `what` names
 * the kind of file in the messages (a CSV for the importer, a text document for `regecon check` and
 * bulletins).
 */
export interface DecodeOptions {
  utf16?: boolean;
  what?: "csv" | "text";
}

/** Share of NUL bytes on one byte of each pair (and at least this share of all bytes) that marks UTF-16 without a BOM. */
const UTF16_NUL_PARITY = 0.95;
const UTF16_NUL_SHARE = 0.05;

/** A decoded text file: the whole buffer decoded once, then split by the parsers. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decode a whole CSV buffer (never line by line, so a multi-byte character is never cut).
 *
 * Rules, in order: a UTF-8 BOM (EF BB BF) means UTF-8; a UTF-16 BOM is refused (`UNSUPPORTED_ENCODING`)
 * unless `options.utf16`, which also decodes UTF-16 without a BOM recognised by its NUL bytes; other NUL
 * bytes are refused (a binary file, not text); bytes that are valid UTF-8 are UTF-8; anything else is
 * decoded as GB18030 (a superset of GBK and GB2312, what data.stats.gov.cn writes without a BOM).
 * Throws `BAD_ENCODING` naming file, line and column when the result holds an undecodable byte
 * (U+FFFD), e.g. a GBK body behind a UTF-8 BOM, or random bytes.
 */
export function decodeBuffer(buf: Uint8Array, file: string, options: DecodeOptions = {}): DecodedText {
  const text16 = options.what === "text";
  const utf16 = utf16Of(buf);
  if (utf16 && !(options.utf16 && (utf16.bom || utf16.byParity))) throw new RegeconError("UNSUPPORTED_ENCODING", text16 ? m.utf16Text(file) : m.utf16(file), text16 ? m.saveAsTextHint : m.saveAsUtf8Hint);
  let encoding: TextEncoding;
  let text: string;
  if (utf16 && options.utf16) {
    encoding = utf16.encoding;
    try {
      text = new TextDecoder(utf16.encoding, { fatal: true }).decode(buf.subarray(utf16.bom ? 2 : 0));
    } catch {
      throw new RegeconError("UNSUPPORTED_ENCODING", m.binaryText(file), m.saveAsTextHint);
    }
  } else if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    encoding = "utf-8-bom";
    text = new TextDecoder("utf-8").decode(buf.subarray(3));
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
      encoding = "utf-8";
    } catch {
      text = iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), "gb18030");
      encoding = "gb18030";
    }
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const { line, column } = position(text, nul);
    throw new RegeconError("UNSUPPORTED_ENCODING", text16 ? m.nulByteText(file, line, column) : m.nulByte(file, line, column), text16 ? m.saveAsTextHint : m.saveAsUtf8Hint);
  }
  const bad = text.indexOf("\uFFFD");
  if (bad >= 0) {
    const { line, column } = position(text, bad);
    const hint = text16 ? m.saveAsTextHint : encoding === "utf-8-bom" ? m.undecodableHint : bad === text.length - 1 ? m.undecodableAtEndHint : m.undecodableGbkHint;
    throw new RegeconError("BAD_ENCODING", m.undecodable(file, line, column, encoding === "gb18030" ? "GB18030/GBK" : encoding.startsWith("utf-16") ? "UTF-16" : "UTF-8"), hint);
  }
  return { text, encoding };
}

/**
 * What an unrecognised header suggests about the file's encoding: `otherEncoding` when the file was read
 * as GB18030 (it is not valid UTF-8), since Big5 or Shift-JIS text decodes as GB18030 without error, into
 * wrong characters (地區 in Big5 reads 誹だ); `doubleUtf8` when UTF-8 text holds Latin-1 letters such as
 * æ å ï (地区 encoded twice reads å°åº); else undefined (the header is readable text, just not a header).
 */
export function headerEncodingSuspect(header: string, encoding: TextEncoding): "otherEncoding" | "doubleUtf8" | undefined {
  if (encoding === "gb18030" && /[^\x00-\x7f]/.test(header)) return "otherEncoding";
  if (encoding !== "gb18030" && /[\u00c0-\u00ff]/.test(header)) return "doubleUtf8";
  return undefined;
}

/**
 * UTF-16 by its BOM (FF FE little-endian, FE FF big-endian), or without one by its NUL bytes: at least
 * UTF16_NUL_SHARE of the bytes are NUL and UTF16_NUL_PARITY of them on the same byte of each pair (the
 * high byte of ASCII characters). Undefined when neither (a binary file has NULs on both).
 */
function utf16Of(buf: Uint8Array): { encoding: "utf-16le" | "utf-16be"; bom: boolean; byParity: boolean } | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: "utf-16le", bom: true, byParity: false };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: "utf-16be", bom: true, byParity: false };
  let even = 0;
  let odd = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const nuls = even + odd;
  if (buf.length % 2 !== 0 || nuls < UTF16_NUL_SHARE * buf.length || Math.max(even, odd) < UTF16_NUL_PARITY * nuls) return undefined;
  return { encoding: odd > even ? "utf-16le" : "utf-16be", bom: false, byParity: true };
}

/** 1-based line and character column of an offset in a text. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
