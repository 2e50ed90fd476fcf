import { roundHalfUp } from "../../stats/rounding.js";
import type { ScenarioId } from "../outlook/types.js";

/**
 * Rules of the outlook (展望): how finely a projection may be printed, when a projected change of a gap
 * or of σ is called a direction, when it is the price assumption that moves a gap, what drives the
 * convergence scenario, how far provincial targets may be shifted to the national path, when a back-test
 * got a direction right, which scenario had the smallest back-test error and which years the largest.
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
 * Fewest back-test runs whose error may set the print precision or judge a projected change: an error
 * measured on one or two origins says little about the next year, so such a projection counts as untested.
 */
export const MIN_BACKTEST_RUNS = 3;

/** A back-test mean absolute error at one horizon and the number of runs it rests on. */
export interface HorizonError {
  mae: number | undefined;
  runs: number;
}

/**
 * The error a projection j years ahead is printed and judged with: the largest back-test MAE at horizons
 * 1 … j (errors grow with the horizon, so a smaller error at a longer horizon, measured on fewer runs, is
 * noise), or undefined (untested) when any of those horizons has no error or fewer than
 * MIN_BACKTEST_RUNS runs. `errors`: horizons 1 … j in order.
 */
export function judgingError(errors: readonly HorizonError[]): number | undefined {
  if (errors.length === 0 || errors.some((e) => e.mae === undefined || e.runs < MIN_BACKTEST_RUNS)) return undefined;
  return Math.max(...errors.map((e) => e.mae!));
}

/**
 * Honesty rule for print precision (IMF World Economic Outlook practice: projections are not printed as
 * precisely as history): the last printed digit of a projection is the place of the leading digit of
 * its back-test error (`judgingError`), so a reader sees no digit finer than the first uncertain one.
 * Error 0.34 points → 1 decimal; 0.048 → 2; 1.2 → 0. Never finer than PUBLISHED_DECIMALS, never coarser
 * than whole units; a zero error gives the published precision; untested (undefined): UNTESTED_DECIMALS.
 * A scenario prints all its projected years with the error of its longest horizon, so the precision is
 * the coarsest needed and never changes from one projected year to the next.
 */
export function printDecimals(error: number | undefined, kind: ProjectedKind): number {
  if (error === undefined) return UNTESTED_DECIMALS[kind];
  if (error === 0) return PUBLISHED_DECIMALS[kind];
  // The exponent of the decimal representation: exact, unlike floor(log10(x)) near powers of ten.
  const leadingPlace = Number(error.toExponential().split("e")[1]);
  return Math.min(PUBLISHED_DECIMALS[kind], Math.max(0, -leadingPlace));
}

/**
 * How a projected gap between two shares (东部 − 西部, 南方 − 北方) or a dispersion index (σ) moves from
 * the origin year: a direction only when the change exceeds the back-test error of that quantity;
 * "withinError" (broadly unchanged within the back-test error) when it does not; "untested" when there
 * is no error to judge it by.
 */
export type Movement = "widens" | "narrows" | "withinError" | "untested";

/**
 * Direction rule of the outlook: the change |after| − |before| is called a widening or a narrowing only
 * when its size strictly exceeds `error`, the back-test mean absolute error of that quantity at that
 * horizon (`judgingError`); a change of exactly the error is within it. Absolute values, because it is
 * a gap's size that widens or narrows.
 */
export function movement(before: number, after: number, error: number | undefined): Movement {
  if (error === undefined) return "untested";
  const change = Math.abs(after) - Math.abs(before);
  if (Math.abs(change) <= error) return "withinError";
  return change > 0 ? "widens" : "narrows";
}

/** A projected share gap judged at current prices and at origin-year prices. */
export interface GapMovement {
  /** At current prices (the price assumption included). */
  nominal: Movement;
  /** At origin-year prices (real growth only). */
  real: Movement;
  /**
   * A direction is stated at current prices that origin-year prices do not give: the assumed deflators,
   * not real growth, make the gap move.
   */
  priceDriven: boolean;
}

/**
 * Price rule of the outlook: a share gap's change is judged at current prices and at origin-year prices
 * against the same error (`movement`); it is price-driven when the current-price verdict is a direction
 * and the origin-year-price verdict is not the same direction.
 */
