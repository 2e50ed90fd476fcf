import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { largestRemainderRound, roundHalfUp } from "../stats/rounding.js";
import { differenceInPoints, shareOfTotal } from "../stats/share.js";
import { sum } from "../stats/sum.js";
import { groupLevel, groupRatio, groupRealGrowth, provinceYears, type GroupValue } from "./aggregate.js";
import { GROUPING } from "./groupIds.js";
import { GROWTH_DECIMALS } from "./rules/growth.js";
import { STRATEGY_SHARE_DECIMALS, fastestStrategies, shareTrend } from "./rules/strategies.js";

/**
 * Facts of the section "区域重大战略" (major regional strategies) at province level: for every
 * province-level group of the grouping 区域重大战略 (京津冀, 长三角, 长江经济带, 黄河流域) its GDP,
 * share of the 31-province sum and the share's trend, real growth, per-capita GDP and the structure
 * of its three industries. City-level groups (粤港澳大湾区) are listed apart: they need city data.
 *
 * Constant composition: every year uses the members valid in the report year (长三角 with 安徽 also
 * before 2019, 黄河流域 also before 2019), so the trend shows the same territory throughout.
 */

export const STRATEGY_GROUPING = GROUPING.strategies;
/** First year of the share trend (the strategies date from 2014 onwards). */
export const TREND_START = 2014;
/** Structure in %, one decimal (shares: STRATEGY_SHARE_DECIMALS in rules/strategies.ts). */
export const STRUCTURE_DECIMALS = 1;

export interface SharePoint {
  year: number;
  /** Share of the 31-province GDP sum, % (unrounded); undefined when a member or the sum is missing. */
  share?: number;
}

export interface IndustryStructure {
  year: number;
  /** Primary : secondary : tertiary, % of Σ(three value-added) rounded to 0.1 by largest remainder (adds to 100.0). */
  shares: [number, number, number];
}

export interface StrategyFact {
  name: string;
  nameEn: string;
  /** Province codes valid in the report year (used for every year: constant composition). */
  members: string[];
  /** Members that joined after the first trend year (shown in the constant-composition note). */
  lateMembers: { code: string; name: string; nameEn: string; validFrom: number }[];
  /** First year of the strategy: the earliest start of validity among its members (undefined = always). */
  startYear?: number;
  gdp: GroupValue;
  /** Share of the 31-province sum in the report year, % unrounded, and rounded to 0.01. */
  share?: number;
  shareDisplay?: number;
  /** Shares from TREND_START (or the first year with GDP) to the report year. */
  shareSeries: SharePoint[];
  /** First year of the series with a share, its displayed share and the change to the report year (个百分点, of displayed shares). */
  shareFirst?: { year: number; shareDisplay: number };
  shareChange?: number;
  /** Direction of the displayed share since `shareFirst` (rules/strategies.ts `shareTrend`). */
  trend?: "rose" | "fell" | "unchanged";
  /** Real growth, %, previous-year-GDP-weighted mean of members, rounded to 0.1. */
  realGrowth: GroupValue;
  /** ΣGDP / Σpopulation_year_end × 10⁴, 元/人. */
  perCapitaGdp: GroupValue;
  /** Structure in the first year with all three sectors and in the report year (undefined when missing). */
  structureFirst?: IndustryStructure;
  structureLast?: IndustryStructure;
}

export interface CityLevelStrategy {
  name: string;
  nameEn: string;
  members: string[];
}

/** A group of the grouping with its first year, from the membership data (for "set up in …" notes). */
export interface StrategyStart {
  name: string;
  nameEn: string;
  /** Earliest start of validity among the members; undefined when a member has no start. */
  startYear?: number;
}

export interface StrategiesFacts {
  year: number;
  strategies: StrategyFact[];
  /** The fastest-growing strategy region(s) (rules/strategies.ts); [] when any growth is missing. */
  fastest: StrategyFact[];
  /** Every group of the grouping (province- and city-level), grouping order, with its first year. */
  starts: StrategyStart[];
  cityLevel: CityLevelStrategy[];
  /** Σ31 GDP of every trend year (denominator of the shares). */
  provinceSum: { year: number; value?: number; missing: string[] }[];
  /** Years of the trend (TREND_START or first GDP year … report year). */
  trendYears: number[];
  /** Years with three-sector value added in the data, up to the report year. */
  sectorYears: number[];
}

const SECTORS = ["va_primary", "va_secondary", "va_tertiary"] as const;

/**
 * Compute the strategy facts for `year`. Missing members make a group value missing (with the
 * missing members listed), never a partial sum. Throws RegeconError `UNKNOWN_GROUPING` when the
 * registry has no grouping 区域重大战略 (id `major_strategies`).
 */
