import type { Text } from "../types/text.js";
import { fixed, growthWords, pct, yiUnit, yuan } from "./format.js";
import { regionInText, regionsInText, type Named, type NamedGroup } from "./names.js";

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

/** Nominal growth of retail sales by region and the lowest (when every region has it). */
export const retail = (regions: readonly (NamedGroup & { growth: number })[], lowest: readonly NamedGroup[]): Text => {
  const tail = lowest.length ? { zh: `，${regionsInText(lowest).zh}最低`, en: `; ${regionsInText(lowest).en} was lowest` } : { zh: "", en: "" };
  return {
    zh: `社会消费品零售总额名义增长（现价）${regions.map((r) => `${regionInText(r).zh}${pct(r.growth)}`).join("，")}${tail.zh}。`,
    en: `Nominal growth of retail sales (current prices): ${regions.map((r) => `${regionInText(r).en} ${pct(r.growth)}`).join(", ")}${tail.en}.`,
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
export const retailOmitted = (year: number): Text => ({ zh: `社会消费品零售总额增长（需要${year - 1}年和${year}年数据）`, en: `Retail sales growth (needs ${year - 1} and ${year})` });
export const investmentOmitted: Text = { zh: "固定资产投资增速", en: "Fixed-asset investment growth" };
export const fiscalOmitted: Text = { zh: "财政自给率", en: "The fiscal self-financing ratio" };
export const exportsOmitted = (year: number): Text => ({ zh: `${year}年分地区出口`, en: `Regional exports in ${year}` });

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
