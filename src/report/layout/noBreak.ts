import { UNITS_AFTER_NUMBERS } from "../../messages/format.js";

/**
 * Pieces of text that must not be broken across lines: a ratio ("5.9:34.9:59.2"), a span of years
 * ("2014~2019年"), a number with its sign, decimals, percent sign and unit ("-0.4", "52.40%",
 * "1.2万亿元", "第3位"), and a short parenthesis without spaces ("（亿元）", "(%)"). Line breakers
 * may otherwise break after a colon or tilde, or between a digit and a following Chinese character.
 */

/** A run of text, and whether it must stay on one line. */
export interface Segment {
  text: string;
  keep: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
// Full-width characters are written as escapes (only the catalogue holds Chinese text):
// \uff1a "：", \uff5e "～", \uff08 "（", \uff09 "）", \u7b2c "第".
const UNIT = String.raw`(?:%|‰|${UNITS_AFTER_NUMBERS.map(escape).join("|")})`;
const KEEP = new RegExp(
  [
    String.raw`\d+(?:\.\d+)?(?:[:\uff1a∶]\d+(?:\.\d+)?)+`,
    String.raw`\d{4}[~\uff5e–]\d{4}${UNIT}?`,
    String.raw`\u7b2c?[-+−]?\d[\d,]*(?:\.\d+)?${UNIT}?`,
    String.raw`[\uff08(][^\uff08\uff09()\s]{1,8}[\uff09)]`,
  ].join("|"),
  "gu",
);

/**
 * Split text into segments that may break (`keep: false`) and segments that must stay on one line
 * (`keep: true`), in order; concatenating the segments gives the text back.
 */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(KEEP)) {
    // A single digit cannot break: not worth a segment.
    if (m[0].length < 2) continue;
    if (m.index! > at) out.push({ text: text.slice(at, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), keep: false });
  return out;
}

/**
 * The zero-width character that forbids a line break where it stands: U+200D, which Word inserts as its
 * "No-Width Non Break" special character and which line breakers following Unicode UAX #14 never break
 * after (rule LB8a) nor before (LB9). Not U+2060 WORD JOINER: LibreOffice (7.4) ignores it next to
 * Chinese characters, breaking "1.2万亿元" and "0.1个百分点" in a test of 60 line widths where U+200D
 * kept all of them whole.
 */
export const NO_BREAK = "\u200d";

const HAN = /\p{Script=Han}/u;
/** Characters after which a line breaker may break inside a number: ratio colons, range tildes and dashes. */
const BREAK_AFTER = new Set([":", "\uff1a", "∶", "~", "\uff5e", "–"]);

/**
 * Signs of a number. LibreOffice breaks "is -" / "0.0038" after a hyphen-minus that follows a space, and
 * U+200D does not stop it there (its no-break rule applies before ideographs only): after a sign the
 * word joiner U+2060 (UAX #14 class WJ, never broken next to) is used instead.
 */
const SIGNS = new Set(["-", "−", "+"]);
/** U+2060 WORD JOINER: see {@link SIGNS}. */
export const WORD_JOINER = "\u2060";

/**
 * The text with {@link NO_BREAK} wherever a kept segment could otherwise break: next to a Chinese
 * character (number → unit, inside the unit), after a ratio colon or range tilde, and
 * {@link WORD_JOINER} after a sign ("−0.0038"). Nothing is put between digits, a thousands separator, a decimal point or a percent sign
 * (no line breaker breaks there: UAX #14 LB25), so copying "52.40%" or "11,504.96" out of the document
 * gives the plain number.
 */
export function joinKept(text: string): string {
  return segments(text)
    .map((s) => {
      if (!s.keep) return s.text;
      const chars = [...s.text];
      return chars
        .map((c, i) => {
          if (i === 0) return c;
          if (SIGNS.has(chars[i - 1]!)) return WORD_JOINER + c;
          return HAN.test(c) || HAN.test(chars[i - 1]!) || BREAK_AFTER.has(chars[i - 1]!) ? NO_BREAK + c : c;
        })
        .join("");
    })
    .join("");
}
