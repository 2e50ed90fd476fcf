/**
 * Weighted arithmetic mean Σwᵢxᵢ / Σwᵢ.
 *
 * Used for regional real growth: members' real growth rates (%) weighted by their previous-year
 * nominal GDP (NBS practice for regional growth; DOMAIN notes). Input: equal-length arrays, weights
 * ≥ 0 with a positive sum. Throws RangeError on length mismatch, negative or non-finite weights,
 * a zero weight sum, or an empty input.
 */
export function weightedMean(values: readonly number[], weights: readonly number[]): number {
  if (values.length !== weights.length) throw new RangeError(`weightedMean: ${values.length} values but ${weights.length} weights`);
  if (values.length === 0) throw new RangeError("weightedMean: empty input");
  let sw = 0;
  let swx = 0;
  values.forEach((x, i) => {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weightedMean: weight ${i} is ${w}; weights must be finite and ≥ 0`);
    if (!Number.isFinite(x)) throw new RangeError(`weightedMean: value ${i} is not finite`);
    sw += w;
    swx += w * x;
  });
  if (sw === 0) throw new RangeError("weightedMean: weights sum to 0");
  return swx / sw;
}
