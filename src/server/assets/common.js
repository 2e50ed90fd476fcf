// Shared helpers of the dashboard page: configuration and words (from the server's catalogue), JSON
// requests in the page's language, small DOM builders, tables and download links. The page prints no
// words of its own: every text comes from config.words or from the API.

export const config = JSON.parse(document.getElementById("config").textContent);
export const words = config.words;
export const lang = config.lang;
/** Indicators, regions and groupings to choose from (the same as /api/indicators, /api/regions, /api/groupings). */
export const lists = config.lists;

const errorBox = () => document.getElementById("error");

/** GET a JSON endpoint with `params` and the page language; on an API error show its message and hint, then throw. */
export async function getJson(path, params = {}) {
  const query = new URLSearchParams({ ...params, lang });
  const response = await fetch(`${path}?${query}`);
  const body = await response.json();
  if (!response.ok) {
    const e = body.error ?? {};
    showError(`${e.message ?? response.status}${e.hint ? ` ${e.hint}` : ""}`);
    throw new Error(e.message ?? String(response.status));
  }
  errorBox().hidden = true;
  return body;
}

export function showError(message) {
  const box = errorBox();
  box.textContent = `${words.errorPrefix}${message}`;
  box.hidden = false;
}

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) if (c !== undefined && c !== null) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** Fill a <select> with options [{value, label}] and select `selected` (or keep the first). */
export function fillSelect(select, options, selected) {
  select.replaceChildren(...options.map((o) => el("option", { value: o.value }, o.label)));
  if (selected !== undefined && options.some((o) => o.value === selected)) select.value = selected;
}

/** Fill a <table> with a header row and rows of cell texts; `numeric(i)` right-aligns column i. */
export function fillTable(table, columns, rows, numeric = () => false) {
  const head = el("thead", {}, el("tr", {}, columns.map((c, i) => el("th", { class: numeric(i) ? "num" : undefined }, c))));
  const body = el("tbody", {}, rows.map((r) => el("tr", {}, r.map((c, i) => el("td", { class: numeric(i) ? "num" : undefined }, c)))));
  table.replaceChildren(head, body);
}

/** Links to the downloads of a view: data as shown and full series (CSV, XLSX), and the charts (SVG, PNG). */
export function downloadLinks(view, params, charts = []) {
  const url = (path, extra) => `${path}?${new URLSearchParams({ view, ...params, ...extra, lang })}`;
  const link = (href, text) => el("a", { href, download: "" }, text);
  return el(
    "div",
    { class: "downloads" },
    el("span", {}, words.downloads),
    link(url("/api/download", { scope: "shown", format: "csv" }), `${words.dataAsShown} CSV`),
    link(url("/api/download", { scope: "shown", format: "xlsx" }), `${words.dataAsShown} XLSX`),
    link(url("/api/download", { scope: "full", format: "csv" }), `${words.fullSeries} CSV`),
    link(url("/api/download", { scope: "full", format: "xlsx" }), `${words.fullSeries} XLSX`),
    charts.flatMap((c) => [link(url("/api/chart", { chart: c, format: "svg" }), `${words.chartImage} SVG`), link(url("/api/chart", { chart: c, format: "png" }), `${words.chartImage} PNG`)]),
  );
}

/**
 * Replace the page's hash state of a tab without adding history entries: "#tab?k=v". Only the tab on
 * screen writes the address: a tab answering late (or a timer of a tab left) leaves it alone. A notice
 * about the link the page was opened with goes once the user chooses something else.
 */
export function setHash(tab, params) {
  if (document.getElementById(`tab-${tab}`).hidden) return;
  const hash = `#${tab}?${new URLSearchParams(params)}`;
  if (location.hash !== hash) {
    history.replaceState(null, "", hash);
    if (noticeShown) showLinkNotice([]);
  }
  document.dispatchEvent(new Event("regecon:state"));
}

let noticeShown = false;

/**
 * Select the option `params.get(key)` names in `select`. A value the select does not offer is returned
 * as { key, value, select } for the link notice (the select keeps its choice: what is shown instead).
 */
export function selectFromLink(select, params, key) {
  const value = params.get(key);
  if (!value) return undefined;
  if ([...select.options].some((o) => o.value === value)) {
    select.value = value;
    return undefined;
  }
  return { key, value, select };
}

/**
 * Show which parts of the link named something the dashboard does not have, and what is shown instead:
 * items { key, value, shown } (or { key, value, select }: its selected option is what is shown); no
 * items hides the notice. Before, such a link fell back to the defaults without a word.
 */
export function showLinkNotice(items) {
  const box = document.getElementById("notice");
  const named = (i) => (i.key === "#" ? `#${i.value}` : `${i.key}=${i.value}`);
  const parts = items.map((i) => `${named(i)} → ${i.shown ?? i.select.selectedOptions[0]?.textContent ?? ""}`);
  box.textContent = parts.length ? `${words.linkUnknown}${parts.join(words.linkUnknownSeparator)}` : "";
  box.hidden = parts.length === 0;
  noticeShown = parts.length > 0;
}
