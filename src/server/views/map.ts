import { rankValues, valueNearYear, type MapValue, type ProvinceSeries } from "../../analysis/provinceSeries.js";
import { choroplethOption } from "../../charts/choropleth.js";
import { SIZE } from "../../charts/style.js";
import { num, rank as rankText } from "../../messages/format.js";
import * as chartWords from "../../messages/charts.js";
import * as m from "../../messages/serve.js";
import { quantileBreaks } from "../../stats/breaks.js";
import { jsonOption, type ViewChart } from "../chart.js";
import type { ViewContext, ViewMeta, ViewTable } from "./context.js";

/** Number of colour classes of the map: quintiles, as the report's maps (report/mapFigure.ts). */
export const MAP_CLASSES = 5;

/** One province on the map and in the ranking table; every text is ready to print. */
export interface MapProvince {
  code: string;
  name: string;
  /** Region name in the boundaries (the ECharts map's feature name). */
  feature: string;
  value?: number;
  /** The value as displayed (decimals of the series), "—" when missing. */
  shown: string;
  /** Year of the value when it comes from another year than the map's. */
  otherYear?: number;
  rank?: number;
  tied: boolean;
  rankText: string;
  vintage?: string;
  /** Tooltip lines: name, value and unit, rank, vintage (and the other-year note). */
  tooltip: string[];
}

export interface MapView {
  indicator: { id: string; name: string; unit: string };
  year: number;
  years: number[];
  chart: ViewChart;
  /** Registry order. */
  provinces: MapProvince[];
  /** Ranked provinces first (rank, then code), then values from other years, then missing ones. */
  ranking: MapProvince[];
  /** Headers of the ranking table beside the map: rank, region, value (unit). */
  rankingColumns: string[];
  table: ViewTable;
  meta: ViewMeta;
}

/**
 * The map view of one provincial series in one year: a choropleth with the report's classes
 * (quintiles of the year's values, `quantileBreaks` at the series' decimals), the 审图号 line or the
 * schematic-map notice, a value from a nearby year where the year is missing (`valueNearYear`, drawn
 * hatched and not ranked), and the ranking with ties (`rankValues`, competition ranks on the
 * displayed values).
 */
