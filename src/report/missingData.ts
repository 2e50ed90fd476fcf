import { provinceYears, realGrowthOf } from "../analysis/aggregate.js";
import { indicatorCatalogue } from "../data/indicators.js";
import { yearRange } from "../messages/format.js";
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

/** The members a group real growth rate lacks in one year (GroupValue.missing of groupRealGrowth). */
export interface GrowthGap {
  year: number;
  /** Province codes whose real growth or previous-year GDP (the weight) is missing. */
  missing: readonly string[];
}

/**
 * Explains "—" for group real growth (weighted by previous-year GDP, see groupRealGrowth): for each
 * year with gaps, the provinces whose real growth is missing and, separately, those whose
 * previous-year GDP (the weight) is missing, naming that year; "各省份"/"every province" and no list
 * when no province has the data. `affected` names what cannot be computed ("相关板块增速",
 * "各战略区域的实际增速"). With `withYears`, growth missing everywhere also names the years the
 * growth data do cover. E.g. zh "注：2023年各省份的实际增速缺失；作为权重的2022年地区生产总值不在数据中，
 * 相关板块增速无法计算，以“—”表示。"
 */
export function missingGrowthNote(ctx: ReportContext, gaps: readonly GrowthGap[], affected: { zh: string; en: string }, options: { withYears?: boolean } = {}): string[] {
  const zh = ctx.lang === "zh";
  const name = (c: string) => ctx.registry.province(c)[zh ? "name" : "nameEn"];
  const out: string[] = [];
  for (const gap of gaps) {
    const year = gap.year;
    const missing = [...new Set(gap.missing)];
    if (missing.length === 0) continue;
    const noGrowth = missing.filter((c) => realGrowthOf(ctx.dataset, c, year) === undefined);
    const noWeight = missing.filter((c) => ctx.dataset.get("gdp_current", c, year - 1) === undefined);
    const nowhere = (present: (c: string) => boolean) => ctx.registry.provinces.every((p) => !present(p.code));
    const growthNowhere = nowhere((c) => realGrowthOf(ctx.dataset, c, year) !== undefined);
    const weightNowhere = nowhere((c) => ctx.dataset.get("gdp_current", c, year - 1) !== undefined);
    const parts: string[] = [];
    if (noGrowth.length > 0) {
      const growthYears = [...new Set(["gdp_index_prev_year", "gdp_real_growth"].flatMap((id) => yearsOf(ctx, id, { provincesOnly: true })))].sort((a, b) => a - b);
      const have =
        options.withYears && growthNowhere
          ? zh
            ? `（分省增速${growthYears.length ? `仅有${yearSpan(growthYears, "zh")}数据` : "无数据"}）`
            : ` (provincial growth ${growthYears.length ? `covers ${yearSpan(growthYears, "en")} only` : "is absent"})`
          : "";
      parts.push(zh ? `${growthNowhere ? "各省份" : noGrowth.map(name).join("、")}的实际增速缺失${have}` : `real growth is missing for ${growthNowhere ? "every province" : noGrowth.map(name).join(", ")}${have}`);
    }
    if (noWeight.length > 0) {
      parts.push(
        zh
          ? `作为权重的${year - 1}年地区生产总值${weightNowhere ? "" : `（${noWeight.map(name).join("、")}）`}不在数据中`
          : `${year - 1} GDP, the weight,${weightNowhere ? "" : ` of ${noWeight.map(name).join(", ")}`} is not in the data`,
      );
    }
    out.push(zh ? `注：${year}年${parts.join("；")}，${affected.zh}无法计算，以“—”表示。` : `Note: for ${year}, ${parts.join("; ")}; ${affected.en} cannot be computed ("—").`);
  }
  return out;
}
