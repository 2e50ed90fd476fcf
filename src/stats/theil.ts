import { distribution, requireSign, type Distribution } from "./distribution.js";

/**
 * Theil T index = generalised entropy GE(1) (泰尔指数, Theil's first measure):
 *
 *   T = Σᵢ wᵢ (yᵢ/ȳ) ln(yᵢ/ȳ) = Σᵢ sᵢ ln(sᵢ / wᵢ),
 *
 * with wᵢ = pᵢ/P the region's population share (pᵢ = `population`; wᵢ = 1/n when omitted), ȳ = Σwᵢyᵢ
 * and sᵢ = wᵢyᵢ/ȳ the region's share of total income (e.g. of ΣGDP when yᵢ is GDP per person).
 * Unweighted it equals PySAL `inequality.theil.Theil` (Mexico 1940: 0.20894344) and REAT `theil.T`…
 * but NOT REAT's `theil()`, which is GE(0) (see `theilL`). Population-weighted is the form used in
 * Chinese regional studies (e.g. 刘夏明、魏英琪、李国平 2004, 经济研究). Source: H. Theil (1967),
 * "Economics and Information Theory"; Shorrocks (1980) Econometrica 48(3) for the GE family.
 *
 * Range [0, ln(P/min pᵢ)]; 0 iff all yᵢ equal. Input: values ≥ 0 (0·ln 0 = 0) with a positive
 * weighted mean; weights ≥ 0. Throws RangeError on empty input, negative or non-finite values,
 * invalid weights or a zero mean.
 */
export function theilT(values: readonly number[], population?: readonly number[]): number {
  return generalizedEntropy(values, 1, population, "theilT");
}

/**
 * Theil L index = GE(0) = mean log deviation (平均对数离差, Theil's second measure):
 *
 *   L = Σᵢ wᵢ ln(ȳ/yᵢ) = Σᵢ wᵢ ln(wᵢ / sᵢ),
 *
 * same notation as `theilT` (wᵢ population share, 1/n when unweighted). This is what REAT `theil()`
 * returns (c(10,10,10,20,50) → 0.2326302). Input: values > 0. Throws RangeError otherwise.
 */
export function theilL(values: readonly number[], population?: readonly number[]): number {
  return generalizedEntropy(values, 0, population, "theilL");
}

/**
 * Generalised entropy index GE(α) with population-share weights wᵢ = pᵢ/P:
 *   GE(α) = 1/(α(α−1)) Σ wᵢ[(yᵢ/ȳ)^α − 1],  GE(1) = Theil T,  GE(0) = Theil L (limits).
 * Source: Shorrocks (1980). α ≤ 0 and α = 0 need values > 0; α > 0 allows zeros.
 * Throws RangeError on invalid input (see `theilT`).
 */
export function generalizedEntropy(values: readonly number[], alpha: number, population?: readonly number[], fn = "generalizedEntropy"): number {
  return generalizedEntropyOf(distribution(fn, values, population), alpha, fn);
}

/**
 * GE(α) of a prepared {@link Distribution} (weighted when it carries weights), so the Theil and
 * Atkinson indices of one cross-section share one check and one accumulation. Throws as `generalizedEntropy`.
 */
export function generalizedEntropyOf(d: Distribution, alpha: number, fn = "generalizedEntropy"): number {
  if (!Number.isFinite(alpha)) throw new RangeError(`${fn}: alpha must be finite, got ${alpha}`);
  requireSign(fn, d, alpha > 0 ? "nonNegative" : "positive");
  const { values, weights, totalWeight, mean } = d;
  if (!(mean > 0)) throw new RangeError(`${fn}: weighted mean is ${mean}; it must be > 0`);
  let acc = 0;
  for (let i = 0; i < values.length; i++) {
    const share = (weights === undefined ? 1 : weights[i]!) / totalWeight;
    if (share === 0) continue;
    const r = values[i]! / mean;
    if (alpha === 1) acc += r > 0 ? share * r * Math.log(r) : 0;
    else if (alpha === 0) acc -= share * Math.log(r);
    else acc += share * (r ** alpha - 1);
  }
  const ge = alpha === 1 || alpha === 0 ? acc : acc / (alpha * (alpha - 1));
  return Math.max(0, ge);
}
