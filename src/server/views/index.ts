import { DEFAULT_MEMBERSHIP, MEMBERSHIPS, type GroupMeasure, type Membership } from "../../analysis/groupSeries.js";
import { completeYears } from "../../analysis/disparity.js";
import { RegeconError } from "../../types/errors.js";
import * as m from "../../messages/serve.js";
import type { ViewChart } from "../chart.js";
import { choiceParam, groupingParam, param, provinceParam, seriesParam, yearParam } from "../params.js";
import type { ViewContext, ViewMeta, ViewTable } from "./context.js";
import { disparityIndicators, disparityJson, disparityView, partitionGroupings } from "./disparity.js";
import { groupIndicators, groupsJson, groupsView } from "./groups.js";
import { mapJson, mapView } from "./map.js";
import { profileJson, profileView } from "./profile.js";

/**
 * The four views behind the pages, built from checked query parameters: what the page receives
 * (`json`), its charts (for SVG/PNG downloads), its table and metadata (for data downloads), and the
 * parameters as checked (recorded in the download's metadata).
 */
export interface BuiltView {
  json: unknown;
  charts: ViewChart[];
  table: ViewTable;
  meta: ViewMeta;
  params: Record<string, string>;
}

export const VIEW_NAMES = ["map", "groups", "profile", "disparity"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** The parameters each view takes (besides `lang`). */
export const VIEW_PARAMS: Readonly<Record<ViewName, readonly string[]>> = {
  map: ["indicator", "year"],
  groups: ["grouping", "indicator", "measure", "membership"],
  profile: ["region"],
  disparity: ["indicator", "grouping", "year"],
};

/** Default grouping of the compare and disparity pages: 四大板块 (its English name; the registry accepts both). */
export const DEFAULT_GROUPING = "four regions";

/** Build view `name` from the query; throws RegeconError (HTTP 400) for any parameter out of bounds. */
export function buildView(ctx: ViewContext, name: ViewName, query: URLSearchParams): BuiltView {
  switch (name) {
    case "map": {
      const series = seriesParam(query, ctx.data.series);
      const year = yearParam(query, series.years);
      const v = mapView(ctx, series, year);
      return { json: mapJson(v), charts: [v.chart], table: v.table, meta: v.meta, params: { view: name, indicator: series.id, year: String(year) } };
    }
    case "groups": {
      const grouping = groupingParam(query, ctx.data.registry.groupings, DEFAULT_GROUPING);
      const offered = groupIndicators(ctx);
      const id = param(query, "indicator") ?? "gdp_current";
      const indicator = offered.find((i) => i.id === id);
      if (!indicator) throw new RegeconError("UNKNOWN_INDICATOR", m.unknownIndicator(id), m.indicatorsAvailable(offered.map((i) => i.id)));
      const measure = choiceParam<GroupMeasure>(query, "measure", indicator.measures, indicator.measures[0]!);
      const membership = choiceParam<Membership>(query, "membership", MEMBERSHIPS, DEFAULT_MEMBERSHIP);
      const v = groupsView(ctx, grouping, indicator.id, measure, membership);
      return { json: groupsJson(v), charts: [v.chart], table: v.table, meta: v.meta, params: { view: name, grouping: grouping.name, indicator: indicator.id, measure, ...(v.membership ? { membership } : {}) } };
    }
    case "profile": {
      const code = provinceParam(query, ctx.data.registry);
      const v = profileView(ctx, code);
      return { json: profileJson(v), charts: v.charts, table: v.table, meta: v.meta, params: { view: name, region: code } };
    }
    case "disparity": {
      const offered = disparityIndicators(ctx);
      const id = param(query, "indicator") ?? offered[0]?.id ?? "";
      if (!offered.some((i) => i.id === id)) throw new RegeconError("UNKNOWN_INDICATOR", m.unknownIndicator(id), m.indicatorsAvailable(offered.map((i) => i.id)));
      const years = completeYears(ctx.data.dataset, ctx.data.registry, id);
      const grouping = groupingParam(query, partitionGroupings(ctx, years), DEFAULT_GROUPING);
      const year = years.length > 0 ? yearParam(query, years) : undefined;
      const v = disparityView(ctx, id, grouping, year);
      return { json: disparityJson(v), charts: v.charts, table: v.table, meta: v.meta, params: { view: name, indicator: id, grouping: grouping.name, ...(year ? { year: String(year) } : {}) } };
    }
  }
}
