import { distribution, type Distribution } from "./distribution.js";
import { standardDeviationOf } from "./standardDeviation.js";

/**
 * Unweighted coefficient of variation CV = σ/x̄ of regional values (变异系数), a **relative**
 * disparity index (scale-free). σ is the population SD (divisor n, see `standardDeviation`),
 * x̄ the simple mean of the regional values.
 *
 * Input: values with a positive mean (per-capita GDP in 元/人). Throws RangeError on empty input,
 * non-finite values or a non-positive mean. Example: coefficientOfVariation([1, 3]) = 0.5.
 */
export function coefficientOfVariation(values: readonly number[]): number {
  return coefficientOfVariationOf(distribution("coefficientOfVariation", values), "coefficientOfVariation");
}

/**
 * Population-weighted coefficient of variation (Williamson index, 加权变异系数):
 *
 *   V_w = √( Σᵢ (pᵢ/P)(yᵢ − ȳ)² ) / ȳ,  ȳ = Σᵢ pᵢyᵢ / P,  P = Σᵢ pᵢ,
 *
 * where yᵢ is region i's per-capita value (元/人) and pᵢ its population (any unit, e.g. 万人). ȳ is
 * then the national per-capita value (ΣGDP/Σpopulation when y = GDP/p). Divisor P (no n − 1).
 * Source: J. G. Williamson (1965), "Regional inequality and the process of national development",
 * Economic Development and Cultural Change 13(4), eq. for V_w. Equal weights give the unweighted CV.
 *
 * Throws RangeError on empty input, non-finite values, invalid weights, or a non-positive weighted mean.
 */
export function williamsonCV(values: readonly number[], population: readonly number[]): number {
  return coefficientOfVariationOf(distribution("williamsonCV", values, population), "williamsonCV");
}

/**
 * σ/ȳ of a prepared {@link Distribution}: the CV when unweighted, the Williamson index when it
 * carries population weights. Throws RangeError when the (weighted) mean is not > 0.
 */
export function coefficientOfVariationOf(d: Distribution, fn: string): number {
  if (!(d.mean > 0)) throw new RangeError(`${fn}: ${d.weights === undefined ? "mean" : "weighted mean"} is ${d.mean}; it must be > 0`);
  return standardDeviationOf(d) / d.mean;
}
