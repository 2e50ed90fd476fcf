import type { OutlookFacts, ScenarioOutcome } from "../analysis/outlook/outlook.js";
import type { DataGap, ScenarioId } from "../analysis/outlook/types.js";
import { BACKTEST_DECIMALS, gapChange, type GapChange } from "../analysis/rules/outlook.js";
import { convergenceVerdict, SIGNIFICANCE } from "../analysis/rules/disparity.js";
import * as m from "../messages/outlook.js";
import { fixed, list, yearRange, type Lang } from "../messages/format.js";
import { joinText, type Text } from "../types/text.js";

/**
 * Sentences of the outlook (展望) from computed facts: assumptions, the β/σ paragraph, the projected
 * shares and gaps, the back-test verdict and the targets' coverage. Every number comes from the facts
 * and is printed with the decimals the rules (rules/outlook.ts) allow; every word from
 * messages/outlook.ts. Functions return `Text` (both languages); callers pick the language.
 */

/** Names of provinces and indicators, from the registry and the indicator catalogue. */
export interface OutlookNames {
  province(code: string): Text;
  /** Label of a catalogue indicator, e.g. "地区生产总值（gdp_current）". */
  indicator(id: string): Text;
}

/** Build a Text by running a language-dependent formatter for each language. */
export const both = (f: (lang: Lang) => string): Text => ({ zh: f("zh"), en: f("en") });

const years = (a: number, b: number): Text => both((l) => yearRange(a, b, l));

/** The projected years: "2025年" / "2025–2027". */
export function projectedYears(facts: OutlookFacts): Text {
  return years(facts.origin + 1, facts.origin + facts.horizon);
}

/** Years as spans: "2018~2023年" for consecutive years, else listed ("2018年、2020年"). */
export function yearSpans(ys: readonly number[]): Text {
  const consecutive = ys.every((y, i) => i === 0 || y === ys[i - 1]! + 1);
  if (ys.length > 0 && consecutive) return years(ys[0]!, ys[ys.length - 1]!);
  return both((l) => list(ys.map((y) => yearRange(y, y, l)), l));
}

/** "惯性情景、趋势情景和收敛情景" (tables, zh) or "the persistence scenario, …" (`inSentence`, en). */
export function scenarioList(ids: readonly ScenarioId[], inSentence = false): Text {
  return both((l) => list(ids.map((s) => (inSentence ? m.scenarioInSentence(s) : m.scenarioName[s])[l]), l));
}

/** Names of provinces joined: "广东、江苏" / "Guangdong and Jiangsu"; "各省份" when all 31. */
export function provinceList(codes: readonly string[], names: OutlookNames, total: number): Text {
  if (codes.length === total) return m.everyProvince;
  return both((l) => list(codes.map((c) => names.province(c)[l]), l));
}

/** The growth assumption of a scenario. */
export function growthAssumption(s: ScenarioOutcome, facts: OutlookFacts): Text {
  const window = (k: number) => years(facts.origin - k + 1, facts.origin);
  switch (s.scenario) {
    case "persistence": {
      const k = s.window ?? 1;
      return both((l) => m.persistenceAssumption(window(k)[l], k === 1)[l]);
    }
    case "trend":
      return both((l) => m.trendAssumption(window(s.window ?? 1)[l])[l]);
    case "convergence": {
      const c = s.convergence;
      // Without an estimate (data gaps) the assumption names the window it would have used.
      const span = c ? years(c.fromYear, c.toYear) : window((s.window ?? 1) + 1);
      return both((l) => m.convergenceAssumption(span[l], c ? fixed(c.estimate.beta, 4) : "—", c ? fixed(c.estimate.betaStandardError, 4) : "—")[l]);
    }
    case "targets":
      return m.targetsAssumption;
  }
}

