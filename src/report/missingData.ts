import { indicatorCatalogue } from "../data/indicators.js";
import type { Block } from "../types/document.js";
import type { ReportContext } from "./context.js";

/**
 * Notes for report parts that cannot be computed because indicators are missing. A part whose data
 * are missing is replaced by such a note (never dropped silently, never filled with invented
 * numbers); the note names each indicator (Chinese/English name and id) and how to import it.
 */

/** The ids among `ids` that have no observation at all in the dataset. */
export function absentIndicators(ctx: ReportContext, ids: readonly string[]): string[] {
  return ids.filter((id) => !ctx.dataset.has(id));
}

/** The ids among `ids` with no observation in `year` (absent indicators included). */
export function indicatorsMissingIn(ctx: ReportContext, ids: readonly string[], year: number): string[] {
  return ids.filter((id) => !ctx.dataset.years(id).includes(year));
}

/** "城镇人口（population_urban）" / "urban population (population_urban)"; ids outside the catalogue print as is. */
export function indicatorLabel(id: string, lang: "zh" | "en"): string {
  const def = indicatorCatalogue().get(id);
  if (!def) return id;
  return lang === "zh" ? `${def.nameZh}（${id}）` : `${def.nameEn} (${id})`;
}

/** "2014–2019年" / "2014–2019": the span of years with data (ranges merged), or "" when none. */
export function yearSpan(years: readonly number[], lang: "zh" | "en"): string {
  if (years.length === 0) return "";
  const parts: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = prev = y;
  }
  return lang === "zh" ? `${parts.join("、")}年` : parts.join(", ");
}

/**
 * A note block replacing `what` (e.g. "城镇化率图表") because `ids` are missing: absent indicators
 * are named as absent; indicators present in other years get their available years and the missing
 * `year`. Ends with the import command for each id (`regecon import FILE --indicator ID`).
 */
export function missingDataNote(ctx: ReportContext, what: string, ids: readonly string[], year?: number): Block {
  const zh = ctx.lang === "zh";
  const parts = ids.map((id) => {
    const years = ctx.dataset.years(id);
    const label = indicatorLabel(id, ctx.lang);
    if (years.length === 0) return zh ? `${label}无数据` : `${label} is absent`;
    return zh ? `${label}仅有${yearSpan(years, "zh")}数据${year === undefined ? "" : `，缺少${year}年`}` : `${label} has data for ${yearSpan(years, "en")} only${year === undefined ? "" : `, not ${year}`}`;
  });
  const commands = ids.map((id) => `regecon import FILE --indicator ${id}`);
  return {
    kind: "note",
    text: zh
      ? `（${what}从略：${parts.join("；")}。导入国家统计局分省年度数据导出文件后重新生成报告即可补上：${commands.join("；")}。）`
      : `(${what} omitted: ${parts.join("; ")}. Import an NBS provincial export and rebuild the report: ${commands.join("; ")}.)`,
  };
}
