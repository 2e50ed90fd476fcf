import type { StrategiesFacts, StrategyFact } from "../analysis/strategies.js";
import * as m from "../messages/strategies.js";
import type { Named } from "../messages/names.js";
import type { Text } from "../types/text.js";

/**
 * Sentences of the section "区域重大战略" from computed facts, as `Text`. Every number comes from
 * `facts`; the judgements (fastest strategy region, share rising or falling) from the rules in
 * analysis/rules/strategies.ts, carried in the facts; the words from messages/strategies.ts. Missing
 * values are said to be missing; functions return undefined when they have nothing to say.
 */

/** Strategy regions whose members' shares are stated in prose (more members make an unreadable list; the figures show all). */
export const MAX_MEMBERS_LISTED = 4;

/**
 * One paragraph per strategy region: GDP at the benchmark years with the nominal average growth, the
 * report year's share and real growth, per-capita GDP over time, the tertiary share and the
 * three-industry structure over time, and (for up to MAX_MEMBERS_LISTED members) the members' shares.
 */
export function strategyParagraph(facts: StrategiesFacts, s: StrategyFact): Text[] {
  const name = m.strategyInText(s);
  if (s.gdp.value === undefined) return [m.gdpIncomplete(facts.year, name)];
  const change = s.shareFirst && s.shareChange !== undefined ? { since: s.shareFirst.year, points: s.shareChange } : undefined;
  const out: Text[] = [
    m.levelTrend(name, s.levels, s.nominalGrowth),
    m.yearFigures({ year: facts.year, name, share: s.shareDisplay === undefined ? undefined : { value: s.shareDisplay, of: m.shareDenominator[denominatorKind(facts)], change }, growth: s.realGrowth.value }),
  ];
  const perCapita = s.perCapitaSeries.filter((p) => p.value !== undefined);
  const last = perCapita.find((p) => p.year === facts.year);
  if (last) {
    const first = perCapita[0]!.year < facts.year ? perCapita[0] : undefined;
    out.push(m.perCapitaTrend(first && { year: first.year, value: first.value! }, { year: last.year, value: last.value! }));
  }
  const tertiary = s.tertiaryShareSeries.filter((p) => p.share !== undefined);
  const tLast = tertiary.find((p) => p.year === facts.year);
  const tFirst = tertiary[0];
  out.push(
    m.structureTrend({
      tertiary: tLast && tFirst && tFirst.year < facts.year ? { first: { year: tFirst.year, share: tFirst.share! }, last: { year: tLast.year, share: tLast.share! } } : undefined,
      structure: s.structureLast ? { first: s.structureFirst, last: s.structureLast } : undefined,
    }),
  );
  if (s.memberShares && s.members.length <= MAX_MEMBERS_LISTED) out.push(m.memberShares(name, s.memberShares.first, s.memberShares.last));
  return out;
}

/** Opening judgement: the fastest-growing strategy region(s) and which shares rose or fell since the first trend year. */
export function strategiesOverview(facts: StrategiesFacts): Text[] {
  const out: Text[] = [];
  const fastest = facts.fastest;
  if (fastest.length > 0) out.push(m.fastest(facts.year, m.strategiesInText(fastest), fastest.length > 1, fastest[0]!.realGrowth.value!));
  else out.push(m.growthNotCompared(facts.year, facts.strategies.every((s) => s.realGrowth.value === undefined)));
  const rose = facts.strategies.filter((s) => s.trend === "rose");
  const fell = facts.strategies.filter((s) => s.trend === "fell");
  const firstYear = facts.strategies.find((s) => s.shareFirst)?.shareFirst?.year;
  if (firstYear !== undefined && rose.length + fell.length > 0) out.push(m.shareTrends(firstYear, rose, fell));
  return out;
}

/**
 * Constant-composition note, from the membership data: every year of the trend uses the members
 * valid in the report year; members that joined after the first trend year are named with the year
 * they joined (a strategy whose members all joined then is said to date from that year); undefined
 * when the trend is the report year alone. E.g. zh "注：为保持口径一致，2014~2024年各年均按2024年的成员
 * 范围计算：长三角含安徽（2019年起正式纳入），黄河流域含全部9个省份（该战略2019年提出）。…"
 */
export function compositionNote(facts: StrategiesFacts): Text | undefined {
  const y = facts.year;
  const t0 = facts.trendYears[0] ?? y;
  if (t0 >= y) return undefined; // one year only: nothing to keep constant
  const clauses = facts.strategies.flatMap((s) => {
    const byYear = new Map<number, Named[]>();
    for (const member of s.lateMembers) byYear.set(member.validFrom, [...(byYear.get(member.validFrom) ?? []), member]);
    return [...byYear].map(([from, members]) => m.lateMembers(s, members, members.length === s.members.length, from));
  });
  return m.compositionNote(t0, y, clauses);
}

/**
 * Note replacing the section when no strategy has province members in the report year: the
 * strategies were set up later, with the first year of each from the membership data, e.g.
 * zh "（区域重大战略从略：2006年尚未设立区域重大战略。按成员数据，长三角自2010年起设立，京津冀和长江经济带自2014年起设立，…）"
 */
export function notYetSetUpNote(facts: StrategiesFacts): Text {
  const later = facts.starts.filter((s) => s.startYear !== undefined && s.startYear > facts.year);
  const years = [...new Set(later.map((s) => s.startYear!))].sort((a, b) => a - b);
  return m.noStrategyYet(facts.year, years.map((from) => ({ from, strategies: later.filter((s) => s.startYear === from) })));
}

/** Kind of the report year's share denominator (31-province sum unless the data give only regional totals). */
function denominatorKind(facts: StrategiesFacts): "provinceSum" | "groupTotals" {
  return facts.denominators.find((d) => d.year === facts.year)?.kind ?? "provinceSum";
}
