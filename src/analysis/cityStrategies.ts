import type { Dataset } from "../data/dataset.js";
import { indicatorDef } from "../data/indicators.js";
import type { Registry } from "../data/registry.js";
import { cagr, nominalGrowth } from "../stats/growth.js";
import { sum } from "../stats/sum.js";
import type { GroupMember } from "../types/region.js";
import { GROUPING } from "./groupIds.js";
import { BENCHMARK_YEARS } from "./strategies.js";
import { extremesOf } from "./rules/extremes.js";
import { GROWTH_DECIMALS } from "./rules/growth.js";
import { citiesRankedByGrowth, trillionBands, trillionCities, type TrillionBand } from "./rules/strategies.js";

/**
 * Facts of the city-level strategy regions (粤港澳大湾区: 9 Guangdong cities and the Hong Kong and
 * Macao SARs) from city GDP, which is its own vintage (data/nbs/SOURCES.md):
 * - mainland cities: 地区生产总值 in 亿元 (`gdp_current_city`); their sum is a level of the same table;
 * - the SARs: 本地生产总值 in their own currencies (`gdp_current_hkd` 亿港元, `gdp_current_mop` 亿澳门元),
 *   never converted (no exchange rates are held) and never added to the mainland cities;
 * - growth is nominal growth of the level (current prices), from the same table.
 * Members are those valid in the report year (constant composition for the earlier years).
 */

/** City GDP indicators, in the order tried for each member; the first is in 亿元 and can be summed. */
export const CITY_GDP_INDICATORS = ["gdp_current_city", "gdp_current_hkd", "gdp_current_mop"] as const;
const YUAN_INDICATOR = CITY_GDP_INDICATORS[0];

export interface CityGdp {
  code: string;
  name: string;
  nameEn: string;
  /** The indicator the city's GDP is held under (its unit says the currency). */
  indicator: string;
  unit: string;
  unitEn: string;
  /** GDP in the report year, the year before, and at the benchmark years (undefined = missing). */
  value?: number;
  previous?: number;
  /** Nominal growth on the previous year, % (current prices, own currency). */
  nominalGrowth?: number;
  /** Vintages of the previous year's and the report year's GDP (undefined = missing): growth across two may include revisions. */
  growthVintages: [string | undefined, string | undefined];
  /** Nominal average annual growth from the first benchmark year with data to the report year, %. */
  averageGrowth?: { from: number; rate: number };
  byYear: { year: number; value?: number }[];
}

export interface CityStrategyFacts {
  id: string;
  name: string;
  nameEn: string;
  year: number;
  /** Members in 亿元 (mainland cities), by GDP in the report year, largest first (missing last). */
  mainland: CityGdp[];
  /** Members in their own currencies (SARs), in data order. */
  ownCurrency: CityGdp[];
  /** Members without any city GDP in the data. */
  withoutData: GroupMember[];
  /** Σ mainland GDP at the benchmark years and in the report year (only years with every mainland city). */
  mainlandLevels: { year: number; gdp: number }[];
  /** Σ mainland GDP at the years of the cities' `byYear` (undefined when a city is missing). */
  mainlandTotals: { year: number; gdp?: number }[];
  /** Nominal average annual growth of the mainland sum from each benchmark year to the report year, %. */
  mainlandAverageGrowth: { from: number; rate: number }[];
  /** Nominal growth of the mainland sum on the previous year, %. */
  mainlandGrowth?: number;
  /** True when the mainland cities' GDP of the previous year and of the report year come from different vintages. */
  mainlandGrowthAcrossVintages: boolean;
  /** Mainland cities by 万亿元 band in the report year (rules/strategies.ts `trillionBands`). */
  bands: TrillionBand<CityGdp>[];
  /** Number of mainland cities at or above 1万亿元 at each year of `mainlandLevels`. */
  trillionCount: { year: number; count: number }[];
  /** Years with city GDP for every member (all indicators), ascending. */
  years: number[];
  /**
   * Mainland cities with the highest / lowest nominal growth on the previous year (one decimal, ties
   * kept), among those whose growth rests on one vintage (rules/strategies.ts `citiesRankedByGrowth`).
   */
  fastest: CityGdp[];
  slowest: CityGdp[];
  /** Mainland cities with growth across two vintages: shown, not ranked (the sentence says why). */
  notRankedAcrossVintages: CityGdp[];
}

/**
 * The facts of every city-level group of 区域重大战略 with city GDP in the report year; groups whose
 * members have no city GDP at all are not returned (the strategies facts list them as needing city
 * data). Throws RegeconError `UNKNOWN_GROUPING` when the registry has no 区域重大战略.
 */
