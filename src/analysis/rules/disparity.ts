import { roundHalfUp } from "../../stats/rounding.js";
import type { TheilDecomposition, TheilGroupPart } from "../../stats/theilDecomposition.js";
import type { LisaQuadrant, LocalMoranUnit } from "../../stats/spatial/localMoran.js";
import { contributionShares } from "../disparity/decomposition.js";

/**
 * Rules of every regional-disparity judgement the product states (区域差距): whether relative and
 * absolute disparity narrowed or widened, whether a change is only "slight", the verdicts of σ- and
 * β-convergence, whether Moran's I shows spatial clustering, which local clusters are significant,
 * and which group holds the largest within-group disparity. Each rule is decided here once, from
 * computed numbers, with its thresholds named; the report section, the narrative and the
 * `regecon disparity` command only phrase the decision they receive.
 */

/**
 * Significance level of every test the disparity judgements state (σ-trend, β-convergence, global
 * and local Moran's I): 5%, the convention of the regional-economics literature. A p-value equal to
 * the level is not significant (p < 0.05 is required).
 */
export const SIGNIFICANCE = 0.05;

/** True when `pValue` is below `SIGNIFICANCE`. */
export function isSignificant(pValue: number): boolean {
  return pValue < SIGNIFICANCE;
}

/**
 * Decimals every disparity figure is shown with, in the report and in `regecon disparity` alike.
 * The direction rules compare values at these decimals, so a judgement never contradicts the digits
 * the reader sees.
 */
export const DISPARITY_DECIMALS = {
  /** Relative indices (CV, Gini, Theil, Atkinson, ratios), β and its standard error, Moran's I, E[I], Var[I]. */
  index: 4,
  /** Absolute disparity in 元/人 (standard deviation, range). */
  yuan: 0,
  /** p-values of regressions (σ-trend, β) and the permutation pseudo p of Moran's I. */
  pValue: 3,
  /** The randomisation p of Moran's I (small values are common, so one more decimal). */
  moranPValue: 4,
  /** z and t statistics. */
  statistic: 2,
  /** Shares of a decomposition (%), the speed of convergence (% a year), the half-life (years). */
  percent: 1,
  /** R² of a regression. */
  rSquared: 3,
} as const;

/** How a disparity measure changed between two years. */
export type Direction = "narrowed" | "widened" | "unchanged" | "mixed";

/**
 * Direction of one index from `first` to `last`, compared as displayed (both rounded half-up to
 * `decimals`): lower → "narrowed", higher → "widened", equal → "unchanged".
 */
export function indexDirection(first: number, last: number, decimals: number): Exclude<Direction, "mixed"> {
  const a = roundHalfUp(first, decimals);
  const b = roundHalfUp(last, decimals);
  return b < a ? "narrowed" : b > a ? "widened" : "unchanged";
}

/** Two indices of one kind: the same direction gives that direction, any disagreement "mixed". */
export function combinedDirection(x: Direction, y: Direction): Direction {
  return x === y ? x : "mixed";
}

/** The four indices the disparity judgement compares, of one year. */
export interface JudgedIndices {
  /** Population-weighted coefficient of variation (Williamson). */
  williamsonCV: number;
  /** Population-weighted Theil T. */
  theilTWeighted: number;
  /** Standard deviation (元/人). */
  sd: number;
  /** Range, highest minus lowest (元/人). */
  range: number;
}

/** The disparity judgement between the first and the last complete year. */
export interface DisparityJudgement {
  /** Relative disparity: weighted CV and weighted Theil T together. */
  relative: Direction;
  /**
   * True when relative disparity narrowed or widened but the σ-trend of the weighted CV over the
   * years is not significant: the change is "slight" (略有缩小/扩大, no significant trend).
   */
  relativeSlight: boolean;
  /** Absolute disparity: standard deviation and range together. */
  absolute: Direction;
}

/**
 * The disparity judgement (判断规则). RELATIVE disparity = population-weighted CV and
 * population-weighted Theil T (compared at `DISPARITY_DECIMALS.index`); ABSOLUTE disparity = standard
 * deviation and range (compared at `DISPARITY_DECIMALS.yuan`, whole 元). Comparing the last with the
 * first complete year, both indices of a kind lower → "narrowed", both higher → "widened", both
 * equal as displayed → "unchanged", otherwise "mixed". A relative change (narrowed or widened) whose
 * σ-trend (`sigmaPValue`, the OLS trend of the weighted CV on year) is not significant at
 * `SIGNIFICANCE` is "slight"; without a trend test (fewer than 3 years) it is not qualified.
 */
