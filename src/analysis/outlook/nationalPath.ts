import { weightedMean } from "../../stats/weightedMean.js";

/**
 * The national path: the 31-province mean real growth (%, weighted by previous-year nominal GDP, the
 * way regional growth is computed throughout regecon) assumed for every projected year. Either the
 * origin year's mean held constant ("originMean", the default: known at the time of the projection)
 * or a rate the user states ("stated", e.g. the national growth target).
 */
export interface NationalPath {
  kind: "originMean" | "stated";
  growth: number;
}

/** The 31-province mean of `growth` (%) weighted by previous-year nominal GDP `gdpPrev` (亿元). */
export function meanGrowth(growth: readonly number[], gdpPrev: readonly number[]): number {
  return weightedMean(growth, gdpPrev);
}

/**
 * Shift every province's growth by the same number of points so that the weighted mean equals the
 * national path: gᵢ + (N − Σwⱼgⱼ). Differentials between provinces are kept exactly.
 */
export function recentre(growth: readonly number[], gdpPrev: readonly number[], national: number): number[] {
  const shift = national - meanGrowth(growth, gdpPrev);
  return growth.map((g) => g + shift);
}
