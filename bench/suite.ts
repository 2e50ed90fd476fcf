/**
 * The disparity suite shared by `disparity.bench.ts` (3,000 regions, compared with R and numpy) and
 * `scaling.bench.ts` (3,000 → 1,000,000 regions): a synthetic, seeded panel on a rook lattice and
 * every statistic `regecon disparity` computes, plus the reference the figures are divided by.
 */
import { mulberry32, normalDraw } from "../src/stats/prng.js";
import { disparityIndices } from "../src/analysis/disparity.js";
import { theilDecomposition } from "../src/stats/theilDecomposition.js";
import { sigmaConvergence, betaConvergence } from "../src/stats/convergence.js";
import { gridRookWeights, spatialLag, type SpatialWeights } from "../src/stats/spatial/weights.js";
import { moranI, moranPermutation } from "../src/stats/spatial/moran.js";
import { localMoran } from "../src/stats/spatial/localMoran.js";

/** Per-capita values (元/人) by year and region, population (万人) and a 四大板块-like label per region. */
export interface Panel {
  rows: number;
  cols: number;
  values: number[][];
  population: number[];
  groups: string[];
  weights: SpatialWeights;
}

/**
 * rows × cols regions on a rook lattice × `years`, seeded: a spatially smoothed log level (noise + 2
 * rounds of lag smoothing → positive spatial autocorrelation), region growth rates ~ N(6%, 2%), small
 * yearly noise; groups are four vertical bands of the lattice.
 */
export function syntheticPanel(rows: number, cols: number, years: number, seed: number): Panel {
  const n = rows * cols;
  const rng = mulberry32(seed);
  const weights = gridRookWeights(rows, cols);
  let base = Float64Array.from({ length: n }, () => normalDraw(rng));
  for (let k = 0; k < 2; k++) {
    const lag = spatialLag(weights, base);
    base = base.map((v, i) => 0.5 * v + lag[i]!);
  }
  const growth = Array.from({ length: n }, () => 0.06 + 0.02 * normalDraw(rng));
  const values = Array.from({ length: years }, (_, t) => Array.from({ length: n }, (_, i) => Math.exp(10 + 0.4 * base[i]! + growth[i]! * t + 0.02 * normalDraw(rng))));
  const population = Array.from({ length: n }, () => 50 + 2000 * rng.next());
  const groups = Array.from({ length: n }, (_, i) => ["东部", "中部", "西部", "东北"][Math.floor(((i % cols) / cols) * 4)]!);
  return { rows, cols, values, population, groups, weights };
}

/**
 * The whole suite: every index (weighted and unweighted) of every year, Theil T and L decompositions
 * by the 4 groups, σ-convergence, absolute and conditional β-convergence over the period, global
 * Moran's I (analytical) and with `permutations` permutations, local Moran with `permutations`
 * conditional permutations (final year).
 */
export function disparitySuite(panel: Panel, permutations: number) {
  // CPU ms of this process per phase (all threads: GC included).
  const ms: Record<"indices" | "convergence" | "moran" | "moranPermutations" | "localMoran", number> = { indices: 0, convergence: 0, moran: 0, moranPermutations: 0, localMoran: 0 };
  const timed = <T>(phase: keyof typeof ms, fn: () => T): T => {
    const t0 = process.cpuUsage();
    const out = fn();
    const t = process.cpuUsage(t0);
    ms[phase] += (t.user + t.system) / 1000;
    return out;
  };
  const years = panel.values.length;
  const first = panel.values[0]!;
  const last = panel.values[years - 1]!;
  const perYear = timed("indices", () =>
    panel.values.map((v) => ({
      indices: disparityIndices(v, panel.population),
      theilT: theilDecomposition(v, panel.groups, panel.population, "T"),
      theilL: theilDecomposition(v, panel.groups, panel.population, "L"),
    })),
  );
  const { sigma, beta, betaConditional } = timed("convergence", () => ({
    sigma: sigmaConvergence(
      perYear.map((_, t) => 2000 + t),
      perYear.map((r) => r.indices.sdLog),
    ),
    beta: betaConvergence(first, last, years - 1),
    betaConditional: betaConvergence(first, last, years - 1, panel.groups),
  }));
  const global = timed("moran", () => moranI(last, panel.weights));
  const permutation = timed("moranPermutations", () => moranPermutation(last, panel.weights, permutations, 1));
  const local = timed("localMoran", () => localMoran(last, panel.weights, permutations, 1));
  return { perYear, sigma, beta, betaConditional, global, permutation, local, ms };
}

/** The reference the index timings are divided by: a plain numeric sort of a copy of each year's values. */
export function plainSorts(values: readonly (readonly number[])[]): number {
  let checksum = 0;
  for (const v of values) checksum += new Float64Array(v).sort()[0]!;
  return checksum;
}

/** Median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
