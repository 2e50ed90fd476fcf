/**
 * Judgements on economic size (经济总量) the report states: the 万亿元 bands provinces are grouped in,
 * membership of the national top ten, milestones crossed for the first time within the years held
 * ("首次突破9万亿元", "全国首个超过14万亿元的省份") and streaks of holding a rank ("连续19年居全国首位").
 * Inputs are GDP in 亿元 as published and competition ranks computed on the published figures.
 * Every milestone and streak is judged only within the years the data hold: the narrative names the
 * first year, and never claims more than the data show.
 */

/** How many top places "居全国前十" covers: 10 (ties at 10th place are in, so the count may exceed 10). */
export const TOP_N = 10;

/** True when a competition rank is within the national top TOP_N (missing rank → false). */
export function inTopN(rank: number | undefined): boolean {
  return rank !== undefined && rank <= TOP_N;
}

/**
 * Lower bounds (亿元) of the size bands provinces are grouped in, as the report writes them: 10万亿元
 * 以上, 5万亿~10万亿元, then the 万亿元级 of 4, 3, 2 and 1 (4万亿元级 = 4万亿元 up to but excluding 5万亿元),
 * and 不足1万亿元 (bound 0). A bound belongs to the band it opens (以上 includes the bound, as NBS writes
 * it). A convention of the report's prose, not a statistical classification.
 */
export const GDP_BANDS = [100000, 50000, 40000, 30000, 20000, 10000, 0] as const;

/** One of GDP_BANDS. */
export type GdpBand = (typeof GDP_BANDS)[number];

/** The band of a GDP (亿元): the largest bound not above it. Throws RangeError for a negative or non-finite GDP. */
export function gdpBand(gdp: number): GdpBand {
  if (!Number.isFinite(gdp) || gdp < 0) throw new RangeError(`gdpBand: GDP must be a finite non-negative number, got ${gdp}`);
  return GDP_BANDS.find((b) => gdp >= b)!;
}

/**
 * Step of the milestones (亿元) crossed by a province: every whole 万亿元 (10000 亿元); for the national
 * total every 10万亿元 (100000 亿元), as "首次突破130万亿元".
 */
export const PROVINCE_MILESTONE_STEP = 10000;
export const NATIONAL_MILESTONE_STEP = 100000;

/** One year's value of a series (GDP in 亿元). */
export interface YearValue {
  year: number;
  value: number;
}

/**
 * The highest multiple of `step` that `value` in `year` reaches (value ≥ it) while no earlier year of
 * `history` did: "首次突破N万亿元" within the years held. Undefined when the year is missing, when no
 * earlier year is held (a first year cannot be a "first"), or when no new multiple is reached.
 * `history` may be in any order; years after `year` are ignored.
 */
export function firstCrossing(history: readonly YearValue[], year: number, step: number): number | undefined {
  const now = history.find((h) => h.year === year)?.value;
  const before = history.filter((h) => h.year < year).map((h) => h.value);
  if (now === undefined || before.length === 0) return undefined;
  const reached = Math.floor(now / step) * step;
  return reached > 0 && Math.max(...before) < reached ? reached : undefined;
}

/**
 * "全国首个超过N的省份": the province whose `firstCrossing` in `year` is a level no province reached in
 * any earlier year held, and that no other province reaches in `year`. `histories` maps a province
 * code to its series. Undefined when there is no such province (several reach the level in the same
 * year: they are among the first, not the first).
 */
export function firstNationally(histories: ReadonlyMap<string, readonly YearValue[]>, year: number, step: number): { code: string; level: number } | undefined {
  const earlierMax = Math.max(0, ...[...histories.values()].flatMap((h) => h.filter((x) => x.year < year).map((x) => x.value)));
  const now = [...histories].map(([code, h]) => ({ code, value: h.find((x) => x.year === year)?.value }));
  const top = now.filter((x) => x.value !== undefined).sort((a, b) => b.value! - a.value!);
  const leader = top[0];
  if (!leader || [...histories.values()].every((h) => !h.some((x) => x.year < year))) return undefined;
  const level = Math.floor(leader.value! / step) * step;
  if (level <= earlierMax || level === 0) return undefined;
  if (top.slice(1).some((x) => x.value! >= level)) return undefined;
  return { code: leader.code, level };
}

/** Ranks whose holders' streaks the report states: the top five (居全国第1~5位). */
export const STREAK_TOP_RANKS = 5;

/** Shortest streak the report states: 3 consecutive years (shorter runs are ordinary changes of place). */
export const MIN_STREAK_YEARS = 3;

/** A province holding the same rank in consecutive years up to the report year. */
export interface RankStreak {
  code: string;
  rank: number;
  /** Number of consecutive years, the report year included. */
  years: number;
  /** First year of the streak. */
  since: number;
  /** True when the streak starts in the first year held: it may be longer than the data show. */
  fromFirstYearHeld: boolean;
}

/**
 * Streaks of holding the same rank, not tied, up to `year`, for the ranks 1..STREAK_TOP_RANKS, of at
 * least MIN_STREAK_YEARS. `ranks` maps a year to each province's rank and tie flag in that year; a year
 * missing from it, or a province without a rank, ends a streak. Ordered by rank.
 */
export function rankStreaks(ranks: ReadonlyMap<number, ReadonlyMap<string, { rank: number; tied: boolean }>>, year: number): RankStreak[] {
  const current = ranks.get(year);
  if (!current) return [];
  const firstHeld = Math.min(...ranks.keys());
  const out: RankStreak[] = [];
  for (const [code, r] of current) {
    if (r.tied || r.rank > STREAK_TOP_RANKS) continue;
    let since = year;
    while (true) {
      const prev = ranks.get(since - 1)?.get(code);
      if (!prev || prev.tied || prev.rank !== r.rank) break;
      since -= 1;
    }
    const years = year - since + 1;
    if (years >= MIN_STREAK_YEARS) out.push({ code, rank: r.rank, years, since, fromFirstYearHeld: since === firstHeld });
  }
  return out.sort((a, b) => a.rank - b.rank);
}
