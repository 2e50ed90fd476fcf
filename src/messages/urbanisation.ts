import type { Text } from "../types/text.js";
import { capitalise, fixed, list, listText, pct, points, yearRange, yearSpans } from "./format.js";
import { namesOf, regionInText, regionsInText, type Named, type NamedGroup } from "./names.js";

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

// ---- regional rates over time --------------------------------------------------------------------

/**
 * The change of the regional rates from their first year to the report year, for the regions complete
 * in both; e.g. zh "2014~2024年，东部、中部和东北地区城镇化率分别由63.91%、49.79%和61.84%提高至73.28%、
 * 62.69%和70.17%，分别提高9.37、12.90和8.33个百分点。" (all with the same first year), or one clause per
 * region when the first years differ.
 */
export const regionalChanges = (year: number, changes: readonly (NamedGroup & { since: number; from: number; to: number; points: number })[], decimals: number): Text => {
  const sameStart = changes.every((c) => c.since === changes[0]!.since);
  const verb = (c: { points: number }, lang: "zh" | "en") => (lang === "zh" ? (c.points > 0 ? "提高" : c.points < 0 ? "下降" : "持平") : c.points > 0 ? "up" : c.points < 0 ? "down" : "unchanged");
  if (sameStart && changes.every((c) => c.points > 0)) {
    const regions = listText(changes.map((c) => ({ zh: c.name, en: regionInText(c).en })));
    const zhList = (xs: readonly number[]) => list(xs.map((x) => pct(x, decimals)), "zh");
    return {
      zh: `${yearRange(changes[0]!.since, year, "zh")}，${regions.zh}地区城镇化率分别由${zhList(changes.map((c) => c.from))}提高至${zhList(changes.map((c) => c.to))}，分别提高${list(changes.map((c) => fixed(c.points, decimals)), "zh")}个百分点。`,
      en: `Over ${yearRange(changes[0]!.since, year, "en")}, the urbanisation rates of ${regions.en} rose from ${list(changes.map((c) => pct(c.from, decimals)), "en")} to ${list(changes.map((c) => pct(c.to, decimals)), "en")} respectively, up ${list(changes.map((c) => fixed(c.points, decimals)), "en")} percentage points.`,
    };
  }
  return {
    zh: `${changes.map((c) => `${c.name}地区城镇化率由${c.since}年的${pct(c.from, decimals)}变为${year}年的${pct(c.to, decimals)}（${verb(c, "zh")}${c.points === 0 ? "" : `${fixed(Math.abs(c.points), decimals)}个百分点`}）`).join("，")}。`,
    en: `${capitalise(list(changes.map((c) => `the urbanisation rate of ${regionInText(c).en} went from ${pct(c.from, decimals)} in ${c.since} to ${pct(c.to, decimals)} in ${year} (${verb(c, "en")}${c.points === 0 ? "" : ` ${fixed(Math.abs(c.points), decimals)} percentage points`})`), "en"))}.`,
  };
};

/** Regions whose rate exists only in some years because members lack urban population: which members, which years. */
export const regionalCoverage = (gaps: readonly (NamedGroup & { years: readonly number[]; members: readonly Named[]; latest?: { year: number; rate: number } })[], decimals: number): Text => ({
  zh: `${gaps
    .map((g) => `${namesOf(g.members).zh}${yearSpans(g.years, "zh")}城镇人口缺失，${g.name}地区城镇化率${g.latest ? `只有${g.latest.year}年的数值（${pct(g.latest.rate, decimals)}）` : "无法计算"}`)
    .join("；")}。`,
  en: `${capitalise(
    list(
      gaps.map((g) => `urban population of ${namesOf(g.members).en} is missing for ${yearSpans(g.years, "en")}, so the rate of ${regionInText(g).en} ${g.latest ? `exists for ${g.latest.year} only (${pct(g.latest.rate, decimals)})` : "cannot be computed"}`),
      "en",
    ),
  )}.`,
});

export const regionSeriesCaption = (first: number, last: number): Text => ({
  zh: `${yearRange(first, last, "zh")}全国及四大板块城镇化率`,
  en: `Urbanisation rate of the nation and the four regions, ${yearRange(first, last, "en")}`,
});

/** Figure note naming the regions drawn only where their members are complete. */
export const regionSeriesGaps = (gaps: readonly (NamedGroup & { years: readonly number[]; members: readonly Named[] })[]): Text => ({
  zh: `注：${gaps.map((g) => `${g.name}地区${yearSpans(g.years, "zh")}缺${namesOf(g.members).zh}的城镇人口，不计算该板块城镇化率，图中只画有数据的年份`).join("；")}。`,
  en: `Note: ${gaps.map((g) => `urban population of ${namesOf(g.members).en} is missing for ${yearSpans(g.years, "en")}, so ${regionInText(g).en} is drawn for the other years only`).join("; ")}.`,
});

/** The national urban–rural income ratio over the years of the national series. */
export const nationalIncomeRatio = (first: { year: number; ratio: number }, last: { year: number; ratio: number }, decimals: number): Text => {
  const [a, b] = [fixed(first.ratio, decimals), fixed(last.ratio, decimals)];
  return {
  zh: `全国城乡居民人均可支配收入之比由${first.year}年的${a}${Number(b) < Number(a) ? "缩小至" : Number(b) > Number(a) ? "扩大至" : "变为"}${last.year}年的${b}。`,
  en: `Nationally, the ratio of urban to rural per-capita disposable income went from ${a} in ${first.year} to ${b} in ${last.year}.`,
  };
};
export const populationMissing = (missing: readonly Named[]): Text => ({
  zh: `注：${missing.map((p) => p.name).join("、")}的城镇人口或年末常住人口缺失，相关板块以“—”表示。`,
  en: `Note: urban or resident population is missing for ${missing.map((p) => p.nameEn).join(", ")}; affected regions show "—".`,
});
