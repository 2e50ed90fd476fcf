import type { Text } from "../types/text.js";
import { capitalise, fixed, growthWords, list, pct, usdInText, usdUnit, yearSpans, yiUnit, yuan } from "./format.js";
import { regionInText, regionsInText, type Named, type NamedGroup } from "./names.js";
import { GROWTH_COMPARISONS, type GrowthComparison } from "../types/comparison.js";

/**
 * Words of the section "区域经济发展面临的挑战" (challenges): sentence templates, captions, table headers
 * and notes.
 */

// ---- sentences -----------------------------------------------------------------------------------

/** Per-capita income of the regions, the highest and lowest and their ratio, and where consumption is lowest. */
export const income = (p: {
  year: number;
  regions: readonly (NamedGroup & { income: number })[];
  highest: readonly NamedGroup[];
  lowest: readonly NamedGroup[];
  ratio: number;
  lowestConsumption: readonly (NamedGroup & { consumption: number })[];
}): Text => {
  const items = { zh: p.regions.map((r) => `${regionInText(r).zh}${yuan(r.income, "zh")}`).join("，"), en: p.regions.map((r) => `${regionInText(r).en} ${yuan(r.income, "en")}`).join(", ") };
  const lc = p.lowestConsumption;
  const cons =
    lc.length > 0
      ? { zh: `人均消费支出以${regionsInText(lc).zh}最低（${yuan(lc[0]!.consumption, "zh")}）。`, en: ` Per-capita consumption was lowest in ${regionsInText(lc).en} (${yuan(lc[0]!.consumption, "en")}).` }
      : { zh: "", en: "" };
  return {
    zh: `${p.year}年，居民人均可支配收入${items.zh}；${regionsInText(p.highest).zh}最高，${regionsInText(p.lowest).zh}最低，前者是后者的${fixed(p.ratio, 2)}倍。${cons.zh}`,
    en: `In ${p.year}, per-capita disposable income was ${items.en}; ${regionsInText(p.highest).en} was highest and ${regionsInText(p.lowest).en} lowest, the former ${fixed(p.ratio, 2)} times the latter.${cons.en}`,
  };
};

/** Provinces with falling fixed-asset investment per region, after the national published rate. */
export const investment = (national: number | undefined, regions: readonly { region: NamedGroup; withData: number; falling: readonly (Named & { value?: number })[] }[]): Text => {
  const nat = {
    zh: national === undefined ? "" : `全国固定资产投资（不含农户）比上年${growthWords(national, "zh")}。`,
    en: national === undefined ? "" : `National fixed-asset investment (excl. rural households) was ${growthWords(national, "en")} on the previous year. `,
  };
  const zh = regions.map(({ region, withData, falling }) =>
    falling.length ? `${region.name}地区${withData}个省份中有${falling.length}个（${falling.map((f) => `${f.name}${growthWords(f.value, "zh")}`).join("、")}）` : `${region.name}地区${withData}个省份中没有`,
  );
  const en = regions.map(({ region, withData, falling }) =>
    falling.length ? `${falling.length} of ${withData} in ${regionInText(region).en} (${falling.map((f) => `${f.nameEn} ${growthWords(f.value, "en")}`).join(", ")})` : `none of ${withData} in ${regionInText(region).en}`,
  );
  return { zh: `${nat.zh}固定资产投资负增长的省份：${zh.join("；")}。`, en: `${nat.en}Provinces with falling fixed-asset investment: ${en.join("; ")}.` };
};

/** The fiscal self-financing ratio by region and the lowest. */
export const fiscal = (regions: readonly (NamedGroup & { ratio?: number })[], lowest: readonly NamedGroup[]): Text => ({
  zh: `财政收支方面，地方一般公共预算收入与支出之比（财政自给率）${regions.map((r) => `${regionInText(r).zh}${pct(r.ratio)}`).join("，")}，${regionsInText(lowest).zh}最低，财政平衡压力最大。`,
  en: `In public finance, general-budget revenue as % of expenditure (self-financing ratio) was ${regions.map((r) => `${regionInText(r).en} ${pct(r.ratio)}`).join(", ")}; ${regionsInText(lowest).en} had the lowest ratio and the greatest fiscal strain.`,
});

