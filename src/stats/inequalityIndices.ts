import { atkinsonOf } from "./atkinson.js";
import { coefficientOfVariationOf } from "./coefficientOfVariation.js";
import { distribution, reweighted } from "./distribution.js";
import { giniOf } from "./gini.js";
import { maxMinRatioOf } from "./maxMinRatio.js";
import { topBottomRatioOf } from "./quintileRatio.js";
import { standardDeviationOf } from "./standardDeviation.js";
import { generalizedEntropyOf } from "./theil.js";

/** Every disparity index of one cross-section. Weighted fields are population-weighted (undefined without population). */
export interface InequalityIndices {
  n: number;
  /** Simple mean of regional values and population-weighted mean (= the per-capita value of all regions together). */
  mean: number;
  weightedMean: number | undefined;
  max: number;
  min: number;
  /** Absolute disparity (values' unit): population SD (divisor n) and range. */
  sd: number;
  range: number;
  /** Relative disparity. */
  cv: number;
  williamsonCV: number | undefined;
  gini: number;
  giniWeighted: number | undefined;
  theilT: number;
  theilTWeighted: number | undefined;
  theilL: number;
  theilLWeighted: number | undefined;
  /** Atkinson with ε = 0.5 and ε = 2. */
  atkinson05: number;
  atkinson05Weighted: number | undefined;
  atkinson2: number;
  atkinson2Weighted: number | undefined;
  maxMinRatio: number;
  /** OECD top-20%/bottom-20% ratio, population-weighted. */
  top20Bottom20: number | undefined;
  /** SD of ln(value) — the σ of Barro & Sala-i-Martin. */
  sdLog: number;
}

/**
 * All inequality indices of one cross-section (one year): the values are checked once, their totals
 * accumulated once and sorted once (Gini, weighted Gini and the top/bottom ratio share that order), so
 * a year costs one sort and a few linear passes however many indices are asked for. Each field equals
 * the single-index function of the same name (`gini`, `theilT(values, population)`, `atkinson(values, 2)`, …).
 *
 * Input: values > 0 (per-capita, e.g. 元/人), optional population weights ≥ 0 aligned with them.
 * Throws RangeError as the single-index functions do.
 */
export function inequalityIndices(values: readonly number[], population: readonly number[] | undefined): InequalityIndices {
  const u = distribution("inequalityIndices", values);
  const p = population === undefined ? undefined : reweighted("inequalityIndices", u, population);
  const logs = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) logs[i] = Math.log(values[i]!);
  return {
    n: values.length,
    mean: u.mean,
    weightedMean: p?.mean,
    max: u.max,
    min: u.min,
    sd: standardDeviationOf(u),
    range: u.max - u.min,
    cv: coefficientOfVariationOf(u, "coefficientOfVariation"),
    williamsonCV: p && coefficientOfVariationOf(p, "williamsonCV"),
    gini: giniOf(u, "gini"),
    giniWeighted: p && giniOf(p),
    theilT: generalizedEntropyOf(u, 1, "theilT"),
    theilTWeighted: p && generalizedEntropyOf(p, 1, "theilT"),
    theilL: generalizedEntropyOf(u, 0, "theilL"),
    theilLWeighted: p && generalizedEntropyOf(p, 0, "theilL"),
    atkinson05: atkinsonOf(u, 0.5),
    atkinson05Weighted: p && atkinsonOf(p, 0.5),
    atkinson2: atkinsonOf(u, 2),
    atkinson2Weighted: p && atkinsonOf(p, 2),
    maxMinRatio: maxMinRatioOf(u),
    top20Bottom20: p && topBottomRatioOf(p),
    sdLog: standardDeviationOf(distribution("inequalityIndices", logs)),
  };
}
