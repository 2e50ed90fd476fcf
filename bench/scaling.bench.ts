/**
 * Disparity-suite scaling: the suite of `suite.ts` (every index of every year, Theil T/L
 * decompositions, σ, β, conditional β, Moran's I analytical and with permutations, local Moran
 * with conditional permutations) on synthetic seeded panels of 3,000 → 1,000,000 regions (rook
 * lattices) × 30 years. Prints each size's time per region as a ratio to the time per region at
 * 3,000 (1.0 at every size = linear growth) and the same for a plain sort of the same arrays (a
 * reference measured in the same run, which grows as n log n). Ratios use CPU time of this process
 * (the machine may be shared; wall time is printed too). A warm-up run at 3,000 regions comes first.
 * Permutations: 99 by default, so a full `npm run bench` stays within minutes (each permutation is
 * one linear pass, so 999 costs about 10× the two permutation columns); `npm run bench scaling --
 * --permutations 999` runs the report's 999, and a number alone (`-- 300000`) stops at that size.
 */
import { measure } from "./util.js";
import { disparitySuite, plainSorts, syntheticPanel } from "./suite.js";

const SIZES: [number, number][] = [
  [50, 60],
  [100, 100],
  [150, 200],
  [250, 400],
  [500, 600],
  [1000, 1000],
];
const YEARS = 30;
const DEFAULT_PERMS = 99;

export async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--permutations");
  const PERMS = at >= 0 ? Number(args[at + 1]) : DEFAULT_PERMS;
  const limit = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--permutations") ?? Infinity);
  console.log(`suite per size (synthetic rook lattice × ${YEARS} years, ${PERMS} permutations for global and local Moran, seed 1); per-region ratios relative to 3,000 regions`);
  console.log("  regions  wall ms   CPU ms  CPU µs/region  ×(3k)  sort CPU ms  ×(3k)  peak RSS MiB  Moran I   CPU ms: indices+Theil / σ,β / Moran / Moran perms / local Moran");
  disparitySuite(syntheticPanel(50, 60, YEARS, 2), PERMS); // warm-up (JIT)
  let base: { suite: number; sort: number } | undefined;
  for (const [rows, cols] of SIZES) {
    const n = rows * cols;
    if (n > limit) break;
    const panel = syntheticPanel(rows, cols, YEARS, 1);
    const sort = await measure(() => plainSorts(panel.values));
    const suite = await measure(() => disparitySuite(panel, PERMS));
    const perRegion = suite.cpuMs / n;
    const p = suite.result.ms;
    const sortPerRegion = sort.cpuMs / n;
    base ??= { suite: perRegion, sort: sortPerRegion };
    console.log(
      [
        n.toLocaleString("en").padStart(9),
        suite.ms.toFixed(0).padStart(8),
        suite.cpuMs.toFixed(0).padStart(8),
        (1000 * perRegion).toFixed(1).padStart(14),
        (perRegion / base.suite).toFixed(2).padStart(6),
        sort.cpuMs.toFixed(1).padStart(12),
        (sortPerRegion / base.sort).toFixed(2).padStart(6),
        suite.peakRssMiB.toFixed(0).padStart(13),
        suite.result.global.I.toFixed(4).padStart(8),
        `  ${[p.indices, p.convergence, p.moran, p.moranPermutations, p.localMoran].map((x) => x.toFixed(0)).join(" / ")}`,
      ].join(" "),
    );
  }
}

