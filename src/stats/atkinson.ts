import { checkValues, resolveWeights, weightedTotals } from "./inequalityInput.js";

/**
 * Atkinson index A(ε) (阿特金森指数) with inequality aversion ε ≥ 0, optionally population-weighted:
 *
 *   A(ε) = 1 − [Σᵢ wᵢ (yᵢ/ȳ)^(1−ε)]^(1/(1−ε))   (ε ≠ 1)
 *   A(1) = 1 − exp(Σᵢ wᵢ ln(yᵢ/ȳ)) = 1 − exp(−L)  (L = Theil L = mean log deviation)
 *
 * wᵢ = pᵢ/P (1/n unweighted), ȳ = Σwᵢyᵢ. Source: A. B. Atkinson (1970), "On the measurement of
 * inequality", J. Econ. Theory 2; same convention as REAT `atkinson` and Stata `ineqdeco`.
 * A(0) = 0. Input: values > 0 (≥ 0 allowed for ε < 1). Throws RangeError on invalid ε, values or weights.
 */
export function atkinson(values: readonly number[], epsilon: number, population?: readonly number[]): number {
  const fn = "atkinson";
  if (!Number.isFinite(epsilon) || epsilon < 0) throw new RangeError(`${fn}: epsilon must be finite and ≥ 0, got ${epsilon}`);
  checkValues(fn, values, epsilon < 1 ? "nonNegative" : "positive");
  const w = resolveWeights(fn, values, population);
  const { totalWeight, mean } = weightedTotals(values, w);
  if (!(mean > 0)) throw new RangeError(`${fn}: weighted mean is ${mean}; it must be > 0`);
  let acc = 0;
  for (let i = 0; i < values.length; i++) {
    const share = w[i]! / totalWeight;
    const r = values[i]! / mean;
    acc += epsilon === 1 ? share * Math.log(r) : share * r ** (1 - epsilon);
  }
  const ede = epsilon === 1 ? Math.exp(acc) : acc ** (1 / (1 - epsilon));
  return Math.min(1, Math.max(0, 1 - ede));
}
