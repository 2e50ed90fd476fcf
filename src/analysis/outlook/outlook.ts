/**
 * The outlook (展望): transparent scenario projections of regional shares and disparity, each checked
 * against the past. One call computes everything `regecon outlook` and the report section print:
 *
 *   dataset ─ history ─┬─ origin base (levels; price and population assumptions held from the origin)
 *                      ├─ scenario rules: persistence · trend · convergence (β) · targets (user file)
 *                      ├─ projected path: real growth → nominal GDP, population → shares, disparity
 *                      └─ back-test: every past origin where data allow → errors → print precision
 *
 * Projections are conditional on their stated assumptions; the rules module (rules/outlook.ts) decides
 * how finely each may be printed, from its back-test error.
 */
import type { Dataset } from "../../data/dataset.js";
import type { GrowthTargets } from "../../data/growthTargets.js";
import { membersInYear, type Registry } from "../../data/registry.js";
import { largestRemainderRound } from "../../stats/rounding.js";
import { gapChange, printDecimals, PUBLISHED_DECIMALS, smallestError, type GapChange } from "../rules/outlook.js";
import { backtestCases, summarise, type BacktestCase, type BacktestSummary, type OutlookGroups } from "./backtest.js";
import type { ConvergenceEstimate } from "./convergence.js";
import { perCapitaDispersion, type Dispersion } from "./dispersion.js";
import { historyFromDataset, type OutlookHistory } from "./history.js";
import type { NationalPath } from "./nationalPath.js";
import { originBase, type OriginBase } from "./origin.js";
import { projectPath, type ProjectedYear } from "./project.js";
import { prepareScenario, SCENARIO_WINDOWS } from "./scenarios.js";
import { groupGrowth, groupShares, shareGap, type OutlookGroup } from "./shares.js";
import { nationalTarget, scaleTargets, targetsOfYear } from "./targets.js";
import { SCENARIOS, type DataGap, type ScenarioId } from "./types.js";

/** Longest horizon offered: beyond five years the assumptions say more than the data. */
export const MAX_HORIZON = 5;

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

/** A group's share and growth, with the share as printed. */
export interface GroupOutcome {
  name: string;
  nameEn: string;
  /** Share of the 31-province sum of nominal GDP (%), unrounded. */
  share: number;
  /** The share as printed: largest-remainder rounding within the grouping (adds up to 100). */
  shareDisplay: number;
  /** Real growth (%, members weighted by previous-year GDP). */
  realGrowth: number;
}

/** Decimals a projected year is printed with (rules/outlook.ts printDecimals). */
export interface PrintDecimals {
  growth: number;
  share: number;
  theil: number;
  cv: number;
}

/** The observed origin year, for comparison. */
export interface OriginOutcome {
  year: number;
  meanGrowth: number;
  regions: GroupOutcome[];
  northSouth: GroupOutcome[];
  dispersion: Dispersion;
  /** 东部 − 西部 and 南方 − 北方 share gaps (points). */
  eastWestGap: number;
  southNorthGap: number;
  /** The assumptions held over the horizon, per province (%), aligned with `codes`. */
  priceChange: number[];
  populationGrowth: number[];
}

/** One projected year of one scenario. */
export interface ScenarioYear {
  year: number;
  step: number;
  /** The national path imposed (%); undefined for persistence. */
  nationalGrowth: number | undefined;
  /** 31-province mean of the projected growth (%). */
  meanGrowth: number;
  decimals: PrintDecimals;
  provinces: { code: string; realGrowth: number; gdp: number; share: number }[];
  regions: GroupOutcome[];
  northSouth: GroupOutcome[];
  /** Shares at origin-year prices (real terms) of the four regions (%). */
  regionRealShares: number[];
  dispersion: Dispersion;
  eastWestGap: number;
  southNorthGap: number;
  /** The gaps' change from the origin year, as printed. */
  eastWest: GapChange;
  southNorth: GapChange;
}

/** The targets scenario's use of the file, per projected year. */
export interface TargetsUse {
  year: number;
  /** Scale applied to the provincial targets (N / weighted mean target); undefined when none given. */
  scale: number | undefined;
  /** Provinces without a target (grow at the national path). */
  missing: string[];
  /** National target of the year from the file, with its source, when given. */
  national: { target: number; source: string } | undefined;
  /** Distinct sources of the year's targets, as written in the file. */
  sources: string[];
}