export function cityStrategiesFacts(dataset: Dataset, registry: Registry, year: number): CityStrategyFacts[] {
  const out: CityStrategyFacts[] = [];
  for (const g of registry.grouping(GROUPING.strategies).groups) {
    const members = g.members.filter((m) => m.level === "city" && (m.validFrom === undefined || m.validFrom <= year) && (m.validTo === undefined || year <= m.validTo));
    if (members.length === 0) continue;
    const cities = members.flatMap((m) => {
      const c = cityGdp(dataset, m, year);
      return c ? [c] : [];
    });
    if (!cities.some((c) => c.value !== undefined)) continue;
    const mainland = cities.filter((c) => c.indicator === YUAN_INDICATOR).sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
    const sumIn = (y: number) => {
      const vs = mainland.map((c) => dataset.value(YUAN_INDICATOR, c.code, y));
      return mainland.length > 0 && vs.every((v) => v !== undefined) ? sum(vs as number[]) : undefined;
    };
    const mainlandLevels = [...BENCHMARK_YEARS.filter((b) => b < year), year].flatMap((y) => {
      const v = sumIn(y);
      return v === undefined ? [] : [{ year: y, gdp: v }];
    });
    const now = mainlandLevels.find((l) => l.year === year);
    const prev = sumIn(year - 1);
    const valuesIn = (y: number) => mainland.map((c) => ({ ...c, value: dataset.value(YUAN_INDICATOR, c.code, y) }));
    const growth = citiesRankedByGrowth(mainland, (c) => c.growthVintages);
    out.push({
      id: g.id,
      name: g.name,
      nameEn: g.nameEn,
      year,
      mainland,
      ownCurrency: cities.filter((c) => c.indicator !== YUAN_INDICATOR),
      withoutData: members.filter((m) => !cities.some((c) => c.code === m.code)),
      mainlandLevels,
      mainlandTotals: tableYears(year).map((y) => ({ year: y, gdp: sumIn(y) })),
      mainlandAverageGrowth: now ? mainlandLevels.filter((l) => l.year < year).map((l) => ({ from: l.year, rate: cagr(l.gdp, now.gdp, year - l.year) })) : [],
      mainlandGrowth: now && prev !== undefined ? nominalGrowth(prev, now.gdp) : undefined,
      mainlandGrowthAcrossVintages: growth.acrossVintages.length > 0,
      bands: trillionBands(mainland, (c) => c.value),
      trillionCount: mainlandLevels.map((l) => ({ year: l.year, count: trillionCities(valuesIn(l.year), (c) => c.value).length })),
      years: commonYears(dataset, members.map((m) => m.code)),
      fastest: extremesOf(growth.ranked, (c) => c.nominalGrowth, "highest", GROWTH_DECIMALS, "skipMissing"),
      slowest: extremesOf(growth.ranked, (c) => c.nominalGrowth, "lowest", GROWTH_DECIMALS, "skipMissing"),
      notRankedAcrossVintages: growth.acrossVintages,
    });
  }
  return out;
}

/** A member's GDP under the first city indicator that has data for it; undefined when none has. */
function cityGdp(dataset: Dataset, member: GroupMember, year: number): CityGdp | undefined {
  const indicator = CITY_GDP_INDICATORS.find((id) => dataset.years(id).some((y) => dataset.value(id, member.code, y) !== undefined));
  if (!indicator) return undefined;
  const def = indicatorDef(indicator);
  const at = (y: number) => dataset.value(indicator, member.code, y);
  const value = at(year);
  const previous = at(year - 1);
  const base = BENCHMARK_YEARS.find((b) => b < year && at(b) !== undefined);
  return {
    code: member.code,
    name: member.name,
    nameEn: member.nameEn ?? member.name,
    indicator,
    unit: def.unit,
    unitEn: def.unitEn,
    value,
    previous,
    nominalGrowth: value !== undefined && previous !== undefined ? nominalGrowth(previous, value) : undefined,
    growthVintages: [dataset.get(indicator, member.code, year - 1)?.vintage, dataset.get(indicator, member.code, year)?.vintage],
    averageGrowth: value !== undefined && base !== undefined ? { from: base, rate: cagr(at(base)!, value, year - base) } : undefined,
    byYear: tableYears(year).map((y) => ({ year: y, value: at(y) })),
  };
}

/** The years a city's GDP is listed for: the benchmark years, the year before the report year, the report year. */
function tableYears(year: number): number[] {
  return [...new Set([...BENCHMARK_YEARS.filter((b) => b < year), year - 1, year])].sort((a, b) => a - b);
}

/** Years in which every code has GDP under one of the city indicators. */
function commonYears(dataset: Dataset, codes: readonly string[]): number[] {
  const years = [...new Set(CITY_GDP_INDICATORS.flatMap((id) => dataset.years(id)))].sort((a, b) => a - b);
  return years.filter((y) => codes.every((c) => CITY_GDP_INDICATORS.some((id) => dataset.value(id, c, y) !== undefined)));
}
