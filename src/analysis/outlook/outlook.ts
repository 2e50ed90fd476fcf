/**
 * The outlook (展望): transparent scenario projections of regional shares and disparity, each checked
 * against the past. One call computes everything `regecon outlook` and the report section print:
 *
 *   dataset ─ history ─┬─ origin base (levels; price and population assumptions held from the origin)
 *                      ├─ back-test: every earlier origin whose outcome lies at or before the origin,
 *                      │            where data allow → errors → print precision and judging errors
 *                      ├─ scenario rules: persistence · trend · convergence (β) · targets (user file)
 *                      └─ projected path: real growth → nominal GDP, population → shares, disparity
 *
 * Projections are conditional on their stated assumptions; the rules module (rules/outlook.ts) decides
 * how finely each may be printed and when a change is a direction, from its back-test error.
 */
import type { Dataset } from "../../data/dataset.js";
import type { GrowthTargets } from "../../data/growthTargets.js";
import { membersInYear, type Registry } from "../../data/registry.js";
import { RegeconError } from "../../types/errors.js";
import { GROUPING, REGION, SIDE } from "../groupIds.js";
import { convergenceDriver, judgingError, largestErrorYears, printDecimals, PUBLISHED_DECIMALS, smallestError, type ConvergenceDriver, type TargetsShift } from "../rules/outlook.js";
import { backtestCases, summarise, type BacktestCase, type BacktestSummary, type OutlookGroups } from "./backtest.js";
import { convergenceTerms, type ConvergenceEstimate, type ConvergenceTerms } from "./convergence.js";
import { historyFromDataset, type OutlookHistory } from "./history.js";
import type { NationalPath } from "./nationalPath.js";
import { originBase, type OriginBase } from "./origin.js";
import { originOutcome, scenarioYear, type OriginOutcome, type PrintDecimals, type ScenarioYear } from "./outcomes.js";
import { projectPath, type ProjectedYear } from "./project.js";
import { prepareScenario, SCENARIO_WINDOWS } from "./scenarios.js";
import type { OutlookGroup } from "./shares.js";
import { nationalTarget, provincialTargetYears, shiftTargets, targetsOfYear } from "./targets.js";
import { SCENARIOS, type DataGap, type ScenarioId } from "./types.js";

export type { GroupOutcome, OriginOutcome, PrintDecimals, ScenarioYear, GapOutcome } from "./outcomes.js";

/** Longest horizon offered: beyond five years the assumptions say more than the data. */
export const MAX_HORIZON = 5;

/** The scenarios built from the data alone, back-tested on common origins. */
export const MODEL_SCENARIOS = ["persistence", "trend", "convergence"] as const satisfies readonly ScenarioId[];

export interface OutlookOptions {
  /** Origin year (the last observed year); default the latest year with every input. */
  origin?: number;
  /** Years projected, 1 … MAX_HORIZON (default 1). */
  horizon?: number;
  /** Scenarios to run, in SCENARIOS order (default all four). */
  scenarios?: readonly ScenarioId[];
  /** The user's growth targets (the targets scenario needs them). */
  targets?: GrowthTargets;
  /** A stated national path (%), replacing the origin year's 31-province mean. */
  nationalGrowth?: number;
}

/** The targets scenario's use of the file, per projected year. */
export interface TargetsUse {
  year: number;
  /** GDP-weighted mean of the provincial targets (%); undefined when the year has none. */
  meanTarget: number | undefined;
  /** Points added to every target to reach the national path; undefined when the year has none. */
  shift: number | undefined;
  /** The shift rule's verdict (ordinary or large); undefined when the year has none. */
  size: Exclude<TargetsShift, "implausible"> | undefined;
  /** Provinces without a target (grow at the national path). */
  missing: string[];
  /** National target of the year from the file, with its source, when given. */
  national: { target: number; source: string } | undefined;
  /** Distinct sources of the year's targets, as written in the file. */
  sources: string[];
}

/** Why a scenario has no projection. */
export type Unavailable =
  /** The data lack inputs of its window. */
  | { kind: "dataGaps"; gaps: DataGap[] }
  /** Targets: no growth-targets file was given (no provincial targets). */
  | { kind: "noTargetsFile" }
  /** Targets: the file has no provincial target for the first projected year. */
  | { kind: "noTargetsForYear"; year: number; provincialYears: number[]; nationalTarget: boolean }
  /** The scenario's projection or back-test was refused (TARGETS_INCONSISTENT, PROJECTION_NOT_POSITIVE). */
  | { kind: "refused"; error: RegeconError };

