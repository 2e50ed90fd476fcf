import { distribution, type Distribution } from "./distribution.js";
import { generalizedEntropyOf } from "./theil.js";

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
  return atkinsonOf(distribution("atkinson", values, population), epsilon);
}

/** Atkinson index of a prepared {@link Distribution} (weighted when it carries weights). Throws as `atkinson`. */
export function atkinsonOf(d: Distribution, epsilon: number): number {
  if (!Number.isFinite(epsilon) || epsilon < 0) throw new RangeError(`atkinson: epsilon must be finite and ≥ 0, got ${epsilon}`);
  // Via the generalised entropy family with α = 1 − ε (Shorrocks 1980; Cowell, "Measuring Inequality",
  // 3rd ed., §3.4): A(1) = 1 − exp(−GE(0)) and A(ε) = 1 − [1 + α(α−1)·GE(α)]^(1/α) otherwise, since
  // Σ wᵢ (yᵢ/ȳ)^α = 1 + α(α−1)·GE(α). GE checks the values (zeros allowed only for α > 0, i.e. ε < 1).
  const alpha = 1 - epsilon;
  const ge = generalizedEntropyOf(d, alpha, "atkinson");
  const ede = alpha === 0 ? Math.exp(-ge) : (1 + alpha * (alpha - 1) * ge) ** (1 / alpha);
  return Math.min(1, Math.max(0, 1 - ede));
}
