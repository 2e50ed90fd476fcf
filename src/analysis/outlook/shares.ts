import { largestRemainderRound } from "../../stats/rounding.js";
import { shareOfTotal } from "../../stats/share.js";
import { sum } from "../../stats/sum.js";
import { weightedMean } from "../../stats/weightedMean.js";

/** A group of provinces (e.g. 东部 of 四大板块, 北方 of 南北) by member codes. */
export interface OutlookGroup {
  /** Group id from data/regions/groupings.csv (e.g. "east"); code compares ids, never names. */
  id: string;
  name: string;
  nameEn: string;
  members: readonly string[];
}

const membersOf = (group: OutlookGroup, codes: readonly string[]) => codes.map((c) => group.members.includes(c));

/**
 * Share (%) of each group in the sum of all provinces' `levels` (e.g. GDP in 亿元): 100 × Σ members /
 * Σ all. The denominator is the sum of the provinces given, not the national total.
 */
export function groupShares(levels: readonly number[], codes: readonly string[], groups: readonly OutlookGroup[]): number[] {
  const total = sum(levels);
  return groups.map((g) => {
    const inGroup = membersOf(g, codes);
    return shareOfTotal(sum(levels.filter((_, i) => inGroup[i])), total);
  });
}

/**
 * Real growth (%) of each group: its members' growth weighted by their previous-year nominal GDP, the
 * method of regional growth throughout regecon (analysis/aggregate.ts groupRealGrowth).
 */
export function groupGrowth(growth: readonly number[], gdpPrev: readonly number[], codes: readonly string[], groups: readonly OutlookGroup[]): number[] {
  return groups.map((g) => {
    const inGroup = membersOf(g, codes);
    return weightedMean(growth.filter((_, i) => inGroup[i]), gdpPrev.filter((_, i) => inGroup[i]));
  });
}

/**
 * Shares of a partition (groups covering every province once, e.g. 四大板块) rounded to `decimals` by
 * largest remainder, so the displayed shares add up to exactly 100.
 */
export function displayShares(shares: readonly number[], decimals: number): number[] {
  return largestRemainderRound(shares, decimals, 100);
}

/** Gap between two groups' shares (points): share of `a` − share of `b` (e.g. 东部 − 西部, 南方 − 北方). */
export function shareGap(levels: readonly number[], codes: readonly string[], [a, b]: readonly [OutlookGroup, OutlookGroup]): number {
  const [sa, sb] = groupShares(levels, codes, [a, b]) as [number, number];
  return sa - sb;
}
