import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from "docx";
import type { Block, FigureBlock, ReportDocument, TableBlock } from "../types/document.js";
import { charactersOf, startRasterizer, type Rasterizer } from "../charts/rasterize.js";
import { columnWidths } from "./layout/columns.js";
import { lineCount } from "./layout/measure.js";
import { joinKept } from "./layout/noBreak.js";
import { AFTER_BLOCK_TW, PAGE, TEXT_AREA, TYPE, captionAndNotesTw, emTw, figureImageSize, paragraphTw, tableKeep, type TypeStyle } from "./layout/page.js";

/**
 * Body font: Times New Roman for Latin, SimSun (宋体, named by its English family name, which Word
 * resolves to the same font) for Chinese (East Asian) text.
 */
export const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "SimSun" } as const;
/** Heading/caption font: Arial for Latin, SimHei (黑体) for Chinese. */
export const HEADING_FONT = { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "SimHei" } as const;

/** Left and right cell margins in tables, in twips (narrower in a table too wide for them: layout/columns.ts). */
const CELL_PADDING = 100;
/** Top and bottom cell margins in tables, in twips. */
const CELL_PADDING_Y = 30;

/** Exact line height and spacing of a type style (docx paragraph `spacing`). */
function spacing(style: TypeStyle, override: { before?: number; after?: number } = {}) {
  return { line: style.lineTw, lineRule: LineRuleType.EXACT, before: override.before ?? style.beforeTw, after: override.after ?? style.afterTw };
}

/** A run of text in a font and type size; numbers, ratios and units are kept on one line (noBreak.ts). */
function run(text: string, font: typeof BODY_FONT | typeof HEADING_FONT, style: TypeStyle, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text: joinKept(text), font: { ...font }, size: style.sizePt * 2, ...extra });
}

/** Word's built-in "Caption" style id, so Word can build a list of figures/tables and cross-references. */
const CAPTION_STYLE = "Caption";

/** "图1 caption" / "表1 caption": kept with the figure or table below it, never split. */
function caption(label: string, text: string): Paragraph {
  return new Paragraph({
    style: CAPTION_STYLE,
    alignment: AlignmentType.CENTER,
    spacing: spacing(TYPE.caption),
    keepNext: true,
    keepLines: true,
    children: [run(`${label} ${text}`, HEADING_FONT, TYPE.caption, { bold: true })],
  });
}

/**
 * Source and notes lines below a figure/table: small, left-aligned, no indent. Each is kept whole and
 * (with `keepNext`, default) with the next, so the lines never leave their figure, nor stand alone on
 * a page.
 */
function smallLines(lines: readonly string[], keepNext = true): Paragraph[] {
  const kept = lines.filter((l) => l.trim() !== "");
  return kept.map(
    (l, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        keepNext: keepNext && i < kept.length - 1,
        keepLines: true,
        spacing: spacing(TYPE.small, { after: i === kept.length - 1 ? AFTER_BLOCK_TW : 0 }),
        children: [run(l, BODY_FONT, TYPE.small)],
      }),
  );
}

/**
 * Caption, image and source/notes, kept together; the image as wide as the text column, or smaller
 * so that the whole figure takes at most half the page height (layout/page.ts `figureImageSize`).
 */
function figureParagraphs(b: FigureBlock, png: Buffer): Paragraph[] {
  const lines = [b.source, ...b.notes];
  const { width, height } = figureImageSize(b, captionAndNotesTw(`${b.label} ${b.caption}`, lines));
  return [
    caption(b.label, b.caption),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      spacing: { before: 0, after: 60 },
      children: [new ImageRun({ type: "png", data: png, transformation: { width, height }, altText: { name: b.label, title: b.label, description: `${b.label} ${b.caption}` } })],
    }),
    ...smallLines(lines),
  ];
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const thick = { style: BorderStyle.SINGLE, size: 12, color: "000000" } as const;
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;

/**
 * 三线表 (three-line table): thick top and bottom rules, thin rule under the header, no vertical rules.
 * Column widths from the content (layout/columns.ts: first-column names and numbers on one line; a
 * table whose numbers, words or header units do not fit whole at 9 pt is set at 8 pt), the
 * header row repeated on every page, rows never split. The source and notes lines are the table's last
 * row, under the bottom rule and spanning all columns, so that they cannot be separated from it. A
 * table that fits on a page is kept on one page: every row but that last one is kept with the next
 * (keep-with-next on the last row of a table makes LibreOffice move tables that fit); when only its
 * notes do not fit, the rows are kept so and the notes row may continue on the next page; a longer
 * table keeps its caption with its first rows and its last rows with the source (layout/page.ts
 * `tableKeep`).
 */
