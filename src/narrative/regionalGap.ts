import type { RegionalGapFacts } from "../analysis/regionalGap.js";
import * as m from "../messages/regionalGap.js";
import type { Text } from "../types/text.js";

/**
 * The sentence on the gaps between the four regions' per-capita GDP: the ratio and the difference of
 * every pair in the first and the last common year, and each pair's verdict (rules/regionalGap.ts),
 * pairs with the same verdict named together. Pairs without a judgement (fewer than two complete
 * years, or another span than the first pair's, so that no verdict rests on figures not shown) are
 * left out; with none left, a sentence says the gaps cannot be compared.
 */
export function regionalGapSentence(gaps: readonly RegionalGapFacts[]): Text {
  const withJudgement = gaps.filter((g) => g.judgement !== undefined);
  if (withJudgement.length === 0) return m.notComputable;
  // The pairs judged over the same first and last year as the first one, so each verdict matches the figures shown.
  const first = withJudgement[0]!.firstYear!;
  const last = withJudgement[0]!.lastYear!;
  const judged = withJudgement.filter((g) => g.firstYear === first && g.lastYear === last);
  const at = (g: RegionalGapFacts, y: number) => g.years.find((r) => r.year === y)!;
  const pairs = judged.map((g) => ({ facts: g, pair: { low: g.low, ratio: [at(g, first).ratio!, at(g, last).ratio!], difference: [at(g, first).difference!, at(g, last).difference!] } as m.GapPair }));
  const byVerdict = new Map<string, typeof pairs>();
  for (const p of pairs) {
    const key = `${p.facts.judgement!.relative}|${p.facts.judgement!.absolute}`;
    byVerdict.set(key, [...(byVerdict.get(key) ?? []), p]);
  }
  const high = judged[0]!.high;
  const verdicts = [...byVerdict.values()].map((ps) => m.gapVerdict(high, ps.map((p) => p.facts.low), ps[0]!.facts.judgement!.relative, ps[0]!.facts.judgement!.absolute));
  const crossesBreak = judged.some((g) => g.vintages.gdp.length > 1 || g.vintages.population.length > 1);
  return m.gapFigures(first, last, high, pairs.map((p) => p.pair), m.verdicts(verdicts), crossesBreak);
}
