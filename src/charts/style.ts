import { grouped } from "../messages/format.js";
import type { Lang } from "../types/text.js";
import { renderSvg, type ChartOption } from "./render.js";

/**
 * Fixed series colours, in order of use (first series = first colour). Chosen to stay distinct in
 * print and for common colour-vision deficiencies; never depends on data, so the same series keeps
 * its colour across figures.
 */
export const PALETTE = ["#2f5597", "#c55a11", "#548235", "#bf9000", "#7030a0", "#2e75b6", "#a5a5a5", "#843c0c"] as const;

/** Colour of the growth line drawn on a second axis (bar + line charts). */
export const LINE_COLOUR = "#c00000";

/** Sequential classes for choropleth maps (light → dark blue), up to 7 classes. */
export const SEQUENTIAL = ["#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c"] as const;

/** Fill for regions without a value ("无数据"). */
export const NO_DATA_COLOUR = "#e7e6e6";

/** Font sizes in px (SVG units) for a chart ~700 px wide, readable when scaled to a 16 cm Word column. */
export const FONT_SIZE = { axis: 12, label: 11, legend: 12, axisName: 12, mapLabel: 12 } as const;

/** A rendered chart: self-contained SVG markup and its size in px (feeds FigureBlock.svg/width/height). */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/** Default figure sizes in px. */
export const SIZE = {
  wide: { width: 760, height: 400 },
  tall: { width: 760, height: 620 },
  square: { width: 560, height: 420 },
  map: { width: 600, height: 480 },
} as const;

/**
 * Render an option at a size and return the SVG with its size (deterministic: see renderSvg).
 */
export function renderChart(option: ChartOption, size: { width: number; height: number }): ChartSvg {
  return { svg: renderSvg(option, size.width, size.height), width: size.width, height: size.height };
}

/** Category axis styling shared by the bar/line charts. */
export function categoryAxis(categories: readonly string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "category",
    data: [...categories],
    axisTick: { alignWithLabel: true },
    axisLabel: { fontSize: FONT_SIZE.axis, color: "#333" },
    axisLine: { lineStyle: { color: "#666" } },
    ...extra,
  };
}

/** Value axis styling; `name` is the unit label shown at the axis end (e.g. "亿元", "%"). */
export function valueAxis(name: string | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "value",
    name: name ?? "",
    nameTextStyle: { fontSize: FONT_SIZE.axisName, color: "#333" },
    axisLabel: { fontSize: FONT_SIZE.axis, color: "#333" },
    splitLine: { lineStyle: { color: "#e5e5e5" } },
    ...extra,
  };
}

/** Legend at the top centre. */
export function legend(names: readonly string[]): Record<string, unknown> {
  return { top: 4, left: "center", data: [...names], textStyle: { fontSize: FONT_SIZE.legend, color: "#333" }, itemWidth: 18, itemHeight: 10 };
}

/**
 * Format a number for a data label with a fixed number of decimals, half-up on the decimal value as
 * everywhere else in regecon (messages/format.ts `grouped`; `toFixed` can differ in the last digit):
 * English groups thousands as the value axes do ("700,858"), Chinese prints the figure as its tables
 * and prose do ("700858"). No locale lookup, so the SVG is the same on every machine. Non-finite → "".
 */
export function fmt(value: number, decimals: number, lang: Lang = "zh"): string {
  return Number.isFinite(value) ? grouped(value, decimals, lang) : "";
}