export interface ScenarioOutcome {
  scenario: ScenarioId;
  /** False when the data (gaps) or the targets file (noTargets) do not allow the scenario. */
  available: boolean;
  gaps: DataGap[];
  noTargets: boolean;
  /** Years of history the scenario reads (persistence, trend, convergence). */
  window: number | undefined;
  /** Trend: average growth differential of each province (points). */
  differentials: number[] | undefined;
  /** Convergence: the β estimate. */
  convergence: ConvergenceEstimate | undefined;
  years: ScenarioYear[];
  /** Back-test per horizon 1 … h (undefined where no origin allows it). */
  backtests: (BacktestSummary | undefined)[];
  /** Horizon-1 back-test cases (for the projected-vs-actual figure). */
  cases: BacktestCase[];
  targets: TargetsUse[] | undefined;
}

export interface OutlookFacts {
  origin: number;
  horizon: number;
  /** Years from which projections can start with these data. */
  availableOrigins: number[];
  codes: string[];
  nationalPath: NationalPath;
  actual: OriginOutcome;
  scenarios: ScenarioOutcome[];
  /** Origins on which the model scenarios (not targets) are compared, per horizon 1 … h. */
  comparisonOrigins: number[][];
  /** Scenarios with the smallest horizon-1 back-test error on `comparisonOrigins[0]`: growth and shares. */
  best: { growth: ScenarioId[]; share: ScenarioId[] };
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

/**
 * The groupings and groups the outlook reports, by their English names in data/regions/groupings.csv
 * (四大板块 = four regions: 东部 East … ; 南北 = north-south: 北方 North, 南方 South).
 */
export const OUTLOOK_GROUPINGS = { regions: "four regions", northSouth: "north-south", east: "East", west: "West", north: "North", south: "South" } as const;

/** 四大板块 and 南北 as valid in `year`, from the registry. Throws RegeconError `UNKNOWN_GROUPING` when absent. */
export function outlookGroups(registry: Registry, year: number): OutlookGroups {
  const groups = (name: string) => registry.grouping(name).groups.map((g): OutlookGroup => ({ name: g.name, nameEn: g.nameEn, members: membersInYear(g, year) }));
  const regions = groups(OUTLOOK_GROUPINGS.regions);
  const northSouth = groups(OUTLOOK_GROUPINGS.northSouth);
  const find = (gs: OutlookGroup[], nameEn: string) => gs.find((g) => g.nameEn === nameEn)!;
  const G = OUTLOOK_GROUPINGS;
  return { regions, northSouth, eastWest: [find(regions, G.east), find(regions, G.west)], southNorth: [find(northSouth, G.south), find(northSouth, G.north)] };
}

/** Years from which the outlook can start: every input of the origin base is complete. */
export function availableOrigins(history: OutlookHistory): number[] {
  return [...history.gdp.keys()].filter((y) => originBase(history, y).ok);
}

/**
 * Compute the outlook from `dataset`. Returns the facts, or `OriginUnavailable` when the origin year
 * lacks inputs (the caller phrases it: an error in the CLI, a note in the report). Throws RangeError
 * for a horizon outside 1 … MAX_HORIZON and RegeconError `IMPLAUSIBLE_VALUE` for targets that cannot
 * be scaled (targets.ts).
 */
export function outlookFacts(dataset: Dataset, registry: Registry, options: OutlookOptions = {}): OutlookFacts | OriginUnavailable {
  const horizon = options.horizon ?? 1;
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON) throw new RangeError(`outlookFacts: horizon must be 1 … ${MAX_HORIZON}, got ${horizon}`);
  const history = historyFromDataset(dataset, registry);
  const origins = availableOrigins(history);
  const origin = options.origin ?? origins[origins.length - 1] ?? Math.max(...history.gdp.keys(), 0);
  const base = originBase(history, origin);
  if (!base.ok) return { origin, gaps: base.gaps, availableOrigins: origins };
  const groups = outlookGroups(registry, origin);
  const nationalPath: NationalPath = options.nationalGrowth === undefined ? { kind: "originMean", growth: base.value.meanGrowth } : { kind: "stated", growth: options.nationalGrowth };
  const wanted = SCENARIOS.filter((s) => (options.scenarios ?? SCENARIOS).includes(s));

