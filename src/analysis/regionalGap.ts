import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { groupRatio } from "./aggregate.js";
import { GROUPING, REGION } from "./groupIds.js";
import { judgeRegionalGap, type RegionalGapJudgement } from "./rules/regionalGap.js";

/** The indicator compared: per-capita GDP computed as ΣGDP ÷ Σyear-end resident population (元/人). */
export const GAP_INDICATOR = "gdp_per_capita";

/** One year of the gap between two regions. */
export interface RegionalGapYear {
  year: number;
  /** Per-capita GDP (元/人) of the higher and the lower region; undefined when a member lacks GDP or population. */
  high?: number;
  low?: number;
  /** high ÷ low (倍) and high − low (元); undefined when either side is missing. */
  ratio?: number;
  difference?: number;
  /** Member provinces lacking GDP or population in that year. */
  missing: string[];
}

/** The gap between two regions' per-capita GDP over the years, and how it moved. */
export interface RegionalGapFacts {
  /** Group ids (groupings.csv) of the two regions, e.g. east and west. */
  high: { id: string; name: string; nameEn: string };
  low: { id: string; name: string; nameEn: string };
  /** Every year from the first with population data up to the report year, in order (gaps included). */
  years: RegionalGapYear[];
  /** First and last years with both values; the judgement compares them. */
  firstYear?: number;
  lastYear?: number;
  judgement?: RegionalGapJudgement;
  /** Vintages of the GDP and of the population observations used in complete years (more than one of either is a break the report flags). */
  vintages: { gdp: string[]; population: string[] };
}

/**
 * The gap between the per-capita GDP of two of the four regions (default 东部 and 西部), from the first
 * year with year-end population up to `year`: each region's per-capita GDP is ΣGDP ÷ Σpopulation of
 * its members (never a mean of provincial per-capita values), the relative gap their ratio, the
 * absolute gap their difference. Years in which a member lacks GDP or population are kept with their
 * missing members and no values. The judgement (rules/regionalGap.ts) compares the first and the
 * last complete year; undefined with fewer than two.
 */
export function regionalGapFacts(dataset: Dataset, registry: Registry, year: number, pair: { high: string; low: string } = { high: REGION.east, low: REGION.west }): RegionalGapFacts {
  const grouping = registry.grouping(GROUPING.fourRegions);
  const group = (id: string) => grouping.groups.find((g) => g.id === id)!;
  const high = group(pair.high);
  const low = group(pair.low);
  const popYears = dataset.years("population_year_end").filter((y) => y <= year);
  const gdpVintages = new Set<string>();
  const popVintages = new Set<string>();
  const years: RegionalGapYear[] = [];
  for (let y = popYears[0] ?? year + 1; y <= year; y++) {
    const h = groupRatio(dataset, GAP_INDICATOR, membersInYear(high, y), y);
    const l = groupRatio(dataset, GAP_INDICATOR, membersInYear(low, y), y);
    const missing = [...h.missing, ...l.missing];
    const row: RegionalGapYear = { year: y, high: h.value, low: l.value, missing };
    if (h.value !== undefined && l.value !== undefined) {
      row.ratio = h.value / l.value;
      row.difference = h.value - l.value;
      for (const c of [...membersInYear(high, y), ...membersInYear(low, y)]) {
        gdpVintages.add(dataset.get("gdp_current", c, y)!.vintage);
        popVintages.add(dataset.get("population_year_end", c, y)!.vintage);
      }
    }
    years.push(row);
  }
  const complete = years.filter((r) => r.ratio !== undefined);
  const first = complete[0];
  const last = complete[complete.length - 1];
  return {
    high: { id: high.id, name: high.name, nameEn: high.nameEn },
    low: { id: low.id, name: low.name, nameEn: low.nameEn },
    years,
    firstYear: first?.year,
    lastYear: last?.year,
    judgement: first && last && first !== last ? judgeRegionalGap({ ratio: first.ratio!, difference: first.difference! }, { ratio: last.ratio!, difference: last.difference! }) : undefined,
    vintages: { gdp: [...gdpVintages].sort(), population: [...popVintages].sort() },
  };
}

/** The pairs the report compares: the East (highest per-capita GDP of the four regions) with each other region. */
export const GAP_PAIRS: readonly { high: string; low: string }[] = [
  { high: REGION.east, low: REGION.central },
  { high: REGION.east, low: REGION.west },
  { high: REGION.east, low: REGION.northeast },
];

/**
 * `regionalGapFacts` for each of GAP_PAIRS, in that order, over one common span: the series start in
 * the first year in which every pair is complete (a leading year in which one region lacks a member,
 * e.g. 2014 without 西藏's population, would otherwise give the pairs different first years), and every
 * pair is judged between the first and the last year in which all pairs are complete, so the pairs'
 * verdicts compare the same years and can be stated in one sentence.
 */
export function regionalGaps(dataset: Dataset, registry: Registry, year: number): RegionalGapFacts[] {
  const gaps = GAP_PAIRS.map((pair) => regionalGapFacts(dataset, registry, year, pair));
  const completeIn = (y: number) => gaps.every((g) => g.years.some((r) => r.year === y && r.ratio !== undefined));
  const common = gaps[0]!.years.map((r) => r.year).filter(completeIn);
  const first = common[0];
  const last = common[common.length - 1];
  return gaps.map((g) => {
    const at = (y: number | undefined) => g.years.find((r) => r.year === y);
    const [a, b] = [at(first), at(last)];
    return {
      ...g,
      years: first === undefined ? g.years : g.years.filter((r) => r.year >= first),
      firstYear: first,
      lastYear: last,
      judgement: a && b && a !== b ? judgeRegionalGap({ ratio: a.ratio!, difference: a.difference! }, { ratio: b.ratio!, difference: b.difference! }) : undefined,
    };
  });
}
