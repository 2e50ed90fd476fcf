import type { ChallengesFacts } from "../analysis/challenges.js";
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

/** Retail sales nominal growth by region; undefined when no region has it. */
export function retailSentence(facts: ChallengesFacts): Text | undefined {
  const withGrowth = facts.regions.filter((r) => r.retailNominalGrowth !== undefined);
  if (withGrowth.length === 0) return undefined;
  return m.retail(withGrowth.map((r) => ({ ...r, growth: r.retailNominalGrowth! })), facts.judgements.lowestRetailGrowth);
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
