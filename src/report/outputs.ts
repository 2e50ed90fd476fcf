import path from "node:path";
import type { Rasterizer } from "../charts/rasterize.js";
import type { ReportDocument } from "../types/document.js";
import * as m from "../messages/reportCommand.js";
import { RegeconError } from "../types/errors.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";

export const REPORT_FORMATS = ["html", "docx", "md"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const DEFAULT_FORMATS: readonly ReportFormat[] = ["html", "docx"];

/** One file to write: path and content. */
export interface OutputFile {
  path: string;
  content: string | Buffer;
}

/**
 * Parse "--format html,docx" (comma-separated, any order). Throws RegeconError `BAD_FORMAT` naming the
 * unknown format and the allowed ones.
 */
export function parseFormats(text: string): ReportFormat[] {
  const wanted = text.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = wanted.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (bad.length > 0 || wanted.length === 0) {
    throw new RegeconError("BAD_FORMAT", m.unknownFormat(bad), m.formatsHint(REPORT_FORMATS));
  }
  return [...new Set(wanted)] as ReportFormat[];
}

/** The folder (beside `base`) where Markdown output puts its figure files: `<base>_figures`. */
export function markdownFigureFolder(base: string): string {
  return `${base}_figures`;
}

/**
 * Render the document in each format, in memory (nothing is written here). `base` is the output
 * path without extension; Markdown figures go to `markdownFigureFolder(base)`. `rasterizer`: the
 * figures' PNG renderer for Word, when one was started before the document was built (renderDocx).
 */
export async function renderOutputs(doc: ReportDocument, formats: readonly ReportFormat[], base: string, rasterizer?: Rasterizer): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const format of formats) {
    if (format === "html") files.push({ path: `${base}.html`, content: renderHtml(doc) });
    if (format === "docx") files.push({ path: `${base}.docx`, content: await (await import("./docx.js")).renderDocx(doc, rasterizer) }); // docx and resvg load only when asked for
    if (format === "md") {
      const figureDir = path.basename(markdownFigureFolder(base));
      const { markdown, files: companions } = renderMarkdown(doc, { figureDir });
      files.push({ path: `${base}.md`, content: markdown });
      for (const c of companions) files.push({ path: path.join(path.dirname(base), c.path), content: c.content });
    }
  }
  return files;
}
