import type { Lang } from "../types/text.js";
import type { ChartOption } from "./render.js";
import { LABEL_BOX, alignScales, niceScale, pixelY, placeBarLineLabels, type AxisScale } from "./labelLayout.js";
import { FONT_SIZE, LINE_COLOUR, PALETTE, SIZE, categoryAxis, fmt, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/** Input of {@link barLineOption}: bars (levels) on the left axis and a growth line on the right axis. */
export interface BarLineInput {
  /** Category labels on the x axis, e.g. years ["2020", …] or region names. */
  categories: readonly string[];
  bar: { name: string; unit: string; values: readonly (number | undefined)[]; decimals?: number };
  line: { name: string; unit: string; values: readonly (number | undefined)[]; decimals?: number };
  /** Print values above bars / at line points; default true for ≤ 12 categories. */
  showValues?: boolean;
  /** Number format of the value labels (en: thousands grouped); default "zh". */
  lang?: Lang;
}

/** Values for ECharts: missing (undefined or non-finite) becomes "-" (a gap), never 0. */
export function seriesValues(values: readonly (number | undefined)[]): (number | "-")[] {
  return values.map((v) => (v === undefined || !Number.isFinite(v) ? "-" : v));
}

const GRID = { left: 64, right: 64, top: 56, bottom: 40 } as const;

/** Finite values of a series. */
function present(values: readonly (number | undefined)[]): number[] {
  return values.filter((v): v is number => v !== undefined && Number.isFinite(v));
}

/**
 * The two value axes of a bar + line chart: each from zero (or its negative minimum) to a round
 * maximum, with the same number of intervals so their grid lines coincide.
 */
export function barLineScales(input: Pick<BarLineInput, "bar" | "line">): [AxisScale, AxisScale] {
  const range = (vs: number[]): [number, number] => [Math.min(0, ...vs), Math.max(0, ...vs)];
  return alignScales(niceScale(...range(present(input.bar.values))), niceScale(...range(present(input.line.values))));
}

/**
 * ECharts option: bars for a level (e.g. GDP 亿元) with a line for its growth (e.g. 实际增速 %) on a
 * second y axis. Missing values are gaps. Both axes have explicit round bounds, so the labels are
 * placed knowing where each bar top and line point falls (`placeBarLineLabels`): a bar label moves
 * inside its bar, or the line label below its point, where the two would overlap; line labels have a
 * white ground so they stay legible over a bar. Throws RangeError when a value array's length differs
 * from the category count.
 */
export function barLineOption(input: BarLineInput, size: { width: number; height: number } = SIZE.wide): ChartOption {
  const n = input.categories.length;
  if (input.bar.values.length !== n || input.line.values.length !== n) throw new RangeError("barLine: values must have one entry per category");
  const show = input.showValues ?? n <= 12;
  const bd = input.bar.decimals ?? 0;
  const ld = input.line.decimals ?? 1;
  const lang = input.lang ?? "zh";
  const [barScale, lineScale] = barLineScales(input);
  const plot = { top: GRID.top, bottom: size.height - GRID.bottom };
  const y = (v: number | undefined, s: AxisScale) => (v === undefined || !Number.isFinite(v) ? undefined : pixelY(v, s, plot));
  const places = placeBarLineLabels(
    input.categories.map((_, i) => ({ barTop: y(input.bar.values[i], barScale), barBase: y(0, barScale), lineY: y(input.line.values[i], lineScale) })),
  );
  const bars = seriesValues(input.bar.values).map((v, i) =>
    v === "-" || places[i]!.bar === "top" ? v : { value: v, label: { position: "insideTop", color: "#ffffff" } },
  );
  const points = seriesValues(input.line.values).map((v, i) => (v === "-" || places[i]!.line === "top" ? v : { value: v, label: { position: "bottom" } }));
  return {
    color: [PALETTE[0], LINE_COLOUR],
    legend: legend([input.bar.name, input.line.name]),
    grid: { ...GRID },
    xAxis: categoryAxis(input.categories),
    yAxis: [valueAxis(input.bar.unit, { ...barScale }), valueAxis(input.line.unit, { ...lineScale, splitLine: { show: false } })],
    series: [
      {
        type: "bar",
        name: input.bar.name,
        data: bars,
        barMaxWidth: 36,
        label: { show, position: "top", distance: LABEL_BOX.distance, fontSize: FONT_SIZE.label, color: "#333", formatter: (p: { value: number }) => fmt(p.value, bd, lang) },
      },
      {
        type: "line",
        name: input.line.name,
        yAxisIndex: 1,
        data: points,
        symbol: "circle",
        symbolSize: 2 * LABEL_BOX.symbolRadius,
        lineStyle: { width: 2 },
        label: {
          show,
          position: "top",
          distance: LABEL_BOX.distance,
          fontSize: FONT_SIZE.label,
          color: LINE_COLOUR,
          backgroundColor: "#ffffff",
          padding: [0, 2],
          formatter: (p: { value: number }) => fmt(p.value, ld, lang),
        },
      },
    ],
  };
}

/** Render bars + growth line to SVG (default 760×400 px). */
export function renderBarLine(input: BarLineInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(barLineOption(input, size), size);
}
