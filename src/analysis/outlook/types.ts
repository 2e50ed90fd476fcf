/**
 * Shapes shared by the outlook (展望) modules: scenario ids, the inputs of one projected year, a growth
 * rule, and the description of data a projection lacks. Arrays are aligned with a list of province
 * codes (registry order); growth rates and price changes are in %, GDP in 亿元, population in 万人.
 */

/** The four scenarios of the outlook, in the order the report prints them. */
export const SCENARIOS = ["persistence", "trend", "convergence", "targets"] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

/** What one projected year t needs from the year before (observed at the first step, projected after). */
export interface StepInput {
  /** The projected year t. */
  year: number;
  /** 1 for the first projected year, up to the horizon. */
  step: number;
  /** Nominal GDP of t − 1 (亿元): the weights of the 31-province mean growth of t. */
  gdpPrev: readonly number[];
  /** Year-end population of t − 1 (万人). */
  populationPrev: readonly number[];
  /** Assumed population growth of each province in t (%). */
  populationGrowth: readonly number[];
  /** The national path: the 31-province weighted mean real growth assumed for t (%). */
  nationalGrowth: number;
}

/**
 * A scenario's growth assumption: real growth (%) of every province in the projected year, or
 * undefined when the scenario has no assumption for that year (e.g. no targets for it).
 */
export type GrowthRule = (input: StepInput) => number[] | undefined;

/** Data a projection needs but the dataset lacks: an indicator, a year and the provinces without a value. */
export interface DataGap {
  /** Catalogue id: gdp_current, gdp_index_prev_year (real growth) or population_year_end. */
  indicator: string;
  year: number;
  codes: string[];
}

/** A value, or the data gaps that prevent it. */
export type Prepared<T> = { ok: true; value: T } | { ok: false; gaps: DataGap[] };
