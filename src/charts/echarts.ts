/**
 * ECharts with only the parts regecon's charts use (bar, line, pie and map series; grid, legend,
 * title, piecewise visual map and mark lines; the SVG renderer), registered once: loading the whole
 * `echarts` package costs several hundred ms of module loading per process, these parts a fraction
 * of it. Output is the same SVG as with the full package (the chart snapshot tests compare bytes).
 * A chart that needs another series type or component must add it here.
 */
import { use } from "echarts/core";
import { BarChart, LineChart, MapChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, VisualMapPiecewiseComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

use([BarChart, LineChart, PieChart, MapChart, GridComponent, LegendComponent, TitleComponent, VisualMapPiecewiseComponent, MarkLineComponent, SVGRenderer]);

export * from "echarts/core";
