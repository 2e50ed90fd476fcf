import path from "node:path";
import type { AggregationKind, IndicatorDef } from "../types/indicator.js";
import { RegeconError } from "../types/errors.js";
import type { Text } from "../types/text.js";
import * as m from "../messages/data.js";
import { readCsv } from "./csv.js";
import { BUNDLED_DATA_DIR } from "./paths.js";

const KINDS: readonly AggregationKind[] = ["level", "ratio", "realGrowthIndex", "rate"];

let catalogue: Map<string, IndicatorDef> | undefined;

/**
 * The indicator catalogue (`data/indicators.csv`): id → Chinese and English name, unit, aggregation
 * kind and plausible province range. Loaded once; a malformed bundled catalogue is a packaging bug
 * (plain Error).
 */
export function indicatorCatalogue(): Map<string, IndicatorDef> {
  if (catalogue) return catalogue;
  const rows = readCsv(path.join(BUNDLED_DATA_DIR, "indicators.csv"), ["id", "name_zh", "name_en", "unit", "unit_en", "aggregation", "plausible_min", "plausible_max"]);
  catalogue = new Map();
  for (const { fields: f, line } of rows) {
    const kind = f.aggregation as AggregationKind;
    if (!KINDS.includes(kind)) throw new Error(`data/indicators.csv line ${line}: unknown aggregation "${f.aggregation}"`);
    const min = Number(f.plausible_min);
    const max = Number(f.plausible_max);
    if (f.plausible_min === "" || f.plausible_max === "" || !Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
      throw new Error(`data/indicators.csv line ${line}: plausible_min/plausible_max must be numbers with min < max`);
    }
    catalogue.set(f.id!, {
      id: f.id!,
      nameZh: f.name_zh!,
      nameEn: f.name_en!,
      unit: f.unit!,
      unitEn: f.unit_en!,
      aggregation: kind,
      ratioOf: f.numerator ? { numerator: f.numerator, denominator: f.denominator!, factor: Number(f.factor) } : undefined,
      weightIndicator: f.weight_indicator || undefined,
      unitAliases: f.unit_aliases ? f.unit_aliases.split("|") : [],
      plausible: { min, max },
    });
  }
  return catalogue;
}

/**
 * True when a file's unit denotes the catalogue unit of `def`: the same, or one of its `unit_aliases`
 * (data/indicators.csv; NBS prints per-capita GDP as 元/人 in provincial and 元 in national tables).
 */
export function acceptsUnit(def: IndicatorDef, unit: string): boolean {
  return unit === def.unit || def.unitAliases.includes(unit);
}

/** The catalogue entry for `id`; throws RegeconError `UNKNOWN_INDICATOR` listing the known ids. */
export function indicatorDef(id: string): IndicatorDef {
  const def = indicatorCatalogue().get(id);
  if (!def) {
    const { text, hint } = m.unknownIndicator(id, [...indicatorCatalogue().keys()]);
    throw new RegeconError("UNKNOWN_INDICATOR", text, hint);
  }
  return def;
}

/** What is wrong with a value: `NOT_NUMERIC` (not finite) or `IMPLAUSIBLE_VALUE` (outside its range), and the rule broken. */
export interface ValueProblem {
  code: "NOT_NUMERIC" | "IMPLAUSIBLE_VALUE";
  /** The rule, e.g. "gdp_current（地区生产总值）省级数值的合理范围是 0.5 至 500000 亿元". */
  rule: Text;
}

/**
 * Which regions a value belongs to, which decides the range that applies: a province (the catalogue's
 * range), the nation or a group of provinces (`aggregate`), or a region below province level (a city or
 * county of a tidy panel).
 */
export type RegionScope = m.RangeScope;

/**
 * A national or group total of a `level` indicator is at most the sum of the 31 provinces, so its
 * upper bound is 31 × the province bound (its lower bound stays the province one: a total is at least
 * as large as any of its members).
 */
export const AGGREGATE_FACTOR = 31;

/**
 * True when every value of `def` must be > 0: catalogue indicators aggregated as `level` (GDP, value
 * added, population), `ratio` (per-capita levels) or `realGrowthIndex` (indices 上年=100), none of which
 * can be 0 or negative. A `realGrowthIndex` indicator measured in % (`gdp_real_growth`) is a growth rate
 * and, like `rate` indicators, may be negative.
 */
export function mustBePositive(def: IndicatorDef | undefined): boolean {
  return def !== undefined && def.aggregation !== "rate" && def.unit !== "%";
}

/** The range a value of `def` must lie in for a region of `scope`: `low` (exclusive when `lowExclusive`) to `high`, either open. */
export interface PlausibleRange {
  low?: number;
  lowExclusive: boolean;
  high?: number;
}

/**
 * The plausible range of `def` for a region of `scope`:
 * - province: the catalogue's [plausible_min, plausible_max];
 * - aggregate (nation, group): the same, except that a `level`'s upper bound is AGGREGATE_FACTOR × the province one;
 * - subprovince: levels at most the province upper bound (no county exceeds the largest province) and > 0;
 *   other kinds only > 0 when `mustBePositive` (the catalogue states province ranges, not county ones).
 */
export function plausibleRange(def: IndicatorDef, scope: RegionScope): PlausibleRange {
  const { min, max } = def.plausible;
  if (scope === "province") return { low: min, lowExclusive: false, high: max };
  if (scope === "aggregate") return { low: min, lowExclusive: false, high: def.aggregation === "level" ? AGGREGATE_FACTOR * max : max };
  return { low: mustBePositive(def) ? 0 : undefined, lowExclusive: true, high: def.aggregation === "level" ? max : undefined };
}

/** True when `value` lies in `range`. */
export function inRange(value: number, range: PlausibleRange): boolean {
  if (range.low !== undefined && (range.lowExclusive ? value <= range.low : value < range.low)) return false;
  return range.high === undefined || value <= range.high;
}

/**
 * The one plausibility check for a stored value (folder loader, tidy and NBS importers). Every value
 * must be finite (`1e400` parses as Infinity, `1.7e308` is caught by the range: `NOT_NUMERIC` for the
 * first); a value of a catalogue indicator must lie in `plausibleRange(def, scope)` (`IMPLAUSIBLE_VALUE`).
 * `def` undefined means an indicator the user created (`--new-indicators`), which only needs to be
 * finite. Returns undefined when the value is plausible, else the problem (callers add file, line,
 * column and the raw value).
 */
export function checkValue(def: IndicatorDef | undefined, value: number, scope: RegionScope = "province"): ValueProblem | undefined {
  if (!Number.isFinite(value)) return { code: "NOT_NUMERIC", rule: m.notFiniteRule };
  if (!def) return undefined;
  const range = plausibleRange(def, scope);
  if (inRange(value, range)) return undefined;
  return { code: "IMPLAUSIBLE_VALUE", rule: m.outsideRangeRule(def, scope, range.low, range.lowExclusive, range.high) };
}

/** The RegeconError for a `checkValue` problem at `where` (file, line and column), naming the raw value. */
export function valueError(problem: ValueProblem, where: m.Location, raw: string): RegeconError {
  return new RegeconError(problem.code, m.implausibleValue(m.at(where), raw, problem.rule), problem.code === "NOT_NUMERIC" ? m.notFiniteHint : m.implausibleHint);
}