/** The β estimate of the convergence scenario and what drives its growth differentials. */
export interface ConvergenceOutcome extends ConvergenceEstimate {
  /** Spreads of the β and the population terms across provinces in the first projected year (points). */
  terms: ConvergenceTerms;
  driver: ConvergenceDriver;
}

export interface ScenarioOutcome {
  scenario: ScenarioId;
  /** True when the scenario has a projection (then `unavailable` is undefined). */
  available: boolean;
  unavailable: Unavailable | undefined;
  /** Years of history the scenario reads (persistence, trend, convergence). */
  window: number | undefined;
  /** Trend: average growth differential of each province (points). */
  differentials: number[] | undefined;
  convergence: ConvergenceOutcome | undefined;
  years: ScenarioYear[];
  /** Back-test per horizon 1 … h (undefined where no origin allows it). */
  backtests: (BacktestSummary | undefined)[];
  /** Horizon-1 back-test cases on the origins summarised (for the projected-vs-actual figure). */
  cases: BacktestCase[];
  targets: TargetsUse[] | undefined;
}

export interface OutlookFacts {
  origin: number;
  horizon: number;
  /** Years from which projections can start with these data. */
  availableOrigins: number[];
  /**
   * When no origin was asked for and the latest year with provincial GDP cannot be the origin: that
   * year and what it lacks (the origin is then the latest year that works).
   */
  latestUnusable: { year: number; gaps: DataGap[] } | undefined;
  codes: string[];
  nationalPath: NationalPath;
  actual: OriginOutcome;
  /** The scenarios asked for, in SCENARIOS order. */
  scenarios: ScenarioOutcome[];
  /**
   * The projected years the data already hold (every input complete), in order from the first: what
   * happened, beside the projections (an out-of-sample check). Published precision; no judgements.
   */
  observed: ScenarioYear[];
  /**
   * Origins on which the model scenarios are back-tested and compared, per horizon 1 … h: every origin
   * from which all three model scenarios can run and whose outcome year is at most the origin. Set by
   * the data, whatever scenarios are asked for.
   */
  comparisonOrigins: number[][];
  /** Among two or more model scenarios shown: those with the smallest horizon-1 error (growth, shares). */
  best: { growth: ScenarioId[]; share: ScenarioId[] };
  /** Outcome years with the largest horizon-1 errors of provincial growth (rules largestErrorYears), with the errors. */
  largestErrors: { year: number; mae: number }[];
  /** When targets were back-tested: every scenario's horizon-1 summary on the targets' origins. */
  targetsComparison: BacktestSummary[] | undefined;
  /** Every year of history read (windows, origin and back-test outcomes), for source lines and vintages. */
  yearsUsed: number[];
}

/** The origin cannot be used: the data it lacks, and the origins that work. */
export interface OriginUnavailable {
  origin: number;
  gaps: DataGap[];
  availableOrigins: number[];
}

/** 四大板块 and 南北 as valid in `year`, from the registry, found by their ids (analysis/groupIds.ts). Throws RegeconError `UNKNOWN_GROUPING` when absent. */
export function outlookGroups(registry: Registry, year: number): OutlookGroups {
  const groups = (id: string) => registry.grouping(id).groups.map((g): OutlookGroup => ({ id: g.id, name: g.name, nameEn: g.nameEn, members: membersInYear(g, year) }));
  const regions = groups(GROUPING.fourRegions);
  const northSouth = groups(GROUPING.northSouth);
  const find = (gs: OutlookGroup[], id: string) => gs.find((g) => g.id === id)!;
  return { regions, northSouth, eastWest: [find(regions, REGION.east), find(regions, REGION.west)], southNorth: [find(northSouth, SIDE.south), find(northSouth, SIDE.north)] };
}

/** Years from which the outlook can start: every input of the origin base is complete. */
export function availableOrigins(history: OutlookHistory): number[] {
  return [...history.gdp.keys()].filter((y) => originBase(history, y).ok);
}

