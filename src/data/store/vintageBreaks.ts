import type { Dataset } from "../dataset.js";

/** Nominal growth between two years computed from levels, with the vintage check. */
export interface LevelGrowth {
  /** (level_year / level_year-1 − 1) × 100, in percent; undefined when either level is missing. */
  percent: number | undefined;
  /** True when the two levels come from different vintages: the figure is an artefact of a revision. */
  acrossVintageBreak: boolean;
  vintages: [string | undefined, string | undefined];
}

/**
 * Nominal growth of `indicator` for `regionCode` from `year − 1` to `year`, computed from levels,
 * flagged when the two levels belong to different vintages (e.g. one before and one after the 5th
 * economic census revision): such growth mixes two statistical bases and must be shown with a flag.
 */
export function levelGrowth(dataset: Dataset, indicator: string, regionCode: string, year: number): LevelGrowth {
  const a = dataset.get(indicator, regionCode, year - 1);
  const b = dataset.get(indicator, regionCode, year);
  return {
    percent: a && b ? (b.value / a.value - 1) * 100 : undefined,
    acrossVintageBreak: a !== undefined && b !== undefined && a.vintage !== b.vintage,
    vintages: [a?.vintage, b?.vintage],
  };
}

/** Years where a series switches vintage (the year after the switch), ascending. */
export function vintageBreakYears(dataset: Dataset, indicator: string, regionCode: string): number[] {
  const out: number[] = [];
  for (const y of dataset.years(indicator)) if (levelGrowth(dataset, indicator, regionCode, y).acrossVintageBreak) out.push(y);
  return out;
}
