import type { Block, ReportDocument } from "../types/document.js";

/** A file to write next to the Markdown file (path relative to the Markdown file). */
export interface CompanionFile {
  path: string;
  content: string;
}

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Folder for the figure SVG files, relative to the Markdown file; default "figures". */
  figureDir?: string;
}

/**
 * Render a ReportDocument as Markdown (CommonMark + GFM pipe tables).
 *
 * Figures become `**图1 caption**` followed by `![图1 caption](figures/fig1.svg)`, with the SVG in
 * `files`; tables become `**表1 caption**` plus a pipe table (numbers right-aligned by `align`). The
 * source line and notes follow each figure/table, as in the HTML and Word renderers.
 *
 * Output: `{ markdown, files }`; the caller writes `files[i].content` to `files[i].path` relative to
 * the Markdown file. Figure files are numbered in document order (fig1.svg, fig2.svg, …).
 */
export function renderMarkdown(doc: ReportDocument, options: MarkdownOptions = {}): { markdown: string; files: CompanionFile[] } {
  const dir = (options.figureDir ?? "figures").replace(/\/+$/, "");
  const files: CompanionFile[] = [];
  const parts: string[] = [`# ${inline(doc.title)}`];
  if (doc.subtitle) parts.push(`*${inline(doc.subtitle)}*`);
  for (const b of doc.blocks) {
    const s = block(b, dir, files);
    if (s) parts.push(s);
  }
  return { markdown: parts.join("\n\n") + "\n", files };
}

function block(b: Block, dir: string, files: CompanionFile[]): string {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(b.level + 1)} ${inlineText(b.text)}`;
    case "paragraph":
      return inline(b.text);
    case "note":
      return `> ${inline(b.text)}`;
    case "figure": {
      const path = `${dir}/fig${files.length + 1}.svg`;
      files.push({ path, content: b.svg });
      const title = `${b.label} ${b.caption}`;
      return [`**${inline(title)}**`, "", `![${inline(title).replace(/[[\]]/g, "\\$&")}](${path})`, "", ...trailer(b.source, b.notes)].join("\n").trimEnd();
    }
    case "table": {
      const cell = (s: string) => inline(s).replace(/\|/g, "\\|");
      const sep = b.header.map((_, i) => (b.align?.[i] === "right" ? "---:" : "---"));
      const lines = [`| ${b.header.map(cell).join(" | ")} |`, `| ${sep.join(" | ")} |`, ...b.rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
      return [`**${inline(`${b.label} ${b.caption}`)}**`, "", ...lines, "", ...trailer(b.source, b.notes)].join("\n").trimEnd();
    }
  }
}

/** Source line and notes, each its own paragraph-line (hard line breaks). */
function trailer(source: string, notes: readonly string[]): string[] {
  const lines = [source, ...notes].filter((l) => l.trim() !== "").map(inline);
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}  ` : l));
}

/** Escape characters that Markdown would read as markup inside inline text (newlines become spaces). */
function inlineText(s: string): string {
  return s.replace(/\r?\n/g, " ").replace(/([\\`*_<>])/g, "\\$1");
}

/** As {@link inlineText}, and escape a leading "# ", "- ", "+ " or "1. " that would start a block. */
function inline(s: string): string {
  const t = inlineText(s);
  if (/^\d+\.\s/.test(t)) return t.replace(".", "\\.");
  if (/^(#{1,6}|[-+])\s/.test(t)) return `\\${t}`;
  return t;
}
