import { completeYears, decompositionGroupings, disparitySeries, moranOfYear, perCapitaIndicatorIds, perCapitaSpec, theilByGrouping } from "../../analysis/disparity.js";
import { SIGNIFICANCE, lisaClass, type LisaClass } from "../../analysis/rules/disparity.js";
import { choroplethOption } from "../../charts/choropleth.js";
import { linesOption } from "../../charts/lines.js";
import { stackedAreaOption } from "../../charts/stackedArea.js";
import { SIZE } from "../../charts/style.js";
import { num, pct } from "../../messages/format.js";
import * as chartWords from "../../messages/charts.js";
import * as m from "../../messages/serve.js";
import type { Grouping } from "../../types/region.js";
import type { Text } from "../../types/text.js";
import { jsonOption, type ViewChart } from "../chart.js";
import type { ViewContext, ViewMeta, ViewTable } from "./context.js";
import { mapApprovalNotes } from "./map.js";

/** Decimals of inequality indices and Moran's I, as the report prints them. */
const INDEX_DECIMALS = 4;

/** Per-capita indicators the disparity page offers (ids of `perCapitaSpec`). */
export function disparityIndicators(ctx: ViewContext): { id: string; name: string }[] {
  return perCapitaIndicatorIds(ctx.data.dataset).map((id) => {
    const spec = perCapitaSpec(ctx.data.dataset, id);
    return { id, name: ctx.say(spec.name) };
  });
}

/** Groupings that partition the provinces in every one of `years` (usable for a Theil decomposition). */
export function partitionGroupings(ctx: ViewContext, years: readonly number[]): Grouping[] {
  const ok = (years.length > 0 ? years : [0]).map((y) => new Set(decompositionGroupings(ctx.data.registry, y)));
  return ctx.data.registry.groupings.filter((g) => ok.every((s) => s.has(g.name)));
}

/** LISA classes in legend order, with their colours (GeoDa's cluster-map colours; not significant in GeoDa's light grey, visible in the legend). */
export const LISA_CLASSES: readonly { id: LisaClass | "noNeighbour"; colour: string }[] = [
  { id: "notSignificant", colour: "#eeeeee" },
  { id: "HH", colour: "#e31a1c" },
  { id: "LL", colour: "#1f5fbf" },
  { id: "HL", colour: "#f4a6a0" },
  { id: "LH", colour: "#a6b4f5" },
  { id: "noNeighbour", colour: "#9e9e9e" },
];

/** Missing in the LISA map (e.g. 港澳台): a grey between "not significant" and "no neighbour", so the three read apart. */
const LISA_NO_DATA = "#c9c9c9";

export interface DisparityView {
  indicator: { id: string; name: string };
  grouping: { name: string; label: string };
  years: number[];
  year?: number;
  charts: ViewChart[];
  /** Moran's I of `year` in words and figures (undefined when the year is incomplete). */
  moran?: { I: string; expected: string; z: string; p: string; pPermutation: string; sentence: string };
  /** Decomposition of `year`. */
  table: ViewTable;
  notes: string[];
  meta: ViewMeta;
}

/**
 * The disparity view of a per-capita indicator: relative disparity over the complete years
 * (population-weighted CV, Gini and Theil T, as the report's figure), the Theil T decomposition by a
 * grouping into between- and within-group parts, and for `year` Moran's I on land contiguity with
 * its LISA cluster map. Years are those in which all 31 provinces have usable data (`completeYears`).
 */