/** The national path a scenario uses, as an assumption. */
export function nationalPathText(s: ScenarioOutcome, facts: OutlookFacts): Text {
  if (s.scenario === "persistence") return m.noNationalPath;
  const common = commonPath(facts);
  const national = s.targets?.find((t) => t.national !== undefined);
  if (s.scenario !== "targets" || !national) return common;
  return joinText([common, m.nationalPathTarget(national.year, fixed(national.national!.target, 1), national.national!.source)], m.clauseSep);
}

/** The national path of trend and convergence (and of targets without a national target). */
function commonPath(facts: OutlookFacts): Text {
  const path = facts.nationalPath;
  return path.kind === "stated" ? m.nationalPathStated(fixed(path.growth, 1)) : m.nationalPathOriginMean(facts.origin, fixed(path.growth, 1));
}

/** The assumptions shared by every scenario: prices and population. */
export function commonAssumptions(facts: OutlookFacts): Text[] {
  return [m.priceAssumption(facts.origin), m.populationAssumption(facts.origin)];
}

/** The shared assumptions as one note: "价格：…；人口：…。" */
export function commonAssumptionsNote(facts: OutlookFacts): Text {
  return m.asSentence(joinText(commonAssumptions(facts), m.clauseSep));
}

/**
 * Every scenario shown with its growth assumption, then the national path, prices and population: the
 * note under every figure and table of the outlook.
 */
export function assumptionsNote(facts: OutlookFacts, shown: readonly ScenarioOutcome[] = facts.scenarios): Text {
  const clauses = joinText(
    shown.map((s) => m.scenarioClause(m.scenarioName[s.scenario], growthAssumption(s, facts))),
    m.clauseSep,
  );
  const targets = shown.find((s) => s.scenario === "targets");
  const national = joinText([m.nationalPathLabel, targets ? nationalPathText(targets, facts) : commonPath(facts)], { zh: "", en: "" });
  const path = shown.some((s) => s.scenario === "persistence") ? m.withPersistenceRemark(national) : national;
  const common = joinText([path, ...commonAssumptions(facts)], m.clauseSep);
  return both((l) => m.assumptionsNote(clauses[l], common[l])[l]);
}

/** The assumptions of the back-test (relative to each origin year), for the back-test table and figure. */
export function backtestAssumptionsNote(shown: readonly ScenarioOutcome[]): Text {
  const assumption = (s: ScenarioOutcome): Text =>
    s.scenario === "targets" ? m.targetsAssumption : s.scenario === "persistence" ? m.backtestAssumption.persistence() : m.backtestAssumption[s.scenario](s.window ?? 1);
  const clauses = joinText(shown.map((s) => m.scenarioClause(m.scenarioName[s.scenario], assumption(s))), m.clauseSep);
  const common = m.backtestCommonAssumptions(shown.some((s) => s.scenario === "targets"));
  return both((l) => m.assumptionsNote(clauses[l], common[l])[l]);
}

/** Opening paragraph: what is projected from when, under which scenarios, tested on which years. */
export function introParagraph(facts: OutlookFacts): Text {
  const run = facts.scenarios.filter((s) => s.available).map((s) => s.scenario);
  const tested = yearSpans(facts.comparisonOrigins[0] ?? []);
  const projected = projectedYears(facts);
  const names = both((l) => list(run.map((s) => m.scenarioInProse(s)[l]), l));
  const intro = both((l) => m.intro(facts.origin, projected[l], names[l], tested[l])[l]);
  return joinText([intro, m.conditional], m.sentenceSep);
}

/** Why a scenario could not run: the data gaps, or no targets file. */
export function unavailableReason(s: ScenarioOutcome, names: OutlookNames, total: number): Text {
  if (s.noTargets) return m.targetsNotRun;
  const reason = gapsText(s.gaps, names, total);
  return both((l) => m.scenarioUnavailable(m.scenarioName[s.scenario], reason[l])[l]);
}

