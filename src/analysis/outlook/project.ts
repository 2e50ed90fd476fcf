import * as m from "../../messages/outlook.js";
import { fixed } from "../../messages/format.js";
import { RegeconError } from "../../types/errors.js";
import { meanGrowth } from "./nationalPath.js";
import type { OriginBase } from "./origin.js";
import { nominalNext } from "./prices.js";
import type { GrowthRule } from "./types.js";

/** One projected year of one scenario; arrays aligned with the origin's codes. */
export interface ProjectedYear {
  year: number;
  /** Real growth assumed for the year (%). */
  realGrowth: number[];
  /** Nominal GDP (亿元): previous level × real growth × the price assumption. */
  gdp: number[];
  /** Real GDP at origin-year prices (亿元): the origin's nominal GDP chained with real growth only. */
  realGdp: number[];
  /** Year-end population (万人) under the population assumption. */
  population: number[];
  /** The national path assumed for the year (%). */
  nationalGrowth: number;
  /** The 31-province mean of the projected growth, weighted by previous-year nominal GDP (%). */
  meanGrowth: number;
}

/**
 * Run a growth rule for `horizon` years from the origin. Each year t: growth gᵢ from the rule (given
 * the levels of t − 1 and the national path of t), then
 *   nominal  Yᵢ,t = Yᵢ,t−1 (1 + gᵢ/100)(1 + pᵢ/100)   (pᵢ: price assumption),
 *   real     Rᵢ,t = Rᵢ,t−1 (1 + gᵢ/100),  Rᵢ,origin = Yᵢ,origin,
 *   people   Pᵢ,t = Pᵢ,t−1 (1 + nᵢ/100)   (nᵢ: population assumption).
 * Stops early (fewer years) when the rule has no assumption for a year. `nationalPath(year)` gives N_t (%).
 * Throws RegeconError `PROJECTION_NOT_POSITIVE` when a projected GDP or population would not be a
 * positive finite number (real growth or a price or population change of −100% or less): no statistic
 * ever receives such a level.
 */
export function projectPath(base: OriginBase, horizon: number, rule: GrowthRule, nationalPath: (year: number) => number): ProjectedYear[] {
  const out: ProjectedYear[] = [];
  let gdpPrev = base.gdp;
  let realPrev = base.gdp;
  let populationPrev = base.population;
  for (let step = 1; step <= horizon; step++) {
    const year = base.year + step;
    const nationalGrowth = nationalPath(year);
    const realGrowth = rule({ year, step, gdpPrev, populationPrev, populationGrowth: base.populationGrowth, nationalGrowth });
    if (realGrowth === undefined) break;
    const gdp = nominalNext(gdpPrev, realGrowth, base.priceChange);
    const realGdp = realPrev.map((r, i) => r * (1 + realGrowth[i]! / 100));
    const population = populationPrev.map((p, i) => p * (1 + base.populationGrowth[i]! / 100));
    const bad = base.codes.findIndex((_, i) => ![gdp[i]!, realGdp[i]!, population[i]!].every((v) => Number.isFinite(v) && v > 0));
    if (bad >= 0) {
      const detail = m.projectionInputs(fixed(realGrowth[bad]!, 2), fixed(base.priceChange[bad]!, 2), fixed(base.populationGrowth[bad]!, 2));
      throw new RegeconError("PROJECTION_NOT_POSITIVE", m.projectionNotPositive(year, base.codes[bad]!, detail), m.projectionNotPositiveHint);
    }
    out.push({ year, realGrowth, gdp, realGdp, population, nationalGrowth, meanGrowth: meanGrowth(realGrowth, gdpPrev) });
    gdpPrev = gdp;
    realPrev = realGdp;
    populationPrev = population;
  }
  return out;
}
