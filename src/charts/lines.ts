import type { Lang } from "../types/text.js";
import type { ChartOption } from "./render.js";
import { seriesValues } from "./barLine.js";
import { LABEL_BOX, dodge, niceScale, pixelY, type AxisScale } from "./labelLayout.js";
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
  /** Number format of the end labels (en: thousands grouped); default "zh". */
  lang?: Lang;
}

const GRID = { left: 64, top: 56, bottom: 40 } as const;

/**
 * The value axis of a lines chart, with round bounds: from 0 (default), from `yMin` (rounded down to
 * a tick when it is not one), or around the data (`"auto"`, for indices and ratios). Missing values
 * are ignored; no value at all gives 0 … 1.
 */
export function linesScale(input: Pick<LinesInput, "series" | "yMin">): AxisScale {
  const vs = input.series.flatMap((s) => s.values).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (vs.length === 0) return { min: 0, max: 1, interval: 0.2 };
  const lo = Math.min(...vs);
  const hi = Math.max(...vs);
  if (input.yMin === "auto") return niceScale(lo, hi);
  const floor = input.yMin ?? 0;
  return niceScale(Math.min(floor, lo), Math.max(floor, hi));
}

/**
 * ECharts option for multi-year lines (e.g. 四大板块 growth 2015–2024, the urban–rural income ratio).
 * Colours follow {@link PALETTE} in series order. With `labelLast`, each line's last value is printed
 * at its right end in the line's colour; end labels that would overprint are moved apart vertically
 * (`dodge`, at least one label height apart), which the explicit axis bounds make computable. Throws
 * RangeError when a series length differs from the category count.
 */
export function linesOption(input: LinesInput, size: { width: number; height: number } = SIZE.wide): ChartOption {
  for (const s of input.series) if (s.values.length !== input.categories.length) throw new RangeError(`lines: series "${s.name}" must have one value per category`);
  const d = input.decimals ?? 1;
  const lang = input.lang ?? "zh";
  const scale = linesScale(input);
  const plot = { top: GRID.top, bottom: size.height - GRID.bottom };
  const data = input.series.map((s) => seriesValues(s.values));
  const lastIndex = data.map((vs) => vs.reduce<number>((last, v, i) => (v === "-" ? last : i), -1));
  const wanted = data.map((vs, k) => (lastIndex[k]! < 0 ? undefined : pixelY(vs[lastIndex[k]!] as number, scale, plot)));
  const placed = input.labelLast ? dodge(wanted, LABEL_BOX.height + 1, plot.top, plot.bottom) : wanted;
  return {
    color: [...PALETTE],
    legend: legend(input.series.map((s) => s.name)),
    grid: { ...GRID, right: input.labelLast ? 56 : 24 },
    xAxis: categoryAxis(input.categories, { boundaryGap: false }),
    yAxis: valueAxis(input.unit, { ...scale }),
    series: input.series.map((s, k) => ({
      type: "line",
      name: s.name,
      symbol: "circle",
      symbolSize: 5,
      lineStyle: { width: 2 },
      data: data[k]!.map((v, i) =>
        input.labelLast && i === lastIndex[k] && v !== "-"
          ? {
              value: v,
              label: {
                show: true,
                position: "right",
                offset: [0, Math.round((placed[k]! - wanted[k]!) * 10) / 10],
                fontSize: FONT_SIZE.label,
                color: PALETTE[k % PALETTE.length],
                formatter: fmt(v, d, lang),
              },
            }
          : v,
      ),
    })),
  };
}

/** Render multi-year lines to SVG (default 760×400 px). */
export function renderLines(input: LinesInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(linesOption(input, size), size);
}