function table(b: TableBlock): (Paragraph | Table)[] {
  const layout = (style: TypeStyle) => columnWidths({ header: b.header, rows: b.rows, align: b.align, availableTw: TEXT_AREA.width, emTw: emTw(style), paddingTw: 2 * CELL_PADDING });
  // 9 pt when every number, word and header unit fits whole; else 8 pt if that keeps them whole (or at least the numbers and words).
  const normal = layout(TYPE.table);
  const compact = normal.whole && normal.unitsWhole ? undefined : layout(TYPE.tableCompact);
  const useCompact = compact !== undefined && (!normal.whole || compact.unitsWhole);
  const type = useCompact ? TYPE.tableCompact : TYPE.table;
  const { widths, bodyTw, paddingTw } = useCompact ? compact : normal;
  const em = emTw(type);
  const padding = paddingTw / 2;
  const right = (i: number) => b.align?.[i] === "right";
  const rowTw = (cells: readonly string[]) => Math.max(...cells.map((c, i) => lineCount(c, (widths[i]! - paddingTw) / em))) * type.lineTw + 2 * CELL_PADDING_Y;
  const lines = [b.source, ...b.notes];
  const rowsTw = rowTw(b.header) + b.rows.reduce((h, r) => h + rowTw(r), 0);
  const keep = tableKeep(paragraphTw(`${b.label} ${b.caption}`, TYPE.caption) + rowsTw, captionAndNotesTw(`${b.label} ${b.caption}`, lines) + rowsTw);
  const keepRow = (k: number) => keep !== "split" || k < 2 || k >= b.rows.length - 2;

  const cell = (text: string, i: number, header: boolean, last: boolean, keepNext: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: {
        left: padding,
        // Numbers: right-aligned, the column of numbers centred under its header.
        right: !header && right(i) ? Math.max(padding, Math.floor((widths[i]! - bodyTw[i]!) / 2)) : padding,
        top: CELL_PADDING_Y,
        bottom: CELL_PADDING_Y,
      },
      borders: { top: header ? thick : none, bottom: header ? thin : last ? thick : none, left: none, right: none },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : right(i) ? AlignmentType.RIGHT : i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          keepNext,
          keepLines: true,
          spacing: spacing(type),
          children: [run(text, header ? HEADING_FONT : BODY_FONT, type, header ? { bold: true } : {})],
        }),
      ],
    });
  // In one cell of a row that is never split: no keep-with-next needed (nor wanted: see above).
  const notes = smallLines(lines, false);
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: b.header.map((h, i) => cell(h, i, true, false, true)) }),
    ...b.rows.map((r, k) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false, k === b.rows.length - 1, keepRow(k))) })),
    ...(notes.length === 0
      ? []
      : [
          new TableRow({
            // Notes too long to share the rows' page continue on the next ("rows", layout/page.ts tableKeep).
            cantSplit: keep !== "rows",
            children: [
              new TableCell({
                columnSpan: widths.length,
                width: { size: TEXT_AREA.width, type: WidthType.DXA },
                margins: { left: 0, right: 0, top: 60, bottom: 0 },
                borders: { top: none, bottom: none, left: none, right: none },
                children: notes,
              }),
            ],
          }),
        ]),
  ];
  return [
    caption(b.label, b.caption),
    new Table({
      rows,
      alignment: AlignmentType.CENTER,
      layout: TableLayoutType.FIXED,
      columnWidths: widths,
      width: { size: TEXT_AREA.width, type: WidthType.DXA },
      borders: { top: thick, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    }),
    // Space after the table (its last row holds the notes).
    new Paragraph({ spacing: { before: 0, after: 0, line: AFTER_BLOCK_TW, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
}

function blockChildren(b: Block, lang: "zh" | "en", png: (f: FigureBlock) => Buffer): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading": {
      const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][b.level - 1];
      const style = [TYPE.h1, TYPE.h2, TYPE.h3][b.level - 1]!;
      return [new Paragraph({ heading, keepNext: true, keepLines: true, spacing: spacing(style), children: [run(b.text, HEADING_FONT, style, { bold: true, color: "000000" })] })];
    }
    case "paragraph":
      if (!b.text) return [];
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          widowControl: true,
          indent: lang === "zh" ? { firstLine: 2 * emTw(TYPE.body) } : undefined,
          spacing: spacing(TYPE.body),
          children: [run(b.text, BODY_FONT, TYPE.body)],
        }),
      ];
    case "note":
      return [new Paragraph({ keepLines: true, spacing: spacing(TYPE.small, { before: 60, after: 60 }), children: [run(b.text, BODY_FONT, TYPE.small, { color: "444444" })] })];
    case "figure":
      return figureParagraphs(b, png(b));
    case "table":
      return table(b);
  }
}