// ---- figures, tables, notes ----------------------------------------------------------------------

export const analysis: Text = { zh: "区域经济发展挑战分析", en: "The analysis of challenges" };
export const householdOmitted: Text = { zh: "分板块居民收入和消费", en: "Regional income and consumption" };
export const investmentOmitted: Text = { zh: "固定资产投资增速", en: "Fixed-asset investment growth" };
export const fiscalOmitted: Text = { zh: "财政自给率", en: "The fiscal self-financing ratio" };

export const perCapitaNote: Text = {
  zh: "注：板块人均值 = Σ(省份人均值 × 年末常住人口) ÷ Σ年末常住人口（以常住人口近似住户调查的人口权重，计算值，非公布值）。",
  en: "Note: regional per-capita values = Σ(provincial value × year-end resident population) ÷ Σ population (resident population approximates the household-survey weights; computed, not published).",
};

export const incomeSeries: Text = { zh: "居民人均可支配收入", en: "Per-capita disposable income" };
export const consumptionSeries: Text = { zh: "居民人均消费支出", en: "Per-capita consumption" };
export const yuanUnit: Text = { zh: "元", en: "yuan" };
export const householdCaption = (year: number): Text => ({
  zh: `${year}年四大板块居民人均可支配收入和人均消费支出`,
  en: `Per-capita disposable income and consumption of the four regions, ${year}`,
});

export const investmentSeries: Text = { zh: "固定资产投资（不含农户）增速", en: "FAI growth (excl. rural households)" };
export const investmentCaption = (year: number): Text => ({
  zh: `${year}年分省份固定资产投资（不含农户）增速`,
  en: `Fixed-asset investment growth (excl. rural households) by province, ${year}`,
});
export const investmentNote: Text = {
  zh: "注：增速为国家统计局公布的1—12月累计同比增长（按可比口径计算），是不能相加的比率，故不计算板块增速，只统计各板块负增长省份个数；全国数为国家统计局公布值，而非省份平均。",
  en: "Note: growth is NBS's published January–December cumulative year-on-year rate (comparable basis); rates cannot be aggregated, so no regional rate is computed, only the count of provinces with negative growth; the national rate is NBS's published figure, not an average of provinces.",
};

export const membersMissing = (missing: readonly Named[]): Text => ({
  zh: `注：${missing.map((p) => p.name).join("、")}的数据缺失，相关板块以“—”表示。`,
  en: `Note: data are missing for ${missing.map((p) => p.nameEn).join(", ")}; affected regions show "—".`,
});

export const tableCaption = (year: number): Text => ({
  zh: `${year}年四大板块居民收支、消费、投资和财政指标`,
  en: `Household income, consumption, investment and public finance of the four regions, ${year}`,
});
export const tableHeader: Text[] = [
  { zh: "地区", en: "Region" },
  { zh: "人均可支配收入（元）", en: "Disposable income per capita (yuan)" },
  { zh: "人均消费支出（元）", en: "Consumption per capita (yuan)" },
  { zh: `社会消费品零售总额（${yiUnit("zh")}）`, en: `Retail sales (${yiUnit("en")})` },
  { zh: "零售总额名义增长（%）", en: "Retail sales, nominal growth (%)" },
  { zh: "投资负增长省份数/省份数", en: "Provinces with falling FAI / provinces" },
  { zh: `一般公共预算收入（${yiUnit("zh")}）`, en: `Budget revenue (${yiUnit("en")})` },
  { zh: `一般公共预算支出（${yiUnit("zh")}）`, en: `Budget expenditure (${yiUnit("en")})` },
  { zh: "财政自给率（%）", en: "Self-financing ratio (%)" },
];
export const tableNote: Text = {
  zh: "注：社会消费品零售总额为所辖省份之和，增长为按现价计算的名义增长（各省数据相加不等于全国）；财政自给率 = 地方一般公共预算收入之和 ÷ 地方一般公共预算支出之和 × 100（本级收支，不含转移支付和债务收入）；“—”表示数据缺失。",
  en: "Note: retail sales are sums of member provinces, growth is nominal (current prices; provinces do not add up to the national total); self-financing ratio = Σ local general-budget revenue ÷ Σ local general-budget expenditure × 100 (own revenue, excluding transfers and debt); \"—\" marks missing data.",
};

