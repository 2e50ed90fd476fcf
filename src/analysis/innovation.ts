import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { competitionRank } from "../stats/rank.js";
import { roundHalfUp } from "../stats/rounding.js";
import { shareOfTotal } from "../stats/share.js";
import { sum } from "../stats/sum.js";
import { NATIONAL_CODE } from "../types/observation.js";
import { groupLevel, type GroupValue } from "./aggregate.js";
import { GROUPING } from "./groupIds.js";
import { extremesOf } from "./rules/extremes.js";
import { aboveNational, INTENSITY_DECIMALS, intensityChange, supportedDecimals, TOP_PROVINCES } from "./rules/innovation.js";

/**
 * Facts of the section "新质生产力与创新" from the R&D statistics of the national communiqué on S&T
 * expenditure (data/nbs/rd.csv):
 * - provinces: R&D expenditure (亿元), published R&D intensity of the report year, its rank (competition
 *   ranking on the published figures) and the change from the revised intensity of the previous year;
 * - regions (四大板块): ΣR&D expenditure and its share of the 31-province sum; R&D intensity estimated on
 *   the basis of the published intensities, never from the database GDP: the published 2024 intensities
 *   rest on preliminary GDP (初步核算数), so each province's GDP is taken as the one its published
 *   intensity implies (R&D ÷ intensity × 100) and the region's intensity is ΣR&D ÷ Σ implied GDP × 100
 *   (an R&D-weighted harmonic mean of the provincial intensities). Its bounds follow from the
 *   intensities' rounding (±0.005), and it is shown with the decimals those bounds support.
 */

export const RD_EXPENDITURE = "rd_expenditure";
export const RD_INTENSITY = "rd_intensity";
export const RD_INTENSITY_REVISED = "rd_intensity_revised";
/** Half a unit of the published intensities' last decimal (0.005 percentage points). */
const HALF_UNIT = 0.5 / 10 ** INTENSITY_DECIMALS;

export interface ProvinceRd {
  code: string;
  name: string;
  nameEn: string;
  expenditure?: number;
  intensity?: number;
  /** Competition rank of the published intensity (1 = highest); tied when another province prints the same. */
  rank?: number;
  tied: boolean;
  /** Revised intensity of the previous year and the change to the report year (rules/innovation.ts). */
  previous?: number;
  change?: { direction: "rose" | "fell" | "unchanged"; points: number };
}

export interface RegionRd {
  id: string;
  name: string;
  nameEn: string;
  expenditure: GroupValue;
  /** ΣR&D ÷ Σ31 provinces × 100, %. */
  share?: number;
  /** Intensity on the published basis (see module doc), % unrounded, with its rounding bounds. */
  intensity?: { value: number; low: number; high: number };
}

export interface InnovationFacts {
  year: number;
  national: { expenditure?: number; intensity?: number; previous?: number; change?: ProvinceRd["change"] };
  provinces: ProvinceRd[];
  regions: RegionRd[];
  /** Σ R&D expenditure of the 31 provinces, 亿元. */
  provinceSum: GroupValue;
  /** Decimals at which every regional intensity is stated (rules/innovation.ts `supportedDecimals`). */
  regionDecimals: number;
  judgements: {
    /** The TOP_PROVINCES highest by rank (more when tied at the edge), highest first. */
    top: ProvinceRd[];
    aboveNational: ProvinceRd[];
    rose: ProvinceRd[];
    fell: ProvinceRd[];
    unchanged: ProvinceRd[];
    /** Largest rise in points (ties kept); [] when no province rose. */
    largestRise: ProvinceRd[];
    highestRegion: RegionRd[];
    lowestRegion: RegionRd[];
  };
}