/** Centred page number in the footer. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: { ...BODY_FONT }, size: TYPE.small.sizePt * 2 })] })],
  });
}

/**
 * The font table (word/fontTable.xml): each font with its PANOSE class, character set and family, and
 * the Chinese fonts with their Chinese names (宋体, 黑体) as alternative names, so that a word processor
 * without SimSun or SimHei substitutes a Chinese serif or sans-serif font, and one without Times New
 * Roman or Arial a Latin serif or sans-serif, instead of any font at hand.
 */
export function fontTableXml(): string {
  const font = (name: string, alt: string | undefined, panose: string, charset: string, family: string, pitch: string) =>
    `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ""}<w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/></w:font>`;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`,
    font(BODY_FONT.ascii, undefined, "02020603050405020304", "00", "roman", "variable"),
    // The alternative names are the fonts' Chinese family names 宋体 and 黑体, written as escapes.
    font(BODY_FONT.eastAsia, "\u5b8b\u4f53", "02010600030101010101", "86", "auto", "variable"),
    font(HEADING_FONT.ascii, undefined, "020B0604020202020204", "00", "swiss", "variable"),
    font(HEADING_FONT.eastAsia, "\u9ed1\u4f53", "02010609060101010101", "86", "modern", "fixed"),
    `</w:fonts>`,
  ].join("");
}

/**
 * Render a ReportDocument as a Word (.docx) file.
 *
 * Layout: A4 portrait (layout/page.ts); centred title (黑体 小二) and subtitle; headings with Word's
 * Heading1–3 styles (黑体), kept with what follows; body 宋体/Times New Roman 五号 on exact 20 pt lines
 * with a 2-character first-line indent (Chinese); page numbers centred in the footer. Figures and
 * tables as in the HTML renderer: "图N caption"/"表N caption" above, the PNG image (rasterised from the
 * figure's SVG at 2×, bundled Noto Sans font) or a three-line table in between, the "资料来源：…" line
 * and notes below, all kept together (see `figureParagraphs`, `table`). Every run carries an explicit
 * East Asian font (`w:eastAsia`), so Chinese text never falls back to a Latin font, and the font table
 * names each font's family and Chinese name for substitution (`fontTableXml`). Numbers with their
 * units, ratios and year spans are never broken across lines (layout/noBreak.ts).
 *
 * `rasterizer`: one started before the document was built (it may have rendered the figures already,
 * see charts/rasterize.ts; the caller closes it); by default one is started and closed here.
 *
 * Output: the .docx bytes. Throws when a figure's SVG cannot be rasterised.
 */
export async function renderDocx(doc: ReportDocument, rasterizer?: Rasterizer): Promise<Buffer> {
  const figures = doc.blocks.filter((b): b is FigureBlock => b.kind === "figure");
  const svgs = figures.map((f) => f.svg);
  const own = rasterizer ?? startRasterizer({ workers: figures.length > 1 ? undefined : 0, characters: charactersOf(svgs) });
  let pngs: Buffer[];
  try {
    svgs.forEach(own.add);
    pngs = await Promise.all(svgs.map(own.png));
  } finally {
    if (!rasterizer) await own.close();
  }
  const png = (f: FigureBlock) => pngs[figures.indexOf(f)]!;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: spacing(TYPE.title), children: [run(doc.title, HEADING_FONT, TYPE.title, { bold: true })] }),
  ];
  if (doc.subtitle) children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: spacing(TYPE.subtitle), children: [run(doc.subtitle, BODY_FONT, TYPE.subtitle)] }));
  for (const b of doc.blocks) children.push(...blockChildren(b, doc.lang, png));

  const heading = (style: TypeStyle) => ({
    run: { font: { ...HEADING_FONT }, size: style.sizePt * 2, bold: true, color: "000000" },
    paragraph: { spacing: spacing(style), keepNext: true, keepLines: true },
  });
  const document = new Document({
    title: doc.title,
    description: doc.subtitle,
    creator: "regecon",
    styles: {
      default: {
        document: { run: { font: { ...BODY_FONT }, size: TYPE.body.sizePt * 2 } },
        title: { run: { font: { ...HEADING_FONT }, size: TYPE.title.sizePt * 2, bold: true } },
        heading1: heading(TYPE.h1),
        heading2: heading(TYPE.h2),
        heading3: heading(TYPE.h3),
      },
      paragraphStyles: [
        { id: CAPTION_STYLE, name: "caption", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: { ...HEADING_FONT }, size: TYPE.caption.sizePt * 2, bold: true, color: "000000" } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
}
