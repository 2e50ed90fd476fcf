import { TARGET_RANGE, type GrowthTarget } from "../../data/growthTargets.js";
import * as m from "../../messages/outlookTargets.js";
import { fixed } from "../../messages/format.js";
import { weightedMean } from "../../stats/weightedMean.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import { RegeconError } from "../../types/errors.js";
import { TARGETS_SHIFT_MAX, targetsShift, type TargetsShift } from "../rules/outlook.js";
import type { GrowthRule } from "./types.js";

/** The provincial targets of one year shifted to the national path. */
export interface ShiftedTargets {
  /** Real growth per province (%), aligned with the codes given. */
  growth: number[];
  /** GDP-weighted mean of the announced targets (%), over the provinces with a target. */
  meanTarget: number;
  /** Points added to every announced target: N − meanTarget. */
  shift: number;
  /** The shift rule's verdict (rules/outlook.ts targetsShift): ordinary or large (implausible is refused). */
  size: Exclude<TargetsShift, "implausible">;
  /** Provinces without a target for the year (they grow at the national path). */
  missing: string[];
}

/**
 * Targets (目标情景) for one year: every province with an announced target tᵢ grows at tᵢ + c, every
 * province without one at the national path N, with c = N − Σwᵢtᵢ/Σwᵢ over the provinces with a target
 * (wᵢ their GDP of the year before). Then the 31-province mean equals N exactly, and the differences
 * between the provinces' targets are kept: announced provincial targets add up to more than the national
 * one, and the scenario keeps what each province aims for relative to the others, at the national level.
 * (An additive shift, not a common factor: a factor would multiply the differences, without bound when
 * the targets' mean is small or of mixed sign.) Undefined when no province has a target.
 *
 * Throws RegeconError `TARGETS_INCONSISTENT` when |c| exceeds TARGETS_SHIFT_MAX points (the file and the
 * national path describe different levels of growth) or a shifted rate leaves TARGET_RANGE.
 */
export function shiftTargets(targets: ReadonlyMap<string, number>, codes: readonly string[], gdpPrev: readonly number[], national: number, year: number): ShiftedTargets | undefined {
  const withTarget = codes.map((c) => targets.has(c));
  if (!withTarget.some(Boolean)) return undefined;
  const meanTarget = weightedMean(
    codes.filter((_, i) => withTarget[i]).map((c) => targets.get(c)!),
    gdpPrev.filter((_, i) => withTarget[i]),
  );
  const shift = national - meanTarget;
  const size = targetsShift(shift);
  if (size === "implausible") {
    throw new RegeconError("TARGETS_INCONSISTENT", m.targetsShiftImplausible(year, fixed(meanTarget, 2), fixed(national, 2), fixed(shift, 2), TARGETS_SHIFT_MAX), m.targetsInconsistentHint(year));
  }
  const growth = codes.map((c, i) => (withTarget[i] ? targets.get(c)! + shift : national));
  const outside = codes.findIndex((_, i) => withTarget[i] && (growth[i]! < TARGET_RANGE.min || growth[i]! > TARGET_RANGE.max));
  if (outside >= 0) {
    const code = codes[outside]!;
    throw new RegeconError("TARGETS_INCONSISTENT", m.shiftedTargetImplausible(year, code, fixed(targets.get(code)!, 1), fixed(growth[outside]!, 2), TARGET_RANGE.min, TARGET_RANGE.max), m.targetsInconsistentHint(year));
  }
  return { growth, meanTarget, shift, size, missing: codes.filter((_, i) => !withTarget[i]) };
}

/** Provincial targets of `year` by province code (the national row left out). */
export function targetsOfYear(targets: readonly GrowthTarget[], year: number): Map<string, number> {
  return new Map(targets.filter((t) => t.year === year && t.code !== NATIONAL_CODE).map((t) => [t.code, t.target] as const));
}

/** The national target of `year`, when the file gives one. */
export function nationalTarget(targets: readonly GrowthTarget[], year: number): GrowthTarget | undefined {
  return targets.find((t) => t.year === year && t.code === NATIONAL_CODE);
}

/** Years for which the file gives provincial targets, ascending. */
export function provincialTargetYears(targets: readonly GrowthTarget[]): number[] {
  return [...new Set(targets.filter((t) => t.code !== NATIONAL_CODE).map((t) => t.year))].sort((a, b) => a - b);
}

/** The targets rule: each year's targets shifted to that year's national path; none for a year without targets. */
export function targetsRule(targets: readonly GrowthTarget[], codes: readonly string[]): GrowthRule {
  return (s) => shiftTargets(targetsOfYear(targets, s.year), codes, s.gdpPrev, s.nationalGrowth, s.year)?.growth;
}
