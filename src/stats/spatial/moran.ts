import { normalCdf } from "../distributions.js";
import { mulberry32 } from "../prng.js";
import type { SpatialWeights } from "./weights.js";

/** Global Moran's I with analytical inference. */
export interface MoranResult {
  n: number;
  I: number;
  /** E[I] = −1/(n − 1). */
  expected: number;
  /** Var[I] under the normality assumption (Cliff & Ord 1981, eq. 1.35). */
  varianceNormality: number;
  /** Var[I] under the randomisation assumption (Cliff & Ord 1981, eq. 1.38); spdep `moran.test` default. */
  varianceRandomisation: number;
  zNormality: number;
  zRandomisation: number;
  /** One-sided p = P(Z ≥ z) ("greater", spdep default alternative), under randomisation. */
  pRandomisation: number;
  /** One-sided p = P(Z ≥ z) under normality. */
  pNormality: number;
}

/** Permutation (Monte-Carlo) inference for global Moran's I. */
export interface MoranPermutation {
  I: number;
  permutations: number;
  seed: number;
  /** Pseudo p-value (count(I_perm ≥ I) + 1)/(permutations + 1), alternative "greater" (spdep `moran.mc`, PySAL `p_sim` one-sided). */
  pValue: number;
  /** Mean and SD of the permuted I values; z = (I − mean)/sd. */
  simulatedMean: number;
  simulatedSd: number;
  zSimulated: number;
}

function centred(fn: string, w: SpatialWeights, values: ArrayLike<number>): { z: Float64Array; m2: number } {
  const n = w.ids.length;
  if (values.length !== n) throw new RangeError(`${fn}: ${values.length} values for ${n} units (values must follow w.ids)`);
  let mean = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) throw new RangeError(`${fn}: value for ${w.ids[i]} is ${v}; missing values must be removed before building the weights`);
    mean += v;
  }
  mean /= n;
  const z = new Float64Array(n);
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    z[i] = values[i]! - mean;
    m2 += z[i]! * z[i]!;
  }
  if (!(m2 > 0)) throw new RangeError(`${fn}: all values are equal; Moran's I is undefined`);
  return { z, m2 };
}

function crossProduct(w: SpatialWeights, z: Float64Array): number {
  let s = 0;
  const n = z.length;
  for (let i = 0; i < n; i++) {
    let lag = 0;
    for (let e = w.offsets[i]!; e < w.offsets[i + 1]!; e++) lag += w.weights[e]! * z[w.neighbours[e]!]!;
    s += z[i]! * lag;
  }
  return s;
}

/**
 * S0 = ΣΣwᵢⱼ, S1 = ½ΣΣ(wᵢⱼ + wⱼᵢ)², S2 = Σᵢ(wᵢ. + w.ᵢ)² (Cliff & Ord 1981, §1.5), in O(links + n):
 * the transpose is built by a counting sort of the links by column, then each row i of W + Wᵀ is
 * accumulated in a scratch array indexed by column and its squares summed. Asymmetric weights
 * (a link stored one way only) count their (j, i) cell too.
 */
export function weightConstants(w: SpatialWeights): { s0: number; s1: number; s2: number } {
  const n = w.ids.length;
  const links = w.offsets[n]!;
  const rowSum = new Float64Array(n);
  const colSum = new Float64Array(n);
  const inCol = new Int32Array(n + 1);
  let s0 = 0;
  for (let i = 0; i < n; i++)
    for (let e = w.offsets[i]!; e < w.offsets[i + 1]!; e++) {
      const v = w.weights[e]!;
      rowSum[i]! += v;
      colSum[w.neighbours[e]!]! += v;
      inCol[w.neighbours[e]! + 1]!++;
      s0 += v;
    }
  // Wᵀ in compressed rows: row j lists (i, wᵢⱼ) for every stored wᵢⱼ.
  for (let j = 0; j < n; j++) inCol[j + 1]! += inCol[j]!;
  const fill = inCol.slice(0, n);
  const tFrom = new Int32Array(links);
  const tWeight = new Float64Array(links);
  for (let i = 0; i < n; i++)
    for (let e = w.offsets[i]!; e < w.offsets[i + 1]!; e++) {
      const slot = fill[w.neighbours[e]!]!++;
      tFrom[slot] = i;
      tWeight[slot] = w.weights[e]!;
    }
  // Row i of W + Wᵀ summed cell by cell in `cell` (cells of row i marked in `stamp`), then squared.
  const cell = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n);
  const scatter = (i: number, m: number, cols: Int32Array, vals: Float64Array, from: number, to: number): number => {
    for (let e = from; e < to; e++) {
      const j = cols[e]!;
      if (stamp[j] !== i) {
        stamp[j] = i;
        cell[j] = 0;
        touched[m++] = j;
      }
      cell[j]! += vals[e]!;
    }
    return m;
  };
  let s1 = 0;
  for (let i = 0; i < n; i++) {
    const m = scatter(i, scatter(i, 0, w.neighbours, w.weights, w.offsets[i]!, w.offsets[i + 1]!), tFrom, tWeight, inCol[i]!, inCol[i + 1]!);
    for (let q = 0; q < m; q++) s1 += cell[touched[q]!]! ** 2;
  }
  s1 /= 2;
  let s2 = 0;
  for (let i = 0; i < n; i++) s2 += (rowSum[i]! + colSum[i]!) ** 2;
  return { s0, s1, s2 };
}

