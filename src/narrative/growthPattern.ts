import type { GroupFact, GrowthPatternFacts, ProvinceFact } from "../analysis/growthPattern.js";
import { REGION, SIDE } from "../analysis/groupIds.js";
import { differenceInPoints } from "../stats/share.js";
import * as m from "../messages/growth.js";
import { regionInText, regionsInText, regionsJoined, type Named } from "../messages/names.js";
import type { Text } from "../types/text.js";

/**
 * Sentences of the section "区域经济增长格局" from computed facts, as `Text` (both languages), in the
 * order the section prints them: the national context and the regional verdicts; the four regions'
 * levels, shares and growth as one NBS-style sentence with their changes; the provinces by size and
 * growth (top places, streaks and milestones, size bands); each region's members against the
 * comparator (defined once per paragraph) and in the national top ten; north and south. Every number
 * comes from `facts`, every judgement from the rules (analysis/rules/growth.ts, size.ts); the words
 * from messages/growth.ts. Missing data are said to be missing, in place. Functions return undefined
 * (or an empty list) when they have nothing to say.
 */

/** How many top places the ranking sentences name (居全国前五位). */
export const TOP_PLACES = 5;

/** A province by code, named from the facts (the code itself when unknown). */
function province(facts: GrowthPatternFacts, code: string): Named {
  return facts.provinces.find((p) => p.code === code) ?? { name: code, nameEn: code };
}

/** "31个省份合计" / "the sum of the 31 provinces" / "全国" — the denominator named in every share. */
export function denominatorName(facts: GrowthPatternFacts): Text {
  return m.denominatorName[facts.denominator.kind];
}

/** Name of the growth comparator: "全国" or, when the national figure is missing, the weighted provincial mean. */
export function comparatorName(facts: GrowthPatternFacts): Text {
  return facts.comparator?.kind === "national" ? m.comparatorName.national : m.comparatorName.provinceWeighted;
}

/** The opening paragraph: national GDP (and its milestone), the provinces' sum, the regional verdicts. */
export function overviewParagraph(facts: GrowthPatternFacts): Text[] {
  const shares = facts.denominator.value === undefined ? m.sharesNotComputable(facts.denominator.missing.map((c) => province(facts, c))) : undefined;
  return [m.context(facts.year, facts.nationalGdp, facts.history.national?.level, facts.provinceSum.value), shares, overviewSentence(facts), belowComparatorSentence(facts)].filter((t): t is Text => t !== undefined);
}

/** True when the regions below the comparator are exactly the slowest ones: the overview says it in one clause. */
function slowestAreBelow(facts: GrowthPatternFacts): boolean {
  const { slowestRegions: slowest, belowComparator: below } = facts.judgements;
  return facts.comparator !== undefined && slowest.length === 1 && below.length === 1 && below[0]!.region.id === slowest[0]!.id;
}

/** The east–west pattern (西快东慢 etc.), the fastest and slowest regions, and the slowest's gap to the comparator when only it is below. */
export function overviewSentence(facts: GrowthPatternFacts): Text {
  const { eastWest: ew, fastestRegions: fastest, slowestRegions: slowest } = facts.judgements;
  if (ew === undefined || fastest.length === 0) return m.patternNotComputable(facts.year, facts.regions.every((g) => g.realGrowth.value === undefined));
  const opening = m.eastWest(ew);
  // The opening gives the East's and the West's rates: not repeated when one of them is the fastest.
  const rateGiven = fastest.length === 1 && (fastest[0]!.id === REGION.west || fastest[0]!.id === REGION.east);
  const slowRate = slowest[0]!.realGrowth.value!;
  const c = facts.comparator;
  const below = slowestAreBelow(facts) ? { comparison: facts.judgements.belowComparator[0]!.comparison, comparator: comparatorName(facts), rate: c!.value, gap: differenceInPoints(c!.value, slowRate) } : undefined;
  return m.overview(opening, regionsInText(fastest), fastest.length > 1, rateGiven ? undefined : fastest[0]!.realGrowth.value, regionsInText(slowest), slowRate, below);
}

