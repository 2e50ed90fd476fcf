import type { ChartSvg } from "../charts/style.js";
import { MISSING } from "../messages/format.js";
import * as m from "../messages/report.js";
import type { Block, FigureBlock, TableBlock } from "../types/document.js";
import type { Text } from "../types/text.js";
import type { ReportContext } from "./context.js";
import { sourceText, type DataUsed } from "./sourceLine.js";
import { vintageNotesFor } from "./vintageNote.js";

/**
 * The one way report sections build figures, tables and text blocks. Sections pass catalogue `Text`
 * and say which data a figure or table shows (`DataUsed`); the builders pick the report's language and
 * attach, in this order: the caption, the "资料来源" line (every source and vintage of those data),
 * the section's notes, then a note for every series that mixes vintages (with a report warning).
 * Figures and tables are numbered later, once, in document order (build.ts `numberBlocks`), so a block
 * that is dropped or replaced never leaves a gap in 图N/表N.
 */

/** A figure: caption, rendered chart, the data it shows, and notes below it. */
export interface FigureSpec {
  caption: Text;
  chart: ChartSvg;
  data: DataUsed;
  notes?: readonly Text[];
}

/** A figure block (label assigned by build.ts). */
export function figure(ctx: ReportContext, spec: FigureSpec): FigureBlock {
  const { lang } = ctx;
  return {
    kind: "figure",
    label: "",
    caption: spec.caption[lang],
    ...spec.chart,
    source: sourceText(ctx, spec.data)[lang],
    notes: [...(spec.notes ?? []), ...vintageNotesFor(ctx, spec.data)].map((n) => n[lang]),
  };
}

/** A table cell: a formatted number (already in the report's language) or a catalogue/data text. */
export type Cell = string | Text;

/** A table: caption, header, rows, column alignment (numbers right-aligned), the data it shows, notes. */
export interface TableSpec {
  caption: Text;
  header: readonly Text[];
  rows: readonly (readonly Cell[])[];
  align?: readonly ("left" | "right")[];
  data: DataUsed;
  notes?: readonly Text[];
}

/**
 * A table block (label assigned by build.ts), or, when every data cell (all but the first column) is
 * missing, a note saying the table is omitted with the table's notes (which say what is missing).
 */
export function table(ctx: ReportContext, spec: TableSpec): TableBlock | Block {
  const { lang } = ctx;
  const cell = (c: Cell) => (typeof c === "string" ? c : c[lang]);
  const rows = spec.rows.map((r) => r.map(cell));
  const notes = [...(spec.notes ?? []), ...vintageNotesFor(ctx, spec.data)];
  if (rows.every((r) => r.slice(1).every((c) => c === MISSING))) return note(ctx, m.tableOmitted(spec.caption, notes));
  return {
    kind: "table",
    label: "",
    caption: spec.caption[lang],
    header: spec.header.map((h) => h[lang]),
    rows,
    align: spec.align ? [...spec.align] : undefined,
    source: sourceText(ctx, spec.data)[lang],
    notes: notes.map((n) => n[lang]),
  };
}

/** A heading (second-level headings are numbered by build.ts). */
export function heading(ctx: ReportContext, level: 1 | 2 | 3, text: Text): Block {
  return { kind: "heading", level, text: text[ctx.lang] };
}

/** A note set apart from the body (a part omitted, a caveat). */
export function note(ctx: ReportContext, text: Text): Block {
  return { kind: "note", text: text[ctx.lang] };
}

/**
 * One paragraph of sentences, joined as each language joins them (no space in Chinese, a space in
 * English); sentences that are undefined or empty are left out, and so is a paragraph with none.
 */
export function paragraph(ctx: ReportContext, sentences: readonly (Text | undefined)[]): Block[] {
  const parts = sentences.map((s) => s?.[ctx.lang] ?? "").filter((s) => s !== "");
  return parts.length === 0 ? [] : [{ kind: "paragraph", text: parts.join(ctx.lang === "zh" ? "" : " ") }];
}
