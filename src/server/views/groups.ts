import { DEFAULT_MEMBERSHIP, groupSeries, measuresOf, type GroupMeasure, type GroupSeriesResult, type Membership } from "../../analysis/groupSeries.js";
import { REAL_GROWTH } from "../../analysis/provinceSeries.js";
import { linesOption } from "../../charts/lines.js";
import { SIZE } from "../../charts/style.js";
import { indicatorCatalogue, indicatorDef } from "../../data/indicators.js";
import { membersInYear } from "../../data/registry.js";
import { num } from "../../messages/format.js";
import * as m from "../../messages/serve.js";
import type { Grouping } from "../../types/region.js";
import type { Text } from "../../types/text.js";
import { jsonOption, type ViewChart } from "../chart.js";
import type { ViewContext, ViewMeta, ViewTable } from "./context.js";

/** Catalogue indicators the compare page offers: those with a group measure (levels and ratios of levels) held for provinces. */
export function groupIndicators(ctx: ViewContext): { id: string; name: string; measures: GroupMeasure[] }[] {
  const provincial = new Set(ctx.data.series.map((s) => s.id));
  return [...indicatorCatalogue().values()]
    .filter((d) => provincial.has(d.id) && measuresOf(d.id).length > 0)
    .map((d) => ({ id: d.id, name: ctx.lang === "zh" ? d.nameZh : d.nameEn, measures: measuresOf(d.id) }));
}

export interface GroupsView {
  grouping: { name: string; label: string };
  indicator: { id: string; name: string; unit: string };
  measure: GroupMeasure;
  measures: GroupMeasure[];
  /** How members are counted; undefined for a grouping whose members never change (either way gives the same). */
  membership?: Membership;
  years: number[];
  chart: ViewChart;
  table: ViewTable;
  meta: ViewMeta;
}

/** Dataset indicators a measure reads (for the source line and downloads). */
function inputsOf(indicator: string, measure: GroupMeasure): string[] {
  if (measure === "realGrowth") return ["gdp_current", "gdp_index_prev_year", REAL_GROWTH];
  const def = indicatorDef(indicator);
  return def.ratioOf ? [def.ratioOf.numerator, def.ratioOf.denominator] : [indicator];
}

/**
 * The compare-groups view: the groups of `grouping` over every year of the indicator, as levels,
 * shares of the 31-province sum or real growth weighted by previous-year GDP (`groupSeries`), one
 * line per group, the method line under the chart (and, for groupings whose members change, which
 * members every year counts: `membership`), and a table of the displayed values.
 */
export function groupsView(ctx: ViewContext, grouping: Grouping, indicator: string, measure: GroupMeasure, membership: Membership = DEFAULT_MEMBERSHIP): GroupsView {
  const { dataset } = ctx.data;
  const inputs = inputsOf(indicator, measure);
  const years = measure === "realGrowth" ? ctx.data.series.find((s) => s.id === REAL_GROWTH)?.years ?? [] : [...new Set(inputs.flatMap((i) => dataset.years(i)))].sort((a, b) => a - b);
  const result = groupSeries(dataset, ctx.data.registry, { grouping: grouping.name, indicator, measure, years, membership });
  const def = indicatorDef(indicator);
  const name: Text = { zh: def.nameZh, en: def.nameEn };
  const unit: Text = measure === "level" ? { zh: def.unit, en: def.unitEn } : { zh: "%", en: "%" };
  const groupName = (g: { name: string; nameEn: string }) => (ctx.lang === "zh" ? g.name : g.nameEn);
  const option = linesOption({
    categories: years.map(String),
    series: result.groups.map((g) => ({ name: groupName(g), values: g.points.map((p) => p.value.value) })),
    unit: ctx.say(unit),
    decimals: result.decimals,
    labelLast: true,
    yMin: measure === "level" && def.aggregation === "level" ? 0 : "auto",
  });
  const title = ctx.say(m.groupsTitle(grouping.name, grouping.nameEn, name, measure, years));
  const notes = [ctx.say(m.groupMethod(measure, def.aggregation === "ratio")), ...membershipNotes(ctx, grouping, result), ...groupNotes(ctx, result), ...ctx.vintageNotes(inputs, years)];
  const source = ctx.source(inputs, years);
  const label = groupName(grouping);
  return {
    grouping: { name: grouping.name, label },
    indicator: { id: indicator, name: ctx.say(name), unit: ctx.say(unit) },
    measure,
    measures: measuresOf(indicator),
    membership: hasDatedMembers(grouping) ? membership : undefined,
    years,
    chart: { id: "groups", title, option, size: SIZE.wide, notes, source },
    table: {
      columns: [ctx.say(m.colGroup), ...years.map(String)],
      rows: result.groups.map((g) => [groupName(g), ...g.points.map((p) => p.value.value)]),
      display: result.groups.map((g) => [groupName(g), ...g.points.map((p) => num(p.shown, result.decimals))]),
    },
    meta: { name: `groups-${grouping.nameEn.replace(/\W+/g, "_")}-${indicator}-${measure}`, title, indicators: inputs.filter((i) => dataset.has(i)), notes: [...notes, source] },
  };
}

