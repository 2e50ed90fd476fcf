import { distribution, requireSign, type Distribution } from "./distribution.js";

/**
 * Unweighted Gini coefficient of regional values (基尼系数), relative mean absolute difference:
 *
 *   G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄)   (computed after sorting as Σₖ (2k − n − 1) x₍ₖ₎ / (n Σx)).
 *
 * Convention: divisor n² (population Gini, maximum (n−1)/n), as PySAL `inequality.gini.Gini`
 * (gives 0.35372371173452849 for the Mexican states in 1940) and REAT `gini(x)`. Not the
 * "small-sample" n(n−1) version. Order-invariant.
 *
 * Input: values ≥ 0 with a positive sum. Throws RangeError on empty input, non-finite or negative
 * values, or an all-zero input.
 */
export function gini(values: readonly number[]): number {
  return giniWeighted(values, undefined, "gini");
}

/**
 * Population-weighted Gini coefficient:
 *
 *   G_w = Σᵢ Σⱼ pᵢ pⱼ |yᵢ − yⱼ| / (2 P² ȳ),  ȳ = Σ pᵢyᵢ / P,  P = Σ pᵢ,
 *
 * i.e. the Gini of the person distribution in which each of region i's pᵢ inhabitants has the
 * regional per-capita value yᵢ (within-region inequality ignored). Computed in O(n log n) by sorting on
 * y; tied values contribute 0, so the result depends only on the multiset of (value, weight) pairs and
 * NOT on input order (REAT's `gini(x, weighting=…)` builds a Lorenz curve in input order and does
 * depend on it). Equal weights reproduce `gini`. Source: e.g. Lerman & Yitzhaki (1984), Milanovic's
 * "concept 2" inequality; formula as in OECD Regions at a Glance (weighted Gini of regional GDP pc).
 *
 * Input: values ≥ 0, weights ≥ 0 (population), same length, positive weighted total.
 * Throws RangeError otherwise.
 */
export function giniWeighted(values: readonly number[], population: readonly number[] | undefined, fn = "giniWeighted"): number {
  return giniOf(distribution(fn, values, population), fn);
}

/**
 * Gini of a prepared {@link Distribution} (weighted when it carries weights), in one pass over its
 * ascending order, shared with the other indices of the same cross-section. Throws as `giniWeighted`.
 */
export function giniOf(d: Distribution, fn = "giniWeighted"): number {
  requireSign(fn, d, "nonNegative");
  const P = d.totalWeight;
  const Y = d.total;
  if (!(Y > 0)) throw new RangeError(`${fn}: the weighted total of the values is ${Y}; it must be > 0`);
  // ΣΣ pᵢpⱼ|yᵢ−yⱼ| = 2 Σₖ pₖ yₖ (C₍ₖ₋₁₎ − (P − Cₖ)) in ascending order, C = cumulative weight.
  const { values, weights } = d.ascending();
  let cum = 0;
  let acc = 0;
  for (let k = 0; k < values.length; k++) {
    const pk = weights[k]!;
    const below = cum;
    cum += pk;
    acc += pk * values[k]! * (below - (P - cum));
  }
  // 2·acc / (2 P² ȳ) with ȳ = Y/P  →  acc / (P · Y)
  return Math.max(0, acc / (P * Y));
}
