import type { UnitClass } from "../messages/checkWords.js";

export type { UnitClass };

/**
 * The shapes of the claim checker (`regecon check`): what the reader finds in a text (numbers, subjects,
 * claims) and what verification adds (computed values, verdicts). The `--json` output of the command is
 * built from these (issue 11's interface: id, sentence, span, start, end, kind, subject, year, indicator,
 * stated, computed, verdict, explanation).
 */

import type { Approx } from "../analysis/rules/claimMatch.js";

export type { Approx };

/**
 * One number as printed in the text. `value` is in `unit` (134.9 with unit 万亿元); `decimals` are the
 * printed decimals (39.0 → 1), which give the rounding interval; `scale` turns the value into the
 * base unit of its class (万亿元 → 亿元: 10000).
 */
export interface NumberToken {
  start: number;
  end: number;
  raw: string;
  value: number;
  decimals: number;
  unit: string;
  unitClass: UnitClass;
  /** Factor from `unit` to the class's base unit (亿元, 元, 万人, %, 千美元 …). */
  scale: number;
  /** Base unit the scaled value is in: "亿元", "元", "万人", "%", "千美元", "" … */
  baseUnit: string;
  approx: Approx;
  /** The approximate word as written ("约", "近", "超过" …), when any. */
  approxWord?: string;
  /** Upper bound of a range ("5万亿~10万亿元": value 5, upper 10, unit 万亿元; approx "between"). */
  upper?: number;
  /** Written in Chinese numerals (百分之五点二, 十四万亿). */
  chinese: boolean;
}

/** A region a claim is about: a province (GB/T 2260 code), a registry group, or the nation. */
export type Subject =
  | { kind: "province"; code: string; name: string }
  | { kind: "group"; grouping: string; name: string }
  | { kind: "national"; name: string }
  /** A city-level member of a grouping (深圳, 香港 in 粤港澳大湾区), with city GDP data. */
  | { kind: "city"; code: string; name: string }
  /** The 31 provinces together ("31个省份合计"), which differ from the national total. */
  | { kind: "provinceSum"; name: string };

/** The kinds of claims the reader extracts (issue 11). */
export type ClaimKind = "level" | "share" | "growth" | "points" | "rank" | "count" | "ratio" | "structure" | "milestone" | "index" | "direction";

/**
 * What exactly is claimed, in the engine's terms: enough to compute it again.
 * - level: the value of `indicator` (or a derived rate) for the subject in `year`;
 * - growth: its growth on `year − 1` (real for GDP, nominal from levels otherwise);
 * - share: its share of `of` (全国 or a group; undefined: 全国 with both denominators tried);
 * - points: the change of `base` between `fromYear` and `year`, or its gap to `comparator`, in 个百分点; with
 *   `spread`, the gap between the highest and the lowest member of the subject group (区内最高与最低相差);
 * - rank: rank among provinces (or members of `within`) of the level or the growth; with `streakFrom`, the
 *   same rank in every year from then to `year` (自2006年以来连续19年);
 * - count: number of provinces of `within` meeting `condition`;
 * - structure: share of sector `part` (0, 1, 2) in the three-industry structure;
 * - milestone: the level reached `threshold` in `year` (first time: it was below in `year − 1`; first
 *   among provinces (全国首个超过): no other province reached it in an earlier or the same year);
 * - change: the change of the level between `fromYear` and `year`, in the level's unit (增加2969.7亿元);
 * - index: a disparity index of the provincial distribution (cv, theil, sd, range, moran);
 * - relative: the level of the subject divided by, or minus, the level of `of` (东部与西部地区人均地区生产总值之比);
 * - direction: the way a from/to went ("占比略有下降，分别由2023年的21.5%下降到2024年的21.44%"): the sign
 *   of the change of `base` from `fromYear` to `year`, both years in the same vintage.
 */
