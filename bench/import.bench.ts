/**
 * Import a synthetic county-scale panel: 3,000 regions × 30 years × 50 indicators (4.5 million
 * observations, 158 MiB) as a tidy CSV, as `regecon import FILE --new-indicators` does (read, validate,
 * write one vintage), into a new store; then a group aggregate over all of it.
 *
 * The reference, measured in the same run and the same engine: DuckDB's own `read_csv` of the same file
 * into a table of the store (`CREATE TABLE … AS SELECT * FROM read_csv(file)`). Each run opens a new
 * store, measures the reference and the import in turn (which comes first alternates), and drops the
 * reference table again. Targets (issue #13): import ≤ 2 × the reference (median ratio), peak RSS
 * ≤ 600 MiB. `npm run bench -- import 5` runs 5 times (default 3).
 */
import { mkdtempSync, rmSync, createWriteStream, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { parseImportFile } from "../src/data/import/index.js";
import { loadRegistry } from "../src/data/registry.js";
import { Store } from "../src/data/store/store.js";
import { median } from "./suite.js";
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
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
  const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-bench-"));
  try {
    const file = path.join(dir, "county-panel.csv");
    await writePanel(file);
    const registry = loadRegistry();
    const ratios: number[] = [];
    let peak = 0;
    let store: Store | undefined;
    for (let k = 0; k < runs; k++) {
      store?.close();
      store = await Store.open(path.join(dir, `run${k}`, "bench.duckdb"), registry); // includes the first-use bundled load
      const s = store;
      const reference = async () => {
        const t = await measure(() => s.sql.run("CREATE TABLE reference AS SELECT * FROM read_csv($file)", { file }));
        await s.sql.run("DROP TABLE reference; CHECKPOINT");
        return t;
      };
      const importing = () =>
        measure(async () => {
          const parsed = await parseImportFile(file, registry, { allowNewIndicators: true, allowSubprovincial: true, validateAtImport: true });
          return s.importParsed(parsed, parsed.bytes);
        });
      let ref: Awaited<ReturnType<typeof reference>>;
      let imp: Awaited<ReturnType<typeof importing>>;
      if (k % 2 === 0) {
        ref = await reference();
        imp = await importing();
      } else {
        imp = await importing();
        ref = await reference();
      }
      if (imp.result.rows !== REGIONS * YEARS * INDICATORS) throw new Error(`bench import stored ${imp.result.rows} rows`);
      ratios.push(imp.ms / ref.ms);
      peak = Math.max(peak, imp.peakRssMiB);
      console.log(
        `  run ${k + 1}: import ${(imp.ms / 1000).toFixed(2)} s (CPU ${(imp.cpuMs / 1000).toFixed(2)} s, peak RSS ${imp.peakRssMiB.toFixed(0)} MiB), ` +
          `DuckDB read_csv into a table ${(ref.ms / 1000).toFixed(2)} s (CPU ${(ref.cpuMs / 1000).toFixed(2)} s): ratio ${(imp.ms / ref.ms).toFixed(2)}`,
      );
      if (k < runs - 1) rmSync(path.join(dir, `run${k}`), { recursive: true, force: true });
    }
    console.log(
      `import ${(REGIONS * YEARS * INDICATORS).toLocaleString("en")} observations (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB tidy CSV): ` +
        `${median(ratios).toFixed(2)} × DuckDB's own read_csv into a table (median of ${runs}; ${ratios.map((r) => r.toFixed(2)).join(", ")}), peak RSS ${peak.toFixed(0)} MiB  (target ≤ 2 ×, ≤ 600 MiB)`,
    );
    try {
      const sql = "SELECT indicator, year, count(*) AS n, sum(value) AS total, avg(value) AS mean FROM observations_current GROUP BY indicator, year";
      await store!.rows(sql); // warm-up
      const times: number[] = [];
      let rows = 0;
      let aggPeak = 0;
      for (let k = 0; k < 5; k++) {
        const q = await measure(() => store!.rows(sql));
        times.push(q.ms);
        rows = q.result.length;
        aggPeak = Math.max(aggPeak, q.peakRssMiB);
      }
      times.sort((a, b) => a - b);
      console.log(
        `group aggregate (indicator × year over all ${(REGIONS * YEARS * INDICATORS).toLocaleString("en")} + bundled rows → ${rows} groups): median ${times[2]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, peak RSS ${aggPeak.toFixed(0)} MiB  (target < 200 ms)`,
      );
    } finally {
      store!.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
