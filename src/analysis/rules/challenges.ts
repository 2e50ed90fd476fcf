import { roundHalfUp } from "../../stats/rounding.js";
import { differenceInPoints } from "../../stats/share.js";
import { GROWTH_DECIMALS, isMaterialGap } from "./growth.js";

/**
 * Judgements on the change of growth rates between two years that the challenges section states
 * ("由2023年的5.8%回落至4.9%", "均有回落", "两种方法所得方向一致"), decided here once. Inputs are growth
 * rates in %, compared as displayed (GROWTH_DECIMALS), with the report's one tolerance (isMaterialGap).
 */

/** How a growth rate moved from one year to the next. */
export interface GrowthChange {
  /** "rose"/"fell" when the displayed rates differ by at least MIN_GROWTH_GAP, else "similar" (基本持平). */
  direction: "rose" | "fell" | "similar";
  /** Displayed later rate − displayed earlier rate, 个百分点. */
  points: number;
}

/**
 * Judgement: the change of a growth rate from `before` to `after`. Rule: both rounded to
 * GROWTH_DECIMALS; a gap of at least MIN_GROWTH_GAP (isMaterialGap) is a rise or a fall, a smaller one
 * "similar". Undefined when either rate is missing.
 */
export function growthChange(before: number | undefined, after: number | undefined): GrowthChange | undefined {
  if (before === undefined || after === undefined) return undefined;
  const [b, a] = [roundHalfUp(before, GROWTH_DECIMALS), roundHalfUp(after, GROWTH_DECIMALS)];
  const points = differenceInPoints(a, b);
  return { direction: !isMaterialGap(a, b) ? "similar" : points > 0 ? "rose" : "fell", points };
}

/**
 * Judgement: the direction shared by every region ("均回落" / "均有提高"), or "mixed". Undefined when any
 * region's change is missing (no statement about part of the regions).
 */
export function commonDirection(changes: readonly (GrowthChange | undefined)[]): GrowthChange["direction"] | "mixed" | undefined {
  if (changes.length === 0 || changes.some((c) => c === undefined)) return undefined;
  const first = changes[0]!.direction;
  return changes.every((c) => c!.direction === first) ? first : "mixed";
}

/**
 * Judgement: whether two methods of regional growth give the same direction of change in every
 * region (each region's changes compared with `growthChange`). Undefined when any change is missing.
 */
export function methodsAgree(a: readonly (GrowthChange | undefined)[], b: readonly (GrowthChange | undefined)[]): boolean | undefined {
  if (a.length !== b.length || [...a, ...b].some((c) => c === undefined)) return undefined;
  return a.every((c, i) => c!.direction === b[i]!.direction);
}
