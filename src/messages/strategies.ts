import type { Text } from "../types/text.js";
import { capitalise, fixed, growthWords, list, listText, pct, points, yearRange, yearSpans, yi, yiUnit, yuan } from "./format.js";
import type { Named } from "./names.js";

/**
 * Words of the section "区域重大战略" (major regional strategies): sentence templates, captions, table
 * headers and notes. Strategy and province names come from the data (groupings.csv, the registry).
 */

/** English names ending in a common noun take the article in running text ("the Yellow River Basin"). */
const NEEDS_ARTICLE = /\b(Delta|Belt|Basin|Area|Region|Zone|Corridor|Bay)$/;

/**
 * A strategy's name inside a sentence: zh as is; en with "the" where English uses one ("the Yangtze
 * River Delta", "the Yellow River Basin", but "Beijing-Tianjin-Hebei").
 */
export function strategyInText(s: Named): Text {
  return { zh: s.name, en: NEEDS_ARTICLE.test(s.nameEn) ? `the ${s.nameEn}` : s.nameEn };
}

/** Strategies in running text as a list. */
export function strategiesInText(ss: readonly Named[]): Text {
  return listText(ss.map(strategyInText));
}

/** "1.2:35.0:63.8": a three-industry structure (primary:secondary:tertiary, %) as printed in NBS text. */
export function structureRatio(shares: readonly number[]): string {
  return shares.map((x) => fixed(x, 1)).join(":");
}

// ---- sentences -----------------------------------------------------------------------------------

/** The fastest-growing strategy region(s) in the report year. */
export const fastest = (year: number, names: Text, tied: boolean, rate: number): Text => ({
  zh: `${year}年，在四大区域重大战略覆盖的省份中，${names.zh}经济增速${tied ? "并列" : ""}最快（${pct(rate)}）。`,
  en: `In ${year}, of the four major regional strategies at province level, ${names.en} grew fastest (${pct(rate)}).`,
});

/** Growth cannot be compared: missing for every strategy region (`all`) or for some. */
export const growthNotCompared = (year: number, all: boolean): Text =>
  all
    ? {
        zh: `${year}年各区域重大战略地区的实际增速均无法计算（原因见表注），无法比较增速快慢。`,
        en: `Real growth cannot be computed for any strategy region in ${year} (the table notes say why), so their growth cannot be compared.`,
      }
    : {
        zh: `${year}年部分区域重大战略地区的实际增速数据缺失，无法比较增速快慢。`,
        en: `Real growth is missing for some strategy regions in ${year}, so their growth cannot be compared.`,
      };

/** Whose shares of the 31-province sum rose and fell since `firstYear` (at least one list non-empty). */
export const shareTrends = (firstYear: number, rose: readonly Named[], fell: readonly Named[]): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  if (rose.length) {
    zh.push(`${strategiesInText(rose).zh}占31个省份合计的比重上升`);
    en.push(`the shares of ${strategiesInText(rose).en} in the 31-province sum rose`);
  }
  if (fell.length) {
    zh.push(`${strategiesInText(fell).zh}的比重下降`);
    en.push(rose.length ? `those of ${strategiesInText(fell).en} fell` : `the shares of ${strategiesInText(fell).en} in the 31-province sum fell`);
  }
  return { zh: `与${firstYear}年相比，${zh.join("，")}。`, en: `Compared with ${firstYear}, ${en.join(" and ")}.` };
};

export const gdpIncomplete = (year: number, name: Text): Text => ({
  zh: `${year}年${name.zh}地区生产总值数据不全，无法合计。`,
  en: `GDP of ${name.en} in ${year} cannot be summed: data are incomplete.`,
});

/** What one strategy sentence states; optional parts are left out when missing (growth: said missing). */
export interface StrategyFigures {
  year: number;
  name: Text;
  gdp: number;
  /** Displayed share (%) and its change (个百分点) since `firstYear`. */
  share?: { value: number; change?: { since: number; points: number } };
  growth?: number;
  perCapitaGdp?: number;
  structure?: { first?: { year: number; shares: readonly number[] }; last: readonly number[] };
}