export type Measure =
  | { kind: "level" }
  /**
   * `sign` −1: written as a fall ("下降4.5%"), so the stated rate is −4.5. `annualFrom`: an average
   * annual rate since that year ("年均增长"), compounded from levels. `pointsLikely`: a % after 比上年回落/提高,
   * where a change in 个百分点 was probably meant (the explanation says so when contradicted). `currency`: the
   * base unit of the level the sentence gives with the rate (外贸进出口额达10457.2亿元，增长9.4%): a rate of
   * a value in another currency than the data's cannot be checked.
   */
  | { kind: "growth"; sign?: -1; annualFrom?: number; pointsLikely?: boolean; currency?: string }
  /** `ofIndicator`: the share of the claim's indicator in another indicator of the same region (第三产业增加值占地区生产总值的比重). */
  | { kind: "share"; of?: Subject; ofIndicator?: string }
  | { kind: "points"; base: "growth" | "share" | "level"; of?: Subject; fromYear?: number; comparator?: Subject; sign?: 1 | -1; absolute?: boolean; spread?: boolean }
  | { kind: "rank"; by: "level" | "growth"; within?: Subject; tied?: boolean; top?: boolean; streakFrom?: number }
  | { kind: "count"; within?: Subject; condition: CountCondition }
  | { kind: "structure"; part: 0 | 1 | 2 }
  | { kind: "milestone"; first: boolean; firstAmongProvinces?: boolean }
  | { kind: "change"; fromYear: number; sign?: 1 | -1 }
  | { kind: "ratio" }
  | { kind: "index"; index: DisparityIndexName }
  | { kind: "direction"; base: "growth" | "share" | "level"; fromYear: number; sign: 1 | -1; of?: Subject; ofIndicator?: string }
  /** The subject's level relative to another region's: their ratio (之比, 前者是后者的1.60倍) or difference (差额). */
  | { kind: "relative"; op: "ratio" | "difference"; of: Subject };

/** Conditions of count claims ("有7个省份增速高于全国", "超过10万亿元的省份有2个", "居全国前十"). */
export type CountCondition =
  | { kind: "growthAboveNational" }
  | { kind: "growthBelowNational" }
  | { kind: "levelAbove"; threshold: number }
  | { kind: "levelBelow"; threshold: number }
  /** A rate or percentage above / below the nation's ("7个省份R&D经费投入强度高于全国水平"). */
  | { kind: "levelAboveNational" }
  | { kind: "levelBelowNational" }
  | { kind: "topN"; n: number; by: "level" | "growth" }
  /** How many provinces the group has ("西部地区12个省份中"). */
  | { kind: "members" };

export type DisparityIndexName = "cvWeighted" | "theilT" | "sd" | "range" | "moranI";

/** One extracted claim (before verification). */
export interface Claim {
  id: string;
  /** The sentence holding the claim, as in the plain text. */
  sentence: string;
  /** Exact substring holding the number claim; `start`/`end` are offsets in the plain text. */
  span: string;
  start: number;
  end: number;
  kind: ClaimKind;
  subject?: Subject;
  /** A subject named in the text that the registry does not know (reported, not guessed). */
  unknownSubject?: string;
  year?: number;
  /** Year whose group membership applies (the later year of a from/to: "由2018年的22.1万亿元增至2024年的…" uses 长三角 of 2024). */
  asOfYear?: number;
  /** Catalogue indicator id, or a derived quantity (see `DERIVED_QUANTITIES`). */
  indicator?: string;
  measure?: Measure;
  /** The method the text names for the figure, when it names one. */
  method?: StatedMethod;
  /** The text says 内地 (粤港澳大湾区内地9市): a city group's figure is of its mainland cities only. */
  mainland?: boolean;
  stated: NumberToken;
  /** Why the reader could not make a checkable claim of the number (missing subject, unknown indicator …). */
  gap?: ClaimGap;
}

/**
 * A method the text names for a group's value ("按人口加权的板块均值计算", "按所辖省份增速的简单平均计算",
 * "按板块合计计算"): only computations by it are tried.
 */
export type StatedMethod = "populationWeighted" | "unweighted" | "sum";

/** What the reader could not determine for a number. */
export type ClaimGap = "noIndicator" | "noSubject" | "noYear" | "unknownSubject" | "notStatistic" | "noMeasure";

/** Verdicts (issue 11). */
export type Verdict = "verified" | "vintage_mismatch" | "contradicted" | "no_data" | "not_checkable";

export const VERDICTS: readonly Verdict[] = ["verified", "vintage_mismatch", "contradicted", "no_data", "not_checkable"];

/** The computation behind a verdict. */
export interface Computed {
  value: number;
  /** Interval the stated number allows, in the stated unit. */
  interval: [number, number];
  /** Vintage label(s) of the data used. */
  vintage: string;
  /** Method used (and which alternative matched). */
  method: string;
  /** Printed decimals of the stated number, and whether it is a whole number of places (rank, count): how the values print. */
  decimals: number;
  integer: boolean;
}

/** Flags raised on a claim beside its verdict. */
export type ClaimFlag = "impossibleValue" | "sameFigureOtherSubject";

export interface CheckedClaim extends Claim {
  /** The subject's name in both languages (registry names; the text's for an unknown place). */
  subjectLabel?: { zh: string; en: string };
  verdict: Verdict;
  computed?: Computed;
  explanation: string;
  flags: { flag: ClaimFlag; detail: string }[];
}
