import { roundHalfUp } from "../../stats/rounding.js";
import type { ScenarioId } from "../outlook/types.js";

/**
 * Rules of the outlook (展望): how finely a projection may be printed, how a projected gap change is
 * called, when a back-test got a direction right and which scenario had the smallest back-test error.
 * Each is decided here once with its thresholds named; `regecon outlook`, the report section and the
 * narrative only phrase the decisions. The β verdict is the disparity rules' `convergenceVerdict`
 * (rules/disparity.ts), at the same significance level.
 */

/** The kinds of projected number, each with its own back-test error and precision. */
export type ProjectedKind = "growth" | "share" | "index";

/**
 * Decimals of the published history: growth rates to 0.1%, shares to 0.01 points, disparity indices to
 * 0.0001. A projection is never printed finer than history is.
 */
export const PUBLISHED_DECIMALS: Readonly<Record<ProjectedKind, number>> = { growth: 1, share: 2, index: 4 };

/**
 * Decimals of a projection without a back-test (its error is unknown): whole points for growth rates
 * and shares, two decimals for indices (Theil T and CV are about 0.01 … 0.5).
 */
export const UNTESTED_DECIMALS: Readonly<Record<ProjectedKind, number>> = { growth: 0, share: 0, index: 2 };

/**
 * Fewest back-test runs whose error may set the print precision: an error measured on one or two
 * origins says little about the next year, so such a projection counts as untested.
 */
export const MIN_BACKTEST_RUNS = 3;

/**
 * Honesty rule for print precision (IMF World Economic Outlook practice: projections are not printed as
 * precisely as history): the last printed digit of a projection is the place of the leading digit of
 * its back-test mean absolute error, so a reader sees no digit finer than the first uncertain one.
 * MAE 0.34 points → 1 decimal; 0.048 → 2; 1.2 → 0. Never finer than PUBLISHED_DECIMALS, never coarser
 * than whole units; a zero error gives the published precision. Without an error from at least
 * MIN_BACKTEST_RUNS runs, UNTESTED_DECIMALS.
 */
export function printDecimals(mae: number | undefined, runs: number, kind: ProjectedKind): number {
  if (mae === undefined || runs < MIN_BACKTEST_RUNS) return UNTESTED_DECIMALS[kind];
  if (mae === 0) return PUBLISHED_DECIMALS[kind];
  // The exponent of the decimal representation: exact, unlike floor(log10(x)) near powers of ten.
  const leadingPlace = Number(mae.toExponential().split("e")[1]);
  return Math.min(PUBLISHED_DECIMALS[kind], Math.max(0, -leadingPlace));
}

/** How a gap between two shares (东部 − 西部, 南方 − 北方) moves. */
export type GapChange = "widened" | "narrowed" | "unchanged";

/**
 * The change of a gap between shares (points), or of a dispersion index such as σ, as printed: the
 * values are compared in absolute value after rounding to the decimals the projection is printed with,
 * so the verdict never contradicts the digits shown.
 */
export function gapChange(before: number, after: number, decimals: number): GapChange {
  const a = roundHalfUp(Math.abs(before), decimals);
  const b = roundHalfUp(Math.abs(after), decimals);
  return b > a ? "widened" : b < a ? "narrowed" : "unchanged";
}

/**
 * Back-test direction rule: a projected gap change (points) got the direction right when it has the
 * same sign as the actual change (both unrounded; a zero counts as a direction of its own).
 */
export function directionRight(projectedChange: number, actualChange: number): boolean {
  return Math.sign(projectedChange) === Math.sign(actualChange);
}

/** Decimals at which back-test errors are printed and compared: 0.01 points. */
export const BACKTEST_DECIMALS = 2;

/**
 * The scenario(s) with the smallest back-test error, compared as printed (BACKTEST_DECIMALS), so a tie
 * the reader sees is a tie: several scenarios when their errors round to the same value; [] when none
 * has an error.
 */
export function smallestError(errors: readonly { scenario: ScenarioId; mae: number | undefined }[]): ScenarioId[] {
  const shown = errors.filter((e) => e.mae !== undefined).map((e) => ({ scenario: e.scenario, mae: roundHalfUp(e.mae!, BACKTEST_DECIMALS) }));
  if (shown.length === 0) return [];
  const best = Math.min(...shown.map((e) => e.mae));
  return shown.filter((e) => e.mae === best).map((e) => e.scenario);
}
