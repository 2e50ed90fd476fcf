/**
 * How an indicator combines across regions.
 * - `level`: additive (GDP 亿元, population 万人); a group value is the sum of its members.
 * - `ratio`: a ratio of two levels (per-capita GDP = GDP / population); a group value is
 *   Σnumerator / Σdenominator, never the mean of member ratios.
 * - `realGrowthIndex`: a real growth index (上年=100); a group value is the mean of members'
 *   growth rates weighted by previous-year nominal GDP (NBS practice; DOMAIN notes).
 * - `rate`: a rate that cannot be aggregated from member values (e.g. FAI growth); groups are missing.
 */
export type AggregationKind = "level" | "ratio" | "realGrowthIndex" | "rate";

export interface IndicatorDef {
  id: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  aggregation: AggregationKind;
  /** For `ratio`: numerator and denominator indicator ids and the factor turning their units into `unit`. */
  ratioOf?: { numerator: string; denominator: string; factor: number };
  /** For `realGrowthIndex`: the level indicator whose previous-year values are the weights. */
  weightIndicator?: string;
  /** Other spellings of `unit` that sources print for the same quantity (e.g. 元 for 元/人 in national tables). */
  unitAliases: string[];
  /**
   * Plausible range of a province's value, in `unit` (data/indicators.csv `plausible_min`,
   * `plausible_max`; reasoning in docs/data.md). Imports refuse values outside it.
   */
  plausible: { min: number; max: number };
}
