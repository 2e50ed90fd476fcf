import type { ChallengesFacts } from "../analysis/challenges.js";
import type { IndicatorGrowthFacts, MethodGrowth } from "../analysis/regionalGrowth.js";
import type { TradeFacts } from "../analysis/trade.js";
import * as m from "../messages/challenges.js";
import type { Text } from "../types/text.js";

/**
 * Sentences of the section "挑战" from computed facts, as `Text`. Every number comes from `facts`; the
 * judgements (highest/lowest region) from `facts.judgements` (values compared as displayed, none when
 * any region's value is missing); the words from messages/challenges.ts. Functions return undefined
 * when they have nothing to say.
 */

/** Income and consumption per capita by region, the highest and lowest, and the gap (highest ÷ lowest). */
export function incomeSentence(facts: ChallengesFacts): Text | undefined {
  const j = facts.judgements;
  if (j.highestIncome.length === 0 || j.incomeRatio === undefined) return undefined;
  return m.income({
    year: facts.year,
    regions: facts.regions.map((r) => ({ ...r, income: r.income.value! })),
    highest: j.highestIncome,
    lowest: j.lowestIncome,
    ratio: j.incomeRatio,
    lowestConsumption: j.lowestConsumption.map((r) => ({ ...r, consumption: r.consumption.value! })),
  });
}

/** FAI growth: provinces with negative growth per region and the national published rate; undefined without data. */
export function investmentSentence(facts: ChallengesFacts): Text | undefined {
  if (facts.regions.every((r) => r.fai.every((f) => f.value === undefined))) return undefined;
  return m.investment(
    facts.nationalFai,
    facts.regions.map((r) => ({ region: r, withData: r.fai.length - r.faiMissing.length, falling: r.fai.filter((f) => r.faiNegative.includes(f.code)) })),
  );
}

/** Fiscal self-financing ratio by region and the lowest region; undefined when it cannot be judged. */
export function fiscalSentence(facts: ChallengesFacts): Text | undefined {
  const lowest = facts.judgements.lowestSelfFinancing;
  if (lowest.length === 0) return undefined;
  return m.fiscal(facts.regions.map((r) => ({ ...r, ratio: r.selfFinancingRatio })), lowest);
}

/**
 * Growth of one indicator in the two years by region: by the regional aggregate with the direction of
 * change (rules/challenges.ts), then by the simple mean of provincial growth with whether the two methods
 * agree. [] when a region lacks the aggregate growth of either year.
 */
export function growthSentences(g: IndicatorGrowthFacts, year: number): Text[] {
  const methods = m.methodName(g.perCapita);
  const subject = m.growthSubject[g.indicator]!;
  const pairs = (pick: (b: MethodGrowth) => number | undefined) =>
    g.regions.map((r) => ({ ...r, before: pick(r.byYear[0]!), after: pick(r.byYear[1]!) }));
  const aggregate = pairs((b) => b.aggregate);
  if (aggregate.some((r) => r.before === undefined || r.after === undefined || r.change.aggregate === undefined)) return [];
  const out = [
    m.growthComparison({
      subject,
      method: methods.aggregate,
      year,
      regions: aggregate.map((r) => ({ ...r, before: r.before!, after: r.after!, comparison: r.change.aggregate!.comparison })),
      common: g.common.aggregate,
    }),
  ];
  const mean = pairs((b) => b.meanOfProvinces);
  if (mean.every((r) => r.before !== undefined && r.after !== undefined)) {
    out.push(m.otherMethod({ method: methods.meanOfProvinces, year, regions: mean.map((r) => ({ ...r, before: r.before!, after: r.after! })), agree: g.methodsAgree }));
  }
  return out;
}

/** Goods-trade totals by region under each allocation (the first with the year and units); [] without the report year. */
export function tradeSentences(t: TradeFacts): Text[] {
  const complete = t.totals.filter((x) => x.regions.every((r) => r.after.value !== undefined));
  return complete.map((x, i) => m.tradeTotals({ allocation: m.tradeAllocation[x.indicator]!, year: t.year, regions: x.regions.map((r) => ({ ...r, value: r.after.value!, growth: r.growth })), first: i === 0 }));
}
