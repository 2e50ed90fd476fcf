import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { NATIONAL_CODE } from "../types/observation.js";
import { RegeconError } from "../types/errors.js";
import type { RegionGroup } from "../types/region.js";
import { competitionRank, isTied } from "../stats/rank.js";
import { roundHalfUp, roundShares } from "../stats/rounding.js";
import { differenceInPoints, shareOfTotal } from "../stats/share.js";
import { sum } from "../stats/sum.js";
import * as m from "../messages/report.js";
import { groupLevel, groupRealGrowth, realGrowthOf, type GroupValue } from "./aggregate.js";
import { GROUPING } from "./groupIds.js";
import {
  GROWTH_DECIMALS,
  eastWestPattern,
  extremeProvinces,
  extremeRegions,
  northSouthBalance,
  regionsBelowComparator,
  splitByComparator,
  type ComparatorSplit,
  type EastWestDecision,
  type NorthSouthDecision,
  type RegionBelow,
} from "./rules/growth.js";
import { GDP_BANDS, gdpBand, inTopN, type GdpBand } from "./rules/size.js";
import { sizeHistoryFacts, type SizeHistoryFacts } from "./sizeHistory.js";

/** Decimals of published figures: GDP in 亿元 to 0.1, growth in % to 0.1 (rules/growth.ts), shares in % to 0.01. */
export const GDP_DECIMALS = 1;
export const SHARE_DECIMALS = 2;

export interface ProvinceFact {
  code: string;
  name: string;
  nameEn: string;
  gdp?: number;
  /** Competition rank of GDP (rounded to 0.1 亿元) among provinces with data; ties share a rank. */
  gdpRank?: number;
  gdpTied: boolean;
  /** Real growth, % (rounded to 0.1 as published). */
  realGrowth?: number;
  growthRank?: number;
  growthTied: boolean;
}

export interface GroupFact {
  /** Group id from groupings.csv ("east", "north", …). */
  id: string;
  name: string;
  nameEn: string;
  members: string[];
  gdp: GroupValue;
  gdpPrev: GroupValue;
  /** Share of the denominator, % (unrounded), current and previous year. */
  share?: number;
  sharePrev?: number;
  /** Share rounded for display by largest remainder so the groups add to exactly 100.00. */
  shareDisplay?: number;
  sharePrevDisplay?: number;
  /** Change of the displayed share, in 个百分点. */
  shareChange?: number;
  /** Real growth (previous-year-GDP-weighted mean of members), rounded to 0.1. */
  realGrowth: GroupValue;
  realGrowthPrev: GroupValue;
  /** Change of the rounded growth rates, in 个百分点. */
  growthChange?: number;
  /**
   * Members against the comparator (national growth or its stand-in), one list per compareGrowth
   * decision (高于 / 略高于 / 持平 / 略低于 / 低于), each sorted by growth, fastest first
   * (rules/growth.ts `splitByComparator`).
   */
  againstComparator: ComparatorSplit<ProvinceFact>;
  /** Members in the national top ten by GDP and by growth (rules/size.ts `inTopN`), by rank. */
  topTenGdp: ProvinceFact[];
  topTenGrowth: ProvinceFact[];
  /** Members with the highest / lowest rounded growth (several when tied; rules/growth.ts). */
  fastest: ProvinceFact[];
  slowest: ProvinceFact[];
}

export interface Comparator {
  /** Real growth in %, rounded to 0.1. */
  value: number;
  /** "national": the dataset's national figure; "provinceWeighted": the 31-province weighted mean (national figure missing). */
  kind: "national" | "provinceWeighted";
}

export interface GrowthPatternFacts {
  year: number;
  prevYear: number;
  /** Denominator of shares: sum of the provinces (default) or the national total. */
  /**
   * Denominator of shares: the sum of the provinces (default), the sum of totals the source published
   * for the four regions (when provinces are incomplete), or the national total. `value` is undefined
   * when it cannot be formed (shares are then missing); `missing` names the provinces lacking GDP.
   */
  denominator: { kind: "provinceSum" | "groupTotals" | "national"; value?: number; prevValue?: number; missing: string[] };
  provinceSum: GroupValue;
  nationalGdp?: number;
  comparator?: Comparator;
  comparatorPrev?: Comparator;
  regions: GroupFact[];
  northSouth: GroupFact[];
  provinces: ProvinceFact[];
  /** Provinces by size band (rules/size.ts GDP_BANDS), bands in descending order, provinces by GDP; empty bands left out. */
  bands: { band: GdpBand; provinces: ProvinceFact[] }[];
  /** Milestones and rank streaks within the years the data hold. */
  history: SizeHistoryFacts;
  /** Vintages of the GDP and growth observations used (one each unless the data mix vintages, which the report flags). */
  vintages: { gdp: string[]; growth: string[] };
  /** The judgements the section states, decided by rules/growth.ts. */
  judgements: GrowthJudgements;
}

