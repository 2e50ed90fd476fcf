import type { OutlookFacts, ScenarioOutcome, ScenarioYear } from "../analysis/outlook/outlook.js";
import type { DataGap, ScenarioId } from "../analysis/outlook/types.js";
import { BACKTEST_DECIMALS, PUBLISHED_DECIMALS, TARGETS_SHIFT_ORDINARY, type Movement } from "../analysis/rules/outlook.js";
import { convergenceVerdict, SIGNIFICANCE } from "../analysis/rules/disparity.js";
import * as m from "../messages/outlook.js";
import { fixed, list, yearRange, type Lang } from "../messages/format.js";
import { roundHalfUp } from "../stats/rounding.js";
import { joinText, type Text } from "../types/text.js";

/**
 * Sentences of the outlook (展望) from computed facts: assumptions, the β/σ paragraph, the projected
 * shares and gaps, the back-test verdict and the targets' coverage. Every number comes from the facts
 * and is printed with the decimals the rules (rules/outlook.ts) allow; every judgement (a direction, a
 * price-driven change, the driver of the convergence scenario, the best scenario) is the rules'; every
 * word from messages/outlook.ts. Only scenarios that were computed are described; the others get their
 * reason. Functions return `Text` (both languages); callers pick the language.
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

/** The scenarios that were computed (they have a projection). */
export function computed(facts: OutlookFacts): ScenarioOutcome[] {
  return facts.scenarios.filter((s) => s.available);
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

/** The national path of a scenario: none (persistence), the common path, or the file's national targets. */
export function nationalPathText(s: ScenarioOutcome, facts: OutlookFacts): Text {
  if (s.scenario === "persistence") return m.noNationalPath;
  const common = commonPath(facts);
  if (s.scenario !== "targets") return common;
  const uses = (s.targets ?? []).filter((u) => u.meanTarget !== undefined);
  const withTarget = uses.filter((u) => u.national !== undefined);
  if (withTarget.length === 0) return common;
  const targets = withTarget.map((u) => m.nationalPathTarget(u.year, fixed(u.national!.target, 1), u.national!.source));
  const parts = withTarget.length < uses.length ? [...targets, m.nationalPathOtherYears(common)] : targets;
  return joinText(parts, m.clauseSep);
}

/** The national path of trend and convergence (and of targets in years without a national target). */
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

/** "National path: trend and convergence scenarios, …; targets scenario, …; none for the persistence scenario". */
function nationalPathsClause(facts: OutlookFacts, shown: readonly ScenarioOutcome[]): Text {
  const withPath = shown.filter((s) => s.scenario !== "persistence");
  const groups: { ids: ScenarioId[]; path: Text }[] = [];
  for (const s of withPath) {
    const path = nationalPathText(s, facts);
    const same = groups.find((g) => g.path.en === path.en);
    if (same) same.ids.push(s.scenario);
    else groups.push({ ids: [s.scenario], path });
  }
  const clauses = groups.map((g) => m.nationalPathFor(m.scenariosInSentence(g.ids), g.path));
  const all = shown.some((s) => s.scenario === "persistence") ? [...clauses, m.noNationalPathFor] : clauses;
  return joinText([m.nationalPathLabel, joinText(all, m.clauseSep)], { zh: "", en: "" });
}

/**
 * Every scenario shown with its growth assumption, then the national paths, prices and population: the
 * note under every figure and table of the outlook.
 */
export function assumptionsNote(facts: OutlookFacts, shown: readonly ScenarioOutcome[] = computed(facts)): Text {
  const clauses = joinText(
    shown.map((s) => m.scenarioClause(m.scenarioName[s.scenario], growthAssumption(s, facts))),
    m.clauseSep,
  );
  const common = joinText([nationalPathsClause(facts, shown), ...commonAssumptions(facts)], m.clauseSep);
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

/** The origins the back-test of the scenarios shown ran from: the models' common origins, else the targets'. */
export function backtestOrigins(facts: OutlookFacts): number[] {
  const shown = computed(facts);
  if (shown.some((s) => s.scenario !== "targets" && s.backtests[0] !== undefined)) return facts.comparisonOrigins[0] ?? [];
  return shown.find((s) => s.scenario === "targets")?.backtests[0]?.origins ?? [];
}

/**
 * Opening paragraph: what is projected from when, under which scenarios, back-tested from which origins;
 * undefined when no scenario was computed.
 */
export function introParagraph(facts: OutlookFacts): Text | undefined {
  const run = computed(facts).map((s) => s.scenario);
  if (run.length === 0) return undefined;
  const origins = backtestOrigins(facts);
  const tested = origins.length > 0 ? yearSpans(origins) : undefined;
  const projected = projectedYears(facts);
  const intro = both((l) => m.intro(facts.origin, projected[l], m.scenariosInSentence(run), run.length, tested?.[l])[l]);
  const observed = facts.observed.map((y) => y.year);
  const check = observed.length > 0 ? [both((l) => m.observedSentence(yearSpans(observed)[l])[l])] : [];
  return joinText([intro, ...check, m.conditional], m.sentenceSep);
}

/** When the default origin is not the latest year of GDP data: which year, why, and the origin used. */
export function latestNotOriginText(facts: OutlookFacts, names: OutlookNames): Text | undefined {
  const latest = facts.latestUnusable;
  if (!latest) return undefined;
  const reason = gapsText(latest.gaps, names, facts.codes.length);
  return both((l) => m.latestNotOrigin(latest.year, reason[l], facts.origin)[l]);
}

/** Why a scenario was not computed: data gaps, no targets (file or year), or the error that refused it. */
export function unavailableReason(s: ScenarioOutcome, names: OutlookNames, total: number): Text {
  const u = s.unavailable;
  const name = m.scenarioName[s.scenario];
  switch (u?.kind) {
    case "noTargetsFile":
      return m.targetsNotRun;
    case "noTargetsForYear": {
      const ys = u.provincialYears.length > 0 ? yearSpans(u.provincialYears) : undefined;
      return both((l) => m.targetsNoneForYear(u.year, ys?.[l], u.nationalTarget)[l]);
    }
    case "refused":
      return m.scenarioRefused(name, u.error.text);
    case "dataGaps": {
      const reason = gapsText(u.gaps, names, total);
      return both((l) => m.scenarioUnavailable(name, reason[l])[l]);
    }
    case undefined:
      throw new RangeError(`unavailableReason: the ${s.scenario} scenario was computed`);
  }
}

/** "缺少广东2021年的实际增速；…" for a list of data gaps, in order of year. */
export function gapsText(gaps: readonly DataGap[], names: OutlookNames, total: number): Text {
  const ordered = [...gaps].sort((a, b) => a.year - b.year);
  return joinText(
    ordered.map((g) => both((l) => m.dataGap(provinceList(g.codes, names, total)[l], g.year, names.indicator(g.indicator)[l])[l])),
    m.clauseSep,
  );
}

/**
 * The β estimate with its standard error and p (speed and half-life only when β is significant), why it
 * differs from the β of the disparity section, what drives the scenario's differentials when it is not
 * β, and σ beside it (OECD practice) judged against its back-test error.
 */
export function convergenceParagraph(facts: OutlookFacts): Text | undefined {
  const s = computed(facts).find((x) => x.scenario === "convergence");
  const c = s?.convergence;
  if (!s || !c) return undefined;
  const e = c.estimate;
  const level = `${fixed(SIGNIFICANCE * 100, 0)}%`;
  const verdict = convergenceVerdict(e.beta, e.betaPValue);
  const pace =
    verdict === "notSignificant"
      ? ("notSignificant" as const)
      : verdict === "convergence" && e.speed !== undefined && e.speed > 0
        ? { speed: fixed(100 * e.speed, 1), halfLife: e.halfLife === undefined ? undefined : fixed(e.halfLife, 0) }
        : undefined;
  const span = years(c.fromYear, c.toYear);
  const parts: Text[] = [
    both((l) => m.convergenceSentence(span[l], fixed(e.beta, 4), fixed(e.betaStandardError, 4), fixed(e.betaPValue, 3), m.betaVerdictText(verdict, level), pace)[l]),
    both((l) => m.betaWindowSentence(span[l])[l]),
  ];
  if (c.driver === "population") parts.push(m.populationDrivenSentence(fixed(c.terms.beta, 2), fixed(c.terms.population, 2)));
  const last = s.years[s.years.length - 1];
  if (last) parts.push(sigmaSentence(facts, last));
  return joinText(parts, m.sentenceSep);
}

function sigmaSentence(facts: OutlookFacts, y: ScenarioYear): Text {
  const d = PUBLISHED_DECIMALS.index;
  const change = fixed(Math.abs(y.dispersion.cv - facts.actual.dispersion.cv), d);
  const move = m.sigmaMovement(y.sigma.movement, change, y.sigma.error === undefined ? undefined : fixed(y.sigma.error, d));
  return m.sigmaSentence(y.year, facts.origin, fixed(y.dispersion.cv, y.decimals.cv), fixed(facts.actual.dispersion.cv, y.decimals.cv), move);
}

/**
 * The four regions' projected shares in the last projected year under each scenario; how the east–west
 * and south–north gaps move (a direction only beyond the back-test error, with the back-test's direction
 * record), and which of those moves come from the price assumption.
 */
export function sharesParagraph(facts: OutlookFacts): Text | undefined {
  const year = facts.origin + facts.horizon;
  const run = computed(facts).filter((s) => s.years.some((y) => y.year === year));
  if (run.length === 0) return undefined;
  const at = (s: ScenarioOutcome) => s.years.find((y) => y.year === year)!;
  const parts = run.map((s) => {
    const y = at(s);
    const items = joinText(y.regions.map((r) => m.shareItem({ zh: r.name, en: r.nameEn }, fixed(r.shareDisplay, y.decimals.share))), m.itemSep);
    return both((l) => m.sharesUnder(m.scenarioInSentence(s.scenario), items[l])[l]);
  });
  const joined = joinText(parts, m.clauseSep);
  const shares = both((l) => m.sharesSentence(year, joined[l])[l]);
  const gap = (name: Text, pick: (y: ScenarioYear) => ScenarioYear["eastWest"], right: "eastWestRight" | "southNorthRight") => {
    const moves = (["widens", "narrows", "withinError", "untested"] as const)
      .map((verdict) => ({ verdict, ids: run.filter((s) => pick(at(s)).movement.nominal === verdict) }))
      .filter((g) => g.ids.length > 0)
      .map((g) => m.gapUnder(m.gapMovementWord[g.verdict], m.scenariosInSentence(g.ids.map((s) => s.scenario)), hits(g.verdict, g.ids, right, facts.horizon)));
    const sentence = m.gapSentence(name, m.joinMoves(moves));
    const priced = (["widens", "narrows", "withinError", "untested"] as const)
      .map((real) => ({ real, ids: run.filter((s) => pick(at(s)).movement.priceDriven && pick(at(s)).movement.real === real).map((s) => s.scenario) }))
      .filter((g) => g.ids.length > 0)
      .map((g) => m.priceDrivenSentence(facts.origin, name, m.scenariosInSentence(g.ids), m.gapMovementWord[g.real]));
    return { sentence, priced };
  };
  const eastWest = gap(m.eastWestGapName, (y) => y.eastWest, "eastWestRight");
  const southNorth = gap(m.southNorthGapName, (y) => y.southNorth, "southNorthRight");
  const gaps = m.gapsSentence(facts.origin, eastWest.sentence, southNorth.sentence);
  return joinText([shares, m.priceBasisSentence(facts.origin), gaps, ...eastWest.priced, ...southNorth.priced], m.sentenceSep);
}

/** The back-test direction record of the scenarios whose gap moves in a direction (empty otherwise). */
function hits(verdict: Movement, run: readonly ScenarioOutcome[], right: "eastWestRight" | "southNorthRight", horizon: number): Text {
  if (verdict !== "widens" && verdict !== "narrows") return { zh: "", en: "" };
  const items = run.map((s) => s.backtests[horizon - 1]).filter((b) => b !== undefined).map((b) => m.hitsItem(b.scenario, b[right], b.origins.length));
  if (items.length === 0) return { zh: "", en: "" };
  const joined = joinText(items, m.commaSep);
  return both((l) => m.hitsClause(joined[l])[l]);
}

/**
 * The back-test verdict: the scenario(s) with the smallest errors (or one scenario's errors), the years
 * with the largest errors, and the print precision that follows.
 */
export function backtestParagraph(facts: OutlookFacts): Text | undefined {
  const shown = computed(facts).filter((s) => s.scenario !== "targets" && s.backtests[0] !== undefined);
  const summaries = shown.map((s) => s.backtests[0]!);
  const origins = facts.comparisonOrigins[0] ?? [];
  if (summaries.length === 0 || origins.length === 0) return undefined;
  const mae = (id: ScenarioId, pick: "maeGrowth" | "maeShare") => fixed(summaries.find((b) => b.scenario === id)![pick]!, BACKTEST_DECIMALS);
  const span = yearSpans(origins);
  const first = summaries[0]!;
  const verdict =
    summaries.length === 1
      ? both((l) => m.singleBacktestSentence(span[l], origins.length, m.scenarioInSentence(first.scenario), mae(first.scenario, "maeGrowth"), mae(first.scenario, "maeShare"))[l])
      : both((l) =>
          m.bestSentence(span[l], origins.length, m.scenariosInSentence(facts.best.growth)[l], mae(facts.best.growth[0]!, "maeGrowth"), m.scenariosInSentence(facts.best.share)[l], mae(facts.best.share[0]!, "maeShare"))[l],
        );
  const parts = [verdict];
  if (facts.largestErrors.length > 0) {
    const items = both((l) => list(facts.largestErrors.map((e) => m.largestErrorItem(e.year, fixed(e.mae, BACKTEST_DECIMALS))[l]), l));
    parts.push(both((l) => m.largestErrorsSentence(items[l], facts.largestErrors.length > 1, summaries.length > 1)[l]));
  }
  const growthUnit = m.decimalsUnit(finestDecimals(shown, "growth"));
  const shareUnit = m.decimalsUnit(finestDecimals(shown, "share"));
  parts.push(both((l) => m.precisionSentence(growthUnit[l], shareUnit[l])[l]));
  return joinText(parts, m.sentenceSep);
}

/** The finest decimals any of the scenarios is printed with. */
function finestDecimals(shown: readonly ScenarioOutcome[], kind: "growth" | "share"): number {
  const ds = shown.filter((s) => s.years.length > 0).map((s) => s.years[0]!.decimals[kind]);
  return ds.length === 0 ? 0 : Math.max(...ds);
}

/** The targets shifts that need a warning (rules/outlook.ts targetsShift "large"): year and shift (points). */
export function largeTargetsShifts(facts: OutlookFacts): { year: number; shift: number }[] {
  const s = computed(facts).find((x) => x.scenario === "targets");
  return (s?.targets ?? []).filter((u) => u.size === "large").map((u) => ({ year: u.year, shift: u.shift! }));
}

/** The warning for a large targets shift. */
export function targetsShiftWarning(shift: { year: number; shift: number }): Text {
  return m.targetsShiftWarning(shift.year, fixed(Math.abs(shift.shift), 2), TARGETS_SHIFT_ORDINARY);
}

/** What the targets scenario did with the file: missing provinces, the shift, back-test; or why it did not run. */
export function targetsParagraph(facts: OutlookFacts, names: OutlookNames): Text | undefined {
  const s = facts.scenarios.find((x) => x.scenario === "targets");
  if (!s) return undefined;
  if (!s.available || !s.targets) return unavailableReason(s, names, facts.codes.length);
  const parts: Text[] = [];
  for (const use of s.targets) {
    if (use.shift === undefined) {
      parts.push(m.targetsNoYear(use.year));
      break;
    }
    parts.push(use.missing.length === 0 ? m.targetsComplete(use.year) : both((l) => m.targetsMissing(use.year, provinceList(use.missing, names, facts.codes.length)[l], use.missing.length)[l]));
    const y = s.years.find((x) => x.year === use.year)!;
    const d = 2;
    const printed = roundHalfUp(use.shift, d);
    const direction = printed > 0 ? "up" : printed < 0 ? "down" : "none";
    parts.push(m.targetsShiftSentence(use.year, fixed(use.meanTarget!, d), fixed(y.nationalGrowth!, d), fixed(Math.abs(use.shift), d), direction));
    if (use.size === "large") parts.push(m.targetsShiftLarge(TARGETS_SHIFT_ORDINARY));
  }
  const bt = s.backtests[0];
  if (!bt) parts.push(m.targetsNotBacktested);
  else {
    const compared = (facts.targetsComparison ?? []).filter((b) => b.scenario !== "targets" && b.maeGrowth !== undefined);
    const others = compared.length > 0 ? both((l) => list(compared.map((b) => m.otherError(b.scenario, fixed(b.maeGrowth!, BACKTEST_DECIMALS))[l]), l)) : undefined;
    parts.push(both((l) => m.targetsBacktested(yearSpans(bt.origins)[l], bt.origins.length, fixed(bt.maeGrowth!, BACKTEST_DECIMALS), others?.[l])[l]));
  }
  return joinText(parts, m.sentenceSep);
}
