import { membersInYear, type Registry } from "../../data/registry.js";
import * as m from "../../messages/disparity.js";
import { RegeconError } from "../../types/errors.js";
import type { Text } from "../../types/text.js";

/**
 * Provinces assigned to the groups of a grouping (四大板块, 南北 …) as valid in a year, checked to be
 * a partition, as a Theil decomposition and conditional β-convergence need.
 */

/**
 * The groupings the report decomposes by, named by their English names in data/regions/groupings.csv
 * (`Registry.grouping` accepts either name): 四大板块 (the four regions) and 南北 (north and south).
 */
export const FOUR_REGIONS = "four regions";
export const NORTH_SOUTH = "north-south";

/** Key of the residual group for provinces a grouping leaves out (its name is `m.ungroupedName`). */
export const UNGROUPED = m.ungroupedName.zh;

/** The Chinese and English names of a region, group or grouping (data from data/regions/). */
export const named = (x: { name: string; nameEn: string }): Text => ({ zh: x.name, en: x.nameEn });

/** Province → group of a grouping valid in one year. */
export interface GroupAssignment {
  grouping: string;
  /** Group name per province code (`UNGROUPED` for provinces in no group). */
  groupOf: Map<string, string>;
  /** Groups in grouping order (data/regions/groupings.csv), with both names. */
  groups: { name: string; nameEn: string }[];
  /** Provinces in no group of this grouping (they form the group `UNGROUPED`). */
  ungrouped: string[];
}

/**
 * Assign provinces to the groups of grouping `name` valid in `year` (via `membersInYear`).
 * Throws RegeconError `UNKNOWN_GROUPING` (from the registry) or `GROUPING_NOT_PARTITION` when a
 * province belongs to two groups (e.g. 区域重大战略: 长三角 and 长江经济带 overlap).
 */
export function assignGroups(registry: Registry, name: string, year: number): GroupAssignment {
  const grouping = registry.grouping(name);
  const groupOf = new Map<string, string>();
  for (const g of grouping.groups) {
    for (const code of membersInYear(g, year)) {
      const other = grouping.groups.find((x) => x.name === groupOf.get(code));
      if (other !== undefined && other.name !== g.name) {
        const text = m.groupingNotPartition(named(grouping), year, named(registry.province(code)), named(other), named(g));
        throw new RegeconError("GROUPING_NOT_PARTITION", text, m.partitionHint);
      }
      groupOf.set(code, g.name);
    }
  }
  const ungrouped = registry.provinces.map((p) => p.code).filter((c) => !groupOf.has(c));
  for (const c of ungrouped) groupOf.set(c, UNGROUPED);
  return { grouping: grouping.name, groupOf, groups: grouping.groups.map((g) => ({ name: g.name, nameEn: g.nameEn })), ungrouped };
}

/**
 * Names of the registry's groupings usable for a Theil decomposition in every one of `years`: those
 * whose groups do not overlap (a partition; provinces outside every group form `UNGROUPED`).
 * 区域重大战略 is not one.
 */
export function decompositionGroupings(registry: Registry, ...years: number[]): string[] {
  return registry.groupings
    .filter((g) => years.every((y) => isPartition(registry, g.name, y)))
    .map((g) => g.name);
}

function isPartition(registry: Registry, name: string, year: number): boolean {
  try {
    assignGroups(registry, name, year);
    return true;
  } catch (e) {
    if (e instanceof RegeconError && e.code === "GROUPING_NOT_PARTITION") return false;
    throw e;
  }
}
