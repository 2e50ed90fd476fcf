import type { GrowthTargets } from "../../data/growthTargets.js";
import { directionRight } from "../rules/outlook.js";
import { perCapitaDispersion } from "./dispersion.js";
import { seriesAll, type OutlookHistory } from "./history.js";
import { originBase } from "./origin.js";
import { projectPath } from "./project.js";
import { prepareScenario } from "./scenarios.js";
import { groupShares, shareGap, type OutlookGroup } from "./shares.js";
import type { ScenarioId } from "./types.js";

/** The groups the outlook reports and a back-test scores. */
export interface OutlookGroups {
  /** 四大板块 (东部, 中部, 西部, 东北): their shares are scored. */
  regions: readonly OutlookGroup[];
  /** 南北 (北方, 南方). */
  northSouth: readonly OutlookGroup[];
  /** The share gaps whose direction is scored: 东部 − 西部 and 南方 − 北方. */
  eastWest: readonly [OutlookGroup, OutlookGroup];
  southNorth: readonly [OutlookGroup, OutlookGroup];
}

/** A projected and an actual value. */
export interface Pair {
  projected: number;
  actual: number;
}

/** One back-test: the projection from `origin` for `year` = origin + horizon against what happened. */
export interface BacktestCase {
  origin: number;
  year: number;
  /** Provincial real growth (%), aligned with the history's codes. */
  growth: { projected: number[]; actual: number[] };
  /** Change of each region's share of GDP (points) from the origin year to `year`. */
  regionShareChange: { projected: number[]; actual: number[] };
  /** Region shares (%) in `year`. */
  regionShares: { projected: number[]; actual: number[] };
  /** North–south shares (%) in `year`. */
  northSouthShares: { projected: number[]; actual: number[] };
  /** The east − west and south − north share gaps (points) in `year`. */
  eastWestGap: Pair;
  southNorthGap: Pair;
  /** Change of the east − west and south − north share gaps (points) from the origin year. */
  eastWestChange: Pair;
  southNorthChange: Pair;
  theilT: Pair;
  cv: Pair;
}

/** Mean absolute errors and direction hits over a set of back-test cases. */
export interface BacktestSummary {
  scenario: ScenarioId;
  horizon: number;
  origins: number[];
  /** MAE of provincial real growth (points) over provinces × origins. */
  maeGrowth: number | undefined;
  /** MAE of the four regions' shares (points) over regions × origins. */
  maeShare: number | undefined;
  /** MAE of the north–south shares (points) over the two sides × origins. */
  maeNorthSouthShare: number | undefined;
  /** MAE of the east − west and the south − north share gaps (points). */
  maeEastWestGap: number | undefined;
  maeSouthNorthGap: number | undefined;
  /** MAE of the population-weighted Theil T and CV of GDP per capita. */
  maeTheil: number | undefined;
  maeCv: number | undefined;
  /** Cases whose projected east–west / south–north gap moved in the direction it actually moved. */
  eastWestRight: number;
  southNorthRight: number;
}

/**
 * Every origin from which `id` can be back-tested at `horizon` without looking past `lastYear` (the
 * projection's own origin): the outcome year origin + horizon is at most `lastYear`, the scenario's
 * window and the origin base exist, and the outcome year has GDP, real growth and population for every
 * province. So the set of runs depends on the data and the origin only, never on which other scenarios
 * are run. Back-tests use the national path the forecaster had: the origin year's 31-province mean (and,
 * for targets, the national target of the year when the file gives one); a stated path is not applied
 * to the past. They use the series as revised today, not the data published at each origin.
 * Throws what the scenario throws (targets: RegeconError `TARGETS_INCONSISTENT`; any:
 * `PROJECTION_NOT_POSITIVE`).
 */
export function backtestCases(history: OutlookHistory, groups: OutlookGroups, id: ScenarioId, horizon: number, lastYear: number, targets?: GrowthTargets): BacktestCase[] {
  const years = [...history.gdp.keys()].filter((origin) => origin + horizon <= lastYear);
  const cases: BacktestCase[] = [];
  for (const origin of years) {
    const year = origin + horizon;
    const outcome = seriesAll(history, [["gdp", year], ["realGrowth", year], ["population", year], ["gdp", year - 1]]);
    const base = originBase(history, origin);
    if (!outcome.ok || !base.ok) continue;
    const prepared = prepareScenario(id, history, base.value, () => base.value.meanGrowth, targets);
    if (!prepared.ok) continue;
    const path = projectPath(base.value, horizon, prepared.value.rule, prepared.value.nationalPath ?? (() => base.value.meanGrowth));
    const last = path[horizon - 1];
    if (last === undefined) continue;
    const [gdp, growth, population] = outcome.value as [number[], number[], number[]];
    cases.push(scoreCase(history.codes, groups, origin, year, base.value.gdp, last, { gdp, growth, population }));
  }
  return cases;
}