export function strategiesFacts(dataset: Dataset, registry: Registry, year: number): StrategiesFacts {
  const grouping = registry.grouping(STRATEGY_GROUPING);
  const codes = registry.provinces.map((p) => p.code);
  const gdpYears = dataset.years("gdp_current").filter((y) => y <= year);
  // Before TREND_START (e.g. 长三角 2010–2013) the "trend" is the report year alone.
  const first = Math.max(Math.min(TREND_START, year), gdpYears[0] ?? year);
  const trendYears = gdpYears.filter((y) => y >= first);
  const provinceSum = trendYears.map((y) => {
    const v = groupLevel(dataset, "gdp_current", codes, y);
    return { year: y, value: v.value, missing: v.missing };
  });
  const sumOf = (y: number) => provinceSum.find((p) => p.year === y)?.value;
  const sectorYears = intersect(SECTORS.map((s) => provinceYears(dataset, registry, s))).filter((y) => y <= year);

  const strategies: StrategyFact[] = [];
  const cityLevel: CityLevelStrategy[] = [];
  const starts: StrategyStart[] = grouping.groups.map((g) => ({ name: g.name, nameEn: g.nameEn, startYear: startOf(g.members) }));
  for (const g of grouping.groups) {
    const members = membersInYear(g, year);
    if (members.length === 0) {
      if (g.members.some((m) => m.level === "city")) cityLevel.push({ name: g.name, nameEn: g.nameEn, members: g.members.map((m) => m.name) });
      continue;
    }
    const lateMembers = g.members
      .filter((m) => members.includes(m.code) && m.validFrom !== undefined && m.validFrom > first)
      .map((m) => {
        const p = registry.province(m.code);
        return { code: m.code, name: p.name, nameEn: p.nameEn, validFrom: m.validFrom! };
      });
    const gdp = groupLevel(dataset, "gdp_current", members, year);
    const shareSeries = trendYears.map((y) => {
      const part = groupLevel(dataset, "gdp_current", members, y).value;
      const total = sumOf(y);
      return { year: y, share: part !== undefined && total !== undefined ? shareOfTotal(part, total) : undefined };
    });
    const share = shareSeries.find((p) => p.year === year)?.share;
    const shareDisplay = share === undefined ? undefined : roundHalfUp(share, STRATEGY_SHARE_DECIMALS);
    const firstPoint = shareSeries.find((p) => p.share !== undefined && p.year < year);
    const shareFirst = firstPoint ? { year: firstPoint.year, shareDisplay: roundHalfUp(firstPoint.share!, STRATEGY_SHARE_DECIMALS) } : undefined;
    const growth = groupRealGrowth(dataset, members, year);
    const shareChange = shareFirst && shareDisplay !== undefined ? differenceInPoints(shareDisplay, shareFirst.shareDisplay) : undefined;
    const structures = sectorYears.map((y) => structureOf(dataset, members, y)).filter((s) => s !== undefined);
    const last = structures.find((s) => s.year === year);
    strategies.push({
      name: g.name,
      nameEn: g.nameEn,
      members,
      lateMembers,
      startYear: startOf(g.members),
      gdp,
      share,
      shareDisplay,
      shareSeries,
      shareFirst,
      shareChange,
      trend: shareTrend(shareChange),
      realGrowth: growth.value === undefined ? growth : { ...growth, value: roundHalfUp(growth.value, GROWTH_DECIMALS) },
      perCapitaGdp: groupRatio(dataset, "gdp_per_capita", members, year),
      structureFirst: last && structures[0] !== last ? structures[0] : undefined,
      structureLast: last,
    });
  }
  return { year, strategies, fastest: fastestStrategies(strategies), starts, cityLevel, provinceSum, trendYears, sectorYears };
}

/** Earliest `validFrom` of the members; undefined when any member is valid from the start of the data. */
function startOf(members: readonly { validFrom?: number }[]): number | undefined {
  if (members.length === 0 || members.some((m) => m.validFrom === undefined)) return undefined;
  return Math.min(...members.map((m) => m.validFrom!));
}

/**
 * Three-industry structure of a group in `year`: Σva_primary, Σva_secondary, Σva_tertiary as % of their
 * sum (which equals GDP up to rounding), rounded to 0.1 by largest remainder so the parts add to 100.0.
 * Undefined when any member lacks any sector.
 */
export function structureOf(dataset: Dataset, members: readonly string[], year: number): IndustryStructure | undefined {
  const parts = SECTORS.map((s) => groupLevel(dataset, s, members, year).value);
  if (parts.some((v) => v === undefined)) return undefined;
  const total = sum(parts as number[]);
  if (!(total > 0)) return undefined;
  const shares = largestRemainderRound(parts.map((v) => (100 * v!) / total), STRUCTURE_DECIMALS);
  return { year, shares: [shares[0]!, shares[1]!, shares[2]!] };
}

function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  return lists[0]!.filter((y) => lists.every((l) => l.includes(y)));
}