/** One strategy region: GDP, share and its change, real growth, per-capita GDP, structure change. */
export const strategyFigures = (f: StrategyFigures): Text => {
  const zh: string[] = [`${f.year}年，${f.name.zh}地区生产总值${yi(f.gdp, "zh")}`];
  const en: string[] = [`In ${f.year}, GDP of ${f.name.en} was ${yi(f.gdp, "en")}`];
  if (f.share) {
    const c = f.share.change;
    zh.push(`占31个省份合计的${fixed(f.share.value, 2)}%${c ? `，比${c.since}年${points(c.points, "zh", "share", 2)}` : ""}`);
    en.push(`${fixed(f.share.value, 2)}% of the sum of the 31 provinces${c ? ` (${points(c.points, "en", "share", 2)} since ${c.since})` : ""}`);
  }
  zh.push(f.growth === undefined ? "实际增速数据缺失" : `按不变价格计算比上年${growthWords(f.growth, "zh")}`);
  en.push(f.growth === undefined ? "real growth is missing" : `real GDP was ${growthWords(f.growth, "en")} on the previous year`);
  if (f.perCapitaGdp !== undefined) {
    zh.push(`人均地区生产总值${yuan(f.perCapitaGdp, "zh")}`);
    en.push(`GDP per capita was ${yuan(f.perCapitaGdp, "en")}`);
  }
  const st = f.structure;
  if (st) {
    zh.push(st.first ? `三次产业结构由${st.first.year}年的${structureRatio(st.first.shares)}调整至${structureRatio(st.last)}` : `三次产业结构为${structureRatio(st.last)}`);
    en.push(st.first ? `its three-industry structure moved from ${structureRatio(st.first.shares)} in ${st.first.year} to ${structureRatio(st.last)}` : `its three-industry structure was ${structureRatio(st.last)}`);
  }
  return { zh: `${zh.join("，")}。`, en: `${en.join("; ")}.` };
};

/** City-level strategies (粤港澳大湾区): named with their members, and why they are not computed. */
export const cityLevel = (strategies: readonly (Named & { members: readonly string[] })[]): Text => {
  const names = strategiesInText(strategies);
  const one = strategies.length === 1;
  return {
    zh: `${names.zh}的成员为地级市及香港、澳门（${strategies.map((c) => c.members.join("、")).join("；")}），需要城市数据，现有分省数据无法计算，本节未列入。`,
    en: `${capitalise(names.en)} ${one ? "consists" : "consist"} of cities plus Hong Kong and Macao; ${one ? "it needs" : "they need"} city-level data, which the provincial data do not provide, so ${one ? "it is" : "they are"} not computed here.`,
  };
};

/** One clause of the constant-composition note: members that joined a strategy in `from`. */
export const lateMembers = (strategy: Named, members: readonly Named[], allMembers: boolean, from: number): Text => {
  const name = strategyInText(strategy);
  return allMembers
    ? { zh: `${name.zh}含全部${members.length}个省份（该战略${from}年提出）`, en: `${name.en} includes all ${members.length} of its provinces (strategy launched in ${from})` }
    : {
        zh: `${name.zh}含${list(members.map((x) => x.name), "zh")}（${from}年起正式纳入）`,
        en: `${name.en} includes ${list(members.map((x) => x.nameEn), "en")} (formally a member from ${from})`,
      };
};

/** Constant composition: every trend year uses the report year's members (`clauses` name late members). */
export const compositionNote = (firstYear: number, year: number, clauses: readonly Text[]): Text => ({
  zh: `注：为保持口径一致，${yearRange(firstYear, year, "zh")}各年均按${year}年的成员范围计算${clauses.length ? `：${clauses.map((c) => c.zh).join("，")}` : ""}。黄河流域、长江经济带等均按所辖省级行政区整体计算，而非按流域范围内的市县。`,
  en: `Note: to keep the coverage constant, every year of ${yearRange(firstYear, year, "en")} uses the ${year} membership${clauses.length ? `: ${list(clauses.map((c) => c.en), "en")}` : ""}. Strategy regions are counted as whole provinces, not the prefectures within a river basin.`,
});

