import type { ChartOption } from "./render.js";
import { symmetricScale } from "./symmetricScale.js";
import { PALETTE, SIZE, legend, renderChart, valueAxis, type ChartSvg } from "./style.js";

/**
 * Input of {@link projectedVsActualOption}: back-test points (projected, actual) in the same unit, one
 * series per method (e.g. per scenario), drawn against the diagonal projected = actual.
 */
export interface ProjectedVsActualInput {
  series: readonly { name: string; points: readonly (readonly [projected: number, actual: number])[] }[];
  /** Axis titles, e.g. "推算变化（个百分点）" and "实际变化（个百分点）". */
  xName: string;
  yName: string;
  /** Legend name of the diagonal (e.g. "推算=实际"). */
  diagonalName: string;
}

/** The symmetric axis both axes share (so the diagonal is at 45°): covers every point with a 10% margin. */
export function axisScale(input: ProjectedVsActualInput): { limit: number; interval: number } {
  return symmetricScale(Math.max(0, ...input.series.flatMap((s) => s.points.flatMap(([p, a]) => [Math.abs(p), Math.abs(a)]))));
}

/**
 * ECharts option: scatter of projected (x) against actual (y) with the diagonal y = x and axes through
 * 0, so a dot on the diagonal was exact and a dot in the quadrants the diagonal crosses had the right
 * sign. Equal, symmetric axis ranges. Colours by series from {@link PALETTE}; the diagonal is grey.
 */
export function projectedVsActualOption(input: ProjectedVsActualInput): ChartOption {
  const { limit: lim, interval } = axisScale(input);
  const axis = (name: string, extra: Record<string, unknown>) =>
    valueAxis(name, { min: -lim, max: lim, interval, nameLocation: "middle", axisLine: { show: true, onZero: true, lineStyle: { color: "#666" } }, ...extra });
  return {
    color: [...PALETTE],
    legend: legend([...input.series.map((s) => s.name), input.diagonalName]),
    grid: { left: 72, right: 32, top: 48, bottom: 56 },
    xAxis: axis(input.xName, { nameGap: 32 }),
    yAxis: axis(input.yName, { nameGap: 48 }),
    series: [
      ...input.series.map((s) => ({ type: "scatter", name: s.name, symbolSize: 8, itemStyle: { opacity: 0.85 }, data: s.points.map(([p, a]) => [p, a]) })),
      {
        type: "line",
        name: input.diagonalName,
        symbol: "none",
        silent: true,
        lineStyle: { color: "#999", type: "dashed", width: 1 },
        itemStyle: { color: "#999" },
        data: [
          [-lim, -lim],
          [lim, lim],
        ],
      },
    ],
  };
}

/** Render the projected-vs-actual scatter to SVG (default 560×420 px, square plot). */
export function renderProjectedVsActual(input: ProjectedVsActualInput, size: { width: number; height: number } = SIZE.square): ChartSvg {
  return renderChart(projectedVsActualOption(input), size);
}