/** "缺少广东2021年的实际增速；…" for a list of data gaps. */
export function gapsText(gaps: readonly DataGap[], names: OutlookNames, total: number): Text {
  return joinText(
    gaps.map((g) => both((l) => m.dataGap(provinceList(g.codes, names, total)[l], g.year, names.indicator(g.indicator)[l])[l])),
    m.clauseSep,
  );
}

/** The β estimate with its standard error, p, speed and half-life; σ projected beside it (OECD practice). */
export function convergenceParagraph(facts: OutlookFacts): Text | undefined {
  const s = facts.scenarios.find((x) => x.scenario === "convergence");
  const c = s?.convergence;
  if (!s || !c) return undefined;
  const e = c.estimate;
  const level = `${fixed(SIGNIFICANCE * 100, 0)}%`;
  const verdict = m.betaVerdictText(convergenceVerdict(e.beta, e.betaPValue), level);
  const span = years(c.fromYear, c.toYear);
  const speed = e.speed === undefined || e.speed <= 0 ? undefined : fixed(100 * e.speed, 1);
  const halfLife = e.halfLife === undefined ? undefined : fixed(e.halfLife, 0);
  const beta = both((l) => m.convergenceSentence(span[l], fixed(e.beta, 4), fixed(e.betaStandardError, 4), fixed(e.betaPValue, 3), verdict, speed, halfLife)[l]);
  const last = s.years[s.years.length - 1];
  if (!last) return beta;
  const sigma = m.sigmaSentence(last.year, facts.origin, fixed(last.dispersion.cv, last.decimals.cv), fixed(facts.actual.dispersion.cv, last.decimals.cv), m.gapChangeWord[gapChange(facts.actual.dispersion.cv, last.dispersion.cv, last.decimals.cv)]);
  return joinText([beta, sigma], m.sentenceSep);
}

/** The four regions' projected shares under each scenario, and how the east–west and south–north gaps move. */
export function sharesParagraph(facts: OutlookFacts): Text | undefined {
  const run = facts.scenarios.filter((s) => s.available && s.years.length > 0);
  if (run.length === 0) return undefined;
  const year = facts.origin + 1;
  const parts = run.map((s) => {
    const y = s.years[0]!;
    const items = joinText(y.regions.map((r) => m.shareItem({ zh: r.name, en: r.nameEn }, fixed(r.shareDisplay, y.decimals.share))), m.itemSep);
    return both((l) => m.sharesUnder(m.scenarioInSentence(s.scenario), items[l])[l]);
  });
  const joined = joinText(parts, m.clauseSep);
  const shares = both((l) => m.sharesSentence(year, joined[l])[l]);
  const byChange = (pick: (s: ScenarioOutcome) => GapChange) =>
    (["widened", "narrowed", "unchanged"] as const)
      .map((change) => ({ change: m.gapChangeWord[change], ids: run.filter((s) => pick(s) === change).map((s) => s.scenario) }))
      .filter((g) => g.ids.length > 0);
  const phrase = (name: Text, pick: (s: ScenarioOutcome) => GapChange) => {
    const moves = byChange(pick).map((g) => both((l) => m.gapUnder(g.change, scenarioList(g.ids, true)[l])[l]));
    return m.gapSentence(name, m.joinMoves(moves));
  };
  const gaps = m.gapsSentence(facts.origin, phrase(m.eastWestGapName, (s) => s.years[0]!.eastWest), phrase(m.southNorthGapName, (s) => s.years[0]!.southNorth));
  return joinText([shares, gaps], m.sentenceSep);
}

