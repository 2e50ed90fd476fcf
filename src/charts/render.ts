import * as echarts from "./echarts.js";

/** Font stack used in every chart; the DOCX rasteriser maps it to the bundled Noto Sans SC. */
export const CHART_FONT = "Noto Sans SC, Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif";

/** ECharts option object (kept loose: chart modules build it as plain data). */
export type ChartOption = Record<string, unknown>;

/**
 * Render an ECharts option to a self-contained SVG string with ECharts' server-side renderer
 * (`renderer: "svg", ssr: true`). Animation is switched off and the font fixed, so the same option
 * gives byte-identical SVG (snapshot tests rely on it): ids are renumbered by normaliseSvgIds.
 *
 * Input: a complete option, size in px. Output: `<svg …>…</svg>` markup without XML prolog. Throws
 * Error when the option uses a series type or component not registered in `echarts.ts`.
 */
export function renderSvg(option: ChartOption, width: number, height: number): string {
  echarts.assertRegistered(option);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
    return normaliseSvgIds(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts/zrender name CSS classes and clip-path ids after process-global counters
 * (`zr3-cls-17`, `zr3-c0`), so the second rendering of the same option differs from the first.
 * This renames every such token to `ec-<n>` in order of first appearance: same input → same bytes.
 */
export function normaliseSvgIds(svg: string): string {
  const map = new Map<string, string>();
  return svg.replace(/\bzr\d+-(?:cls-\d+|c\d+)\b/g, (token) => {
    let id = map.get(token);
    if (id === undefined) map.set(token, (id = `ec-${map.size}`));
    return id;
  });
}

