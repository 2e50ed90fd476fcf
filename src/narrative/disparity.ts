import type { BetaOverPeriod, DisparitySeries, DisparityIndices, IndicatorGap, MoranOfYear, TheilByGrouping } from "../analysis/disparity.js";
import { contributionShares, named } from "../analysis/disparity.js";
import {
  DISPARITY_DECIMALS as D,
  SIGNIFICANCE,
  convergenceVerdict,
  largestWithinGroups,
  moranVerdict,
  significantClusters,
  type DisparityJudgement,
} from "../analysis/rules/disparity.js";
import { indicatorCatalogue } from "../data/indicators.js";
import type { Registry } from "../data/registry.js";
import * as m from "../messages/disparity.js";
import { num, pct, perYear } from "../messages/format.js";
import { joinText, verbatim, type Text } from "../types/text.js";

/**
 * Sentences about regional disparity (区域差距) from computed facts, in both languages (`Text`; the
 * caller picks the language). Every number comes from the facts, formatted with the decimals of
 * `DISPARITY_DECIMALS`; every judgement (narrowed/widened/slight, convergence, clustering) is the
 * decision of analysis/rules/disparity.ts, phrased here with the words of messages/disparity.ts. The
 * report section and `regecon disparity` both phrase through this module, so the same data get the
 * same digits and the same words.
 */

/** The significance level as printed: "5%". */
export const LEVEL = pct(SIGNIFICANCE * 100, 0);

/** Province names for codes ("海南、西藏" / "Hainan and Tibet"); with `every`, all provinces are "各省份" / "every province". */
export function provinceNames(registry: Registry, codes: readonly string[], every = false): Text {
  const unique = [...new Set(codes)];
  if (every && unique.length === registry.provinces.length) return m.everyProvince;
  return m.listText(unique.map((c) => (registry.isProvince(c) ? named(registry.province(c)) : verbatim(c))));
}

/** An input indicator named with its id: "地区生产总值（gdp_current）"; ids outside the catalogue as they are. */
export function indicatorLabel(id: string): Text {
  const def = indicatorCatalogue().get(id);
  return def ? m.indicatorWithId({ zh: def.nameZh, en: def.nameEn }, id) : verbatim(id);
}

/** An input indicator by its name alone ("地区生产总值"), as the report's text names it; ids outside the catalogue as they are. */
export function indicatorName(id: string): Text {
  const def = indicatorCatalogue().get(id);
  return def ? { zh: def.nameZh, en: def.nameEn } : verbatim(id);
}

/**
 * What the provinces lack in `year`, per indicator, e.g. zh "2024年缺少广东的地区生产总值；湖北的年末常住
 * 人口不是正数（0），无法取对数和比值，已剔除"; en "in 2024, GDP (current prices) is missing for
 * Guangdong". Indicators by name (the report's text carries no ids); values quoted as read.
 */
export function gapText(registry: Registry, year: number, gaps: readonly IndicatorGap[]): Text {
  const parts: Text[] = [];
  for (const g of gaps) {
    const label = indicatorName(g.indicator);
    if (g.missing.length) parts.push(m.gapMissing(label, provinceNames(registry, g.missing, true)));
    if (g.invalid.length) {
      const values = g.invalid.length === 1 ? [verbatim(String(g.invalid[0]!.value))] : g.invalid.map((x) => m.provinceValue(provinceNames(registry, [x.code]), String(x.value)));
      parts.push(m.gapInvalid(label, provinceNames(registry, g.invalid.map((x) => x.code)), values, g.invalid.length));
    }
  }
  return parts.length === 0 ? m.insufficientData(year) : m.gapsOfYear(year, parts);
}

/** "30个省份，缺少广东" / "30 provinces; Guangdong missing": coverage of a partial cross-section. */
export function coverageText(registry: Registry, covered: readonly string[], missing: readonly string[]): Text {
  return m.coverage(covered.length, provinceNames(registry, missing));
}

