/**
 * Disparity suite on a synthetic panel: 3,000 regions (a 50 × 60 rook lattice) × 30 years, seeded
 * (see `suite.ts`). Every figure is printed with a reference measured in the same run, as medians of
 * interleaved repetitions:
 * - the indices (all of them, weighted and unweighted, 30 years) and Gini + Theil T (weighted and
 *   unweighted; once from one prepared distribution per year — one sort, as the product computes
 *   them — and once by the single-index functions, each sorting for itself) ÷ a plain numeric sort
 *   of the same 30 arrays;
 * - where the peer is installed, the same Gini + Theil in R (vectorised base R, inside R with
 *   `system.time`) and numpy (vectorised, `time.perf_counter`), each also ÷ its own plain sort of the
 *   same arrays, and R spdep `moran.mc(x, listw, nsim = 999)` against regecon's `moranPermutation`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { measure } from "./util.js";
import { disparitySuite, median, plainSorts, syntheticPanel } from "./suite.js";
import { disparityIndices } from "../src/analysis/disparity.js";
import { distribution, reweighted } from "../src/stats/distribution.js";
import { gini, giniOf, giniWeighted } from "../src/stats/gini.js";
import { generalizedEntropyOf, theilT } from "../src/stats/theil.js";
import { moranPermutation } from "../src/stats/spatial/moran.js";
import { localMoran } from "../src/stats/spatial/localMoran.js";

const ROWS = 50;
const COLS = 60;
const N = ROWS * COLS;
const YEARS = 30;
const PERMS = 999;
const REPS = 9;

/** Gini and Theil T, unweighted and population-weighted, of every year: one check and one sort per year. */
function giniTheil(values: readonly number[][], population: readonly number[]): number {
  let s = 0;
  for (const v of values) {
    const u = distribution("gini", v);
    const p = reweighted("gini", u, population);
    s += giniOf(u) + giniOf(p) + generalizedEntropyOf(u, 1) + generalizedEntropyOf(p, 1);
  }
  return s;
}

/** The same by the single-index functions, each checking and sorting for itself. */
function giniTheilSeparately(values: readonly number[][], population: readonly number[]): number {
  let s = 0;
  for (const v of values) s += gini(v) + giniWeighted(v, population) + theilT(v) + theilT(v, population);
  return s;
}

/** Wall time (ms) of `fn` in each of `reps` rounds, rounds interleaved across the functions given. */
function interleaved(fns: Record<string, () => unknown>, reps: number): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = 0; r < reps; r++)
    for (const [k, fn] of Object.entries(fns)) {
      const t0 = performance.now();
      fn();
      out[k]!.push(performance.now() - t0);
    }
  return out;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

