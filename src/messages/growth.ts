import type { Text } from "../types/text.js";
import { MISSING, capitalise, fixed, list, listText, num, ordinal, pct, points, thresholdInText, trillionsInText, yi, yiNumber, yiUnit, yearRange } from "./format.js";
import { namesOf, regionsJoined, type Named, type NamedGroup } from "./names.js";
import { GROWTH_COMPARISONS, type GrowthComparison } from "../types/comparison.js";

/**
 * Words of the section "区域经济增长格局" (regional growth pattern): sentence templates, captions, table
 * headers and notes. Templates receive names (Text, from the data) and numbers and format the numbers
 * here; which template applies is decided by the narrative from the rules' decisions.
 */

/** The denominator of shares, named in every share. */
export const denominatorName = {
  provinceSum: { zh: "31个省份合计", en: "the sum of the 31 provinces" },
  groupTotals: { zh: "四大板块合计", en: "the sum of the four regions' totals" },
  national: { zh: "全国", en: "the national total" },
} satisfies Record<string, Text>;

/** The growth comparator: the national rate, or the 31-province weighted mean when it is missing. */
export const comparatorName = {
  national: { zh: "全国", en: "the national rate" },
  provinceWeighted: { zh: "31个省份加权平均", en: "the 31-province weighted mean" },
} satisfies Record<string, Text>;

// ---- overview ------------------------------------------------------------------------------------

/** Opening when regional growth cannot be computed: `none` when no region has it. */
export const patternNotComputable = (year: number, none: boolean): Text => ({
  zh: `${year}年${none ? "四大板块" : "部分板块"}的实际增速无法计算（原因见增速表的注），无法判断四大板块的增长格局。`,
  en: `Real growth cannot be computed for ${none ? "any of the four regions" : "some regions"} in ${year} (see the notes to the growth table), so their growth pattern cannot be judged.`,
});

/**
 * The words of a growth comparison (rules/growth.ts `compareGrowth`): the one phrasing of 高于 / 略高于 /
 * 持平 / 略低于 / 低于 that every sentence comparing two growth rates uses, as a predicate after the
 * subject: zh "略高于东部地区（5.0%）", "与全国水平持平", "低于平均水平（5.0%）0.6个百分点"; en "slightly
 * above the East's (5.0%)", "level with the national rate", "below the mean (5.0%) by 0.6 percentage
 * points". `gap` (个百分点, as printed) is appended when given.
 */
export const comparedWith = (c: GrowthComparison, other: Text, gap?: number): Text => {
  const g = gap === undefined || c === "same" ? { zh: "", en: "" } : { zh: `${fixed(gap, 1)}个百分点`, en: ` by ${fixed(gap, 1)} percentage points` };
  const words: Record<GrowthComparison, Text> = {
    higher: { zh: `高于${other.zh}`, en: `above ${other.en}` },
    slightlyHigher: { zh: `略高于${other.zh}`, en: `slightly above ${other.en}` },
    same: { zh: `与${other.zh}持平`, en: `level with ${other.en}` },
    slightlyLower: { zh: `略低于${other.zh}`, en: `slightly below ${other.en}` },
    lower: { zh: `低于${other.zh}`, en: `below ${other.en}` },
  };
  return { zh: `${words[c].zh}${g.zh}`, en: `${words[c].en}${g.en}` };
};

/** The other side of a comparison, turned round: what `a` is to `b`, `b` is to `a`. */
const reversed: Record<GrowthComparison, GrowthComparison> = { higher: "lower", slightlyHigher: "slightlyLower", same: "same", slightlyLower: "slightlyHigher", lower: "higher" };

/**
 * The east–west opening from the rule's decision, the side with the higher rate first: 西快东慢 /
 * 东快西慢 named when the gap is material, then the comparison in the words of `comparedWith` and the gap:
 * "西部地区经济增速（5.1%）略高于东部地区（5.0%），相差0.1个百分点".
 */
export const eastWest = (d: { comparison: GrowthComparison; pattern: "westFaster" | "eastFaster" | "similar"; west: number; east: number; gap: number }): Text => {
  const westFirst = d.comparison !== "lower" && d.comparison !== "slightlyLower";
  const [a, b] = westFirst ? [{ zh: "西部", en: "the West", rate: d.west }, { zh: "东部", en: "the East", rate: d.east }] : [{ zh: "东部", en: "the East", rate: d.east }, { zh: "西部", en: "the West", rate: d.west }];
  const c = comparedWith(westFirst ? d.comparison : reversed[d.comparison], { zh: `${b.zh}地区（${pct(b.rate)}）`, en: `that of ${b.en} (${pct(b.rate)})` });
  // zh names the pattern by its idiom; en says it in the comparison itself ("above" against "slightly above").
  const pattern = d.pattern === "similar" ? { zh: "", en: "" } : { zh: `区域经济增长呈现${d.pattern === "westFaster" ? "“西快东慢”" : "“东快西慢”"}格局，`, en: "" };
  const gap = d.comparison === "same" ? { zh: "", en: "" } : { zh: `，相差${fixed(d.gap, 1)}个百分点`, en: `, a gap of ${fixed(d.gap, 1)} percentage points` };
  return { zh: `${pattern.zh}${a.zh}地区经济增速（${pct(a.rate)}）${c.zh}${gap.zh}`, en: `${pattern.en}growth in ${a.en} (${pct(a.rate)}) was ${c.en}${gap.en}` };
};

/**
 * The east–west opening, then the fastest and slowest regions. `fastestRate` is omitted when the
 * opening already gave it (the fastest region is the East or the West); `slowestBelow` adds how far
 * the slowest region is below the comparator ("低于全国平均水平（5.0%）0.6个百分点").
 */
