import type { ChartOption } from "./render.js";
import { grouped } from "../messages/format.js";
import * as m from "../messages/charts.js";
import { roundHalfUp } from "../stats/rounding.js";
import type { Lang, Text } from "../types/text.js";
import { MAP_NO_APPROVAL_NUMBER, registerBoundaries, type Boundaries, type MapWarning } from "./boundaries.js";
import { labelWidth, separateLabels, type LabelBox } from "./labelLayout.js";
import { FONT_SIZE, NO_DATA_COLOUR, SEQUENTIAL, SIZE, renderChart, type ChartSvg } from "./style.js";

/** Input of {@link choroplethOption}: one value per province code, classed by fixed breaks. */
export interface ChoroplethInput {
  /** Matched boundaries from `loadBoundaries` (map name, code → feature name). */
  boundaries: Boundaries;
  /** Values by GB/T 2260 code; undefined = missing (drawn in the `noDataLabel` class). Codes absent from the boundaries are ignored. */
  values: readonly { code: string; value: number | undefined }[];
  /**
   * Class breaks, strictly ascending, 1–6 of them → 2–7 classes: class 0 is value < breaks[0],
   * class i is breaks[i−1] ≤ value < breaks[i], the last class is value ≥ the last break; values are
   * classed as displayed, i.e. rounded to `decimals` (see {@link colourClass}).
   */
  breaks: readonly number[];
  /** Legend labels per class (breaks.length + 1); default from {@link classLabels}. */
  classLabels?: readonly string[];
  /** Decimals of the values as displayed, of the breaks and of the default class labels; default 0. */
  decimals?: number;
  /** Number format and range dash of the default class labels; default "zh". */
  lang?: Lang;
  /** Legend title, e.g. "地区生产总值（亿元）". */
  legendTitle: string;
  /** Label of the missing class ("无数据" / "no data": messages/charts.ts `noData`). */
  noDataLabel: string;
  /**
   * Names printed on the map, by GB/T 2260 code (e.g. the registry's short names 北京, 内蒙古, or
   * English names); regions without an entry get no name. Default: no names.
   */
  regionLabels?: ReadonlyMap<string, string>;
  /** Colours per class (breaks.length + 1), for categorical maps (e.g. LISA clusters); default {@link classColours}. */
  colours?: readonly string[];
  /** Colour of the missing class, when a class colour is close to the default {@link NO_DATA_COLOUR}. */
  noDataColour?: string;
}

/**
 * Colour class of a value under {@link ChoroplethInput.breaks}: the number of breaks ≤ the value as
 * displayed (rounded half-up to `decimals`; unrounded when `decimals` is undefined), 0 … breaks.length,
 * so a value printed as 5.6 is in the class whose label shows 5.6; undefined for a missing or
 * non-finite value. Throws RangeError when the breaks are not strictly ascending or not 1–6 of them.
 */
export function colourClass(value: number | undefined, breaks: readonly number[], decimals?: number): number | undefined {
  checkBreaks(breaks);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const shown = decimals === undefined ? value : roundHalfUp(value, decimals);
  let k = 0;
  while (k < breaks.length && shown >= breaks[k]!) k++;
  return k;
}

function checkBreaks(breaks: readonly number[]): void {
  if (breaks.length < 1 || breaks.length > SEQUENTIAL.length - 1) throw new RangeError(`choropleth: need 1–${SEQUENTIAL.length - 1} breaks, got ${breaks.length}`);
  for (let i = 0; i < breaks.length; i++) {
    if (!Number.isFinite(breaks[i]!) || (i > 0 && breaks[i]! <= breaks[i - 1]!)) throw new RangeError(`choropleth: breaks must be finite and strictly ascending: ${breaks.join(", ")}`);
  }
}

/**
 * Legend labels of the classes as closed ranges of displayed values, so no two classes show the same
 * bound and every value as printed (at `decimals`) falls in exactly the class whose label covers it:
 * breaks [5.0, 5.4, 5.6] at one decimal give "≤ 4.9", "5.0~5.3", "5.4~5.5", "≥ 5.6" (zh; en
 * "5.0–5.3" with an en dash and thousands grouped, "40,000–59,999"); a class holding one displayed
 * value shows that value alone. Throws RangeError as {@link colourClass}, and when a break is not a
 * multiple of 10^−decimals (its class bound could not be printed exactly).
 */
