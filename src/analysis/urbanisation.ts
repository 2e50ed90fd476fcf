import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { NATIONAL_CODE } from "../types/observation.js";
import { competitionRank } from "../stats/rank.js";
import { roundHalfUp } from "../stats/rounding.js";
import { differenceInPoints } from "../stats/share.js";
import { groupLevel, type GroupValue, provinceYears } from "./aggregate.js";
import { GROUPING } from "./groupIds.js";
import { extremesOf } from "./rules/extremes.js";

/**
 * Facts of the section "城乡与城镇化" (urbanisation and the urban–rural gap).
 *
 * - Urbanisation rate (城镇化率, %) = urban population ÷ population × 100, computed (NBS publishes the
 *   rate, the bundled data hold only the populations). Provinces: population_urban ÷
 *   population_year_end (年末常住人口). National: population_urban ÷ population_year_end_total_national
 *   (年末总人口), the NBS national definition. Regions (四大板块): Σurban ÷ Σpopulation, never the
 *   mean of provincial rates.
 * - Urban–rural income ratio (城乡居民收入比) = income_per_capita_urban ÷ income_per_capita_rural, by
 *   province, in the latest year ≤ the report year with both series.
 */

export const RATE_DECIMALS = 2;
export const INCOME_RATIO_DECIMALS = 2;

export interface ProvinceRate {
  code: string;
  name: string;
  nameEn: string;
  /** Unrounded value; undefined when missing. */
  value?: number;
  /** Competition rank on the displayed value (descending). */
  rank?: number;
}

export interface UrbanisationFacts {
  year: number;
  /** National urbanisation rate (%) by year, for every year with both national series (≤ report year). */
  nationalSeries: { year: number; rate: number }[];
  /** National rate in the report year; undefined when missing. */
  nationalRate?: number;
  /** Change of the displayed national rate (RATE_DECIMALS) since the first year of the series, 个百分点. */
  nationalChange?: { since: number; points: number };
  /** Provincial rates in the report year. */
  provinces: ProvinceRate[];
  /** Four-region rates Σurban/Σpopulation ×100 in the report year (value missing when a member is). */
  regions: RegionRate[];
  /** Rate of the 31 provinces together (Σurban/Σpopulation ×100). */
  provinceSumRate: GroupValue;
  /**
   * Four-region rates in every year with provincial urban population (≤ report year); a year in which a
   * member lacks urban or resident population is missing for that region, with the members named.
   */
  regionSeries: { id: string; name: string; nameEn: string; points: { year: number; rate?: number; missing: string[] }[] }[];
  /**
   * Per region, the change of the displayed rate (RATE_DECIMALS, 个百分点) from the first year of
   * `regionSeries` with a complete rate to the report year; undefined without both.
   */
  regionChanges: { id: string; name: string; nameEn: string; since: number; from: number; to: number; points: number }[];
  /** National urban ÷ rural per-capita disposable income by year (national series, ≤ report year). */
  nationalIncomeRatio: { year: number; ratio: number }[];
  /** Urban–rural income ratio: year used (latest ≤ report year with data), provincial values, years available. */
  incomeRatio: { year?: number; provinces: ProvinceRate[]; availableYears: number[] };
  /**
   * Highest and lowest, compared as displayed (RATE_DECIMALS, INCOME_RATIO_DECIMALS) with ties kept;
   * missing values are skipped (the section names them). See `extremesOf` in rules/extremes.ts.
   */
  judgements: {
    highestProvinces: ProvinceRate[];
    lowestProvinces: ProvinceRate[];
    highestRegions: RegionRate[];
    lowestRegions: RegionRate[];
    highestIncomeRatio: ProvinceRate[];
    lowestIncomeRatio: ProvinceRate[];
  };
}

export interface RegionRate {
  /** Group id from groupings.csv ("east", …). */
  id: string;
  name: string;
  nameEn: string;
  rate: GroupValue;
}

/**
 * Compute the facts for `year`. Missing data stay missing (undefined), a region with a missing member
 * is missing. Throws RegeconError `UNKNOWN_GROUPING` when the registry has no 四大板块 (id `four_regions`).
 */
