import type { Text } from "../types/text.js";
import { roundHalfUp } from "../stats/rounding.js";
import { capitalise, fixed, growthWords, list, listText, pct, points, trillionsInText, yearRange, yearSpans, yiUnit, yuan } from "./format.js";
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

/** Chinese verb for a level or share moving from `a` to `b` as displayed: 增至/降至 (levels), 升至/降至 (shares), 变为 when equal. */
function toVerb(a: number, b: number, kind: "level" | "share"): string {
  if (b > a) return kind === "level" ? "增至" : "升至";
  return b < a ? "降至" : "变为";
}

/** English verb for the same move: rose / fell / moved (equal). */
function movedEn(a: number, b: number): string {
  return b > a ? "rose" : b < a ? "fell" : "moved";
}

/**
 * A region's GDP at the benchmark years and in the report year (亿元, stated in 万亿元 / billion yuan) with
 * the nominal average annual growth from each benchmark year; the report year alone when there is no
 * earlier level. E.g. zh "京津冀地区生产总值由2014年的6.00万亿元、2018年的8.15万亿元增至2024年的11.50万亿元，
 * 2014~2024年和2018~2024年名义年均分别增长6.7%和5.9%。"
 */
export const levelTrend = (name: Text, levels: readonly { year: number; gdp: number }[], growth: readonly { from: number; to: number; rate: number }[]): Text => {
  const last = levels[levels.length - 1]!;
  if (levels.length === 1) {
    return { zh: `${last.year}年，${name.zh}地区生产总值为${trillionsInText(last.gdp, "zh")}。`, en: `In ${last.year}, GDP of ${name.en} was ${trillionsInText(last.gdp, "en")}.` };
  }
  const earlier = levels.slice(0, -1);
  const from = {
    zh: earlier.map((l) => `${l.year}年的${trillionsInText(l.gdp, "zh")}`).join("、"),
    en: list(earlier.map((l) => `${trillionsInText(l.gdp, "en")} in ${l.year}`), "en"),
  };
  const verbEn = movedEn(earlier[0]!.gdp, last.gdp);
  const spans = (lang: "zh" | "en") => growth.map((g) => yearRange(g.from, g.to, lang));
  const rates = growth.map((g) => pct(g.rate));
  const many = growth.length > 1;
  const zhGrowth = growth.length === 0 ? "" : `，${list(spans("zh"), "zh")}名义年均${many ? "分别" : ""}增长${list(rates, "zh")}`;
  const enGrowth = growth.length === 0 ? "" : `, a nominal average annual growth of ${list(growth.map((g, i) => `${rates[i]} over ${spans("en")[i]}`), "en")}`;
  return {
    zh: `${name.zh}地区生产总值由${from.zh}${toVerb(earlier[0]!.gdp, last.gdp, "level")}${last.year}年的${trillionsInText(last.gdp, "zh")}${zhGrowth}。`,
    en: `GDP of ${name.en} ${verbEn} from ${from.en} to ${trillionsInText(last.gdp, "en")} in ${last.year}${enGrowth}.`,
  };
};

/** Denominator of the strategy regions' shares (analysis/strategies.ts `denominators`), as the object of "share of". */
export const shareDenominator = {
  provinceSum: { zh: "31个省份合计", en: "the GDP of the 31 provinces" },
  groupTotals: { zh: "四大板块公布数合计", en: "the sum of the four regions' published GDP" },
} satisfies Record<string, Text>;

/** The table's share column, by denominator. */
export const shareColumn = {
  provinceSum: { zh: "占31个省份合计（%）", en: "Share of 31 provinces (%)" },
  groupTotals: { zh: "占四大板块合计（%）", en: "Share of four regions (%)" },
} satisfies Record<string, Text>;

/**
 * Note under the table when the shares use the four regions' published totals: the 31-province sum
 * cannot be formed (`missing` provinces), the denominator and its value (亿元; en billion yuan).
 */
