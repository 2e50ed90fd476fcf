import { roundHalfUp } from "../../stats/rounding.js";
import { differenceInPoints } from "../../stats/share.js";
import { GROWTH_DECIMALS, compareGrowth, type GrowthComparison } from "./growth.js";

/**
 * Judgements on the change of growth rates between two years that the challenges section states
 * ("由2023年的5.8%回落至4.9%", "均有回落", "两种方法所得方向一致"), decided here once. Inputs are growth
 * rates in %, compared as displayed (GROWTH_DECIMALS), by the report's one comparison rule
 * (rules/growth.ts `compareGrowth`).
 */

/** How a growth rate moved from one year to the next. */
export interface GrowthChange {
  /** The later rate against the earlier (compareGrowth): 提高 / 略有提高 / 持平 / 略有回落 / 回落. */
  comparison: GrowthComparison;
  /**
   * "rose"/"fell" when the displayed rates differ by at least MIN_GROWTH_GAP ("higher"/"lower"), else
   * "similar": a move within the tolerance is stated but never counted as a direction.
   */
  direction: "rose" | "fell" | "similar";
  /** Displayed later rate − displayed earlier rate, 个百分点. */
  points: number;
}

/**
 * Judgement: the change of a growth rate from `before` to `after`. Rule: compareGrowth(after, before) —
 * both rounded to GROWTH_DECIMALS; a gap of at least MIN_GROWTH_GAP is a rise or a fall, a smaller one a
 * slight rise or fall ("similar" direction), equal rates 持平. Undefined when either rate is missing.
 */
export function growthChange(before: number | undefined, after: number | undefined): GrowthChange | undefined {
  if (before === undefined || after === undefined) return undefined;
  const comparison = compareGrowth(after, before);
  const points = differenceInPoints(roundHalfUp(after, GROWTH_DECIMALS), roundHalfUp(before, GROWTH_DECIMALS));
  return { comparison, direction: comparison === "higher" ? "rose" : comparison === "lower" ? "fell" : "similar", points };
}

/**
 * Judgement: the comparison shared by every region ("均有回落" / "均略有提高" / "均与上年持平"), or
 * "mixed". Undefined when any region's change is missing (no statement about part of the regions).
 */
export function commonChange(changes: readonly (GrowthChange | undefined)[]): GrowthComparison | "mixed" | undefined {
  if (changes.length === 0 || changes.some((c) => c === undefined)) return undefined;
  const first = changes[0]!.comparison;
  return changes.every((c) => c!.comparison === first) ? first : "mixed";
}

/**
 * Judgement: whether two methods of regional growth give the same direction of change in every
 * region (each region's changes compared with `growthChange`). Undefined when any change is missing.
 */
export function methodsAgree(a: readonly (GrowthChange | undefined)[], b: readonly (GrowthChange | undefined)[]): boolean | undefined {
  if (a.length !== b.length || [...a, ...b].some((c) => c === undefined)) return undefined;
  return a.every((c, i) => c!.direction === b[i]!.direction);
}
