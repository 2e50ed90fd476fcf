import { ols } from "./ols.js";

/** σ-convergence: a dispersion series and the OLS trend of dispersion on year. */
export interface SigmaConvergence {
  years: number[];
  dispersion: number[];
  /** OLS slope of dispersion on year (dispersion units per year). */
  slope: number;
  standardError: number;
  tValue: number;
  /** Two-sided p-value (Student t, n − 2 df). */
  pValue: number;
  /** True when the slope is negative and p < `alpha`. */
  converging: boolean;
  /** True when the slope is positive and p < `alpha`. */
  diverging: boolean;
}

/**
 * σ-convergence test: regress a dispersion measure (e.g. SD of log per-capita GDP, the classical
 * σ of Barro & Sala-i-Martin 1992, or a CV / Theil index) on the year by OLS, σₜ = a + b·t + eₜ.
 * σ-convergence when b < 0 and significant at `alpha` (two-sided t test, n − 2 df).
 * Source: Barro & Sala-i-Martin (1992) JPE 100(2); Sala-i-Martin (1996) EJ 106.
 *
 * Input: equal-length years and dispersion values, at least 3 points. Throws RangeError otherwise.
 */
export function sigmaConvergence(years: readonly number[], dispersion: readonly number[], alpha = 0.05): SigmaConvergence {
  if (years.length !== dispersion.length) throw new RangeError(`sigmaConvergence: ${years.length} years but ${dispersion.length} values`);
  if (years.length < 3) throw new RangeError(`sigmaConvergence: need at least 3 years, got ${years.length}`);
  const fit = ols(years.map((t) => [1, t]), dispersion);
  const slope = fit.coefficients[1]!;
  const p = fit.pValues[1]!;
  return {
    years: [...years],
    dispersion: [...dispersion],
    slope,
    standardError: fit.standardErrors[1]!,
    tValue: fit.tValues[1]!,
    pValue: p,
    converging: slope < 0 && p < alpha,
    diverging: slope > 0 && p < alpha,
  };
}

/** β-convergence estimate. */
export interface BetaConvergence {
  /** Length of the period in years, T = final year − initial year. */
  period: number;
  n: number;
  /** Intercept α of gᵢ = α + β ln yᵢ,₀ (+ dummies) + εᵢ. */
  alpha: number;
  beta: number;
  betaStandardError: number;
  betaTValue: number;
  /** Two-sided p-value of β (Student t, n − k df). */
  betaPValue: number;
  rSquared: number;
  /** Implied speed of convergence λ = −ln(1 + Tβ)/T per year; undefined when 1 + Tβ ≤ 0. */
  speed: number | undefined;
  /** Half-life ln 2 / λ in years; undefined unless λ > 0. */
  halfLife: number | undefined;
  /** Names of the group dummies for conditional β (first group is the reference). */
  dummies: { group: string; coefficient: number; standardError: number }[];
  /** True when β < 0 and p < `alpha` (the significance level passed in). */
  converging: boolean;
}

/**
 * Absolute (unconditional) β-convergence by OLS of average annual log growth on the initial log level:
 *
 *   gᵢ = ln(yᵢ,T / yᵢ,0) / T = α + β ln yᵢ,0 + εᵢ,
 *
 * with implied speed λ = −ln(1 + Tβ)/T and half-life ln 2/λ (Barro & Sala-i-Martin 1992, eq. (11);
 * Sala-i-Martin 1996). Conditional β-convergence: pass `groups` (a label per region) to add group
 * dummies (first group in sorted order is the reference; a common practice in Chinese studies is
 * 四大板块 dummies). Standard errors are classical OLS (`ols`).
 *
 * Input: equal-length positive initial and final levels (e.g. per-capita GDP in 元/人), period T > 0.
 * Throws RangeError on invalid input, too few regions for the number of coefficients, or collinearity.
 */
export function betaConvergence(
  initial: readonly number[],
  final: readonly number[],
  period: number,
  groups?: readonly string[],
  alpha = 0.05,
): BetaConvergence {
  const fn = "betaConvergence";
  if (initial.length !== final.length) throw new RangeError(`${fn}: ${initial.length} initial but ${final.length} final values`);
  if (!(period > 0)) throw new RangeError(`${fn}: period must be > 0 years, got ${period}`);
  for (let i = 0; i < initial.length; i++) {
    if (!(initial[i]! > 0) || !(final[i]! > 0) || !Number.isFinite(initial[i]!) || !Number.isFinite(final[i]!)) {
      throw new RangeError(`${fn}: region ${i} has levels ${initial[i]} → ${final[i]}; both must be finite and > 0`);
    }
  }
  if (groups && groups.length !== initial.length) throw new RangeError(`${fn}: ${initial.length} regions but ${groups.length} group labels`);
  const labels = groups ? [...new Set(groups)].sort() : [];
  const dummyGroups = labels.slice(1);
  const X = initial.map((y0, i) => [1, Math.log(y0), ...dummyGroups.map((g) => (groups![i] === g ? 1 : 0))]);
  const g = initial.map((y0, i) => Math.log(final[i]! / y0) / period);
  const fit = ols(X, g);
  const beta = fit.coefficients[1]!;
  const inner = 1 + period * beta;
  const speed = inner > 0 ? -Math.log(inner) / period : undefined;
  return {
    period,
    n: initial.length,
    alpha: fit.coefficients[0]!,
    beta,
    betaStandardError: fit.standardErrors[1]!,
    betaTValue: fit.tValues[1]!,
    betaPValue: fit.pValues[1]!,
    rSquared: fit.rSquared,
    speed,
    halfLife: speed !== undefined && speed > 0 ? Math.LN2 / speed : undefined,
    dummies: dummyGroups.map((grp, j) => ({ group: grp, coefficient: fit.coefficients[2 + j]!, standardError: fit.standardErrors[2 + j]! })),
    converging: beta < 0 && fit.pValues[1]! < alpha,
  };
}