  // Back-tests first: they decide how finely each projected year may be printed.
  const cases = new Map(wanted.map((s) => [s, Array.from({ length: horizon }, (_, j) => backtestCases(history, groups, s, j + 1, options.targets))] as const));
  const models = wanted.filter((s) => s !== "targets");
  const comparisonOrigins = Array.from({ length: horizon }, (_, j) => {
    const sets = (models.length > 0 ? models : wanted).map((s) => cases.get(s)![j]!.map((c) => c.origin));
    return sets.length === 0 ? [] : sets.reduce((a, b) => a.filter((y) => b.includes(y)));
  });
  const backtestsOf = (s: ScenarioId) =>
    cases.get(s)!.map((cs, j) => {
      const own = s === "targets" && models.length > 0 ? undefined : comparisonOrigins[j];
      const summary = summarise(s, j + 1, cs, own);
      return summary.origins.length > 0 ? summary : undefined;
    });

  const scenarios = wanted.map((s) => scenarioOutcome(s, history, base.value, groups, nationalPath, backtestsOf(s), cases.get(s)![0]!, options.targets, horizon));
  const h1 = scenarios.filter((s) => s.scenario !== "targets").map((s) => s.backtests[0]).filter((b) => b !== undefined);
  const targetsCases = cases.get("targets")?.[0] ?? [];
  const targetsOrigins = targetsCases.map((c) => c.origin);
  return {
    origin,
    horizon,
    availableOrigins: origins,
    codes: [...history.codes],
    nationalPath,
    actual: originOutcome(base.value, history, groups),
    scenarios,
    comparisonOrigins,
    best: {
      growth: smallestError(h1.map((b) => ({ scenario: b.scenario, mae: b.maeGrowth }))),
      share: smallestError(h1.map((b) => ({ scenario: b.scenario, mae: b.maeShare }))),
    },
    targetsComparison: targetsOrigins.length > 0 && models.length > 0 ? wanted.map((s) => summarise(s, 1, cases.get(s)![0]!, targetsOrigins)) : undefined,
    yearsUsed: yearsUsed(origin, scenarios),
  };
}

function scenarioOutcome(
  id: ScenarioId,
  history: OutlookHistory,
  base: OriginBase,
  groups: OutlookGroups,
  nationalPath: NationalPath,
  backtests: (BacktestSummary | undefined)[],
  cases: BacktestCase[],
  targets: GrowthTargets | undefined,
  horizon: number,
): ScenarioOutcome {
  const window = id === "targets" ? undefined : SCENARIO_WINDOWS[id];
  const prepared = prepareScenario(id, history, base, () => nationalPath.growth, targets);
  const empty = { scenario: id, window, differentials: undefined, convergence: undefined, years: [], backtests, cases, targets: undefined };
  if (!prepared.ok) return { ...empty, available: false, gaps: prepared.gaps, noTargets: id === "targets" && !targets };
  const p = prepared.value;
  const path = projectPath(base, horizon, p.rule, p.nationalPath ?? (() => nationalPath.growth));
  const gdpBefore = [base.gdp, ...path.map((y) => y.gdp)];
  const years = path.map((y, j) => scenarioYear(y, j + 1, gdpBefore[j]!, history.codes, groups, base, p.nationalPath !== undefined, decimalsOf(backtests[j])));
  return {
    ...empty,
    available: years.length > 0,
    gaps: [],
    noTargets: false,
    differentials: p.differentials,
    convergence: p.convergence,
    years,
    targets: id === "targets" && targets ? targetsUses(targets, history.codes, base, path, horizon) : undefined,
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
    const scaled = projected ? scaleTargets(targetsOfYear(targets.targets, year), codes, j === 0 ? base.gdp : path[j - 1]!.gdp, projected.nationalGrowth, year) : undefined;
    const national = nationalTarget(targets.targets, year);
    return {
      year,
      scale: scaled?.scale,
      missing: scaled?.missing ?? [...codes],
      national: national ? { target: national.target, source: national.source } : undefined,
      sources: [...new Set(targets.targets.filter((t) => t.year === year).map((t) => t.source))],
    };
  });
}

