import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import { realGrowthOf } from "../aggregate.js";
import type { DataGap, Prepared } from "./types.js";

/** Catalogue ids of the three observed series the outlook reads. */
export const OUTLOOK_INDICATORS = { gdp: "gdp_current", realGrowth: "gdp_index_prev_year", population: "population_year_end" } as const;
export type HistorySeries = keyof typeof OUTLOOK_INDICATORS;

/**
 * The observed inputs of the outlook, by year, aligned with `codes`: GDP at current prices (亿元),
 * real growth (%; 地区生产总值指数 − 100, or gdp_real_growth when given) and year-end resident
 * population (万人). A missing value is undefined, never 0.
 */
export interface OutlookHistory {
  codes: readonly string[];
  gdp: ReadonlyMap<number, readonly (number | undefined)[]>;
  realGrowth: ReadonlyMap<number, readonly (number | undefined)[]>;
  population: ReadonlyMap<number, readonly (number | undefined)[]>;
}

/** The outlook's inputs for the registry's 31 provinces, every year any of the three series has. */
export function historyFromDataset(dataset: Dataset, registry: Registry): OutlookHistory {
  const codes = registry.provinces.map((p) => p.code);
  const byYear = (indicators: readonly string[], valueOf: (code: string, year: number) => number | undefined) => {
    const years = new Set(indicators.flatMap((id) => dataset.observations(id).map((o) => o.year)));
    return new Map([...years].sort((a, b) => a - b).map((y) => [y, codes.map((c) => valueOf(c, y))] as const));
  };
  const { gdp, realGrowth, population } = OUTLOOK_INDICATORS;
  return {
    codes,
    gdp: byYear([gdp], (c, y) => dataset.value(gdp, c, y)),
    // realGrowthOf prefers gdp_real_growth and falls back on the index (上年=100) − 100.
    realGrowth: byYear(["gdp_real_growth", realGrowth], (c, y) => realGrowthOf(dataset, c, y)?.value),
    population: byYear([population], (c, y) => dataset.value(population, c, y)),
  };
}

/**
 * The values of `series` in `year` for every province, or the gap naming the provinces (all of them
 * when the year is absent) without a value.
 */
export function seriesIn(history: OutlookHistory, series: HistorySeries, year: number): Prepared<number[]> {
  const values = history[series].get(year);
  const missing = values ? history.codes.filter((_, i) => values[i] === undefined) : [...history.codes];
  if (missing.length > 0) return { ok: false, gaps: [{ indicator: OUTLOOK_INDICATORS[series], year, codes: missing }] };
  return { ok: true, value: values as number[] };
}

/** Several series-years at once: every value, or all the gaps together (so a note can name them all). */
export function seriesAll(history: OutlookHistory, wanted: readonly (readonly [HistorySeries, number])[]): Prepared<number[][]> {
  const results = wanted.map(([s, y]) => seriesIn(history, s, y));
  const gaps: DataGap[] = results.flatMap((r) => (r.ok ? [] : r.gaps));
  return gaps.length > 0 ? { ok: false, gaps } : { ok: true, value: results.map((r) => (r as { value: number[] }).value) };
}
