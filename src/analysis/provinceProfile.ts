import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { roundHalfUp } from "../stats/rounding.js";
import { shareOfTotal } from "../stats/share.js";
import type { RegionGroup } from "../types/region.js";
import { groupLevel } from "./aggregate.js";
import { SHARE_DECIMALS } from "./growthPattern.js";
import { REAL_GROWTH, SELF_FINANCING, provinceSeriesList, rankValues, type ProvinceSeries } from "./provinceSeries.js";
import { COMPUTED_GDP_PER_CAPITA } from "./disparity.js";
import { structureOf, type IndustryStructure } from "./strategies.js";

/**
 * One province over time (省份概况): GDP, real growth, per-capita GDP, per-capita disposable income and
 * the fiscal self-financing ratio, each with its rank among the 31 provinces (competition ranks on the
 * displayed values, as the map ranks them); the three-industry structure; and its place in its
 * region (default 四大板块): share of the region's GDP and rank of GDP within the region.
 */

/** The grouping whose group is "the province's region": 四大板块 (named by its English name, which the registry accepts). */
export const REGION_GROUPING = "four regions";

/** The series of the profile, in display order (ids of `provinceSeriesList`). */
export const PROFILE_SERIES = ["gdp_current", REAL_GROWTH, COMPUTED_GDP_PER_CAPITA, "income_per_capita_all", SELF_FINANCING] as const;

export interface RankedCell {
  value?: number;
  /** As displayed (rounded to the series' decimals). */
  shown?: number;
  rank?: number;
  tied: boolean;
}

export interface ProfileYear {
  year: number;
  /** By series id (PROFILE_SERIES); missing series have an empty cell. */
  cells: Record<string, RankedCell>;
  structure?: IndustryStructure;
  /** The province's share of its region's GDP (%), unrounded and displayed to 0.01; rank of its GDP in the region. */
  regionShare?: number;
  regionShareShown?: number;
  regionRank?: number;
  regionTied: boolean;
  regionSize: number;
}

export interface ProvinceProfile {
  code: string;
  name: string;
  nameEn: string;
  /** The region (group of `regionGrouping`) the province belongs to in the latest year. */
  region?: { grouping: string; name: string; nameEn: string };
  series: ProvinceSeries[];
  years: ProfileYear[];
}

/**
 * The profile of province `code` over the years with any of its series. Throws RegeconError
 * `UNKNOWN_REGION` for a code that is not a province and `UNKNOWN_GROUPING` for an unknown grouping.
 */
export function provinceProfile(dataset: Dataset, registry: Registry, code: string, regionGrouping = REGION_GROUPING, seriesList = provinceSeriesList(dataset, registry)): ProvinceProfile {
  const province = registry.province(code);
  const grouping = registry.grouping(regionGrouping);
  const series = PROFILE_SERIES.map((id) => seriesList.find((s) => s.id === id)).filter((s) => s !== undefined);
  const years = [...new Set(series.flatMap((s) => s.years))].sort((a, b) => a - b);
  const regionOf = (y: number): RegionGroup | undefined => grouping.groups.find((g) => membersInYear(g, y).includes(code));
  const latest = years.length > 0 ? regionOf(years[years.length - 1]!) : undefined;
  return {
    code,
    name: province.name,
    nameEn: province.nameEn,
    region: latest ? { grouping: grouping.name, name: latest.name, nameEn: latest.nameEn } : undefined,
    series,
    years: years.map((y) => {
      const cells: Record<string, RankedCell> = {};
      for (const s of series) {
        const ranked = rankValues(registry.provinces.map((p) => ({ code: p.code, value: s.value(p.code, y)?.value })), s.decimals);
        const mine = ranked.find((r) => r.code === code)!;
        cells[s.id] = { value: s.value(code, y)?.value, shown: mine.shown, rank: mine.rank, tied: mine.tied };
      }
      const region = regionOf(y);
      const members = region ? membersInYear(region, y) : [];
      const gdp = dataset.value("gdp_current", code, y);
      const regionGdp = groupLevel(dataset, "gdp_current", members, y).value;
      const regionShare = gdp !== undefined && regionGdp !== undefined ? shareOfTotal(gdp, regionGdp) : undefined;
      const inRegion = rankValues(members.map((c) => ({ code: c, value: dataset.value("gdp_current", c, y) })), 1).find((r) => r.code === code);
      return {
        year: y,
        cells,
        structure: structureOf(dataset, [code], y),
        regionShare,
        regionShareShown: regionShare === undefined ? undefined : roundHalfUp(regionShare, SHARE_DECIMALS),
        regionRank: inRegion?.rank,
        regionTied: inRegion?.tied ?? false,
        regionSize: members.length,
      };
    }),
  };
}