/** True when some member of the grouping has a validity period (members join or leave over the years). */
export function hasDatedMembers(grouping: Grouping): boolean {
  return grouping.groups.some((g) => g.members.some((x) => x.level === "province" && (x.validFrom !== undefined || x.validTo !== undefined)));
}

/**
 * The membership line of a grouping with dated members. With fixed membership it names, for each group
 * that starts or gains members within the years shown, its first year and the members that joined
 * later: the years before are computed with members they did not have then.
 */
function membershipNotes(ctx: ViewContext, grouping: Grouping, result: GroupSeriesResult): string[] {
  if (!hasDatedMembers(grouping)) return [];
  if (result.membership === "yearly" || result.membershipYear === undefined) return [ctx.say(m.membershipYearly)];
  const first = result.years[0]!;
  const clauses = grouping.groups.flatMap((g) => {
    const counted = g.members.filter((x) => membersInYear(g, result.membershipYear!).includes(x.code));
    if (counted.length === 0) return [];
    const start = counted.every((x) => x.validFrom !== undefined) ? Math.min(...counted.map((x) => x.validFrom!)) : undefined;
    const froms = [...new Set(counted.map((x) => x.validFrom).filter((y): y is number => y !== undefined && y > (start ?? first) && y > first))].sort();
    const joined = froms.map((from) => {
      const ps = counted.filter((x) => x.validFrom === from).map((x) => ctx.data.registry.province(x.code));
      return { names: ps.map((p) => p.name), namesEn: ps.map((p) => p.nameEn), from };
    });
    const shownStart = start !== undefined && start > first ? start : undefined;
    return shownStart !== undefined || joined.length > 0 ? [m.membershipStart(g, shownStart, joined)] : [];
  });
  return [ctx.say(m.membershipFixed(result.membershipYear, clauses))];
}

/** Notes on what the numbers rest on: missing members, published totals, share denominators, membership changes. */
function groupNotes(ctx: ViewContext, result: GroupSeriesResult): string[] {
  const notes: string[] = [];
  for (const g of result.groups) {
    const gaps = g.points.filter((p) => p.value.value === undefined && p.value.missing.length > 0);
    if (gaps.length > 0) notes.push(ctx.say(m.groupMissing(ctx.lang === "zh" ? g.name : g.nameEn, gaps.map((p) => p.year), [...new Set(gaps.flatMap((p) => p.value.missing))].map((c) => ctx.regionName(c)))));
    const published = g.points.filter((p) => p.value.publishedTotal).map((p) => p.year);
    if (published.length > 0) notes.push(ctx.say(m.publishedTotalNote(ctx.lang === "zh" ? g.name : g.nameEn, published)));
  }
  const groupTotals = result.denominators?.filter((d) => d.kind === "groupTotals").map((d) => d.year) ?? [];
  if (groupTotals.length > 0) notes.push(ctx.say(m.groupTotalsDenominator(groupTotals)));
  if (result.measure === "share" && !result.partition) notes.push(ctx.say(m.sharesOverlap));
  const changes = new Map<string, { group: string; from?: number; to?: number; names: string[] }>();
  for (const c of result.compositionChanges) {
    const key = `${c.group}/${c.validFrom}/${c.validTo}`;
    if (!changes.has(key)) changes.set(key, { group: ctx.lang === "zh" ? c.group : c.groupEn, from: c.validFrom, to: c.validTo, names: [] });
    changes.get(key)!.names.push(ctx.regionName(c.code));
  }
  if (result.membership === "yearly") for (const c of changes.values()) notes.push(ctx.say(m.membershipChange(c.group, c.names, c.from, c.to)));
  return notes;
}

/** The JSON the page receives for the compare view. */
export function groupsJson(view: GroupsView): unknown {
  return { ...view, chart: { id: view.chart.id, title: view.chart.title, option: jsonOption(view.chart.option), notes: view.chart.notes, source: view.chart.source }, meta: undefined };
}
