import iconv from "iconv-lite";
import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";

/** Text encodings the importer recognises. */
export type TextEncoding = "utf-8-bom" | "utf-8" | "gb18030";

/** A decoded text file: the whole buffer decoded once, then split by the parsers. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Decode a whole CSV buffer (never line by line, so a multi-byte character is never cut).
 *
 * Rules, in order: a UTF-8 BOM (EF BB BF) means UTF-8; a UTF-16 BOM or NUL bytes are refused
 * (`UNSUPPORTED_ENCODING`); bytes that are valid UTF-8 are UTF-8; anything else is decoded as
 * GB18030 (a superset of GBK and GB2312, what data.stats.gov.cn writes without a BOM).
 * Throws `BAD_ENCODING` naming file, line and column when the result holds an undecodable byte
 * (U+FFFD), e.g. a GBK body behind a UTF-8 BOM.
 */
export function decodeBuffer(buf: Uint8Array, file: string): DecodedText {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    throw new RegeconError("UNSUPPORTED_ENCODING", m.utf16(file), m.saveAsUtf8Hint);
  }
  let encoding: TextEncoding;
  let text: string;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
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
    throw new RegeconError("UNSUPPORTED_ENCODING", m.nulByte(file, line, column), m.saveAsUtf8Hint);
  }
  const bad = text.indexOf("\uFFFD");
  if (bad >= 0) {
    const { line, column } = position(text, bad);
    const hint = encoding === "utf-8-bom" ? m.undecodableHint : bad === text.length - 1 ? m.undecodableAtEndHint : m.undecodableGbkHint;
    throw new RegeconError("BAD_ENCODING", m.undecodable(file, line, column, encoding === "gb18030" ? "GB18030/GBK" : "UTF-8"), hint);
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