/** The latest year in which any province has GDP (undefined without any). */
function latestGdpYear(history: OutlookHistory): number | undefined {
  const years = [...history.gdp.entries()].filter(([, v]) => v.some((x) => x !== undefined)).map(([y]) => y);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** Back-test cases per horizon 1 … h, or the error that refused them. */
type Cases = BacktestCase[][] | RegeconError;

function casesOf(run: () => BacktestCase[][]): Cases {
  try {
    return run();
  } catch (e) {
    if (e instanceof RegeconError) return e;
    throw e;
  }
}

/**
 * Compute the outlook from `dataset`. Returns the facts, or `OriginUnavailable` when the origin year
 * lacks inputs (the caller phrases it: an error in the CLI, a note in the report). Throws RangeError
 * for a horizon outside 1 … MAX_HORIZON. A scenario whose projection or back-test is refused
 * (RegeconError) is reported as unavailable with that error; the others are computed.
 */
export function outlookFacts(dataset: Dataset, registry: Registry, options: OutlookOptions = {}): OutlookFacts | OriginUnavailable {
  const horizon = options.horizon ?? 1;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON) throw new RangeError(`outlookFacts: horizon must be 1 … ${MAX_HORIZON}, got ${horizon}`);
  const history = historyFromDataset(dataset, registry);
  const origins = availableOrigins(history);
  const latest = latestGdpYear(history);
  const origin = options.origin ?? origins[origins.length - 1] ?? latest ?? 0;
  const base = originBase(history, origin);
  if (!base.ok) return { origin, gaps: base.gaps, availableOrigins: origins };
  const latestBase = options.origin === undefined && latest !== undefined && latest > origin ? originBase(history, latest) : undefined;
  const groups = outlookGroups(registry, origin);
  const nationalPath: NationalPath = options.nationalGrowth === undefined ? { kind: "originMean", growth: base.value.meanGrowth } : { kind: "stated", growth: options.nationalGrowth };
  const wanted = SCENARIOS.filter((s) => (options.scenarios ?? SCENARIOS).includes(s));
  const horizons = Array.from({ length: horizon }, (_, j) => j + 1);

  // 1. Back-tests of all three model scenarios, whatever is asked for: the origins they are compared on
  //    are set by the data, and no run looks past the origin.
  const cases = new Map<ScenarioId, Cases>(MODEL_SCENARIOS.map((s) => [s, casesOf(() => horizons.map((h) => backtestCases(history, groups, s, h, origin)))]));
  if (wanted.includes("targets") && options.targets) cases.set("targets", casesOf(() => horizons.map((h) => backtestCases(history, groups, "targets", h, origin, options.targets))));
  const modelCases = MODEL_SCENARIOS.map((s) => cases.get(s)!).filter((c): c is BacktestCase[][] => !(c instanceof RegeconError));
  const comparisonOrigins = horizons.map((_, j) => (modelCases.length === 0 ? [] : modelCases.map((c) => c[j]!.map((x) => x.origin)).reduce((a, b) => a.filter((y) => b.includes(y)))));

  // 2. Each scenario asked for: its back-test summaries, then its projection.
  const summaries = (s: ScenarioId, c: BacktestCase[][]) =>
    c.map((cs, j) => {
      const summary = summarise(s, j + 1, cs, s === "targets" ? undefined : comparisonOrigins[j]);
      return summary.origins.length > 0 ? summary : undefined;
    });
  const context: ScenarioContext = { history, base: base.value, groups, nationalPath, targets: options.targets, horizon };
  const scenarios = wanted.map((s) => scenarioOutcome(s, context, cases.get(s), summaries));

  // 3. Comparisons among the scenarios shown.
  const shownModels = scenarios.filter((s) => s.available && s.scenario !== "targets" && s.backtests[0] !== undefined);
  const h1 = shownModels.map((s) => s.backtests[0]!);
  const targets = scenarios.find((s) => s.scenario === "targets" && s.available && s.backtests[0] !== undefined);
  const targetsOrigins = targets?.backtests[0]!.origins ?? [];
  return {
    origin,
    horizon,
    availableOrigins: origins,
    latestUnusable: latestBase && !latestBase.ok ? { year: latest!, gaps: latestBase.gaps } : undefined,
    codes: [...history.codes],
    nationalPath,
    actual: originOutcome(base.value, history, groups),
    scenarios,
    observed: observedYears(history, base.value, groups, horizon),
    comparisonOrigins,
    best: {
      growth: smallestError(h1.map((b) => ({ scenario: b.scenario, mae: b.maeGrowth }))),
      share: smallestError(h1.map((b) => ({ scenario: b.scenario, mae: b.maeShare }))),
    },
    largestErrors: largestErrors(shownModels, comparisonOrigins[0] ?? []),
    targetsComparison:
      targets && shownModels.length > 0
        ? [targets.backtests[0]!, ...shownModels.map((s) => summarise(s.scenario, 1, (cases.get(s.scenario) as BacktestCase[][])[0]!, targetsOrigins))]
        : undefined,
    yearsUsed: yearsUsed(origin, scenarios),
  };
}

