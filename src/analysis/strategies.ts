import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { roundHalfUp } from "../stats/rounding.js";
import { cagr } from "../stats/growth.js";
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
 * of its three industries, and their course since TREND_START. City-level groups (粤港澳大湾区) are listed
 * apart: their facts come from city data (cityStrategies.ts).
 *
 * Constant composition: every year uses the members valid in the report year (长三角 with 安徽 also
 * before 2019, 黄河流域 also before 2019), so the trend shows the same territory throughout.
 */

export const STRATEGY_GROUPING = GROUPING.strategies;
/** First year of the share trend (the strategies date from 2014 onwards). */
export const TREND_START = 2014;
/** Structure in %, one decimal (shares: STRATEGY_SHARE_DECIMALS in rules/strategies.ts). */
export const STRUCTURE_DECIMALS = 1;
/**
 * Benchmark years of the levels and their nominal average growth to the report year: 2014 (京津冀协同发展
 * and 长江经济带 raised to national strategies) and 2018 (长三角一体化 raised to a national strategy; the last
 * year before the 粤港澳大湾区 outline and the 黄河流域 strategy of 2019). Years after the report year or
 * without data are left out.
 */
export const BENCHMARK_YEARS = [2014, 2018] as const;
/** Members' shares of their strategy region's GDP, %: one decimal, each rounded half-up (as structures). */
export const MEMBER_SHARE_DECIMALS = 1;

export interface SharePoint {
  year: number;
  /** Share of the 31-province GDP sum, % (unrounded); undefined when a member or the sum is missing. */
  share?: number;
}

export interface IndustryStructure {
  year: number;
  /**
   * Primary : secondary : tertiary, % of Σ(three value-added), each rounded half-up to 0.1 as NBS prints
   * structures (the parts may add to 99.9 or 100.1), so the tertiary part equals the tertiary share.
   */
  shares: [number, number, number];
}

export interface StrategyFact {
  /** Group id from groupings.csv (e.g. "beijing_tianjin_hebei"). */
  id: string;
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
  /** Structure in every year with all three sectors for all members (≤ report year). */
  structureSeries: IndustryStructure[];
  /** ΣGDP (亿元, current prices) in every trend year; undefined when a member is missing. */
  gdpSeries: { year: number; gdp?: number }[];
  /** GDP at the benchmark years (BENCHMARK_YEARS with data) and in the report year, 亿元. */
  levels: { year: number; gdp: number }[];
  /** Nominal average annual growth (compound, current prices, %) from each benchmark year to the report year. */
  nominalGrowth: { from: number; to: number; rate: number }[];
  /** ΣGDP ÷ Σpopulation_year_end × 10⁴ (元/人) in every trend year; undefined when a member lacks either. */
  perCapitaSeries: { year: number; value?: number }[];
  /** Σva_tertiary ÷ ΣGDP × 100 (%) in every trend year; undefined when a member lacks either. */
  tertiaryShareSeries: { year: number; share?: number }[];
  /**
   * Each member's share of the region's GDP (%, MEMBER_SHARE_DECIMALS, half-up) in the first
   * trend year with complete data and in the report year; undefined when the report year is incomplete.
   */
  memberShares?: { first?: MemberShares; last: MemberShares };
}

/** Members' shares of a strategy region's GDP in one year, in member order. */
export interface MemberShares {
  year: number;
  shares: { code: string; name: string; nameEn: string; share: number }[];
}

export interface CityLevelStrategy {
  id: string;
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
  /** City-level groups (粤港澳大湾区) with members valid in the report year: computed from city data apart (cityStrategies.ts). */
  cityLevel: CityLevelStrategy[];
  /** Σ31 GDP of every trend year. */
  provinceSum: { year: number; value?: number; missing: string[] }[];
  /**
   * Denominator of the shares of every trend year: Σ31 ("provinceSum"), or, when a province is missing
   * and the data hold a total for each of the four regions (a preliminary release), the sum of those
   * totals ("groupTotals", as in the growth-pattern section); value undefined when neither exists.
   */
  denominators: { year: number; kind: "provinceSum" | "groupTotals"; value?: number }[];
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
  const regionGroups = registry.grouping(GROUPING.fourRegions).groups;
  const denominators = provinceSum.map((p) => {
    if (p.value !== undefined) return { year: p.year, kind: "provinceSum" as const, value: p.value };
    const totals = regionGroups.map((g) => groupLevel(dataset, "gdp_current", membersInYear(g, p.year), p.year, g).value);
    return { year: p.year, kind: "groupTotals" as const, value: totals.every((v) => v !== undefined) ? sum(totals as number[]) : undefined };
  });
  const sumOf = (y: number) => denominators.find((p) => p.year === y)?.value;
  const sectorYears = intersect(SECTORS.map((s) => provinceYears(dataset, registry, s))).filter((y) => y <= year);

