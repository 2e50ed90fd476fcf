import * as m from "../messages/report.js";
import type { Observation } from "../types/observation.js";
import type { Text } from "../types/text.js";
import type { ReportContext } from "./context.js";

/** The observations behind a figure or table: which indicators, which years, whether only provinces count. */
export interface DataUsed {
  indicators: readonly string[];
  /** Years of the observations used; every year when omitted. */
  years?: readonly number[];
  /** Count only provincial observations (national or group rows shown elsewhere feed nothing here). */
  provincesOnly?: boolean;
  /** Count only observations of these region codes (e.g. the cities of 粤港澳大湾区). */
  regions?: readonly string[];
}

/** The observations of `data` in the dataset, in indicator order. */
export function observationsUsed(ctx: ReportContext, data: DataUsed): Observation[] {
  return data.indicators.flatMap((ind) =>
    ctx.dataset
      .observations(ind)
      .filter((o) => (!data.years || data.years.includes(o.year)) && (!data.provincesOnly || ctx.registry.isProvince(o.regionCode)) && (!data.regions || data.regions.includes(o.regionCode))),
  );
}

/**
 * The "资料来源：…" line as Text: every source (producer, table, vintage) that supplied observations of
 * `data`, in a stable order (by source id). Example: "资料来源：国家统计局，分省年度数据·地区生产总值。
 * 数据版本：国家统计局数据库（第五次全国经济普查修订后）。"
 */
export function sourceText(ctx: ReportContext, data: DataUsed): Text {
  const ids = [...new Set(observationsUsed(ctx, data).map((o) => o.source))].sort();
  for (const id of ids) ctx.sourcesUsed?.add(id);
  if (ids.length === 0) return m.sourceNone;
  const { entries, vintages } = sourcesOf(ctx, ids);
  return m.sourceLine(entries, vintages);
}

/** The producers with their tables, and the vintage labels, of the source ids `ids`, in order. */
export function sourcesOf(ctx: ReportContext, ids: readonly string[]): { entries: m.SourceEntry[]; vintages: Text[] } {
  const sources = ids.map((id) => ctx.dataset.source(id));
  // One entry per producer (per language: the Chinese and English producer names group alike).
  const byProducer = new Map<string, m.SourceEntry & { titles: Text[] }>();
  for (const s of sources) {
    const entry = byProducer.get(s.producer) ?? { producer: { zh: s.producer, en: s.producerEn }, titles: [] };
    byProducer.set(s.producer, entry);
    if (!entry.titles.some((t) => t.zh === s.title)) entry.titles.push({ zh: s.title, en: s.titleEn });
  }
  const vintages: Text[] = [];
  for (const s of sources) if (!vintages.some((v) => v.zh === s.vintageLabel)) vintages.push({ zh: s.vintageLabel, en: s.vintageLabelEn });
  return { entries: [...byProducer.values()], vintages };
}

/** The source line in the report's language (see `sourceText`). */
export function sourceLine(ctx: ReportContext, indicators: readonly string[], years?: readonly number[], options: { provincesOnly?: boolean } = {}): string {
  return sourceText(ctx, { indicators, years, provincesOnly: options.provincesOnly })[ctx.lang];
}
