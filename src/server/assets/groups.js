// Compare-groups tab: a grouping (the four regions, north-south, the major strategies) and an indicator as levels, shares of the
// 31-province sum or real growth weighted by previous-year GDP, over time, with the method line; for groupings whose
// members change, which members every year counts (the last year's, as the report, or each year's own).
import { fillSelect, fillTable, getJson, lists, selectFromLink, setHash, words } from "./common.js";
import { renderFigure } from "./charts.js";

const $ = (id) => document.getElementById(id);
const MEASURE_WORDS = { level: "measureLevel", share: "measureShare", realGrowth: "measureRealGrowth" };
let indicators;
let request = 0;

export async function show(params) {
  if (!indicators) {
    indicators = lists.indicators.groups;
    fillSelect($("groups-grouping"), lists.groupings.groupings.map((g) => ({ value: g.name, label: g.label })));
    fillSelect($("groups-indicator"), indicators.map((i) => ({ value: i.id, label: i.name })), "gdp_current");
    for (const id of ["groups-grouping", "groups-indicator", "groups-measure", "groups-membership"]) $(id).addEventListener("change", () => update());
  }
  const unknown = [["grouping", "groups-grouping"], ["indicator", "groups-indicator"], ["membership", "groups-membership"]].map(([key, id]) => selectFromLink($(id), params, key));
  const measure = params.get("measure") || undefined;
  await update(measure);
  if (measure !== undefined && $("groups-measure").value !== measure) unknown.push({ key: "measure", value: measure, select: $("groups-measure") });
  return unknown.filter(Boolean);
}

/** Axis tooltip: the groups' values of the year under the pointer, as printed in the table (server-formatted). */
function tooltip(table) {
  const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  return {
    trigger: "axis",
    formatter: (points) => {
      const year = points[0]?.axisValue;
      const col = table.columns.indexOf(String(year));
      if (col < 0) return "";
      return `<div class="tooltip-title">${escape(year)}</div>${table.display.map((r) => `${escape(r[0])}: ${escape(r[col])}`).join("<br>")}`;
    },
  };
}

async function update(measure) {
  const indicator = indicators.find((i) => i.id === $("groups-indicator").value) ?? indicators[0];
  const current = measure ?? $("groups-measure").value;
  fillSelect($("groups-measure"), indicator.measures.map((m) => ({ value: m, label: words[MEASURE_WORDS[m]] })), current);
  const params = { grouping: $("groups-grouping").value, indicator: indicator.id, measure: $("groups-measure").value };
  // Members counted: a choice only for groupings whose members change over the years (the major strategies).
  const dated = lists.groupings.groupings.find((g) => g.name === params.grouping)?.datedMembers ?? false;
  $("groups-membership-control").hidden = !dated;
  if (dated) params.membership = $("groups-membership").value;
  const token = ++request;
  const data = await getJson("/api/groups", params);
  if (token !== request) return;
  await renderFigure($("groups-figure"), data.chart, { view: "groups", params }, { tooltip: tooltip(data.table) });
  fillTable($("groups-table"), data.table.columns, data.table.display, (i) => i > 0);
  setHash("groups", params);
}