/** The section replaced: no strategy had provincial members in `year` (none set up yet, or none at all). */
export const noStrategyYet = (year: number, later: readonly { from: number; strategies: readonly Named[] }[]): Text => {
  if (later.length === 0) {
    return { zh: `（区域重大战略从略：${year}年没有以省份为成员的区域重大战略地区。）`, en: `(Major regional strategies omitted: no strategy region had provincial members in ${year}.)` };
  }
  const zh = later.map((l) => `${strategiesInText(l.strategies).zh}自${l.from}年起设立`);
  const en = later.map((l, i) => `${strategiesInText(l.strategies).en}${i === 0 ? ` ${l.strategies.length > 1 ? "date" : "dates"}` : ""} from ${l.from}`);
  return {
    zh: `（区域重大战略从略：${year}年尚未设立区域重大战略。按成员数据，${zh.join("，")}。）`,
    en: `(Major regional strategies omitted: none had been set up by ${year}. According to the membership data, ${list(en, "en")}.)`,
  };
};

// ---- figure and table ----------------------------------------------------------------------------

export const analysis: Text = { zh: "区域重大战略分析", en: "The analysis of the major regional strategies" };

export const shareFigureCaption = (firstYear: number, year: number): Text => ({
  zh: `${yearRange(firstYear, year, "zh")}区域重大战略地区生产总值占31个省份合计的比重`,
  en: `Shares of the major strategy regions in the GDP of the 31 provinces, ${yearRange(firstYear, year, "en")}`,
});

export const shareFigureNote: Text = {
  zh: "注：比重 = 战略区域所辖省份地区生产总值之和 ÷ 当年31个省份地区生产总值合计 × 100（现价）；各战略区域相互重叠（如长三角属于长江经济带），比重不可相加。",
  en: "Note: share = Σ GDP of the member provinces ÷ Σ GDP of the 31 provinces in the same year × 100 (current prices); the strategy regions overlap (the Yangtze River Delta lies within the Yangtze River Economic Belt), so shares do not add up.",
};

export const shareGaps = (years: readonly number[]): Text => ({
  zh: `注：${yearSpans(years, "zh")}部分省份地区生产总值缺失，比重无法计算，折线在该处断开。`,
  en: `Note: provincial GDP is incomplete in ${yearSpans(years, "en")}; shares cannot be computed and the lines have gaps.`,
});

export const tableCaption = (year: number): Text => ({ zh: `${year}年区域重大战略地区主要经济指标`, en: `Main indicators of the major strategy regions, ${year}` });

export const tableHeader = (year: number, shareSince: number | undefined, structureSince: number | undefined): Text[] => [
  { zh: "战略区域", en: "Strategy region" },
  { zh: "省份数", en: "Provinces" },
  { zh: `${year}年地区生产总值（${yiUnit("zh")}）`, en: `GDP ${year} (${yiUnit("en")})` },
  { zh: "占31个省份合计（%）", en: "Share of 31 provinces (%)" },
  shareSince ? { zh: `比${shareSince}年变化（个百分点）`, en: `Change since ${shareSince} (pp)` } : { zh: "比重变化（个百分点）", en: "Change (pp)" },
  { zh: "实际增速（%）", en: "Real growth (%)" },
  { zh: "人均地区生产总值（元/人）", en: "GDP per capita (yuan)" },
  structureSince ? { zh: `${structureSince}年三次产业结构`, en: `Structure ${structureSince}` } : { zh: "期初三次产业结构", en: "Structure, first year" },
  { zh: `${year}年三次产业结构`, en: `Structure ${year}` },
];

export const tableMethodNote: Text = {
  zh: "注：实际增速为所辖省份按不变价格计算的增速以上年地区生产总值（现价）为权重的加权平均；人均地区生产总值 = 所辖省份地区生产总值之和 ÷ 年末常住人口之和 × 10⁴（计算值，非公布值）；三次产业结构为第一、二、三产业增加值之和占三者合计的比重（%，一位小数，按最大余数法修约使合计为100.0）。",
  en: "Note: real growth is the mean of member provinces' constant-price growth weighted by previous-year current-price GDP; GDP per capita = Σ GDP ÷ Σ year-end resident population × 10⁴ (computed, not published); structure = value added of the primary, secondary and tertiary industries as % of their sum (one decimal, largest-remainder rounding to 100.0).",
};

