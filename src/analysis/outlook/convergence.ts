import { betaConvergence, type BetaConvergence } from "../../stats/convergence.js";
import { standardDeviation } from "../../stats/standardDeviation.js";
import { weightedMean } from "../../stats/weightedMean.js";
import { seriesAll, type OutlookHistory } from "./history.js";
import type { GrowthRule, Prepared } from "./types.js";

/** Years of the window over which β is estimated (ending in the origin year). */
export const CONVERGENCE_YEARS = 3;

/** β-convergence estimated for the outlook: the regression and its window. */
export interface ConvergenceEstimate {
  fromYear: number;
  toYear: number;
  /** β, its standard error, p-value, speed λ and half-life (stats/convergence.ts). */
  estimate: BetaConvergence;
}

/**
 * Absolute β-convergence of REAL GDP per capita over the `years` years up to the origin:
 *   initialᵢ = Yᵢ,b / Pᵢ,b × 10⁴ (元/人, b = origin − years),
 *   finalᵢ   = initialᵢ × Πₛ(1 + gᵢ,ₛ/100) × Pᵢ,b / Pᵢ,origin   (at prices of b),
 * then gᵢ = ln(finalᵢ/initialᵢ)/T = α + β ln initialᵢ (stats/convergence.ts, Barro & Sala-i-Martin
 * 1992). Needs GDP and population of b, population of the origin and real growth of b+1 … origin.
 */
export function estimateConvergence(history: OutlookHistory, origin: number, years = CONVERGENCE_YEARS): Prepared<ConvergenceEstimate> {
  const base = origin - years;
  const growthYears = Array.from({ length: years }, (_, j) => base + 1 + j);
  const inputs = seriesAll(history, [["gdp", base], ["population", base], ["population", origin], ...growthYears.map((y) => ["realGrowth", y] as const)]);
  if (!inputs.ok) return inputs;
  const [gdp, populationBase, populationOrigin, ...growth] = inputs.value as [number[], number[], number[], ...number[][]];
  const initial = gdp.map((y, i) => (y / populationBase[i]!) * 1e4);
  const final = initial.map((y0, i) => (y0 * growth.reduce((f, g) => f * (1 + g[i]! / 100), 1) * populationBase[i]!) / populationOrigin[i]!);
  return { ok: true, value: { fromYear: base, toYear: origin, estimate: betaConvergence(initial, final, years) } };
}

/**
 * Convergence (收敛情景): real GDP per capita grows faster where it is lower, by β per unit of log
 * level each year. With eᵢ = ln(Yᵢ,t−1 / Pᵢ,t−1) and nᵢ the population growth (%), the real GDP growth
 * factor is
 *   1 + gᵢ/100 = (1 + N_t/100) × aᵢ / Σⱼ wⱼ aⱼ,   aᵢ = exp(β eᵢ) (1 + nᵢ/100),
 * wⱼ the shares of GDP of t − 1, so the 31-province mean equals the national path N_t exactly. With
 * β = 0 every province's real GDP per capita grows at the same rate: per-capita differentials are kept.
 */
export function convergenceRule(beta: number): GrowthRule {
  return (s) => {
    const logLevels = s.gdpPrev.map((y, i) => Math.log(y / s.populationPrev[i]!));
    // Centre the logs before exponentiating: the constant cancels in aᵢ / Σ wⱼ aⱼ and exp stays finite.
    const centre = logLevels.reduce((a, b) => a + b, 0) / logLevels.length;
    const a = logLevels.map((e, i) => Math.exp(beta * (e - centre)) * (1 + s.populationGrowth[i]! / 100));
    const factor = (1 + s.nationalGrowth / 100) / weightedMean(a, s.gdpPrev);
    return a.map((x) => 100 * (x * factor - 1));
  };
}

/** Spread across provinces (points) of the two terms that make real GDP growth differ in the convergence rule. */
export interface ConvergenceTerms {
  /** GDP-weighted standard deviation of 100 β (eᵢ − ē): the catch-up of GDP per capita. */
  beta: number;
  /** GDP-weighted standard deviation of 100 ln(1 + nᵢ/100): assumed population growth. */
  population: number;
}

/**
 * How much each term of `convergenceRule` spreads provinces' real GDP growth: in logs,
 * ln(1 + gᵢ/100) = const + β eᵢ + ln(1 + nᵢ/100), so the two spreads (GDP-weighted standard deviations,
 * stats/standardDeviation.ts, × 100 for points) say whether per-capita catch-up or population growth
 * drives the scenario's differentials. `gdpPrev` (亿元) and `populationPrev` (万人) of the year before,
 * `populationGrowth` in %.
 */
export function convergenceTerms(beta: number, gdpPrev: readonly number[], populationPrev: readonly number[], populationGrowth: readonly number[]): ConvergenceTerms {
  const catchUp = gdpPrev.map((y, i) => 100 * beta * Math.log(y / populationPrev[i]!));
  const people = populationGrowth.map((n) => 100 * Math.log(1 + n / 100));
  return { beta: standardDeviation(catchUp, gdpPrev), population: standardDeviation(people, gdpPrev) };
}