/**
 * Regions below the comparator, e.g. "东北地区增速低于全国平均水平（5.0%）0.6个百分点"; undefined when
 * none, or when the overview already said it (the only one below is the slowest).
 */
export function belowComparatorSentence(facts: GrowthPatternFacts): Text | undefined {
  const c = facts.comparator;
  const below = facts.judgements.belowComparator;
  if (!c || below.length === 0 || (slowestAreBelow(facts) && facts.judgements.eastWest !== undefined && facts.judgements.fastestRegions.length > 0)) return undefined;
  return m.belowComparator(below.map((b) => ({ region: regionInText(b.region), comparison: b.comparison, gap: differenceInPoints(c.value, b.region.realGrowth.value!) })), comparatorName(facts), c.value);
}

/**
 * The four regions in one NBS-style sentence (GDP, shares, real growth, "分别…"), then their changes on
 * the previous year grouped by direction; regions without GDP or growth are named as missing.
 */
export function regionsParagraph(facts: GrowthPatternFacts): Text[] {
  const out: Text[] = [];
  const withGdp = facts.regions.filter((g) => g.gdp.value !== undefined);
  for (const g of facts.regions.filter((r) => r.gdp.value === undefined)) out.push(m.regionGdpMissing(facts.year, regionInText(g), g.gdp.missing.map((c) => province(facts, c))));
  if (withGdp.length === 0) return out;
  const allShares = withGdp.every((g) => g.shareDisplay !== undefined);
  const allGrowth = withGdp.every((g) => g.realGrowth.value !== undefined);
  out.push(
    m.regionsLevels(
      regionsJoined(withGdp),
      withGdp.map((g) => g.gdp.value!),
      allShares ? { values: withGdp.map((g) => g.shareDisplay!), of: denominatorName(facts) } : undefined,
      allGrowth ? withGdp.map((g) => g.realGrowth.value!) : undefined,
    ),
  );
  const noGrowth = withGdp.filter((g) => g.realGrowth.value === undefined);
  if (noGrowth.length > 0 && noGrowth.length < withGdp.length) out.push(m.regionGrowthMissing(regionsJoined(noGrowth)));
  const shareChanges = allShares && withGdp.every((g) => g.shareChange !== undefined) ? m.changeClauses(withGdp.map((g) => ({ region: g, change: g.shareChange! })), "share", 2) : undefined;
  const growthChanges = allGrowth && withGdp.every((g) => g.growthChange !== undefined) ? m.changeClauses(withGdp.map((g) => ({ region: g, change: g.growthChange! })), "rate", 1) : undefined;
  out.push(m.regionChanges(shareChanges, growthChanges));
  return out.filter((t) => t.zh !== "");
}

/** Provinces ranked by `rank`, best first (ties by code). */
function ranked(facts: GrowthPatternFacts, rank: (p: ProvinceFact) => number | undefined): ProvinceFact[] {
  return facts.provinces.filter((p) => rank(p) !== undefined).sort((a, b) => rank(a)! - rank(b)! || a.code.localeCompare(b.code));
}

/**
 * The provinces by size and growth: the top five by GDP, rank streaks and milestones within the years
 * held, the size bands, the top five by growth, and who is not ranked.
 */
export function provincesParagraph(facts: GrowthPatternFacts): Text[] {
  const byGdp = ranked(facts, (p) => p.gdpRank);
  const byGrowth = ranked(facts, (p) => p.growthRank);
  const missingGdp = facts.provinces.filter((p) => p.gdp === undefined);
  const out: Text[] = [];
  const gdpTop = byGdp.filter((p) => p.gdpRank! <= TOP_PLACES);
  if (gdpTop.length > 0) out.push(m.sizeTop(gdpTop, TOP_PLACES, missingGdp.length === 0, byGdp.length));
  out.push(m.sizeHistory(historyClauses(facts)));
  if (facts.bands.length > 0) out.push(m.sizeBands(facts.bands));
  const growthTop = byGrowth.filter((p) => p.growthRank! <= TOP_PLACES);
  if (growthTop.length > 0) out.push(m.growthTop(growthTop, TOP_PLACES, byGrowth.length < facts.provinces.length ? byGrowth.length : undefined));
  if (missingGdp.length > 0) out.push(m.notRankedBySize(facts.year, missingGdp));
  return out.filter((t) => t.zh !== "");
}

