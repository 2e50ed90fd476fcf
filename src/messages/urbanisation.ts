import type { Text } from "../types/text.js";
import { fixed, pct, points, yearRange, yearSpans } from "./format.js";
import { namesOf, regionsInText, type Named, type NamedGroup } from "./names.js";

/**
 * Words of the section "城乡与城镇化" (urbanisation and the urban–rural gap): sentence templates,
 * captions, table headers and notes.
 */

// ---- sentences -----------------------------------------------------------------------------------

export const nationalMissing = (year: number): Text => ({
  zh: `${year}年全国城镇人口或年末总人口数据缺失，无法计算全国城镇化率。`,
  en: `National urban or total population is missing for ${year}; the national urbanisation rate cannot be computed.`,
});

/** The national rate (%, `decimals`) at the end of `year` and its change since the first year of the series. */
export const national = (year: number, rate: number, decimals: number, change: { since: number; points: number } | undefined): Text => ({
  zh: `${year}年末，全国城镇化率（城镇人口占年末总人口的比重）为${fixed(rate, decimals)}%${change ? `，比${change.since}年末${points(change.points, "zh", "share", decimals)}` : ""}。`,
  en: `At the end of ${year}, the national urbanisation rate (urban population as % of total year-end population) was ${fixed(rate, decimals)}%${change ? `, ${points(change.points, "en", "share", decimals)} since ${change.since}` : ""}.`,
});

export const regionalMissing = (year: number): Text => ({
  zh: `${year}年分省城镇人口数据缺失，无法计算分地区城镇化率。`,
  en: `Provincial urban population is missing for ${year}; regional rates cannot be computed.`,
});

/** The regions' rates (%, `decimals`) and the highest and lowest (ties listed). */
export const regional = (year: number, rates: readonly { region: Text; rate: number }[], decimals: number, highest: readonly NamedGroup[], lowest: readonly NamedGroup[]): Text => ({
  zh: `分地区看，${year}年城镇化率${rates.map((r) => `${r.region.zh}${pct(r.rate, decimals)}`).join("，")}，${regionsInText(highest).zh}最高，${regionsInText(lowest).zh}最低。`,
  en: `By region, the ${year} urbanisation rates were: ${rates.map((r) => `${r.region.en} ${pct(r.rate, decimals)}`).join(", ")}; ${regionsInText(highest).en} was highest and ${regionsInText(lowest).en} lowest.`,
});

/** The provinces with the highest and lowest rate. */
export const provinceExtremes = (highest: readonly Named[], highRate: number, lowest: readonly Named[], lowRate: number, decimals: number): Text => ({
  zh: `分省份看，${namesOf(highest).zh}城镇化率最高（${pct(highRate, decimals)}），${namesOf(lowest).zh}最低（${pct(lowRate, decimals)}）。`,
  en: `By province, ${namesOf(highest).en} had the highest rate (${pct(highRate, decimals)}) and ${namesOf(lowest).en} the lowest (${pct(lowRate, decimals)}).`,
});

export const provincesMissing = (missing: readonly Named[]): Text => ({ zh: `${namesOf(missing).zh}数据缺失。`, en: `Data are missing for ${namesOf(missing).en}.` });

export const incomeRatioMissing: Text = {
  zh: "分省城镇、农村居民人均可支配收入数据缺失，无法计算城乡居民收入比。",
  en: "Provincial urban and rural per-capita disposable income are missing; the urban–rural income ratio cannot be computed.",
};

/**
 * The urban–rural income ratio in `ratioYear` (the latest with data): the years the data cover, the
 * highest and lowest provinces, and, when `ratioYear` is before the report year, that later years are missing.
 */
export const incomeRatio = (p: {
  year: number;
  ratioYear: number;
  available: readonly number[];
  highest: readonly Named[];
  high: number;
  lowest: readonly Named[];
  low: number;
  decimals: number;
}): Text => {
  const span = (lang: "zh" | "en") => yearRange(p.available[0]!, p.available[p.available.length - 1]!, lang);
  const later = p.ratioYear < p.year;
  const gap = {
    zh: later ? `${p.ratioYear + 1}年以后数据缺失，${p.year}年城乡居民收入比无法用现有数据计算或核对。` : "",
    en: later ? `Data for ${p.ratioYear + 1} onwards are missing, so the ${p.year} ratio cannot be computed or checked with these data.` : "",
  };
  const [h, l] = [fixed(p.high, p.decimals), fixed(p.low, p.decimals)];
  return {
    zh: `城乡差距方面，分省城镇、农村居民人均可支配收入仅有${span("zh")}数据。${p.ratioYear}年，城乡居民收入比（城镇居民人均可支配收入 ÷ 农村居民人均可支配收入）最高的是${namesOf(p.highest).zh}（${h}），最低的是${namesOf(p.lowest).zh}（${l}）。${gap.zh}`,
    en: `For the urban–rural gap, provincial urban and rural per-capita disposable income exist for ${span("en")} only. In ${p.ratioYear}, the urban–rural income ratio (urban ÷ rural per-capita disposable income) was highest in ${namesOf(p.highest).en} (${h}) and lowest in ${namesOf(p.lowest).en} (${l}). ${gap.en}`.trim(),
  };
};

