import type { GroupFact, GrowthPatternFacts } from "./growthPattern.js";

/**
 * Descriptive judgements derived from computed facts by stated rules (never written in advance).
 * Each returns undefined when the data needed for the rule are missing.
 */

/**
 * Smallest gap between two published one-decimal growth rates, in 个百分点, that is called a
 * difference in a judgement: two rounding units. A 0.1-point gap can come from rounding alone.
 */
export const MIN_GROWTH_GAP = 0.2;

/**
 * East–west growth pattern. Rule: compare the rounded real growth of 西部 and 东部: West ahead by at
 * least MIN_GROWTH_GAP → "westFaster" (西快东慢); East ahead by at least that → "eastFaster"
 * (东快西慢); otherwise "similar" (基本持平).
 */
export function eastWestPattern(facts: GrowthPatternFacts): "westFaster" | "eastFaster" | "similar" | undefined {
  const east = facts.regions.find((r) => r.name === "东部")?.realGrowth.value;
  const west = facts.regions.find((r) => r.name === "西部")?.realGrowth.value;
  if (east === undefined || west === undefined) return undefined;
  const gap = Number((west - east).toFixed(10));
  return gap >= MIN_GROWTH_GAP ? "westFaster" : gap <= -MIN_GROWTH_GAP ? "eastFaster" : "similar";
}

/**
 * North–south balance. Rule: the side with the larger share of the denominator is "strong"
 * (南强北弱 when the south's share exceeds the north's); the change of the north's share (个百分点,
 * displayed one-decimal shares) gives the direction.
 */
export function northSouthBalance(facts: GrowthPatternFacts): { southStronger: boolean; northShareChange?: number } | undefined {
  const north = facts.northSouth.find((g) => g.name === "北方");
  const south = facts.northSouth.find((g) => g.name === "南方");
  if (north?.share === undefined || south?.share === undefined) return undefined;
  return { southStronger: south.share > north.share, northShareChange: north.shareChange };
}

/** Regions with the highest (or lowest) rounded real growth; several when tied; [] when any is missing. */
export function extremeRegions(facts: GrowthPatternFacts, which: "fastest" | "slowest"): GroupFact[] {
  const rates = facts.regions.map((r) => r.realGrowth.value);
  if (rates.some((v) => v === undefined)) return [];
  const target = which === "fastest" ? Math.max(...(rates as number[])) : Math.min(...(rates as number[]));
  return facts.regions.filter((r) => r.realGrowth.value === target);
}

/** Regions whose rounded growth is below the comparator (national growth or its stand-in). */
export function regionsBelowComparator(facts: GrowthPatternFacts): GroupFact[] {
  const c = facts.comparator?.value;
  if (c === undefined) return [];
  return facts.regions.filter((r) => r.realGrowth.value !== undefined && r.realGrowth.value < c);
}
