import { NO_BREAK, segments } from "./noBreak.js";

/**
 * Printed width of text in em (1 em = the font size), for laying out Word tables and estimating how
 * many lines a caption or note takes before Word or LibreOffice sets it. Chinese characters and
 * full-width punctuation are square (1 em, as in 宋体/黑体); Latin characters take the advance widths
 * of the Latin font the text is set in: Times New Roman for body text and table cells, Arial Bold for
 * table headers and captions (the widths of Liberation Serif Regular and Liberation Sans Bold, which
 * are metric-compatible with them, read from the fonts' hmtx tables, units per em 2048, in 1/1000 em).
 */

/** Wide characters: CJK ideographs, kana, hangul, CJK and full-width punctuation and forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** True for a wide (Chinese, full-width) character: 1 em. */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/** The Latin font of a run: the body font (Times New Roman) or the bold heading font (Arial Bold). */
export type LatinFont = "body" | "heading";

/** Advance widths in 1/1000 em of the printable ASCII characters U+0020–U+007E, in code order. */
const ASCII_WIDTHS: Record<LatinFont, readonly number[]> = {
  body: [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
  ],
  heading: [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ],
};

/** Advance widths in 1/1000 em of the non-ASCII narrow characters the report prints. */
const OTHER_WIDTHS: Record<LatinFont, Readonly<Record<string, number>>> = {
  body: { "\u2212": 564, "\u2013": 500, "\u2014": 1000, "\u00a0": 250, "\u00b2": 300, "\u00b3": 300, "\u2074": 365, "\u03b2": 509, "\u03c3": 539, "\u2265": 549, "\u2264": 549, "\u00d7": 564, "\u00f7": 549, "\u2030": 1000, "\u03a3": 582, "\u00b7": 250, "\u2019": 333, "\u2018": 333, "\u201c": 444, "\u201d": 444, "\u00e9": 444 },
  heading: { "\u2212": 584, "\u2013": 556, "\u2014": 1000, "\u00a0": 278, "\u00b2": 333, "\u00b3": 333, "\u2074": 365, "\u03b2": 610, "\u03c3": 684, "\u2265": 549, "\u2264": 549, "\u00d7": 584, "\u00f7": 549, "\u2030": 1000, "\u03a3": 600, "\u00b7": 278, "\u2019": 278, "\u2018": 278, "\u201c": 500, "\u201d": 500, "\u00e9": 556 },
};

/** Width of a narrow character the tables above do not list, in em: wider than most, to be safe. */
const UNLISTED_EM = 0.75;

/** Advance width in em of a narrow (non-CJK) character. */
function narrowWidth(ch: string, font: LatinFont): number {
  if (ch === NO_BREAK || ch === "\u200b" || ch === "\u2060") return 0;
  const code = ch.codePointAt(0)!;
  const perMille = code >= 0x20 && code <= 0x7e ? ASCII_WIDTHS[font][code - 0x20] : OTHER_WIDTHS[font][ch];
  return perMille === undefined ? UNLISTED_EM : perMille / 1000;
}

/** Space word processors add where Chinese text meets Latin letters or digits ("autospace"), in em. */
const AUTOSPACE_EM = 0.25;

/**
 * Printed width of `text` in em, its Latin characters set in `font`; every boundary between a
 * Chinese character and a Latin letter or digit adds {@link AUTOSPACE_EM}.
 */
export function textWidthEm(text: string, font: LatinFont = "body"): number {
  let w = 0;
  let prev: "wide" | "alnum" | "other" = "other";
  for (const ch of text) {
    if (ch === NO_BREAK) continue;
    const kind = WIDE.test(ch) ? "wide" : /[0-9A-Za-z]/.test(ch) ? "alnum" : "other";
    if ((kind === "wide" && prev === "alnum") || (kind === "alnum" && prev === "wide")) w += AUTOSPACE_EM;
    w += kind === "wide" ? 1 : narrowWidth(ch, font);
    prev = kind;
  }
  return w;
}

/**
 * Width in em of the widest piece of `text` that cannot be broken across lines: a kept segment
 * (a number with its unit, a ratio: see noBreak.ts; with `keep` false, kept segments break like other
 * text), a Latin word or number (a hyphenated compound breaks after its hyphens: "Beijing-" "Tianjin-"
 * "Hebei"), or a single Chinese character (Chinese text may break between any two characters).
 */
export function widestPieceEm(text: string, font: LatinFont = "body", keep = true): number {
  let widest = 0;
  for (const s of keep ? segments(text) : [{ text, keep: false }]) {
    const pieces = s.keep ? [s.text] : s.text.split(/\s+|(?<=[A-Za-z]-)(?=[A-Za-z])/).flatMap((word) => word.match(/[^\u2e80-\ua4cf\uf900-\ufaff\uff00-\uffef]+|./gu) ?? []);
    for (const p of pieces) widest = Math.max(widest, textWidthEm(p, font));
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