function decimalsOf(b: BacktestSummary | undefined): PrintDecimals {
  const runs = b?.origins.length ?? 0;
  return {
    growth: printDecimals(b?.maeGrowth, runs, "growth"),
    share: printDecimals(b?.maeShare, runs, "share"),
    theil: printDecimals(b?.maeTheil, runs, "index"),
    cv: printDecimals(b?.maeCv, runs, "index"),
  };
}

function groupOutcomes(gdp: readonly number[], gdpPrev: readonly number[], growth: readonly number[], codes: readonly string[], groups: readonly OutlookGroup[], decimals: number): GroupOutcome[] {
  const shares = groupShares(gdp, codes, groups);
  const display = largestRemainderRound(shares, decimals);
  const rates = groupGrowth(growth, gdpPrev, codes, groups);
  return groups.map((g, i) => ({ name: g.name, nameEn: g.nameEn, share: shares[i]!, shareDisplay: display[i]!, realGrowth: rates[i]! }));
}

function scenarioYear(y: ProjectedYear, step: number, gdpPrev: readonly number[], codes: readonly string[], groups: OutlookGroups, base: OriginBase, imposesPath: boolean, decimals: PrintDecimals): ScenarioYear {
  const total = y.gdp.reduce((a, b) => a + b, 0);
  const eastWestGap = shareGap(y.gdp, codes, groups.eastWest);
  const southNorthGap = shareGap(y.gdp, codes, groups.southNorth);
  return {
    year: y.year,
    step,
    nationalGrowth: imposesPath ? y.nationalGrowth : undefined,
    meanGrowth: y.meanGrowth,
    decimals,
    provinces: codes.map((code, i) => ({ code, realGrowth: y.realGrowth[i]!, gdp: y.gdp[i]!, share: (100 * y.gdp[i]!) / total })),
    regions: groupOutcomes(y.gdp, gdpPrev, y.realGrowth, codes, groups.regions, decimals.share),
    northSouth: groupOutcomes(y.gdp, gdpPrev, y.realGrowth, codes, groups.northSouth, decimals.share),
    regionRealShares: groupShares(y.realGdp, codes, groups.regions),
    dispersion: perCapitaDispersion(y.gdp, y.population),
    eastWestGap,
    southNorthGap,
    eastWest: gapChange(shareGap(base.gdp, codes, groups.eastWest), eastWestGap, decimals.share),
    southNorth: gapChange(shareGap(base.gdp, codes, groups.southNorth), southNorthGap, decimals.share),
  };
}

function originOutcome(base: OriginBase, history: OutlookHistory, groups: OutlookGroups): OriginOutcome {
  const codes = history.codes;
  const gdpPrev = history.gdp.get(base.year - 1) as number[];
  return {
    year: base.year,
    meanGrowth: base.meanGrowth,
    regions: groupOutcomes(base.gdp, gdpPrev, base.realGrowth, codes, groups.regions, PUBLISHED_DECIMALS.share),
    northSouth: groupOutcomes(base.gdp, gdpPrev, base.realGrowth, codes, groups.northSouth, PUBLISHED_DECIMALS.share),
    dispersion: perCapitaDispersion(base.gdp, base.population),
    eastWestGap: shareGap(base.gdp, codes, groups.eastWest),
    southNorthGap: shareGap(base.gdp, codes, groups.southNorth),
    priceChange: base.priceChange,
    populationGrowth: base.populationGrowth,
  };
}

/** From the first year any window reads (origin − window − 1, for the weights) to the last outcome year. */
function yearsUsed(origin: number, scenarios: readonly ScenarioOutcome[]): number[] {
  const reach = Math.max(1, ...scenarios.map((s) => s.window ?? 1)) + 1;
  const origins = [origin, ...scenarios.flatMap((s) => s.cases.map((c) => c.origin))];
  const lo = Math.min(...origins) - reach;
  const hi = Math.max(origin, ...scenarios.flatMap((s) => s.cases.map((c) => c.year)));
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