export const overview = (
  opening: Text,
  fastest: Text,
  tied: boolean,
  fastestRate: number | undefined,
  slowest: Text,
  slowestRate: number,
  slowestBelow?: { comparison: GrowthComparison; comparator: Text; rate: number; gap: number },
): Text => {
  const below = slowestBelow ? comparedWith(slowestBelow.comparison, comparatorLevel(slowestBelow.comparator, slowestBelow.rate), slowestBelow.gap) : undefined;
  return {
    zh: `分板块看，${opening.zh}；四大板块中，${fastest.zh}增速${tied ? "并列" : ""}最快${fastestRate === undefined ? "" : `（${pct(fastestRate)}）`}，${slowest.zh}增速最慢（${pct(slowestRate)}）${below ? `，${below.zh}` : ""}。`,
    en: `By region, ${opening.en}; ${fastestRate === undefined ? `${fastest.en} was the fastest of the four regions` : `${fastest.en} grew fastest (${pct(fastestRate)})`} and ${slowest.en} the slowest (${pct(slowestRate)})${below ? `, ${below.en}` : ""}.`,
  };
};

/** The comparator with its rate, as compared with: "31个省份加权平均水平（5.0%）" / "the 31-province weighted mean (5.0%)". */
const comparatorLevel = (comparator: Text, rate: number): Text => ({ zh: `${comparator.zh}水平（${pct(rate)}）`, en: `${comparator.en} (${pct(rate)})` });

/** Regions below the comparator, with the gap in points: "东北地区增速低于31个省份加权平均水平（5.0%）0.6个百分点。" */
export const belowComparator = (items: readonly { region: Text; comparison: GrowthComparison; gap: number }[], comparator: Text, rate: number): Text => ({
  zh: `${items.map((i, k) => `${i.region.zh}增速${comparedWith(i.comparison, k === 0 ? comparatorLevel(comparator, rate) : { zh: "这一水平", en: "" }, i.gap).zh}`).join("，")}。`,
  en: `${capitalise(items.map((i, k) => `growth in ${i.region.en} was ${comparedWith(i.comparison, k === 0 ? comparatorLevel(comparator, rate) : { zh: "", en: "it" }, i.gap).en}`).join("; "))}.`,
});

// ---- national context ----------------------------------------------------------------------------

/**
 * National GDP (万亿元), the 10万亿元 milestone it crossed for the first time within the years held
 * (`milestone`, 亿元), and the 31-province sum.
 */
export const context = (year: number, national: number | undefined, milestone: number | undefined, provinceSum: number | undefined): Text => {
  const first = milestone === undefined ? { zh: "", en: "" } : { zh: `，首次突破${thresholdInText(milestone, "zh")}`, en: `, above ${thresholdInText(milestone, "en")} for the first time` };
  const zhParts = [national !== undefined ? `全国国内生产总值${trillionsInText(national, "zh", 1)}${first.zh}` : "全国国内生产总值数据缺失"];
  if (provinceSum !== undefined) zhParts.push(`31个省份地区生产总值合计${trillionsInText(provinceSum, "zh", 1)}`);
  const enParts = [national !== undefined ? `national GDP was ${trillionsInText(national, "en", 1)}${first.en}` : "national GDP is missing"];
  if (provinceSum !== undefined) enParts.push(`the 31 provinces together produced ${trillionsInText(provinceSum, "en", 1)}`);
  return { zh: `${year}年，${zhParts.join("；")}。`, en: `In ${year}, ${enParts.join("; ")}.` };
};

export const sharesNotComputable = (missing: readonly Named[]): Text => ({
  zh: `因缺少${missing.map((p) => p.name).join("、")}的地区生产总值，本节无法计算占比。`,
  en: `Shares cannot be computed: GDP is missing for ${list(missing.map((p) => p.nameEn), "en")}.`,
});

// ---- regions -------------------------------------------------------------------------------------

export const regionGdpMissing = (year: number, region: Text, missing: readonly Named[]): Text => ({
  zh: `${year}年${region.zh}生产总值无法计算（缺少${missing.map((p) => p.name).join("、")}的数据）。`,
  en: `GDP of ${region.en} in ${year} cannot be computed (no data for ${list(missing.map((p) => p.nameEn), "en")}).`,
});

export const regionGrowthMissing = (regions: Text): Text => ({
  zh: `${regions.zh}实际增速无法计算（原因见增速表的注）。`,
  en: `Real growth of ${regions.en} cannot be computed (see the notes to the growth table).`,
});

/**
 * The regions' GDP, shares and real growth in one sentence, NBS style: "东部、中部、西部和东北地区生产
 * 总值分别为…亿元、…，占31个省份合计的比重分别为…；按不变价格计算，分别比上年增长…。" `shares` and
 * `growth` (in the order of `regions`) are left out when undefined.
 */
export const regionsLevels = (regions: Text, gdp: readonly number[], shares: { values: readonly number[]; of: Text } | undefined, growth: readonly number[] | undefined): Text => {
  const zh = [`${regions.zh}生产总值${respectively(gdp.map((v) => yi(v, "zh")), "zh")}`];
  const en = [`GDP of ${regions.en} was ${list(gdp.map((v) => yiNumber(v, "en")), "en")} ${yiUnit("en")}`];
  if (shares) {
    zh.push(`占${shares.of.zh}的比重${respectively(shares.values.map((v) => `${fixed(v, 2)}%`), "zh")}`);
    en.push(`${list(shares.values.map((v) => `${fixed(v, 2)}%`), "en")} of ${shares.of.en}`);
  }
  const g = growth === undefined ? { zh: "", en: "" } : { zh: `；按不变价格计算，${respectively(growth.map((v) => pct(v)), "zh", "比上年增长")}`, en: `; real growth was ${list(growth.map((v) => pct(v)), "en")}` };
  return { zh: `${zh.join("，")}${g.zh}。`, en: `${capitalise(en.join(", or "))}${g.en}${gdp.length > 1 ? " respectively" : ""}.` };
};

