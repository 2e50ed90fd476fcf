import type { ChartOption } from "./render.js";
import { fixed } from "../messages/format.js";
import * as m from "../messages/charts.js";
import type { Text } from "../types/text.js";
import { MAP_NO_APPROVAL_NUMBER, registerBoundaries, type Boundaries, type MapWarning } from "./boundaries.js";
import { FONT_SIZE, NO_DATA_COLOUR, SEQUENTIAL, SIZE, renderChart, type ChartSvg } from "./style.js";

/** Input of {@link choroplethOption}: one value per province code, classed by fixed breaks. */
export interface ChoroplethInput {
  /** Matched boundaries from `loadBoundaries` (map name, code → feature name). */
  boundaries: Boundaries;
  /** Values by GB/T 2260 code; undefined = missing (drawn in the `noDataLabel` class). Codes absent from the boundaries are ignored. */
  values: readonly { code: string; value: number | undefined }[];
  /**
   * Class breaks, strictly ascending, 1–6 of them → 2–7 classes: class 0 is value < breaks[0],
   * class i is breaks[i−1] ≤ value < breaks[i], the last class is value ≥ the last break.
   */
  breaks: readonly number[];
  /** Legend labels per class (breaks.length + 1); default from {@link classLabels}. */
  classLabels?: readonly string[];
  /** Decimals in default class labels; default 0. */
  decimals?: number;
  /** Legend title, e.g. "地区生产总值（亿元）". */
  legendTitle: string;
  /** Label of the missing class ("无数据" / "no data": messages/charts.ts `noData`). */
  noDataLabel: string;
  /** Print short province names on the map; default false. */
  showLabels?: boolean;
  /** Colours per class (breaks.length + 1), for categorical maps (e.g. LISA clusters); default {@link classColours}. */
  colours?: readonly string[];
  /** Colour of the missing class, when a class colour is close to the default {@link NO_DATA_COLOUR}. */
  noDataColour?: string;
}

/**
 * Colour class of a value under {@link ChoroplethInput.breaks}: the number of breaks ≤ value
 * (0 … breaks.length); undefined for a missing or non-finite value. Throws RangeError when the breaks
 * are not strictly ascending or not 1–6 of them.
 */
export function colourClass(value: number | undefined, breaks: readonly number[]): number | undefined {
  checkBreaks(breaks);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  let k = 0;
  while (k < breaks.length && value >= breaks[k]!) k++;
  return k;
}

function checkBreaks(breaks: readonly number[]): void {
  if (breaks.length < 1 || breaks.length > SEQUENTIAL.length - 1) throw new RangeError(`choropleth: need 1–${SEQUENTIAL.length - 1} breaks, got ${breaks.length}`);
  for (let i = 0; i < breaks.length; i++) {
    if (!Number.isFinite(breaks[i]!) || (i > 0 && breaks[i]! <= breaks[i - 1]!)) throw new RangeError(`choropleth: breaks must be finite and strictly ascending: ${breaks.join(", ")}`);
  }
}

/** Default legend labels: "< 2", "2 ~ 4", …, "≥ 8" (decimals fixed, half-up; no locale grouping). */
export function classLabels(breaks: readonly number[], decimals = 0): string[] {
  checkBreaks(breaks);
  const f = (x: number) => fixed(x, decimals);
  return [`< ${f(breaks[0]!)}`, ...breaks.slice(1).map((b, i) => `${f(breaks[i]!)} ~ ${f(b)}`), `≥ ${f(breaks[breaks.length - 1]!)}`];
}

/** Colours used for k classes: evenly spread over {@link SEQUENTIAL} (light → dark). */
export function classColours(k: number): string[] {
  if (k === SEQUENTIAL.length) return [...SEQUENTIAL];
  return Array.from({ length: k }, (_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / Math.max(1, k - 1))]!);
}

/**
 * Province codes that get no value: in the boundaries (31 provinces + 港澳台 present in the file) but
 * absent from `values` or with a missing value. Sorted by code.
 */
