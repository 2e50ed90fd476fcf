import * as echarts from "echarts";

/** Font stack used in every chart; the DOCX rasteriser maps it to the bundled Noto Sans SC. */
export const CHART_FONT = "Noto Sans SC, Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif";

/** ECharts option object (kept loose: chart modules build it as plain data). */
export type ChartOption = Record<string, unknown>;

/**
 * Render an ECharts option to a self-contained SVG string with ECharts' server-side renderer
 * (`renderer: "svg", ssr: true`). Animation is switched off and the font fixed, so the same option
 * gives byte-identical SVG (snapshot tests rely on it).
 *
 * Input: a complete option, size in px. Output: `<svg …>…</svg>` markup without XML prolog.
 */
export function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