export const groupTotalsShareNote = (year: number, missing: readonly Named[], value: number): Text => ({
  zh: `注：${year}年${missing.map((p) => p.name).join("、")}的地区生产总值缺失，31个省份合计无法计算；比重的分母为资料来源公布的四大板块地区生产总值之和（${fixed(value, 0)}亿元），与板块比重所用分母相同。`,
  en: `Note: the ${year} GDP of ${list(missing.map((p) => p.nameEn), "en")} is missing, so the sum of the 31 provinces cannot be formed; shares are of the sum of the four regions' GDP published by the source (${trillionsInText(value, "en")}), the denominator of the regional shares as well.`,
});

/** The report year's share (of `share.of`, default the 31-province sum, and its change) and real growth; growth is said missing when it is. */
export const yearFigures = (p: { year: number; name: Text; share?: { value: number; of?: Text; change?: { since: number; points: number } }; growth?: number }): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  if (p.share) {
    const c = p.share.change;
    const of = p.share.of ?? shareDenominator.provinceSum;
    zh.push(`${p.year}年，${p.name.zh}地区生产总值占${of.zh}的${fixed(p.share.value, 2)}%${c ? `，比${c.since}年${points(c.points, "zh", "share", 2)}` : ""}`);
    en.push(`In ${p.year}, ${p.name.en} accounted for ${fixed(p.share.value, 2)}% of ${of.en}${c ? ` (${points(c.points, "en", "share", 2)} since ${c.since})` : ""}`);
  } else {
    zh.push(`${p.year}年，${p.name.zh}`);
    en.push(`In ${p.year}, for ${p.name.en},`);
  }
  zh.push(p.growth === undefined ? "实际增速数据缺失" : `按不变价格计算比上年${growthWords(p.growth, "zh")}`);
  en.push(p.growth === undefined ? "real growth is missing" : `real GDP was ${growthWords(p.growth, "en")} on the previous year`);
  return { zh: `${zh.join(p.share ? "；" : "")}。`, en: `${en.join(p.share ? "; " : " ")}.` };
};

/** Per-capita GDP (元/人) in the first year with data and the report year; the report year alone when that is all. */
export const perCapitaTrend = (first: { year: number; value: number } | undefined, last: { year: number; value: number }): Text =>
  first
    ? {
        zh: `人均地区生产总值由${first.year}年的${yuan(first.value, "zh")}${toVerb(first.value, last.value, "level")}${last.year}年的${yuan(last.value, "zh")}。`,
        en: `GDP per capita ${movedEn(first.value, last.value)} from ${yuan(first.value, "en")} in ${first.year} to ${yuan(last.value, "en")} in ${last.year}.`,
      }
    : { zh: `${last.year}年人均地区生产总值为${yuan(last.value, "zh")}。`, en: `GDP per capita was ${yuan(last.value, "en")} in ${last.year}.` };

/**
 * The tertiary industry's share of GDP (one decimal) from the first year with data to the report year, and
 * the three-industry structure from its first year to the report year; parts without data are left out.
 */
export const structureTrend = (p: {
  tertiary?: { first: { year: number; share: number }; last: { year: number; share: number } };
  structure?: { first?: { year: number; shares: readonly number[] }; last: { year: number; shares: readonly number[] } };
}): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  const t = p.tertiary;
  if (t) {
    const [a, b] = [roundHalfUp(t.first.share, 1), roundHalfUp(t.last.share, 1)];
    zh.push(`第三产业增加值占地区生产总值的比重由${t.first.year}年的${pct(a)}${toVerb(a, b, "share")}${t.last.year}年的${pct(b)}`);
    en.push(`the tertiary industry's share of GDP ${movedEn(a, b)} from ${pct(a)} in ${t.first.year} to ${pct(b)} in ${t.last.year}`);
  }
  const st = p.structure;
  if (st) {
    zh.push(
      st.first
        ? `三次产业结构由${st.first.year}年的${structureRatio(st.first.shares)}调整至${st.last.year}年的${structureRatio(st.last.shares)}`
        : `${st.last.year}年三次产业结构为${structureRatio(st.last.shares)}`,
    );
    en.push(
      st.first
        ? `the three-industry structure moved from ${structureRatio(st.first.shares)} in ${st.first.year} to ${structureRatio(st.last.shares)} in ${st.last.year}`
        : `the three-industry structure was ${structureRatio(st.last.shares)} in ${st.last.year}`,
    );
  }
  return zh.length === 0 ? { zh: "", en: "" } : { zh: `${zh.join("；")}。`, en: `${capitalise(en.join("; "))}.` };
};

