import { distribution, requireSign, type Distribution } from "./distribution.js";

/**
 * Max/min ratio (最高与最低之比) of regional values: max(x)/min(x), a **relative** disparity index
 * (1 = equality). Unweighted by nature; sensitive to the two extreme regions only.
 * Input: values > 0. Throws RangeError on empty input, non-finite or non-positive values.
 * Example: maxMinRatio([2, 5, 10]) = 5.
 */
export function maxMinRatio(values: readonly number[]): number {
  return maxMinRatioOf(distribution("maxMinRatio", values));
}

/** max/min of a prepared {@link Distribution} (weights play no part). Throws as `maxMinRatio`. */
export function maxMinRatioOf(d: Distribution): number {
  requireSign("maxMinRatio", d, "positive");
  return d.max / d.min;
}
