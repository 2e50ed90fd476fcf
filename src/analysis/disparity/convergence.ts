import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import * as m from "../../messages/disparity.js";
import { betaConvergence, type BetaConvergence } from "../../stats/convergence.js";
import { RegeconError } from "../../types/errors.js";
import { COMPUTED_GDP_PER_CAPITA } from "./perCapita.js";
import { crossSectionWithData } from "./panel.js";
import { assignGroups } from "./groups.js";

/** β-convergence (β收敛) of a per-capita indicator across provinces between two years. */

export interface BetaOverPeriod {
  indicator: string;
  fromYear: number;
  toYear: number;
  /** Undefined when any province lacks a usable value in either year (unless `partial`). */
  absolute: BetaConvergence | undefined;
  /** Conditional β with dummies of `conditionalOn` (undefined when not asked or data missing). */
  conditional: BetaConvergence | undefined;
  conditionalOn: string | undefined;
  /** Provinces left out: no usable (> 0) value in either year. */
  missing: string[];
  /** Provinces in the regression. */
  covered: string[];
}

/**
 * β-convergence of `indicator` between two years (average annual log growth of NOMINAL per-capita
 * values on the initial log level; no provincial deflator is applied). With `conditionalOn` a grouping
 * name, conditional β adds its group dummies (grouping as valid in `fromYear`). Provinces without a
 * usable value (> 0) in either year make the result undefined, unless `partial`: then the regression
 * covers the others (listwise deletion; needs more provinces than coefficients).
 * Throws RegeconError `BAD_YEAR` when toYear ≤ fromYear, `YEAR_NOT_AVAILABLE` when a year has no data.
 */
export function betaConvergenceOver(
  dataset: Dataset,
  registry: Registry,
  fromYear: number,
  toYear: number,
  indicator: string = COMPUTED_GDP_PER_CAPITA,
  conditionalOn?: string,
  options: { partial?: boolean } = {},
): BetaOverPeriod {
  if (toYear <= fromYear) throw new RegeconError("BAD_YEAR", m.betaYearsReversed(fromYear, toYear), m.yearRangeExample);
  const a = crossSectionWithData(dataset, registry, fromYear, indicator);
  const b = crossSectionWithData(dataset, registry, toYear, indicator);
  const left = new Set([...a.missing, ...a.invalid, ...b.missing, ...b.invalid]);
  const missing = registry.provinces.map((p) => p.code).filter((c) => left.has(c));
  const none = { indicator, fromYear, toYear, absolute: undefined, conditional: undefined, conditionalOn, missing, covered: [] };
  if (missing.length > 0 && !options.partial) return none;
  const finalByCode = new Map(b.codes.map((c, i) => [c, b.values[i]!] as [string, number]));
  const covered = a.codes.filter((c) => finalByCode.has(c));
  const initial = covered.map((c) => a.values[a.codes.indexOf(c)]!);
  const final = covered.map((c) => finalByCode.get(c)!);
  // OLS needs more observations than coefficients (2, plus one per extra group).
  if (covered.length < 3) return none;
  const T = toYear - fromYear;
  let conditional: BetaConvergence | undefined;
  if (conditionalOn) {
    const asg = assignGroups(registry, conditionalOn, fromYear);
    const labels = covered.map((c) => asg.groupOf.get(c)!);
    if (covered.length > new Set(labels).size + 1) conditional = betaConvergence(initial, final, T, labels);
  }
  return { indicator, fromYear, toYear, absolute: betaConvergence(initial, final, T), conditional, conditionalOn, missing, covered };
}
