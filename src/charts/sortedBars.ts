import type { Lang } from "../types/text.js";
import type { ChartOption } from "./render.js";
import { seriesValues } from "./barLine.js";
import { FONT_SIZE, LINE_COLOUR, PALETTE, SIZE, categoryAxis, fmt, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/** One province (or other region) with its bar value and optional line value (e.g. growth %). */
export interface SortedBarItem {
  name: string;
  value: number | undefined;
  lineValue?: number | undefined;
}

/** Input of {@link sortedBarsOption}. */
export interface SortedBarsInput {
  items: readonly SortedBarItem[];
  bar: { name: string; unit: string; decimals?: number };
  /** A second series drawn as points/line on a right axis (e.g. 实际增速 %). */
  line?: { name: string; unit: string; decimals?: number };
  /** "desc" (default, largest left) or "asc". */
  order?: "desc" | "asc";
  /** Horizontal reference line, e.g. { name: "全国", value: 5.0 } on the bar axis. */
  reference?: { name: string; value: number };
  /** Print the bar values; default false (31 labels crowd). */
  showValues?: boolean;
  /** Number format of the value labels (en: thousands grouped); default "zh". */
  lang?: Lang;
}

/**
 * Items sorted by bar value (desc by default); ties keep input order (stable sort); items with a
 * missing value go last, in input order, so they are visible as gaps rather than silently dropped.
 */
export function sortBarItems(items: readonly SortedBarItem[], order: "desc" | "asc" = "desc"): SortedBarItem[] {
  const present = items.filter((i) => i.value !== undefined && Number.isFinite(i.value));
  const missing = items.filter((i) => !(i.value !== undefined && Number.isFinite(i.value)));
  const sign = order === "desc" ? -1 : 1;
  return [...present.sort((a, b) => sign * (a.value! - b.value!)), ...missing];
}

/** Axis label for a category: short CJK names (≤ 4 chars) are stacked vertically (内\n蒙\n古). */
export function stackedLabel(name: string): string {
  return /^[\u4e00-\u9fff]{1,4}$/.test(name) ? [...name].join("\n") : name;
}

/**
 * ECharts option for provincial bars sorted by value, optionally with a line series on a second
 * axis. Missing values sort last and show no bar.
 */
export function sortedBarsOption(input: SortedBarsInput): ChartOption {
  const items = sortBarItems(input.items, input.order);
  const names = items.map((i) => i.name);
  const cjk = names.every((n) => /^[\u4e00-\u9fff]{1,4}$/.test(n));
  const bd = input.bar.decimals ?? 0;
  const series: Record<string, unknown>[] = [
    {
      type: "bar",
      name: input.bar.name,
      data: seriesValues(items.map((i) => i.value)),
      barMaxWidth: 18,
      label: { show: input.showValues ?? false, position: "top", fontSize: FONT_SIZE.label - 1, color: "#333", formatter: (p: { value: number }) => fmt(p.value, bd, input.lang) },
      ...(input.reference
        ? {
            markLine: {
              symbol: "none",
              silent: true,
              lineStyle: { type: "dashed", color: "#555" },
              label: { formatter: `${input.reference.name} ${fmt(input.reference.value, bd, input.lang)}`, fontSize: FONT_SIZE.label, position: "insideEndTop" },
              data: [{ yAxis: input.reference.value }],
            },
          }
        : {}),
    },
  ];
  const yAxis = [valueAxis(input.bar.unit)];
  if (input.line) {
    const ld = input.line.decimals ?? 1;
    yAxis.push(valueAxis(input.line.unit, { splitLine: { show: false } }));
    series.push({
      type: "line",
      name: input.line.name,
      yAxisIndex: 1,
      data: seriesValues(items.map((i) => i.lineValue)),
      symbol: "circle",
      symbolSize: 6,
      lineStyle: { width: 0 },
      label: { show: false, formatter: (p: { value: number }) => fmt(p.value, ld, input.lang) },
    });
  }
  return {
    color: [PALETTE[0], LINE_COLOUR],
    legend: legend(input.line ? [input.bar.name, input.line.name] : [input.bar.name]),
    grid: { left: 64, right: input.line ? 56 : 24, top: 56, bottom: cjk ? 64 : 80 },
    xAxis: categoryAxis(names, {
      axisLabel: cjk
        ? { fontSize: FONT_SIZE.axis, color: "#333", interval: 0, lineHeight: 13, formatter: (v: string) => stackedLabel(v) }
        : { fontSize: FONT_SIZE.axis - 1, color: "#333", interval: 0, rotate: 45 },
    }),
    yAxis,
    series,
  };
}

/** Render sorted provincial bars to SVG (default 760×400 px). */
export function renderSortedBars(input: SortedBarsInput, size: { width: number; height: number } = SIZE.wide): ChartSvg {
  return renderChart(sortedBarsOption(input), size);
}
