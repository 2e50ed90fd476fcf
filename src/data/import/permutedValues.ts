import type { IndicatorDef } from "../../types/indicator.js";
import type { NewValue } from "./plausibility.js";

/**
 * Existing numbers moved to other cells: a row shifted by one cell (北京's 2024 GDP becomes its 2023
 * value, 2023 its 2022 value, …), two year columns swapped, two provinces' names exchanged. Each moved
 * value is within ×5 of the value it replaces (year-to-year changes are 5–10%), so the revision factor
 * cannot see it; but every such "revision" equals, exactly, the current value of another cell of the same
 * series, which a genuine revision (a census revision moves values by a few percent, to new numbers) does
 * not. A hash set of current values per indicator finds them.
 */

/** The rule fires only when at least this many changed values are existing values moved (a swap moves two). */
export const PERMUTED_MIN_COUNT = 2;

/**
 * …and when they are at least this share of all values the file changes. A value equal by chance to
 * another cell of the series (same region other year, same year other region: about 50 cells) is rare for
 * levels written with 4–6 significant digits (GDP 49670.2: about 50 in 10⁵ tenths) and never half of a
 * revision; a shifted row or a swap makes every changed value one (18 of 18 for 北京's shifted row).
 */
export const PERMUTED_MIN_SHARE = 0.5;

/** A new value that replaces a different current value with the current value of another cell. */
export interface PermutedValue extends NewValue {
  current: number;
  currentVintage: string;
  /** The cell that holds this number now: the same region in another year, or another region in the same year. */
  holder: { regionCode: string; year: number };
}

/** A current value of the store, with its vintage. */
export interface CurrentValue {
  value: number;
  vintage: string;
}

/**
 * Whether the rule applies to `def`: levels, per-capita levels and other values written with many
 * significant digits. Indices (上年=100: 105.3) and percentages take few distinct values, so equal
 * numbers in other cells are common there; indicators created by the user are not judged.
 */
export function permutationChecked(def: IndicatorDef | undefined): boolean {
  return def !== undefined && def.aggregation !== "realGrowthIndex" && def.unit !== "%";
}

/**
 * The values of a file that look moved rather than revised: each replaces a different current value
 * (same indicator, region, year) by the number another cell of the same indicator holds now, in the same
 * region (another year, the nearest first) or the same year (another region). Returns them all when they
 * are at least PERMUTED_MIN_COUNT and at least PERMUTED_MIN_SHARE of the file's changed values (of the
 * indicators `permutationChecked`), else none. `current` gives a cell's current value; `cells` every
 * current cell of an indicator (read once per indicator, only for the numbers the file brings).
 */
export function permutedValues(
  values: readonly NewValue[],
  current: (indicator: string, regionCode: string, year: number) => CurrentValue | undefined,
  cells: (indicator: string) => Iterable<{ regionCode: string; year: number; value: number }>,
  defOf: (id: string) => IndicatorDef | undefined,
): PermutedValue[] {
  const changed: { v: NewValue; cur: CurrentValue }[] = [];
  for (const v of values) {
    if (!permutationChecked(defOf(v.indicator))) continue;
    const cur = current(v.indicator, v.regionCode, v.year);
    if (cur && cur.value !== v.value) changed.push({ v, cur });
  }
  if (changed.length < PERMUTED_MIN_COUNT) return [];
  // where each number the file brings sits now, for the indicators concerned
  const wanted = new Map<string, Set<number>>();
  for (const { v } of changed) (wanted.get(v.indicator) ?? wanted.set(v.indicator, new Set()).get(v.indicator)!).add(v.value);
  const holders = new Map<string, { regionCode: string; year: number }[]>();
  for (const [indicator, numbers] of wanted) {
    for (const c of cells(indicator)) {
      if (!numbers.has(c.value)) continue;
      const key = `${indicator}\u0000${c.value}`;
      (holders.get(key) ?? holders.set(key, []).get(key)!).push({ regionCode: c.regionCode, year: c.year });
    }
  }
  const out: PermutedValue[] = [];
  for (const { v, cur } of changed) {
    const candidates = (holders.get(`${v.indicator}\u0000${v.value}`) ?? []).filter((h) => (h.regionCode === v.regionCode) !== (h.year === v.year));
    if (candidates.length === 0) continue;
    const holder = candidates.sort((a, b) => Number(b.regionCode === v.regionCode) - Number(a.regionCode === v.regionCode) || Math.abs(a.year - v.year) - Math.abs(b.year - v.year))[0]!;
    out.push({ ...v, current: cur.value, currentVintage: cur.vintage, holder });
  }
  return out.length >= PERMUTED_MIN_COUNT && out.length >= PERMUTED_MIN_SHARE * changed.length ? out : [];
}
