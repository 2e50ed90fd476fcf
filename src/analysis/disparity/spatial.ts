import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import * as m from "../../messages/disparity.js";
import { contiguityWeights, type SpatialWeights } from "../../stats/spatial/weights.js";
import { moranI, moranPermutation, type MoranPermutation, type MoranResult } from "../../stats/spatial/moran.js";
import { localMoran, type LocalMoranResult } from "../../stats/spatial/localMoran.js";
import { RegeconError } from "../../types/errors.js";
import { COMPUTED_GDP_PER_CAPITA } from "./perCapita.js";
import { crossSectionWithData } from "./panel.js";

/** Spatial autocorrelation (空间自相关) of a per-capita indicator on the provinces' land contiguity. */

/** Permutations of the Moran permutation tests, and their seed (fixed, so results reproduce). */
export const MORAN_PERMUTATIONS = 999;
export const MORAN_SEED = 20240101;

export interface MoranOfYear {
  indicator: string;
  year: number;
  transform: "level" | "log";
  /** Undefined when any connected province lacks a value. */
  global: MoranResult | undefined;
  permutation: MoranPermutation | undefined;
  local: LocalMoranResult | undefined;
  /** The weights; `weights.excluded` lists the provinces without a land neighbour (海南), left out. */
  weights: SpatialWeights;
  missing: string[];
}

/**
 * Global and local Moran's I of `indicator` (level or natural log) in `year` on the registry's
 * land-contiguity list, row-standardised. Provinces without a land neighbour (海南) are excluded
 * (`weights.excluded`, see stats/spatial/weights.ts) unless `extraLinks` connects them.
 * Permutation inference: `permutations` (default MORAN_PERMUTATIONS) with `seed` (default MORAN_SEED).
 * Throws RegeconError `YEAR_NOT_AVAILABLE` when the year has no data, `CALCULATION_FAILED` when the
 * contiguity list cannot make weights (a pair naming a code that is not a province, a self-link).
 */
export function moranOfYear(
  dataset: Dataset,
  registry: Registry,
  year: number,
  indicator: string = COMPUTED_GDP_PER_CAPITA,
  options: { transform?: "level" | "log"; permutations?: number; seed?: number; extraLinks?: readonly (readonly [string, string])[] } = {},
): MoranOfYear {
  const cs = crossSectionWithData(dataset, registry, year, indicator);
  const w = provinceWeights(registry, options.extraLinks);
  const transform = options.transform ?? "level";
  const byCode = new Map(cs.codes.map((c, i) => [c, cs.values[i]!] as [string, number]));
  const missing = w.ids.filter((c) => !byCode.has(c));
  const base = { indicator, year, transform, weights: w, missing };
  if (missing.length > 0) return { ...base, global: undefined, permutation: undefined, local: undefined };
  const x = w.ids.map((c) => (transform === "log" ? Math.log(byCode.get(c)!) : byCode.get(c)!));
  const permutations = options.permutations ?? MORAN_PERMUTATIONS;
  const seed = options.seed ?? MORAN_SEED;
  return { ...base, global: moranI(x, w), permutation: moranPermutation(x, w, permutations, seed), local: localMoran(x, w, permutations, seed) };
}

/** Row-standardised land-contiguity weights of the registry's provinces; a list the stats refuse becomes a RegeconError. */
function provinceWeights(registry: Registry, extraLinks: readonly (readonly [string, string])[] | undefined): SpatialWeights {
  try {
    return contiguityWeights(
      registry.provinces.map((p) => p.code),
      registry.adjacency,
      extraLinks ? { extraLinks } : {},
    );
  } catch (e) {
    if (e instanceof RangeError) throw new RegeconError("CALCULATION_FAILED", m.contiguityRefused(e.message), m.contiguityHint);
    throw e;
  }
}
