import type { ChartOption } from "./render.js";
import { seriesValues } from "./barLine.js";
import { PALETTE, SIZE, categoryAxis, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/** Input of {@link stackedAreaOption}: parts that add up to a whole over time (e.g. 三次产业 value added). */
export interface StackedAreaInput {
  categories: readonly string[];
  /** Bottom-to-top stacking order; undefined = missing. */
  series: readonly { name: string; values: readonly (number | undefined)[] }[];
  unit: string;
  /**
   * Show each part as percent of the column total (100 % stacked). Default false. A column with any
   * missing part is missing in every series (a share of an incomplete total would be wrong).
   */
  percent?: boolean;
}

/**
 * Per-column shares in percent of the column sum; a column with any missing/non-finite part, or a
 * zero sum, is undefined in every series. Output: one array per series.
 */
export function columnShares(series: readonly { values: readonly (number | undefined)[] }[], n: number): (number | undefined)[][] {
  const out = series.map(() => new Array<number | undefined>(n).fill(undefined));
  for (let i = 0; i < n; i++) {
    const col = series.map((s) => s.values[i]);
    if (col.some((v) => v === undefined || !Number.isFinite(v))) continue;
    const total = (col as number[]).reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    col.forEach((v, k) => (out[k]![i] = ((v as number) / total) * 100));
  }
  return out;
}

/** ECharts option for a stacked area chart; throws RangeError on a series/category length mismatch. */
export function stackedAreaOption(input: StackedAreaInput): ChartOption {
  const n = input.categories.length;
  for (const s of input.series) if (s.values.length !== n) throw new RangeError(`stackedArea: series "${s.name}" must have one value per category`);
  const values = input.percent ? columnShares(input.series, n) : input.series.map((s) => [...s.values]);
  return {
    color: [...PALETTE],
    legend: legend(input.series.map((s) => s.name)),
    grid: { left: 64, right: 24, top: 56, bottom: 40 },
    xAxis: categoryAxis(input.categories, { boundaryGap: false }),
    yAxis: valueAxis(input.percent ? "%" : input.unit, input.percent ? { max: 100 } : {}),
    series: input.series.map((s, k) => ({
      type: "line",
      name: s.name,
      stack: "total",
      symbol: "none",
      areaStyle: { opacity: 0.85 },
      lineStyle: { width: 1 },
      data: seriesValues(values[k]!),
    })),
  };
}

/** Render a stacked area chart to SVG (default 760×400 px). */
export function renderStackedArea(input: StackedAreaInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(stackedAreaOption(input), size);
}
