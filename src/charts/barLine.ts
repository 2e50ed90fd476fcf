import type { ChartOption } from "./render.js";
import { FONT_SIZE, LINE_COLOUR, PALETTE, SIZE, categoryAxis, fmt, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/** Input of {@link barLineOption}: bars (levels) on the left axis and a growth line on the right axis. */
export interface BarLineInput {
  /** Category labels on the x axis, e.g. years ["2020", …] or region names. */
  categories: readonly string[];
  bar: { name: string; unit: string; values: readonly (number | undefined)[]; decimals?: number };
  line: { name: string; unit: string; values: readonly (number | undefined)[]; decimals?: number };
  /** Print values above bars / at line points; default true for ≤ 12 categories. */
  showValues?: boolean;
}

/** Values for ECharts: missing (undefined or non-finite) becomes "-" (a gap), never 0. */
export function seriesValues(values: readonly (number | undefined)[]): (number | "-")[] {
  return values.map((v) => (v === undefined || !Number.isFinite(v) ? "-" : v));
}

/**
 * ECharts option: bars for a level (e.g. GDP 亿元) with a line for its growth (e.g. 实际增速 %) on a
 * second y axis. Missing values are gaps. Throws RangeError when a value array's length differs from
 * the category count.
 */
export function barLineOption(input: BarLineInput): ChartOption {
  const n = input.categories.length;
  if (input.bar.values.length !== n || input.line.values.length !== n) throw new RangeError("barLine: values must have one entry per category");
  const show = input.showValues ?? n <= 12;
  const bd = input.bar.decimals ?? 0;
  const ld = input.line.decimals ?? 1;
  return {
    color: [PALETTE[0], LINE_COLOUR],
    legend: legend([input.bar.name, input.line.name]),
    grid: { left: 64, right: 64, top: 56, bottom: 40 },
    xAxis: categoryAxis(input.categories),
    yAxis: [valueAxis(input.bar.unit), valueAxis(input.line.unit, { splitLine: { show: false } })],
    series: [
      {
        type: "bar",
        name: input.bar.name,
        data: seriesValues(input.bar.values),
        barMaxWidth: 36,
        label: { show, position: "top", fontSize: FONT_SIZE.label, color: "#333", formatter: (p: { value: number }) => fmt(p.value, bd) },
      },
      {
        type: "line",
        name: input.line.name,
        yAxisIndex: 1,
        data: seriesValues(input.line.values),
        symbol: "circle",
        symbolSize: 6,
        lineStyle: { width: 2 },
        label: { show, position: "top", fontSize: FONT_SIZE.label, color: LINE_COLOUR, formatter: (p: { value: number }) => fmt(p.value, ld) },
      },
    ],
  };
}

/** Render bars + growth line to SVG (default 760×400 px). */
export function renderBarLine(input: BarLineInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(barLineOption(input), size);
}