function scoreCase(
  codes: readonly string[],
  groups: OutlookGroups,
  origin: number,
  year: number,
  originGdp: readonly number[],
  projected: { realGrowth: number[]; gdp: number[]; population: number[] },
  actual: { gdp: number[]; growth: number[]; population: number[] },
): BacktestCase {
  const sharesAt = (gdp: readonly number[]) => groupShares(gdp, codes, groups.regions);
  const sidesAt = (gdp: readonly number[]) => groupShares(gdp, codes, groups.northSouth);
  // A gap widens when its absolute size grows (the sign of the gap itself never changes in the data).
  const change = (gdp: readonly number[], pair: readonly [OutlookGroup, OutlookGroup]) => Math.abs(shareGap(gdp, codes, pair)) - Math.abs(shareGap(originGdp, codes, pair));
  const before = sharesAt(originGdp);
  const projectedShares = sharesAt(projected.gdp);
  const actualShares = sharesAt(actual.gdp);
  const projectedDispersion = perCapitaDispersion(projected.gdp, projected.population);
  const actualDispersion = perCapitaDispersion(actual.gdp, actual.population);
  return {
    origin,
    year,
    growth: { projected: projected.realGrowth, actual: actual.growth },
    regionShares: { projected: projectedShares, actual: actualShares },
    northSouthShares: { projected: sidesAt(projected.gdp), actual: sidesAt(actual.gdp) },
    eastWestGap: { projected: shareGap(projected.gdp, codes, groups.eastWest), actual: shareGap(actual.gdp, codes, groups.eastWest) },
    southNorthGap: { projected: shareGap(projected.gdp, codes, groups.southNorth), actual: shareGap(actual.gdp, codes, groups.southNorth) },
    regionShareChange: { projected: projectedShares.map((s, i) => s - before[i]!), actual: actualShares.map((s, i) => s - before[i]!) },
    eastWestChange: { projected: change(projected.gdp, groups.eastWest), actual: change(actual.gdp, groups.eastWest) },
    southNorthChange: { projected: change(projected.gdp, groups.southNorth), actual: change(actual.gdp, groups.southNorth) },
    theilT: { projected: projectedDispersion.theilT, actual: actualDispersion.theilT },
    cv: { projected: projectedDispersion.cv, actual: actualDispersion.cv },
  };
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length);
const absErrors = (p: readonly number[], a: readonly number[]) => p.map((x, i) => Math.abs(x - a[i]!));

/** Summarise the cases whose origin is in `origins` (all cases when omitted). */
export function summarise(scenario: ScenarioId, horizon: number, cases: readonly BacktestCase[], origins?: readonly number[]): BacktestSummary {
  const used = origins ? cases.filter((c) => origins.includes(c.origin)) : [...cases];
  return {
    scenario,
    horizon,
    origins: used.map((c) => c.origin),
    maeGrowth: mean(used.flatMap((c) => absErrors(c.growth.projected, c.growth.actual))),
    maeShare: mean(used.flatMap((c) => absErrors(c.regionShares.projected, c.regionShares.actual))),
    maeNorthSouthShare: mean(used.flatMap((c) => absErrors(c.northSouthShares.projected, c.northSouthShares.actual))),
    maeEastWestGap: mean(used.map((c) => Math.abs(c.eastWestGap.projected - c.eastWestGap.actual))),
    maeSouthNorthGap: mean(used.map((c) => Math.abs(c.southNorthGap.projected - c.southNorthGap.actual))),
    maeTheil: mean(used.map((c) => Math.abs(c.theilT.projected - c.theilT.actual))),
    maeCv: mean(used.map((c) => Math.abs(c.cv.projected - c.cv.actual))),
    eastWestRight: used.filter((c) => directionRight(c.eastWestChange.projected, c.eastWestChange.actual)).length,
    southNorthRight: used.filter((c) => directionRight(c.southNorthChange.projected, c.southNorthChange.actual)).length,
  };
}