/** Compute the facts for `year`. Throws RegeconError `UNKNOWN_GROUPING` without 四大板块. */
export function innovationFacts(dataset: Dataset, registry: Registry, year: number, regionGrouping: string = GROUPING.fourRegions): InnovationFacts {
  const intensities = registry.provinces.map((p) => dataset.value(RD_INTENSITY, p.code, year));
  const shown = intensities.map((v) => (v === undefined ? undefined : roundHalfUp(v, INTENSITY_DECIMALS)));
  const ranks = competitionRank(shown);
  const provinces: ProvinceRd[] = registry.provinces.map((p, i) => {
    const previous = dataset.value(RD_INTENSITY_REVISED, p.code, year - 1);
    return {
      code: p.code,
      name: p.name,
      nameEn: p.nameEn,
      expenditure: dataset.value(RD_EXPENDITURE, p.code, year),
      intensity: intensities[i],
      rank: ranks[i],
      tied: ranks[i] !== undefined && ranks.filter((r) => r === ranks[i]).length > 1,
      previous,
      change: intensityChange(previous, intensities[i]),
    };
  });
  const provinceSum = groupLevel(dataset, RD_EXPENDITURE, registry.provinces.map((p) => p.code), year);
  const regions = registry.grouping(regionGrouping).groups.map((g): RegionRd => {
    const members = provinces.filter((p) => membersInYear(g, year).includes(p.code));
    const expenditure = groupLevel(dataset, RD_EXPENDITURE, members.map((p) => p.code), year);
    return {
      id: g.id,
      name: g.name,
      nameEn: g.nameEn,
      expenditure,
      share: expenditure.value !== undefined && provinceSum.value !== undefined ? shareOfTotal(expenditure.value, provinceSum.value) : undefined,
      intensity: impliedIntensity(members),
    };
  });
  const nationalIntensity = dataset.value(RD_INTENSITY, NATIONAL_CODE, year);
  const nationalPrevious = dataset.value(RD_INTENSITY_REVISED, NATIONAL_CODE, year - 1);
  const ranked = provinces.filter((p) => p.rank !== undefined).sort((a, b) => a.rank! - b.rank!);
  const cutoff = ranked[TOP_PROVINCES - 1]?.rank;
  const rose = provinces.filter((p) => p.change?.direction === "rose");
  const regionDecimals = supportedDecimals(regions.flatMap((r) => (r.intensity ? [r.intensity] : [])), INTENSITY_DECIMALS);
  const regionExtreme = (which: "highest" | "lowest") => extremesOf(regions, (r) => r.intensity?.value, which, regionDecimals, "noJudgement");
  return {
    year,
    national: { expenditure: dataset.value(RD_EXPENDITURE, NATIONAL_CODE, year), intensity: nationalIntensity, previous: nationalPrevious, change: intensityChange(nationalPrevious, nationalIntensity) },
    provinces,
    regions,
    provinceSum,
    regionDecimals,
    judgements: {
      top: cutoff === undefined ? ranked : ranked.filter((p) => p.rank! <= cutoff),
      aboveNational: aboveNational(ranked, nationalIntensity),
      rose,
      fell: provinces.filter((p) => p.change?.direction === "fell"),
      unchanged: provinces.filter((p) => p.change?.direction === "unchanged"),
      largestRise: extremesOf(rose, (p) => p.change!.points, "highest", INTENSITY_DECIMALS, "skipMissing"),
      highestRegion: regionExtreme("highest"),
      lowestRegion: regionExtreme("lowest"),
    },
  };
}

/**
 * ΣR&D ÷ Σ(R&Dᵢ ÷ intensityᵢ × 100) × 100 over `members`, with bounds from intensityᵢ ∓ HALF_UNIT;
 * undefined when a member lacks R&D or intensity (or an intensity is too small to bound).
 */
function impliedIntensity(members: readonly ProvinceRd[]): RegionRd["intensity"] {
  if (members.length === 0 || members.some((p) => p.expenditure === undefined || p.intensity === undefined || p.intensity <= HALF_UNIT)) return undefined;
  const rd = sum(members.map((p) => p.expenditure!));
  const at = (shift: number) => (100 * rd) / sum(members.map((p) => (p.expenditure! / (p.intensity! + shift)) * 100));
  return { value: at(0), low: at(-HALF_UNIT), high: at(HALF_UNIT) };
}
