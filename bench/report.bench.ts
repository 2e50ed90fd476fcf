/**
 * Issue #13 targets: the whole report (HTML + DOCX, with maps) on the bundled data in a new process
 * ≤ 1.5 s median on 2 cores, i.e. ≤ 25× the start-up of `node -e 0` measured in the same run; HTML
 * alone ≤ 0.8 s. Runs the installed CLI (`dist/cli/bin.js`, bundled by `npm run build`; the sources
 * through tsx when dist/ is missing) in new processes, interleaved with `node -e 0` so that both see
 * the same machine load, and prints medians and ratios; then warm in-process builds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadBoundaries } from "../src/charts/boundaries.js";
import { loadFolderDataset } from "../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../src/data/paths.js";
import { loadRegistry } from "../src/data/registry.js";
import { buildReport } from "../src/report/build.js";
import { renderOutputs } from "../src/report/outputs.js";
import { median } from "./suite.js";
import { measure } from "./util.js";

const REPS = 7;

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-bench-report-"));
  try {
    const dist = fileURLToPath(new URL("../dist/cli/bin.js", import.meta.url));
    const cli = existsSync(dist) ? [dist] : ["--import", "tsx", fileURLToPath(new URL("../src/cli/bin.ts", import.meta.url))];
    // A private store: the first run creates it and loads the bundled data (not counted).
    const env = { ...process.env, REGECON_DB: path.join(dir, "bench.duckdb") };
    const timed = (args: string[]): number => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env, encoding: "utf8" });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
      return ms;
    };
    const report = (formats: string) => [...cli, "report", "--format", formats, "--out", path.join(dir, `cold-${formats}.html`), "--json"];
    const first = timed(report("html,docx"));
    const runs: Record<"node" | "whole" | "html", number[]> = { node: [], whole: [], html: [] };
    for (let r = 0; r < REPS; r++) {
      runs.node.push(timed(["-e", "0"]));
      runs.whole.push(timed(report("html,docx")));
      runs.html.push(timed(report("html")));
    }
    const node = median(runs.node);
    const whole = median(runs.whole);
    const html = median(runs.html);
    const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
    console.log(`CLI in a new process (${existsSync(dist) ? "dist, bundled" : "sources via tsx"}), medians of ${REPS} interleaved runs (min–max); first run, which creates the store: ${first.toFixed(0)} ms`);
    console.log(`  reference: node -e 0                  ${node.toFixed(0).padStart(5)} ms  (${spread(runs.node)})`);
    console.log(`  report html+docx with maps            ${whole.toFixed(0).padStart(5)} ms  (${spread(runs.whole)}) = ${(whole / node).toFixed(1)}× node -e 0   (target ≤ 1500 ms, ≤ 25×)`);
    console.log(`  report html only                      ${html.toFixed(0).padStart(5)} ms  (${spread(runs.html)}) = ${(html / node).toFixed(1)}× node -e 0   (target ≤ 800 ms)`);

    const registry = loadRegistry();
    const map = { boundaries: loadBoundaries(registry) };
    for (let i = 1; i <= 3; i++) {
      const { ms, peakRssMiB } = await measure(async () => {
        const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
        const doc = buildReport({ dataset, registry, year: 2024, lang: "zh", map });
        return renderOutputs(doc, ["html", "docx"], path.join(dir, `warm${i}`));
      });
      console.log(`  warm run ${i} in this process (load data folder, build, render html+docx in memory): ${ms.toFixed(0)} ms, peak RSS ${peakRssMiB.toFixed(0)} MiB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
