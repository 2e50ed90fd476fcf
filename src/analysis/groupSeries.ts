import type { Dataset } from "../data/dataset.js";
import { indicatorDef } from "../data/indicators.js";
import { membersInYear, type Registry } from "../data/registry.js";
import * as m from "../messages/groupSeries.js";
import { roundHalfUp, roundShares } from "../stats/rounding.js";
import { shareOfTotal } from "../stats/share.js";
import { sum } from "../stats/sum.js";
import { RegeconError } from "../types/errors.js";
import { groupLevel, groupRatio, groupRealGrowth, type GroupValue } from "./aggregate.js";
import { SHARE_DECIMALS } from "./growthPattern.js";
import { GROWTH_DECIMALS } from "./rules/growth.js";
import { displayDecimals } from "./provinceSeries.js";

/**
 * Series of the groups of one grouping (四大板块, 南北, 区域重大战略) over the years, for one indicator
 * and one measure, computed as the report computes them:
 * - `level`: Σ members for additive indicators (`groupLevel`, a total the source published for the
 *   group is used as is), Σnumerator / Σdenominator for ratios (`groupRatio`);
 * - `share`: the level as % of the sum of the 31 provinces (or, when provinces are missing, of the sum
 *   of published group totals of a partition, as `growthPatternFacts`); displayed shares of a
 *   partition use largest-remainder rounding so they add to 100;
 * - `realGrowth`: real GDP growth, the members' real growth weighted by previous-year GDP
 *   (`groupRealGrowth`), rounded to 0.1.
 * Members follow `Membership`: by default those of the last year shown, in every year (as the report's
 * strategy shares); or those valid in each year (`membersInYear`). A group whose members are missing
 * has a missing value that lists them (never a partial sum).
 */

/**
 * Which provinces a group counts in each year:
 * - `fixed`: the members of the last year shown, in every year (constant composition): a share moves
 *   with growth, not with a province joining. The report computes the strategy regions' shares so
 *   ("2014~2024年各年均按2024年的成员范围计算", analysis/strategies.ts).
 * - `yearly`: the members valid in each year: a province joining shows as a jump, a group before its
 *   first member's start has no value.
 * Groupings without dated members (四大板块, 南北) give the same series either way.
 */
export type Membership = "fixed" | "yearly";
export const MEMBERSHIPS: readonly Membership[] = ["fixed", "yearly"];
/** The report's choice (see `Membership`). */
export const DEFAULT_MEMBERSHIP: Membership = "fixed";

export type GroupMeasure = "level" | "share" | "realGrowth";

/** The measures an indicator supports: levels and shares for additive ones, levels for ratios, growth for GDP. */
export function measuresOf(indicator: string): GroupMeasure[] {
  const def = indicatorDef(indicator);
  if (def.aggregation === "level") return indicator === "gdp_current" ? ["level", "share", "realGrowth"] : ["level", "share"];
  if (def.aggregation === "ratio" && def.ratioOf) return ["level"];
  return [];
}

export interface GroupPoint {
  year: number;
  value: GroupValue;
  /** The value as displayed: rounded to the measure's decimals (shares of a partition by largest remainder). */
  shown?: number;
}

export interface GroupLine {
  name: string;
  nameEn: string;
  points: GroupPoint[];
}

export interface GroupSeriesResult {
  grouping: string;
  groupingEn: string;
  indicator: string;
  measure: GroupMeasure;
  /** Decimals of `shown`. */
  decimals: number;
  years: number[];
  groups: GroupLine[];
  /** True when every province is in exactly one group in every year (shares then add to 100). */
  partition: boolean;
  /** Denominator of shares per year: "provinceSum" (Σ31) or "groupTotals" (Σ published group totals). */
  denominators?: { year: number; kind: "provinceSum" | "groupTotals"; value?: number; missing: string[] }[];
  /** How members were counted, and for `fixed` the year whose members every year uses. */
  membership: Membership;
  membershipYear?: number;
  /**
   * Members whose validity starts or ends within the years shown: with `yearly` membership they join or
   * leave there; with `fixed` membership those of the fixed year are counted in every year all the same.
   */
  compositionChanges: { group: string; groupEn: string; code: string; validFrom?: number; validTo?: number }[];
}

