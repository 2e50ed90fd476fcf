// Charts of the page: ECharts (served by regecon from its npm package) draws the options the server
// built with the report's own option builders; the page adds only interaction (tooltips).
import * as echarts from "/vendor/echarts.js";
import { config, downloadLinks, el, getJson } from "./common.js";

/** Chart instances by element id (tests read them to find where a province is drawn). */
export const charts = new Map();
window.regeconCharts = charts;

let mapRegistered;

/** Register the boundaries the server's map options name (once). */
export function ensureMap() {
  mapRegistered ??= getJson("/api/boundaries").then((b) => echarts.registerMap(b.mapName, b.geoJson));
  return mapRegistered;
}

/**
 * Charts are first drawn once the page's fonts are ready: ECharts measures text when it lays out a
 * chart, so a font arriving later (the fallback Chinese font) would leave legends overlapping.
 */
const fontsReady = document.fonts.load(`12px ${config.font}`, "\u4e2d").catch(() => undefined);

/** Draw `option` in `node` (SVG renderer, no animation, the report's chart font), merging `extra` (e.g. a tooltip). */
export async function draw(node, option, extra = {}) {
  await fontsReady;
  let chart = echarts.getInstanceByDom(node);
  if (!chart) {
    chart = echarts.init(node, null, { renderer: "svg" });
    charts.set(node.id, chart);
  }
  chart.setOption({ animation: false, textStyle: { fontFamily: config.font }, ...option, ...extra }, { notMerge: true });
  return chart;
}

window.addEventListener("resize", () => charts.forEach((c) => c.resize()));

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
