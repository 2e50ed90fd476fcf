import { deflatorChange } from "../../stats/deflator.js";
import { seriesAll, type OutlookHistory } from "./history.js";
import type { Prepared } from "./types.js";

/**
 * The price assumption of every scenario: each province's GDP deflator changes in every projected year
 * as it did in the origin year (the implicit deflator of `year`: nominal GDP growth over real growth,
 * see stats/deflator.ts). Needs GDP of `year` and `year − 1` and real growth of `year`; otherwise the
 * gaps. Output: % per province, aligned with `history.codes`.
 */
export function lastDeflatorChange(history: OutlookHistory, year: number): Prepared<number[]> {
  const inputs = seriesAll(history, [
    ["gdp", year - 1],
    ["gdp", year],
    ["realGrowth", year],
  ]);
  if (!inputs.ok) return inputs;
  const [previous, current, growth] = inputs.value as [number[], number[], number[]];
  return { ok: true, value: current.map((y, i) => deflatorChange(previous[i]!, y, growth[i]!)) };
}

/**
 * Nominal GDP of the next year (亿元): Y_t = Y_{t−1} × (1 + g/100) × (1 + p/100), with g the real growth
 * and p the deflator change (both %), province by province.
 */
export function nominalNext(gdpPrev: readonly number[], realGrowth: readonly number[], priceChange: readonly number[]): number[] {
  return gdpPrev.map((y, i) => y * (1 + realGrowth[i]! / 100) * (1 + priceChange[i]! / 100));
}
