import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from "docx";
import type { Block, FigureBlock, ReportDocument, TableBlock } from "../types/document.js";
import { rasterizeSvgs } from "../charts/rasterize.js";

/**
 * Body font: Times New Roman for Latin, SimSun (宋体, named by its English family name, which Word
 * resolves to the same font) for Chinese (East Asian) text.
 */
export const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", cs: "Times New Roman", eastAsia: "SimSun" } as const;
/** Heading/caption font: Arial for Latin, SimHei (黑体) for Chinese. */
export const HEADING_FONT = { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "SimHei" } as const;

/** Font sizes in half-points (Chinese 字号): 小二 18 pt, 三号 16, 四号 14, 小四 12, 五号 10.5, 小五 9. */
const SIZE = { title: 36, subtitle: 28, h1: 32, h2: 28, h3: 24, body: 21, table: 18, small: 18 } as const;

/** A4 in twips (1/1440 inch) with 2.54 cm / 3.17 cm margins (Word's Chinese default). */
const PAGE = { width: 11906, height: 16838, marginTopBottom: 1440, marginLeftRight: 1800 } as const;
/** Largest image width in px (96 dpi): the text column (A4 − margins ≈ 14.6 cm ≈ 553 px). */
const MAX_IMAGE_WIDTH_PX = 550;

function run(text: string, font: typeof BODY_FONT | typeof HEADING_FONT, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: { ...font }, size, ...extra });
}

/** Word's built-in "Caption" style id, so Word can build a list of figures/tables and cross-references. */
const CAPTION_STYLE = "Caption";

function caption(label: string, text: string): Paragraph {
  return new Paragraph({
    style: CAPTION_STYLE,
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [run(`${label} ${text}`, HEADING_FONT, SIZE.body, { bold: true })],
  });
}

/** Source and notes lines below a figure/table: small, left-aligned, no indent. */
function smallLines(lines: readonly string[], lastSpacing = 240): Paragraph[] {
  const kept = lines.filter((l) => l.trim() !== "");
  return kept.map(
    (l, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        keepNext: i < kept.length - 1,
        spacing: { before: 0, after: i === kept.length - 1 ? lastSpacing : 0, line: 300 },
        children: [run(l, BODY_FONT, SIZE.small)],
      }),
  );
}

function figureParagraphs(b: FigureBlock, png: Buffer): Paragraph[] {
  const width = Math.min(MAX_IMAGE_WIDTH_PX, b.width);
  const height = Math.round((width * b.height) / b.width);
  return [
    caption(b.label, b.caption),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [new ImageRun({ type: "png", data: png, transformation: { width, height }, altText: { name: b.label, title: b.label, description: `${b.label} ${b.caption}` } })],
    }),
    ...smallLines([b.source, ...b.notes]),
  ];
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const thick = { style: BorderStyle.SINGLE, size: 12, color: "000000" } as const;
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;

/** 三线表 (three-line table): thick top and bottom rules, thin rule under the header, no vertical rules. */
function table(b: TableBlock): (Paragraph | Table)[] {
  const align = (i: number) => (b.align?.[i] === "right" ? AlignmentType.RIGHT : i === 0 ? AlignmentType.LEFT : AlignmentType.CENTER);
  const cell = (text: string, i: number, header: boolean, last: boolean) =>
    new TableCell({
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 100, right: 100, top: 30, bottom: 30 },
      borders: { top: header ? thick : none, bottom: header ? thin : last ? thick : none, left: none, right: none },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : align(i),
          children: [run(text, header ? HEADING_FONT : BODY_FONT, SIZE.table, header ? { bold: true } : {})],
        }),
      ],
    });
  const rows = [
    new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell(h, i, true, false)) }),
    ...b.rows.map((r, k) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false, k === b.rows.length - 1)) })),
  ];
  return [
    caption(b.label, b.caption),
    new Table({
      rows,
      alignment: AlignmentType.CENTER,
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: none, insideVertical: none },
    }),
    ...smallLines([b.source, ...b.notes]),
  ];
}

function blockChildren(b: Block, lang: "zh" | "en", png: (f: FigureBlock) => Buffer): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading": {
      const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][b.level - 1];
      const size = [SIZE.h1, SIZE.h2, SIZE.h3][b.level - 1]!;
      return [new Paragraph({ heading, keepNext: true, spacing: { before: 240, after: 120 }, children: [run(b.text, HEADING_FONT, size, { bold: true, color: "000000" })] })];
    }
    case "paragraph":
      if (!b.text) return [];
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: lang === "zh" ? { firstLine: 420 } : undefined,
          spacing: { line: 360, after: 0 },
          children: [run(b.text, BODY_FONT, SIZE.body)],
        }),
      ];
    case "note":
      return [new Paragraph({ spacing: { line: 300, before: 60, after: 60 }, children: [run(b.text, BODY_FONT, SIZE.small, { color: "444444" })] })];
    case "figure":
      return figureParagraphs(b, png(b));
    case "table":
      return table(b);
  }
}

/**
 * Render a ReportDocument as a Word (.docx) file.
 *
 * Layout: A4 portrait; centred title (黑体 小二) and subtitle; headings with Word's Heading1–3 styles
 * (黑体); body 宋体/Times New Roman 五号 with 2-character first-line indent (Chinese) and 1.5 line
 * spacing. Figures and tables as in the HTML renderer: "图N caption"/"表N caption" above, the PNG image
 * (rasterised from the figure's SVG at 2×, bundled Noto Sans font) or a three-line table (numbers
 * right-aligned per `align`) in between, the "资料来源：…" line and notes below. Every run carries an
 * explicit East Asian font (`w:eastAsia`), so Chinese text never falls back to a Latin font.
 *
 * Output: the .docx bytes. Throws when a figure's SVG cannot be rasterised.
 */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const figures = doc.blocks.filter((b): b is FigureBlock => b.kind === "figure");
  const pngs = await rasterizeSvgs(figures.map((f) => f.svg), { scale: 2 }); // fonts loaded once, figures in parallel
  const png = (f: FigureBlock) => pngs[figures.indexOf(f)]!;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(doc.title, HEADING_FONT, SIZE.title, { bold: true })] }),
  ];
  if (doc.subtitle) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [run(doc.subtitle, BODY_FONT, SIZE.subtitle)] }));
  for (const b of doc.blocks) children.push(...blockChildren(b, doc.lang, png));

  const document = new Document({
    title: doc.title,
    description: doc.subtitle,
    creator: "regecon",
    styles: {
      default: {
        document: { run: { font: { ...BODY_FONT }, size: SIZE.body } },
        title: { run: { font: { ...HEADING_FONT }, size: SIZE.title, bold: true } },
        heading1: { run: { font: { ...HEADING_FONT }, size: SIZE.h1, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: { ...HEADING_FONT }, size: SIZE.h2, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: { ...HEADING_FONT }, size: SIZE.h3, bold: true, color: "000000" }, paragraph: { spacing: { before: 120, after: 60 } } },
      },
      paragraphStyles: [
        { id: CAPTION_STYLE, name: "caption", basedOn: "Normal", next: "Normal", quickFormat: true, run: { font: { ...HEADING_FONT }, size: SIZE.body, bold: true, color: "000000" } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginTopBottom, bottom: PAGE.marginTopBottom, left: PAGE.marginLeftRight, right: PAGE.marginLeftRight },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
