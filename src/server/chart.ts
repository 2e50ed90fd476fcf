import { CHART_FONT, type ChartOption } from "../charts/render.js";
import { renderChart } from "../charts/style.js";

/**
 * A chart of a dashboard view: the ECharts option built by the report's own option builder
 * (src/charts/*Option), the size it is rendered at for downloads, and the words around it. The page
 * draws `option` with ECharts in the browser (as JSON, see `jsonOption`); the download renders the
 * same option to SVG on the server (`renderSvg`) with the title above and the source line below.
 */
export interface ViewChart {
  id: string;
  title: string;
  option: ChartOption;
  size: { width: number; height: number };
  /** Notes under the chart (method, missing data, vintages), source line last. */
  notes: string[];
  source: string;
}

/**
 * The option as plain JSON data for the browser. ECharts options are data, except label
 * formatters: a function formatter of a label that is not shown is dropped; any other function is a
 * programming error (Error), since JSON would silently lose it and the page would print raw numbers.
 */
export function jsonOption(option: ChartOption): unknown {
  const walk = (v: unknown, pathName: string): unknown => {
    if (typeof v === "function") throw new Error(`jsonOption: a function at ${pathName} cannot travel as JSON`);
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${pathName}[${i}]`));
    if (v === null || typeof v !== "object") return v;
    const out: Record<string, unknown> = {};
    const o = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) {
      if (x === undefined) continue;
      if (k === "formatter" && typeof x === "function" && o.show === false) continue;
      out[k] = walk(x, `${pathName}.${k}`);
    }
    return out;
  };
  return walk(option, "option");
}

/** Approximate advance width of a character in em (CJK and full-width punctuation are 1 em, others ~0.55 em). */
function charWidth(ch: string): number {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.55;
}

/** Break text into lines no wider than `maxEm` (approximate widths; breaks anywhere in CJK, at spaces in Latin text). */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const word of text.split(/(?<=[\s\u3000-\u303f\uff0c\uff1b\uff1a\u3001])|(?=[\u2e80-\u9fff])/u)) {
    const w = [...word].reduce((a, c) => a + charWidth(c), 0);
    if (width + w > maxEm && line !== "") {
      lines.push(line.trimEnd());
      line = "";
      width = 0;
    }
    line += word;
    width += w;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const TITLE_SIZE = 16;
const NOTE_SIZE = 11;
const MARGIN = 16;

/**
 * The chart as a standalone SVG figure (OWID style): the title above, the chart rendered by the
 * report's renderer, the notes and the source line below, all in one SVG. Deterministic.
 */
export function chartFigureSvg(chart: ViewChart): { svg: string; width: number; height: number } {
  const { svg, width, height } = renderChart(chart.option, chart.size);
  const maxEm = (width - 2 * MARGIN) / NOTE_SIZE;
  const titleLines = wrapText(chart.title, (width - 2 * MARGIN) / TITLE_SIZE);
  const noteLines = [...chart.notes, chart.source].flatMap((n) => wrapText(n, maxEm));
  const top = MARGIN + titleLines.length * TITLE_SIZE * 1.4;
  const bottom = MARGIN + noteLines.length * NOTE_SIZE * 1.5;
  const total = Math.ceil(top + height + bottom);
  const text = (lines: string[], y0: number, size: number, step: number, colour: string) =>
    lines.map((l, i) => `<text x="${MARGIN}" y="${(y0 + i * step).toFixed(1)}" font-size="${size}" fill="${colour}">${escapeXml(l)}</text>`).join("");
  const inner = svg.replace(/^<svg\b/, `<svg x="0" y="${top.toFixed(1)}"`);
  return {
    width,
    height: total,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(CHART_FONT)}">` +
      `<rect width="100%" height="100%" fill="#ffffff"/>` +
      text(titleLines, MARGIN + TITLE_SIZE, TITLE_SIZE, TITLE_SIZE * 1.4, "#222") +
      inner +
      text(noteLines, top + height + NOTE_SIZE * 1.2, NOTE_SIZE, NOTE_SIZE * 1.5, "#555") +
      `</svg>`,
  };
}

/** The figure as PNG (2× scale, bundled CJK font; see rasterizeSvgs, loaded on first use). */
export async function chartFigurePng(chart: ViewChart): Promise<Buffer> {
  const { rasterizeSvgs } = await import("../charts/rasterize.js");
  return (await rasterizeSvgs([chartFigureSvg(chart).svg]))[0]!;
}
