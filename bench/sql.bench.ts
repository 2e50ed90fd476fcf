/**
 * Issue #13 target: `regecon sql` of 20 million rows to a file in bounded memory (peak RSS ≤ 500 MiB).
 * Runs the installed CLI (`dist/cli/bin.js`; the sources through tsx when dist/ is missing) in a new
 * process — `regecon sql "SELECT range AS i, range * 1.5 AS v FROM range(N)" --format csv --out FILE` —
 * and reads its peak RSS from the process itself at exit (a preloaded module prints
 * `process.resourceUsage().maxRSS`). The reference, measured in the same run on the same engine:
 * DuckDB's own `COPY (same query) TO FILE (HEADER)` in this process. Prints times, the ratio, and both
 * output files' sizes. `npm run bench -- sql 2000000` runs a smaller N.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRegistry } from "../src/data/registry.js";
import { Store } from "../src/data/store/store.js";
import { measure } from "./util.js";

export async function run(): Promise<void> {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 20_000_000);
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-bench-sql-"));
  try {
    const db = path.join(dir, "bench.duckdb");
    const query = `SELECT range AS i, range * 1.5 AS v FROM range(${n})`;
    const store = await Store.open(db, loadRegistry()); // creates the store (bundled data), not counted
    const reference = path.join(dir, "reference.csv");
    const copy = await measure(() => store.sql.run(`COPY (${query}) TO '${reference}' (FORMAT csv, HEADER)`));
    store.close();

    const dist = fileURLToPath(new URL("../dist/cli/bin.js", import.meta.url));
    const cli = existsSync(dist) ? [dist] : ["--import", "tsx", fileURLToPath(new URL("../src/cli/bin.ts", import.meta.url))];
    const rss = path.join(dir, "rss.mjs");
    writeFileSync(rss, 'process.on("exit", () => process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n');
    const out = path.join(dir, "out.csv");
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--import", rss, ...cli, "sql", query, "--format", "csv", "--out", out, "--db", db], { encoding: "utf8" });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`regecon sql exited ${r.status}: ${r.stderr}`);
    const peakMiB = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1]) / 1024;
    console.log(
      `regecon sql of ${n.toLocaleString("en")} rows to a CSV file (${(statSync(out).size / 2 ** 20).toFixed(0)} MiB; DuckDB's ${(statSync(reference).size / 2 ** 20).toFixed(0)} MiB): ` +
        `${(ms / 1000).toFixed(1)} s in a new process = ${(ms / copy.ms).toFixed(1)}× DuckDB's own COPY … TO (${(copy.ms / 1000).toFixed(1)} s, this process), peak RSS ${peakMiB.toFixed(0)} MiB  (target ≤ 500 MiB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
