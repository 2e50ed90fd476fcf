import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import * as m from "../../messages/disparity.js";
import { theilDecomposition, type TheilDecomposition } from "../../stats/theilDecomposition.js";
import type { Text } from "../../types/text.js";
import { COMPUTED_GDP_PER_CAPITA, POPULATION_INDICATOR } from "./perCapita.js";
import { crossSectionWithData } from "./panel.js";
import { assignGroups, named, UNGROUPED } from "./groups.js";

/**
 * Theil decomposition of provincial disparity into between-group and within-group parts by a
 * grouping (四大板块, 南北 …), and the contribution of each part in % of the total.
 */

export interface TheilByGrouping {
  indicator: string;
  year: number;
  grouping: string;
  /** Undefined when data are missing. Groups in the grouping's order (groupings.csv), not by name. */
  decomposition: TheilDecomposition | undefined;
  /** Provinces left out: no value, no population (when weighted) or an unusable (≤ 0) value. */
  missing: string[];
  /** Provinces the decomposition covers (all 31 unless `partial` left some out), registry order. */
  covered: string[];
  ungrouped: string[];
  /** Chinese and English name of every group, by the group's key in `decomposition.groups`. */
  groupNames: Map<string, Text>;
}

/**
 * Theil decomposition (T by default, population-weighted by default) of `indicator` in `year` by the
 * groups of `grouping`. Missing or unusable provinces (or populations when weighted) → decomposition
 * undefined, unless `partial`: then it covers the provinces with usable data (≥ 2), listed in
 * `covered`, and the others in `missing`. Throws RegeconError `UNKNOWN_GROUPING` or
 * `GROUPING_NOT_PARTITION` (see `assignGroups`), `YEAR_NOT_AVAILABLE` when the year has no data.
 */
export function theilByGrouping(
  dataset: Dataset,
  registry: Registry,
  year: number,
  grouping: string,
  indicator: string = COMPUTED_GDP_PER_CAPITA,
  options: { kind?: "T" | "L"; weighted?: boolean; partial?: boolean } = {},
): TheilByGrouping {
  const assignment = assignGroups(registry, grouping, year);
  const cs = crossSectionWithData(dataset, registry, year, indicator);
  const weighted = options.weighted ?? true;
  const noWeight = weighted ? cs.missingPopulation : [];
  const keep = cs.codes.map((c) => !noWeight.includes(c));
  const codes = cs.codes.filter((_, i) => keep[i]);
  const values = cs.values.filter((_, i) => keep[i]);
  const pops = weighted ? cs.codes.map((c) => dataset.value(POPULATION_INDICATOR, c, year)!).filter((_, i) => keep[i]) : undefined;
  const missing = [...cs.missing, ...cs.invalid, ...noWeight];
  const ok = options.partial ? codes.length >= 2 : missing.length === 0;
  const groupNames = new Map(assignment.groups.map((g) => [g.name, named(g)] as [string, Text]));
  groupNames.set(UNGROUPED, m.ungroupedName);
  const decompose = () => theilDecomposition(values, codes.map((c) => assignment.groupOf.get(c)!), pops, options.kind ?? "T");
  return {
    indicator,
    year,
    grouping: assignment.grouping,
    decomposition: ok ? inGroupingOrder(decompose(), assignment.groups.map((g) => g.name)) : undefined,
    missing: registry.provinces.map((p) => p.code).filter((c) => missing.includes(c)),
    covered: ok ? codes : [],
    ungrouped: assignment.ungrouped,
    groupNames,
  };
}

/**
 * The decomposition with its groups in the grouping's own order (data/regions/groupings.csv:
 * 东部、中部、西部、东北; 北方、南方), the residual group `UNGROUPED` last. The stats function sorts
 * by name, which would put 东北 first.
 */
function inGroupingOrder(d: TheilDecomposition, order: readonly string[]): TheilDecomposition {
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  return { ...d, groups: [...d.groups].sort((a, b) => rank(a.group) - rank(b.group)) };
}

/** Contributions of a decomposition's parts, in % of the total. */
export interface ContributionShares {
  between: number;
  within: number;
  /** Each group's within-group contribution, in the decomposition's group order. */
  groups: number[];
}

/**
 * Contributions of a Theil decomposition in % of the total (between groups, within groups, and each
 * group's within-group part). Undefined when the total is not positive: with no disparity there is
 * nothing to share out (never shown as 0%). Each share is rounded on its own when displayed, so the
 * displayed shares may not add to 100.0.
 */
export function contributionShares(d: TheilDecomposition): ContributionShares | undefined {
  if (!(d.total > 0)) return undefined;
  const share = (v: number) => (100 * v) / d.total;
  return { between: share(d.between), within: share(d.within), groups: d.groups.map((g) => share(g.withinContribution)) };
}
