import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { NATIONAL_CODE } from "../types/observation.js";
import { nominalGrowth } from "../stats/growth.js";
import { groupLevel, groupWeightedMean, type GroupValue } from "./aggregate.js";
import { GROUPING } from "./groupIds.js";
import { extremesOf } from "./rules/extremes.js";

/**
 * Facts of the section "挑战" (challenges) by 四大板块 for the report year:
 * - per-capita disposable income and consumption: population-weighted means Σ(x·pop)/Σpop with
 *   year-end resident population as weights (an approximation: NBS weights by the surveyed
 *   population, which the data do not hold);
 * - retail sales: Σ levels and their nominal growth on the previous year (current prices);
 * - fixed-asset investment growth (1–12月累计, a rate that cannot be aggregated): provincial values,
 *   the count of provinces with negative growth per region, the national published value;
 * - public finance: Σ general-budget revenue ÷ Σ general-budget expenditure × 100 (self-financing ratio).
 * Growth of income, consumption and retail in two years is in regionalGrowth.ts, goods trade in trade.ts.
 */


export interface RegionChallenge {
  /** Group id from groupings.csv ("east", …). */
  id: string;
  name: string;
  nameEn: string;
  members: string[];
  /** 元, population-weighted means. */
  income: GroupValue;
  consumption: GroupValue;
  /** 亿元 and nominal growth, %. */
  retail: GroupValue;
  retailPrev: GroupValue;
  retailNominalGrowth?: number;
  /** Provincial FAI growth, %, and the members with negative / missing values. */
  fai: { code: string; name: string; nameEn: string; value?: number }[];
  faiNegative: string[];
  faiMissing: string[];
  /** 亿元 and Σrev/Σexp × 100, %. */
  fiscalRevenue: GroupValue;
  fiscalExpenditure: GroupValue;
  selfFinancingRatio?: number;
}

export interface ChallengesFacts {
  year: number;
  regions: RegionChallenge[];
  /** National FAI growth as published (code 100000), %. */
  nationalFai?: number;
  /**
   * Highest / lowest regions, compared as displayed (income and consumption to 1 元, rates to 0.1)
   * with ties kept; [] when any region's value is missing (no comparison over part of the regions).
   */
  judgements: {
    highestIncome: RegionChallenge[];
    lowestIncome: RegionChallenge[];
    /** Income of the highest ÷ income of the lowest region (unrounded); undefined without both. */
    incomeRatio?: number;
    lowestConsumption: RegionChallenge[];
    lowestSelfFinancing: RegionChallenge[];
  };
}

/** Displayed precision: per-capita amounts in whole 元, growth and ratios in % to one decimal. */
export const YUAN_DECIMALS = 0;
export const RATE_DECIMALS = 1;

/**
 * Population-weighted mean of a per-capita indicator over `members` in `year`:
 * Σ(x_i · pop_i) / Σ pop_i with `weightIndicator` (default population_year_end, 万人) as weights.
 * Missing (with the members listed) when any member lacks the value or the weight.
 */
export function groupPopulationWeightedMean(dataset: Dataset, indicator: string, members: readonly string[], year: number, weightIndicator = "population_year_end"): GroupValue {
  return groupWeightedMean(members, (c) => dataset.get(indicator, c, year), (c) => dataset.get(weightIndicator, c, year));
}

/** Compute the facts for `year`. Throws RegeconError `UNKNOWN_GROUPING` when the registry has no 四大板块 (id `four_regions`). */
export function challengesFacts(dataset: Dataset, registry: Registry, year: number, regionGrouping: string = GROUPING.fourRegions): ChallengesFacts {
  const regions = registry.grouping(regionGrouping).groups.map((g): RegionChallenge => {
    const members = membersInYear(g, year);
    const retail = groupLevel(dataset, "retail_sales", members, year);
    const retailPrev = groupLevel(dataset, "retail_sales", members, year - 1);
    const fai = members.map((c) => {
      const p = registry.province(c);
      return { code: c, name: p.name, nameEn: p.nameEn, value: dataset.value("fai_growth_excl_rural_jan_dec", c, year) };
    });
    const fiscalRevenue = groupLevel(dataset, "fiscal_revenue_general_budget", members, year);
    const fiscalExpenditure = groupLevel(dataset, "fiscal_expenditure_general_budget", members, year);
    return {
      id: g.id,
      name: g.name,
      nameEn: g.nameEn,
      members,
      income: groupPopulationWeightedMean(dataset, "income_per_capita_all", members, year),
      consumption: groupPopulationWeightedMean(dataset, "consumption_per_capita_all", members, year),
      retail,
      retailPrev,
      retailNominalGrowth: retail.value !== undefined && retailPrev.value !== undefined ? nominalGrowth(retailPrev.value, retail.value) : undefined,
      fai,
      faiNegative: fai.filter((f) => f.value !== undefined && f.value < 0).map((f) => f.code),
      faiMissing: fai.filter((f) => f.value === undefined).map((f) => f.code),
      fiscalRevenue,
      fiscalExpenditure,
      selfFinancingRatio:
        fiscalRevenue.value !== undefined && fiscalExpenditure.value !== undefined && fiscalExpenditure.value > 0 ? (100 * fiscalRevenue.value) / fiscalExpenditure.value : undefined,
    };
  });
  const extreme = (pick: (r: RegionChallenge) => number | undefined, which: "highest" | "lowest", decimals: number) => extremesOf(regions, pick, which, decimals, "noJudgement");
  const [highestIncome, lowestIncome] = [extreme((r) => r.income.value, "highest", YUAN_DECIMALS), extreme((r) => r.income.value, "lowest", YUAN_DECIMALS)];
  return {
    year,
    regions,
    nationalFai: dataset.value("fai_growth_excl_rural_jan_dec", NATIONAL_CODE, year),
    judgements: {
      highestIncome,
      lowestIncome,
      incomeRatio: highestIncome[0] && lowestIncome[0] ? highestIncome[0].income.value! / lowestIncome[0].income.value! : undefined,
      lowestConsumption: extreme((r) => r.consumption.value, "lowest", YUAN_DECIMALS),
      lowestSelfFinancing: extreme((r) => r.selfFinancingRatio, "lowest", RATE_DECIMALS),
    },
  };
}