/**
 * Compute the series. Throws RegeconError `UNKNOWN_GROUPING` (from the registry), and
 * `BAD_ARGUMENT` when the measure does not apply to the indicator (see `measuresOf`).
 */
export function groupSeries(
  dataset: Dataset,
  registry: Registry,
  options: { grouping: string; indicator: string; measure: GroupMeasure; years: readonly number[]; membership?: Membership },
): GroupSeriesResult {
  const { indicator, measure } = options;
  const grouping = registry.grouping(options.grouping);
  if (!measuresOf(indicator).includes(measure)) throw new RegeconError("BAD_ARGUMENT", m.measureNotApplicable(indicator, measure), m.measuresAvailable(measuresOf(indicator)));
  const years = [...options.years].sort((a, b) => a - b);
  const membership = options.membership ?? DEFAULT_MEMBERSHIP;
  const membershipYear = membership === "fixed" ? years[years.length - 1] : undefined;
  const groups = grouping.groups.filter((g) => g.members.some((x) => x.level === "province"));
  const membersOf = (g: (typeof groups)[number], y: number) => membersInYear(g, membershipYear ?? y);
  const codes = registry.provinces.map((p) => p.code);
  const partition = years.every((y) => {
    const counts = new Map<string, number>();
    for (const g of groups) for (const c of membersOf(g, y)) counts.set(c, (counts.get(c) ?? 0) + 1);
    return codes.every((c) => counts.get(c) === 1);
  });

  const valueOf = (g: (typeof groups)[number], y: number): GroupValue => {
    const members = membersOf(g, y);
    if (measure === "realGrowth") return groupRealGrowth(dataset, members, y);
    return indicatorDef(indicator).aggregation === "level" ? groupLevel(dataset, indicator, members, y, g) : groupRatio(dataset, indicator, members, y);
  };
  const lines: GroupLine[] = groups.map((g) => ({ name: g.name, nameEn: g.nameEn, points: years.map((y) => ({ year: y, value: valueOf(g, y) })) }));

  let denominators: GroupSeriesResult["denominators"];
  if (measure === "share") {
    denominators = years.map((y, i) => {
      const provinceSum = groupLevel(dataset, indicator, codes, y);
      const levels = lines.map((l) => l.points[i]!.value.value);
      if (provinceSum.value !== undefined || !partition || levels.some((v) => v === undefined)) return { year: y, kind: "provinceSum", value: provinceSum.value, missing: provinceSum.missing };
      return { year: y, kind: "groupTotals", value: sum(levels as number[]), missing: provinceSum.missing };
    });
    years.forEach((_, i) => {
      const denom = denominators![i]!.value;
      const shares = lines.map((l) => {
        const v = l.points[i]!.value.value;
        return v === undefined || denom === undefined ? undefined : shareOfTotal(v, denom);
      });
      const shown = roundShares(shares, SHARE_DECIMALS);
      lines.forEach((l, k) => {
        const p = l.points[i]!;
        p.value = { ...p.value, value: shares[k] };
        p.shown = shown[k];
      });
    });
  }
  const decimals = measure === "share" ? SHARE_DECIMALS : measure === "realGrowth" ? GROWTH_DECIMALS : displayDecimals(indicatorDef(indicator).unitEn);
  if (measure !== "share") for (const l of lines) for (const p of l.points) p.shown = p.value.value === undefined ? undefined : roundHalfUp(p.value.value, decimals);

  const first = years[0];
  const last = years[years.length - 1];
  const compositionChanges = groups.flatMap((g) =>
    g.members
      .filter((x) => x.level === "province" && first !== undefined && last !== undefined)
      .filter((x) => (x.validFrom !== undefined && x.validFrom > first! && x.validFrom <= last!) || (x.validTo !== undefined && x.validTo >= first! && x.validTo < last!))
      .map((x) => ({ group: g.name, groupEn: g.nameEn, code: x.code, validFrom: x.validFrom, validTo: x.validTo })),
  );
  return { grouping: grouping.name, groupingEn: grouping.nameEn, indicator, measure, decimals, years, groups: lines, partition, denominators, membership, membershipYear, compositionChanges };
}
