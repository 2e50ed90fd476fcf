import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import { inequalityIndices } from "../../stats/inequalityIndices.js";
import { COMPUTED_GDP_PER_CAPITA } from "./perCapita.js";
import { crossSectionWithData, isComplete } from "./panel.js";

/**
 * The disparity indices (区域差距指标) of one cross-section: absolute (standard deviation, range) and
 * relative (CV, Gini, Theil T and L, Atkinson, ratios), unweighted and population-weighted.
 */

/** All disparity indices of one cross-section. Weighted fields are population-weighted. */
export interface DisparityIndices {
  n: number;
  /** Simple mean of provincial values and population-weighted mean (= national per-capita value over the provinces). */
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
 * Every index of a cross-section: `values` (finite, > 0, e.g. 元/人) and `population` aligned with
 * them (undefined → the weighted indices are missing). One check and one sort per year for all of
 * them (`inequalityIndices`); the formulas and their sources are in the stats functions named.
 */
export function disparityIndices(values: readonly number[], population: readonly number[] | undefined): DisparityIndices {
  return inequalityIndices(values, population);
}

/** Disparity of one year; `indices` undefined when any province is missing or unusable. */
export interface YearDisparity {
  year: number;
  indicator: string;
  indices: DisparityIndices | undefined;
  missing: string[];
  missingPopulation: string[];
  /** Provinces with a value or population that is not > 0 (see CrossSection.invalid). */
  invalid: string[];
}

/**
 * Indices of `year` over all provinces. Throws RegeconError `YEAR_NOT_AVAILABLE` (hint: the years
 * with complete data) when the year has no data at all; a partly missing year gives
 * `indices: undefined` and the missing provinces, never indices over fewer provinces.
 */
export function disparityOfYear(dataset: Dataset, registry: Registry, year: number, indicator: string = COMPUTED_GDP_PER_CAPITA): YearDisparity {
  const cs = crossSectionWithData(dataset, registry, year, indicator);
  return {
    year,
    indicator,
    indices: isComplete(cs) ? disparityIndices(cs.values, cs.population) : undefined,
    missing: cs.missing,
    missingPopulation: cs.missingPopulation,
    invalid: cs.invalid,
  };
}
