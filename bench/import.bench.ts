/**
 * Import and query a synthetic county-scale panel: 3,000 regions × 30 years × 50 indicators
 * (4.5 million observations) as a tidy CSV, into a fresh store; then a group aggregate over all of it.
 * Targets (issue #3): import < 10 s, aggregate < 200 ms on a 2-core machine.
 */
import { mkdtempSync, rmSync, createWriteStream, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { parseImportFile } from "../src/data/import/index.js";
import { loadRegistry } from "../src/data/registry.js";
import { Store } from "../src/data/store/store.js";
import { measure } from "./util.js";

const REGIONS = 3000;
const YEARS = 30;
const INDICATORS = 50;

async function writePanel(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write("region,year,indicator,value,unit,source\n");
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let r = 0; r < REGIONS; r++) {
    const code = String(500101 + r);
    const lines: string[] = [];
    for (let y = 0; y < YEARS; y++) {
      for (let i = 0; i < INDICATORS; i++) {
        lines.push(`${code},${1995 + y},ind${String(i + 1).padStart(2, "0")},${(rnd() * 10000).toFixed(1)},u,synthetic\n`);
      }
    }
    if (!out.write(lines.join(""))) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-bench-"));
  try {
    const file = path.join(dir, "county-panel.csv");
    await writePanel(file);
    const registry = loadRegistry();
    const store = await Store.open(path.join(dir, "bench.duckdb"), registry); // includes first-use bundled load
    try {
      const imp = await measure(async () => {
        const parsed = await parseImportFile(file, registry, { allowNewIndicators: true, allowSubprovincial: true });
        return store.importParsed(parsed, parsed.bytes);
      });
      console.log(
        `import ${imp.result.rows.toLocaleString("en")} observations (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB tidy CSV): ${(imp.ms / 1000).toFixed(2)} s, peak RSS ${imp.peakRssMiB.toFixed(0)} MiB  (target < 10 s)`,
      );
      const sql = "SELECT indicator, year, count(*) AS n, sum(value) AS total, avg(value) AS mean FROM observations_current GROUP BY indicator, year";
      await store.rows(sql); // warm-up
      const times: number[] = [];
      let rows = 0;
      let peak = 0;
      for (let k = 0; k < 5; k++) {
        const q = await measure(() => store.rows(sql));
        times.push(q.ms);
        rows = q.result.length;
        peak = Math.max(peak, q.peakRssMiB);
      }
      times.sort((a, b) => a - b);
      console.log(`group aggregate (indicator × year over all ${(REGIONS * YEARS * INDICATORS).toLocaleString("en")} + bundled rows → ${rows} groups): median ${times[2]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, peak RSS ${peak.toFixed(0)} MiB  (target < 200 ms)`);
    } finally {
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
