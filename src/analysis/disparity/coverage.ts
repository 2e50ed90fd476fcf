import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import { COMPUTED_GDP_PER_CAPITA } from "./perCapita.js";
import { candidateYears, completeYears, crossSection } from "./panel.js";

/**
 * Which years and provinces a disparity analysis up to a report year can use. The series compares
 * only years in which all provinces have usable data (the same coverage every year, so the years
 * compare); single cross-sections of the report year (Theil decomposition, β) may cover fewer
 * provinces and say so; Moran's I needs the whole contiguity map.
 */

/** Fewest provinces with usable data for any cross-section statistic of the report year. */
export const MIN_PROVINCES = 2;

/** Fewest distinct years (complete years and the report year) for β-convergence to be estimated. */
export const MIN_BETA_YEARS = 3;

export interface DisparityCoverage {
  indicator: string;
  year: number;
  /** Years up to `year` in which every province has usable data, ascending. */
  completeYears: number[];
  /** The report year has at least MIN_PROVINCES provinces with usable data. */
  usableNow: boolean;
  /** The report year itself is complete. */
  completeNow: boolean;
  /** Years with any data from the first to the last complete year (the series' categories). */
  span: number[];
  /** Years inside `span` that are not complete: gaps in the series, never indices over fewer provinces. */
  gaps: number[];
  /** First year of the β-convergence period (the first complete year); undefined when β is not estimated. */
  betaFrom: number | undefined;
}

/** The coverage of `indicator` for a disparity analysis up to `year`. */
export function disparityCoverage(dataset: Dataset, registry: Registry, year: number, indicator: string = COMPUTED_GDP_PER_CAPITA): DisparityCoverage {
  const complete = completeYears(dataset, registry, indicator).filter((y) => y <= year);
  const candidates = candidateYears(dataset, registry, indicator);
  const usableNow = candidates.includes(year) && crossSection(dataset, registry, year, indicator).codes.length >= MIN_PROVINCES;
  const first = complete[0];
  const last = complete[complete.length - 1];
  const span = first === undefined ? [] : candidates.filter((y) => y >= first && y <= last!);
  const betaFrom = first !== undefined && first < year && new Set([...complete, year]).size >= MIN_BETA_YEARS ? first : undefined;
  return { indicator, year, completeYears: complete, usableNow, completeNow: last === year, span, gaps: span.filter((y) => !complete.includes(y)), betaFrom };
}
