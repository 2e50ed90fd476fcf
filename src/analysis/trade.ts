import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { nominalGrowth } from "../stats/growth.js";
import { groupLevel, provinceYears, type GroupValue } from "./aggregate.js";
import { GROUPING } from "./groupIds.js";

/**
 * Goods trade (货物进出口总额, 千美元 as sourced) by 四大板块 in the report year and the year before,
 * under both provincial allocations NBS publishes: by location of the trading firm (经营单位所在地)
 * and by domestic destination and source of the goods (境内目的地和货源地). Region values are sums
 * of the members; growth is in US dollars at current prices. The sum of the 31 provinces is given
 * beside the regions (provinces need not add up to the national customs total).
 * Exports and imports separately end earlier than the totals: their provincial years are reported so
 * the section can say that totals, not exports, are available.
 */

/** Trade totals, in the order the section states them (the first is the one the prose uses). */
export const TRADE_TOTALS = ["trade_total_by_operator_location", "trade_total_by_destination_source"] as const;
/** Exports by province under the two allocations (years reported, not analysed). */
export const EXPORT_INDICATORS = ["exports_by_source", "exports_by_operator_location"] as const;

export interface TradeValue {
  before: GroupValue;
  after: GroupValue;
  /** Nominal growth in US dollars, %. */
  growth?: number;
}

export interface TradeFacts {
  year: number;
  /** One entry per TRADE_TOTALS indicator. */
  totals: {
    indicator: string;
    regions: ({ id: string; name: string; nameEn: string } & TradeValue)[];
    provinceSum: TradeValue;
  }[];
  /** Provincial years with export data (either allocation), ascending. */
  exportYears: number[];
}

/** Compute the trade facts for `year`. Throws RegeconError `UNKNOWN_GROUPING` without 四大板块. */
export function tradeFacts(dataset: Dataset, registry: Registry, year: number, regionGrouping: string = GROUPING.fourRegions): TradeFacts {
  const value = (indicator: string, members: (y: number) => readonly string[]): TradeValue => {
    const before = groupLevel(dataset, indicator, members(year - 1), year - 1);
    const after = groupLevel(dataset, indicator, members(year), year);
    return { before, after, growth: before.value !== undefined && after.value !== undefined ? nominalGrowth(before.value, after.value) : undefined };
  };
  const all = registry.provinces.map((p) => p.code);
  return {
    year,
    totals: TRADE_TOTALS.map((indicator) => ({
      indicator,
      regions: registry.grouping(regionGrouping).groups.map((g) => ({ id: g.id, name: g.name, nameEn: g.nameEn, ...value(indicator, (y) => membersInYear(g, y)) })),
      provinceSum: value(indicator, () => all),
    })),
    exportYears: [...new Set(EXPORT_INDICATORS.flatMap((i) => provinceYears(dataset, registry, i)))].sort((a, b) => a - b),
  };
}
