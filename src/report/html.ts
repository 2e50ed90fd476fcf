import type { Block, ReportDocument } from "../types/document.js";

/**
 * Render a ReportDocument as one self-contained HTML file: inline CSS, inline SVG figures, no
 * scripts and no network references. Text is escaped; SVG comes from our own ECharts rendering.
 * Figure and table captions ("图1 …") stand above the figure/table; source and notes below.
 */
export function renderHtml(doc: ReportDocument): string {
  const body = doc.blocks.map((b, i) => renderBlock(b, `f${i}-`)).join("\n");
  return `<!DOCTYPE html>
<html lang="${doc.lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.title)}</title>
<style>
body { font-family: "Noto Serif SC", "Source Han Serif SC", SimSun, "Songti SC", serif; max-width: 920px; margin: 2em auto; padding: 0 1em; line-height: 1.8; color: #222; }
h1 { font-family: "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; text-align: center; font-size: 1.6em; margin-bottom: 0.2em; }
.subtitle { text-align: center; color: #555; margin-top: 0; }
h2, h3 { font-family: "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
p { text-indent: ${doc.lang === "zh" ? "2em" : "0"}; margin: 0.6em 0; }
figure { margin: 1.5em 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
.caption { font-family: "Noto Sans SC", "Microsoft YaHei", sans-serif; font-weight: bold; text-align: center; margin: 0.4em 0; text-indent: 0; }
.source, .fnote { font-size: 0.85em; color: #444; text-align: left; text-indent: 0; margin: 0.2em 0; }
.note { font-size: 0.9em; color: #555; text-indent: 0; }
table { border-collapse: collapse; margin: 0 auto; font-size: 0.95em; }
th, td { border-top: 1px solid #999; border-bottom: 1px solid #999; padding: 0.3em 0.8em; }
th { background: #f2f2f2; }
td.r { text-align: right; font-variant-numeric: tabular-nums; }
.tablewrap { margin: 1.5em 0; }
</style>
</head>
<body>
<h1>${esc(doc.title)}</h1>
<p class="subtitle">${esc(doc.subtitle)}</p>
${body}
</body>
</html>
`;
}

function renderBlock(b: Block, idPrefix: string): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case "paragraph":
      return b.text ? `<p>${esc(b.text)}</p>` : "";
    case "note":
      return `<p class="note">${esc(b.text)}</p>`;
    case "figure":
      return `<figure>
<p class="caption">${esc(b.label)} ${esc(b.caption)}</p>
${scopeSvgIds(b.svg, idPrefix)}
<p class="source">${esc(b.source)}</p>
${b.notes.map((n) => `<p class="fnote">${esc(n)}</p>`).join("\n")}
</figure>`;
    case "table": {
      const align = (i: number) => (b.align?.[i] === "right" ? ' class="r"' : "");
      return `<div class="tablewrap">
<p class="caption">${esc(b.label)} ${esc(b.caption)}</p>
<table>
<thead><tr>${b.header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>
<tbody>
${b.rows.map((r) => `<tr>${r.map((c, i) => `<td${align(i)}>${esc(c)}</td>`).join("")}</tr>`).join("\n")}
</tbody>
</table>
<p class="source">${esc(b.source)}</p>
${b.notes.map((n) => `<p class="fnote">${esc(n)}</p>`).join("\n")}
</div>`;
    }
  }
}

/**
 * Chart SVGs number their clip-paths and classes from ec-0 (see normaliseSvgIds); inline in one
 * page they must not collide, so each figure's ids get the figure's own prefix.
 */
function scopeSvgIds(svg: string, prefix: string): string {
  return svg.replace(/\bec-(\d+)\b/g, `${prefix}ec-$1`);
}

/** Escape text for HTML element content and attribute values. */
export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
