// Map tab: a choropleth of one indicator in one year (option built on the server by the report's
// choropleth builder), a year slider with play, tooltips with value, unit, rank and vintage, and the
// ranking table with ties.
import { el, fillSelect, getJson, lists, selectFromLink, setHash, words } from "./common.js";
import { ensureMap, renderFigure } from "./charts.js";

const $ = (id) => document.getElementById(id);
let indicators;
let years = [];
let request = 0;
let timer;

/** Show the tab with the state of the hash (indicator, year); returns the parts of it the tab does not have. */
export async function show(params) {
  if (!indicators) {
    indicators = lists.indicators.indicators;
    fillSelect($("map-indicator"), indicators.map((i) => ({ value: i.id, label: i.label })));
    $("map-indicator").addEventListener("change", () => update());
    $("map-year").addEventListener("input", () => update(years[Number($("map-year").value)]));
    $("map-play").addEventListener("click", togglePlay);
  }
  const unknown = [selectFromLink($("map-indicator"), params, "indicator")];
  const year = Number(params.get("year")) || undefined;
  await Promise.all([ensureMap(), update(year)]);
  const wantedYear = params.get("year");
  const shownYear = $("map-year-label").textContent;
  if (wantedYear && wantedYear !== shownYear) unknown.push({ key: "year", value: wantedYear, shown: shownYear });
  return unknown.filter(Boolean);
}

/** Leaving the tab stops playing, and a map still loading no longer writes its state into the address. */
export function hide() {
  stopPlay();
  request++;
}

/** Draw the map of the selected indicator in `year` (default: the slider's year, else the latest). */
async function update(year) {
  const indicator = indicators.find((i) => i.id === $("map-indicator").value) ?? indicators[0];
  years = indicator.years;
  const slider = $("map-year");
  slider.min = "0";
  slider.max = String(years.length - 1);
  const current = year ?? years[Number(slider.value)];
  const index = years.includes(current) ? years.indexOf(current) : years.length - 1;
  slider.value = String(index);
  slider.disabled = years.length < 2;
  $("map-year-label").textContent = String(years[index]);
  const token = ++request;
  const data = await getJson("/api/map", { indicator: indicator.id, year: years[index] });
  if (token !== request) return;
  await ensureMap();
  const byFeature = new Map(data.provinces.map((p) => [p.feature, p]));
  await renderFigure($("map-figure"), data.chart, { view: "map", params: { indicator: indicator.id, year: data.year } }, { tooltip: tooltip(byFeature) }, "chart chart-map");
  renderRanking(data);
  if (token !== request) return;
  setHash("map", { indicator: indicator.id, year: data.year });
}

function tooltip(byFeature) {
  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  return {
    trigger: "item",
    formatter: (p) => {
      const prov = byFeature.get(p.name);
      if (!prov) return "";
      const [title, ...lines] = prov.tooltip.map(escape);
      return `<div class="tooltip-title">${title}</div>${lines.join("<br>")}`;
    },
  };
}

function renderRanking(data) {
  $("map-ranking-year").textContent = String(data.year);
  $("map-ranking").querySelectorAll("thead th").forEach((th, i) => (th.textContent = data.rankingColumns[i]));
  const rows = data.ranking.map((p) =>
    el(
      "tr",
      { class: p.otherYear ? "other-year" : p.value === undefined ? "missing" : undefined, "data-code": p.code },
      el("td", {}, p.rankText),
      el("td", {}, p.name),
      el("td", { class: "num" }, p.otherYear ? `${p.shown} (${p.otherYear})` : p.shown),
    ),
  );
  $("map-ranking").querySelector("tbody").replaceChildren(...rows);
}

function stopPlay() {
  if (timer === undefined) return;
  clearInterval(timer);
  timer = undefined;
  $("map-play").textContent = words.play;
}

function togglePlay() {
  if (timer !== undefined) {
    stopPlay();
    return;
  }
  const slider = $("map-year");
  if (Number(slider.value) >= years.length - 1) slider.value = "0";
  $("map-play").textContent = words.pause;
  const step = async () => {
    await update(years[Number(slider.value)]);
    if (timer === undefined) return;
    if (Number(slider.value) >= years.length - 1) stopPlay();
    else slider.value = String(Number(slider.value) + 1);
  };
  timer = setInterval(step, 1200);
  step();
}
