import { largestRemainderRound } from "../../stats/rounding.js";
import { gapMovement, movement, PUBLISHED_DECIMALS, type GapMovement, type Movement } from "../rules/outlook.js";
import type { OutlookGroups } from "./backtest.js";
import { perCapitaDispersion, type Dispersion } from "./dispersion.js";
import type { OutlookHistory } from "./history.js";
import type { OriginBase } from "./origin.js";
import type { ProjectedYear } from "./project.js";
import { groupGrowth, groupShares, shareGap, type OutlookGroup } from "./shares.js";

/**
 * What the outlook reports for the origin year and for each projected year of a scenario: group shares
 * (at current and at origin-year prices), regional growth, disparity, and the share gaps and σ judged
 * against their back-test errors (rules/outlook.ts). Arrays of provinces are aligned with the history's
 * codes.
 */

/** A group's share and growth, with the share as printed. */
export interface GroupOutcome {
  /** Group id from data/regions/groupings.csv (e.g. "east"). */
  id: string;
  name: string;
  nameEn: string;
  /** Share of the 31-province sum of nominal GDP (%), unrounded. */
  share: number;
  /** The share as printed: largest-remainder rounding within the grouping (adds up to 100). */
  shareDisplay: number;
  /** Share at origin-year prices (%): of real GDP chained from the origin; equals `share` in the origin year. */
  realShare: number;
  /** `realShare` as printed (largest remainder, like `shareDisplay`). */
  realShareDisplay: number;
  /** Real growth (%, members weighted by previous-year GDP). */
  realGrowth: number;
}

/** Decimals a scenario's projected years are printed with (rules/outlook.ts printDecimals). */
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
  /** The assumptions held over the horizon, per province (%), aligned with the codes. */
  priceChange: number[];
  populationGrowth: number[];
}

/** A share gap in a projected year and how it moved from the origin year. */
export interface GapOutcome {
  /** The gap (points) at current prices. */
  gap: number;
  /** The gap (points) at origin-year prices. */
  gapReal: number;
  /** The back-test error the change is judged by (points; undefined: untested). */
  error: number | undefined;
  movement: GapMovement;
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
  dispersion: Dispersion;
  /** 东部 − 西部 and 南方 − 北方 share gaps. */
  eastWest: GapOutcome;
  southNorth: GapOutcome;
  /** σ (population-weighted CV of GDP per capita) from the origin year, judged by its back-test error. */
  sigma: { error: number | undefined; movement: Movement };
}

/** The back-test errors the changes of one projected year are judged by (undefined: untested). */
export interface JudgingErrors {
  eastWestGap: number | undefined;
  southNorthGap: number | undefined;
  cv: number | undefined;
}

function groupOutcomes(gdp: readonly number[], realGdp: readonly number[], gdpPrev: readonly number[], growth: readonly number[], codes: readonly string[], groups: readonly OutlookGroup[], decimals: number): GroupOutcome[] {
  const shares = groupShares(gdp, codes, groups);
  const realShares = groupShares(realGdp, codes, groups);
  const display = largestRemainderRound(shares, decimals);
  const realDisplay = largestRemainderRound(realShares, decimals);
  const rates = groupGrowth(growth, gdpPrev, codes, groups);
  return groups.map((g, i) => ({ id: g.id, name: g.name, nameEn: g.nameEn, share: shares[i]!, shareDisplay: display[i]!, realShare: realShares[i]!, realShareDisplay: realDisplay[i]!, realGrowth: rates[i]! }));
}

/** The origin year as observed, with the published precision. */
export function originOutcome(base: OriginBase, history: OutlookHistory, groups: OutlookGroups): OriginOutcome {
  const codes = history.codes;
  const gdpPrev = history.gdp.get(base.year - 1) as number[];
  return {
    year: base.year,
    meanGrowth: base.meanGrowth,
    regions: groupOutcomes(base.gdp, base.gdp, gdpPrev, base.realGrowth, codes, groups.regions, PUBLISHED_DECIMALS.share),
    northSouth: groupOutcomes(base.gdp, base.gdp, gdpPrev, base.realGrowth, codes, groups.northSouth, PUBLISHED_DECIMALS.share),
    dispersion: perCapitaDispersion(base.gdp, base.population),
    eastWestGap: shareGap(base.gdp, codes, groups.eastWest),
    southNorthGap: shareGap(base.gdp, codes, groups.southNorth),
    priceChange: base.priceChange,
    populationGrowth: base.populationGrowth,
  };
}

/** Inputs of `scenarioYear` that do not change from one projected year to the next. */
export interface YearContext {
  codes: readonly string[];
  groups: OutlookGroups;
  base: OriginBase;
  /** σ of the origin year. */
  originCv: number;
  /** Whether the scenario imposes a national path (all but persistence). */
  imposesPath: boolean;
  decimals: PrintDecimals;
}

/** One projected year: levels → shares, growth, disparity; gaps and σ judged by `errors`. */
export function scenarioYear(y: ProjectedYear, step: number, gdpPrev: readonly number[], c: YearContext, errors: JudgingErrors): ScenarioYear {
  const { codes, groups, base } = c;
  const total = y.gdp.reduce((a, b) => a + b, 0);
  const gap = (pair: OutlookGroups["eastWest"], error: number | undefined): GapOutcome => {
    const before = shareGap(base.gdp, codes, pair);
    const after = shareGap(y.gdp, codes, pair);
    const afterReal = shareGap(y.realGdp, codes, pair);
    return { gap: after, gapReal: afterReal, error, movement: gapMovement(before, after, afterReal, error) };
  };
  const dispersion = perCapitaDispersion(y.gdp, y.population);
  return {
    year: y.year,
    step,
    nationalGrowth: c.imposesPath ? y.nationalGrowth : undefined,
    meanGrowth: y.meanGrowth,
    decimals: c.decimals,
    provinces: codes.map((code, i) => ({ code, realGrowth: y.realGrowth[i]!, gdp: y.gdp[i]!, share: (100 * y.gdp[i]!) / total })),
    regions: groupOutcomes(y.gdp, y.realGdp, gdpPrev, y.realGrowth, codes, groups.regions, c.decimals.share),
    northSouth: groupOutcomes(y.gdp, y.realGdp, gdpPrev, y.realGrowth, codes, groups.northSouth, c.decimals.share),
    dispersion,
    eastWest: gap(groups.eastWest, errors.eastWestGap),
    southNorth: gap(groups.southNorth, errors.southNorthGap),
    sigma: { error: errors.cv, movement: movement(c.originCv, dispersion.cv, errors.cv) },
  };
}
