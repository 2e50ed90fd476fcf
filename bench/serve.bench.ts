/**
 * `regecon serve` speed: a bounded load loop over loopback HTTP against the real server (Hono on
 * @hono/node-server) reading a temporary store filled with the bundled data.
 * - API latency p50/p95/max of the map and ranking endpoints over every indicator × year, cold (first
 *   request of each, computed) and warm (served from the view cache), with 4 requests in flight; the
 *   same for /api/health as the reference measured in the same run, and each figure as a ratio to it.
 *   Target: p95 < 20 ms for map and ranking. Then, one request at a time, the server's CPU time per
 *   request (process.cpuUsage around each, client in the same process): what a request costs on an idle
 *   core, a figure that a loaded machine (other processes) does not inflate as it inflates wall time.
 * - First page load in Chromium (when installed): load event and map drawn, with a fresh profile;
 *   once as on a machine with a Chinese font (the fallback font request is blocked) and once fetching
 *   the fallback font (the bundled Noto Sans SC subset to the page's characters; its size is printed).
 *   Charts do not wait for the font. Target: < 1 s.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadRegistry } from "../src/data/registry.js";
import { Store } from "../src/data/store/store.js";
import { createApp } from "../src/server/app.js";
import { ServeData } from "../src/server/data.js";
import { listen } from "../src/server/listen.js";

const IN_FLIGHT = 4;
const WARM_ROUNDS = 3;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Latencies (ms) of GET `urls`, IN_FLIGHT at a time; throws on any non-200 answer. */
async function load(base: string, urls: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const t0 = performance.now();
      const r = await fetch(`${base}${url}`);
      await r.arrayBuffer();
      times.push(performance.now() - t0);
      if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return times.sort((a, b) => a - b);
}

function line(name: string, times: number[], reference?: number): string {
  const p95 = percentile(times, 95);
  const ratio = reference ? `  p95 = ${(p95 / reference).toFixed(1)} × health` : "";
  return `  ${name.padEnd(22)} n=${String(times.length).padStart(4)}  p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  max ${times[times.length - 1]!.toFixed(1).padStart(6)} ms${ratio}`;
}

/** CPU time (user + system, ms) of this process per request, requests one at a time (server and client share the process). */
async function cpuPerRequest(base: string, urls: readonly string[]): Promise<number[]> {
  const out: number[] = [];
  for (const url of urls) {
    const before = process.cpuUsage();
    await (await fetch(`${base}${url}`)).arrayBuffer();
    const used = process.cpuUsage(before);
    out.push((used.user + used.system) / 1000);
  }
  return out.sort((a, b) => a - b);
}

async function pageLoad(url: string): Promise<void> {
  const executable = process.env.REGECON_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executable)) {
    console.log(`  first page load: not measured (no Chromium at ${executable})`);
    return;
  }
  const { chromium } = await import("playwright-core");
  for (const blockFont of [true, false]) {
    const profile = mkdtempSync(path.join(os.tmpdir(), "regecon-bench-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: executable,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await context.newPage();
      if (blockFont) await page.route("**/fonts/*", (r) => r.abort());
      await page.goto(`${url}#map`);
      await page.waitForFunction(() => document.body.dataset.ready === "map");
      const t = await page.evaluate(async () => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        const drawn = performance.now();
        await document.fonts.ready;
        const fonts = performance.now();
        const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
        const font = resources.find((r) => r.name.includes("/fonts/"));
        return { load: nav.loadEventEnd, drawn, fonts, transferred: nav.transferSize + resources.reduce((a, r) => a + r.transferSize, 0), font: font?.encodedBodySize ?? 0 };
      });
      const what = blockFont ? "(machine with a Chinese font)" : `(fetching the ${(t.font / 1024).toFixed(0)} KB fallback font)`;
      console.log(`  first page load ${what.padEnd(38)}: load event ${t.load.toFixed(0)} ms, map drawn ${t.drawn.toFixed(0)} ms, fonts ready ${t.fonts.toFixed(0)} ms, ${(t.transferred / 1024).toFixed(0)} KB transferred`);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-bench-serve-"));
  const db = path.join(dir, "store.duckdb");
  (await Store.open(db, loadRegistry())).close();
  const data = await ServeData.load({ db });
  const pairs = data.series.flatMap((s) => s.years.map((y) => `indicator=${s.id}&year=${y}`));
  // Each measurement on a fresh server, so "cold" means computed and "warm" means from the view cache.
  let app: ReturnType<typeof createApp> | undefined;
  const fresh = async () => listen((app = createApp(data, "zh")), "127.0.0.1", 0);
  try {
    let server = await fresh();
    let base = server.url.replace(/\/$/, "");
    console.log(`regecon serve: ${data.series.length} indicators, ${pairs.length} indicator-years, ${IN_FLIGHT} requests in flight`);
    await load(base, Array(50).fill("/api/health")); // warm up the connection pool and the JIT
    const health = await load(base, Array(pairs.length * WARM_ROUNDS).fill("/api/health"));
    const reference = percentile(health, 95);
    console.log(line("health (reference)", health));
    console.log(line("map, cold", await load(base, pairs.map((p) => `/api/map?${p}`)), reference));
    console.log(line("ranking, cold", await load(base, pairs.map((p) => `/api/ranking?${p}&lang=en`)), reference));
    const warm = Array.from({ length: WARM_ROUNDS }, () => pairs).flat();
    console.log(line("map, warm", await load(base, warm.map((p) => `/api/map?${p}`)), reference));
    console.log(line("ranking, warm", await load(base, warm.map((p) => `/api/ranking?${p}&lang=en`)), reference));
    await server.close();
    server = await fresh();
    base = server.url.replace(/\/$/, "");
    for (const [name, urls] of [
      ["health (reference)", pairs.map(() => "/api/health")],
      ["map, cold", pairs.map((p) => `/api/map?${p}`)],
      ["map, warm", pairs.map((p) => `/api/map?${p}`)],
    ] as const) {
      const cpu = await cpuPerRequest(base, urls);
      console.log(`  CPU per request, ${name.padEnd(18)} p50 ${percentile(cpu, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(cpu, 95).toFixed(2).padStart(6)} ms`);
    }
    await app!.prepare(); // as `regecon serve` does once listening
    await pageLoad(server.url);
    await server.close();
  } finally {
    data.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