/** The judgement in words: relative (略有缩小（趋势不显著） when slight) and absolute. */
export function judgementWords(j: DisparityJudgement): { relative: Text; absolute: Text } {
  const relative = m.direction[j.relative];
  return { relative: j.relativeSlight ? m.slightly(relative) : relative, absolute: m.direction[j.absolute] };
}

/** The judgement of a series as one line: "2015~2024年：相对差距略有缩小（趋势不显著），绝对差距扩大。" */
export function judgementLine(series: DisparitySeries): Text {
  const words = series.judgement ? judgementWords(series.judgement) : { relative: m.undetermined, absolute: m.undetermined };
  return m.judgementLine(series.firstYear, series.lastYear, m.judgementClauses(words.relative, words.absolute));
}

/** The judgement rule with the significance level. */
export function disparityRule(): Text {
  return m.disparityRule(LEVEL);
}

/** A σ-trend slope in words: "每年下降0.0007" / "down 0.0007 a year". */
export const slopeWords = (slope: number): Text => ({ zh: perYear(slope, "zh", D.index), en: perYear(slope, "en", D.index) });

/** The σ-trend verdict in words ("在5%水平上不显著，σ收敛证据不足"). */
export function sigmaVerdictText(sigma: { slope: number; pValue: number }): Text {
  return m.sigmaVerdict(LEVEL)[convergenceVerdict(sigma.slope, sigma.pValue)];
}

/** The σ-trend sentence: sign, slope per year, p and verdict. */
export function sigmaSentence(sigma: { slope: number; pValue: number }): Text {
  return m.sigmaSentence(sigma.slope < 0, slopeWords(sigma.slope), num(sigma.pValue, D.pValue), sigmaVerdictText(sigma));
}

/**
 * The series paragraph (at least two complete years): first and last weighted CV, weighted Theil T,
 * standard deviation and range, the judgement, a break clause when the inputs mix vintages, and the
 * σ-trend sentence. `endsEarly` (what the report year lacks) opens it when the series stops before.
 */
export function seriesParagraph(series: DisparitySeries, options: { endsEarly?: Text; mixedVintages: boolean }): Text {
  const complete = series.years.filter((r) => r.indices !== undefined);
  const a = complete[0]!.indices!;
  const b = complete[complete.length - 1]!.indices!;
  const words = judgementWords(series.judgement!);
  const figures: m.SeriesFigures = {
    cvFirst: num(a.williamsonCV, D.index),
    cvLast: num(b.williamsonCV, D.index),
    theilFirst: num(a.theilTWeighted, D.index),
    theilLast: num(b.theilTWeighted, D.index),
    sdFirst: num(a.sd, D.yuan),
    sdLast: num(b.sd, D.yuan),
    rangeFirst: num(a.range, D.yuan),
    rangeLast: num(b.range, D.yuan),
  };
  const main = m.seriesSentence(series.firstYear!, series.lastYear!, figures, words.relative, words.absolute, options.mixedVintages ? m.vintageBreak : verbatim(""));
  const sigma = series.sigmaWilliamson;
  return joinText([...(options.endsEarly ? [endsEarly(options.endsEarly, series.lastYear!)] : []), main, ...(sigma ? [sigmaSentence(sigma)] : [])]);
}

/** Lead-in when the series ends before the report year. */
function endsEarly(gaps: Text, lastYear: number): Text {
  return m.seriesEndsEarly(gaps, lastYear);
}

/** One complete year only: its indices and why no change can be judged. */
export function singleYearParagraph(year: number, ix: DisparityIndices, options: { endsEarly?: Text } = {}): Text {
  const main = m.singleYearSentence(year, num(ix.williamsonCV, D.index), num(ix.theilTWeighted, D.index), num(ix.sd, D.yuan), num(ix.range, D.yuan));
  return joinText([...(options.endsEarly ? [endsEarly(options.endsEarly, year)] : []), main]);
}

