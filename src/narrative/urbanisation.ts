import { INCOME_RATIO_DECIMALS, RATE_DECIMALS, type UrbanisationFacts } from "../analysis/urbanisation.js";
import * as m from "../messages/urbanisation.js";
import { regionInText } from "../messages/names.js";
import type { Text } from "../types/text.js";

/**
 * Sentences of the section "城乡与城镇化" from computed facts, as `Text`. Every number comes from
 * `facts`; highest/lowest from `facts.judgements` (displayed values compared, ties kept); the words from
 * messages/urbanisation.ts.
 */

/** National rate in the report year and its change since the first year of the series. */
export function nationalSentence(facts: UrbanisationFacts): Text {
  if (facts.nationalRate === undefined) return m.nationalMissing(facts.year);
  return m.national(facts.year, facts.nationalRate, RATE_DECIMALS, facts.nationalChange);
}

/** Four-region rates, the highest/lowest region and province in the report year, and the provinces without data. */
export function regionalSentences(facts: UrbanisationFacts): Text[] {
  const withRate = facts.regions.filter((r) => r.rate.value !== undefined);
  if (withRate.length === 0) return [m.regionalMissing(facts.year)];
  const j = facts.judgements;
  const out = [m.regional(facts.year, withRate.map((r) => ({ region: regionInText(r), rate: r.rate.value! })), RATE_DECIMALS, j.highestRegions, j.lowestRegions)];
  if (j.highestProvinces.length > 0) out.push(m.provinceExtremes(j.highestProvinces, j.highestProvinces[0]!.value!, j.lowestProvinces, j.lowestProvinces[0]!.value!, RATE_DECIMALS));
  const missing = facts.provinces.filter((p) => p.value === undefined);
  if (missing.length > 0) out.push(m.provincesMissing(missing));
  return out;
}

/** Urban–rural income ratio in the latest year with data, and the statement that later years are missing. */
export function incomeRatioSentence(facts: UrbanisationFacts): Text {
  const ir = facts.incomeRatio;
  const { highestIncomeRatio: highest, lowestIncomeRatio: lowest } = facts.judgements;
  if (ir.year === undefined || highest.length === 0) return m.incomeRatioMissing;
  return m.incomeRatio({ year: facts.year, ratioYear: ir.year, available: ir.availableYears, highest, high: highest[0]!.value!, lowest, low: lowest[0]!.value!, decimals: INCOME_RATIO_DECIMALS });
}