// ---- growth in two years, by two methods ---------------------------------------------------------

/** The indicator compared, in running text. */
export const growthSubject: Readonly<Record<string, Text>> = {
  income_per_capita_all: { zh: "居民人均可支配收入", en: "per-capita disposable income" },
  consumption_per_capita_all: { zh: "居民人均消费支出", en: "per-capita consumption expenditure" },
  retail_sales: { zh: "社会消费品零售总额", en: "retail sales of consumer goods" },
};

/** The method of a regional growth rate, named where the rate is stated. */
export const methodName = (perCapita: boolean): { aggregate: Text; meanOfProvinces: Text } => ({
  aggregate: perCapita ? { zh: "按人口加权的板块均值计算", en: "population-weighted regional means" } : { zh: "按板块合计计算", en: "regional totals" },
  meanOfProvinces: { zh: "按所辖省份增速的简单平均计算", en: "the simple mean of the member provinces' growth rates" },
});

/**
 * The change of one region's growth rate on the previous year, in the words of the one comparison rule
 * (rules/growth.ts compareGrowth of the later rate against the earlier): 提高 / 略有提高 / 与上年持平 /
 * 略有回落 / 回落; `all` gives the form after "增速均" ("均有回落", "均略有提高", "均与2023年持平").
 */
function changeWords(c: GrowthComparison, lang: "zh" | "en", prevYear: number, all = false): string {
  const zh: Record<GrowthComparison, string> = { higher: "有提高", slightlyHigher: "略有提高", same: `与${prevYear}年持平`, slightlyLower: "略有回落", lower: "有回落" };
  const en: Record<GrowthComparison, string> = { higher: "picked up", slightlyHigher: "picked up slightly", same: `was as fast as in ${prevYear}`, slightlyLower: "slowed slightly", lower: "slowed" };
  if (lang === "en") return en[c];
  return all || !zh[c].startsWith("有") ? zh[c] : zh[c].slice(1);
}

/**
 * Growth of one indicator in two years by region (one method), and how it changed: all the same way
 * ("增速均有回落") or region by region. E.g. zh "按人口加权的板块均值计算，2024年东部、中部、西部和东北地区
 * 居民人均可支配收入分别名义增长4.9%、5.2%、5.6%和5.1%（2023年分别为5.8%、6.1%、6.1%和5.4%），增速均有回落。"
 */
export const growthComparison = (p: {
  subject: Text;
  method: Text;
  year: number;
  regions: readonly (NamedGroup & { before: number; after: number; comparison: GrowthComparison })[];
  common?: GrowthComparison | "mixed";
}): Text => {
  const prev = p.year - 1;
  const names = regionsInText(p.regions);
  const zhNames = `${list(p.regions.map((r) => r.name), "zh")}地区`;
  const after = p.regions.map((r) => pct(r.after));
  const before = p.regions.map((r) => pct(r.before));
  const byChange = (lang: "zh" | "en") =>
    GROWTH_COMPARISONS.map((c) => ({ c, rs: p.regions.filter((r) => r.comparison === c) }))
      .filter((x) => x.rs.length > 0)
      .map((x) => (lang === "zh" ? `${x.rs.map((r) => r.name).join("、")}地区${changeWords(x.c, "zh", prev)}` : `in ${regionsInText(x.rs).en} ${changeWords(x.c, "en", prev)}`));
  const all = p.common !== undefined && p.common !== "mixed" ? p.common : undefined;
  const commonZh = all ? `增速均${changeWords(all, "zh", prev, true)}` : `增速${byChange("zh").join("，")}`;
  const commonEn = all ? `growth ${changeWords(all, "en", prev)} in every region` : `growth ${list(byChange("en"), "en")}`;
  return {
    zh: `${p.method.zh}，${p.year}年${zhNames}${p.subject.zh}分别名义增长${list(after, "zh")}（${prev}年分别为${list(before, "zh")}），${commonZh}。`,
    en: `By ${p.method.en}, ${p.subject.en} in ${names.en} grew by ${list(after, "en")} in ${p.year} in nominal terms (${list(before, "en")} in ${prev}); ${commonEn}.`,
  };
};

