import type { IndicatorDef } from "../../types/indicator.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import { acceptsUnit, checkValue, indicatorCatalogue, type RegionScope } from "../indicators.js";
import type { Registry } from "../registry.js";
import { crossSectionProblem, type CrossSectionProblem } from "./plausibility.js";

/**
 * The tidy CSV rules that look at a file's distinct values rather than at one row: the region a cell
 * names, the unit each indicator is stored with, the plausible range of a group of values, the
 * magnitude of a cross-section, the source text. The tidy parser (`tidyParser`) applies them row by
 * row; the large-file path (`largeTidyCsv.ts`) applies them to what DuckDB aggregated, so both decide
 * the same.
 */

/** Id of an indicator a user creates with `--new-indicators`: lower-case letters, digits, underscores. */
export const NEW_INDICATOR_ID = /^[a-z][a-z0-9_]*$/;

/** At most this many source cells make the source text (the first ones, in file order). */
export const SOURCES_KEPT = 20;

/** A region cell resolved: its GB/T 2260 code and the scope of its plausible ranges. */
export interface TidyRegion {
  code: string;
  scope: RegionScope;
}

/**
 * The region a (cleaned) cell names: any spelling the registry knows, or a six-digit code it can place
 * (`Registry.isKnownRegionCode`); undefined for anything else (`UNKNOWN_REGION_NAMES`).
 */
export function tidyRegion(registry: Registry, raw: string): TidyRegion | undefined {
  const code = registry.lookup(raw) ?? (registry.isKnownRegionCode(raw) ? raw : undefined);
  if (code === undefined) return undefined;
  return { code, scope: code === NATIONAL_CODE ? "aggregate" : registry.isProvince(code) ? "province" : "subprovince" };
}

/** An (indicator, unit cell) pair of a file's rows and the first row holding it (a line, or any number in file order). */
export interface UnitPair {
  indicator: string;
  unit: string;
  first: number;
}

/** The indicator and unit rules applied to a file's pairs. */
export interface UnitVerdict {
  /** First row breaking a rule (`UNKNOWN_INDICATOR` or `UNIT_MISMATCH`), if any. */
  failure?: number;
  /** Stored unit per indicator, in order of the indicator's first row. */
  units: Map<string, string>;
  /** Indicators the file creates (not in the catalogue), with their unit. */
  newIndicators: Map<string, string>;
}

/**
 * The tidy parser's indicator rules on distinct (indicator, unit) pairs: a catalogue indicator is stored
 * with the catalogue's unit and a non-empty unit cell must denote it (`acceptsUnit`); with
 * `allowNewIndicators` any other id matching NEW_INDICATOR_ID is created with the unit of its first row,
 * which must not be empty, and its later non-empty unit cells must repeat it; without it any other id is
 * unknown.
 */
export function unitVerdict(pairs: readonly UnitPair[], allowNewIndicators: boolean): UnitVerdict {
  const catalogue = indicatorCatalogue();
  const byIndicator = new Map<string, UnitPair[]>();
  for (const p of [...pairs].sort((a, b) => a.first - b.first)) {
    const list = byIndicator.get(p.indicator);
    if (list) list.push(p);
    else byIndicator.set(p.indicator, [p]);
  }
  const failures: number[] = [];
  const units = new Map<string, string>();
  const newIndicators = new Map<string, string>();
  for (const [indicator, list] of byIndicator) {
    const def = catalogue.get(indicator);
    const defining = list[0]!;
    if (!def && !(allowNewIndicators && NEW_INDICATOR_ID.test(indicator) && defining.unit !== "")) {
      failures.push(defining.first);
      continue;
    }
    const unit = def ? def.unit : defining.unit;
    for (const p of list) if (p.unit !== "" && (def ? !acceptsUnit(def, p.unit) : p.unit !== unit)) failures.push(p.first);
    units.set(indicator, unit);
    if (!def) newIndicators.set(indicator, unit);
  }
  return { failure: failures.length > 0 ? Math.min(...failures) : undefined, units, newIndicators };
}

/** Values of one indicator for one year and one region scope: how many, their range, and the first row. */
export interface ValueGroup {
  indicator: string;
  year: number;
  scope: RegionScope;
  count: number;
  min: number;
  max: number;
  first: number;
}

/**
 * True when every value of the groups passes `checkValue` for its indicator and scope: the plausible
 * range is an interval, so a group's smallest and largest values decide.
 */
export function valuesPlausible(groups: readonly ValueGroup[]): boolean {
  const catalogue = indicatorCatalogue();
  return groups.every((g) => {
    const def = catalogue.get(g.indicator);
    return checkValue(def, g.min, g.scope) === undefined && checkValue(def, g.max, g.scope) === undefined;
  });
}

/**
 * The cross-section the tidy parser would refuse first (`CrossSections.problem`: province values of a
 * `level` indicator in one year too alike), taking the (indicator, year) cross-sections in order of
 * their first row.
 */
export function firstCrossSectionProblem(groups: readonly ValueGroup[]): (CrossSectionProblem & { first: number }) | undefined {
  const catalogue = indicatorCatalogue();
  const sections = groups.filter((g) => g.scope === "province").sort((a, b) => a.first - b.first);
  for (const g of sections) {
    const def: IndicatorDef | undefined = catalogue.get(g.indicator);
    const p = def && crossSectionProblem(def, g.year, g.count, g.min, g.max);
    if (p) return { ...p, first: g.first };
  }
  return undefined;
}

/** The source text of a tidy file: its first SOURCES_KEPT distinct non-empty source cells, in file order, joined by "; ". */
export function sourceText(sources: readonly { source: string; first: number }[]): string | undefined {
  const kept = sources
    .filter((s) => s.source !== "")
    .sort((a, b) => a.first - b.first)
    .slice(0, SOURCES_KEPT)
    .map((s) => s.source);
  return kept.length > 0 ? kept.join("; ") : undefined;
}
