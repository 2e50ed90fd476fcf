// Charts of the page: ECharts (served by regecon from its npm package) draws the options the server
// built with the report's own option builders; the page adds only interaction (tooltips).
import { config, downloadLinks, el, getJson } from "./common.js";

/**
 * ECharts (1.1 MB) is imported without blocking the page's modules: the tabs ask for their data while
 * it loads (the page preloads it), and drawing waits for it.
 */
const echartsModule = import("/vendor/echarts.js");

/** Chart instances by element id (tests read them to find where a province is drawn). */
export const charts = new Map();
window.regeconCharts = charts;

let mapRegistered;

/** Register the boundaries the server's map options name (once). */
export function ensureMap() {
  mapRegistered ??= Promise.all([getJson("/api/boundaries"), echartsModule]).then(([b, echarts]) => echarts.registerMap(b.mapName, b.geoJson));
  return mapRegistered;
}

/**
 * Charts never wait for a font: they are drawn at once with the fonts at hand. ECharts measures text
 * when it lays a chart out and keeps the widths per font string, so when a font arrives later (the
 * fallback Chinese font) every chart is drawn again under a new, equivalent font string (a repeated
 * generic family at its end changes nothing on screen): measured afresh, legends and labels do not overlap.
 */
let fontFamily = config.font;
/** What each chart was last drawn with, to draw it again. */
const drawn = new Map();

/**
 * Charts in a hidden tab (0 px wide) are left alone: ECharts cannot lay a map out in no space, and the
 * tab draws its charts again when it is shown.
 */
const shown = (chart) => chart.getDom().offsetWidth > 0;

document.fonts.addEventListener("loadingdone", () => {
  fontFamily = `${fontFamily}, sans-serif`;
  for (const [id, { option, extra }] of drawn) if (shown(charts.get(id))) setOption(charts.get(id), option, extra);
});

function setOption(chart, option, extra) {
  const fitted = narrow(chart) ? fitNarrowMap(option, chart.getWidth()) : option;
  chart.setOption({ animation: false, textStyle: { fontFamily }, ...fitted, ...extra }, { notMerge: true });
}

/** Below this width (px) a map is laid out for a phone: the whole map above its legend, the legend title wrapped. */
const NARROW = 640;
const narrow = (chart) => chart.getWidth() < NARROW;

/**
 * A map option (the report's choropleth, laid out for a wide figure) fitted to a narrow one: the map
 * within the width in the upper part, the legend below it, a long legend title broken into lines.
 */
function fitNarrowMap(option, width) {
  if (!option.series?.some((s) => s.type === "map")) return option;
  return {
    ...option,
    title: option.title && { ...option.title, textStyle: { ...option.title.textStyle, width: width - 32, overflow: "break" } },
    series: option.series.map((s) => (s.type === "map" ? { ...s, layoutCenter: ["50%", "33%"], layoutSize: "96%" } : s)),
  };
}

/** Draw `option` in `node` (SVG renderer, no animation, the report's chart font), merging `extra` (e.g. a tooltip). */
export async function draw(node, option, extra = {}) {
  const echarts = await echartsModule;
  let chart = echarts.getInstanceByDom(node);
  if (!chart) {
    chart = echarts.init(node, null, { renderer: "svg" });
    charts.set(node.id, chart);
  } else if (chart.getWidth() !== node.clientWidth || chart.getHeight() !== node.clientHeight) chart.resize(); // resized while its tab was hidden
  drawn.set(node.id, { option, extra });
  setOption(chart, option, extra);
  return chart;
}

// A chart resized across the narrow width is laid out again.
window.addEventListener("resize", () => {
  for (const [id, chart] of charts) {
    if (!shown(chart)) continue;
    const before = narrow(chart);
    chart.resize();
    const d = drawn.get(id);
    if (d && narrow(chart) !== before) setOption(chart, d.option, d.extra);
  }
});

/**
 * Render a chart of a view into a <figure>: caption, chart, notes, source line and download links.
 * `chart` is {id, title, option, notes, source} from the API (undefined empties the figure);
 * `download` is {view, params}; `extra` is merged into the option.
 */
export function renderFigure(figure, chart, download, extra = {}, chartClass = "chart") {
  const id = `${figure.id}-chart`;
  if (!chart) {
    charts.get(id)?.dispose();
    charts.delete(id);
    drawn.delete(id);
    figure.replaceChildren();
    return undefined;
  }
  if (!figure.firstChild) {
    figure.append(el("figcaption"), el("div", { class: chartClass, id }), el("div", { class: "notes" }), el("p", { class: "source" }), el("div", { class: "downloads-slot" }));
  }
  figure.querySelector("figcaption").textContent = chart.title;
  figure.querySelector(".notes").replaceChildren(...chart.notes.map((n) => el("p", {}, n)));
  figure.querySelector(".source").textContent = chart.source;
  figure.querySelector(".downloads-slot").replaceChildren(...(download ? [downloadLinks(download.view, download.params, [chart.id])] : []));
  return draw(document.getElementById(id), chart.option, extra);
}