/** The back-test verdict: the scenario(s) with the smallest errors, the worst year, and the print precision that follows. */
export function backtestParagraph(facts: OutlookFacts): Text | undefined {
  const summaries = facts.scenarios.filter((s) => s.scenario !== "targets").map((s) => s.backtests[0]).filter((b) => b !== undefined);
  const origins = facts.comparisonOrigins[0] ?? [];
  if (summaries.length === 0 || origins.length === 0) return undefined;
  const mae = (ids: ScenarioId[], pick: "maeGrowth" | "maeShare") => fixed(summaries.find((b) => b.scenario === ids[0])![pick]!, BACKTEST_DECIMALS);
  const span = yearSpans(origins);
  const best = both((l) =>
    m.bestSentence(span[l], origins.length, scenarioList(facts.best.growth, true)[l], mae(facts.best.growth, "maeGrowth"), scenarioList(facts.best.share, true)[l], mae(facts.best.share, "maeShare"))[l],
  );
  const worst = worstYear(facts);
  const worstText = worst ? m.worstYearSentence(worst.year, fixed(worst.mae, BACKTEST_DECIMALS)) : undefined;
  const growthUnit = m.decimalsUnit(finestDecimals(facts, "growth"));
  const shareUnit = m.decimalsUnit(finestDecimals(facts, "share"));
  const precision = both((l) => m.precisionSentence(growthUnit[l], shareUnit[l])[l]);
  return joinText(worstText ? [best, worstText, precision] : [best, precision], m.sentenceSep);
}

/** The finest decimals any model scenario's first projected year is printed with. */
function finestDecimals(facts: OutlookFacts, kind: "growth" | "share"): number {
  const ds = facts.scenarios.filter((s) => s.scenario !== "targets" && s.years.length > 0).map((s) => s.years[0]!.decimals[kind]);
  return ds.length === 0 ? 0 : Math.max(...ds);
}

/** The outcome year with the largest provincial growth error, averaged over the model scenarios. */
export function worstYear(facts: OutlookFacts): { year: number; mae: number } | undefined {
  const origins = facts.comparisonOrigins[0] ?? [];
  const models = facts.scenarios.filter((s) => s.scenario !== "targets");
  const byYear = origins.map((origin) => {
    const errors = models.flatMap((s) => s.cases.filter((c) => c.origin === origin).flatMap((c) => c.growth.projected.map((p, i) => Math.abs(p - c.growth.actual[i]!))));
    return { year: origin + 1, mae: errors.reduce((a, b) => a + b, 0) / errors.length };
  });
  return byYear.filter((y) => Number.isFinite(y.mae)).sort((a, b) => b.mae - a.mae)[0];
}

/** What the targets scenario did with the file: missing provinces, scaling, back-test; or why it did not run. */
export function targetsParagraph(facts: OutlookFacts, names: OutlookNames): Text | undefined {
  const s = facts.scenarios.find((x) => x.scenario === "targets");
  if (!s) return undefined;
  if (!s.available || !s.targets) return unavailableReason(s, names, facts.codes.length);
  const parts: Text[] = [];
  for (const use of s.targets) {
    if (use.scale === undefined) {
      parts.push(m.targetsNoYear(use.year));
      break;
    }
    parts.push(use.missing.length === 0 ? m.targetsComplete(use.year) : both((l) => m.targetsMissing(use.year, provinceList(use.missing, names, facts.codes.length)[l], use.missing.length)[l]));
    const y = s.years.find((x) => x.year === use.year);
    if (y?.nationalGrowth !== undefined) parts.push(m.targetsScale(use.year, fixed(y.nationalGrowth / use.scale, 2), fixed(y.nationalGrowth, 1), fixed(use.scale, 3)));
  }
  const bt = s.backtests[0];
  const cmp = facts.targetsComparison;
  if (!bt) parts.push(m.targetsNotBacktested);
  else if (cmp) {
    const others = both((l) =>
      list(
        cmp.filter((b) => b.scenario !== "targets" && b.maeGrowth !== undefined).map((b) => m.otherError(b.scenario, fixed(b.maeGrowth!, BACKTEST_DECIMALS))[l]),
        l,
      ),
    );
    parts.push(both((l) => m.targetsBacktested(yearSpans(bt.origins)[l], bt.origins.length, fixed(bt.maeGrowth!, BACKTEST_DECIMALS), others[l])[l]));
  }
  return joinText(parts, m.sentenceSep);
}
