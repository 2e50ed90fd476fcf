import { roundHalfUp } from "../../stats/rounding.js";
import { differenceInPoints } from "../../stats/share.js";

/**
 * Judgements on R&D intensity (R&D经费投入强度, % of GDP) that the section 新质生产力与创新 states, decided
 * here once. Published intensities carry two decimals (INTENSITY_DECIMALS); comparisons use the
 * published figures, as the statistical communiqué does.
 */

/** Published precision of R&D intensity: two decimals (2.69%). */
export const INTENSITY_DECIMALS = 2;

/** Number of provinces named at the top of the ranking in prose (the full ranking is in the figure). */
export const TOP_PROVINCES = 5;

/**
 * Judgement: direction of a province's intensity from the revised previous-year figure to the report
 * year. Rule: the difference of the published (two-decimal) figures, > 0 "rose", < 0 "fell", 0
 * "unchanged"; both figures are published as printed, so there is no tolerance beyond their rounding.
 * Undefined when either is missing.
 */
export function intensityChange(before: number | undefined, after: number | undefined): { direction: "rose" | "fell" | "unchanged"; points: number } | undefined {
  if (before === undefined || after === undefined) return undefined;
  const points = differenceInPoints(roundHalfUp(after, INTENSITY_DECIMALS), roundHalfUp(before, INTENSITY_DECIMALS));
  return { direction: points > 0 ? "rose" : points < 0 ? "fell" : "unchanged", points };
}

/** Provinces whose published intensity is strictly above the national one; missing values are not compared. */
export function aboveNational<P extends { intensity?: number }>(provinces: readonly P[], national: number | undefined): P[] {
  if (national === undefined) return [];
  const n = roundHalfUp(national, INTENSITY_DECIMALS);
  return provinces.filter((p) => p.intensity !== undefined && roundHalfUp(p.intensity, INTENSITY_DECIMALS) > n);
}

/**
 * The number of decimals (at most `max`) at which every interval [low, high] rounds to one value: the
 * precision an estimate supports when its inputs were published rounded (e.g. a regional intensity
 * derived from two-decimal provincial intensities). 0 when even whole numbers differ at the bounds.
 */
export function supportedDecimals(intervals: readonly { low: number; high: number }[], max: number): number {
  for (let d = max; d > 0; d--) if (intervals.every((i) => roundHalfUp(i.low, d) === roundHalfUp(i.high, d))) return d;
  return 0;
}