export function codesWithoutValue(input: Pick<ChoroplethInput, "boundaries" | "values">): string[] {
  const have = new Set(input.values.filter((v) => v.value !== undefined && Number.isFinite(v.value)).map((v) => v.code));
  return [...input.boundaries.featureNameByCode.keys()].filter((c) => !have.has(c)).sort();
}

/**
 * ECharts option for a choropleth map of China by province. Registers `input.boundaries` with
 * ECharts (global state) under its map name. Each region's data value is its colour class index
 * (missing = an extra `noDataLabel` class), so the legend shows the class labels, not a gradient.
 * Decorations (ECharts' 南海诸岛 inset, a dashed-line feature) are drawn without fill classes.
 */
export function choroplethOption(input: ChoroplethInput): ChartOption {
  registerBoundaries(input.boundaries);
  const k = input.breaks.length + 1;
  const labels = input.classLabels ?? classLabels(input.breaks, input.decimals ?? 0);
  if (labels.length !== k) throw new RangeError(`choropleth: need ${k} class labels, got ${labels.length}`);
  const colours = input.colours ?? classColours(k);
  if (colours.length !== k) throw new RangeError(`choropleth: need ${k} class colours, got ${colours.length}`);
  const byCode = new Map(input.values.map((v) => [v.code, v.value]));
  const noData = k;
  const data: Record<string, unknown>[] = [];
  for (const [code, name] of [...input.boundaries.featureNameByCode.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    data.push({ name, value: colourClass(byCode.get(code), input.breaks) ?? noData });
  }
  for (const name of input.boundaries.decorationNames) {
    data.push({ name, value: "-", itemStyle: { areaColor: "#ffffff", borderColor: "#555" }, label: { show: false } });
  }
  const pieces = [
    ...colours.map((color, i) => ({ value: i, label: labels[i], color })),
    { value: noData, label: input.noDataLabel, color: input.noDataColour ?? NO_DATA_COLOUR },
  ].reverse();
  return {
    title: { text: input.legendTitle, left: 16, bottom: 30 + 20 * (k + 1), textStyle: { fontSize: FONT_SIZE.legend, fontWeight: "normal", color: "#333" } },
    visualMap: {
      type: "piecewise",
      seriesIndex: 0,
      pieces,
      left: 16,
      bottom: 14,
      itemWidth: 20,
      itemHeight: 12,
      itemGap: 8,
      textStyle: { fontSize: FONT_SIZE.legend, color: "#333" },
    },
    series: [
      {
        type: "map",
        map: input.boundaries.mapName,
        roam: false,
        layoutCenter: ["55%", "50%"],
        layoutSize: "106%",
        selectedMode: false,
        itemStyle: { areaColor: "#ffffff", borderColor: "#8c8c8c", borderWidth: 0.5 },
        label: { show: input.showLabels ?? false, fontSize: FONT_SIZE.label - 2, color: "#222" },
        emphasis: { disabled: true },
        data,
      },
    ],
  };
}

/** Render a choropleth map to SVG (default 760×600 px). */
export function renderChoropleth(input: ChoroplethInput, size: { width: number; height: number } = SIZE.map): ChartSvg {
  return renderChart(choroplethOption(input), size);
}

/**
 * Notes to print under every map figure, and the warnings to print in the report: the 审图号 line
 * (given as `--map-approval`, see messages/charts.ts `approvalNote`), or {@link MAP_NO_APPROVAL_NUMBER}
 * when absent, plus the boundaries' completeness warnings. Output: `notes` for the figure and
 * `warnings` for the report's warning list, both in both languages.
 */
export function mapNotes(boundaries: Boundaries, mapApproval?: string): { notes: Text[]; warnings: MapWarning[] } {
  const warnings = [...boundaries.warnings];
  const text = mapApproval?.trim();
  if (!text) warnings.push({ code: MAP_NO_APPROVAL_NUMBER, message: m.noApprovalNumber });
  return { notes: text ? [m.approvalNote(text)] : [], warnings };
}