/** "分别为a、b和c" (several) or "为a" (one); `verb` replaces "为" ("比上年增长"). */
function respectively(items: readonly string[], lang: "zh", verb = "为"): string {
  return items.length > 1 ? `分别${verb}${list(items, lang)}` : `${verb}${items[0] ?? ""}`;
}

/** One region's change (in 个百分点, as displayed) for `changeClauses`. */
export interface RegionChange {
  region: NamedGroup;
  change: number;
}

/**
 * Changes of several regions grouped by direction, NBS style: zh "西部地区占比上升0.08个百分点，东北地区
 * 下降0.08个百分点，东部和中部地区持平" (the noun 占比/增速 after the first group only); several of one direction
 * with one value "均回落0.6个百分点", with different values "分别上升0.1和0.2个百分点". en "the share of
 * the West rose by 0.08 percentage points, that of the Northeast fell by 0.08 points and those of the
 * East and the Central region were unchanged". `words`: "share" (上升/下降, rose/fell) or "rate"
 * (提高/回落, picked up/slowed); `decimals` of the changes.
 */
export const changeClauses = (items: readonly RegionChange[], words: "share" | "rate", decimals: number): Text => {
  const groups = [items.filter((i) => i.change > 0), items.filter((i) => i.change < 0), items.filter((i) => i.change === 0)].filter((g) => g.length > 0);
  const zh: string[] = [];
  const en: string[] = [];
  groups.forEach((g, k) => {
    const names = regionsJoined(g.map((i) => i.region));
    const many = g.length > 1;
    const subject = words === "share" ? (k === 0 ? `the share${many ? "s" : ""} of ${names.en}` : `${many ? "those" : "that"} of ${names.en}`) : `${k === 0 ? "growth" : "that"} in ${names.en}`;
    const plural = words === "share" && many;
    const first = k === 0 ? (words === "share" ? "占比" : "增速") : "";
    const values = [...new Set(g.map((i) => i.change))];
    if (g[0]!.change === 0) {
      zh.push(`${names.zh}${first}持平`);
      en.push(`${subject} ${plural ? "were" : "was"} unchanged`);
      return;
    }
    const verb = points(g[0]!.change, "zh", words, decimals).replace(/[\d.]+个百分点$/, "");
    const enVerb = g[0]!.change > 0 ? (words === "share" ? "rose" : "picked up") : words === "share" ? "fell" : "slowed";
    const unit = k === 0 ? "percentage points" : "points";
    const abs = (v: number) => fixed(Math.abs(v), decimals);
    if (values.length === 1) {
      zh.push(`${names.zh}${first}${many ? "均" : ""}${verb}${abs(values[0]!)}个百分点`);
      en.push(`${subject} ${enVerb} by ${abs(values[0]!)} ${unit}${many ? " each" : ""}`);
    } else {
      zh.push(`${names.zh}${first}分别${verb}${list(g.map((i) => abs(i.change)), "zh")}个百分点`);
      en.push(`${subject} ${enVerb} by ${list(g.map((i) => abs(i.change)), "en")} ${unit} respectively`);
    }
  });
  return { zh: zh.join("，"), en: list(en, "en") };
};

/** "与上年相比，…；…。" — the share and growth changes of the regions on the previous year. */
export const regionChanges = (shares: Text | undefined, growth: Text | undefined): Text => {
  const parts = [shares, growth].filter((t): t is Text => t !== undefined && t.zh !== "");
  return parts.length === 0 ? { zh: "", en: "" } : { zh: `与上年相比，${parts.map((p) => p.zh).join("；")}。`, en: `Compared with the previous year, ${parts.map((p) => p.en).join("; ")}.` };
};


// ---- provinces by size and growth ----------------------------------------------------------------

type Ranked = Named & { code: string; gdp?: number; gdpRank?: number; gdpTied: boolean; realGrowth?: number; growthRank?: number; growthTied: boolean };

/**
 * The top places as one list: untied provinces with their value, tied ones together "内蒙古、安徽、甘肃
 * （并列第3位，均为5.8%）"; `value` formats a province's figure.
 */
const rankedList = (top: readonly Ranked[], rankOf: (p: Ranked) => number, value: (p: Ranked, lang: "zh" | "en") => string): Text => {
  const groups: Ranked[][] = [];
  for (const p of top) {
    const last = groups[groups.length - 1];
    if (last && rankOf(last[0]!) === rankOf(p)) last.push(p);
    else groups.push([p]);
  }
  const item = (g: Ranked[], lang: "zh" | "en"): string => {
    if (g.length === 1) return lang === "zh" ? `${g[0]!.name}（${value(g[0]!, "zh")}）` : `${g[0]!.nameEn} (${value(g[0]!, "en")})`;
    return lang === "zh"
      ? `${g.map((p) => p.name).join("、")}（并列第${rankOf(g[0]!)}位，均为${value(g[0]!, "zh")}）`
      : `${list(g.map((p) => p.nameEn), "en")} (joint ${ordinal(rankOf(g[0]!))}, ${value(g[0]!, "en")} each)`;
  };
  return { zh: list(groups.map((g) => item(g, "zh")), "zh"), en: list(groups.map((g) => item(g, "en")), "en") };
};

/** "居全国前五位的依次是…" by GDP; among the `withData` provinces when some lack GDP. */
export const sizeTop = (top: readonly Ranked[], n: number, complete: boolean, withData: number): Text => {
  const items = rankedList(top, (p) => p.gdpRank!, (p, lang) => yi(p.gdp, lang));
  return {
    zh: `从经济总量看，${complete ? "居全国" : `在有数据的${withData}个省份中，居`}前${CHINESE_NUMBER[n] ?? n}位的依次是${items.zh}。`,
    en: `By size, the top ${EN_NUMBER[n] ?? n}${complete ? "" : ` among the ${withData} provinces with data`} were ${items.en}.`,
  };
};

