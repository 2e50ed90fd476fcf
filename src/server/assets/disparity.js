// Disparity tab: relative disparity over time, the Theil decomposition by a grouping, and Moran's I
// with the LISA cluster map for a year.
import { downloadLinks, el, fillSelect, fillTable, getJson, lists, selectFromLink, setHash } from "./common.js";
import { ensureMap, renderFigure } from "./charts.js";

const $ = (id) => document.getElementById(id);
let ready = false;
let request = 0;

export async function show(params) {
  if (!ready) {
    fillSelect($("disparity-indicator"), lists.indicators.disparity.map((i) => ({ value: i.id, label: i.name })));
    fillSelect($("disparity-grouping"), lists.groupings.groupings.filter((g) => g.partition).map((g) => ({ value: g.name, label: g.label })));
    $("disparity-indicator").addEventListener("change", () => update(true));
    $("disparity-grouping").addEventListener("change", () => update());
    $("disparity-year").addEventListener("change", () => update());
    ready = true;
  }
  const unknown = [["indicator", "disparity-indicator"], ["grouping", "disparity-grouping"]].map(([key, id]) => selectFromLink($(id), params, key));
  await update(false, params.get("year") ?? undefined);
  return unknown.filter(Boolean);
}

async function update(resetYear = false, year) {
  const params = { indicator: $("disparity-indicator").value, grouping: $("disparity-grouping").value };
  const chosen = year ?? (resetYear ? "" : $("disparity-year").value);
  if (chosen) params.year = chosen;
  const token = ++request;
  await ensureMap();
  const data = await getJson("/api/disparity", params);
  if (token !== request) return;
  fillSelect($("disparity-year"), data.years.map((y) => ({ value: String(y), label: String(y) })), String(data.year ?? ""));
  if (data.year) params.year = String(data.year);
  $("disparity-notes").replaceChildren(...data.notes.map((n) => el("p", {}, n)));
  const byId = new Map(data.charts.map((c) => [c.id, c]));
  const download = { view: "disparity", params };
  await renderFigure($("disparity-relative"), byId.get("relative"), download);
  await renderFigure($("disparity-decomposition"), byId.get("decomposition"), download);
  await renderFigure($("disparity-lisa"), byId.get("lisa"), download, {}, "chart chart-map");
  fillTable($("disparity-table"), data.table.columns, data.table.display, (i) => i > 0);
  $("disparity-moran").textContent = data.moran?.sentence ?? "";
  $("disparity-downloads").replaceWith(el("div", { class: "downloads", id: "disparity-downloads" }, downloadLinks("disparity", params)));
  setHash("disparity", params);
}