export function disparityView(ctx: ViewContext, indicator: string, grouping: Grouping, year: number | undefined): DisparityView {
  const { dataset, registry, boundaries } = ctx.data;
  const spec = perCapitaSpec(dataset, indicator);
  const name: Text = spec.name;
  const years = completeYears(dataset, registry, indicator);
  const groupName = (g: { name: string; nameEn: string }) => (ctx.lang === "zh" ? g.name : g.nameEn);
  const source = ctx.source([...spec.sourceIndicators, "population_year_end"], years);
  const base = { indicator: { id: indicator, name: ctx.say(name) }, grouping: { name: grouping.name, label: groupName(grouping) }, years };
  const meta = (notes: string[]): ViewMeta => ({
    name: `disparity-${indicator}-${grouping.nameEn.replace(/\W+/g, "_")}${year ? `-${year}` : ""}`,
    title: ctx.say(m.disparityTitle(name)),
    indicators: [...new Set([...spec.sourceIndicators, "population_year_end"])].filter((i) => dataset.has(i)),
    notes: [...notes, source],
  });
  if (years.length === 0) {
    const notes = [ctx.say(m.noCompleteYears(name))];
    return { ...base, charts: [], table: { columns: [], rows: [], display: [] }, notes, meta: meta(notes) };
  }
  const series = disparitySeries(dataset, registry, years, indicator);
  const cats = years.map(String);
  const charts: ViewChart[] = [
    {
      id: "relative",
      title: ctx.say(m.relativeTitle(name, years)),
      option: linesOption({
        categories: cats,
        series: [
          { name: ctx.say(m.weightedCv), values: series.years.map((r) => r.indices?.williamsonCV) },
          { name: ctx.say(m.weightedGini), values: series.years.map((r) => r.indices?.giniWeighted) },
          { name: ctx.say(m.weightedTheil), values: series.years.map((r) => r.indices?.theilTWeighted) },
        ],
        unit: "",
        decimals: INDEX_DECIMALS,
        labelLast: true,
        yMin: 0,
      }),
      size: SIZE.wide,
      notes: [ctx.say(m.weightsNote)],
      source,
    },
  ];
  const decompositions = years.map((y) => theilByGrouping(dataset, registry, y, grouping.name, indicator));
  const first = decompositions.find((d) => d.decomposition !== undefined)?.decomposition;
  if (first) {
    const groupLabel = (g: string) => (ctx.lang === "zh" ? g : (decompositions[0]!.groupNames.get(g)?.en ?? g));
    charts.push({
      id: "decomposition",
      title: ctx.say(m.decompositionTitle(groupName(grouping), years)),
      option: stackedAreaOption({
        categories: cats,
        series: [
          { name: ctx.say(m.betweenGroups), values: decompositions.map((d) => d.decomposition?.between) },
          ...first.groups.map((g) => ({
            name: ctx.say(m.withinGroup(groupLabel(g.group))),
            values: decompositions.map((d) => d.decomposition?.groups.find((x) => x.group === g.group)?.withinContribution),
          })),
        ],
        unit: "",
      }),
      size: SIZE.wide,
      notes: [ctx.say(m.decompositionNote)],
      source,
    });
  }
  const y = year ?? years[years.length - 1]!;
  const chosen = decompositions[years.indexOf(y)]?.decomposition;
  const table: ViewTable = { columns: [m.colPart, m.colTheil, m.colContribution].map((c) => ctx.say(c)), rows: [], display: [] };
  if (chosen) {
    const groupLabel = (g: string) => (ctx.lang === "zh" ? g : (decompositions[0]!.groupNames.get(g)?.en ?? g));
    const parts: [string, number][] = [
      [ctx.say(m.totalPart), chosen.total],
      [ctx.say(m.betweenGroups), chosen.between],
      ...chosen.groups.map((g): [string, number] => [ctx.say(m.withinGroup(groupLabel(g.group))), g.withinContribution]),
    ];
    for (const [label, v] of parts) {
      const share = chosen.total > 0 ? (100 * v) / chosen.total : undefined;
      table.rows.push([label, v, share]);
      table.display.push([label, num(v, INDEX_DECIMALS), pct(share, 1)]);
    }
  }

  const moran = moranOfYear(dataset, registry, y, indicator);
  let moranText: DisparityView["moran"];
  if (moran.global && moran.permutation && moran.local) {
    const g = moran.global;
    moranText = {
      I: num(g.I, INDEX_DECIMALS),
      expected: num(g.expected, INDEX_DECIMALS),
      z: num(g.zRandomisation, 2),
      p: num(g.pRandomisation, 4),
      pPermutation: num(moran.permutation.pValue, 3),
      sentence: ctx.say(m.moranSentence(y, num(g.I, INDEX_DECIMALS), num(g.zRandomisation, 2), num(g.pRandomisation, 4), moran.permutation.permutations)),
    };
    const classOf = new Map<string, number>();
    for (const u of moran.local.units) classOf.set(u.id, LISA_CLASSES.findIndex((c) => c.id === lisaClass(u)));
    for (const c of moran.weights.excluded) classOf.set(c, LISA_CLASSES.length - 1);
    charts.push({
      id: "lisa",
      title: ctx.say(m.lisaTitle(y, name)),
      option: choroplethOption({
        boundaries,
        values: registry.provinces.map((p) => ({ code: p.code, value: classOf.get(p.code) })),
        breaks: LISA_CLASSES.slice(1).map((_, i) => i + 1),
        classLabels: LISA_CLASSES.map((c) => ctx.say(m.lisaLabel(c.id))),
        colours: LISA_CLASSES.map((c) => c.colour),
        noDataColour: LISA_NO_DATA,
        legendTitle: ctx.say(m.lisaLegend),
        noDataLabel: ctx.say(chartWords.noData),
      }),
      size: SIZE.map,
      notes: [ctx.say(m.lisaNote(moran.local.permutations, SIGNIFICANCE)), ...(moran.weights.excluded.length > 0 ? [ctx.say(m.islandsNote(moran.weights.excluded.map((c) => ctx.regionName(c))))] : []), ...mapApprovalNotes(ctx)],
      source,
    });
  }
  const notes = [ctx.say(m.disparityMethod(name)), ...ctx.vintageNotes([...spec.sourceIndicators, "population_year_end"], years)];
  return { ...base, year: y, charts, moran: moranText, table, notes, meta: meta([...notes, ...charts.flatMap((c) => c.notes)]) };
}

/** The JSON the page receives for the disparity view. */
export function disparityJson(view: DisparityView): unknown {
  return {
    indicator: view.indicator,
    grouping: view.grouping,
    years: view.years,
    year: view.year,
    moran: view.moran,
    notes: view.notes,
    charts: view.charts.map((c) => ({ id: c.id, title: c.title, option: jsonOption(c.option), notes: c.notes, source: c.source })),
    table: { columns: view.table.columns, display: view.table.display },
  };
}
