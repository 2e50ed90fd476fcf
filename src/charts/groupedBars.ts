import type { Lang } from "../types/text.js";
import type { ChartOption } from "./render.js";
import { seriesValues } from "./barLine.js";
import { FONT_SIZE, PALETTE, SIZE, categoryAxis, fmt, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/**
 * Input of {@link groupedBarsOption}: for each category (e.g. region 东部/中部/西部/东北) one bar per
 * series (e.g. years 2023, 2024, or indicators on the same unit).
 */
export interface GroupedBarsInput {
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | undefined)[] }[];
  unit: string;
  decimals?: number;
  /** Print values above bars; default true when categories × series ≤ 24. */
  showValues?: boolean;
  /** Number format of the value labels (en: thousands grouped); default "zh". */
  lang?: Lang;
}

/** ECharts option for grouped bars; colours by series from {@link PALETTE}; missing = no bar. */
export function groupedBarsOption(input: GroupedBarsInput): ChartOption {
  const n = input.categories.length;
  for (const s of input.series) if (s.values.length !== n) throw new RangeError(`groupedBars: series "${s.name}" must have one value per category`);
  const show = input.showValues ?? n * input.series.length <= 24;
  const d = input.decimals ?? 1;
  return {
    color: [...PALETTE],
    legend: legend(input.series.map((s) => s.name)),
    grid: { left: 64, right: 24, top: 56, bottom: 40 },
    xAxis: categoryAxis(input.categories),
    yAxis: valueAxis(input.unit),
    series: input.series.map((s) => ({
      type: "bar",
      name: s.name,
      barMaxWidth: 28,
      data: seriesValues(s.values),
      label: { show, position: "top", fontSize: FONT_SIZE.label, color: "#333", formatter: (p: { value: number }) => fmt(p.value, d, input.lang) },
    })),
  };
}

/** Render grouped bars to SVG (default 760×400 px). */
export function renderGroupedBars(input: GroupedBarsInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(groupedBarsOption(input), size);
}
