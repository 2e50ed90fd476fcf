import { roundHalfUp } from "../../stats/rounding.js";
import { extremesOf } from "./extremes.js";
import { GROWTH_DECIMALS } from "./growth.js";

/** Displayed precision of strategy shares (% of the 31-province sum): two decimals. */
export const STRATEGY_SHARE_DECIMALS = 2;

/**
 * Judgement: the fastest-growing strategy region(s). Rule: the highest published real growth (one
 * decimal; ties give several); [] when any strategy's growth is missing.
 */
export function fastestStrategies<S extends { realGrowth: { value: number | undefined } }>(strategies: readonly S[]): S[] {
  return extremesOf(strategies, (s) => s.realGrowth.value, "highest", GROWTH_DECIMALS, "noJudgement");
}

/**
 * Judgement: direction of a strategy's share since the first trend year. Rule: the change of the
 * displayed (two-decimal) shares in 个百分点: > 0 "rose", < 0 "fell", 0 "unchanged"; undefined when
 * the change cannot be computed.
 */
export function shareTrend(shareChange: number | undefined): "rose" | "fell" | "unchanged" | undefined {
  if (shareChange === undefined) return undefined;
  const d = roundHalfUp(shareChange, STRATEGY_SHARE_DECIMALS);
  return d > 0 ? "rose" : d < 0 ? "fell" : "unchanged";
}

/**
 * The size mark of "万亿元级城市" (cities whose GDP reaches 1万亿元 = 10000 亿元): a round figure readers
 * quote (e.g. "万亿城市由6个增至9个"), not a statistical threshold.
 */
export const TRILLION_CITY = 10000;

/** Cities whose GDP (亿元) is at or above TRILLION_CITY, in input order; missing GDP is not counted. */
export function trillionCities<C>(cities: readonly C[], gdpOf: (c: C) => number | undefined): C[] {
  return cities.filter((c) => {
    const v = gdpOf(c);
    return v !== undefined && v >= TRILLION_CITY;
  });
}

/** Cities in one band: GDP of at least `trillions` 万亿元 and below the next whole 万亿元. */
export interface TrillionBand<C> {
  trillions: number;
  cities: C[];
}

/**
 * Judgement: the 万亿元 bands of the cities at or above TRILLION_CITY ("3万亿元以上", "1万亿元以上"): band
 * = ⌊GDP ÷ 10000⌋ on the unrounded GDP in 亿元, highest band first, cities in input order within a band.
 * Empty bands are left out.
 */
export function trillionBands<C>(cities: readonly C[], gdpOf: (c: C) => number | undefined): TrillionBand<C>[] {
  const bands = new Map<number, C[]>();
  for (const c of trillionCities(cities, gdpOf)) {
    const band = Math.floor(gdpOf(c)! / TRILLION_CITY);
    bands.set(band, [...(bands.get(band) ?? []), c]);
  }
  return [...bands].sort((a, b) => b[0] - a[0]).map(([trillions, cs]) => ({ trillions, cities: cs }));
}

/**
 * Judgement: which cities are ranked by growth on the previous year. Rule: only cities whose two
 * years come from one vintage — a growth across two vintages (e.g. a year before and a year after a
 * census revision, data/nbs/SOURCES.md `city_gdp.csv`) may include revisions that differ from city to
 * city, so it is shown but never ranked. `vintagesOf` gives the vintages of a city's two observations
 * (undefined when missing); cities without growth are in neither list.
 */
export function citiesRankedByGrowth<C>(cities: readonly C[], vintagesOf: (c: C) => readonly [string | undefined, string | undefined]): { ranked: C[]; acrossVintages: C[] } {
  const out = { ranked: [] as C[], acrossVintages: [] as C[] };
  for (const c of cities) {
    const [before, after] = vintagesOf(c);
    if (before === undefined || after === undefined) continue;
    (before === after ? out.ranked : out.acrossVintages).push(c);
  }
  return out;
}
