import { roundHalfUp } from "../../stats/rounding.js";
import { extremesOf } from "./extremes.js";
import { GROWTH_DECIMALS } from "./growth.js";

/** Displayed precision of strategy shares (% of the 31-province sum): two decimals. */
export const STRATEGY_SHARE_DECIMALS = 2;

/**
 * Judgement: the fastest-growing strategy region(s). Rule: the highest published real growth (one
 * decimal; ties give several); [] when any strategy's growth is missing.
 */
export function fastestStrategies<S extends { realGrowth: { value: number | undefined } }>(strategies: readonly S[]): S[] {
  return extremesOf(strategies, (s) => s.realGrowth.value, "highest", GROWTH_DECIMALS, "noJudgement");
}

/**
 * Judgement: direction of a strategy's share since the first trend year. Rule: the change of the
 * displayed (two-decimal) shares in 个百分点: > 0 "rose", < 0 "fell", 0 "unchanged"; undefined when
 * the change cannot be computed.
 */
export function shareTrend(shareChange: number | undefined): "rose" | "fell" | "unchanged" | undefined {
  if (shareChange === undefined) return undefined;
  const d = roundHalfUp(shareChange, STRATEGY_SHARE_DECIMALS);
  return d > 0 ? "rose" : d < 0 ? "fell" : "unchanged";
}