/** Decisions of rules/growth.ts on these facts (undefined / [] when the data do not support them). */
export interface GrowthJudgements {
  eastWest?: EastWestDecision;
  fastestRegions: GroupFact[];
  slowestRegions: GroupFact[];
  /** Regions whose growth is below the comparator, with how far (略低于 / 低于). */
  belowComparator: RegionBelow<GroupFact>[];
  northSouth?: NorthSouthDecision;
}

export interface GrowthPatternOptions {
  year: number;
  /** Share denominator; "provinceSum" (Σ31, the report's convention) by default. */
  denominator?: "provinceSum" | "national";
  regionGrouping?: string;
  northSouthGrouping?: string;
}

/**
 * Facts of the section "区域经济增长格局" for `year`: four-region totals, shares, real growth and its
 * change, provincial ranks with ties, size bands, members in the national top ten and above, equal to
 * or below the national growth, north–south shares, the fastest/slowest province within each region,
 * and the milestones and rank streaks of the years held (sizeHistory.ts).
 *
 * Throws RegeconError `YEAR_NOT_AVAILABLE` when the dataset has no GDP for `year` (listing the years it
 * has) and `UNKNOWN_GROUPING` for an unknown grouping. When the share denominator cannot be formed
 * (provinces without GDP and no published totals), shares are missing and `denominator.missing` names
 * the provinces. Observations from more than one vintage are not an error but are reported in
 * `vintages` (the report flags them).
 */
export function growthPatternFacts(dataset: Dataset, registry: Registry, options: GrowthPatternOptions): GrowthPatternFacts {
  const { year } = options;
  const prevYear = year - 1;
  const gdpYears = dataset.years("gdp_current");
  if (!gdpYears.includes(year)) throw new RegeconError("YEAR_NOT_AVAILABLE", m.noGdpInYear(year), m.gdpYearsAvailable(gdpYears));
  const codes = registry.provinces.map((p) => p.code);
  const provinceSum = groupLevel(dataset, "gdp_current", codes, year);
  const provinceSumPrev = groupLevel(dataset, "gdp_current", codes, prevYear);
  const nationalGdp = dataset.value("gdp_current", NATIONAL_CODE, year);
  const comparator = comparatorFor(dataset, codes, year);
  const comparatorPrev = comparatorFor(dataset, codes, prevYear);

  const provinces = provinceFacts(dataset, registry, year);
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const regionGroups = registry.grouping(options.regionGrouping ?? GROUPING.fourRegions).groups;
  const nsGroups = registry.grouping(options.northSouthGrouping ?? GROUPING.northSouth).groups;
  const regions = groupFacts(dataset, regionGroups, year, byCode, comparator);
  const northSouth = groupFacts(dataset, nsGroups, year, byCode, comparator);

  // Denominator: Σ provinces (or Σ published group totals when the source gives only those), or national.
  const wantNational = options.denominator === "national";
  const sumOf = (facts: GroupFact[], pick: (f: GroupFact) => number | undefined) => {
    const vs = facts.map(pick);
    return vs.every((v) => v !== undefined) ? sum(vs as number[]) : undefined;
  };
  const denomValue = wantNational ? nationalGdp : provinceSum.value ?? sumOf(regions, (r) => r.gdp.value);
  const denomPrev = wantNational ? dataset.value("gdp_current", NATIONAL_CODE, prevYear) : provinceSumPrev.value ?? sumOf(regions, (r) => r.gdpPrev.value);
  const kind = wantNational ? "national" : provinceSum.value === undefined && denomValue !== undefined ? "groupTotals" : "provinceSum";
  if (denomValue !== undefined) for (const facts of [regions, northSouth]) applyShares(facts, denomValue, denomPrev);

  const vintages = {
    gdp: [...new Set([...provinceSum.vintages, ...provinceSumPrev.vintages, ...regions.flatMap((r) => r.gdp.vintages)])].sort(),
    growth: [...new Set(regions.flatMap((r) => [...r.realGrowth.vintages, ...r.realGrowthPrev.vintages]))].sort(),
  };
  return {
    year,
    prevYear,
    denominator: { kind, value: denomValue, prevValue: denomPrev, missing: provinceSum.missing },
    provinceSum,
    nationalGdp,
    comparator,
    comparatorPrev,
    regions,
    northSouth,
    provinces,
    bands: bandsOf(provinces),
    history: sizeHistoryFacts(dataset, registry, year),
    vintages,
    judgements: {
      eastWest: eastWestPattern(regions),
      fastestRegions: extremeRegions(regions, "fastest"),
      slowestRegions: extremeRegions(regions, "slowest"),
      belowComparator: regionsBelowComparator(regions, comparator?.value),
      northSouth: northSouthBalance(northSouth),
    },
  };
}

