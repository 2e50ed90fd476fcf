import { lineCount } from "./measure.js";

/**
 * The Word page and type sizes the report is set in, in twips (1/20 pt, 1/1440 inch), and the sizes
 * derived from them: how large a figure's image may be, and whether a table is short enough to be
 * kept on one page.
 */

/** A4 portrait with 2.54 cm top/bottom and 3.17 cm left/right margins (Word's Chinese default). */
export const PAGE = { width: 11906, height: 16838, marginTop: 1440, marginBottom: 1440, marginLeft: 1800, marginRight: 1800 } as const;
/** The text area: 8306 × 13958 twips (14.65 × 24.62 cm). */
export const TEXT_AREA = { width: PAGE.width - PAGE.marginLeft - PAGE.marginRight, height: PAGE.height - PAGE.marginTop - PAGE.marginBottom } as const;

/** A paragraph style's font size (pt), exact line height and spacing before/after (twips). */
export interface TypeStyle {
  sizePt: number;
  lineTw: number;
  beforeTw: number;
  afterTw: number;
}

/**
 * Type sizes (Chinese 字号) with exact line heights, so page depth is the same in every word
 * processor and font: body 五号 10.5 pt on 20 pt; captions 五号 bold; source lines, notes and tables
 * 小五 9 pt on 13 pt (a very wide table 8 pt on 11.5 pt); headings 三号/四号/小四.
 */
export const TYPE = {
  title: { sizePt: 18, lineTw: 560, beforeTw: 0, afterTw: 120 },
  subtitle: { sizePt: 14, lineTw: 400, beforeTw: 0, afterTw: 360 },
  h1: { sizePt: 16, lineTw: 480, beforeTw: 240, afterTw: 120 },
  h2: { sizePt: 14, lineTw: 420, beforeTw: 240, afterTw: 120 },
  h3: { sizePt: 12, lineTw: 360, beforeTw: 120, afterTw: 60 },
  body: { sizePt: 10.5, lineTw: 400, beforeTw: 0, afterTw: 0 },
  caption: { sizePt: 10.5, lineTw: 320, beforeTw: 240, afterTw: 120 },
  small: { sizePt: 9, lineTw: 260, beforeTw: 0, afterTw: 0 },
  table: { sizePt: 9, lineTw: 260, beforeTw: 0, afterTw: 0 },
  /** A table too wide to set its numbers and words whole at 9 pt (nine columns of English headers). */
  tableCompact: { sizePt: 8, lineTw: 230, beforeTw: 0, afterTw: 0 },
} as const satisfies Record<string, TypeStyle>;

/** Space after the last source/note line of a figure or table, in twips. */
export const AFTER_BLOCK_TW = 240;

/** One em of a type style, in twips. */
export function emTw(style: TypeStyle): number {
  return style.sizePt * 20;
}

/** Height in twips of `text` set in `style` across `widthTw` (lines × exact line height, plus spacing). */
export function paragraphTw(text: string, style: TypeStyle, widthTw: number = TEXT_AREA.width): number {
  return lineCount(text, widthTw / emTw(style)) * style.lineTw + style.beforeTw + style.afterTw;
}

/** Height in twips of a caption above and source/notes lines below a figure or table. */
export function captionAndNotesTw(caption: string, lines: readonly string[]): number {
  const kept = lines.filter((l) => l.trim() !== "");
  return paragraphTw(caption, TYPE.caption) + kept.reduce((h, l) => h + paragraphTw(l, TYPE.small), 0) + AFTER_BLOCK_TW;
}

/**
 * Largest share of the text height a figure — caption, image, source and notes, kept together on one
 * page — may take. At one half, a figure that does not fit under the text above it is moved to the
 * next page only when the page is already more than half full.
 */
export const FIGURE_SHARE = 0.5;
/** Narrowest image, as a share of the text width, however long the notes are (legibility first). */
export const MIN_IMAGE_SHARE = 0.5;
/** Twips per image pixel at 96 dpi (the unit of docx image sizes). */
export const TWIPS_PER_PX = 15;

/**
 * Printed size (px at 96 dpi) of a chart image of natural size `chart` (px) so that caption + image +
 * source + notes take at most {@link FIGURE_SHARE} of the text height: the full text width, or less
 * when the image would be too tall (aspect ratio kept), but not narrower than {@link MIN_IMAGE_SHARE}
 * of the text width. `overheadTw` is the height of the caption and notes (see
 * {@link captionAndNotesTw}). Throws RangeError for a chart without positive size.
 */
export function figureImageSize(chart: { width: number; height: number }, overheadTw: number, text: { width: number; height: number } = TEXT_AREA): { width: number; height: number } {
  if (!(chart.width > 0 && chart.height > 0)) throw new RangeError(`figureImageSize: bad chart size ${chart.width}×${chart.height}`);
  const aspect = chart.height / chart.width;
  const maxHeightTw = text.height * FIGURE_SHARE - overheadTw;
  const widthTw = Math.max(text.width * MIN_IMAGE_SHARE, Math.min(text.width, maxHeightTw / aspect));
  const width = Math.floor(widthTw / TWIPS_PER_PX);
  return { width, height: Math.round(width * aspect) };
}

/**
 * How a table block is kept on its page (docx.ts):
 * - "whole": caption, rows, source and notes fit in the text height — all on one page;
 * - "rows": the caption and rows fit but not with the source and notes — the rows stay on one page
 *   and the notes, which start under them, may continue on the next (a table of about twenty rows
 *   with long notes, as the outlook projections);
 * - "split": the rows alone do not fit — split between rows, the header row repeated.
 * `rowsTw`: caption, header and rows; `wholeTw`: that plus the source and notes (captionAndNotesTw).
 */
export type TableKeep = "whole" | "rows" | "split";

/** The {@link TableKeep} of a table block of these heights, in twips. */
export function tableKeep(rowsTw: number, wholeTw: number, text: { height: number } = TEXT_AREA): TableKeep {
  return wholeTw <= text.height ? "whole" : rowsTw <= text.height ? "rows" : "split";
}
