import { seriesAll, type OutlookHistory } from "./history.js";
import { meanGrowth, recentre } from "./nationalPath.js";
import type { GrowthRule, Prepared } from "./types.js";

/** Years over which the trend scenario averages each province's growth differential (k). */
export const TREND_YEARS = 3;

/**
 * Each province's growth differential to the 31-province mean, averaged over the `years` years up to
 * the origin: d̄ᵢ = (1/k) Σₛ (gᵢ,ₛ − Ḡₛ), with Ḡₛ the mean weighted by GDP of s − 1 (points). Needs real
 * growth of those years and GDP of the years before each; otherwise the gaps.
 */
export function trendDifferentials(history: OutlookHistory, origin: number, years = TREND_YEARS): Prepared<number[]> {
  const window = Array.from({ length: years }, (_, j) => origin - j);
  const inputs = seriesAll(history, window.flatMap((s) => [["realGrowth", s] as const, ["gdp", s - 1] as const]));
  if (!inputs.ok) return inputs;
  const sum = history.codes.map(() => 0);
  for (let j = 0; j < years; j++) {
    const growth = inputs.value[2 * j]!;
    const mean = meanGrowth(growth, inputs.value[2 * j + 1]!);
    growth.forEach((g, i) => (sum[i]! += g - mean));
  }
  return { ok: true, value: sum.map((s) => s / years) };
}

/**
 * Trend (趋势情景): gᵢ,t = N_t + d̄ᵢ − Σⱼ wⱼ d̄ⱼ, with N_t the national path and wⱼ the shares of GDP of
 * t − 1, so the differentials keep their average and the 31-province mean equals the national path.
 */
export function trendRule(differentials: readonly number[]): GrowthRule {
  return (s) => recentre(differentials, s.gdpPrev, s.nationalGrowth);
}
