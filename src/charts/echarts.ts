/**
 * ECharts with only the parts regecon's charts use (bar, line, pie, map, scatter and custom series;
 * grid, legend, title, piecewise visual map and mark lines; the SVG renderer), registered once:
 * loading the whole `echarts` package costs several hundred ms of module loading per process, these
 * parts a fraction of it. Output is the same SVG as with the full package (the chart snapshot tests
 * compare bytes). A chart that needs another series type or component adds it here and to the lists
 * below; `assertRegistered` refuses an option using anything else, since ECharts would silently leave
 * an unregistered component out of the picture.
 */
import { use } from "echarts/core";
import { BarChart, CustomChart, LineChart, MapChart, PieChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, VisualMapPiecewiseComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

use([BarChart, LineChart, PieChart, MapChart, ScatterChart, CustomChart, GridComponent, LegendComponent, TitleComponent, VisualMapPiecewiseComponent, MarkLineComponent, SVGRenderer]);

export * from "echarts/core";

/** Series types registered above. */
const SERIES_TYPES = new Set(["bar", "line", "pie", "map", "scatter", "custom"]);
/** Top-level option keys that registered components (or ECharts itself) read. */
const OPTION_KEYS = new Set(["series", "grid", "xAxis", "yAxis", "legend", "title", "visualMap", "textStyle", "animation", "color", "backgroundColor"]);
/** Series-level components that need registering; only mark lines are. */
const SERIES_COMPONENTS = { markLine: true, markPoint: false, markArea: false } as const;

/**
 * Throw Error naming the series type or component an option uses that is not registered above (a
 * programming error: register it in src/charts/echarts.ts).
 */
export function assertRegistered(option: Record<string, unknown>): void {
  const unknown = (what: string) => new Error(`ECharts ${what} is not registered in src/charts/echarts.ts`);
  for (const key of Object.keys(option)) if (!OPTION_KEYS.has(key)) throw unknown(`option "${key}"`);
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  for (const s of series as Record<string, unknown>[]) {
    if (!SERIES_TYPES.has(String(s.type))) throw unknown(`series type "${String(s.type)}"`);
    for (const [component, registered] of Object.entries(SERIES_COMPONENTS)) if (s[component] !== undefined && !registered) throw unknown(`series component "${component}"`);
  }
  const visualMaps = option.visualMap === undefined ? [] : Array.isArray(option.visualMap) ? option.visualMap : [option.visualMap];
  for (const v of visualMaps as Record<string, unknown>[]) if (v.type !== "piecewise") throw unknown(`visualMap type "${String(v.type)}"`);
}
