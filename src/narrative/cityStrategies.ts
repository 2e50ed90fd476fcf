import type { CityStrategyFacts } from "../analysis/cityStrategies.js";
import * as m from "../messages/cityStrategies.js";
import { levelTrend } from "../messages/strategies.js";
import type { Text } from "../types/text.js";

/**
 * Sentences on a city-level strategy region (粤港澳大湾区) from its facts: the mainland cities' GDP over
 * time and its nominal growth, the cities by 万亿元 band, the fastest and slowest cities (only those
 * whose growth rests on one vintage; the others are said not to be ranked, and why), the SARs in
 * their own currencies. Numbers come from the facts, bands and extremes from the rules they carry.
 */
export function cityStrategyParagraph(f: CityStrategyFacts): Text[] {
  const out: Text[] = [];
  if (f.mainlandLevels.some((l) => l.year === f.year)) {
    out.push(levelTrend(m.mainlandCities(f, f.mainland.length), f.mainlandLevels, f.mainlandAverageGrowth.map((g) => ({ ...g, to: f.year }))));
    if (f.mainlandGrowth !== undefined) out.push(m.mainlandGrowth(f.year, f.mainlandGrowth, f.mainlandGrowthAcrossVintages));
  }
  if (f.bands.length > 0) out.push(m.bands(f.year, f.bands, f.trillionCount));
  if (f.fastest.length > 0 && f.slowest.length > 0) out.push(m.growthExtremes(f.fastest, f.slowest));
  const unranked = f.notRankedAcrossVintages;
  if (unranked.length > 0) out.push(m.growthNotRanked(f.year, f.fastest.length === 0, unranked));
  const sars = f.ownCurrency.filter((c) => c.value !== undefined);
  if (sars.length > 0) out.push(m.ownCurrency(f.year, sars.map((c) => ({ ...c, amount: m.ownCurrencyAmount(c.value!, { zh: c.unit, en: c.unitEn }), growth: c.nominalGrowth }))));
  return out;
}