/** What every scenario's projection reads. */
interface ScenarioContext {
  history: OutlookHistory;
  base: OriginBase;
  groups: OutlookGroups;
  nationalPath: NationalPath;
  targets: GrowthTargets | undefined;
  horizon: number;
}

function scenarioOutcome(
  id: ScenarioId,
  c: ScenarioContext,
  cases: Cases | undefined,
  summaries: (s: ScenarioId, cases: BacktestCase[][]) => (BacktestSummary | undefined)[],
): ScenarioOutcome {
  const window = id === "targets" ? undefined : SCENARIO_WINDOWS[id];
  const none = (unavailable: Unavailable, backtests: (BacktestSummary | undefined)[] = []): ScenarioOutcome => ({
    scenario: id,
    available: false,
    unavailable,
    window,
    differentials: undefined,
    convergence: undefined,
    years: [],
    backtests,
    cases: [],
    targets: undefined,
  });
  if (id === "targets" && !c.targets) return none({ kind: "noTargetsFile" });
  if (cases instanceof RegeconError) return none({ kind: "refused", error: cases });
  const prepared = prepareScenario(id, c.history, c.base, () => c.nationalPath.growth, c.targets);
  if (!prepared.ok) return none({ kind: "dataGaps", gaps: prepared.gaps });
  const backtests = cases ? summaries(id, cases) : [];
  const p = prepared.value;
  let path: ProjectedYear[];
  try {
    path = projectPath(c.base, c.horizon, p.rule, p.nationalPath ?? (() => c.nationalPath.growth));
  } catch (e) {
    if (e instanceof RegeconError) return none({ kind: "refused", error: e }, backtests);
    throw e;
  }
  if (path.length === 0) {
    const targets = c.targets!.targets;
    const year = c.base.year + 1;
    return none({ kind: "noTargetsForYear", year, provincialYears: provincialTargetYears(targets), nationalTarget: nationalTarget(targets, year) !== undefined }, backtests);
  }
  // The error of horizons 1 … steps a projection `steps` years ahead is printed and judged with.
  const errors = (pick: (b: BacktestSummary) => number | undefined, steps: number) =>
    judgingError(Array.from({ length: steps }, (_, j) => backtests[j]).map((b) => ({ mae: b ? pick(b) : undefined, runs: b?.origins.length ?? 0 })));
  // One precision for every projected year: that of the longest horizon projected (the coarsest).
  const decimals: PrintDecimals = {
    growth: printDecimals(errors((b) => b.maeGrowth, path.length), "growth"),
    share: printDecimals(errors((b) => b.maeShare, path.length), "share"),
    theil: printDecimals(errors((b) => b.maeTheil, path.length), "index"),
    cv: printDecimals(errors((b) => b.maeCv, path.length), "index"),
  };
  const gdpBefore = [c.base.gdp, ...path.map((y) => y.gdp)];
  const context = { codes: c.history.codes, groups: c.groups, base: c.base, originCv: originOutcome(c.base, c.history, c.groups).dispersion.cv, imposesPath: p.nationalPath !== undefined, decimals };
  const years = path.map((y, j) =>
    scenarioYear(y, j + 1, gdpBefore[j]!, context, {
      eastWestGap: errors((b) => b.maeEastWestGap, j + 1),
      southNorthGap: errors((b) => b.maeSouthNorthGap, j + 1),
      cv: errors((b) => b.maeCv, j + 1),
    }),
  );
  const estimate = p.convergence;
  const terms = estimate ? convergenceTerms(estimate.estimate.beta, c.base.gdp, c.base.population, c.base.populationGrowth) : undefined;
  return {
    scenario: id,
    available: true,
    unavailable: undefined,
    window,
    differentials: p.differentials,
    convergence: estimate && terms ? { ...estimate, terms, driver: convergenceDriver(terms.beta, terms.population) } : undefined,
    years,
    backtests,
    cases: cases && backtests[0] ? cases[0]!.filter((x) => backtests[0]!.origins.includes(x.origin)) : [],
    targets: id === "targets" ? targetsUses(c.targets!, c.history.codes, c.base, path, c.horizon) : undefined,
  };
}

