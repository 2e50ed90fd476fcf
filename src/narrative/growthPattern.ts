import type { GroupFact, GrowthPatternFacts, ProvinceFact } from "../analysis/growthPattern.js";
import { REGION, SIDE } from "../analysis/groupIds.js";
import { GDP_MILESTONE } from "../analysis/rules/growth.js";
import { differenceInPoints } from "../stats/share.js";
import * as m from "../messages/growth.js";
import { namesOf, regionInText, regionsInText, type Named } from "../messages/names.js";
import type { Text } from "../types/text.js";

/**
 * Sentences of the section "区域经济增长格局" from computed facts, as `Text` (both languages). Every
 * number comes from `facts`; every judgement from `facts.judgements` (analysis/rules/growth.ts); the
 * words from messages/growth.ts. Missing data are said to be missing, in place. Functions return
 * undefined when they have nothing to say.
 */

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

/** Opening judgement: the east–west pattern (西快东慢 etc.) and the fastest and slowest regions. */
export function overviewSentence(facts: GrowthPatternFacts): Text {
  const { eastWest: ew, fastestRegions: fastest, slowestRegions: slowest } = facts.judgements;
  if (ew === undefined || fastest.length === 0) return m.patternNotComputable(facts.year, facts.regions.every((g) => g.realGrowth.value === undefined));
  const opening =
    ew.pattern !== "similar"
      ? m.eastWestPattern(ew.pattern === "westFaster", ew.west, ew.east, ew.gap)
      : ew.leader === undefined
        ? m.eastWestEqual(ew.west, ew.east)
        : m.eastWestSlightly(ew.leader === "west", ew.west, ew.east, ew.gap);
  // A 西快东慢 opening has already given the West's rate.
  const rateGiven = ew.pattern !== "similar" && fastest.length === 1 && fastest[0]!.id === REGION.west;
  return m.overview(facts.year, opening, regionsInText(fastest), fastest.length > 1, rateGiven ? undefined : fastest[0]!.realGrowth.value, regionsInText(slowest), slowest[0]!.realGrowth.value!);
}

/** One sentence per region: GDP, share of the denominator, real growth and its change on the previous year. */
export function regionSentence(facts: GrowthPatternFacts, g: GroupFact): Text {
  if (g.gdp.value === undefined) return m.regionGdpMissing(facts.year, regionInText(g), g.gdp.missing.map((c) => province(facts, c)));
  const share = g.shareDisplay === undefined ? undefined : { value: g.shareDisplay, of: denominatorName(facts) };
  const growth = g.realGrowth.value === undefined ? undefined : { rate: g.realGrowth.value, change: g.growthChange };
  return m.regionGdp(facts.year, regionInText(g), g.gdp.value, share, growth);
}

/** Members of a region the growth comparisons leave out (growth missing), in registry order. */
function notCompared(facts: GrowthPatternFacts, g: GroupFact): Text {
  return m.notCompared(facts.provinces.filter((p) => g.members.includes(p.code) && p.realGrowth === undefined));
}

/** Provinces above the growth comparator in a region, e.g. "东部地区有7个省份增速高于全国：…"; undefined without a comparator. */
export function aboveComparatorSentence(facts: GrowthPatternFacts, g: GroupFact): Text | undefined {
  if (!facts.comparator) return undefined;
  return m.aboveComparator(regionInText(g), comparatorName(facts), facts.comparator.value, g.aboveComparator, g.aboveComparator.length > 0 ? notCompared(facts, g) : { zh: "", en: "" });
}

/** Fastest and slowest province within a region; undefined when no member has growth. */
export function extremesSentence(facts: GrowthPatternFacts, g: GroupFact): Text | undefined {
  const [fast, slow] = [g.fastest[0], g.slowest[0]];
  if (fast === undefined || slow === undefined) return undefined;
  const gap = differenceInPoints(fast.realGrowth!, slow.realGrowth!);
  return m.provinceExtremes(regionInText(g), namesOf(g.fastest), fast.realGrowth!, namesOf(g.slowest), slow.realGrowth!, gap, notCompared(facts, g));
}

/** Top provinces by GDP with ranks (ties as 并列), the milestone count, the top by growth, and who is not ranked. */
export function rankingSentences(facts: GrowthPatternFacts, top = 5): Text[] {
  const byRank = (rank: (p: ProvinceFact) => number | undefined) =>
    facts.provinces.filter((p) => rank(p) !== undefined).sort((a, b) => rank(a)! - rank(b)! || a.code.localeCompare(b.code));
  const byGdp = byRank((p) => p.gdpRank);
  const byGrowth = byRank((p) => p.growthRank);
  const missingGdp = facts.provinces.filter((p) => p.gdp === undefined);
  const out: Text[] = [];
  const gdpTop = byGdp.filter((p) => p.gdpRank! <= top);
  // Ranks among the provinces with data: "居全国第N位" only when all are present.
  if (gdpTop.length > 0) out.push(m.sizeRanking(gdpTop, missingGdp.length === 0, byGdp.length, GDP_MILESTONE, facts.judgements.atMilestone));
  const growthTop = byGrowth.filter((p) => p.growthRank! <= top);
  if (growthTop.length > 0) out.push(m.growthRanking(growthTop, byGrowth.length < facts.provinces.length ? byGrowth.length : undefined));
  if (missingGdp.length > 0) out.push(m.notRankedBySize(facts.year, missingGdp));
  return out;
}

/** North–south shares (one decimal, as usually quoted), their change, the 南强北弱 verdict and, when it applies, the price explanation. */
export function northSouthSentence(facts: GrowthPatternFacts): Text {
  const d = facts.judgements.northSouth;
  const north = facts.northSouth.find((g) => g.id === SIDE.north);
  const south = facts.northSouth.find((g) => g.id === SIDE.south);
  if (!d || !north || !south) return m.northSouthNotComputable(facts.year);
  return m.northSouth({
    year: facts.year,
    north: { ...north, ...d.north, growth: north.realGrowth.value },
    south: { ...south, ...d.south, growth: south.realGrowth.value },
    of: denominatorName(facts),
    southStronger: d.stronger === "south",
    change: d.change,
    fasterButLostShare: d.fasterButLostShare,
  });
}

/** Regions below the comparator, e.g. "东北地区低于全国水平0.6个百分点"; undefined when none. */
export function belowComparatorSentence(facts: GrowthPatternFacts): Text | undefined {
  const c = facts.comparator;
  const below = facts.judgements.belowComparator;
  if (!c || below.length === 0) return undefined;
  return m.belowComparator(below.map((g) => ({ region: regionInText(g), gap: differenceInPoints(c.value, g.realGrowth.value!) })), comparatorName(facts));
}

/** National context: total GDP in 万亿元 and the share denominator. */
export function contextSentence(facts: GrowthPatternFacts): Text {
  const shares = facts.denominator.value === undefined ? m.sharesNotComputable(facts.denominator.missing.map((c) => province(facts, c))) : m.sharesOf(denominatorName(facts));
  return m.context(facts.year, facts.nationalGdp, facts.provinceSum.value, shares);
}
