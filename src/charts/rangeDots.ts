import { fixed } from "../messages/format.js";
import type { ChartOption } from "./render.js";
import { symmetricScale } from "./symmetricScale.js";
import { LABEL_BOX } from "./labelLayout.js";
import { FONT_SIZE, PALETTE, SIZE, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/**
 * Input of {@link rangeDotsOption}: for each category (e.g. 东部 … 南方) one dot per series (e.g. per
 * scenario) with an optional ± error whisker per dot (e.g. the back-test mean absolute error of that
 * quantity), and a grey bar spanning the series' range. A fan/range chart of projections across scenarios.
 */
export interface RangeDotsInput {
  /** Categories, top to bottom. */
  categories: readonly string[];
  /**
   * One entry per series; `values` has one entry per category, undefined = missing (no dot); `errors`,
   * when given, one whisker half-width per category (undefined = no whisker).
   */
  series: readonly { name: string; values: readonly (number | undefined)[]; errors?: readonly (number | undefined)[]; decimals?: number }[];
  /** Unit of the value axis (e.g. "个百分点"). */
  unit: string;
  /** Decimals of the value labels of series without their own `decimals`; default 1. */
  decimals?: number;
}

/** Vertical spacing between the dots of one category, as a fraction of the category band. */
const DODGE = 0.18;

/**
 * Vertical step between the dots (and value labels) of one category in a band of `band` px holding
 * `n` series: {@link DODGE} of the band, but at least one label height so that the labels of
 * neighbouring dots never overprint, and at most what keeps all `n` dots inside 90 % of the band.
 */
export function dotStep(band: number, n: number): number {
  return Math.min((band * 0.9) / Math.max(1, n), Math.max(band * DODGE, LABEL_BOX.height + 1));
}

/**
 * Per category: the lowest and highest value across series (undefined when no series has one).
 * Throws RangeError when a series' values or errors differ in length from the category count.
 */
export function seriesRange(input: RangeDotsInput): ({ min: number; max: number } | undefined)[] {
  for (const s of input.series) {
    if (s.values.length !== input.categories.length || (s.errors !== undefined && s.errors.length !== input.categories.length)) {
      throw new RangeError(`rangeDots: series "${s.name}" must have one value (and one error) per category`);
    }
  }
  return input.categories.map((_, i) => {
    const vs = input.series.map((s) => s.values[i]).filter((v): v is number => v !== undefined && Number.isFinite(v));
    return vs.length === 0 ? undefined : { min: Math.min(...vs), max: Math.max(...vs) };
  });
}

type Api = { value(i: number): number; coord(v: [number, number]): [number, number]; size(v: [number, number]): [number, number]; visual(k: string): string };

/**
 * ECharts option: horizontal dot plot. Value axis horizontal (with a line at 0), categories vertical in
 * the order given; each series' dots are offset within the band so whiskers never overlap; colours by
 * series from {@link PALETTE}. Missing values draw nothing (never 0).
 */
export function rangeDotsOption(input: RangeDotsInput): ChartOption {
  const ranges = seriesRange(input);
  const n = input.series.length;
  const d = input.decimals ?? 1;
  const rangeBar = {
    type: "custom",
    name: "range",
    silent: true,
    z: 1,
    data: ranges.flatMap((r, i) => (r ? [[r.min, i, r.max]] : [])),
    renderItem: (_: unknown, api: Api) => {
      const [x0, y] = api.coord([api.value(0), api.value(1)]);
      const [x1] = api.coord([api.value(2), api.value(1)]);
      const band = api.size([0, 1])[1];
      const h = dotStep(band, n) * Math.max(1, n);
      return { type: "rect", shape: { x: x0, y: y - h / 2, width: Math.max(1, x1 - x0), height: h }, style: { fill: "#e7e6e6" } };
    },
  };
  const dots = input.series.map((s, k) => ({
    type: "custom",
    name: s.name,
    z: 3,
    data: s.values.flatMap((v, i) => (v === undefined || !Number.isFinite(v) ? [] : [[v, i, s.errors?.[i] ?? 0]])),
    renderItem: (_: unknown, api: Api) => {
      const v = api.value(0);
      const e = api.value(2);
      const band = api.size([0, 1])[1];
      const [x, y0] = api.coord([v, api.value(1)]);
      const y = y0 + (k - (n - 1) / 2) * dotStep(band, n);
      const [lo] = api.coord([v - e, api.value(1)]);
      const [hi] = api.coord([v + e, api.value(1)]);
      const colour = api.visual("color");
      const whisker = e > 0
        ? [
            { type: "line", shape: { x1: lo, y1: y, x2: hi, y2: y }, style: { stroke: colour, lineWidth: 1.5 } },
            { type: "line", shape: { x1: lo, y1: y - 3, x2: lo, y2: y + 3 }, style: { stroke: colour, lineWidth: 1.5 } },
            { type: "line", shape: { x1: hi, y1: y - 3, x2: hi, y2: y + 3 }, style: { stroke: colour, lineWidth: 1.5 } },
          ]
        : [];
      return {
        type: "group",
        children: [
          ...whisker,
          { type: "circle", shape: { cx: x, cy: y, r: 4.5 }, style: { fill: colour, stroke: "#fff", lineWidth: 1 } },
          { type: "text", style: { x: hi + 6, y, text: fixed(v, s.decimals ?? d), fill: "#333", fontSize: FONT_SIZE.label, verticalAlign: "middle" } },
        ],
      };
    },
  }));
  const extent = ranges.flatMap((r, i) => (r ? [r.min - maxError(input, i), r.max + maxError(input, i)] : []));
  const { limit, interval } = symmetricScale(Math.max(0, ...extent.map(Math.abs)), 1.25);
  return {
    color: [...PALETTE],
    legend: legend(input.series.map((s) => s.name)),
    grid: { left: 96, right: 48, top: 48, bottom: 48 },
    xAxis: valueAxis(input.unit, { min: -limit, max: limit, interval, nameLocation: "middle", nameGap: 28, axisLine: { show: true, onZero: false } }),
    yAxis: {
      type: "category",
      data: [...input.categories],
      inverse: true,
      axisTick: { show: false },
      axisLabel: { fontSize: FONT_SIZE.axis, color: "#333" },
      axisLine: { show: false },
      splitLine: { show: true, lineStyle: { color: "#f0f0f0" } },
    },
    // Dots first, so that series k takes PALETTE[k] (the range bar has its own grey).
    series: [
      ...dots,
      rangeBar,
      // The zero line: where a share would not change.
      { type: "line", name: "zero", silent: true, symbol: "none", data: [], markLine: { silent: true, symbol: "none", label: { show: false }, lineStyle: { color: "#666", type: "solid", width: 1 }, data: [{ xAxis: 0 }] } },
    ],
  };
}

function maxError(input: RangeDotsInput, i: number): number {
  return Math.max(0, ...input.series.filter((s) => s.values[i] !== undefined).map((s) => s.errors?.[i] ?? 0));
}

/** Render the dot plot to SVG (default 760×400 px). */
export function renderRangeDots(input: RangeDotsInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(rangeDotsOption(input), size);
}
