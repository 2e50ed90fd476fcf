import { checkValues, resolveWeights } from "./inequalityInput.js";

/**
 * OECD top-20%/bottom-20% ratio (population-weighted quintile share ratio of regions):
 * sort regions by per-capita value yᵢ; the "bottom 20%" are the poorest regions holding 20% of total
 * population, the "top 20%" the richest holding 20%; the ratio is the population-weighted mean of y
 * over the top group divided by that over the bottom group. A region straddling the 20% cut is
 * split: only the part of its population needed to reach 20% is counted (convention chosen so the
 * index is continuous in the weights). Source: OECD, "Regions at a Glance" (Top 20%/bottom 20% regions
 * ratio of GDP per capita). Unweighted (no `population`): each region counts equally.
 *
 * `share` (default 0.2) sets the tail size. Input: values > 0, weights ≥ 0. Throws RangeError on
 * invalid input or share outside (0, 0.5].
 */
export function topBottomRatio(values: readonly number[], population?: readonly number[], share = 0.2): number {
  const fn = "topBottomRatio";
  if (!(share > 0 && share <= 0.5)) throw new RangeError(`${fn}: share must be in (0, 0.5], got ${share}`);
  checkValues(fn, values, "positive");
  const w = resolveWeights(fn, values, population);
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const P = w.reduce((a, b) => a + b, 0);
  const tailMean = (idx: number[]): number => {
    const target = share * P;
    let taken = 0;
    let acc = 0;
    for (const i of idx) {
      if (taken >= target) break;
      const part = Math.min(w[i]!, target - taken);
      taken += part;
      acc += part * values[i]!;
    }
    return acc / taken;
  };
  return tailMean([...order].reverse()) / tailMean(order);
}
