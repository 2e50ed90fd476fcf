import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import * as m from "../../messages/disparity.js";
import { RegeconError } from "../../types/errors.js";
import { COMPUTED_GDP_PER_CAPITA, POPULATION_INDICATOR, perCapitaSpec } from "./perCapita.js";

/**
 * The province × year panel of a per-capita indicator: the cross-section of a year, which years are
 * complete, what each year lacks, and which vintages the years draw on. Missing is missing: a
 * province without a value is listed, never filled with 0; values that cannot enter logs and ratios
 * (not a finite number > 0) are listed apart and excluded.
 */

/** Per-capita values of all provinces in one year (aligned arrays, registry order). */
export interface CrossSection {
  indicator: string;
  year: number;
  /** Province codes with a usable value (finite and > 0), registry order. */
  codes: string[];
  values: number[];
  /** Population (万人) aligned with `codes`; undefined when any of them lacks a population. */
  population: number[] | undefined;
  /** Provinces without a value. */
  missing: string[];
  /** Provinces with a value but without a population. */
  missingPopulation: string[];
  /**
   * Provinces whose data are present but unusable: a value or a population that is not a finite
   * number > 0 (the indices take logs and ratios; see stats/inequalityInput.ts). Excluded from `codes`.
   */
  invalid: string[];
}

const usable = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x) && x > 0;

/**
 * The cross-section of `indicator` in `year` over the registry's provinces. Values and populations
 * are validated here (finite, > 0), so the stats functions never see an input they reject.
 */
export function crossSection(dataset: Dataset, registry: Registry, year: number, indicator: string = COMPUTED_GDP_PER_CAPITA): CrossSection {
  const spec = perCapitaSpec(dataset, indicator);
  const codes: string[] = [];
  const values: number[] = [];
  const pops: (number | undefined)[] = [];
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const p of registry.provinces) {
    const v = spec.value(dataset, p.code, year);
    const pop = dataset.value(POPULATION_INDICATOR, p.code, year);
    if (v === undefined) {
      // A computed ratio is undefined both when an input is absent and when the denominator is ≤ 0.
      const present = spec.sourceIndicators.every((id) => dataset.value(id, p.code, year) !== undefined);
      (present ? invalid : missing).push(p.code);
      continue;
    }
    if (!usable(v) || (pop !== undefined && !usable(pop))) {
      invalid.push(p.code);
      continue;
    }
    codes.push(p.code);
    values.push(v);
    pops.push(pop);
  }
  const missingPopulation = codes.filter((_, i) => pops[i] === undefined);
  return { indicator, year, codes, values, population: missingPopulation.length === 0 ? (pops as number[]) : undefined, missing, missingPopulation, invalid };
}

/**
 * The cross-section of `year`, refused when no province has a usable value: throws RegeconError
 * `YEAR_NOT_AVAILABLE` naming the indicator and, in the hint, the years with complete data.
 */
export function crossSectionWithData(dataset: Dataset, registry: Registry, year: number, indicator: string = COMPUTED_GDP_PER_CAPITA): CrossSection {
  const cs = crossSection(dataset, registry, year, indicator);
  if (cs.codes.length === 0) throw new RegeconError("YEAR_NOT_AVAILABLE", m.noDataForYear(indicator, year), m.completeYearsHint(completeYears(dataset, registry, indicator)));
  return cs;
}

/** True when every province has a usable value (weighted indices also need `population`). */
export function isComplete(cs: CrossSection): boolean {
  return cs.missing.length === 0 && cs.invalid.length === 0;
}

/** Years with at least one provincial observation of one of the indicator's sources (ascending). */
export function candidateYears(dataset: Dataset, registry: Registry, indicator: string = COMPUTED_GDP_PER_CAPITA): number[] {
  const spec = perCapitaSpec(dataset, indicator);
  const candidate = new Set<number>();
  for (const src of spec.sourceIndicators) for (const o of dataset.observations(src)) if (registry.isProvince(o.regionCode)) candidate.add(o.year);
  return [...candidate].sort((a, b) => a - b);
}

/** Years in which every province has a usable value of `indicator` (ascending). */
export function completeYears(dataset: Dataset, registry: Registry, indicator: string = COMPUTED_GDP_PER_CAPITA): number[] {
  return candidateYears(dataset, registry, indicator).filter((y) => isComplete(crossSection(dataset, registry, y, indicator)));
}

/** What the provinces lack of one input indicator in one year. */
export interface IndicatorGap {
  indicator: string;
  /** Provinces without an observation. */
  missing: string[];
  /** Provinces whose observation is not a finite number > 0, with the value as read. */
  invalid: { code: string; value: number }[];
}

/**
 * Which data the provinces lack in `year`, per source indicator and the population weight: for notes
 * naming the province, the indicator and the value. Only indicators with at least one gap are listed.
 */
export function gapsOfYear(dataset: Dataset, registry: Registry, year: number, indicator: string = COMPUTED_GDP_PER_CAPITA): IndicatorGap[] {
  const spec = perCapitaSpec(dataset, indicator);
  const ids = [...new Set([...spec.sourceIndicators, POPULATION_INDICATOR])];
  return ids
    .map((id) => {
      const gap: IndicatorGap = { indicator: id, missing: [], invalid: [] };
      for (const p of registry.provinces) {
        const v = dataset.value(id, p.code, year);
        if (v === undefined) gap.missing.push(p.code);
        else if (!usable(v)) gap.invalid.push({ code: p.code, value: v });
      }
      return gap;
    })
    .filter((g) => g.missing.length + g.invalid.length > 0);
}

/**
 * The vintages of each input indicator's provincial observations in `years` (the source indicators
 * and the population weight), e.g. { gdp_current: ["import-20", "nbs-db-post5census"],
 * population_year_end: ["nbs-db-2025"] }. More than one vintage means the series crosses a
 * data-version (e.g. census revision) break.
 */
export function vintagesBySource(dataset: Dataset, registry: Registry, years: readonly number[], indicator: string = COMPUTED_GDP_PER_CAPITA): Map<string, string[]> {
  const spec = perCapitaSpec(dataset, indicator);
  const out = new Map<string, string[]>();
  for (const id of new Set([...spec.sourceIndicators, POPULATION_INDICATOR])) {
    const vs = new Set(dataset.observations(id).filter((o) => years.includes(o.year) && registry.isProvince(o.regionCode)).map((o) => o.vintage));
    if (vs.size > 0) out.set(id, [...vs].sort());
  }
  return out;
}
