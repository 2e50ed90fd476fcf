import type { Text } from "../types/text.js";
import { fixed, grouped, growthWords, list, pct, yearRange, yiUnit } from "./format.js";
import type { Named } from "./names.js";
import { strategyInText } from "./strategies.js";

/**
 * Words of the city-level strategy regions (粤港澳大湾区) inside the section "区域重大战略": sentence
 * templates, captions, table headers and notes. City names come from the data (groupings.csv,
 * cities.csv); currencies from the indicator catalogue's units.
 */

/** The mainland cities of a strategy region as a subject: zh "粤港澳大湾区内地9市", en "the 9 mainland cities of the Greater Bay Area". */
export const mainlandCities = (region: Named, count: number): Text => ({
  zh: `${region.name}内地${count}市`,
  en: `the ${count} mainland cities of ${strategyInText(region).en}`,
});

/** Nominal growth of the mainland sum on the previous year. */
/** The mainland sum's nominal growth; `acrossVintages`: the two years come from different vintages, said in the sentence. */
export const mainlandGrowth = (year: number, growth: number, acrossVintages: boolean): Text => ({
  zh: `${year}年内地城市地区生产总值合计比上年名义增长${pct(growth)}${acrossVintages ? `（${year - 1}年与${year}年数值分属不同数据版本，增长可能包含修订因素）` : ""}。`,
  en: `In ${year}, their combined GDP grew by ${pct(growth)} in nominal terms${acrossVintages ? ` (the ${year - 1} and ${year} figures come from different vintages, so the growth may include revisions)` : ""}.`,
});

/** An amount in 亿元 as an integer, for city figures in prose: zh "36802亿元", en "3,680 billion yuan". */
function yiInteger(x: number, lang: "zh" | "en"): string {
  return lang === "zh" ? `${fixed(x, 0)}亿元` : `${grouped(x / 10, 0, "en")} billion yuan`;
}

/**
 * Cities by 万亿元 band in the report year with their GDP, and how many cities reached 1万亿元 at each
 * year counted. E.g. zh "2024年，深圳、广州地区生产总值在3万亿元以上（分别为36802亿元、31033亿元），佛山、
 * 东莞在1万亿元以上（分别为13362亿元、12282亿元）；地区生产总值在1万亿元以上的城市由2014年的2个增至4个。"
 */
export const bands = (year: number, groups: readonly { trillions: number; cities: readonly (Named & { value?: number })[] }[], counts: readonly { year: number; count: number }[]): Text => {
  const part = (lang: "zh" | "en", i: number) => {
    const g = groups[i]!;
    const names = lang === "zh" ? g.cities.map((c) => c.name).join("、") : list(g.cities.map((c) => c.nameEn), "en");
    const values = g.cities.map((c) => yiInteger(c.value!, lang));
    const many = g.cities.length > 1;
    if (lang === "zh") return `${names}${i === 0 ? "地区生产总值" : ""}在${g.trillions}万亿元以上（${many ? "分别为" : ""}${values.join("、")}）`;
    return `${names} ${i === 0 ? "had GDP " : ""}above ${grouped(g.trillions * 1000, 0, "en")} billion yuan (${list(values, "en")}${many ? " respectively" : ""})`;
  };
  const first = counts[0];
  const last = counts[counts.length - 1];
  const trend = first && last && first.year < last.year;
  return {
    zh: `${year}年，${groups.map((_, i) => part("zh", i)).join("，")}${trend ? `；地区生产总值在1万亿元以上的城市由${first.year}年的${first.count}个${last.count > first.count ? "增至" : last.count < first.count ? "减至" : "仍为"}${last.count}个` : ""}。`,
    en: `In ${year}, ${list(groups.map((_, i) => part("en", i)), "en")}${trend ? `; the number of cities with GDP above 1,000 billion yuan went from ${first.count} in ${first.year} to ${last.count}` : ""}.`,
  };
};

/**
 * Why the mainland cities are not ranked by growth (rules/strategies.ts `citiesRankedByGrowth`): their
 * two years come from different vintages, so growth may include revisions that differ between cities.
 */
export const growthNotRanked = (year: number, all: boolean, cities: readonly Named[]): Text => ({
  zh: `${all ? "各内地城市" : cities.map((c) => c.name).join("、")}${year - 1}年与${year}年的地区生产总值分属不同数据版本，名义增长可能包含修订因素，${all ? "故不比较各城市增速快慢" : "未参与增速快慢的比较"}。`,
  en: `${all ? "For every mainland city" : `For ${list(cities.map((c) => c.nameEn), "en")}`}, the ${year - 1} and ${year} figures come from different vintages, so nominal growth may include revisions${all ? " and the cities are not ranked by growth" : "; not ranked by growth"}.`,
});

/** The mainland cities with the fastest and slowest nominal growth. */
export const growthExtremes = (fastest: readonly (Named & { nominalGrowth?: number })[], slowest: readonly (Named & { nominalGrowth?: number })[]): Text => {
  const names = (xs: readonly Named[], lang: "zh" | "en") => (lang === "zh" ? xs.map((x) => x.name).join("、") : list(xs.map((x) => x.nameEn), "en"));
  return {
    zh: `内地城市中，名义增长最快的是${names(fastest, "zh")}（${pct(fastest[0]!.nominalGrowth)}），最慢的是${names(slowest, "zh")}（${pct(slowest[0]!.nominalGrowth)}）。`,
    en: `Among the mainland cities, nominal growth was fastest in ${names(fastest, "en")} (${pct(fastest[0]!.nominalGrowth)}) and slowest in ${names(slowest, "en")} (${pct(slowest[0]!.nominalGrowth)}).`,
  };
};

