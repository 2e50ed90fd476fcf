// Province-profile tab: one province over time (GDP and growth, structure, per-capita GDP, income,
// fiscal self-financing, each with its national rank) and its place in its region.
import { downloadLinks, el, fillSelect, fillTable, getJson, lists, selectFromLink, setHash } from "./common.js";
import { renderFigure } from "./charts.js";

const $ = (id) => document.getElementById(id);
let ready = false;
let request = 0;

export async function show(params) {
  if (!ready) {
    fillSelect($("profile-region"), lists.regions.regions.map((r) => ({ value: r.code, label: r.name })));
    $("profile-region").addEventListener("change", () => update());
    ready = true;
  }
  const unknown = selectFromLink($("profile-region"), params, "region");
  await update();
  return unknown ? [unknown] : [];
}

async function update() {
  const region = $("profile-region").value;
  const token = ++request;
  const data = await getJson("/api/profile", { region });
  if (token !== request) return;
  $("profile-summary").textContent = data.summary ?? "";
  const byId = new Map(data.charts.map((c) => [c.id, c]));
  await renderFigure($("profile-gdp"), byId.get("gdp"), { view: "profile", params: { region } });
  await renderFigure($("profile-structure"), byId.get("structure"), { view: "profile", params: { region } });
  fillTable($("profile-table"), data.table.columns, data.table.display, (i) => i > 0);
  $("profile-notes").replaceChildren(...data.notes.map((n) => el("p", {}, n)));
  $("profile-downloads").replaceWith(el("div", { class: "downloads", id: "profile-downloads" }, downloadLinks("profile", { region })));
  setHash("profile", { region });
}