/**
 * Global Moran's I (全局莫兰指数):
 *
 *   I = (n / S0) · Σᵢ Σⱼ wᵢⱼ zᵢ zⱼ / Σᵢ zᵢ²,  zᵢ = xᵢ − x̄,
 *
 * with analytical moments under both the normality and the randomisation assumption (Cliff & Ord
 * 1981, Spatial Processes, §1.5); z = (I − E[I])/√Var[I]; p one-sided ("greater"). The randomisation
 * variance is what R spdep `moran.test(x, listw)` reports by default (randomisation = TRUE).
 *
 * Input: `values` aligned with `w.ids` (units excluded as islands must be left out). Throws
 * RangeError on a length mismatch, non-finite values, fewer than 4 units, or constant values.
 */
export function moranI(values: ArrayLike<number>, w: SpatialWeights): MoranResult {
  const { z, m2 } = centred("moranI", w, values);
  const n = z.length;
  if (n < 4) throw new RangeError(`moranI: need at least 4 units, got ${n}`);
  const { s0, s1, s2 } = weightConstants(w);
  const I = (n / s0) * (crossProduct(w, z) / m2);
  const expected = -1 / (n - 1);
  let m4 = 0;
  for (let i = 0; i < n; i++) m4 += z[i]! ** 4;
  const b2 = (n * m4) / (m2 * m2);
  const s02 = s0 * s0;
  const varianceNormality = (n * n * s1 - n * s2 + 3 * s02) / (s02 * (n * n - 1)) - expected * expected;
  const varianceRandomisation =
    (n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s02) - b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s02)) / ((n - 1) * (n - 2) * (n - 3) * s02) -
    expected * expected;
  const zNormality = (I - expected) / Math.sqrt(varianceNormality);
  const zRandomisation = (I - expected) / Math.sqrt(varianceRandomisation);
  return {
    n,
    I,
    expected,
    varianceNormality,
    varianceRandomisation,
    zNormality,
    zRandomisation,
    pNormality: 1 - normalCdf(zNormality),
    pRandomisation: 1 - normalCdf(zRandomisation),
  };
}

/**
 * Permutation test for global Moran's I: the values are randomly permuted over the units
 * `permutations` times (Fisher–Yates with a seeded mulberry32, so results are reproducible) and
 * pseudo p = (#{I_perm ≥ I_obs} + 1)/(permutations + 1) (alternative "greater"; Hope 1968; as
 * spdep `moran.mc` and PySAL `esda.Moran.p_sim` for positive autocorrelation).
 *
 * Throws RangeError as `moranI`, or when permutations is not a positive integer.
 */
export function moranPermutation(values: ArrayLike<number>, w: SpatialWeights, permutations = 999, seed = 12345): MoranPermutation {
  if (!Number.isInteger(permutations) || permutations < 1) throw new RangeError(`moranPermutation: permutations must be a positive integer, got ${permutations}`);
  const { z, m2 } = centred("moranPermutation", w, values);
  const n = z.length;
  let s0 = 0;
  for (let e = 0; e < w.weights.length; e++) s0 += w.weights[e]!;
  const scale = n / s0 / m2;
  const I = scale * crossProduct(w, z);
  const rng = mulberry32(seed);
  const perm = Float64Array.from(z);
  let larger = 0;
  let sum = 0;
  let sumSq = 0;
  const tol = 1e-12 * Math.max(1, Math.abs(I));
  for (let p = 0; p < permutations; p++) {
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    const Ip = scale * crossProduct(w, perm);
    if (Ip >= I - tol) larger++;
    sum += Ip;
    sumSq += Ip * Ip;
  }
  const mean = sum / permutations;
  const sd = Math.sqrt(Math.max(0, (sumSq - permutations * mean * mean) / (permutations - 1 || 1)));
  return { I, permutations, seed, pValue: (larger + 1) / (permutations + 1), simulatedMean: mean, simulatedSd: sd, zSimulated: sd > 0 ? (I - mean) / sd : NaN };
}
