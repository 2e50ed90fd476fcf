import { indicatorCatalogue } from "../data/indicators.js";
import { NATIONAL_CODE } from "../types/observation.js";
import * as m from "../messages/report.js";
import type { Text } from "../types/text.js";
import type { ReportContext } from "./context.js";
import { observationsUsed, type DataUsed } from "./sourceLine.js";

/** Warning code for a series whose observations come from more than one vintage. */
export const MIXED_VINTAGES = "MIXED_VINTAGES";

/**
 * When the observations behind `what` come from more than one vintage (e.g. after `regecon import`
 * replaced some years), a note naming the vintages (by their labels in sources.csv, in vintage-id
 * order), and a report warning (once per wording); undefined for one vintage. Vintages are never mixed
 * silently.
 */
export function vintageNote(ctx: ReportContext, what: Text, vintages: readonly string[]): Text | undefined {
  if (vintages.length <= 1) return undefined;
  const sources = [...ctx.dataset.sources.values()];
  const labels = vintages.map((v): Text => {
    const s = sources.find((x) => x.vintage === v);
    return s ? { zh: s.vintageLabel, en: s.vintageLabelEn } : { zh: v, en: v };
  });
  const message = m.mixedVintages(what, labels)[ctx.lang];
  if (!ctx.warnings.some((w) => w.code === MIXED_VINTAGES && w.message === message)) ctx.warnings.push({ code: MIXED_VINTAGES, message });
  return m.note(m.mixedVintages(what, labels));
}

/** As `vintageNote`, in the report's language, as a list of notes (empty for one vintage). */
export function mixedVintageNotes(ctx: ReportContext, what: Text, vintages: readonly string[]): string[] {
  const n = vintageNote(ctx, what, vintages);
  return n ? [n[ctx.lang]] : [];
}

/**
 * Vintage notes for the observations of `data`, one per series that mixes vintages: a series is one
 * indicator at one level (provinces, the national total, published group totals), so a national row
 * from another table is not a break in the provincial series.
 */
export function vintageNotesFor(ctx: ReportContext, data: DataUsed): Text[] {
  const bySeries = new Map<string, { indicator: string; vintages: Set<string> }>();
  for (const o of observationsUsed(ctx, data)) {
    const level = ctx.registry.isProvince(o.regionCode) ? "province" : o.regionCode === NATIONAL_CODE ? "national" : "group";
    const key = `${o.indicator}|${level}`;
    const series = bySeries.get(key) ?? { indicator: o.indicator, vintages: new Set<string>() };
    bySeries.set(key, series);
    series.vintages.add(o.vintage);
  }
  const notes: Text[] = [];
  for (const { indicator, vintages } of bySeries.values()) {
    const n = vintageNote(ctx, m.seriesData(indicator, indicatorCatalogue().get(indicator)), [...vintages].sort());
    if (n && !notes.some((x) => x.zh === n.zh)) notes.push(n);
  }
  return notes;
}