export function classLabels(breaks: readonly number[], decimals = 0, lang: Lang = "zh"): string[] {
  checkBreaks(breaks);
  for (const b of breaks) if (roundHalfUp(b, decimals) !== b) throw new RangeError(`choropleth: break ${b} has more than ${decimals} decimals`);
  const step = 10 ** -decimals;
  const f = (x: number) => grouped(roundHalfUp(x, decimals), decimals, lang);
  const range = (lo: number, hi: number) => (f(lo) === f(hi) ? f(lo) : `${f(lo)}${lang === "zh" ? "~" : "–"}${f(hi)}`);
  return [
    `≤ ${f(breaks[0]! - step)}`,
    ...breaks.slice(1).map((b, i) => range(breaks[i]!, b - step)),
    `≥ ${f(breaks[breaks.length - 1]!)}`,
  ];
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
 * `labelOffsets` (px, by code) moves region names from their label points (see `renderChoropleth`).
 */
export function choroplethOption(input: ChoroplethInput, labelOffsets?: ReadonlyMap<string, readonly [number, number]>): ChartOption {
  registerBoundaries(input.boundaries);
  const k = input.breaks.length + 1;
  const decimals = input.decimals ?? 0;
  const labels = input.classLabels ?? classLabels(input.breaks, decimals, input.lang);
  if (labels.length !== k) throw new RangeError(`choropleth: need ${k} class labels, got ${labels.length}`);
  const colours = input.colours ?? classColours(k);
  if (colours.length !== k) throw new RangeError(`choropleth: need ${k} class colours, got ${colours.length}`);
  const byCode = new Map(input.values.map((v) => [v.code, v.value]));
  const noData = k;
  const data: Record<string, unknown>[] = [];
  for (const [code, name] of [...input.boundaries.featureNameByCode.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const label = input.regionLabels?.get(code);
    const offset = labelOffsets?.get(code);
    data.push({
      name,
      value: colourClass(byCode.get(code), input.breaks, decimals) ?? noData,
      label: label === undefined ? { show: false } : { show: true, formatter: label, ...(offset ? { offset } : {}) },
    });
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
        // English names are three times as long as Chinese ones: a size smaller, so neighbours stay apart.
        label: { show: false, fontSize: FONT_SIZE.mapLabel - (input.lang === "en" ? 1 : 0), color: "#222", textBorderColor: "#ffffff", textBorderWidth: 2 },
        emphasis: { disabled: true },
        data,
      },
    ],
  };
}

/**
 * Render a choropleth map to SVG (default 600×480 px: a chart canvas this size, printed about 10 cm
 * wide, keeps its 12 px names and legend at about 6 pt). With `regionLabels`, the map is drawn twice:
 * the first drawing shows where ECharts puts each name (at its region's label point), names that
 * would overprint are moved apart (`separateLabels`, at most 18 px from their point), and the second
 * drawing is returned.
 */
export function renderChoropleth(input: ChoroplethInput, size: { width: number; height: number } = SIZE.map): ChartSvg {
  const first = renderChart(choroplethOption(input), size);
  if (!input.regionLabels || input.regionLabels.size === 0) return first;
  const placed = labelPositions(first.svg, input.regionLabels);
  if (placed.length === 0) return first;
  const offsets = separateLabels(placed.map((p) => p.box));
  if (offsets.every(([dx, dy]) => dx === 0 && dy === 0)) return first;
  return renderChart(choroplethOption(input, new Map(placed.map((p, i) => [p.code, offsets[i]!]))), size);
}

/**
 * Where ECharts drew each region name in a rendered map: the centre of every `<text>` whose content
 * is one of the names (ECharts centres map labels on their point), with the box the name takes in
 * the chart font. Output in the order of `labels`.
 */
function labelPositions(svg: string, labels: ReadonlyMap<string, string>): { code: string; box: LabelBox }[] {
  const at = new Map<string, { x: number; y: number; fontSize: number }>();
  for (const m of svg.matchAll(/<text\b[^>]*?font-size:([\d.]+)px[^>]*?transform="translate\(([-\d.]+) ([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g)) {
    at.set(m[4]!, { fontSize: Number(m[1]), x: Number(m[2]), y: Number(m[3]) });
  }
  const out: { code: string; box: LabelBox }[] = [];
  for (const [code, name] of labels) {
    const p = at.get(name);
    if (p) out.push({ code, box: { x: p.x, y: p.y, width: labelWidth(name, p.fontSize) + 4, height: p.fontSize + 2 } });
  }
  return out;
}

/**
 * Notes to print under every map figure, and the warnings to print in the report: the 审图号 line
 * (given as `--map-approval`, see messages/charts.ts `approvalNote`), or, when absent, the notice that
 * the map is a schematic that must not be published as it is (`schematicMapNotice`) and the warning
 * {@link MAP_NO_APPROVAL_NUMBER}; plus the boundaries' completeness warnings. Output: `notes` for the
 * figure and `warnings` for the report's warning list, both in both languages.
 */
export function mapNotes(boundaries: Boundaries, mapApproval?: string): { notes: Text[]; warnings: MapWarning[] } {
  const warnings = [...boundaries.warnings];
  const text = mapApproval?.trim();
  if (!text) warnings.push({ code: MAP_NO_APPROVAL_NUMBER, message: m.noApprovalNumber });
  return { notes: [text ? m.approvalNote(text) : m.schematicMapNotice], warnings };
}
