import type { ChartOption } from "./render.js";
import { seriesValues } from "./barLine.js";
import { FONT_SIZE, PALETTE, SIZE, categoryAxis, fmt, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/**
 * Input of {@link stackedBarsOption}: parts of a whole per category, e.g. the three-industry structure
 * (第一、二、三产业, % of value added) by year. Values are drawn as given (pass shares for a 100 % bar).
 */
export interface StackedBarsInput {
  categories: readonly string[];
  /** Bottom-to-top stacking order; undefined = missing (no segment). */
  series: readonly { name: string; values: readonly (number | undefined)[] }[];
  unit: string;
  decimals?: number;
  /** Largest value of the axis (100 for shares); default: ECharts' choice. */
  max?: number;
  /** Segments smaller than this (in the unit) get no label (a label would not fit); default 3. */
  minLabelled?: number;
}

/**
 * ECharts option for stacked columns with each segment's value printed inside it (white on the
 * segment colour; segments below `minLabelled` unlabelled). Throws RangeError on a series/category
 * length mismatch.
 */
export function stackedBarsOption(input: StackedBarsInput): ChartOption {
  const n = input.categories.length;
  for (const s of input.series) if (s.values.length !== n) throw new RangeError(`stackedBars: series "${s.name}" must have one value per category`);
  const d = input.decimals ?? 1;
  const min = input.minLabelled ?? 3;
  return {
    color: [...PALETTE],
    legend: legend(input.series.map((s) => s.name)),
    grid: { left: 64, right: 24, top: 56, bottom: 40 },
    xAxis: categoryAxis(input.categories),
    yAxis: valueAxis(input.unit, input.max !== undefined ? { max: input.max } : {}),
    series: input.series.map((s) => ({
      type: "bar",
      name: s.name,
      stack: "total",
      barMaxWidth: 48,
      data: seriesValues(s.values),
      label: {
        show: true,
        position: "inside",
        fontSize: FONT_SIZE.label,
        color: "#fff",
        formatter: (p: { value: number }) => (Number.isFinite(p.value) && p.value >= min ? fmt(p.value, d) : ""),
      },
    })),
  };
}

/** Render stacked columns to SVG (default 760×400 px). */
export function renderStackedBars(input: StackedBarsInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(stackedBarsOption(input), size);
}
