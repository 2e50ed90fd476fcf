import { williamsonCV } from "../../stats/coefficientOfVariation.js";
import { theilT } from "../../stats/theil.js";

/** Relative disparity of GDP per capita across provinces (the measures of the 区域差距 section). */
export interface Dispersion {
  /** Population-weighted Theil T (GE(1)) of GDP per capita. */
  theilT: number;
  /** Population-weighted coefficient of variation (Williamson) of GDP per capita: the σ shown beside β. */
  cv: number;
}

/**
 * Disparity of GDP per capita = GDP (亿元) / year-end population (万人) × 10⁴ 元/人, weighted by population,
 * for observed or projected levels alike (stats/theil.ts, stats/coefficientOfVariation.ts). Both are
 * scale-free, so nominal levels at one year's prices give the same value as any common deflator would.
 */
export function perCapitaDispersion(gdp: readonly number[], population: readonly number[]): Dispersion {
  const perCapita = gdp.map((y, i) => (y / population[i]!) * 1e4);
  return { theilT: theilT(perCapita, population), cv: williamsonCV(perCapita, population) };
}
