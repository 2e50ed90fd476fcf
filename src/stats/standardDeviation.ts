import { distribution, type Distribution } from "./distribution.js";

/**
 * Standard deviation of regional values, an index of **absolute** disparity (same unit as the values,
 * e.g. 元/人).
 *
 * Convention: the population standard deviation, divisor n (the 31 provinces are the whole
 * population, not a sample): σ = √(Σ(xᵢ − x̄)²/n). With `weights` (e.g. population in 万人) it is the
 * weighted SD √(Σwᵢ(xᵢ − x̄_w)²/Σwᵢ), x̄_w = Σwᵢxᵢ/Σwᵢ, again with no small-sample correction.
 * Equal weights reproduce the unweighted value. Same as simple-statistics `standardDeviation` and
 * numpy `std(ddof=0)`; R `sd()` uses n − 1 and differs by √(n/(n−1)).
 *
 * Throws RangeError on empty input, non-finite values, or invalid weights.
 * Example: standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) = 2.
 */
export function standardDeviation(values: readonly number[], weights?: readonly number[]): number {
  return standardDeviationOf(distribution("standardDeviation", values, weights));
}

/** Standard deviation (divisor Σwᵢ) of a prepared {@link Distribution}, weighted when it carries weights. */
export function standardDeviationOf(d: Distribution): number {
  const { values, weights, totalWeight, mean } = d;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (weights === undefined ? 1 : weights[i]!) * (values[i]! - mean) ** 2;
  return Math.sqrt(ss / totalWeight);
}
