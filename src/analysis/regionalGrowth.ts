import type { Dataset } from "../data/dataset.js";
import { indicatorDef } from "../data/indicators.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { nominalGrowth } from "../stats/growth.js";
import { sum } from "../stats/sum.js";
import { groupLevel, groupWeightedMean } from "./aggregate.js";
import { GROUPING } from "./groupIds.js";
import { commonChange, growthChange, methodsAgree, type GrowthChange } from "./rules/challenges.js";

/**
 * Growth of household income, consumption and retail sales by 四大板块 in two consecutive years (the
 * report year and the year before), by the two methods in use (DOMAIN notes):
 * - "aggregate": growth of the regional aggregate — for a per-capita indicator the population-weighted
 *   regional mean Σ(xᵢ·popᵢ)/Σpopᵢ (year-end resident population of each year as weights), for a level
 *   (retail sales) the regional sum; nominal (current prices);
 * - "meanOfProvinces": the unweighted mean of the member provinces' growth rates, each computed from the
 *   province's own levels (the method of the reference report's challenges part); nominal.
 * Each value is missing when any member lacks a level (or weight) in either year.
 */

/** The indicators compared, in the order the section states them. */
export const GROWTH_INDICATORS = ["income_per_capita_all", "consumption_per_capita_all", "retail_sales"] as const;

export interface MethodGrowth {
  /** Growth year. */
  year: number;
  aggregate?: number;
  meanOfProvinces?: number;
  /** Members lacking a level or weight in `year` or `year − 1`. */
  missing: string[];
}

export interface RegionGrowthFacts {
  id: string;
  name: string;
  nameEn: string;
  /** One entry per growth year, ascending (the year before the report year, the report year). */
  byYear: MethodGrowth[];
  /** Change from the earlier to the later growth year, by method (rules/challenges.ts `growthChange`). */
  change: { aggregate?: GrowthChange; meanOfProvinces?: GrowthChange };
}

export interface IndicatorGrowthFacts {
  indicator: string;
  /** True for per-capita indicators (aggregate = weighted mean), false for levels (aggregate = sum). */
  perCapita: boolean;
  years: number[];
  regions: RegionGrowthFacts[];
  /** Direction shared by every region, per method; undefined when a region's change is missing. */
  common: { aggregate?: GrowthChange["comparison"] | "mixed"; meanOfProvinces?: GrowthChange["comparison"] | "mixed" };
  /** Whether both methods give each region the same direction of change. */
  methodsAgree?: boolean;
}

/**
 * The growth facts of every GROWTH_INDICATORS entry for `year − 1` and `year`. Throws RegeconError
 * `UNKNOWN_GROUPING` when the registry has no 四大板块 (id `four_regions`).
 */
export function regionalGrowthFacts(dataset: Dataset, registry: Registry, year: number, regionGrouping: string = GROUPING.fourRegions): IndicatorGrowthFacts[] {
  const years = [year - 1, year];
  return GROWTH_INDICATORS.map((indicator) => {
    const perCapita = indicatorDef(indicator).aggregation !== "level";
    const regions = registry.grouping(regionGrouping).groups.map((g): RegionGrowthFacts => {
      const byYear = years.map((y) => methodGrowth(dataset, indicator, perCapita, membersInYear(g, y), y));
      const [a, b] = byYear as [MethodGrowth, MethodGrowth];
      return {
        id: g.id,
        name: g.name,
        nameEn: g.nameEn,
        byYear,
        change: { aggregate: growthChange(a.aggregate, b.aggregate), meanOfProvinces: growthChange(a.meanOfProvinces, b.meanOfProvinces) },
      };
    });
    const aggregate = regions.map((r) => r.change.aggregate);
    const mean = regions.map((r) => r.change.meanOfProvinces);
    return { indicator, perCapita, years, regions, common: { aggregate: commonChange(aggregate), meanOfProvinces: commonChange(mean) }, methodsAgree: methodsAgree(aggregate, mean) };
  });
}

function methodGrowth(dataset: Dataset, indicator: string, perCapita: boolean, members: readonly string[], year: number): MethodGrowth {
  const level = (y: number) =>
    perCapita ? groupWeightedMean(members, (c) => dataset.get(indicator, c, y), (c) => dataset.get("population_year_end", c, y)) : groupLevel(dataset, indicator, members, y);
  const [before, after] = [level(year - 1), level(year)];
  const provincial = members.map((c) => {
    const [x0, x1] = [dataset.value(indicator, c, year - 1), dataset.value(indicator, c, year)];
    return x0 !== undefined && x1 !== undefined ? nominalGrowth(x0, x1) : undefined;
  });
  const complete = provincial.every((g) => g !== undefined) && members.length > 0;
  return {
    year,
    aggregate: before.value !== undefined && after.value !== undefined ? nominalGrowth(before.value, after.value) : undefined,
    meanOfProvinces: complete ? sum(provincial as number[]) / members.length : undefined,
    missing: [...new Set([...before.missing, ...after.missing, ...members.filter((_, i) => provincial[i] === undefined)])].sort(),
  };
}
