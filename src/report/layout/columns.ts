import { isWide, textWidthEm, widestPieceEm } from "./measure.js";

/**
 * Column widths of a Word table from its content, in twips (1/20 pt), so that names of up to
 * {@link KEEP_WHOLE_EM} Chinese characters ("京津冀", "长江经济带", "31个省份合计") and every number stay
 * on one line, headers wrap at most into three lines, and the table fills the text width.
 */

/** Cell text up to this many em (six Chinese characters) is never wrapped. */
export const KEEP_WHOLE_EM = 6;

/**
 * A Chinese row label (first column) up to this many em — eight characters, "居民人均消费支出" — is never
 * wrapped: Chinese breaks between any two characters, so a narrower column would split the term
 * ("居民人均消费支/出"). Longer labels wrap at lines of at least this width, never leaving one
 * character alone (`lineWidthEm`: a nine-character label stays whole).
 */
export const LABEL_KEEP_WHOLE_EM = 8;

/**
 * Narrowest line of a Chinese header that wraps, in em: four characters. A header of up to four
 * characters ("省份数", "实际增速") stays on one line; a longer one wraps in lines of at least four, and
 * never leaves one character alone on its last line ("回测次/数"). Units in brackets ("（%）") are kept
 * whole on their own (noBreak.ts).
 */
export const HEADER_LINE_MIN_EM = 4;

/** Room added to every width, in em: rounding in the word processor, kerning, a wider substitute font. */
export const SLACK_EM = 0.3;

/**
 * Left + right cell margins of a table too wide for its margins, in twips (2 pt each side): a wide
 * table (nine columns of English headers) sets its numbers and words whole with narrower gaps
 * rather than break them.
 */
export const COMPACT_PADDING_TW = 80;
/** Room added to every width of such a table, in em (the Latin widths are the fonts' own: measure.ts). */
export const COMPACT_SLACK_EM = 0.15;

/** Input of {@link columnWidths}. */
export interface ColumnInput {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** "right" marks number columns: their cells never wrap. */
  align?: readonly ("left" | "right" | undefined)[];
  /** Width to fill, in twips (the text width: 8306 for A4 with 3.17 cm side margins). */
  availableTw: number;
  /** Size of one em of the table's font, in twips (9 pt = 180). */
  emTw: number;
  /** Left + right cell margins, in twips. */
  paddingTw: number;
}

/** Output of {@link columnWidths}: each column's width, and the width its body cells need on one line. */
export interface ColumnLayout {
  /** Column widths in twips, summing to `availableTw`. */
  widths: number[];
  /** Widest body cell of each column set on one line, in twips (without padding). */
  bodyTw: number[];
  /**
   * Left + right cell margins the widths allow, in twips: the `paddingTw` asked for, or
   * {@link COMPACT_PADDING_TW} when the table fits without breaking a number or word only so.
   */
  paddingTw: number;
  /** Whether every number and word fits whole; false when the floor widths had to be scaled down. */
  whole: boolean;
  /** Whether the headers' bracketed units ("（个百分点）") stay whole too: false at the floor widths. */
  unitsWhole: boolean;
}

/**
 * Widths of the columns of a table, in twips, computed from the longest cell of each column in
 * printed-width units (measure.ts: a Chinese character is 1 em). Each column has four widths, from
 * roomy to tight:
 *
 * 1. *want*: its widest cell, header or body, on one line;
 * 2. *need*: number cells whole, text cells whole up to {@link KEEP_WHOLE_EM} (longer text in two
 *    lines, never broken inside a word or a number), the header in at most three lines, its units
 *    ("（亿元）") whole;
 * 3. *tight*: as *need*, but the header in as many lines as it takes, its units still whole;
 * 4. *floor*: as *tight*, but the header at its widest unbreakable piece (units may break).
 *
 * The table takes the roomiest level whose widths fit the available width, widened towards the level
 * above in the same proportion for every column until the width is filled (at *want*, the spare width
 * is shared in proportion to the wants). When not even the floor fits, the same is tried with the
 * cell margins narrowed to {@link COMPACT_PADDING_TW} and the slack to {@link COMPACT_SLACK_EM}; only when that floor does not fit either are its
 * widths scaled down (the table cannot be set without breaking numbers then).
 *
 * Throws RangeError when a row has another number of cells than the header, or the table has no
 * columns.
 */