/**
 * An amount in a unit of 亿 (亿港元, 亿澳门元) as printed in each language: zh the integer with the unit
 * ("31751亿港元"), en in billions of the currency named by the catalogue's English unit ("100 million
 * Hong Kong dollars" → "3,175.1 billion Hong Kong dollars").
 */
export function ownCurrencyAmount(x: number, unit: Text): Text {
  const hundredMillion = /^100 million (.+)$/.exec(unit.en);
  return { zh: `${fixed(x, 0)}${unit.zh}`, en: hundredMillion ? `${grouped(x / 10, 1, "en")} billion ${hundredMillion[1]}` : `${grouped(x, 0, "en")} ${unit.en}` };
}

/** Unit of a table column of amounts in a unit of 亿: zh as is ("亿港元"), en in billions ("billion Hong Kong dollars"). */
export function ownCurrencyUnit(unit: Text): Text {
  const hundredMillion = /^100 million (.+)$/.exec(unit.en);
  return { zh: unit.zh, en: hundredMillion ? `billion ${hundredMillion[1]}` : unit.en };
}

/** The SARs' GDP in their own currencies and its nominal growth; never converted or added to the mainland. */
export const ownCurrency = (year: number, sars: readonly (Named & { amount: Text; growth?: number })[]): Text => {
  const zh = sars.map((c, i) => `${c.name}本地生产总值${c.amount.zh}${c.growth === undefined ? "" : `，${i === 0 ? "比上年名义" : ""}${growthWords(c.growth, "zh")}`}`);
  const en = sars.map((c, i) => `${c.nameEn}'s ${i === 0 ? "GDP was " : ""}${c.amount.en}${c.growth === undefined ? "" : ` (${growthWords(c.growth, "en")}${i === 0 ? " in nominal terms" : ""})`}`);
  return {
    zh: `${year}年，${zh.join("；")}（以本币计，未折算为人民币）。`,
    en: `In ${year}, ${list(en, "en")}, in their own currencies, not converted into yuan.`,
  };
};

/** A city-level strategy region none of whose members has city GDP: named, with why it is not computed. */
export const needsCityData = (regions: readonly (Named & { members: readonly string[] })[]): Text => ({
  zh: `${regions.map((r) => r.name).join("、")}的成员为城市（${regions.map((r) => r.members.join("、")).join("；")}），数据中没有这些城市的地区生产总值，本节未列入。`,
  en: `${list(regions.map((r) => strategyInText(r).en), "en")} ${regions.length > 1 ? "consist" : "consists"} of cities whose GDP is not in the data, so ${regions.length > 1 ? "they are" : "it is"} not computed here.`,
});

// ---- figure, table, notes ------------------------------------------------------------------------

export const figureCaption = (region: Named, year: number): Text => ({
  zh: `${year}年${region.name}内地城市地区生产总值及名义增长`,
  en: `GDP and nominal growth of the mainland cities of ${strategyInText(region).en}, ${year}`,
});
export const gdpSeries: Text = { zh: "地区生产总值", en: "GDP" };
export const growthSeries: Text = { zh: "比上年名义增长", en: "Nominal growth on the previous year" };
export const yiUnitText: Text = { zh: yiUnit("zh"), en: yiUnit("en") };

export const tableCaption = (region: Named, first: number, year: number): Text => ({
  zh: `${yearRange(first, year, "zh")}${region.name}各城市地区生产总值`,
  en: `GDP of the cities of ${strategyInText(region).en}, ${yearRange(first, year, "en")}`,
});

export const tableHeader = (years: readonly number[], year: number, averageFrom: number | undefined): Text[] => [
  { zh: "城市", en: "City" },
  { zh: "单位", en: "Unit" },
  ...years.map((y) => ({ zh: `${y}年`, en: `${y}` })),
  { zh: `${year}年名义增长（%）`, en: `Nominal growth ${year} (%)` },
  ...(averageFrom !== undefined ? [{ zh: `${yearRange(averageFrom, year, "zh")}名义年均增长（%）`, en: `Nominal average growth ${yearRange(averageFrom, year, "en")} (%)` }] : []),
];

export const mainlandTotalRow = (count: number): Text => ({ zh: `内地${count}市合计`, en: `${count} mainland cities` });

/** What the city figures are and what they are not compared with. */
export const cityNote: Text = {
  zh: "注：内地城市为地区生产总值，香港、澳门为本地生产总值，以港元、澳门元计，未折算为人民币（数据中没有汇率），不与内地城市相加；增长均为按现价计算的名义增长。城市数据与分省数据分属不同版本：内地城市2023年及以前为第五次全国经济普查修订前的数值，2024年为首次公布数，故内地城市合计不与分省数据中的广东省地区生产总值比较，2024年比上年的增长可能包含修订因素。深圳自2017年起含深汕特别合作区。",
  en: "Note: mainland cities report gross regional product; Hong Kong and Macao report GDP in Hong Kong dollars and patacas, not converted into yuan (the data hold no exchange rates) and never added to the mainland cities; all growth is nominal (current prices). The city figures are not of the provincial data's vintages: mainland values up to 2023 precede the 5th economic census revision and 2024 values are first releases, so the mainland total is not compared with Guangdong's provincial GDP and growth in 2024 may include revisions. Shenzhen includes the Shenzhen–Shanwei cooperation zone from 2017.",
};