// ---- figures, tables, notes ----------------------------------------------------------------------

export const analysis: Text = { zh: "城乡与城镇化分析", en: "The urbanisation analysis" };
export const nationalRateOmitted: Text = { zh: "全国城镇化率", en: "The national urbanisation rate" };
export const regionalRatesOmitted = (year: number): Text => ({ zh: `${year}年分地区、分省份城镇化率`, en: `Regional and provincial urbanisation rates for ${year}` });
export const incomeRatioOmitted: Text = { zh: "城乡居民收入比", en: "The urban–rural income ratio" };

export const rateMethodNote: Text = {
  zh: "注：城镇化率 = 城镇人口 ÷ 人口 × 100（计算值）。全国以年末总人口为分母；省份以年末常住人口为分母；四大板块为所辖省份城镇人口之和 ÷ 年末常住人口之和，而非各省城镇化率的平均。",
  en: "Note: urbanisation rate = urban population ÷ population × 100 (computed). National: total year-end population; provinces: year-end resident population; regions: Σ urban ÷ Σ resident population of the member provinces, not the mean of provincial rates.",
};

export const nationalSeriesName: Text = { zh: "全国城镇化率", en: "National urbanisation rate" };
export const nationalFigureCaption = (first: number, last: number): Text => ({
  zh: `${yearRange(first, last, "zh")}全国城镇化率`,
  en: `National urbanisation rate, ${yearRange(first, last, "en")}`,
});

export const mapCaption = (year: number): Text => ({ zh: `${year}年分省份城镇化率`, en: `Urbanisation rate by province, ${year}` });
export const mapLegend: Text = { zh: "城镇化率（%）", en: "Urbanisation rate (%)" };

export const incomeRatioSeries: Text = { zh: "城乡居民收入比", en: "Urban–rural income ratio" };
export const incomeRatioUnit: Text = { zh: "农村居民=1", en: "rural = 1" };
export const incomeRatioCaption = (year: number): Text => ({ zh: `${year}年分省份城乡居民收入比`, en: `Urban–rural income ratio by province, ${year}` });
export const incomeRatioMethodNote: Text = {
  zh: "注：城乡居民收入比 = 城镇居民人均可支配收入 ÷ 农村居民人均可支配收入（计算值）；省份按收入比从高到低排列。",
  en: "Note: urban–rural income ratio = urban ÷ rural per-capita disposable income (computed); provinces sorted from highest to lowest.",
};
/** The ratio's data end before the report year: what is missing (how to import it is the CLI's business). */
export const incomeRatioLaterMissing = (available: readonly number[], ratioYear: number, year: number): Text => ({
  zh: `注：分省城镇、农村居民人均可支配收入仅有${yearSpans(available, "zh")}数据，${ratioYear + 1}年以后数据缺失，故${year}年的城乡居民收入比（含全国数）无法计算或核对（数据缺失）。`,
  en: `Note: provincial urban and rural per-capita disposable income exist for ${yearSpans(available, "en")} only; data after ${ratioYear} are missing, so the ${year} ratio (national included) cannot be computed or checked.`,
});

export const regionTableCaption = (year: number): Text => ({ zh: `${year}年四大板块城镇化率`, en: `Urbanisation rate of the four regions, ${year}` });
export const regionTableHeader: Text[] = [
  { zh: "地区", en: "Region" },
  { zh: "城镇化率（%）", en: "Urbanisation rate (%)" },
];
export const provinceSumRow: Text = { zh: "31个省份合计", en: "31 provinces" };
export const nationalRow: Text = { zh: "全国", en: "National" };
export const provincialUrbanYears = (years: readonly number[]): Text => ({
  zh: `注：分省城镇人口仅有${yearSpans(years, "zh")}数据，分地区城镇化率无法给出历年变化。`,
  en: `Note: provincial urban population exists for ${yearSpans(years, "en")} only; regional rates cannot be traced over time.`,
});
export const populationMissing = (missing: readonly Named[]): Text => ({
  zh: `注：${missing.map((p) => p.name).join("、")}的城镇人口或年末常住人口缺失，相关板块以“—”表示。`,
  en: `Note: urban or resident population is missing for ${missing.map((p) => p.nameEn).join(", ")}; affected regions show "—".`,
});