export function gapMovement(before: number, afterNominal: number, afterReal: number, error: number | undefined): GapMovement {
  const nominal = movement(before, afterNominal, error);
  const real = movement(before, afterReal, error);
  const direction = nominal === "widens" || nominal === "narrows";
  return { nominal, real, priceDriven: direction && real !== nominal };
}

/**
 * Back-test direction rule: a projected gap change (points) got the direction right when it has the
 * same sign as the actual change (both unrounded; a zero counts as a direction of its own).
 */
export function directionRight(projectedChange: number, actualChange: number): boolean {
  return Math.sign(projectedChange) === Math.sign(actualChange);
}

/** What mainly makes provinces' real GDP growth differ in the convergence scenario. */
export type ConvergenceDriver = "beta" | "population";

/**
 * Driver rule of the convergence scenario: provinces' real GDP growth differs through the β term
 * (catch-up of GDP per capita) and through assumed population growth; the driver is the term with the
 * larger spread across provinces (GDP-weighted standard deviation, points), β on a tie. When it is
 * population, the scenario's regional gaps move with population, not with convergence, and the text
 * says so.
 */
export function convergenceDriver(betaSpread: number, populationSpread: number): ConvergenceDriver {
  return populationSpread > betaSpread ? "population" : "beta";
}

/**
 * Largest shift (points added to every provincial target so that their GDP-weighted mean equals the
 * national path) the targets scenario applies without a warning: 1 point. A convention: provinces
 * usually announce targets a few tenths of a point above the national one, so such a shift is the
 * ordinary case.
 */
export const TARGETS_SHIFT_ORDINARY = 1;

/**
 * Largest shift the targets scenario applies at all: 3 points. A convention: a larger shift means that
 * the file and the national path disagree about the level of growth, not about its distribution across
 * provinces (provincial targets stood two to three points above the national one at their widest, in
 * the early 2010s), so the scenario would no longer describe the announced targets and is refused.
 */
export const TARGETS_SHIFT_MAX = 3;

/** How large a targets shift is: ordinary, large (stated and warned), implausible (refused). */
export type TargetsShift = "ordinary" | "large" | "implausible";

/** Targets shift rule: |shift| ≤ TARGETS_SHIFT_ORDINARY ordinary, ≤ TARGETS_SHIFT_MAX large, beyond implausible. */
export function targetsShift(shift: number): TargetsShift {
  const size = Math.abs(shift);
  return size <= TARGETS_SHIFT_ORDINARY ? "ordinary" : size <= TARGETS_SHIFT_MAX ? "large" : "implausible";
}

/** Decimals at which back-test errors are printed and compared: 0.01 points. */
export const BACKTEST_DECIMALS = 2;

/**
 * The scenario(s) with the smallest back-test error, compared as printed (BACKTEST_DECIMALS), so a tie
 * the reader sees is a tie: several scenarios when their errors round to the same value; [] when fewer
 * than two scenarios have an error (a scenario is not "best" compared with itself).
 */
export function smallestError(errors: readonly { scenario: ScenarioId; mae: number | undefined }[]): ScenarioId[] {
  const shown = errors.filter((e) => e.mae !== undefined).map((e) => ({ scenario: e.scenario, mae: roundHalfUp(e.mae!, BACKTEST_DECIMALS) }));
  if (shown.length < 2) return [];
  const best = Math.min(...shown.map((e) => e.mae));
  return shown.filter((e) => e.mae === best).map((e) => e.scenario);
}

/**
 * Years named as those with the largest back-test errors: every year whose error is at least
 * WORST_YEAR_SHARE of the largest, so that a near tie (5.26 and 5.24 points) is named as one and the
 * naming does not flip with the scenarios selected.
 */
export const WORST_YEAR_SHARE = 0.9;

/** The years with the largest errors (ascending), by WORST_YEAR_SHARE; [] when there are none. */
export function largestErrorYears(errors: readonly { year: number; mae: number }[]): number[] {
  const finite = errors.filter((e) => Number.isFinite(e.mae));
  if (finite.length === 0) return [];
  const top = Math.max(...finite.map((e) => e.mae));
  return finite.filter((e) => e.mae >= WORST_YEAR_SHARE * top).map((e) => e.year).sort((a, b) => a - b);
}
