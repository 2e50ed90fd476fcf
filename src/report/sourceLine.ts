import type { ReportContext } from "./context.js";

/**
 * The "资料来源：…" line for a figure or table: every source (producer, table, vintage) that supplied
 * observations of `indicators` in `years` (all years when omitted), in a stable order.
 * Example: "资料来源：国家统计局，分省年度数据·地区生产总值；数据版本：国家统计局数据库（第五次全国经济普查修订后）。"
 */
export function sourceLine(ctx: ReportContext, indicators: readonly string[], years?: readonly number[], options: { provincesOnly?: boolean } = {}): string {
  const ids = new Set<string>();
  for (const ind of indicators) {
    for (const o of ctx.dataset.observations(ind)) {
      if (years && !years.includes(o.year)) continue;
      if (options.provincesOnly && !ctx.registry.isProvince(o.regionCode)) continue;
      ids.add(o.source);
    }
  }
  const sources = [...ids].sort().map((id) => ctx.dataset.source(id));
  const zh = ctx.lang === "zh";
  if (sources.length === 0) return zh ? "资料来源：无（所需数据缺失）。" : "Source: none (the required data are missing).";
  // One entry per producer with its tables: "国家统计局，年度数据·国内生产总值；分省年度数据·地区生产总值"
  // (titles may themselves contain 、, so they are separated by ；).
  const byProducer = new Map<string, Set<string>>();
  for (const s of sources) {
    const producer = zh ? s.producer : s.producerEn;
    if (!byProducer.has(producer)) byProducer.set(producer, new Set());
    byProducer.get(producer)!.add(zh ? s.title : s.titleEn);
  }
  const tables = [...byProducer].map(([producer, titles]) => `${producer}${zh ? "，" : ": "}${[...titles].join(zh ? "；" : "; ")}`);
  const vintages = [...new Set(sources.map((s) => (zh ? s.vintageLabel : s.vintageLabelEn)))];
  return zh
    ? `资料来源：${tables.join("。")}。数据版本：${vintages.join("；")}。`
    : `Source: ${tables.join(". ")}. Vintage: ${vintages.join("; ")}.`;
}
