import type { Text } from "../types/text.js";

/** Words of group series (src/analysis/groupSeries.ts). */

export const measureNotApplicable = (indicator: string, measure: string): Text => ({
  zh: `指标 ${indicator} 不能按“${measure}”汇总到地区组`,
  en: `the indicator ${indicator} cannot be aggregated to groups as "${measure}"`,
});

export const measuresAvailable = (measures: readonly string[]): Text =>
  measures.length === 0
    ? { zh: "这一指标不能汇总到地区组（比率或增速不能由省份数值相加得到）。", en: "This indicator cannot be aggregated to groups (rates cannot be added up from provincial values)." }
    : { zh: `可用的汇总方式：${measures.join(", ")}`, en: `Measures available: ${measures.join(", ")}` };
