import type { ChartOption } from "./render.js";
import { seriesValues } from "./barLine.js";
import { FONT_SIZE, PALETTE, SIZE, categoryAxis, fmt, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/** Input of {@link linesOption}: several series over the same years (or other ordered categories). */
export interface LinesInput {
  /** x-axis labels, e.g. ["2015", …, "2024"]. */
  categories: readonly string[];
  /** One entry per series; `values` has one entry per category, undefined = missing (gap). */
  series: readonly { name: string; values: readonly (number | undefined)[] }[];
  /** Unit shown on the y axis (e.g. "%", "元"). */
  unit: string;
  /** Label the last point of each line with its value; default false. */
  labelLast?: boolean;
  decimals?: number;
  /** y axis minimum: "auto" lets ECharts start above zero (for indices, ratios); default 0-based. */
  yMin?: number | "auto";
}

/**
 * ECharts option for multi-year lines (e.g. 四大板块 growth 2015–2024, the urban–rural income ratio).
 * Colours follow {@link PALETTE} in series order. Throws RangeError when a series length differs from
 * the category count.
 */
export function linesOption(input: LinesInput): ChartOption {
  for (const s of input.series) if (s.values.length !== input.categories.length) throw new RangeError(`lines: series "${s.name}" must have one value per category`);
  const d = input.decimals ?? 1;
  return {
    color: [...PALETTE],
    legend: legend(input.series.map((s) => s.name)),
    grid: { left: 64, right: input.labelLast ? 56 : 24, top: 56, bottom: 40 },
    xAxis: categoryAxis(input.categories, { boundaryGap: false }),
    yAxis: valueAxis(input.unit, input.yMin === "auto" ? { scale: true } : input.yMin !== undefined ? { min: input.yMin } : {}),
    series: input.series.map((s) => {
      const data = seriesValues(s.values);
      const last = [...data].reverse().find((v) => v !== "-");
      // The value at the end of each line, in its colour; labels of lines ending close together are moved apart (shiftY).
      const endLabel = input.labelLast && typeof last === "number" ? { endLabel: { show: true, fontSize: FONT_SIZE.label, color: "inherit", formatter: fmt(last, d) }, labelLayout: { moveOverlap: "shiftY" } } : {};
      return {
        type: "line",
        name: s.name,
        symbol: "circle",
        symbolSize: 5,
        lineStyle: { width: 2 },
        data,
        ...endLabel,
      };
    }),
  };
}

/** Render multi-year lines to SVG (default 760×400 px). */
export function renderLines(input: LinesInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(linesOption(input), size);
}
