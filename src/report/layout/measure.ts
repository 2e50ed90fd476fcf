import { NO_BREAK, segments } from "./noBreak.js";

/**
 * Printed width of text in em (1 em = the font size), for laying out Word tables and estimating how
 * many lines a caption or note takes before Word or LibreOffice sets it. Chinese characters and
 * full-width punctuation are square (1 em, as in 宋体/黑体); Latin characters take the advance widths of
 * Times New Roman (body) rounded up a little, so that Arial headings and the metric-compatible
 * substitutes (Liberation Serif/Sans) fit as well. An estimate on the safe side, not a font metric.
 */

/** Wide characters: CJK ideographs, kana, hangul, CJK and full-width punctuation and forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Advance width in em of a narrow (non-CJK) character. */
function narrowWidth(ch: string): number {
  if (ch === NO_BREAK || ch === "\u200b" || ch === "\u2060") return 0;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[ .,:;'!|]/.test(ch) || ch === "\u00a0") return 0.28;
  if (ch === "%" || ch === "‰") return 0.85;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[mwMW@]/.test(ch)) return 0.9;
  return 0.52;
}

/** Space word processors add where Chinese text meets Latin letters or digits ("autospace"), in em. */
const AUTOSPACE_EM = 0.25;

/**
 * Printed width of `text` in em; bold Latin text is taken 6 % wider, and every boundary between a
 * Chinese character and a Latin letter or digit adds {@link AUTOSPACE_EM}.
 */
export function textWidthEm(text: string, bold = false): number {
  let w = 0;
  let prev: "wide" | "alnum" | "other" = "other";
  for (const ch of text) {
    if (ch === NO_BREAK) continue;
    const kind = WIDE.test(ch) ? "wide" : /[0-9A-Za-z]/.test(ch) ? "alnum" : "other";
    if ((kind === "wide" && prev === "alnum") || (kind === "alnum" && prev === "wide")) w += AUTOSPACE_EM;
    w += kind === "wide" ? 1 : narrowWidth(ch) * (bold ? 1.06 : 1);
    prev = kind;
  }
  return w;
}

/**
 * Width in em of the widest piece of `text` that cannot be broken across lines: a kept segment
 * (a number with its unit, a ratio: see noBreak.ts; with `keep` false, kept segments break like other
 * text), a Latin word or number, or a single Chinese character (Chinese text may break between any two
 * characters).
 */
export function widestPieceEm(text: string, bold = false, keep = true): number {
  let widest = 0;
  for (const s of keep ? segments(text) : [{ text, keep: false }]) {
    const pieces = s.keep ? [s.text] : s.text.split(/\s+/).flatMap((word) => word.match(/[^\u2e80-\ua4cf\uf900-\ufaff\uff00-\uffef]+|./gu) ?? []);
    for (const p of pieces) widest = Math.max(widest, textWidthEm(p, bold));
  }
  return widest;
}

/** Share of a line left empty on average where a line breaks (a word or kept number moved down). */
const LINE_END_WASTE = 0.06;

/**
 * Lines a paragraph of `text` takes when set `widthEm` wide (both in em of the paragraph's font),
 * with `indentEm` of first-line indent: its width over the usable width of a line (the line less
 * {@link LINE_END_WASTE}), rounded up; at least 1. Throws RangeError for a width ≤ 0.
 */
export function lineCount(text: string, widthEm: number, indentEm = 0): number {
  if (!(widthEm > 0)) throw new RangeError(`lineCount: width must be > 0, got ${widthEm}`);
  const total = textWidthEm(text) + indentEm;
  return Math.max(1, Math.ceil(total / (widthEm * (1 - LINE_END_WASTE)) - 1e-9));
}