export async function run(): Promise<void> {
  const panel = syntheticPanel(ROWS, COLS, YEARS, 20240101);
  const w = panel.weights;
  const last = panel.values[YEARS - 1]!;
  console.log(`synthetic panel: ${N} regions (rook lattice ${ROWS}×${COLS}) × ${YEARS} years, seed 20240101; medians of ${REPS} interleaved repetitions`);

  const suite = await measure(() => disparitySuite(panel, PERMS));
  const t = interleaved(
    {
      sort: () => plainSorts(panel.values),
      indices: () => panel.values.map((v) => disparityIndices(v, panel.population)),
      giniTheil: () => giniTheil(panel.values, panel.population),
      separately: () => giniTheilSeparately(panel.values, panel.population),
    },
    REPS,
  );
  const sortMs = median(t.sort!);
  const indicesMs = median(t.indices!);
  const giniTheilMs = median(t.giniTheil!);
  const separatelyMs = median(t.separately!);
  const mcMs = median(interleaved({ mc: () => moranPermutation(last, w, PERMS, 1) }, 3).mc!);
  const lisaMs = median(interleaved({ lisa: () => localMoran(last, w, PERMS, 1) }, 3).lisa!);
  const r = suite.result;
  console.log(`whole suite (all indices × ${YEARS} years, Theil T/L decompositions, σ, β, conditional β, Moran's I + ${PERMS} perms, LISA + ${PERMS} perms): ${suite.ms.toFixed(0)} ms, peak RSS ${suite.peakRssMiB.toFixed(0)} MiB`);
  console.log(`  reference: plain sort of the same ${YEARS} arrays (Float64Array copy + sort): ${fmt(sortMs)} ms`);
  console.log(`  all indices, ${YEARS} years: ${fmt(indicesMs)} ms = ${(indicesMs / sortMs).toFixed(2)}× the plain sort`);
  console.log(`  Gini + Theil T (unweighted and weighted), ${YEARS} years, one sort per year: ${fmt(giniTheilMs)} ms = ${(giniTheilMs / sortMs).toFixed(2)}× the plain sort`);
  console.log(`    the same by the single-index functions (gini, giniWeighted, theilT ×2; a sort each for the two Ginis): ${fmt(separatelyMs)} ms = ${(separatelyMs / sortMs).toFixed(2)}× the plain sort`);
  console.log(`  global Moran's I, ${PERMS} permutations: ${mcMs.toFixed(1)} ms (I = ${r.global.I.toFixed(4)}, z = ${r.global.zRandomisation.toFixed(2)}, pseudo p = ${r.permutation.pValue.toFixed(3)})`);
  console.log(`  local Moran, ${PERMS} conditional permutations: ${lisaMs.toFixed(0)} ms`);
  console.log(`  final-year weighted Theil T ${r.perYear[YEARS - 1]!.theilT.total.toFixed(4)} (between share ${(100 * r.perYear[YEARS - 1]!.theilT.betweenShare).toFixed(1)}%), β = ${r.beta.beta.toFixed(5)}`);

  const dir = mkdtempSync(path.join(tmpdir(), "regecon-bench-"));
  try {
    writeFileSync(path.join(dir, "panel.csv"), panel.values.map((v) => v.map((x) => x.toPrecision(17)).join(",")).join("\n") + "\n");
    writeFileSync(path.join(dir, "population.csv"), panel.population.map((x) => x.toPrecision(17)).join("\n") + "\n");
    const check = giniTheil(panel.values, panel.population);
    peerR(dir, giniTheilMs, separatelyMs, check, mcMs, r.global.I, w);
    peerNumpy(dir, giniTheilMs, check);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

/** R: Gini + Theil as vectorised base R, its plain sort, and spdep moran.mc on the final year. */
function peerR(dir: string, giniTheilMs: number, separatelyMs: number, check: number, mcMs: number, I: number, w: ReturnType<typeof syntheticPanel>["weights"]): void {
  if (!has("Rscript", ["--version"])) {
    console.log("R comparison skipped: Rscript not on PATH (install r-base-core and r-cran-spdep to compare)");
    return;
  }
  const edges: string[] = ["from,to"];
  for (let i = 0; i < N; i++) for (let e = w.offsets[i]!; e < w.offsets[i + 1]!; e++) edges.push(`${i + 1},${w.neighbours[e]! + 1}`);
  writeFileSync(path.join(dir, "edges.csv"), edges.join("\n") + "\n");
  const hasSpdep = spawnSync("Rscript", ["-e", "quit(status = !requireNamespace('spdep', quietly = TRUE))"], { stdio: "ignore" }).status === 0;
  const script = `x <- as.matrix(read.csv("panel.csv", header = FALSE)); p <- read.csv("population.csv", header = FALSE)[[1]]
gini <- function(y) { y <- sort(y); n <- length(y); (2 * sum(y * seq_len(n)) / sum(y) - (n + 1)) / n }
gini_w <- function(y, w) { o <- order(y); y <- y[o]; w <- w[o]; C <- cumsum(w); P <- C[length(C)]; sum(w * y * ((C - w) - (P - C))) / (P * sum(w * y)) }
theil <- function(y, w = rep(1, length(y))) { s <- w / sum(w); r <- y / sum(s * y); sum(s * r * log(r)) }
both <- function() { s <- 0; for (j in seq_len(nrow(x))) { y <- x[j, ]; s <- s + gini(y) + gini_w(y, p) + theil(y) + theil(y, p) }; s }
sorts <- function() for (j in seq_len(nrow(x))) sort(x[j, ])
tb <- c(); ts <- c()
for (k in 1:${REPS}) { ts <- c(ts, system.time(sorts())[["elapsed"]]); tb <- c(tb, system.time(s <- both())[["elapsed"]]) }
cat(sprintf("%.6f %.6f %.12f\\n", median(tb), median(ts), s))
${
  hasSpdep
    ? `suppressMessages(library(spdep))
e <- read.csv("edges.csv"); v <- x[nrow(x), ]
nb <- split(e$to, factor(e$from, levels = seq_along(v))); nb <- lapply(nb, as.integer); names(nb) <- NULL
class(nb) <- "nb"; attr(nb, "region.id") <- as.character(seq_along(v))
lw <- nb2listw(nb, style = "W"); set.seed(1)
t <- system.time(r <- moran.mc(v, lw, nsim = ${PERMS}))[["elapsed"]]
cat(sprintf("%.6f %.10f %.4f\\n", t, r$statistic, r$p.value))`
    : ""
}`;
  writeFileSync(path.join(dir, "bench.R"), script);
  const lines = execFileSync("Rscript", ["bench.R"], { cwd: dir, encoding: "utf8" }).trim().split("\n");
  const [gt, st, sum] = lines[0]!.split(/\s+/).map(Number) as [number, number, number];
  const rMs = gt * 1000;
  console.log(
    `R (vectorised base R) Gini + Theil T, same ${YEARS} arrays: ${fmt(rMs)} ms (= ${(gt / st).toFixed(2)}× R's own plain sort); R ÷ regecon = ${(rMs / giniTheilMs).toFixed(2)}× (single-index functions: ${(rMs / separatelyMs).toFixed(2)}×) (same results: ${Math.abs(sum - check) < 1e-9 * Math.abs(check) ? "yes" : `NO: ${sum} vs ${check}`})`,
  );
  if (!hasSpdep) {
    console.log("R spdep comparison skipped: package spdep not installed (r-cran-spdep)");
    return;
  }
  const [mt, mI, mp] = lines[1]!.split(/\s+/).map(Number) as [number, number, number];
  console.log(`R spdep moran.mc(x, listw, nsim = ${PERMS}), final year: ${(mt * 1000).toFixed(0)} ms inside R; I = ${mI.toFixed(4)} (regecon ${I.toFixed(4)}), p = ${mp}; R ÷ regecon moranPermutation = ${((mt * 1000) / mcMs).toFixed(1)}×`);
}

/** numpy: Gini + Theil vectorised, and numpy's own plain sort of the same arrays. */
function peerNumpy(dir: string, giniTheilMs: number, check: number): void {
  if (!has("python3", ["-c", "import numpy"])) {
    console.log("numpy comparison skipped: python3 with numpy not found");
    return;
  }
  const script = `import time, numpy as np
x = np.loadtxt("panel.csv", delimiter=","); p = np.loadtxt("population.csv")
def gini(y):
    y = np.sort(y); n = y.size
    return (2 * np.dot(y, np.arange(1, n + 1)) / y.sum() - (n + 1)) / n
def gini_w(y, w):
    o = np.argsort(y, kind="stable"); y = y[o]; w = w[o]; C = np.cumsum(w); P = C[-1]
    return np.dot(w * y, (C - w) - (P - C)) / (P * np.dot(w, y))
def theil(y, w=None):
    s = np.full(y.size, 1.0 / y.size) if w is None else w / w.sum(); r = y / np.dot(s, y)
    return np.dot(s * r, np.log(r))
def both():
    return sum(gini(y) + gini_w(y, p) + theil(y) + theil(y, p) for y in x)
def sorts():
    for y in x: np.sort(y)
tb, ts = [], []
for _ in range(${REPS}):
    t0 = time.perf_counter(); sorts(); ts.append(time.perf_counter() - t0)
    t0 = time.perf_counter(); s = both(); tb.append(time.perf_counter() - t0)
print("%.6f %.6f %.12f %s" % (float(np.median(tb)), float(np.median(ts)), s, np.__version__))
`;
  writeFileSync(path.join(dir, "bench.py"), script);
  const [gt, st, sum, version] = execFileSync("python3", ["bench.py"], { cwd: dir, encoding: "utf8" }).trim().split(/\s+/) as [string, string, string, string];
  const npMs = Number(gt) * 1000;
  console.log(
    `numpy ${version} Gini + Theil T, same ${YEARS} arrays: ${fmt(npMs)} ms (= ${(Number(gt) / Number(st)).toFixed(2)}× numpy's own plain sort); numpy ÷ regecon = ${(npMs / giniTheilMs).toFixed(2)}× (same results: ${Math.abs(Number(sum) - check) < 1e-9 * Math.abs(check) ? "yes" : `NO: ${sum} vs ${check}`})`,
  );
}
