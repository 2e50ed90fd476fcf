// Data tab: the coverage matrix (indicator × year: provinces with data, national value, vintages),
// the store's vintages, and full-series downloads of every provincial indicator.
import { el, fillTable, getJson, lang, lists, setHash, words } from "./common.js";

const $ = (id) => document.getElementById(id);
let shown = false;

export async function show() {
  setHash("data", {});
  if (shown) return;
  const coverage = await getJson("/api/coverage");
  const provincial = new Set(lists.indicators.indicators.map((i) => i.id));
  $("coverage-legend").textContent = coverage.legend;
  const head = el("thead", {}, el("tr", {}, el("th", {}, words.indicator), el("th", {}, words.fullSeries), coverage.years.map((y) => el("th", {}, String(y))), el("th", {}, words.vintages)));
  const body = el(
    "tbody",
    {},
    coverage.indicators.map((ind) =>
      el(
        "tr",
        {},
        el("td", { title: ind.id }, ind.label),
        el("td", {}, provincial.has(ind.id) ? fullSeriesLinks(ind.id) : ""),
        ind.cells.map((c) => {
          if (!c) return el("td");
          const text = c.provinces > 0 ? `${c.provinces}${c.national ? "+" : ""}` : words.nationalMark;
          const cls = c.provinces >= coverage.provinceCount ? "full" : c.provinces > 0 ? "part" : "nat";
          return el("td", { class: cls, title: c.vintages.join(", ") }, text);
        }),
        el("td", {}, ind.vintages.join("; ")),
      ),
    ),
  );
  $("coverage-table").replaceChildren(head, body);
  if (coverage.imports.length === 0) $("imports-table").replaceWith(el("p", { class: "legend-note", id: "imports-table" }, words.noImports));
  else
    fillTable(
      $("imports-table"),
      [words.colVintageId, words.vintages, words.colKind, words.colFile, words.colImportedAt, words.colRows],
      coverage.imports.map((v) => [String(v.id), v.label, v.kind, v.file ?? "", v.importedAt, `${v.currentRows}/${v.rows}`]),
      (i) => i === 5,
    );
  shown = true;
}

function fullSeriesLinks(indicator) {
  const url = (format) => `/api/download?${new URLSearchParams({ view: "map", indicator, scope: "full", format, lang })}`;
  return el("span", {}, el("a", { href: url("csv"), download: "" }, "CSV"), " ", el("a", { href: url("xlsx"), download: "" }, "XLSX"));
}
