import { REGION, SIDE } from "../groupIds.js";
import { differenceInPoints } from "../../stats/share.js";
import { roundHalfUp } from "../../stats/rounding.js";
import { extremesOf } from "./extremes.js";
import type { GrowthComparison } from "../../types/comparison.js";

/**
 * Judgements on real growth that the report states (区域经济增长格局), decided here once and phrased by
 * the narrative. Inputs are growth rates as published: rounded to GROWTH_DECIMALS (one decimal, %).
 */

/** Published precision of real growth rates: one decimal (5.0%). */
export const GROWTH_DECIMALS = 1;

/** Precision at which north–south shares are quoted in prose: one decimal (35.2%). */
export const NORTH_SOUTH_SHARE_DECIMALS = 1;

/**
 * Smallest gap between two published one-decimal growth rates, in 个百分点, that the report calls a
 * difference: two rounding units. Rates that print 0.1 apart may differ by almost nothing before
 * rounding (5.0499 → 5.0, 5.0500 → 5.1), so such a gap is described ("略高于") but never called a
 * pattern or used to explain anything. The one tolerance rule for every growth comparison the report
 * judges (东西部 pattern, the north–south price explanation).
 */
export const MIN_GROWTH_GAP = 0.2;

/** True when two published growth rates differ by at least MIN_GROWTH_GAP (binary noise removed). */
export function isMaterialGap(a: number, b: number): boolean {
  return Math.abs(differenceInPoints(a, b)) >= MIN_GROWTH_GAP;
}

/**
 * How growth rate `a` compares with `b`, both as published (one decimal): the one rule behind every
 * "高于 / 略高于 / 持平 / 略低于 / 低于" the report writes about growth rates, in every section (see
 * types/comparison.ts; the catalogue phrases it with messages/growth.ts `comparedWith`).
 */
export type { GrowthComparison } from "../../types/comparison.js";

/** Compare two published growth rates under the one tolerance rule (see `GrowthComparison`). */
export function compareGrowth(a: number, b: number): GrowthComparison {
  const [ra, rb] = [roundHalfUp(a, GROWTH_DECIMALS), roundHalfUp(b, GROWTH_DECIMALS)];
  const d = differenceInPoints(ra, rb);
  if (d === 0) return "same";
  // The tolerance is judged on the published rates, so the gap the sentence prints decides the word.
  if (!isMaterialGap(ra, rb)) return d > 0 ? "slightlyHigher" : "slightlyLower";
  return d > 0 ? "higher" : "lower";
}

/** True for "higher" and "slightlyHigher": `a` is above `b` by any published gap (NBS counts "高于全国" so). */
export function isAbove(c: GrowthComparison): boolean {
  return c === "higher" || c === "slightlyHigher";
}

/** True for "lower" and "slightlyLower". */
export function isBelow(c: GrowthComparison): boolean {
  return c === "lower" || c === "slightlyLower";
}

/** What the growth rules read of a region: its id (groupings.csv) and its published real growth. */
export interface RegionGrowth {
  id: string;
  realGrowth: { value: number | undefined };
}

/** The east–west decision with the figures it rests on. */
export interface EastWestDecision {
  /** The West's published rate against the East's (compareGrowth): the words of the sentence. */
  comparison: GrowthComparison;
  /** 西快东慢 / 东快西慢 when the gap is material (≥ MIN_GROWTH_GAP), else 基本持平 ("similar"). */
  pattern: "westFaster" | "eastFaster" | "similar";
  /** The side with the higher published rate; undefined when both print the same. */
  leader?: "west" | "east";
  east: number;
  west: number;
  /** |west − east| in 个百分点. */
  gap: number;
}

/**
 * East–west growth pattern. Rule: compare the published real growth of the West and the East
 * (group ids `west`, `east`): West ahead by at least MIN_GROWTH_GAP → "westFaster" (西快东慢); East
 * ahead by at least that → "eastFaster" (东快西慢); otherwise "similar", with the leader named when the
 * rates differ at all — decided by compareGrowth(west, east), so the sentence uses the words of every
 * other growth comparison. Undefined when either rate (or either region) is missing.
 */
export function eastWestPattern(regions: readonly RegionGrowth[]): EastWestDecision | undefined {
  const east = regions.find((r) => r.id === REGION.east)?.realGrowth.value;
  const west = regions.find((r) => r.id === REGION.west)?.realGrowth.value;
  if (east === undefined || west === undefined) return undefined;
  const comparison = compareGrowth(west, east);
  const leader = isAbove(comparison) ? "west" : isBelow(comparison) ? "east" : undefined;
  const pattern = comparison === "higher" ? "westFaster" : comparison === "lower" ? "eastFaster" : "similar";
  return { comparison, pattern, leader, east, west, gap: Math.abs(differenceInPoints(west, east)) };
}

/**
 * The regions with the highest (or lowest) published real growth; several when tied. [] when any
 * region's growth is missing: a ranking of part of the regions is not stated.
 */
export function extremeRegions<R extends RegionGrowth>(regions: readonly R[], which: "fastest" | "slowest"): R[] {
  return extremesOf(regions, (r) => r.realGrowth.value, which === "fastest" ? "highest" : "lowest", GROWTH_DECIMALS, "noJudgement");
}

/**
 * The provinces with the highest (or lowest) published growth among those with data (ties kept, in
 * the given order); missing growth is skipped, and the report names what was not compared.
 */