/** Members' shares (%) of the region's GDP in two years, listed member by member. */
export const memberShares = (region: Text, first: { year: number; shares: readonly (Named & { share: number })[] } | undefined, last: { year: number; shares: readonly (Named & { share: number })[] }): Text => {
  const names = { zh: last.shares.map((x) => x.name).join("、"), en: list(last.shares.map((x) => x.nameEn), "en") };
  const values = (xs: readonly { share: number }[], lang: "zh" | "en") => (lang === "zh" ? xs.map((x) => pct(x.share)).join("、") : list(xs.map((x) => pct(x.share)), "en"));
  return first
    ? {
        zh: `${names.zh}占${region.zh}地区生产总值的比重分别由${first.year}年的${values(first.shares, "zh")}变为${last.year}年的${values(last.shares, "zh")}。`,
        en: `The shares of ${names.en} in the GDP of ${region.en} moved from ${values(first.shares, "en")} in ${first.year} to ${values(last.shares, "en")} in ${last.year}.`,
      }
    : {
        zh: `${last.year}年，${names.zh}占${region.zh}地区生产总值的比重分别为${values(last.shares, "zh")}。`,
        en: `In ${last.year}, the shares of ${names.en} in the GDP of ${region.en} were ${values(last.shares, "en")}.`,
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

/** Heading of a strategy region's subsection, numbered within the section: "1. 京津冀" / "1. Beijing-Tianjin-Hebei". */
export const subsectionHeading = (n: number, region: Named): Text => ({ zh: `${n}. ${region.name}`, en: `${n}. ${region.nameEn}` });

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

export const tableHeader = (year: number, shareSince: number | undefined, structureSince: number | undefined, shareOf: Text = shareColumn.provinceSum): Text[] => [
  { zh: "战略区域", en: "Strategy region" },
  { zh: "省份数", en: "Provinces" },
  { zh: `${year}年地区生产总值（${yiUnit("zh")}）`, en: `GDP ${year} (${yiUnit("en")})` },
  shareOf,
  shareSince ? { zh: `比${shareSince}年变化（个百分点）`, en: `Change since ${shareSince} (pp)` } : { zh: "比重变化（个百分点）", en: "Change (pp)" },
  { zh: "实际增速（%）", en: "Real growth (%)" },
  { zh: "人均地区生产总值（元/人）", en: "GDP per capita (yuan)" },
  structureSince ? { zh: `${structureSince}年三次产业结构`, en: `Structure ${structureSince}` } : { zh: "期初三次产业结构", en: "Structure, first year" },
  { zh: `${year}年三次产业结构`, en: `Structure ${year}` },
];

export const tableMethodNote: Text = {
  zh: "注：实际增速为所辖省份按不变价格计算的增速以上年地区生产总值（现价）为权重的加权平均；人均地区生产总值 = 所辖省份地区生产总值之和 ÷ 年末常住人口之和 × 10⁴（计算值，非公布值）；三次产业结构为第一、二、三产业增加值之和占三者合计的比重（%，一位小数，各部分分别四舍五入，合计可能为99.9或100.1）。",
  en: "Note: real growth is the mean of member provinces' constant-price growth weighted by previous-year current-price GDP; GDP per capita = Σ GDP ÷ Σ year-end resident population × 10⁴ (computed, not published); structure = value added of the primary, secondary and tertiary industries as % of their sum (one decimal, each part rounded on its own, so the parts may add to 99.9 or 100.1).",
};

// ---- figures and table over time ------------------------------------------------------------------

export const tertiaryCaption = (first: number, last: number): Text => ({
  zh: `${yearRange(first, last, "zh")}区域重大战略地区第三产业增加值占地区生产总值的比重`,
  en: `Tertiary industry's share of GDP in the major strategy regions, ${yearRange(first, last, "en")}`,
});

/** How the tertiary share is computed, and since when the other two industries are missing (`threeFrom`: first year with all three). */
export const tertiaryNote = (threeFrom: number | undefined, first: number): Text => ({
  zh: `注：第三产业增加值占比 = 所辖省份第三产业增加值之和 ÷ 地区生产总值之和 × 100（现价，计算值）。${threeFrom !== undefined && threeFrom > first ? `分省第一、第二产业增加值${yearRange(first, threeFrom - 1, "zh")}缺失，该时段只能给出第三产业占比。` : ""}`,
  en: `Note: tertiary share = Σ tertiary value added of the member provinces ÷ Σ GDP × 100 (current prices; computed).${threeFrom !== undefined && threeFrom > first ? ` Provincial value added of the primary and secondary industries is missing for ${yearRange(first, threeFrom - 1, "en")}, so only the tertiary share is shown for those years.` : ""}`,
});

export const primary: Text = { zh: "第一产业", en: "Primary industry" };
export const secondary: Text = { zh: "第二产业", en: "Secondary industry" };
export const tertiary: Text = { zh: "第三产业", en: "Tertiary industry" };

export const structureCaption = (name: Named, first: number, last: number): Text => ({
  zh: `${yearRange(first, last, "zh")}${name.name}三次产业结构`,
  en: `Three-industry structure of ${strategyInText(name).en}, ${yearRange(first, last, "en")}`,
});

export const structureNote: Text = {
  zh: "注：三次产业结构为所辖省份第一、二、三产业增加值之和占三者合计的比重（%），各部分分别四舍五入，合计可能为99.9或100.1。",
  en: "Note: structure = value added of the primary, secondary and tertiary industries of the member provinces as % of their sum; each part is rounded on its own, so the parts may add to 99.9 or 100.1.",
};

export const gdpShareCaption = (name: Named, first: number, last: number): Text => ({
  zh: `${yearRange(first, last, "zh")}${name.name}地区生产总值及其占31个省份合计的比重`,
  en: `GDP of ${strategyInText(name).en} and its share of the 31 provinces, ${yearRange(first, last, "en")}`,
});
export const gdpSeries: Text = { zh: "地区生产总值", en: "GDP" };
export const shareSeries: Text = { zh: "占31个省份合计的比重", en: "Share of the 31 provinces" };
/** Unit of the GDP bars: zh 万亿元, en billion yuan. */
export const gdpBarUnit: Text = { zh: "万亿元", en: "billion yuan" };

export const levelsCaption = (years: readonly number[]): Text => ({
  zh: `${list(years.map((y) => `${y}年`), "zh")}区域重大战略地区生产总值和人均地区生产总值`,
  en: `GDP and GDP per capita of the major strategy regions, ${list(years.map(String), "en")}`,
});

export const levelsHeader = (years: readonly number[], growthFrom: readonly number[], year: number, perCapitaFirst: number | undefined): Text[] => [
  { zh: "战略区域", en: "Strategy region" },
  ...years.map((y) => ({ zh: `${y}年地区生产总值（${yiUnit("zh")}）`, en: `GDP ${y} (${yiUnit("en")})` })),
  ...growthFrom.map((f) => ({ zh: `${yearRange(f, year, "zh")}名义年均增长（%）`, en: `Nominal average growth ${yearRange(f, year, "en")} (%)` })),
  ...(perCapitaFirst !== undefined ? [{ zh: `${perCapitaFirst}年人均地区生产总值（元）`, en: `GDP per capita ${perCapitaFirst} (yuan)` }] : []),
  { zh: `${year}年人均地区生产总值（元）`, en: `GDP per capita ${year} (yuan)` },
];

export const levelsNote: Text = {
  zh: "注：名义年均增长 = (末年地区生产总值 ÷ 基年地区生产总值)^(1/年数) − 1，按现价计算，未剔除价格因素；人均地区生产总值 = 所辖省份地区生产总值之和 ÷ 年末常住人口之和 × 10⁴（计算值）。",
  en: "Note: nominal average growth = (GDP of the last year ÷ GDP of the base year)^(1/years) − 1 at current prices (price changes not removed); GDP per capita = Σ GDP ÷ Σ year-end resident population × 10⁴ (computed).",
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
