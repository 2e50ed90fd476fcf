import type { GrowthTarget } from "../../data/growthTargets.js";
import * as m from "../../messages/outlookTargets.js";
import { fixed } from "../../messages/format.js";
import { weightedMean } from "../../stats/weightedMean.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import { RegeconError } from "../../types/errors.js";
import type { GrowthRule } from "./types.js";

/** The provincial targets of one year scaled to the national path. */
export interface ScaledTargets {
  /** Real growth per province (%), aligned with the codes given. */
  growth: number[];
  /** Factor applied to the announced targets: N / (weighted mean of the targets). */
  scale: number;
  /** Provinces without a target for the year (they grow at the national path). */
  missing: string[];
}

/**
 * Targets (目标情景) for one year: provinces with an announced target tᵢ grow at f·tᵢ, provinces without
 * one at the national path N, with f = N / (Σ wᵢtᵢ / Σ wᵢ) over the provinces with a target (wᵢ their
 * GDP of the year before). Then the 31-province mean equals N exactly: announced provincial targets add
 * up to more than the national one, and scaling them keeps their ratios. Undefined when no province has
 * a target. Throws RegeconError `IMPLAUSIBLE_VALUE` when the weighted mean target is not positive.
 */
export function scaleTargets(targets: ReadonlyMap<string, number>, codes: readonly string[], gdpPrev: readonly number[], national: number, year: number): ScaledTargets | undefined {
  const withTarget = codes.map((c) => targets.has(c));
  if (!withTarget.some(Boolean)) return undefined;
  const mean = weightedMean(
    codes.filter((_, i) => withTarget[i]).map((c) => targets.get(c)!),
    gdpPrev.filter((_, i) => withTarget[i]),
  );
  if (!(mean > 0)) throw new RegeconError("IMPLAUSIBLE_VALUE", m.targetsNotScalable(year, fixed(mean, 2)), m.targetsNotScalableHint);
  const scale = national / mean;
  return {
    growth: codes.map((c, i) => (withTarget[i] ? scale * targets.get(c)! : national)),
    scale,
    missing: codes.filter((_, i) => !withTarget[i]),
  };
}

/** Provincial targets of `year` by province code (the national row left out). */
export function targetsOfYear(targets: readonly GrowthTarget[], year: number): Map<string, number> {
  return new Map(targets.filter((t) => t.year === year && t.code !== NATIONAL_CODE).map((t) => [t.code, t.target] as const));
}

/** The national target of `year`, when the file gives one. */
export function nationalTarget(targets: readonly GrowthTarget[], year: number): GrowthTarget | undefined {
  return targets.find((t) => t.year === year && t.code === NATIONAL_CODE);
}

/** The targets rule: each year's targets scaled to that year's national path; none for a year without targets. */
export function targetsRule(targets: readonly GrowthTarget[], codes: readonly string[]): GrowthRule {
  return (s) => scaleTargets(targetsOfYear(targets, s.year), codes, s.gdpPrev, s.nationalGrowth, s.year)?.growth;
}
