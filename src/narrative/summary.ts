import type { GrowthPatternFacts } from "../analysis/growthPattern.js";
import { REGION } from "../analysis/groupIds.js";
import type { RegionalGapFacts } from "../analysis/regionalGap.js";
import type { DisparitySeries } from "../analysis/disparity.js";
import type { StrategiesFacts } from "../analysis/strategies.js";
import type { UrbanisationFacts } from "../analysis/urbanisation.js";
import * as growth from "../messages/growth.js";
import * as dm from "../messages/disparity.js";
import { regionInText, regionsInText } from "../messages/names.js";
import { strategiesInText } from "../messages/strategies.js";
import * as m from "../messages/summary.js";
import type { Text } from "../types/text.js";
import { denominatorName } from "./growthPattern.js";

/**
 * Sentences of the 摘要 (summary), one per headline judgement, from the same facts the sections state
 * (their analysis modules) and the same decisions (analysis/rules): no judgement is made here. Each
 * function returns [] when its facts support no headline.
 */

/** National GDP and its milestone, the east–west comparison and the slowest region; then the largest region's share and 南强北弱. */
export function growthSummary(facts: GrowthPatternFacts): Text[] {
  const j = facts.judgements;
  const ew = j.eastWest;
  const opening = ew === undefined ? undefined : growth.eastWest(ew);
  const slow = j.slowestRegions.length > 0 ? { region: regionsInText(j.slowestRegions), rate: j.slowestRegions[0]!.realGrowth.value! } : undefined;
  const first = m.growthHeadline(facts.year, facts.nationalGdp, facts.history.national?.level, opening, slow);
  const withShare = facts.regions.filter((g) => g.shareDisplay !== undefined);
  const largest = withShare.length === facts.regions.length && withShare.length > 0 ? withShare.reduce((a, b) => (b.share! > a.share! ? b : a)) : undefined;
  const ns = j.northSouth;
  const second = m.sharesHeadline(
    largest ? { region: regionInText(largest), share: largest.shareDisplay!, of: denominatorName(facts) } : undefined,
    ns ? { southStronger: ns.stronger === "south", share: ns.stronger === "south" ? ns.south.share : ns.north.share, unchanged: ns.change === "unchanged" } : undefined,
  );
  return [first, second].filter((t) => t.zh !== "");
}

/** The fastest strategy region(s) and the strategies whose share rose since the first trend year. */
export function strategiesSummary(facts: StrategiesFacts): Text[] {
  const fastest = facts.fastest.length > 0 ? { names: strategiesInText(facts.fastest), tied: facts.fastest.length > 1, rate: facts.fastest[0]!.realGrowth.value! } : undefined;
  const rose = facts.strategies.filter((s) => s.trend === "rose");
  const since = facts.strategies.find((s) => s.shareFirst)?.shareFirst?.year;
  const t = m.strategiesHeadline(fastest, rose.length > 0 && since !== undefined ? { since, names: strategiesInText(rose) } : undefined);
  return t.zh === "" ? [] : [t];
}

/**
 * Relative and absolute disparity of provincial per-capita GDP over the series (the section's judgement
 * words, "略有" when the trend is not significant), and the East–West ratio and difference.
 */
export function disparitySummary(series: DisparitySeries | undefined, gaps: readonly RegionalGapFacts[]): Text[] {
  const j = series?.judgement;
  const span = j
    ? { first: series!.firstYear!, last: series!.lastYear!, relative: j.relativeSlight ? m.slightly(dm.direction[j.relative]) : dm.direction[j.relative], absolute: dm.direction[j.absolute] }
    : undefined;
  const ew = gaps.find((g) => g.high.id === REGION.east && g.low.id === REGION.west && g.judgement !== undefined);
  const at = (y: number) => ew!.years.find((r) => r.year === y)!;
  const pair = ew
    ? {
        high: ew.high,
        low: ew.low,
        first: ew.firstYear!,
        last: ew.lastYear!,
        ratio: [at(ew.firstYear!).ratio!, at(ew.lastYear!).ratio!] as [number, number],
        difference: [at(ew.firstYear!).difference!, at(ew.lastYear!).difference!] as [number, number],
      }
    : undefined;
  const t = m.disparityHeadline(span, pair);
  return t.zh === "" ? [] : [t];
}

/** The national urbanisation rate and its change since the first year held. */
export function urbanisationSummary(facts: UrbanisationFacts): Text[] {
  return facts.nationalRate === undefined ? [] : [m.urbanisationHeadline(facts.year, facts.nationalRate, facts.nationalChange)];
}
