/**
 * Disparity suite on a synthetic panel: 3,000 regions (a 50 × 60 rook grid) × 30 years, seeded.
 * Times every index (weighted and unweighted) for every year, Theil T and L decompositions by 4
 * groups, σ- and β-convergence, global Moran's I with 999 permutations and local Moran with 999
 * conditional permutations; prints time and peak RSS. If `Rscript` is on PATH, writes the same
 * final-year values and weights to a temp dir and times R spdep `moran.mc(x, listw, nsim = 999)`
 * (inside R, with `system.time`), printing the ratio R / regecon for that same task.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { measure } from "./util.js";
import { mulberry32, normalDraw } from "../src/stats/prng.js";
import { disparityIndices } from "../src/analysis/disparity.js";
import { theilDecomposition } from "../src/stats/theilDecomposition.js";
import { sigmaConvergence, betaConvergence } from "../src/stats/convergence.js";
import { gridRookWeights, spatialLag } from "../src/stats/spatial/weights.js";
import { moranI, moranPermutation } from "../src/stats/spatial/moran.js";
import { localMoran } from "../src/stats/spatial/localMoran.js";

const ROWS = 50;
const COLS = 60;
const N = ROWS * COLS;
const YEARS = 30;
const PERMS = 999;

function syntheticPanel(seed: number): { values: number[][]; population: number[]; groups: string[] } {
  const rng = mulberry32(seed);
  const w = gridRookWeights(ROWS, COLS);
  // spatially smoothed log level: noise + 2 rounds of lag smoothing → positive autocorrelation
  let base = Float64Array.from({ length: N }, () => normalDraw(rng));
  for (let k = 0; k < 2; k++) {
    const lag = spatialLag(w, base);
    base = base.map((v, i) => 0.5 * v + lag[i]!);
  }
  const growth = Array.from({ length: N }, () => 0.06 + 0.02 * normalDraw(rng));
  const values = Array.from({ length: YEARS }, (_, t) => Array.from({ length: N }, (_, i) => Math.exp(10 + 0.4 * base[i]! + growth[i]! * t + 0.02 * normalDraw(rng))));
  const population = Array.from({ length: N }, () => 50 + 2000 * rng.next());
  const groups = Array.from({ length: N }, (_, i) => ["东部", "中部", "西部", "东北"][Math.floor(((i % COLS) / COLS) * 4)]!);
  return { values, population, groups };
}

export async function run(): Promise<void> {
  const panel = syntheticPanel(20240101);
  const w = gridRookWeights(ROWS, COLS);
  const last = panel.values[YEARS - 1]!;

  const suite = await measure(() => {
    const perYear = panel.values.map((v) => ({
      indices: disparityIndices(v, panel.population),
      theilT: theilDecomposition(v, panel.groups, panel.population, "T"),
      theilL: theilDecomposition(v, panel.groups, panel.population, "L"),
    }));
    const years = perYear.map((_, t) => 2000 + t);
    const sigma = sigmaConvergence(years, perYear.map((r) => r.indices.sdLog));
    const beta = betaConvergence(panel.values[0]!, last, YEARS - 1);
    const betaCond = betaConvergence(panel.values[0]!, last, YEARS - 1, panel.groups);
    const g = moranI(last, w);
    const mc = moranPermutation(last, w, PERMS, 1);
    const lisa = localMoran(last, w, PERMS, 1);
    return { perYear, sigma, beta, betaCond, g, mc, lisa };
  });
  const indicesOnly = await measure(() => panel.values.map((v) => disparityIndices(v, panel.population)));
  const mcOnly = await measure(() => moranPermutation(last, w, PERMS, 1));
  const lisaOnly = await measure(() => localMoran(last, w, PERMS, 1));
  const r = suite.result;
  console.log(`synthetic panel: ${N} regions (rook grid ${ROWS}×${COLS}) × ${YEARS} years, seed 20240101`);
  console.log(`whole suite (all indices × ${YEARS} years, Theil T/L decompositions, σ, β, conditional β, Moran's I + ${PERMS} perms, LISA + ${PERMS} perms): ${suite.ms.toFixed(0)} ms, peak RSS ${suite.peakRssMiB.toFixed(0)} MiB`);
  console.log(`  indices only (${YEARS} years): ${indicesOnly.ms.toFixed(0)} ms`);
  console.log(`  global Moran's I, ${PERMS} permutations: ${mcOnly.ms.toFixed(1)} ms (I = ${r.g.I.toFixed(4)}, z = ${r.g.zRandomisation.toFixed(2)}, pseudo p = ${r.mc.pValue.toFixed(3)})`);
  console.log(`  local Moran, ${PERMS} conditional permutations: ${lisaOnly.ms.toFixed(0)} ms`);
  console.log(`  final-year weighted Theil T ${r.perYear[YEARS - 1]!.theilT.total.toFixed(4)} (between share ${(100 * r.perYear[YEARS - 1]!.theilT.betweenShare).toFixed(1)}%), β = ${r.beta.beta.toFixed(5)}`);

  const hasR = spawnSync("Rscript", ["--version"], { stdio: "ignore" }).status === 0;
  if (!hasR) {
    console.log("R comparison skipped: Rscript not on PATH (install r-cran-spdep to compare with spdep::moran.mc)");
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-bench-"));
  try {
    writeFileSync(path.join(dir, "x.csv"), "x\n" + last.map((v) => v.toPrecision(17)).join("\n") + "\n");
    const edges: string[] = ["from,to"];
    for (let i = 0; i < N; i++) for (let e = w.offsets[i]!; e < w.offsets[i + 1]!; e++) edges.push(`${i + 1},${w.neighbours[e]! + 1}`);
    writeFileSync(path.join(dir, "edges.csv"), edges.join("\n") + "\n");
    const script = `suppressMessages(library(spdep))
x <- read.csv("x.csv")$x
e <- read.csv("edges.csv")
nb <- split(e$to, factor(e$from, levels = seq_along(x)))
nb <- lapply(nb, as.integer); names(nb) <- NULL
class(nb) <- "nb"; attr(nb, "region.id") <- as.character(seq_along(x))
lw <- nb2listw(nb, style = "W")
set.seed(1)
t <- system.time(r <- moran.mc(x, lw, nsim = ${PERMS}))[["elapsed"]]
cat(sprintf("%.6f %.10f %.4f\\n", t, r$statistic, r$p.value))
`;
    writeFileSync(path.join(dir, "bench.R"), script);
    const t0 = performance.now();
    const out = execFileSync("Rscript", ["bench.R"], { cwd: dir, encoding: "utf8" }).trim().split(/\s+/);
    const wall = performance.now() - t0;
    const rMs = Number(out[0]) * 1000;
    console.log(`R spdep moran.mc(x, listw, nsim = ${PERMS}) on the same data: ${rMs.toFixed(0)} ms inside R (Rscript wall incl. start-up ${wall.toFixed(0)} ms); I = ${Number(out[1]).toFixed(4)} (regecon ${r.g.I.toFixed(4)}), p = ${out[2]}`);
    console.log(`ratio R moran.mc / regecon moranPermutation: ${(rMs / mcOnly.ms).toFixed(1)}× (regecon whole suite vs R moran.mc alone: ${(rMs / suite.ms).toFixed(2)}×)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