/** The other method's figures and whether they change in the same direction. */
export const otherMethod = (p: { method: Text; year: number; regions: readonly (NamedGroup & { before: number; after: number })[]; agree?: boolean }): Text => {
  const prev = p.year - 1;
  const pairsZh = p.regions.map((r) => `${r.name}地区${pct(r.before)}和${pct(r.after)}`).join("，");
  const pairsEn = list(p.regions.map((r) => `${regionInText(r).en} ${pct(r.before)} and ${pct(r.after)}`), "en");
  const agreeZh = p.agree === undefined ? "" : p.agree ? "，各地区增速的变化方向与上述结果一致" : "，部分地区增速的变化方向与上述结果不同";
  const agreeEn = p.agree === undefined ? "" : p.agree ? "; every region changes in the same direction" : "; in some regions the change goes the other way";
  return {
    zh: `${p.method.zh}，${prev}年和${p.year}年分别为${pairsZh}${agreeZh}。`,
    en: `By ${p.method.en}, the rates for ${prev} and ${p.year} were ${pairsEn}${agreeEn}.`,
  };
};

export const growthCaption = (subject: Text, year: number): Text => ({
  zh: `${year - 1}年和${year}年四大板块${subject.zh}名义增长`,
  en: `Nominal growth of ${subject.en} in the four regions, ${year - 1} and ${year}`,
});
export const yearSeries = (year: number): Text => ({ zh: `${year}年`, en: `${year}` });

/** How the figure's growth rates are computed. */
export const growthFigureNote = (perCapita: boolean): Text =>
  perCapita
    ? {
        zh: "注：增长为按现价计算的名义增长；板块值为所辖省份人均值以年末常住人口加权的平均（计算值），增长按各年的板块均值计算。按所辖省份增速简单平均的结果见表。",
        en: "Note: nominal growth at current prices; regional values are member provinces' per-capita values weighted by year-end resident population (computed), and growth is that of the regional means. Rates by the simple mean of provincial growth are in the table.",
      }
    : {
        zh: "注：增长为按现价计算的名义增长；板块值为所辖省份之和，增长按板块合计计算（各省数据相加不等于全国）。按所辖省份增速简单平均的结果见表。",
        en: "Note: nominal growth at current prices of the sum of the member provinces (provinces do not add up to the national total). Rates by the simple mean of provincial growth are in the table.",
      };

export const growthTableCaption = (year: number): Text => ({
  zh: `${year - 1}年和${year}年四大板块居民收入、消费和社会消费品零售总额名义增长（两种方法）`,
  en: `Nominal growth of household income, consumption and retail sales in the four regions by two methods, ${year - 1} and ${year}`,
});
export const growthTableHeader = (year: number): Text[] => [
  { zh: "指标", en: "Indicator" },
  { zh: "地区", en: "Region" },
  { zh: `${year - 1}年：板块均值或合计（%）`, en: `${year - 1}: regional aggregate (%)` },
  { zh: `${year}年：板块均值或合计（%）`, en: `${year}: regional aggregate (%)` },
  { zh: `${year - 1}年：省份增速简单平均（%）`, en: `${year - 1}: mean of provinces (%)` },
  { zh: `${year}年：省份增速简单平均（%）`, en: `${year}: mean of provinces (%)` },
];
export const growthTableNote: Text = {
  zh: "注：两种方法均为按现价计算的名义增长。“板块均值或合计”：人均收入、消费为所辖省份人均值以年末常住人口加权的板块均值的增长，社会消费品零售总额为板块合计的增长；“省份增速简单平均”：先算各省份增速，再对所辖省份取不加权的平均（参考报告“挑战”部分所用方法）。两者口径不同，数值可以相差较大。",
  en: "Note: both methods give nominal growth at current prices. \"Regional aggregate\": growth of the population-weighted regional mean (income, consumption; weights: year-end resident population) or of the regional total (retail sales). \"Mean of provinces\": each province's growth rate first, then their unweighted mean (the method of the reference report's challenges part). The two can differ markedly.",
};
export const growthOmitted = (year: number): Text => ({
  zh: `${year - 1}年和${year}年分地区居民收入、消费和社会消费品零售总额增长（需要${year - 2}~${year}年数据）`,
  en: `Regional growth of household income, consumption and retail sales in ${year - 1} and ${year} (needs ${year - 2}–${year})`,
});

