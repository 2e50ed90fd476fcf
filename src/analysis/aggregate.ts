import type { Dataset } from "../data/dataset.js";
import type { Registry } from "../data/registry.js";
import { groupKey } from "../data/folder.js";
import { indicatorDef } from "../data/indicators.js";
import type { RegionGroup } from "../types/region.js";
import { growthFromIndex } from "../stats/growth.js";
import { sum } from "../stats/sum.js";
import { weightedMean } from "../stats/weightedMean.js";

/** A computed group value, or the reason it is missing. */
export interface GroupValue {
  /** Undefined when any needed member value is missing (never a partial sum). */
  value: number | undefined;
  /** Member codes whose value (or weight) is missing. */
  missing: string[];
  /** True when the value is a total the source published for the group, not a sum of members. */
  publishedTotal: boolean;
  /** Source ids and vintages of the observations used. */
  sources: string[];
  vintages: string[];
}

/**
 * Sum of an additive (`level`) indicator over `members` in `year`, e.g. a region's GDP in 亿元.
 * When the dataset holds a total published for the group itself (group_totals.csv), that total is
 * used and flagged `publishedTotal`. Otherwise the value is missing when any member is missing.
 * Throws RegeconError `UNKNOWN_INDICATOR` for an indicator outside the catalogue and Error when the
 * indicator is not additive (a programming error: use groupRatio or groupRealGrowth).
 */
export function groupLevel(dataset: Dataset, indicator: string, members: readonly string[], year: number, group?: RegionGroup): GroupValue {
  const def = indicatorDef(indicator);
  if (def.aggregation !== "level") throw new Error(`groupLevel: ${indicator} is ${def.aggregation}, not additive`);
  if (group) {
    const published = dataset.get(indicator, groupKey(group.grouping, group.name), year);
    if (published) return { value: published.value, missing: [], publishedTotal: true, sources: [published.source], vintages: [published.vintage] };
  }
  const obs = members.map((code) => dataset.get(indicator, code, year));
  const missing = members.filter((_, i) => obs[i] === undefined);
  const present = obs.filter((o) => o !== undefined);
  return {
    value: missing.length === 0 && members.length > 0 ? sum(present.map((o) => o.value)) : undefined,
    missing,
    publishedTotal: false,
    sources: unique(present.map((o) => o.source)),
    vintages: unique(present.map((o) => o.vintage)),
  };
}

/**
 * Real growth rate (%) of one region in `year`: `gdp_real_growth` when given, else
 * `gdp_index_prev_year` − 100 (地区生产总值指数, 上年=100). Undefined when missing.
 */
export function realGrowthOf(dataset: Dataset, code: string, year: number): Sourced | undefined {
  const direct = dataset.get("gdp_real_growth", code, year);
  if (direct) return { value: direct.value, source: direct.source, vintage: direct.vintage };
  const index = dataset.get("gdp_index_prev_year", code, year);
  return index ? { value: growthFromIndex(index.value), source: index.source, vintage: index.vintage } : undefined;
}

/** An observed value with its provenance (an Observation or a derived value such as real growth). */
type Sourced = { value: number; source: string; vintage: string };

/**
 * Weighted mean Σ(xᵢ·wᵢ)/Σwᵢ over `members`, with each member's value and weight looked up by the
 * given functions. Missing (listing the members) when any member lacks its value or its weight.
 */
export function groupWeightedMean(members: readonly string[], valueOf: (code: string) => Sourced | undefined, weightOf: (code: string) => Sourced | undefined): GroupValue {
  const xs = members.map(valueOf);
  const ws = members.map(weightOf);
  const missing = members.filter((_, i) => xs[i] === undefined || ws[i] === undefined);
  const used = [...xs, ...ws].filter((o) => o !== undefined);
  return {
    value: missing.length === 0 && members.length > 0 ? weightedMean(xs.map((o) => o!.value), ws.map((o) => o!.value)) : undefined,
    missing,
    publishedTotal: false,
    sources: unique(used.map((o) => o.source)),
    vintages: unique(used.map((o) => o.vintage)),
  };
}

/**
 * Real GDP growth (%) of a group in `year`: the mean of members' real growth weighted by their
 * previous-year nominal GDP (gdp_current, year − 1), as NBS and the reference report compute regional
 * growth (DOMAIN notes). Missing when any member's growth or weight is missing.
 */
export function groupRealGrowth(dataset: Dataset, members: readonly string[], year: number): GroupValue {
  return groupWeightedMean(members, (c) => realGrowthOf(dataset, c, year), (c) => dataset.get("gdp_current", c, year - 1));
}

/**
 * A ratio indicator for a group as Σnumerator / Σdenominator × factor (e.g. per-capita GDP in 元/人 =
 * ΣGDP 亿元 / Σpopulation 万人 × 10⁴), never the mean of member ratios. Missing when any member's
 * numerator or denominator is missing. Throws Error when the indicator is not a ratio.
 */
export function groupRatio(dataset: Dataset, indicator: string, members: readonly string[], year: number): GroupValue {
  const def = indicatorDef(indicator);
  if (!def.ratioOf) throw new Error(`groupRatio: ${indicator} is not a ratio of levels`);
  const num = groupLevel(dataset, def.ratioOf.numerator, members, year);
  const den = groupLevel(dataset, def.ratioOf.denominator, members, year);
  const missing = unique([...num.missing, ...den.missing]);
  return {
    value: num.value !== undefined && den.value !== undefined && den.value > 0 ? (num.value / den.value) * def.ratioOf.factor : undefined,
    missing,
    publishedTotal: false,
    sources: unique([...num.sources, ...den.sources]),
    vintages: unique([...num.vintages, ...den.vintages]),
  };
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort();
}

/** Years with at least one provincial observation of `indicator` (national rows ignored), ascending. */
export function provinceYears(dataset: Dataset, registry: Registry, indicator: string): number[] {
  const ys = new Set(dataset.observations(indicator).filter((o) => registry.isProvince(o.regionCode)).map((o) => o.year));
  return [...ys].sort((a, b) => a - b);
}
