import type { IndicatorDef } from "../../types/indicator.js";
import { mustBePositive } from "../indicators.js";
import type { CurrentValue } from "./permutedValues.js";
import type { NewValue } from "./plausibility.js";

/**
 * A value for a year the store does not hold yet cannot be compared with the value it replaces (there is
 * none), so a unit mistake in new years used to pass: trade for 2020–2024 in 万美元 labelled 千美元 (÷10),
 * 北京 falling twelvefold from 2019 to 2020. Consecutive years of one series never differ that much: in
 * data/nbs the largest year-to-year factor of any level is 3.9 (西藏's exports, 2014), of GDP 1.3.
 */
export const SERIES_JUMP_LIMIT = 5;

/** A new cell whose value differs from the same series' value in the adjacent year by more than the limit. */
export interface SeriesJump extends NewValue {
  /** The adjacent year's value (from the store, or from the same file) and its vintage (or file). */
  neighbour: { year: number } & CurrentValue;
  /** max(new/neighbour, neighbour/new) ≥ 1. */
  factor: number;
}

/**
 * The new cells (no current value for that indicator, region and year) whose value differs from the value
 * of the previous or the next year of the same series by more than `limit`, up or down. `before` gives the
 * store's current value, `after` the value once the file is imported (the file's own value, else the
 * store's), so a file that brings several new years is compared with itself too; a pair of two new years
 * is judged once (from the later year). Only indicators whose values must be positive are compared
 * (levels, per-capita levels, indices: `mustBePositive`); growth rates swing freely.
 */
export function seriesJumps(
  values: readonly NewValue[],
  before: (indicator: string, regionCode: string, year: number) => CurrentValue | undefined,
  after: (indicator: string, regionCode: string, year: number) => CurrentValue | undefined,
  defOf: (id: string) => IndicatorDef | undefined,
  limit: number = SERIES_JUMP_LIMIT,
): SeriesJump[] {
  const out: SeriesJump[] = [];
  for (const v of values) {
    if (!mustBePositive(defOf(v.indicator)) || v.value <= 0 || before(v.indicator, v.regionCode, v.year)) continue;
    const previous = after(v.indicator, v.regionCode, v.year - 1);
    // the next year is compared here only when the store holds it; a new next year compares itself with this one
    const next = before(v.indicator, v.regionCode, v.year + 1) && after(v.indicator, v.regionCode, v.year + 1);
    for (const [year, n] of [[v.year - 1, previous], [v.year + 1, next]] as const) {
      if (!n || n.value <= 0) continue;
      const factor = Math.max(v.value / n.value, n.value / v.value);
      if (factor > limit) {
        out.push({ ...v, neighbour: { year, ...n }, factor });
        break;
      }
    }
  }
  return out;
}