// ---- goods trade ---------------------------------------------------------------------------------

/** The allocation of provincial trade, named where totals are stated. */
export const tradeAllocation: Readonly<Record<string, Text>> = {
  trade_total_by_operator_location: { zh: "按经营单位所在地统计", en: "by location of the trading firm" },
  trade_total_by_destination_source: { zh: "按境内目的地和货源地统计", en: "by domestic destination and source of the goods" },
};

/** Trade totals (千美元 → 亿美元) by region and their nominal growth in US dollars, one allocation. */
export const tradeTotals = (p: { allocation: Text; year: number; regions: readonly (NamedGroup & { value: number; growth?: number })[]; first: boolean }): Text => {
  const zh = p.regions.map((r, i) => `${r.name}地区${usdInText(r.value, "zh")}${r.growth === undefined ? "" : `，${i === 0 && p.first ? "比上年" : ""}${growthWords(r.growth, "zh")}`}`).join("；");
  const en = p.regions.map((r) => `${regionInText(r).en} ${usdInText(r.value, "en")}${r.growth === undefined ? "" : ` (${growthWords(r.growth, "en")})`}`);
  return p.first
    ? {
        zh: `${p.year}年，${p.allocation.zh}，货物进出口总额${zh}。`,
        en: `In ${p.year}, goods trade ${p.allocation.en} was ${list(en, "en")} on the previous year.`,
      }
    : { zh: `${p.allocation.zh}，${zh}。`, en: `${capitalise(p.allocation.en)}: ${list(en, "en")}.` };
};

export const tradeCaption = (year: number): Text => ({ zh: `${year - 1}年和${year}年四大板块货物进出口总额`, en: `Goods trade of the four regions, ${year - 1} and ${year}` });
/** The allocation in a table header. */
export const tradeAllocationShort: Readonly<Record<string, Text>> = {
  trade_total_by_operator_location: { zh: "经营单位所在地", en: "By location of firm" },
  trade_total_by_destination_source: { zh: "境内目的地和货源地", en: "By destination and source" },
};
export const tradeHeader = (year: number, allocations: readonly Text[]): Text[] => [
  { zh: "地区", en: "Region" },
  ...allocations.flatMap((a) => [
    { zh: `${a.zh}：${year - 1}年（${usdUnit("zh")}）`, en: `${a.en}: ${year - 1} (${usdUnit("en")})` },
    { zh: `${year}年（${usdUnit("zh")}）`, en: `${year} (${usdUnit("en")})` },
    { zh: "增长（%）", en: "Growth (%)" },
  ]),
];
export const provinceSumRow: Text = { zh: "31个省份合计", en: "31 provinces" };
/** Totals, not exports: provincial exports and imports end in `exportYears`. */
export const tradeNote = (exportYears: readonly number[]): Text => ({
  zh: `注：货物进出口总额为所辖省份之和，以美元计，增长为按美元现价计算的名义增长；两种统计口径把同一笔贸易分配到不同省份，合计相近。${exportYears.length > 0 ? `分省出口额、进口额仅有${yearSpans(exportYears, "zh")}数据，其后只有进出口总额，故此处给出进出口总额而非出口额。` : "数据中没有分省出口额、进口额，故此处给出进出口总额而非出口额。"}`,
  en: `Note: goods trade is the sum of the member provinces in US dollars; growth is nominal in US dollars. The two allocations assign the same trade to different provinces; their sums are close. ${exportYears.length > 0 ? `Provincial exports and imports exist for ${yearSpans(exportYears, "en")} only, later years have totals only, so totals are shown here, not exports.` : "The data hold no provincial exports or imports, so totals are shown here, not exports."}`,
});
export const tradeOmitted = (year: number): Text => ({ zh: `${year - 1}年和${year}年分地区货物进出口总额`, en: `Regional goods trade in ${year - 1} and ${year}` });
