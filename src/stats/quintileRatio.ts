import { distribution, requireSign, type Distribution } from "./distribution.js";

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
  return topBottomRatioOf(distribution("topBottomRatio", values, population), share);
}

/** Top/bottom ratio of a prepared {@link Distribution}, from its shared ascending order. Throws as `topBottomRatio`. */
export function topBottomRatioOf(d: Distribution, share = 0.2): number {
  const fn = "topBottomRatio";
  if (!(share > 0 && share <= 0.5)) throw new RangeError(`${fn}: share must be in (0, 0.5], got ${share}`);
  requireSign(fn, d, "positive");
  const { values, weights } = d.ascending();
  const target = share * d.totalWeight;
  // Population-weighted mean of the first regions in `step` direction holding `target` population.
  const tailMean = (start: number, step: 1 | -1): number => {
    let taken = 0;
    let acc = 0;
    for (let k = start; k >= 0 && k < values.length && taken < target; k += step) {
      const part = Math.min(weights[k]!, target - taken);
      taken += part;
      acc += part * values[k]!;
    }
    return acc / taken;
  };
  return tailMean(values.length - 1, -1) / tailMean(0, 1);
}
