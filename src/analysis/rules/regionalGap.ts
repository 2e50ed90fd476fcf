import { indexDirection, type Direction } from "./disparity.js";

/**
 * The judgement on the gap between two regions' per-capita GDP (区域之间的相对差距与绝对差距): the
 * relative gap is the ratio of the higher region's per-capita GDP to the lower one's (东部/西部, "倍"),
 * the absolute gap their difference (元). Read next to the provincial disparity indices, it tests the
 * statement "区域之间相对差距缩小、绝对差距扩大".
 */

/** Displayed precision of the ratio (1.73倍) and of the difference (whole 元); directions compare these. */
export const GAP_RATIO_DECIMALS = 2;
export const GAP_YUAN_DECIMALS = 0;

/** How the gap moved from the first to the last year compared. */
export interface RegionalGapJudgement {
  /** The ratio as displayed: lower → "narrowed", higher → "widened", equal → "unchanged". */
  relative: Exclude<Direction, "mixed">;
  /** The difference as displayed, the same way. */
  absolute: Exclude<Direction, "mixed">;
}

/**
 * Rule: compare the last year's ratio and difference with the first year's, each at its displayed
 * precision (GAP_RATIO_DECIMALS, GAP_YUAN_DECIMALS), with `indexDirection` of rules/disparity.ts — the
 * same comparison the provincial disparity judgement uses, so the two never read the digits differently.
 */
export function judgeRegionalGap(first: { ratio: number; difference: number }, last: { ratio: number; difference: number }): RegionalGapJudgement {
  return {
    relative: indexDirection(first.ratio, last.ratio, GAP_RATIO_DECIMALS),
    absolute: indexDirection(first.difference, last.difference, GAP_YUAN_DECIMALS),
  };
}
