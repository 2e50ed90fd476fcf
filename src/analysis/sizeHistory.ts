import type { Dataset } from "../data/dataset.js";
import type { Registry } from "../data/registry.js";
import { competitionRank, isTied } from "../stats/rank.js";
import { roundHalfUp } from "../stats/rounding.js";
import { NATIONAL_CODE } from "../types/observation.js";
import {
  NATIONAL_MILESTONE_STEP,
  PROVINCE_MILESTONE_STEP,
  firstCrossing,
  firstNationally,
  rankStreaks,
  type RankStreak,
  type YearValue,
} from "./rules/size.js";

/** Published precision of GDP in 亿元 (ranks are computed on it). */
const GDP_DECIMALS = 1;

/** A milestone crossed in the report year: a level (亿元) reached for the first time within the years held. */
export interface Milestone {
  code: string;
  /** The level reached, 亿元 (a multiple of the step). */
  level: number;
}

/** Milestones and rank streaks of GDP (地区生产总值) from the history the data hold. */
export interface SizeHistoryFacts {
  year: number;
  /**
   * First year of the history the judgements read: the earliest year from which every year up to the
   * report year has provincial GDP of the report year's vintage (a vintage break ends the history, so
   * no milestone or streak compares across a revision). Undefined when the report year has no GDP.
   */
  firstYear?: number;
  /** Provinces crossing a whole 万亿元 for the first time within the history (rules/size.ts `firstCrossing`). */
  crossings: Milestone[];
  /** The province that is the first ever, within the history, to reach its level (rules/size.ts `firstNationally`). */
  firstNationally?: Milestone;
  /** The national total crossing a multiple of 10万亿元 for the first time within the history of the national series. */
  national?: { level: number; firstYear: number };
  /** Streaks of holding ranks 1..5 (rules/size.ts `rankStreaks`), over years in which every province has GDP. */
  streaks: RankStreak[];
}

/**
 * Milestones and streaks of provincial GDP in `year`: which provinces reached a whole 万亿元 for the
 * first time, which is the first ever to reach its level, the national total's 10万亿元 milestone, and
 * who has held the top five places for how long. The history is the run of years up to `year` with
 * one vintage (the report year's); ranks use competition ranking on GDP rounded to 0.1 亿元, in years
 * where all provinces have GDP (an incomplete year ends a streak).
 */
export function sizeHistoryFacts(dataset: Dataset, registry: Registry, year: number): SizeHistoryFacts {
  const codes = registry.provinces.map((p) => p.code);
  const years = vintageRun(dataset, codes, year);
  if (years.length === 0) return { year, crossings: [], streaks: [] };
  const histories = new Map<string, YearValue[]>(
    codes.map((c) => [c, years.flatMap((y) => {
      const value = dataset.value("gdp_current", c, y);
      return value === undefined ? [] : [{ year: y, value }];
    })]),
  );
  const crossings: Milestone[] = [];
  for (const [code, h] of histories) {
    const level = firstCrossing(h, year, PROVINCE_MILESTONE_STEP);
    if (level !== undefined) crossings.push({ code, level });
  }
  crossings.sort((a, b) => b.level - a.level || a.code.localeCompare(b.code));
  const ranks = new Map<number, Map<string, { rank: number; tied: boolean }>>();
  for (const y of years) {
    const shown = codes.map((c) => {
      const v = dataset.value("gdp_current", c, y);
      return v === undefined ? undefined : roundHalfUp(v, GDP_DECIMALS);
    });
    if (shown.some((v) => v === undefined)) continue;
    const r = competitionRank(shown);
    ranks.set(y, new Map(codes.map((c, i) => [c, { rank: r[i]!, tied: isTied(shown, i) }])));
  }
  return {
    year,
    firstYear: years[0],
    crossings,
    firstNationally: firstNationally(histories, year, PROVINCE_MILESTONE_STEP),
    national: nationalMilestone(dataset, year),
    streaks: rankStreaks(ranks, year),
  };
}

/** Years up to `year`, ascending, back to the first break: a year without provincial GDP, or with GDP of another vintage than `year`'s. */
function vintageRun(dataset: Dataset, codes: readonly string[], year: number): number[] {
  const vintagesOf = (y: number) => new Set(codes.flatMap((c) => dataset.get("gdp_current", c, y)?.vintage ?? []));
  const reportVintages = vintagesOf(year);
  if (reportVintages.size !== 1) return [];
  const [vintage] = reportVintages;
  const run: number[] = [];
  for (let y = year; ; y--) {
    const v = vintagesOf(y);
    if (v.size !== 1 || !v.has(vintage!)) break;
    run.unshift(y);
  }
  return run;
}

/** The national GDP's first crossing of a multiple of 10万亿元 in `year`, over its own one-vintage run. */
function nationalMilestone(dataset: Dataset, year: number): { level: number; firstYear: number } | undefined {
  const vintage = dataset.get("gdp_current", NATIONAL_CODE, year)?.vintage;
  if (vintage === undefined) return undefined;
  const history: YearValue[] = [];
  for (let y = year; ; y--) {
    const o = dataset.get("gdp_current", NATIONAL_CODE, y);
    if (!o || o.vintage !== vintage) break;
    history.unshift({ year: y, value: o.value });
  }
  const level = firstCrossing(history, year, NATIONAL_MILESTONE_STEP);
  return level === undefined ? undefined : { level, firstYear: history[0]!.year };
}