export function urbanisationFacts(dataset: Dataset, registry: Registry, year: number, regionGrouping: string = GROUPING.fourRegions): UrbanisationFacts {
  const nationalSeries: { year: number; rate: number }[] = [];
  for (const y of dataset.years("population_urban").filter((y) => y <= year)) {
    const urban = dataset.value("population_urban", NATIONAL_CODE, y);
    const total = dataset.value("population_year_end_total_national", NATIONAL_CODE, y);
    if (urban !== undefined && total !== undefined && total > 0) nationalSeries.push({ year: y, rate: (100 * urban) / total });
  }
  const provinces = ranked(
    registry,
    registry.provinces.map((p) => ratioOf(dataset.value("population_urban", p.code, year), dataset.value("population_year_end", p.code, year), 100)),
    RATE_DECIMALS,
  );
  const rateOf = (members: readonly string[], y = year): GroupValue => {
    const u = groupLevel(dataset, "population_urban", members, y);
    const p = groupLevel(dataset, "population_year_end", members, y);
    return {
      value: u.value !== undefined && p.value !== undefined && p.value > 0 ? (100 * u.value) / p.value : undefined,
      missing: [...new Set([...u.missing, ...p.missing])].sort(),
      publishedTotal: false,
      sources: [...new Set([...u.sources, ...p.sources])].sort(),
      vintages: [...new Set([...u.vintages, ...p.vintages])].sort(),
    };
  };
  const groups = registry.grouping(regionGrouping).groups;
  const regions = groups.map((g) => ({ id: g.id, name: g.name, nameEn: g.nameEn, rate: rateOf(membersInYear(g, year)) }));
  const seriesYears = provinceYears(dataset, registry, "population_urban").filter((y) => y <= year);
  const regionSeries = groups.map((g) => ({
    id: g.id,
    name: g.name,
    nameEn: g.nameEn,
    points: seriesYears.map((y) => {
      const r = rateOf(membersInYear(g, y), y);
      return { year: y, rate: r.value, missing: r.missing };
    }),
  }));
  const regionChanges = regionSeries.flatMap((r) => {
    const first = r.points.find((p) => p.rate !== undefined && p.year < year);
    const last = r.points.find((p) => p.year === year && p.rate !== undefined);
    if (!first || !last) return [];
    const [from, to] = [roundHalfUp(first.rate!, RATE_DECIMALS), roundHalfUp(last.rate!, RATE_DECIMALS)];
    return [{ id: r.id, name: r.name, nameEn: r.nameEn, since: first.year, from, to, points: differenceInPoints(to, from) }];
  });
  const nationalIncomeRatio = dataset.years("income_per_capita_urban").flatMap((y) => {
    const ratio = y <= year ? ratioOf(dataset.value("income_per_capita_urban", NATIONAL_CODE, y), dataset.value("income_per_capita_rural", NATIONAL_CODE, y), 1) : undefined;
    return ratio === undefined ? [] : [{ year: y, ratio }];
  });

  const urbanYears = provinceYears(dataset, registry, "income_per_capita_urban");
  const ruralYears = provinceYears(dataset, registry, "income_per_capita_rural");
  const availableYears = urbanYears.filter((y) => ruralYears.includes(y));
  const ratioYear = [...availableYears].reverse().find((y) => y <= year);
  const incomeProvinces =
    ratioYear === undefined
      ? []
      : ranked(
          registry,
          registry.provinces.map((p) => ratioOf(dataset.value("income_per_capita_urban", p.code, ratioYear), dataset.value("income_per_capita_rural", p.code, ratioYear), 1)),
          INCOME_RATIO_DECIMALS,
        );
  const byRate = (which: "highest" | "lowest") => extremesOf(provinces, (p) => p.value, which, RATE_DECIMALS, "skipMissing");
  const byRegionRate = (which: "highest" | "lowest") => extremesOf(regions, (r) => r.rate.value, which, RATE_DECIMALS, "skipMissing");
  const byIncomeRatio = (which: "highest" | "lowest") => extremesOf(incomeProvinces, (p) => p.value, which, INCOME_RATIO_DECIMALS, "skipMissing");
  const nationalRate = nationalSeries.find((p) => p.year === year)?.rate;
  const first = nationalSeries[0];
  const shown = (x: number) => roundHalfUp(x, RATE_DECIMALS);
  return {
    year,
    nationalSeries,
    nationalRate,
    nationalChange: nationalRate !== undefined && first !== undefined && first.year < year ? { since: first.year, points: differenceInPoints(shown(nationalRate), shown(first.rate)) } : undefined,
    provinces,
    regions,
    provinceSumRate: rateOf(registry.provinces.map((p) => p.code)),
    regionSeries,
    regionChanges,
    nationalIncomeRatio,
    incomeRatio: { year: ratioYear, provinces: incomeProvinces, availableYears },
    judgements: {
      highestProvinces: byRate("highest"),
      lowestProvinces: byRate("lowest"),
      highestRegions: byRegionRate("highest"),
      lowestRegions: byRegionRate("lowest"),
      highestIncomeRatio: byIncomeRatio("highest"),
      lowestIncomeRatio: byIncomeRatio("lowest"),
    },
  };
}

function ratioOf(num: number | undefined, den: number | undefined, factor: number): number | undefined {
  return num !== undefined && den !== undefined && den > 0 ? (num / den) * factor : undefined;
}

function ranked(registry: Registry, values: (number | undefined)[], decimals: number): ProvinceRate[] {
  const shown = values.map((v) => (v === undefined ? undefined : roundHalfUp(v, decimals)));
  const ranks = competitionRank(shown);
  return registry.provinces.map((p, i) => ({ code: p.code, name: p.name, nameEn: p.nameEn, value: values[i], rank: ranks[i] }));
}
