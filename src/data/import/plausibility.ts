import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import type { IndicatorDef } from "../../types/indicator.js";
import { checkValue, mustBePositive } from "../indicators.js";

/**
 * Plausibility of a file's values taken together, beyond the per-value range of `checkValue`:
 * whether a cross-section has the magnitude pattern of its indicator, and whether new values replace
 * current ones by an implausible factor. Pure functions; the importers and `regecon import` call them.
 */

/**
 * A year's values form a cross-section when at least this many provinces hold a value (the 31, less a
 * few not yet published). Smaller subsets (a region's provinces) can legitimately be alike.
 */
export const CROSS_SECTION_MIN_PROVINCES = 28;

/**
 * In a cross-section of a `level` indicator (GDP, value added, population, fiscal, trade …) the largest
 * province is at least this many times the smallest. In data/nbs the smallest such ratio over any 28 of
 * the 31 provinces in any year is 5.8 (fiscal expenditure), while indices 上年=100 never exceed 1.14
 * and per-capita values 4.3: so GDP levels that are really an index (~105) or a share are refused.
 */
export const LEVEL_MIN_SPREAD = 3;

/**
 * A percentage can be written as a fraction by mistake (R&D intensity 0.0658 for 6.58 %, growth 0.052 for
 * 5.2 %): each value is still inside its range. In a cross-section of an indicator measured in % whose
 * plausible range reaches at least this far (R&D intensity 0–20, growth −50–50, investment growth
 * −100–300), at least one province lies at 1 % or beyond, in size: in data/nbs the largest R&D intensity
 * of a year is 6.58 (北京), the largest growth rates are several %. All provinces below 1 % in size are
 * fractions.
 */
export const FRACTION_RULE_MIN_RANGE = 20;

/** The size (|value|, in %) that at least one province of such a cross-section reaches. */
export const PERCENT_MIN_LARGEST = 1;

/**
 * A year whose province values contradict their indicator: levels too alike to be levels
 * (`levelsAlike`), or percentages all below 1 % in size, as fractions would be (`fraction`).
 */
export interface CrossSectionProblem {
  kind: "levelsAlike" | "fraction";
  indicator: IndicatorDef;
  year: number;
  provinces: number;
  min: number;
  max: number;
}

/** Collects min and max of province values per (indicator, year) while a file is parsed. */
export class CrossSections {
  private readonly stats = new Map<string, { indicator: string; year: number; n: number; min: number; max: number }>();

  /** One province value (nation, groups and sub-province regions are not part of the cross-section). */
  add(indicator: string, year: number, value: number): void {
    const key = `${indicator}\u0000${year}`;
    const s = this.stats.get(key);
    if (!s) this.stats.set(key, { indicator, year, n: 1, min: value, max: value });
    else {
      s.n++;
      if (value < s.min) s.min = value;
      if (value > s.max) s.max = value;
    }
  }

  /** The first cross-section that contradicts its indicator (see `crossSectionProblem`), if any. */
  problem(defOf: (id: string) => IndicatorDef | undefined): CrossSectionProblem | undefined {
    for (const s of this.stats.values()) {
      const def = defOf(s.indicator);
      const p = def && crossSectionProblem(def, s.year, s.n, s.min, s.max);
      if (p) return p;
    }
    return undefined;
  }
}

/**
 * The magnitude rules for one year with CROSS_SECTION_MIN_PROVINCES or more provinces:
 * - a `level` indicator must have max ≥ LEVEL_MIN_SPREAD × min (`levelsAlike` otherwise);
 * - an indicator in % whose plausible maximum is at least FRACTION_RULE_MIN_RANGE must have a province at
 *   PERCENT_MIN_LARGEST or more in size, max(|min|, |max|) ≥ 1 (`fraction` otherwise).
 * Other kinds (ratios, indices) are not checked here: their per-value range is narrow enough.
 */
export function crossSectionProblem(def: IndicatorDef, year: number, provinces: number, min: number, max: number): CrossSectionProblem | undefined {
  if (provinces < CROSS_SECTION_MIN_PROVINCES) return undefined;
  const found = { indicator: def, year, provinces, min, max };
  if (def.aggregation === "level" && min > 0 && max < LEVEL_MIN_SPREAD * min) return { kind: "levelsAlike", ...found };
  if (def.unit === "%" && def.plausible.max >= FRACTION_RULE_MIN_RANGE && Math.max(Math.abs(min), Math.abs(max)) < PERCENT_MIN_LARGEST) return { kind: "fraction", ...found };
  return undefined;
}

/** The IMPLAUSIBLE_VALUE error for a cross-section of `file` that contradicts its indicator. */
export function crossSectionError(file: string, p: CrossSectionProblem): RegeconError {
  return p.kind === "levelsAlike"
    ? new RegeconError("IMPLAUSIBLE_VALUE", m.levelsTooAlike(file, p, LEVEL_MIN_SPREAD), m.levelsTooAlikeHint)
    : new RegeconError("IMPLAUSIBLE_VALUE", m.percentAsFraction(file, p, PERCENT_MIN_LARGEST), m.percentAsFractionHint);
}

/**
 * True when province values (by year) could be values of `def`: each lies in its plausible province
 * range and no cross-section breaks the magnitude rule. Used to keep NO_INDICATOR hints from
 * suggesting an indicator the data contradict.
 */
export function fitsIndicator(def: IndicatorDef, provinceValues: readonly { year: number; value: number }[]): boolean {
  if (provinceValues.some((v) => checkValue(def, v.value, "province") !== undefined)) return false;
  const sections = new CrossSections();
  for (const v of provinceValues) sections.add(def.id, v.year, v.value);
  return sections.problem(() => def) === undefined;
}

/**
 * A new value may replace the current value of the same (indicator, region, year) by at most this
 * factor, up or down. Census revisions move provincial GDP by a few percent (北京 2023: +8.2%), price
 * bases by far less than ×5; a ×10, ×100 or ×10,000 change is a unit (元 vs 万元) or indicator mistake.
 */
export const REVISION_FACTOR_LIMIT = 5;

/** A value a file brings, with the line it came from. */
export interface NewValue {
  regionCode: string;
  year: number;
  indicator: string;
  value: number;
  line: number;
}

/** A new value that replaces the current one by more than the limit. */
export interface ImplausibleRevision extends NewValue {
  current: number;
  currentVintage: string;
  /** max(new/current, current/new) ≥ 1. */
  factor: number;
}

/**
 * The new values that would replace a current value by a factor above `limit`. Only indicators whose
 * values must be positive (levels, per-capita levels, indices; `mustBePositive`) are compared: a growth
 * rate moving from 0.5% to 3% is not a unit mistake. `current` returns the current value and its
 * vintage, or undefined when there is none.
 */
export function implausibleRevisions(
  values: Iterable<NewValue>,
  current: (indicator: string, regionCode: string, year: number) => { value: number; vintage: string } | undefined,
  defOf: (id: string) => IndicatorDef | undefined,
  limit: number = REVISION_FACTOR_LIMIT,
): ImplausibleRevision[] {
  const out: ImplausibleRevision[] = [];
  for (const v of values) {
    if (!mustBePositive(defOf(v.indicator))) continue;
    const cur = current(v.indicator, v.regionCode, v.year);
    if (!cur || cur.value <= 0 || v.value <= 0) continue;
    const factor = Math.max(v.value / cur.value, cur.value / v.value);
    if (factor > limit) out.push({ ...v, current: cur.value, currentVintage: cur.vintage, factor });
  }
  return out;
}