/**
 * How the targets scenario used the file in each projected year, and in the first year it had to stop
 * (no province has a target for it: every province is then listed as missing).
 */
function targetsUses(targets: GrowthTargets, codes: readonly string[], base: OriginBase, path: readonly ProjectedYear[], horizon: number): TargetsUse[] {
  const years = Array.from({ length: Math.min(horizon, path.length + 1) }, (_, j) => base.year + j + 1);
  return years.map((year, j) => {
    const projected = path[j];
    const shifted = projected ? shiftTargets(targetsOfYear(targets.targets, year), codes, j === 0 ? base.gdp : path[j - 1]!.gdp, projected.nationalGrowth, year) : undefined;
    const national = nationalTarget(targets.targets, year);
    return {
      year,
      meanTarget: shifted?.meanTarget,
      shift: shifted?.shift,
      size: shifted?.size,
      missing: shifted?.missing ?? [...codes],
      national: national ? { target: national.target, source: national.source } : undefined,
      sources: [...new Set(targets.targets.filter((t) => t.year === year).map((t) => t.source))],
    };
  });
}

/**
 * The projected years already in the data, as if projected with the observed growth: levels, shares at
 * current and origin-year prices, disparity. Stops at the first year without every input.
 */
function observedYears(history: OutlookHistory, base: OriginBase, groups: OutlookGroups, horizon: number): ScenarioYear[] {
  const years: ScenarioYear[] = [];
  let gdpPrev = base.gdp;
  let realPrev = base.gdp;
  const context = { codes: history.codes, groups, base, originCv: originOutcome(base, history, groups).dispersion.cv, imposesPath: false, decimals: PUBLISHED_PRINT };
  for (let step = 1; step <= horizon; step++) {
    const observed = originBase(history, base.year + step);
    if (!observed.ok) break;
    const o = observed.value;
    const realGdp = realPrev.map((r, i) => r * (1 + o.realGrowth[i]! / 100));
    const y: ProjectedYear = { year: o.year, realGrowth: o.realGrowth, gdp: o.gdp, realGdp, population: o.population, nationalGrowth: o.meanGrowth, meanGrowth: o.meanGrowth };
    years.push(scenarioYear(y, step, gdpPrev, context, { eastWestGap: undefined, southNorthGap: undefined, cv: undefined }));
    gdpPrev = o.gdp;
    realPrev = realGdp;
  }
  return years;
}

/** Observed values are printed as published. */
const PUBLISHED_PRINT: PrintDecimals = { growth: PUBLISHED_DECIMALS.growth, share: PUBLISHED_DECIMALS.share, theil: PUBLISHED_DECIMALS.index, cv: PUBLISHED_DECIMALS.index };

/** The outcome years with the largest horizon-1 provincial growth errors of `shown`, on `origins`. */
function largestErrors(shown: readonly ScenarioOutcome[], origins: readonly number[]): { year: number; mae: number }[] {
  const byYear = origins.map((origin) => {
    const errors = shown.flatMap((s) => s.cases.filter((c) => c.origin === origin).flatMap((c) => c.growth.projected.map((p, i) => Math.abs(p - c.growth.actual[i]!))));
    return { year: origin + 1, mae: errors.length === 0 ? Number.NaN : errors.reduce((a, b) => a + b, 0) / errors.length };
  });
  const years = largestErrorYears(byYear);
  return byYear.filter((e) => years.includes(e.year));
}

/** From the first year any window reads (origin − window − 1, for the weights) to the last outcome year. */
function yearsUsed(origin: number, scenarios: readonly ScenarioOutcome[]): number[] {
  const reach = Math.max(1, ...scenarios.map((s) => s.window ?? 1)) + 1;
  const tested = scenarios.flatMap((s) => s.backtests.flatMap((b) => (b ? b.origins.map((o) => ({ origin: o, year: o + b.horizon })) : [])));
  const lo = Math.min(origin, ...tested.map((t) => t.origin)) - reach;
  const hi = Math.max(origin, ...tested.map((t) => t.year));
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