function comparatorFor(dataset: Dataset, codes: string[], year: number): Comparator | undefined {
  const national = realGrowthOf(dataset, NATIONAL_CODE, year);
  if (national) return { value: roundHalfUp(national.value, GROWTH_DECIMALS), kind: "national" };
  const weighted = groupRealGrowth(dataset, codes, year).value;
  return weighted === undefined ? undefined : { value: roundHalfUp(weighted, GROWTH_DECIMALS), kind: "provinceWeighted" };
}

function provinceFacts(dataset: Dataset, registry: Registry, year: number): ProvinceFact[] {
  const gdp = registry.provinces.map((p) => dataset.value("gdp_current", p.code, year));
  const growth = registry.provinces.map((p) => realGrowthOf(dataset, p.code, year)?.value);
  const gdpShown = gdp.map((v) => (v === undefined ? undefined : roundHalfUp(v, GDP_DECIMALS)));
  const growthShown = growth.map((v) => (v === undefined ? undefined : roundHalfUp(v, GROWTH_DECIMALS)));
  const gdpRanks = competitionRank(gdpShown);
  const growthRanks = competitionRank(growthShown);
  return registry.provinces.map((p, i) => ({
    code: p.code,
    name: p.name,
    nameEn: p.nameEn,
    gdp: gdp[i],
    gdpRank: gdpRanks[i],
    gdpTied: isTied(gdpShown, i),
    realGrowth: growthShown[i],
    growthRank: growthRanks[i],
    growthTied: isTied(growthShown, i),
  }));
}

function groupFacts(dataset: Dataset, groups: readonly RegionGroup[], year: number, byCode: Map<string, ProvinceFact>, comparator?: Comparator): GroupFact[] {
  return groups.map((g) => {
    const members = membersInYear(g, year);
    const gdp = groupLevel(dataset, "gdp_current", members, year, g);
    const gdpPrev = groupLevel(dataset, "gdp_current", members, year - 1, g);
    const realGrowth = roundGroupValue(groupRealGrowth(dataset, members, year));
    const realGrowthPrev = roundGroupValue(groupRealGrowth(dataset, members, year - 1));
    const withGrowth = members.map((c) => byCode.get(c)!).filter((p) => p.realGrowth !== undefined);
    const byGrowthDesc = [...withGrowth].sort((a, b) => b.realGrowth! - a.realGrowth! || a.code.localeCompare(b.code));
    const memberFacts = members.map((c) => byCode.get(c)!);
    const byRank = (rank: (p: ProvinceFact) => number | undefined) =>
      memberFacts.filter((p) => inTopN(rank(p))).sort((a, b) => rank(a)! - rank(b)! || a.code.localeCompare(b.code));
    return {
      id: g.id,
      name: g.name,
      nameEn: g.nameEn,
      members,
      gdp,
      gdpPrev,
      realGrowth,
      realGrowthPrev,
      growthChange:
        realGrowth.value !== undefined && realGrowthPrev.value !== undefined ? differenceInPoints(realGrowth.value, realGrowthPrev.value) : undefined,
      againstComparator: splitByComparator(byGrowthDesc, comparator?.value),
      topTenGdp: byRank((p) => p.gdpRank),
      topTenGrowth: byRank((p) => p.growthRank),
      fastest: extremeProvinces(byGrowthDesc, "fastest"),
      slowest: extremeProvinces(byGrowthDesc, "slowest"),
    };
  });
}

/** Provinces with GDP grouped by size band, largest band first, provinces by GDP (ties by code). */
function bandsOf(provinces: readonly ProvinceFact[]): { band: GdpBand; provinces: ProvinceFact[] }[] {
  const withGdp = provinces.filter((p) => p.gdp !== undefined).sort((a, b) => b.gdp! - a.gdp! || a.code.localeCompare(b.code));
  return GDP_BANDS.map((band) => ({ band, provinces: withGdp.filter((p) => gdpBand(p.gdp!) === band) })).filter((b) => b.provinces.length > 0);
}

function roundGroupValue(v: GroupValue): GroupValue {
  return v.value === undefined ? v : { ...v, value: roundHalfUp(v.value, GROWTH_DECIMALS) };
}

/** Shares of a partition's groups; displayed shares use largest-remainder rounding to add to 100.00. */
function applyShares(facts: GroupFact[], denom: number, denomPrev: number | undefined): void {
  for (const f of facts) {
    if (f.gdp.value !== undefined) f.share = shareOfTotal(f.gdp.value, denom);
    if (f.gdpPrev.value !== undefined && denomPrev !== undefined) f.sharePrev = shareOfTotal(f.gdpPrev.value, denomPrev);
  }
  const display = (pick: (f: GroupFact) => number | undefined) => roundShares(facts.map(pick), SHARE_DECIMALS);
  const cur = display((f) => f.share);
  const prev = display((f) => f.sharePrev);
  facts.forEach((f, i) => {
    f.shareDisplay = cur[i];
    f.sharePrevDisplay = prev[i];
    if (cur[i] !== undefined && prev[i] !== undefined) f.shareChange = differenceInPoints(cur[i]!, prev[i]!);
  });
}