  const strategies: StrategyFact[] = [];
  const cityLevel: CityLevelStrategy[] = [];
  const starts: StrategyStart[] = grouping.groups.map((g) => ({ name: g.name, nameEn: g.nameEn, startYear: startOf(g.members) }));
  for (const g of grouping.groups) {
    const members = membersInYear(g, year);
    if (members.length === 0) {
      const cities = g.members.filter((m) => m.level === "city" && (m.validFrom === undefined || m.validFrom <= year) && (m.validTo === undefined || year <= m.validTo));
      if (cities.length > 0) cityLevel.push({ id: g.id, name: g.name, nameEn: g.nameEn, members: cities.map((m) => m.name) });
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
    const gdpSeries = trendYears.map((y) => ({ year: y, gdp: groupLevel(dataset, "gdp_current", members, y).value }));
    const levels = [...BENCHMARK_YEARS.filter((b) => b < year), year].flatMap((y) => {
      const v = gdpSeries.find((p) => p.year === y)?.gdp;
      return v === undefined ? [] : [{ year: y, gdp: v }];
    });
    const now = levels.find((l) => l.year === year);
    strategies.push({
      id: g.id,
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
      structureSeries: structures,
      gdpSeries,
      levels,
      nominalGrowth: now ? levels.filter((l) => l.year < year).map((l) => ({ from: l.year, to: year, rate: cagr(l.gdp, now.gdp, year - l.year) })) : [],
      perCapitaSeries: trendYears.map((y) => ({ year: y, value: groupRatio(dataset, "gdp_per_capita", members, y).value })),
      tertiaryShareSeries: trendYears.map((y) => {
        const t = groupLevel(dataset, "va_tertiary", members, y).value;
        const g = gdpSeries.find((p) => p.year === y)?.gdp;
        return { year: y, share: t !== undefined && g !== undefined ? shareOfTotal(t, g) : undefined };
      }),
      memberShares: memberSharesOf(dataset, registry, members, trendYears, year),
    });
  }
  return { year, strategies, fastest: fastestStrategies(strategies), starts, cityLevel, provinceSum, denominators, trendYears, sectorYears };
}

/** Members' shares in the first trend year with every member's GDP and in the report year (see `MemberShares`). */
function memberSharesOf(dataset: Dataset, registry: Registry, members: readonly string[], trendYears: readonly number[], year: number): StrategyFact["memberShares"] {
  const sharesIn = (y: number): MemberShares | undefined => {
    const values = members.map((c) => dataset.value("gdp_current", c, y));
    if (values.some((v) => v === undefined)) return undefined;
    const total = sum(values as number[]);
    if (!(total > 0)) return undefined;
    const share = (i: number) => roundHalfUp(shareOfTotal(values[i]!, total), MEMBER_SHARE_DECIMALS);
    return { year: y, shares: members.map((c, i) => ({ code: c, name: registry.province(c).name, nameEn: registry.province(c).nameEn, share: share(i) })) };
  };
  const last = sharesIn(year);
  if (!last) return undefined;
  const firstYear = trendYears.find((y) => y < year && sharesIn(y) !== undefined);
  return { first: firstYear === undefined ? undefined : sharesIn(firstYear), last };
}

/** Earliest `validFrom` of the members; undefined when any member is valid from the start of the data. */
function startOf(members: readonly { validFrom?: number }[]): number | undefined {
  if (members.length === 0 || members.some((m) => m.validFrom === undefined)) return undefined;
  return Math.min(...members.map((m) => m.validFrom!));
}

/**
 * Three-industry structure of a group in `year`: Σva_primary, Σva_secondary, Σva_tertiary as % of their
 * sum (which equals GDP up to rounding), each rounded half-up to 0.1 as NBS prints structures (the parts
 * may add to 99.9 or 100.1). Undefined when any member lacks any sector.
 */
export function structureOf(dataset: Dataset, members: readonly string[], year: number): IndustryStructure | undefined {
  const parts = SECTORS.map((s) => groupLevel(dataset, s, members, year).value);
  if (parts.some((v) => v === undefined)) return undefined;
  const total = sum(parts as number[]);
  if (!(total > 0)) return undefined;
  const [p, s, t] = parts.map((v) => roundHalfUp((100 * v!) / total, STRUCTURE_DECIMALS));
  return { year, shares: [p!, s!, t!] };
}

function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  return lists[0]!.filter((y) => lists.every((l) => l.includes(y)));
}