// ---- what the table's "—" mean -------------------------------------------------------------------

/** Subjects of the column notes. */
export const gdpOf = (year: number, strategies: readonly Named[]): Text => ({
  zh: `${list(strategies.map((s) => s.name), "zh")}的${year}年地区生产总值`,
  en: `The ${year} GDP of ${list(strategies.map((s) => s.nameEn), "en")}`,
});
export const sumAndShares = (year: number): Text => ({ zh: `${year}年31个省份合计及比重`, en: `The ${year} sum of the 31 provinces and the shares` });
export const realGrowth: Text = { zh: "实际增速", en: "Real growth" };
export const everyStrategyGrowth: Text = { zh: "各战略区域的实际增速", en: "the real growth of every strategy region" };
export const growthOf = (strategies: readonly Named[]): Text => ({
  zh: `${list(strategies.map((s) => s.name), "zh")}的实际增速`,
  en: `the real growth of ${strategiesInText(strategies).en}`,
});
export const perCapita: Text = { zh: "人均地区生产总值", en: "GDP per capita" };
export const perCapitaOf = (strategies: readonly Named[]): Text => ({
  zh: `${list(strategies.map((s) => s.name), "zh")}的人均地区生产总值`,
  en: `GDP per capita of ${strategiesInText(strategies).en}`,
});
export const structure: Text = { zh: "三次产业结构", en: "The industry structure" };
export const structureOf = (year: number, strategies: readonly Named[]): Text => ({
  zh: `${list(strategies.map((s) => s.name), "zh")}的${year}年三次产业结构`,
  en: `The ${year} industry structure of ${strategiesInText(strategies).en}`,
});

/** What the members lack, named in a column note. */
export const gdpData: Text = { zh: "地区生产总值", en: "GDP" };
export const gdpOrPopulation: Text = { zh: "地区生产总值或年末常住人口", en: "GDP or year-end population" };
export const valueAddedByIndustry: Text = { zh: "分产业增加值", en: "value added by industry" };

/** The share change has no earlier point: the report year is the first year of the data (or of TREND_START). */
export const shareChangeFromFirstYear = (trendStart: number, year: number, gdpYears: readonly number[]): Text => ({
  zh: `注：比重变化从${trendStart}年（区域重大战略陆续提出）或数据中最早的年份起计算；${year}年即为起始年${gdpYears.length ? `（地区生产总值（gdp_current）有${yearSpans(gdpYears, "zh")}数据）` : ""}，没有可比的上一时点，以“—”表示。`,
  en: `Note: the share change is measured from ${trendStart} (when the strategies were launched) or the first year of the data; ${year} is that first year${gdpYears.length ? ` (GDP, gdp_current, covers ${yearSpans(gdpYears, "en")})` : ""}, so there is nothing to compare with ("—").`,
});

export const shareChangeIncomplete = (years: readonly number[]): Text => ({
  zh: `注：${yearSpans(years, "zh")}的31个省份地区生产总值不全，比重变化无法计算，以“—”表示。`,
  en: `Note: provincial GDP is incomplete in ${yearSpans(years, "en")}; the share change cannot be computed ("—").`,
});

export const sectorsOnly = (sectorYears: readonly number[], year: number, noEarlier: boolean): Text => ({
  zh: `注：分省三次产业增加值（va_primary、va_secondary、va_tertiary）仅有${yearSpans(sectorYears, "zh")}数据${noEarlier ? `，${year}年之前没有可比年份，期初三次产业结构以“—”表示` : ""}。`,
  en: `Note: provincial value added by industry (va_primary, va_secondary, va_tertiary) covers ${yearSpans(sectorYears, "en")} only${noEarlier ? `; there is no earlier year to compare with, so the first-year structure is "—"` : ""}.`,
});

export const sectorsFrom = (sectorYears: readonly number[], from: number): Text => ({
  zh: `注：分省三次产业增加值仅有${yearSpans(sectorYears, "zh")}数据（第五次全国经济普查修订后版本），产业结构变化自${from}年起计算。`,
  en: `Note: provincial value added by industry is available for ${yearSpans(sectorYears, "en")} only (post-5th-census vintage); the structure change starts in ${from}.`,
});