export function mapView(ctx: ViewContext, series: ProvinceSeries, year: number): MapView {
  const { registry, boundaries } = ctx.data;
  const lang = ctx.lang;
  const values = registry.provinces.map((p) => valueNearYear(series, p.code, year));
  const sameYear = values.map((v, i) => ({ code: registry.provinces[i]!.code, value: v?.year === year ? v.value.value : undefined }));
  const ranked = rankValues(sameYear, series.decimals);
  const present = sameYear.map((v) => v.value).filter((v) => v !== undefined);
  const all = values.filter((v) => v !== undefined).map((v) => v.value.value);
  const breaksFrom = present.length > 0 ? present : all;
  const computed = breaksFrom.length > 0 ? quantileBreaks(breaksFrom, MAP_CLASSES, series.decimals) : [];
  const breaks = computed.length > 0 ? computed : [breaksFrom[0] ?? 0];
  const name = ctx.say(series.name);
  const unit = ctx.say(series.unit);
  const option = choroplethOption({
    boundaries,
    values: values.map((v, i) => ({ code: registry.provinces[i]!.code, value: v?.value.value })),
    breaks,
    decimals: series.decimals,
    legendTitle: ctx.say(m.legendTitle(series.name, series.unit)),
    noDataLabel: ctx.say(chartWords.noData),
  });
  const usedYears = [...new Set(values.filter((v) => v !== undefined).map((v) => v.year))].sort();
  const other = values.filter((v): v is MapValue => v !== undefined && v.year !== year);
  markOtherYears(option, other.map((v) => boundaries.featureNameByCode.get(v.code)!));

  const provinces: MapProvince[] = registry.provinces.map((p, i) => {
    const v = values[i];
    const r = ranked[i]!;
    const shown = v === undefined ? num(undefined, 0) : num(v.value.value, series.decimals);
    const otherYear = v !== undefined && v.year !== year ? v.year : undefined;
    const vintage = v?.value.vintages.map((x) => ctx.vintageLabel(x)).join(ctx.say(m.listSeparator));
    const rt = otherYear !== undefined ? ctx.say(m.notRanked) : r.rank === undefined ? ctx.say(chartWords.noData) : rankText(r.rank, r.tied, lang);
    const tooltip = [
      ctx.regionName(p.code),
      v === undefined ? ctx.say(m.noDataIn(year)) : ctx.say(m.valueWithUnit(shown, series.unit)),
      ...(otherYear !== undefined ? [ctx.say(m.valueFromYear(otherYear, year))] : v === undefined ? [] : [ctx.say(m.rankOf(rt, ranked.filter((x) => x.rank !== undefined).length))]),
      ...(vintage ? [ctx.say(m.vintageLine(vintage))] : []),
    ];
    return { code: p.code, name: ctx.regionName(p.code), feature: boundaries.featureNameByCode.get(p.code) ?? p.name, value: v?.value.value, shown, otherYear, rank: otherYear === undefined ? r.rank : undefined, tied: otherYear === undefined && r.tied, rankText: rt, vintage, tooltip };
  });
  const ranking = [...provinces].sort((a, b) => order(a) - order(b) || (a.rank ?? 0) - (b.rank ?? 0) || (b.value ?? 0) - (a.value ?? 0) || a.code.localeCompare(b.code));

  const notes = [
    ...(series.method ? [ctx.say(series.method)] : []),
    ...(other.length > 0 ? [ctx.say(m.otherYearNote(other.map((v) => ({ name: ctx.regionName(v.code), year: v.year })), year))] : []),
    ...ctx.vintageNotes(series.sourceIndicators, usedYears),
    ctx.say(chartWords.mapMethodNote(boundaries.credit)),
    ...mapApprovalNotes(ctx),
  ];
  const source = ctx.source(series.sourceIndicators, usedYears);
  const title = ctx.say(m.mapTitle(year, series.name));
  return {
    indicator: { id: series.id, name, unit },
    year,
    years: series.years,
    chart: { id: "map", title, option, size: SIZE.map, notes, source },
    provinces,
    ranking,
    rankingColumns: [m.colRank, m.colRegion, m.colValue(series.unit)].map((c) => ctx.say(c)),
    table: {
      columns: [m.colCode, m.colRegion, m.colYear, m.colValue(series.unit), m.colRank, m.colValueYear, m.colVintage].map((c) => ctx.say(c)),
      rows: ranking.map((p) => [p.code, p.name, year, p.value, p.rankText, p.otherYear ?? (p.value === undefined ? undefined : year), p.vintage]),
      display: ranking.map((p) => [p.code, p.name, String(year), p.shown, p.rankText, String(p.otherYear ?? (p.value === undefined ? "" : year)), p.vintage ?? ""]),
    },
    meta: { name: `map-${series.id}-${year}`, title, indicators: series.sourceIndicators, notes: [...notes, source] },
  };
}

function order(p: MapProvince): number {
  return p.rank !== undefined ? 0 : p.otherYear !== undefined ? 1 : 2;
}

/**
 * The map's notice about its approval number: the report's 审图号 line when one was given with
 * `--map-approval`, else the notice that the map is a schematic; plus any completeness warning of the
 * boundaries.
 */
export function mapApprovalNotes(ctx: ViewContext): string[] {
  const given = ctx.data.mapApproval?.trim();
  const approval = [ctx.say(given ? chartWords.approvalNote(given) : m.noApprovalNotice)];
  const incomplete = ctx.data.boundaries.warnings.map((w) => ctx.say(m.boundaryWarning(w.code, w.message)));
  return [...approval, ...incomplete];
}

/** Hatch the regions whose value comes from another year (ECharts decal over the class colour). */
function markOtherYears(option: Record<string, unknown>, features: readonly string[]): void {
  const series = (option.series as { data: { name: string; itemStyle?: Record<string, unknown> }[] }[])[0]!;
  for (const d of series.data) {
    if (features.includes(d.name)) d.itemStyle = { ...d.itemStyle, decal: OTHER_YEAR_DECAL };
  }
}

/** Diagonal hatching marking a value from another year. */
export const OTHER_YEAR_DECAL = { symbol: "rect", symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4, color: "rgba(0, 0, 0, 0.35)" };

/** The JSON the page receives for the map view. */
export function mapJson(view: MapView): unknown {
  return {
    indicator: view.indicator,
    year: view.year,
    years: view.years,
    rankingColumns: view.rankingColumns,
    chart: { id: view.chart.id, title: view.chart.title, option: jsonOption(view.chart.option), notes: view.chart.notes, source: view.chart.source },
    provinces: view.provinces,
    ranking: view.ranking,
  };
}
