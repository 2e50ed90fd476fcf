import { seriesAll, type OutlookHistory } from "./history.js";
import { meanGrowth } from "./nationalPath.js";
import { lastDeflatorChange } from "./prices.js";
import type { Prepared } from "./types.js";

/**
 * Where every projection starts: the origin year's observed levels and the assumptions held over the
 * horizon (each province's deflator change and population growth of the origin year). Arrays are
 * aligned with `codes`.
 */
export interface OriginBase {
  year: number;
  codes: readonly string[];
  /** Nominal GDP of the origin year (亿元). */
  gdp: number[];
  /** Year-end population of the origin year (万人). */
  population: number[];
  /** Real growth of the origin year (%). */
  realGrowth: number[];
  /** Price assumption: the origin year's deflator change, held (%). */
  priceChange: number[];
  /** Population assumption: the origin year's population growth, held (%). */
  populationGrowth: number[];
  /** The 31-province mean real growth of the origin year (%, weighted by the year before's GDP). */
  meanGrowth: number;
}

/**
 * The base of projections from `year`: needs GDP of `year` and `year − 1`, real growth and population
 * of `year` and population of `year − 1` for every province; otherwise every gap at once.
 */
export function originBase(history: OutlookHistory, year: number): Prepared<OriginBase> {
  const inputs = seriesAll(history, [
    ["gdp", year - 1],
    ["gdp", year],
    ["realGrowth", year],
    ["population", year - 1],
    ["population", year],
  ]);
  if (!inputs.ok) return inputs;
  const [gdpPrev, gdp, realGrowth, populationPrev, population] = inputs.value as [number[], number[], number[], number[], number[]];
  const prices = lastDeflatorChange(history, year);
  if (!prices.ok) return prices;
  return {
    ok: true,
    value: {
      year,
      codes: history.codes,
      gdp,
      population,
      realGrowth,
      priceChange: prices.value,
      populationGrowth: population.map((p, i) => 100 * (p / populationPrev[i]! - 1)),
      meanGrowth: meanGrowth(realGrowth, gdpPrev),
    },
  };
}
