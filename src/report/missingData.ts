import { provinceYears } from "../analysis/aggregate.js";
import { indicatorCatalogue } from "../data/indicators.js";
import { yearRange } from "../narrative/format.js";
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

/** Options of the missing-data helpers. */
export interface MissingOptions {
  /** Count only provincial observations (a national series does not make a provincial one present). */
  provincesOnly?: boolean;
}

/** Years with observations of `id` (provincial ones only with `provincesOnly`), ascending. */
export function yearsOf(ctx: ReportContext, id: string, options: MissingOptions = {}): number[] {
  return options.provincesOnly ? provinceYears(ctx.dataset, ctx.registry, id) : ctx.dataset.years(id);
}

/** The ids among `ids` with no observation in `year` (absent indicators included). */
export function indicatorsMissingIn(ctx: ReportContext, ids: readonly string[], year: number, options: MissingOptions = {}): string[] {
  return ids.filter((id) => !yearsOf(ctx, id, options).includes(year));
}

/** "城镇人口（population_urban）" / "urban population (population_urban)"; ids outside the catalogue print as is. */
export function indicatorLabel(id: string, lang: "zh" | "en"): string {
  const def = indicatorCatalogue().get(id);
  if (!def) return id;
  return lang === "zh" ? `${def.nameZh}（${id}）` : `${def.nameEn} (${id})`;
}

/**
 * The years with data as spans (consecutive years merged, see `yearRange`): zh "2014~2019年、2021年",
 * en "2014–2019, 2021"; "" when none.
 */
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
    parts.push(yearRange(start, prev, lang));
    start = prev = y;
  }
  return parts.join(lang === "zh" ? "、" : ", ");
}

/**
 * A note block replacing `what` (e.g. "城镇化率图表") because `ids` are missing: absent indicators
 * are named as absent; indicators present in other years get their available years and the missing
 * `year`. Ends with the import command for each id (`regecon import FILE --indicator ID`).
 */
export function missingDataNote(ctx: ReportContext, what: string, ids: readonly string[], year?: number, options: MissingOptions = {}): Block {
  const zh = ctx.lang === "zh";
  const parts = ids.map((id) => {
    const years = yearsOf(ctx, id, options);
    const label = indicatorLabel(id, ctx.lang);
    if (years.length === 0) return zh ? `${label}${options.provincesOnly ? "无分省数据" : "无数据"}` : `${label} is absent${options.provincesOnly ? " for provinces" : ""}`;
    if (options.provincesOnly) {
      return zh ? `${label}分省数据仅有${yearSpan(years, "zh")}${year === undefined ? "" : `，缺少${year}年`}` : `${label} has provincial data for ${yearSpan(years, "en")} only${year === undefined ? "" : `, not ${year}`}`;
    }
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
