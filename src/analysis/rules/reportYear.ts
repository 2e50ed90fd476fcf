import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import { provinceYears, realGrowthOf } from "../aggregate.js";

/** The report's main indicators: GDP (current prices) and real growth (GDP index or real growth rate). */
export const MAIN_INDICATORS = ["gdp_current", "gdp_index_prev_year", "gdp_real_growth"] as const;

/** Which year a report covers when the user names none, and why. */
export interface ReportYearChoice {
  year: number;
  /**
   * "complete": the latest year in which every province has GDP and real growth;
   * "latestWithGdp": no year is complete, so the latest year with any provincial GDP (the report then
   * says in place what is missing).
   */
  reason: "complete" | "latestWithGdp";
  /** Later years that hold some provincial GDP or growth but are incomplete (e.g. a partial 2025 release), ascending. */
  incompleteLater: number[];
}

/**
 * Default report year. Rule: the latest year in which all provinces of the registry have GDP
 * (gdp_current) and real growth (gdp_index_prev_year or gdp_real_growth, see realGrowthOf); a stray or
 * partial later year (one 2025 row) does not make the report about that year. When no year is
 * complete (e.g. a preliminary release missing some provinces), the latest year with provincial GDP.
 * Undefined when the data hold no provincial GDP at all.
 */
export function defaultReportYear(dataset: Dataset, registry: Registry): ReportYearChoice | undefined {
  const gdpYears = provinceYears(dataset, registry, "gdp_current");
  if (gdpYears.length === 0) return undefined;
  const isComplete = (year: number) =>
    registry.provinces.every((p) => dataset.get("gdp_current", p.code, year) !== undefined && realGrowthOf(dataset, p.code, year) !== undefined);
  const complete = [...gdpYears].reverse().find(isComplete);
  const year = complete ?? gdpYears[gdpYears.length - 1]!;
  const anyYears = new Set(MAIN_INDICATORS.flatMap((id) => provinceYears(dataset, registry, id)));
  const incompleteLater = [...anyYears].filter((y) => y > year).sort((a, b) => a - b);
  return { year, reason: complete === undefined ? "latestWithGdp" : "complete", incompleteLater };
}