export function columnWidths(input: ColumnInput): ColumnLayout {
  const n = input.header.length;
  if (n === 0) throw new RangeError("columnWidths: a table needs at least one column");
  for (const r of input.rows) if (r.length !== n) throw new RangeError(`columnWidths: a row has ${r.length} cells, the header ${n}`);
  const paddings = input.paddingTw > COMPACT_PADDING_TW ? [input.paddingTw, COMPACT_PADDING_TW] : [input.paddingTw];
  const columns = Array.from({ length: n }, (_, j) => columnEm(input.header[j]!, input.rows.map((r) => r[j]!), input.align?.[j] === "right", j === 0));
  const bodyTw = columns.map((c) => Math.ceil(c.body * input.emTw));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const avail = input.availableTw;
  for (const paddingTw of paddings) {
    const slack = paddingTw === input.paddingTw ? SLACK_EM : COMPACT_SLACK_EM;
    const tw = (em: number) => (em + slack) * input.emTw + paddingTw;
    const levels = [0, 1, 2, 3].map((k) => columns.map((c) => tw(c.levels[k]!)));
    const fit = levels.findIndex((l) => sum(l) <= avail);
    if (fit === 0) {
      const want = levels[0]!;
      return { widths: wholeTwips(want.map((w) => w + ((avail - sum(want)) * w) / sum(want)), avail), bodyTw, paddingTw, whole: true, unitsWhole: true };
    }
    if (fit > 0) {
      const [roomy, tight] = [levels[fit - 1]!, levels[fit]!];
      const t = (avail - sum(tight)) / (sum(roomy) - sum(tight));
      return { widths: wholeTwips(tight.map((w, j) => w + t * (roomy[j]! - w)), avail), bodyTw, paddingTw, whole: true, unitsWhole: fit < 3 };
    }
  }
  const paddingTw = paddings.at(-1)!;
  const floor = columns.map((c) => (c.levels[3]! + COMPACT_SLACK_EM) * input.emTw + paddingTw);
  return { widths: wholeTwips(floor.map((w) => (w * avail) / sum(floor)), avail), bodyTw, paddingTw, whole: false, unitsWhole: false };
}

/**
 * The widest body cell of a column on one line, and the column's four widths (want, need, tight,
 * floor; see {@link columnWidths}), each at most as wide as the one before it, in em without slack
 * or padding. Header text is measured in the bold heading font.
 */
function columnEm(header: string, cells: readonly string[], number: boolean, label: boolean): { body: number; levels: number[] } {
  const body = Math.max(0, ...cells.map((c) => textWidthEm(c)));
  const need = (c: string) =>
    label && [...c].some(isWide) ? Math.max(widestPieceEm(c), lineWidthEm(textWidthEm(c), LABEL_KEEP_WHOLE_EM)) : Math.min(textWidthEm(c), Math.max(KEEP_WHOLE_EM, widestPieceEm(c), textWidthEm(c) / 2));
  const bodyNeed = number ? body : Math.max(0, ...cells.map(need));
  const head = textWidthEm(header, "heading");
  const line = headerLineEm(header);
  const widths = [
    Math.max(body, head),
    Math.max(bodyNeed, widestPieceEm(header, "heading"), head / 3, line),
    Math.max(bodyNeed, widestPieceEm(header, "heading"), line),
    Math.max(bodyNeed, widestPieceEm(header, "heading", false), line),
  ];
  return { body, levels: widths.map((w, k) => (k === 0 ? w : Math.min(w, ...widths.slice(0, k)))) };
}

/**
 * Narrowest line width of a Chinese header, in em (see {@link HEADER_LINE_MIN_EM}): the header
 * without its bracketed unit, at lines of at least HEADER_LINE_MIN_EM (`lineWidthEm`); 0 for a header
 * without Chinese (Latin words are kept whole by `widestPieceEm`).
 */
export function headerLineEm(header: string): number {
  if (![...header].some(isWide)) return 0;
  return lineWidthEm(textWidthEm(header.replace(/[\uff08(][^\uff08\uff09()]*[\uff09)]\s*$/u, ""), "heading"), HEADER_LINE_MIN_EM);
}

/**
 * Line width for Chinese text `textEm` wide that wraps at lines of at least `minLineEm`: the text
 * whole when it is no wider, else the narrowest width from `minLineEm` up (in whole characters) whose
 * last line holds at least two characters — never one character alone ("居民人均可支配收/入").
 */
export function lineWidthEm(textEm: number, minLineEm: number): number {
  if (textEm <= minLineEm) return textEm;
  let w = minLineEm;
  while (w < textEm && textEm % w > 1e-9 && textEm % w < 2) w += 1;
  return Math.min(w, textEm);
}

/** Round widths to whole twips keeping their sum: the rounding remainder goes to the widest column. */
function wholeTwips(widths: number[], total: number): number[] {
  const out = widths.map((w) => Math.floor(w));
  const widest = out.indexOf(Math.max(...out));
  out[widest]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}
