import { INCOME_RATIO_DECIMALS, RATE_DECIMALS, type UrbanisationFacts } from "../analysis/urbanisation.js";
import * as m from "../messages/urbanisation.js";
import { regionInText, type Named, type NamedGroup } from "../messages/names.js";
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

/** A region whose rate is missing in some years, with the members lacking data in those years and its report-year rate. */
export interface CoverageGap extends NamedGroup {
  years: number[];
  members: Named[];
  latest?: { year: number; rate: number };
}

/** Regions of `facts.regionSeries` with years where a member lacks data (the members named by the registry's names). */
export function coverageGaps(facts: UrbanisationFacts, names: (code: string) => Named): CoverageGap[] {
  return facts.regionSeries.flatMap((r) => {
    const gaps = r.points.filter((p) => p.rate === undefined);
    if (gaps.length === 0) return [];
    const last = r.points.find((p) => p.year === facts.year && p.rate !== undefined);
    return [{ id: r.id, name: r.name, nameEn: r.nameEn, years: gaps.map((p) => p.year), members: [...new Set(gaps.flatMap((p) => p.missing))].map(names), latest: last && { year: last.year, rate: last.rate! } }];
  });
}

/** The regions' change since their first complete year, and the regions that lack some years (with the members missing). */
export function regionalTrendSentences(facts: UrbanisationFacts, gaps: readonly CoverageGap[]): Text[] {
  const out: Text[] = [];
  if (facts.regionChanges.length > 0) out.push(m.regionalChanges(facts.year, facts.regionChanges, RATE_DECIMALS));
  if (facts.regionChanges.length > 0 && gaps.length > 0) out.push(m.regionalCoverage(gaps, RATE_DECIMALS));
  return out;
}

/** The national urban–rural income ratio from its first to its last year (≤ report year); undefined without two years. */
export function nationalIncomeRatioSentence(facts: UrbanisationFacts): Text | undefined {
  const s = facts.nationalIncomeRatio;
  return s.length > 1 ? m.nationalIncomeRatio(s[0]!, s[s.length - 1]!, INCOME_RATIO_DECIMALS) : undefined;
}
