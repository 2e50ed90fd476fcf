import type { Text } from "../types/text.js";

/** Words of the provincial series the analysis derives (src/analysis/provinceSeries.ts). */

export const unknownSeries = (id: string): Text => ({
  zh: `没有指标“${id}”的分省数据`,
  en: `no provincial data for the indicator "${id}"`,
});

export const knownSeries = (ids: readonly string[]): Text => ({
  zh: `可用指标：${ids.join(", ")}`,
  en: `Indicators available: ${ids.join(", ")}`,
});

export const realGrowthMethod: Text = {
  zh: "实际增速按不变价格计算：地区生产总值指数（上年=100）减100，或直接取公布的实际增长率。",
  en: "Real growth at constant prices: the GDP index (previous year = 100) minus 100, or the published real growth rate.",
};

export const perCapitaMethod: Text = {
  zh: "人均地区生产总值 = 地区生产总值（亿元）÷ 年末常住人口（万人）× 10000，单位元/人。",
  en: "GDP per capita = GDP (100 million yuan) ÷ year-end resident population (10 thousand) × 10,000, in yuan per person.",
};

export const selfFinancingName: Text = { zh: "财政自给率", en: "fiscal self-financing ratio" };

export const selfFinancingMethod: Text = {
  zh: "财政自给率 = 地方一般公共预算收入 ÷ 地方一般公共预算支出 × 100（本级收支，不含转移支付和债务收入）。",
  en: "Fiscal self-financing ratio = local general public budget revenue ÷ expenditure × 100 (own revenue and spending, without transfers or debt).",
};
