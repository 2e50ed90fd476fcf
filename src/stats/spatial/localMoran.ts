import { mulberry32 } from "../prng.js";
import type { SpatialWeights } from "./weights.js";

/** Moran scatterplot quadrant of a unit: value vs spatial lag, both relative to the mean. */
export type LisaQuadrant = "HH" | "LH" | "LL" | "HL";

export interface LocalMoranUnit {
  id: string;
  /** Local Iᵢ = (zᵢ/m₂) Σⱼ wᵢⱼ zⱼ, m₂ = Σz²/n. */
  Ii: number;
  /** zᵢ = xᵢ − x̄ and its spatial lag Σⱼ wᵢⱼ zⱼ. */
  z: number;
  lag: number;
  quadrant: LisaQuadrant;
  /** Folded conditional-permutation pseudo p-value (PySAL `Moran_Local.p_sim`). */
  pValue: number;
}

export interface LocalMoranResult {
  units: LocalMoranUnit[];
  permutations: number;
  seed: number;
}

/**
 * Local Moran's I (LISA, Anselin 1995, Geographical Analysis 27(2)):
 *
 *   Iᵢ = (zᵢ / m₂) Σⱼ wᵢⱼ zⱼ,  zᵢ = xᵢ − x̄,  m₂ = Σᵢ zᵢ² / n
 *
 * (the scaling of spdep `localmoran` and PySAL `esda.Moran_Local`). Quadrants as PySAL: HH (zᵢ > 0,
 * lag > 0), LH (zᵢ ≤ 0, lag > 0), LL (zᵢ ≤ 0, lag ≤ 0), HL (zᵢ > 0, lag ≤ 0).
 * Inference by conditional permutation: zᵢ is held fixed and its kᵢ neighbour values are drawn
 * without replacement from the other n − 1 units; the pseudo p-value is folded:
 * c = #{Iᵢ,perm ≥ Iᵢ}, c ← min(c, permutations − c), p = (c + 1)/(permutations + 1) (PySAL p_sim).
 *
 * Draws: the scheme of PySAL esda's `crand` (`vec_permutations`): ONE table of `permutations` rows,
 * each the first k_max of a random permutation of 0 … n − 2 (k_max = the largest number of
 * neighbours; seeded mulberry32, partial Fisher–Yates), is drawn once and shared by every unit: unit
 * i reads the first kᵢ entries of each row as positions among the n − 1 units other than i (position
 * r is unit r when r < i, unit r + 1 otherwise). Each unit's draws are still a uniform sample
 * without replacement, so the test is the same; the work is O(n · permutations · k) with no random
 * number per unit. Since this scheme (issue 13) the pseudo p-values of a given seed differ from those
 * of the earlier one (fresh draws per unit, by rejection) by Monte-Carlo noise only, ≈ √(p(1−p)/permutations).
 *
 * Input: `values` aligned with `w.ids`. Throws RangeError on a length mismatch, non-finite values,
 * constant values, or a unit with more than n − 1 neighbours.
 */
export function localMoran(values: ArrayLike<number>, w: SpatialWeights, permutations = 999, seed = 12345): LocalMoranResult {
  const n = w.ids.length;
  if (values.length !== n) throw new RangeError(`localMoran: ${values.length} values for ${n} units`);
  if (!Number.isInteger(permutations) || permutations < 1) throw new RangeError(`localMoran: permutations must be a positive integer, got ${permutations}`);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i]!)) throw new RangeError(`localMoran: value for ${w.ids[i]} is ${values[i]}`);
    mean += values[i]!;
  }
  mean /= n;
  const z = new Float64Array(n);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    z[i] = values[i]! - mean;
    ss += z[i]! ** 2;
  }
  if (!(ss > 0)) throw new RangeError("localMoran: all values are equal; local Moran's I is undefined");
  const m2 = ss / n;
  let kMax = 0;
  for (let i = 0; i < n; i++) {
    const k = w.offsets[i + 1]! - w.offsets[i]!;
    if (k > n - 1) throw new RangeError(`localMoran: unit ${w.ids[i]} has ${k} neighbours among ${n} units`);
    kMax = Math.max(kMax, k);
  }
  const draws = permutationTable(n - 1, kMax, permutations, seed);
  const units: LocalMoranUnit[] = [];
  for (let i = 0; i < n; i++) {
    const start = w.offsets[i]!;
    const k = w.offsets[i + 1]! - start;
    let lag = 0;
    for (let e = start; e < start + k; e++) lag += w.weights[e]! * z[w.neighbours[e]!]!;
    const Ii = (z[i]! / m2) * lag;
    let larger = 0;
    const tol = 1e-12 * Math.max(1, Math.abs(Ii));
    for (let p = 0, row = 0; p < permutations; p++, row += kMax) {
      let s = 0;
      for (let m = 0; m < k; m++) {
        const r = draws[row + m]!;
        s += w.weights[start + m]! * z[r < i ? r : r + 1]!;
      }
      if ((z[i]! / m2) * s >= Ii - tol) larger++;
    }
    if (permutations - larger < larger) larger = permutations - larger;
    const quadrant: LisaQuadrant = z[i]! > 0 ? (lag > 0 ? "HH" : "HL") : lag > 0 ? "LH" : "LL";
    units.push({ id: w.ids[i]!, Ii, z: z[i]!, lag, quadrant, pValue: (larger + 1) / (permutations + 1) });
  }
  return { units, permutations, seed };
}

/**
 * `rows` × `k` table (row-major): each row the first k entries of a uniform random permutation of
 * 0 … size − 1 (k ≤ size), by a partial Fisher–Yates shuffle of one pool whose k swaps are undone
 * after each row, so a row costs O(k), not O(size). Seeded mulberry32.
 */
function permutationTable(size: number, k: number, rows: number, seed: number): Int32Array {
  const rng = mulberry32(seed);
  const table = new Int32Array(rows * k);
  const pool = new Int32Array(size);
  for (let j = 0; j < size; j++) pool[j] = j;
  const swapped = new Int32Array(k);
  for (let row = 0; row < rows; row++) {
    for (let m = 0; m < k; m++) {
      const j = m + rng.int(size - m);
      swapped[m] = j;
      const t = pool[m]!;
      pool[m] = pool[j]!;
      pool[j] = t;
      table[row * k + m] = pool[m]!;
    }
    for (let m = k - 1; m >= 0; m--) {
      const j = swapped[m]!;
      const t = pool[m]!;
      pool[m] = pool[j]!;
      pool[j] = t;
    }
  }
  return table;
}