export function judgeDisparity(first: JudgedIndices, last: JudgedIndices, sigmaPValue: number | undefined): DisparityJudgement {
  const { index, yuan } = DISPARITY_DECIMALS;
  const relative = combinedDirection(indexDirection(first.williamsonCV, last.williamsonCV, index), indexDirection(first.theilTWeighted, last.theilTWeighted, index));
  const absolute = combinedDirection(indexDirection(first.sd, last.sd, yuan), indexDirection(first.range, last.range, yuan));
  const changed = relative === "narrowed" || relative === "widened";
  return { relative, relativeSlight: changed && sigmaPValue !== undefined && !isSignificant(sigmaPValue), absolute };
}

/** Verdict of a convergence test (σ-trend or β). */
export type ConvergenceVerdict = "convergence" | "divergence" | "notSignificant";

/**
 * σ- or β-convergence verdict from a coefficient and its two-sided p-value: significant at
 * `SIGNIFICANCE` and negative → "convergence" (收敛), significant and positive → "divergence" (发散),
 * otherwise "notSignificant". For σ the coefficient is the trend of dispersion on year; for β the
 * coefficient of the initial log level (Barro & Sala-i-Martin 1992).
 */
export function convergenceVerdict(coefficient: number, pValue: number): ConvergenceVerdict {
  if (!isSignificant(pValue)) return "notSignificant";
  return coefficient < 0 ? "convergence" : "divergence";
}

/** Verdict of global Moran's I. */
export type MoranVerdict = "clustered" | "notSignificant";

/**
 * Global Moran's I verdict: the randomisation p-value (one-sided, alternative "greater": positive
 * spatial autocorrelation) below `SIGNIFICANCE` → "clustered" (空间集聚), otherwise "notSignificant".
 * A dispersed pattern (significantly negative I) would need the lower tail and is not judged.
 */
export function moranVerdict(pRandomisation: number): MoranVerdict {
  return isSignificant(pRandomisation) ? "clustered" : "notSignificant";
}

/** LISA quadrants in the order the report names them: clusters first, then outliers. */
export const QUADRANT_ORDER: readonly LisaQuadrant[] = ["HH", "LL", "HL", "LH"];

/** Significant local Moran units of one quadrant. */
export interface LocalClusters {
  quadrant: LisaQuadrant;
  /** Unit ids (province codes) in the order of the local results. */
  ids: string[];
}

/**
 * Local Moran clusters: the units whose permutation p-value is below `SIGNIFICANCE`, by quadrant in
 * `QUADRANT_ORDER`; every quadrant is listed, empty ones with no ids (for counts).
 */
export function significantClusters(units: readonly LocalMoranUnit[]): LocalClusters[] {
  return QUADRANT_ORDER.map((quadrant) => ({ quadrant, ids: units.filter((u) => u.quadrant === quadrant && isSignificant(u.pValue)).map((u) => u.id) }));
}

/** The class of a unit on a LISA cluster map: its quadrant when significant, else "notSignificant" (GeoDa's convention). */
export type LisaClass = LisaQuadrant | "notSignificant";

/**
 * Which LISA cluster a unit is drawn in on a cluster map (Anselin 1995; GeoDa): its Moran-scatterplot
 * quadrant when its local pseudo p-value is significant (`isSignificant`), else "notSignificant".
 */
export function lisaClass(unit: Pick<LocalMoranUnit, "quadrant" | "pValue">): LisaClass {
  return isSignificant(unit.pValue) ? unit.quadrant : "notSignificant";
}

/**
 * The group(s) with the largest within-group contribution to a Theil decomposition (板块内部差距以…
 * 最大), compared as displayed (`DISPARITY_DECIMALS.percent` of the total): several when tied, in
 * group order; none when the total is not positive.
 */
export function largestWithinGroups(d: TheilDecomposition): TheilGroupPart[] {
  const shares = contributionShares(d)?.groups.map((s) => roundHalfUp(s, DISPARITY_DECIMALS.percent));
  if (!shares) return [];
  const top = Math.max(...shares);
  return d.groups.filter((_, i) => shares[i] === top);
}