export function extremeProvinces<P extends { realGrowth?: number }>(provinces: readonly P[], which: "fastest" | "slowest"): P[] {
  return extremesOf(provinces, (p) => p.realGrowth, which === "fastest" ? "highest" : "lowest", GROWTH_DECIMALS, "skipMissing");
}

/** A region below the comparator and how far below (compareGrowth: 略低于 or 低于). */
export interface RegionBelow<R> {
  region: R;
  comparison: "slightlyLower" | "lower";
}

/**
 * Regions whose published growth is below the comparator (national growth or its stand-in), with the
 * compareGrowth decision that words the sentence; missing growth is not compared.
 */
export function regionsBelowComparator<R extends RegionGrowth>(regions: readonly R[], comparator: number | undefined): RegionBelow<R>[] {
  if (comparator === undefined) return [];
  return regions.flatMap((region) => {
    const comparison = region.realGrowth.value === undefined ? undefined : compareGrowth(region.realGrowth.value, comparator);
    return comparison === "lower" || comparison === "slightlyLower" ? [{ region, comparison }] : [];
  });
}

/** Provinces split by compareGrowth of their published growth against the comparator, one list per decision. */
export type ComparatorSplit<P> = Record<GrowthComparison, P[]>;

/**
 * Provinces against the comparator (national growth or its stand-in), in the given order, one list per
 * compareGrowth decision: 高于 / 略高于 / 持平 / 略低于 / 低于 — the same words as every other growth
 * comparison. "增速高于全国" as NBS counts it (any published gap) is higher ∪ slightlyHigher (isAbove).
 * Missing growth is in none of the lists; no comparator → all empty.
 */
export function splitByComparator<P extends { realGrowth?: number }>(provinces: readonly P[], comparator: number | undefined): ComparatorSplit<P> {
  const split: ComparatorSplit<P> = { higher: [], slightlyHigher: [], same: [], slightlyLower: [], lower: [] };
  if (comparator === undefined) return split;
  for (const p of provinces) if (p.realGrowth !== undefined) split[compareGrowth(p.realGrowth, comparator)].push(p);
  return split;
}

/** What the north–south rule reads of each side: id, unrounded shares of the two years, published growth. */
export interface SideFacts extends RegionGrowth {
  share?: number;
  sharePrev?: number;
}

/** The north–south decision with the one-decimal shares it is stated with. */
export interface NorthSouthDecision {
  /** The side with the larger share of the denominator (南强北弱 when "south"). */
  stronger: "north" | "south";
  /** Whether the same side was larger the year before; undefined without the previous year's shares. */
  change?: "unchanged" | "reversed";
  /** Shares as quoted (NORTH_SOUTH_SHARE_DECIMALS) and their change in 个百分点 (of the quoted shares). */
  north: { share: number; change?: number };
  south: { share: number; change?: number };
  /** North's published growth against the south's (compareGrowth); undefined when either is missing. */
  growth?: GrowthComparison;
  /**
   * The side that grew materially faster in real terms (isMaterialGap) yet whose quoted share fell:
   * shares are at current prices, growth at constant prices, so relative prices moved against it.
   * Undefined otherwise (including when growth differs by less than MIN_GROWTH_GAP).
   */
  fasterButLostShare?: "north" | "south";
}

/**
 * North–south balance. Rule: the side with the larger (unrounded) share is "stronger"; comparing with
 * the previous year's shares gives "unchanged" (仍是南强北弱) or "reversed" (由北强南弱转为南强北弱).
 * Undefined when either side or its current share is missing.
 */
export function northSouthBalance(sides: readonly SideFacts[]): NorthSouthDecision | undefined {
  const north = sides.find((g) => g.id === SIDE.north);
  const south = sides.find((g) => g.id === SIDE.south);
  if (north?.share === undefined || south?.share === undefined) return undefined;
  const stronger = south.share > north.share ? "south" : "north";
  const before = north.sharePrev !== undefined && south.sharePrev !== undefined ? (south.sharePrev > north.sharePrev ? "south" : "north") : undefined;
  const quoted = (g: SideFacts) => {
    const share = roundHalfUp(g.share!, NORTH_SOUTH_SHARE_DECIMALS);
    const change = g.sharePrev === undefined ? undefined : differenceInPoints(share, roundHalfUp(g.sharePrev, NORTH_SOUTH_SHARE_DECIMALS));
    return { share, change };
  };
  const n = quoted(north);
  const s = quoted(south);
  return {
    stronger,
    change: before === undefined ? undefined : before === stronger ? "unchanged" : "reversed",
    north: n,
    south: s,
    growth: north.realGrowth.value !== undefined && south.realGrowth.value !== undefined ? compareGrowth(north.realGrowth.value, south.realGrowth.value) : undefined,
    fasterButLostShare: fasterButLostShare(north.realGrowth.value, south.realGrowth.value, n.change),
  };
}

function fasterButLostShare(north: number | undefined, south: number | undefined, northShareChange: number | undefined): "north" | "south" | undefined {
  if (north === undefined || south === undefined || northShareChange === undefined || northShareChange === 0) return undefined;
  if (!isMaterialGap(north, south)) return undefined;
  if (north > south && northShareChange < 0) return "north";
  if (south > north && northShareChange > 0) return "south";
  return undefined;
}