/** A share of a decomposition as printed: "45.8%"; "—" when there is no disparity to share. */
export function shareText(share: number | undefined): string {
  return pct(share, D.percent);
}

/**
 * The Theil paragraph: the between-group share of the four regions and of north–south, and the
 * region(s) with the largest within-group part (rule `largestWithinGroups`).
 */
export function theilParagraph(year: number, decompositions: { fourRegions?: TheilByGrouping; northSouth?: TheilByGrouping }, coverage: Text | undefined): Text {
  const four = decompositions.fourRegions?.decomposition;
  const ns = decompositions.northSouth?.decomposition;
  const parts: Text[] = [];
  if (four) parts.push(m.fourRegionsShare(shareText(contributionShares(four)?.between)));
  if (ns) parts.push(m.northSouthShare(shareText(contributionShares(ns)?.between)));
  let largest: Text | undefined;
  if (four) {
    const top = largestWithinGroups(four);
    if (top.length > 0) {
      const names = decompositions.fourRegions!.groupNames;
      const share = contributionShares(four)!.groups[four.groups.indexOf(top[0]!)];
      largest = m.largestWithin(m.listText(top.map((g) => names.get(g.group) ?? verbatim(g.group))), shareText(share));
    }
  }
  return m.theilSentence(year, coverage, parts, largest);
}

/** The β verdict in words, absolute or conditional. */
export function betaVerdictText(b: { beta: number; betaPValue: number }, kind: "absolute" | "conditional"): Text {
  return (kind === "absolute" ? m.betaVerdict : m.conditionalBetaVerdict)(LEVEL)[convergenceVerdict(b.beta, b.betaPValue)];
}

/** The β paragraph: absolute β, its verdict, conditional β when estimated, and a break clause. */
export function betaParagraph(beta: BetaOverPeriod, options: { coverage?: Text; mixedVintages: boolean }): Text {
  const a = beta.absolute!;
  const c = beta.conditional;
  const verdict = betaVerdictText(a, "absolute");
  const conditional = c ? m.conditionalBetaClause(num(c.beta, D.index), num(c.betaPValue, D.pValue)) : undefined;
  return m.betaSentence(beta.fromYear, beta.toYear, num(a.beta, D.index), num(a.betaPValue, D.pValue), options.coverage, verdict, conditional, options.mixedVintages ? m.vintageBreak : verbatim(""));
}

/** The verdict on global Moran's I in words; `subject` is what clusters. */
export function moranVerdictText(pRandomisation: number, subject: Text): Text {
  return m.moranVerdict(LEVEL, subject)[moranVerdict(pRandomisation)];
}

/** The Moran paragraph (per-capita GDP): global I, its verdict, and every significant local cluster by quadrant, named. */
export function moranParagraph(registry: Registry, moran: MoranOfYear): Text {
  const g = moran.global!;
  const clusters = significantClusters(moran.local!.units)
    .filter((c) => c.ids.length > 0)
    .map((c) => m.clusterOf(provinceNames(registry, c.ids), m.quadrantName[c.quadrant]));
  return m.moranSentence(moran.year, num(g.I, D.index), moranVerdictText(g.pRandomisation, m.provincialGdpPerCapita), clusters, LEVEL);
}

/** Counts of significant local Moran units per quadrant. */
export function quadrantCounts(moran: MoranOfYear): m.QuadrantCounts {
  const counts: m.QuadrantCounts = { HH: 0, LL: 0, LH: 0, HL: 0 };
  for (const c of significantClusters(moran.local!.units)) counts[c.quadrant] = c.ids.length;
  return counts;
}

/** The warning that provinces without a land neighbour were left out of Moran's I; undefined when none. */
export function islandsWarning(registry: Registry, excluded: readonly string[]): Text | undefined {
  return excluded.length === 0 ? undefined : m.islandsExcluded(provinceNames(registry, excluded), excluded.length);
}
