/**
 * The report as a renderer-neutral document: HTML, Word and Markdown renderers all consume this.
 * Every figure and table carries its number (图N/表N), caption, source line and method notes.
 */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "note"; text: string }
  | FigureBlock
  | TableBlock;

export interface FigureBlock {
  kind: "figure";
  /** "图1" / "Figure 1". */
  label: string;
  caption: string;
  /** Self-contained SVG markup (ECharts server-side rendering). */
  svg: string;
  width: number;
  height: number;
  /** "资料来源：…" line, already prefixed. */
  source: string;
  notes: string[];
}

export interface TableBlock {
  kind: "table";
  label: string;
  caption: string;
  header: string[];
  rows: string[][];
  /** Column alignment; numbers right-aligned. */
  align?: ("left" | "right")[];
  source: string;
  notes: string[];
}

/** A named warning raised while building (e.g. MAP_NO_APPROVAL_NUMBER), printed by the CLI. */
export interface ReportWarning {
  code: string;
  message: string;
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  lang: "zh" | "en";
  blocks: Block[];
  warnings: ReportWarning[];
}