/** "居全国前五位的依次是…" by growth; among the `withData` provinces when some lack growth. */
export const growthTop = (top: readonly Ranked[], n: number, withData: number | undefined): Text => {
  const items = rankedList(top, (p) => p.growthRank!, (p) => pct(p.realGrowth));
  return {
    zh: `从经济增速看，${withData === undefined ? "居全国" : `在有增速数据的${withData}个省份中，居`}前${CHINESE_NUMBER[n] ?? n}位的依次是${items.zh}。`,
    en: `By growth, the top ${EN_NUMBER[n] ?? n}${withData === undefined ? "" : ` among the ${withData} provinces with growth data`} were ${items.en}.`,
  };
};

const CHINESE_NUMBER: Readonly<Record<number, string>> = { 1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十" };
const EN_NUMBER: Readonly<Record<number, string>> = { 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten" };

/** A rank in prose: 1 → "首位" / "first"; n → "第n位" / "nth". */
const place = (r: number): Text => (r === 1 ? { zh: "首位", en: "first" } : { zh: `第${r}位`, en: ordinal(r) });

/**
 * Provinces holding ranks for `years` consecutive years since `since`: one → "广东自2006年以来连续19年居
 * 全国首位"; several with consecutive ranks → "广东、江苏、山东和浙江自2006年以来连续19年分列全国第1至4位".
 */
export const rankStreak = (provinces: readonly Named[], ranks: readonly number[], years: number, since: number): Text => {
  if (provinces.length === 1) {
    return { zh: `${provinces[0]!.name}自${since}年以来连续${years}年居全国${place(ranks[0]!).zh}`, en: `${provinces[0]!.nameEn} has ranked ${place(ranks[0]!).en} for ${years} consecutive years since ${since}` };
  }
  const consecutive = ranks.every((r, i) => i === 0 || r === ranks[i - 1]! + 1);
  const names = namesOf(provinces);
  return consecutive
    ? { zh: `${names.zh}自${since}年以来连续${years}年分列全国第${ranks[0]}至${ranks[ranks.length - 1]}位`, en: `${names.en} have held places ${ranks[0]} to ${ranks[ranks.length - 1]} for ${years} consecutive years since ${since}` }
    : { zh: `${names.zh}自${since}年以来连续${years}年分别居全国第${ranks.join("、")}位`, en: `${names.en} have ranked ${list(ranks.map(ordinal), "en")} respectively for ${years} consecutive years since ${since}` };
};

/** "广东是全国首个地区生产总值超过14万亿元的省份" (`level` in 亿元). */
export const firstNationally = (p: Named, level: number): Text => ({
  zh: `${p.name}是全国首个地区生产总值超过${thresholdInText(level, "zh")}的省份`,
  en: `${p.nameEn} is the first province with GDP above ${thresholdInText(level, "en")}`,
});

/** "浙江、安徽分别首次突破9万亿元和5万亿元" (levels in 亿元, in the order of the provinces). */
export const firstCrossings = (items: readonly { p: Named; level: number }[]): Text => {
  const names = namesOf(items.map((i) => i.p));
  const same = new Set(items.map((i) => i.level)).size === 1;
  const levels = (lang: "zh" | "en") => items.map((i) => thresholdInText(i.level, lang, lang === "zh"));
  return {
    zh: `${names.zh}${items.length > 1 ? (same ? "均" : "分别") : ""}首次突破${same ? levels("zh")[0] : list(levels("zh"), "zh")}`,
    en: `${names.en} passed ${same ? thresholdInText(items[0]!.level, "en") : `${list(levels("en"), "en")} billion yuan respectively`} for the first time`,
  };
};

/** Milestone and streak clauses joined into one sentence; "" when none. */
export const sizeHistory = (clauses: readonly Text[]): Text =>
  clauses.length === 0 ? { zh: "", en: "" } : { zh: `${clauses.map((c) => c.zh).join("；")}。`, en: `${clauses.map((c) => capitalise(c.en)).join(". ")}.` };

/** A size band in words (bound in 亿元, see rules/size.ts GDP_BANDS). */
const bandWords = (band: number): Text => {
  const t = (yiYuan: number, lang: "zh" | "en", unit = true) => thresholdInText(yiYuan, lang, unit);
  if (band >= 100000) return { zh: `在${t(band, "zh")}以上`, en: `above ${t(band, "en")}` };
  if (band >= 50000) return { zh: `在${t(band, "zh", false)}万亿~${t(100000, "zh")}之间`, en: `between ${t(band, "en", false)} and ${t(100000, "en")}` };
  if (band > 0) return { zh: `为${t(band, "zh")}级`, en: `between ${t(band, "en", false)} and ${t(band + 10000, "en")}` };
  return { zh: `不足${t(10000, "zh")}`, en: `below ${t(10000, "en")}` };
};

/** "按经济总量分档，广东和江苏在10万亿元以上，…，海南、宁夏、青海和西藏不足1万亿元。" */
export const sizeBands = (bands: readonly { band: number; provinces: readonly Named[] }[]): Text => ({
  zh: `按经济总量分档，${bands.map((b) => `${namesOf(b.provinces).zh}${bandWords(b.band).zh}`).join("，")}。`,
  en: `By size band, ${bands.map((b) => `${namesOf(b.provinces).en} ${b.provinces.length > 1 ? "were" : "was"} ${bandWords(b.band).en}`).join("; ")}.`,
});

export const notRankedBySize = (year: number, missing: readonly Named[]): Text => ({
  zh: `${list(missing.map((p) => p.name), "zh")}${year}年地区生产总值数据缺失，未参与经济总量排序。`,
  en: `GDP for ${list(missing.map((p) => p.nameEn), "en")} in ${year} is missing; they are not ranked by size.`,
});

// ---- provinces within each region ----------------------------------------------------------------

/** "以31个省份加权平均增速（5.0%）为参照，" — the comparator defined once for the paragraph. */
export const comparatorIntro = (kind: "national" | "provinceWeighted", rate: number): Text =>
  kind === "national"
    ? { zh: `以全国经济增速（${pct(rate)}）为参照，`, en: `Against the national growth rate (${pct(rate)}), ` }
    : { zh: `以31个省份加权平均增速（${pct(rate)}）为参照，`, en: `Against the 31-province weighted mean growth rate (${pct(rate)}), ` };

/** The comparator's short name after the paragraph has defined it. */
const comparatorShort = {
  national: { zh: "全国水平", en: "the national rate" },
  provinceWeighted: { zh: "平均水平", en: "the mean" },
} satisfies Record<string, Text>;

/** A province with its growth in brackets: "江苏（5.7%）" / "Jiangsu (5.7%)". */
const withRate = (p: Named & { realGrowth?: number }): Text => ({ zh: `${p.name}（${pct(p.realGrowth)}）`, en: `${p.nameEn} (${pct(p.realGrowth)})` });
const ratesOf = (ps: readonly (Named & { realGrowth?: number })[]): Text => listText(ps.map(withRate));

/** "（广西、贵州增速数据缺失，未参与比较）": members a comparison left out; "" when none. */
export const notCompared = (missing: readonly Named[]): Text =>
  missing.length === 0
    ? { zh: "", en: "" }
    : { zh: `（${missing.map((p) => p.name).join("、")}增速数据缺失，未参与比较）`, en: ` (growth missing for ${missing.map((p) => p.nameEn).join(", ")}; not compared)` };

/** What one region's sentence says about its members. */
export interface RegionMembers {
  region: Text;
  members: number;
  /** Members by their growth against the comparator (rules/growth.ts `splitByComparator`). */
  against: Readonly<Record<GrowthComparison, readonly (Named & { realGrowth?: number })[]>>;
  /** Highest minus lowest growth among members, 个百分点; undefined with fewer than two rates. */
  spread?: number;
  topTenGdp: readonly Named[];
  topTenGrowth: readonly Named[];
  /** Which comparator the paragraph defined (named shortly here). */
  comparator: "national" | "provinceWeighted";
  /** The ranks are national (every province has GDP / growth); otherwise among the provinces with data. */
  completeGdp: boolean;
  completeGrowth: boolean;
  missing: Text;
}

/**
 * One region's members against the comparator and in the national top ten: "东部地区10个省份中，江苏
 * （5.7%）…高于平均水平，…低于平均水平，区内最高与最低增速相差2.2个百分点；广东…地区生产总值居全国前十，
 * 江苏和山东增速居全国前十。"
 */
export const regionMembers = (r: RegionMembers): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  const short = comparatorShort[r.comparator];
  GROWTH_COMPARISONS.filter((c) => r.against[c].length > 0).forEach((c, k) => {
    const ps = r.against[c];
    const words = comparedWith(c, k === 0 ? short : { zh: short.zh, en: "it" });
    zh.push(`${ratesOf(ps).zh}${words.zh}`);
    en.push(`${ratesOf(ps).en} ${ps.length > 1 ? "were" : "was"} ${words.en}`);
  });
  if (r.spread !== undefined) {
    zh.push(`区内最高与最低增速相差${fixed(r.spread, 1)}个百分点`);
    en.push(`a spread of ${fixed(r.spread, 1)} percentage points between the fastest and the slowest`);
  }
  const where = (complete: boolean): Text => (complete ? { zh: "居全国前十", en: "in the national top ten" } : { zh: "在有数据的省份中居前十", en: "in the top ten of the provinces with data" });
  const top = (ps: readonly Named[], what: Text, complete: boolean): Text =>
    ps.length ? { zh: `${namesOf(ps).zh}${what.zh}${where(complete).zh}`, en: `${namesOf(ps).en} ${ps.length > 1 ? "were" : "was"} ${where(complete).en} by ${what.en}` } : { zh: "", en: "" };
  const tops = [top(r.topTenGdp, { zh: "地区生产总值", en: "GDP" }, r.completeGdp), top(r.topTenGrowth, { zh: "增速", en: "growth" }, r.completeGrowth)].filter((t) => t.zh !== "");
  const none = r.completeGdp && r.completeGrowth ? { zh: "没有省份地区生产总值或增速居全国前十", en: "no province was in the national top ten by GDP or growth" } : { zh: "没有省份地区生产总值或增速在有数据的省份中居前十", en: "no province was in the top ten by GDP or growth of the provinces with data" };
  const topText: Text = tops.length > 0 ? { zh: tops.map((t) => t.zh).join("，"), en: tops.map((t) => t.en).join("; ") } : none;
  return {
    zh: `${r.region.zh}${r.members}个省份中，${zh.join("，")}${r.missing.zh}；${topText.zh}。`,
    en: `Of the ${r.members} provinces of ${r.region.en}, ${en.join("; ")}${r.missing.en}; ${topText.en}.`,
  };
};

/** The comparator intro followed by the regions' sentences, as one paragraph's first sentence. */
export const withIntro = (intro: Text, first: Text): Text => ({ zh: `${intro.zh}${first.zh}`, en: `${intro.en}${first.en.charAt(0).toLowerCase()}${first.en.slice(1)}` });

// ---- north and south -----------------------------------------------------------------------------

export const northSouthNotComputable = (year: number): Text => ({
  zh: `${year}年南北地区生产总值数据不全，无法计算南北占比。`,
  en: `North–south shares for ${year} cannot be computed: data are incomplete.`,
});

const patternWord = (southStronger: boolean) => (southStronger ? "“南强北弱”" : "“北强南弱”");

/** One side's quoted share and its change on the previous year (`first`: the denominator is named). */
const sideShare = (side: Named, share: number, change: number | undefined, of: Text | undefined): Text => ({
  zh: `${side.name}地区${of ? `经济总量占${of.zh}的` : "占"}${pct(share)}${change === undefined ? "" : change === 0 ? "，与上年持平" : `，比上年${points(change, "zh", "share")}`}`,
  en: `the ${side.nameEn.toLowerCase()} accounted for ${pct(share)}${of ? ` of ${of.en}` : ""}${change === undefined ? "" : ` (${points(change, "en", "share")})`}`,
});

/**
 * North–south shares, the 南强北弱 verdict (and whether it changed), the sides' real growth compared
 * under the one tolerance rule, and the price explanation when the side that grew materially faster
 * lost share.
 */
export const northSouth = (p: {
  year: number;
  north: Named & { share: number; change?: number; growth?: number };
  south: Named & { share: number; change?: number; growth?: number };
  of: Text;
  southStronger: boolean;
  change?: "unchanged" | "reversed";
  /** North's growth against the south's; undefined when either is missing. */
  growth?: GrowthComparison;
  fasterButLostShare?: "north" | "south";
}): Text => {
  const { north, south } = p;
  const verdictZh =
    p.change === undefined ? `呈现${patternWord(p.southStronger)}格局` : p.change === "unchanged" ? `${patternWord(p.southStronger)}格局没有改变` : `由上年的${patternWord(!p.southStronger)}转为${patternWord(p.southStronger)}`;
  const price: Text =
    p.fasterButLostShare === undefined
      ? { zh: "", en: "" }
      : {
          zh: `${p.fasterButLostShare === "north" ? "北方" : "南方"}实际增速较高而经济总量占比下降，是因为占比按现价计算、增速按不变价计算，两地价格变化不同。`,
          en: ` ${p.fasterButLostShare === "north" ? "The north" : "The south"} grew faster in real terms yet lost share: shares are at current prices and growth at constant prices, and prices moved differently.`,
        };
  return {
    zh: `${p.year}年，${sideShare(south, south.share, south.change, p.of).zh}；${sideShare(north, north.share, north.change, undefined).zh}，${verdictZh}。${p.growth ? sideGrowth(p.growth, north.growth!, south.growth!).zh : ""}${price.zh}`,
    en: `In ${p.year}, ${sideShare(south, south.share, south.change, p.of).en} and ${sideShare(north, north.share, north.change, undefined).en}; the ${p.southStronger ? "south" : "north"} ${p.change === "unchanged" ? "remains" : "is"} the larger economy.${p.growth ? ` ${sideGrowth(p.growth, north.growth!, south.growth!).en}` : ""}${price.en}`,
  };
};

/** "北方地区增速（5.1%）略高于南方地区（5.0%）。" from the comparison of north against south, in the words of `comparedWith`. */
const sideGrowth = (c: GrowthComparison, north: number, south: number): Text => {
  const northFirst = c !== "lower" && c !== "slightlyLower";
  const [a, b, ra, rb] = northFirst ? ["北方", "南方", north, south] : ["南方", "北方", south, north];
  const [ea, eb] = northFirst ? ["the north", "the south"] : ["the south", "the north"];
  const words = comparedWith(northFirst ? c : reversed[c], { zh: `${b}地区（${pct(rb)}）`, en: `that of ${eb} (${pct(rb)})` });
  return { zh: `${a}地区增速（${pct(ra)}）${words.zh}。`, en: `${capitalise(`growth in ${ea} (${pct(ra)}) was ${words.en}`)}.` };
};

/** "地区生产总值居全国前十的10个省份中，南方有8个；增速居全国前十的10个省份中，南方有6个。" */
export const northSouthTopTen = (gdp: { total: number; south: number } | undefined, growth: { total: number; south: number } | undefined): Text => {
  const part = (what: Text, c: { total: number; south: number }): Text => ({
    zh: `${what.zh}居全国前十的${c.total}个省份中，南方有${c.south}个`,
    en: `${c.south} of the ${c.total} provinces in the national top ten by ${what.en} were southern`,
  });
  const parts = [gdp && part({ zh: "地区生产总值", en: "GDP" }, gdp), growth && part({ zh: "增速", en: "growth" }, growth)].filter((t): t is Text => t !== undefined);
  return parts.length === 0 ? { zh: "", en: "" } : { zh: `${parts.map((p) => p.zh).join("；")}。`, en: `${capitalise(parts.map((p) => p.en).join("; "))}.` };
};

// ---- figures and tables --------------------------------------------------------------------------

export const gdpLabel: Text = { zh: "地区生产总值", en: "GDP" };
export const realGrowthLabel: Text = { zh: "实际增速", en: "Real growth" };
export const gdpUnit: Text = { zh: yiUnit("zh"), en: yiUnit("en") };

export const shareFigureCaption = (year: number): Text => ({ zh: `${year}年四大板块地区生产总值占比`, en: `Shares of the four regions in GDP, ${year}` });
export const shareFigureOmitted = (year: number): Text => ({ zh: `${year}年四大板块占比图`, en: `the ${year} regional share chart` });

export const regionsFigureCaption = (year: number, withGrowth: boolean): Text =>
  withGrowth
    ? { zh: `${year}年四大板块地区生产总值及实际增速`, en: `GDP and real growth of the four regions, ${year}` }
    : { zh: `${year}年四大板块地区生产总值（实际增速数据缺失）`, en: `GDP of the four regions, ${year} (real growth missing)` };

export const provincesFigureCaption = (year: number, withGrowth: boolean): Text =>
  withGrowth
    ? { zh: `${year}年分省份地区生产总值和实际增速`, en: `GDP and real growth by province, ${year}` }
    : { zh: `${year}年分省份地区生产总值（实际增速数据缺失）`, en: `GDP by province, ${year} (real growth missing)` };

export const provincesFigureNote: Text = { zh: "注：省份按地区生产总值从高到低排列；增速按不变价格计算。", en: "Note: provinces sorted by GDP; growth at constant prices." };

/**
 * How the text judges milestones and streaks: within the years held (provinces from `first`, the
 * national total from `nationalFirst`), on published figures; the size bands and the top ten.
 */
export const historyNote = (first: number, year: number, nationalFirst: number | undefined): Text => ({
  zh: `注：“首次突破”“首个超过”和连续位次均按数据所含年份判断（分省地区生产总值为${yearRange(first, year, "zh")}${nationalFirst === undefined ? "" : `，全国为${yearRange(nationalFirst, year, "zh")}`}），更早年份不在数据中；位次按公布数排列，数值相同者并列，“前十”含并列第10位；“N万亿元级”指N万亿元（含）至N+1万亿元。`,
  en: `Note: "for the first time", "the first province" and consecutive ranks are judged within the years the data hold (provincial GDP ${yearRange(first, year, "en")}${nationalFirst === undefined ? "" : `, national GDP ${yearRange(nationalFirst, year, "en")}`}); earlier years are not in the data. Ranks are on published figures, equal figures share a rank, and the top ten includes ties for 10th place; a band "between N and N + 1,000 billion yuan" includes N.`,
});

// ---- appendix -------------------------------------------------------------------------------------

export const appendixCaption = (year: number): Text => ({ zh: `${year}年各省份地区生产总值和实际增速`, en: `GDP and real growth by province, ${year}` });
export const appendixHeader: Text[] = [
  { zh: "地区", en: "Province" },
  { zh: "所属板块", en: "Region" },
  { zh: "地区生产总值（亿元）", en: `GDP (${yiUnit("en")})` },
  { zh: "位次", en: "Rank" },
  { zh: "实际增速（%）", en: "Real growth (%)" },
  { zh: "位次", en: "Rank" },
];
/** A rank in a table cell: "3" or "并列3" / "3" or "=3"; missing → "—". */
export const tableRank = (r: number | undefined, tied: boolean): Text =>
  r === undefined ? { zh: MISSING, en: MISSING } : { zh: `${tied ? "并列" : ""}${r}`, en: `${tied ? "=" : ""}${r}` };
export const appendixNote: Text = {
  zh: "注：省份按国家标准行政区划代码顺序排列；位次为有数据省份中的位次，按公布数（地区生产总值保留一位小数，增速保留一位小数）排列，数值相同者并列，其后位次顺延；增速按不变价格计算；“—”表示数据缺失。",
  en: "Note: provinces in the order of their administrative division codes; ranks among the provinces with data, on published figures (GDP and growth to one decimal), equal figures sharing a rank and the next rank skipped; growth at constant prices; \"—\" marks missing data.",
};

export const growthMapCaption = (year: number): Text => ({ zh: `${year}年各省份地区生产总值实际增速`, en: `Real GDP growth by province, ${year}` });
export const growthMapLegend: Text = { zh: "实际增速（%）", en: "Real growth (%)" };

export const growthTableCaption = (prev: number, year: number): Text => ({
  zh: `${yearRange(prev, year, "zh")}四大板块经济增速对比`,
  en: `Real GDP growth of the four regions, ${yearRange(prev, year, "en")}`,
});
export const growthTableHeader = (prev: number, year: number): Text[] => [
  { zh: "地区", en: "Region" },
  { zh: `${prev}年增速（%）`, en: `${prev} growth (%)` },
  { zh: `${year}年增速（%）`, en: `${year} growth (%)` },
  { zh: "变化（个百分点）", en: "Change (pp)" },
];
/** The comparator's row label in the growth table. */
export const comparatorRow = {
  national: { zh: "全国", en: "National" },
  provinceWeighted: { zh: "31个省份（加权）", en: "31 provinces (weighted)" },
} satisfies Record<string, Text>;

export const sharesTableCaption = (prev: number, year: number): Text => ({
  zh: `${yearRange(prev, year, "zh")}四大板块地区生产总值及占比`,
  en: `GDP and shares of the four regions, ${yearRange(prev, year, "en")}`,
});
export const sharesTableHeader = (prev: number, year: number): Text[] => [
  { zh: "地区", en: "Region" },
  { zh: `${prev}年地区生产总值（亿元）`, en: `${prev} GDP (${yiUnit("en")})` },
  { zh: `${year}年地区生产总值（亿元）`, en: `${year} GDP (${yiUnit("en")})` },
  { zh: `${prev}年占比（%）`, en: `${prev} share (%)` },
  { zh: `${year}年占比（%）`, en: `${year} share (%)` },
  { zh: "占比变化（个百分点）", en: "Change of share (pp)" },
];
/** Under the shares table when the data hold no GDP for the previous year. */
export const prevYearGdpMissing = (prev: number): Text => ({
  zh: `注：数据中没有${prev}年的地区生产总值，${prev}年数值及占比变化以“—”表示。`,
  en: `Note: the data have no GDP for ${prev}; its values and the change of shares are shown as "—".`,
});

/** The denominator's row in the shares table. */
export const denominatorRow = {
  provinceSum: { zh: "31个省份合计", en: "31 provinces" },
  groupTotals: { zh: "四大板块合计", en: "Four regions" },
  national: { zh: "全国", en: "National" },
} satisfies Record<string, Text>;

export const northSouthTableCaption = (prev: number, year: number): Text => ({
  zh: `${yearRange(prev, year, "zh")}南北地区经济总量占比`,
  en: `North and south shares of GDP, ${yearRange(prev, year, "en")}`,
});
export const northSouthTableHeader = (prev: number, year: number): Text[] => [
  { zh: "地区", en: "Area" },
  { zh: `${prev}年占比（%）`, en: `${prev} share (%)` },
  { zh: `${year}年占比（%）`, en: `${year} share (%)` },
  { zh: "变化（个百分点）", en: "Change (pp)" },
  { zh: `${year}年实际增速（%）`, en: `${year} real growth (%)` },
];
/** How north and south are divided, naming the northern provinces (zh) and the denominator. */
export const northSouthNote = (north: readonly Named[], of: Text): Text => ({
  zh: `南北以秦岭—淮河一线划分（惯例划分，非官方统计分类）：北方为${north.map((p) => p.name).join("、")}，其余为南方。占比的分母为${of.zh}。`,
  en: `North and south follow the conventional Qinling–Huaihe line (not an official NBS classification). Shares are of ${of.en}.`,
});

// ---- method notes --------------------------------------------------------------------------------

/** How shares are computed, with the denominator's value (亿元; en in billion yuan). */
export const shareNote = (of: Text, value: number | undefined, national: boolean): Text => ({
  zh: `注：占比 = 板块地区生产总值 ÷ ${of.zh}（${num(value, 1)}亿元）× 100；${national ? "" : "该合计与全国数不相等。"}显示值按最大余数法修约，使四个板块合计为100.00%。`,
  en: `Note: share = regional GDP ÷ ${of.en} (${yi(value, "en")}) × 100;${national ? "" : " this sum differs from the national figure."} Displayed shares use largest-remainder rounding so that they add to 100.00%.`,
});

export const growthMethodNote: Text = {
  zh: "注：板块实际增速为所辖省份按不变价格计算的增速以上年地区生产总值（现价）为权重的加权平均；增速差按修约后的一位小数计算。",
  en: "Note: a region's real growth is the mean of its provinces' constant-price growth rates weighted by their previous-year current-price GDP; differences use the rates rounded to one decimal.",
};

export const censusRevisionNote = (prevYear: number): Text => ({
  zh: `注：${prevYear}年及以前的增速为第五次全国经济普查修订后的数据库数值，与修订前发布的数值（如各地统计公报及据此编写的报告）可能不同：普查修订同时改变了不变价增速和作为权重的现价地区生产总值。`,
  en: `Note: growth for ${prevYear} and earlier is the NBS database value after the 5th economic census revision and may differ from earlier publications (bulletins and reports based on them): the revision changed both the constant-price growth rates and the current-price GDP used as weights.`,
});

export const comparatorStandInNote: Text = {
  zh: "注：数据中没有全国国内生产总值指数，“全国”一行及“高于全国”的比较以31个省份按上年地区生产总值加权的平均增速代替。",
  en: "Note: the data have no national GDP index; the national row and comparisons with it use the 31-province growth weighted by previous-year GDP instead.",
};

export const publishedTotalsNote: Text = {
  zh: "注：板块合计采用资料来源公布的板块总量，而非所辖省份相加。",
  en: "Note: regional totals are the totals published by the source, not sums of provinces.",
};

/** Provinces without GDP stay on the axis (sorted last, no bar): the note says so, never "not shown". */
export const gdpMissingInFigure = (missing: readonly Named[]): Text => ({
  zh: `注：${missing.map((p) => p.name).join("、")}的地区生产总值数据缺失，排在图的末尾，无柱形。`,
  en: `Note: GDP is missing for ${list(missing.map((p) => p.nameEn), "en")}; they are placed last, without a bar.`,
});

export const growthMissingEverywhereInFigure = (year: number): Text => ({
  zh: `注：${year}年各省份实际增速数据缺失，图中只有地区生产总值。`,
  en: `Note: real growth for ${year} is missing for every province; only GDP is shown.`,
});

export const growthMissingInFigure = (missing: readonly Named[]): Text => ({
  zh: `注：${missing.map((p) => p.name).join("、")}的实际增速数据缺失，图中该处无增速点。`,
  en: `Note: real growth is missing for ${missing.map((p) => p.nameEn).join(", ")}; no growth point is drawn there.`,
});

/** What the missing-growth note says cannot be computed in the growth table. */
export const affectedRegionalRates: Text = { zh: "相关板块增速", en: "the affected regional rates" };

/** Vintage notes' subjects. */
export const gdpData: Text = { zh: "地区生产总值数据", en: "The GDP data" };
export const growthData: Text = { zh: "实际增速及其权重数据", en: "The real growth data and their weights" };

/** In place of the growth table when no regional growth exists for either year (the import hint goes to the CLI's warnings). */
export const growthTableOmitted = (prev: number, year: number, have: readonly number[], olderVintage: readonly number[] | undefined): Text => {
  const haveZh = have.length > 0 ? `数据中的增速年份为${yearRange(have[0]!, have[have.length - 1]!, "zh")}` : "数据中没有增速";
  const haveEn = have.length > 0 ? `the data have growth for ${yearRange(have[0]!, have[have.length - 1]!, "en")}` : "the data have no growth rates";
  const o = olderVintage;
  return {
    zh: `（${yearRange(prev, year, "zh")}四大板块增速对比表从略：${haveZh}，缺少所需的地区生产总值指数。${o ? `数据中另有第五次全国经济普查修订前的地区生产总值指数（${yearRange(o[0]!, o[o.length - 1]!, "zh")}），属另一数据版本，不与修订后数据混用。` : ""}）`,
    en: `(Growth table for ${yearRange(prev, year, "en")} omitted: ${haveEn}, and the GDP index it needs is missing.${o ? ` The data also hold the GDP index from before the 5th-census revision (${yearRange(o[0]!, o[o.length - 1]!, "en")}), another vintage that is not spliced with the revised data.` : ""})`,
  };
};
