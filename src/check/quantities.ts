import { indicatorCatalogue } from "../data/indicators.js";

/**
 * Quantities the checker computes that are not catalogue indicators but follow from them:
 * - urbanisation_rate: population_urban ÷ population (national: 年末总人口; provinces and groups:
 *   年末常住人口) × 100, as src/analysis/urbanisation.ts;
 * - self_financing_ratio: general-budget revenue ÷ expenditure × 100 (财政自给率);
 * - urban_rural_income_ratio: urban ÷ rural per-capita disposable income (城乡居民收入比);
 * - structure: a sector's share of the three sectors' sum (三次产业结构);
 * - index:NAME: a disparity index of provincial GDP per capita (analysis/disparity.ts);
 * - trade_total: goods trade (货物进出口总额) by either of its two NBS breakdowns, which assign the same trade
 *   to different provinces (by the location of the trading firm, by domestic destination and source).
 */
export const DERIVED_QUANTITIES: Readonly<Record<string, { unit: string } | { unitOf: string }>> = {
  urbanisation_rate: { unit: "%" },
  trade_total: { unitOf: "trade_total_by_operator_location" },
  self_financing_ratio: { unit: "%" },
  urban_rural_income_ratio: { unit: "" },
  structure: { unit: "%" },
};

/** The unit a quantity's values are in ("%" for rates such as 城镇化率 or R&D intensity); undefined when unknown. */
export function unitOf(indicator: string): string | undefined {
  if (indicator.startsWith("index:")) return "";
  const derived = DERIVED_QUANTITIES[indicator];
  if (derived) return "unit" in derived ? derived.unit : unitOf(derived.unitOf);
  return indicatorCatalogue().get(indicator)?.unit;
}

/** True for quantities whose values are percentages (a stated "67.00%" is their level, not a growth rate). */
export function isPercentValued(indicator: string | null | undefined): boolean {
  return indicator !== undefined && indicator !== null && unitOf(indicator) === "%";
}

/** True for catalogue indicators that are levels (amounts that add up across regions: 亿元, 万人 …). */
export function isLevelIndicator(indicator: string | null | undefined): boolean {
  return typeof indicator === "string" && indicatorCatalogue().get(indicator)?.aggregation === "level";
}

/** Suffix of a series holding revised figures of another ("rd_intensity_revised": 修订后的 R&D intensity). */
export const REVISED_SUFFIX = "_revised";
