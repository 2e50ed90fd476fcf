/**
 * Input checks shared by the inequality indices (internal to `src/stats/`).
 *
 * Every index takes `values` (a per-capita quantity such as per-capita GDP in 元/人, one per region)
 * and optional `weights` (population, e.g. 万人, one per region). These helpers throw RangeError with
 * the index's name so a caller sees which function rejected which element.
 */

/** Throws RangeError unless `values` is non-empty and every element is finite (and > 0 / ≥ 0 when asked). */
export function checkValues(fn: string, values: readonly number[], sign: "any" | "nonNegative" | "positive"): void {
  if (values.length === 0) throw new RangeError(`${fn}: empty input`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`${fn}: value ${i} is ${v}; values must be finite (missing data must be removed, not passed as NaN)`);
    if (sign === "positive" && v <= 0) throw new RangeError(`${fn}: value ${i} is ${v}; values must be > 0`);
    if (sign === "nonNegative" && v < 0) throw new RangeError(`${fn}: value ${i} is ${v}; values must be ≥ 0`);
  }
}

/**
 * Weights as given, or n equal weights when omitted. Throws RangeError on a length mismatch, a
 * negative or non-finite weight, or weights summing to 0.
 */
export function resolveWeights(fn: string, values: readonly number[], weights?: readonly number[]): readonly number[] {
  if (weights === undefined) return new Array<number>(values.length).fill(1);
  if (weights.length !== values.length) throw new RangeError(`${fn}: ${values.length} values but ${weights.length} weights`);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`${fn}: weight ${i} is ${w}; weights must be finite and ≥ 0`);
    sum += w;
  }
  if (sum <= 0) throw new RangeError(`${fn}: weights sum to 0`);
  return weights;
}

/** Σwᵢ and the weighted mean Σwᵢxᵢ/Σwᵢ (no checks; call after checkValues/resolveWeights). */
export function weightedTotals(values: readonly number[], weights: readonly number[]): { totalWeight: number; mean: number } {
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < values.length; i++) {
    sw += weights[i]!;
    swx += weights[i]! * values[i]!;
  }
  return { totalWeight: sw, mean: swx / sw };
}
