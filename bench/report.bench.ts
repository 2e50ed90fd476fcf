/**
 * Issue #5 target: the whole report (HTML + DOCX, with maps) on the bundled data in under 3 s on a
 * 2-core machine. Measures a cold run in a fresh process (what a user waits for, including module
 * loading) and warm in-process builds.
 */
import { execFileSync } from "node:child_process";
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
import { measure } from "./util.js";

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-bench-report-"));
  try {
    // The installed CLI runs the compiled dist/ (built by `npm ci`); fall back to the sources via tsx.
    const dist = fileURLToPath(new URL("../dist/cli/bin.js", import.meta.url));
    const cli = existsSync(dist) ? [dist] : ["--import", "tsx", fileURLToPath(new URL("../src/cli/bin.ts", import.meta.url))];
    // A private store: the first run creates it and loads the bundled data, the second reads it.
    const env = { ...process.env, REGECON_DB: path.join(dir, "bench.duckdb") };
    for (const label of ["first run (creates the store)", "second run"]) {
      const t0 = performance.now();
      execFileSync(process.execPath, [...cli, "report", "--out", path.join(dir, "cold.html"), "--json"], { stdio: "ignore", env });
      console.log(`CLI ${label}, new process (${existsSync(dist) ? "dist" : "tsx"}), html+docx with maps: ${(performance.now() - t0).toFixed(0)} ms`);
    }

    const registry = loadRegistry();
    const map = { boundaries: loadBoundaries(registry) };
    for (let i = 1; i <= 3; i++) {
      const { ms, peakRssMiB } = await measure(async () => {
        const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
        const doc = buildReport({ dataset, registry, year: 2024, lang: "zh", map });
        return renderOutputs(doc, ["html", "docx"], path.join(dir, `warm${i}`));
      });
      console.log(`warm run ${i} (load data, build, render html+docx in memory): ${ms.toFixed(0)} ms, peak RSS ${peakRssMiB.toFixed(0)} MiB`);
    }
    console.log("target: whole report under 3 s");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