/** Streak and milestone clauses: streaks grouped by their first year, the first province ever at its level, first crossings. */
function historyClauses(facts: GrowthPatternFacts): Text[] {
  const h = facts.history;
  const out: Text[] = [];
  const bySince = new Map<string, typeof h.streaks>();
  for (const s of h.streaks) {
    const key = `${s.since}|${s.years}`;
    bySince.set(key, [...(bySince.get(key) ?? []), s]);
  }
  for (const group of bySince.values()) {
    out.push(m.rankStreak(group.map((s) => province(facts, s.code)), group.map((s) => s.rank), group[0]!.years, group[0]!.since));
  }
  const first = h.firstNationally;
  if (first) out.push(m.firstNationally(province(facts, first.code), first.level));
  const crossings = h.crossings.filter((c) => c.code !== first?.code);
  if (crossings.length > 0) out.push(m.firstCrossings(crossings.map((c) => ({ p: province(facts, c.code), level: c.level }))));
  return out;
}

/** Members of a region the growth comparisons leave out (growth missing), in registry order. */
function notCompared(facts: GrowthPatternFacts, g: GroupFact): Text {
  return m.notCompared(facts.provinces.filter((p) => g.members.includes(p.code) && p.realGrowth === undefined));
}

/**
 * Each region's members against the comparator (above, equal, below, and the spread) and in the
 * national top ten by GDP and by growth, the comparator defined once at the start; [] without a
 * comparator.
 */
export function membersParagraph(facts: GrowthPatternFacts): Text[] {
  const c = facts.comparator;
  if (!c) return [];
  const sentences = facts.regions.map((g) => {
    const fast = g.fastest[0]?.realGrowth;
    const slow = g.slowest[0]?.realGrowth;
    return m.regionMembers({
      region: regionInText(g),
      members: g.members.length,
      against: g.againstComparator,
      spread: fast !== undefined && slow !== undefined && fast !== slow ? differenceInPoints(fast, slow) : undefined,
      topTenGdp: g.topTenGdp,
      topTenGrowth: g.topTenGrowth,
      comparator: c.kind,
      completeGdp: facts.provinces.every((p) => p.gdp !== undefined),
      completeGrowth: facts.provinces.every((p) => p.realGrowth !== undefined),
      missing: notCompared(facts, g),
    });
  });
  return [m.withIntro(m.comparatorIntro(c.kind, c.value), sentences[0]!), ...sentences.slice(1)];
}

/**
 * North–south shares (one decimal, as usually quoted), their change, the 南强北弱 verdict, the sides'
 * growth compared under the one tolerance rule, the price explanation when it applies, and how many of
 * the national top ten by GDP and by growth are southern.
 */
export function northSouthParagraph(facts: GrowthPatternFacts): Text[] {
  const d = facts.judgements.northSouth;
  const north = facts.northSouth.find((g) => g.id === SIDE.north);
  const south = facts.northSouth.find((g) => g.id === SIDE.south);
  if (!d || !north || !south) return [m.northSouthNotComputable(facts.year)];
  const verdict = m.northSouth({
    year: facts.year,
    north: { ...north, ...d.north, growth: north.realGrowth.value },
    south: { ...south, ...d.south, growth: south.realGrowth.value },
    of: denominatorName(facts),
    southStronger: d.stronger === "south",
    change: d.change,
    growth: d.growth,
    fasterButLostShare: d.fasterButLostShare,
  });
  const complete = (pick: (p: ProvinceFact) => number | undefined) => facts.provinces.every((p) => pick(p) !== undefined);
  const count = (list: (g: GroupFact) => ProvinceFact[]) => ({ total: list(north).length + list(south).length, south: list(south).length });
  const topTen = m.northSouthTopTen(complete((p) => p.gdp) ? count((g) => g.topTenGdp) : undefined, complete((p) => p.realGrowth) ? count((g) => g.topTenGrowth) : undefined);
  return [verdict, topTen].filter((t) => t.zh !== "");
}
