import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { cleanUpOnInterrupt } from "../data/onInterrupt.js";
import { temporaryFolder } from "../data/temporaryFolder.js";
import { subsetFont } from "./fontSubset.js";
import { charactersOf, rasterFontFiles, renderPng, resvgOptions, usesBold, type RasterizeOptions } from "./resvgRender.js";
import type { WorkerInput, WorkerJob, WorkerMessage } from "./rasterWorker.js";
import { ASCII, sourceCharacters } from "./sourceCharacters.js";

export { RASTER_FONT_FAMILY, charactersOf, rasterFontFiles, resvgOptions, usesBold, type RasterizeOptions } from "./resvgRender.js";

/** Options of {@link startRasterizer}. */
export interface RasterizerOptions extends RasterizeOptions {
  /** Worker threads besides the calling thread; default one per further core, at most 3 (none on one core). */
  workers?: number;
  /** The characters of the font subset (SVGs with others use the full fonts); default `chartCharacters()`. */
  characters?: string;
}

/**
 * Renders chart SVGs to PNG while the caller goes on (e.g. builds the rest of the report). See
 * {@link startRasterizer}.
 */
export interface Rasterizer {
  /** Start rendering an SVG on a worker thread (nothing happens for an SVG already added). */
  add(svg: string): void;
  /**
   * The PNG of an SVG (added first if it was not). While waiting, this thread renders the jobs no
   * worker has started, newest first. Rejects with resvg's error when the SVG is malformed.
   */
  png(svg: string): Promise<Buffer>;
  /** How many SVGs were rendered from the font subset and how many needed the full fonts. */
  readonly counts: { subset: number; fullFonts: number };
  /** Stop the workers and remove the temporary subset fonts. */
  close(): Promise<void>;
}

/** Where the catalogue's and the chart builders' source files are, relative to this module (see sourceCharacters). */
const TEXT_DIRS = ["../messages/", "../charts/"];

/**
 * Every character a report's charts can show before they are drawn: printable ASCII, the characters of
 * the message catalogue and the chart builders (the one home of their words and symbols) and those of
 * `names` (e.g. the registry's region names as JSON). Sorted.
 */
export function chartCharacters(names = ""): string {
  const chars = sourceCharacters(TEXT_DIRS);
  for (const ch of ASCII + names) chars.add(ch);
  return [...chars].sort().join("");
}

/** Value of a job's claim flag: 0 free, HERE claimed by the calling thread, workerClaim(k) by worker k. */
const HERE = -1;
const workerClaim = (k: number) => k + 1;

/** Job of this thread's bookkeeping: its shared claim flag and the PNG's promise. */
interface Job {
  id: number;
  svg: string;
  subset: boolean;
  claim: Int32Array;
  result: Promise<Buffer>;
  resolve: (png: Buffer) => void;
  reject: (e: Error) => void;
}

/**
 * Start a rasteriser: chart SVGs to PNG with resvg, using only the bundled Noto Sans Hans fonts
 * (system fonts are not loaded), so a PNG is the same on every machine and Chinese text always has
 * glyphs.
 *
 * Why it is built this way (issue 13): resvg loads the fonts anew for every SVG, and the full Regular
 * font is 8 MB; rendering a report's two dozen charts is most of the time of writing its Word file.
 * So the Regular font is subset once (HarfBuzz hb-subset, all layout features kept) to
 * `options.characters` (by default {@link chartCharacters}: what the charts can show before they are
 * drawn) on a worker thread, while the calling thread goes on building; each SVG `add`ed is posted to
 * the workers at once and rendered there while the report is still being built, and `png` makes the
 * calling thread render what is left. An SVG with a character outside the subset, or asking for a bold
 * weight, is rendered from the two full font files (Regular, Bold), as is everything when subsetting
 * fails: slower, same pixels. PNGs are byte-identical to rendering each SVG with the full fonts
 * (test/charts/rasterize.test.ts).
 *
 * Input: SVG markup with width/height attributes (as from `renderSvg`); output PNG of
 * (width × scale) × (height × scale) px. Call `close()` when done (workers do not keep the process alive).
 */
export function startRasterizer(options: RasterizerOptions = {}): Rasterizer {
  const characters = options.characters ?? chartCharacters();
  const chars = new Set(characters);
  const folder = temporaryFontFolder();
  const subsetFile = (name: string) => (folder ? path.join(folder.path, name) : undefined);
  const full = rasterFontFiles();
  const fullOptions = resvgOptions([full.regular, full.bold], options);
  const jobs = new Map<string, Job>();
  const counts = { subset: 0, fullFonts: 0 };
  const workerCount = options.workers ?? Math.min(3, availableParallelism() - 1);

  const jobList: Job[] = [];
  const settle = (m: WorkerMessage) => {
    if (m.kind === "png") jobList[m.id]!.resolve(Buffer.from(m.png.buffer, m.png.byteOffset, m.png.byteLength));
    if (m.kind === "error") jobList[m.id]!.reject(new Error(m.message));
  };
  const workers = Array.from({ length: Math.max(0, workerCount) }, (_, k) => {
    const input: WorkerInput = { claimValue: workerClaim(k), characters, subsetFile: subsetFile(`regular-${k}.otf`), options: { scale: options.scale, background: options.background } };
    const worker = startWorker(input);
    worker.unref();
    worker.on("message", settle);
    // A worker that fails leaves the jobs it claimed unanswered: reject those; the other threads render the rest.
    const fail = (e: Error) => jobList.forEach((job) => Atomics.load(job.claim, 0) === workerClaim(k) && job.reject(e));
    worker.on("error", fail);
    worker.on("exit", (code) => code !== 0 && fail(new Error(`rasterize worker exited with code ${code}`)));
    return worker;
  });

  // The subset this thread renders with: the first worker's (when it says it is ready), or its own.
  let subsetHere: Promise<ReturnType<typeof resvgOptions>> | undefined;
  const subsetOptions = () =>
    (subsetHere ??= workers.length > 0
      ? new Promise((resolve) => {
          workers[0]!.on("message", (m: WorkerMessage) => m.kind === "fonts" && resolve(m.ok ? resvgOptions([subsetFile("regular-0.otf")!], options) : fullOptions));
          workers[0]!.once("exit", () => resolve(fullOptions)); // never ready: the full fonts give the same pixels
        })
      : subsetFont(readFileSync(full.regular), characters).then(
          (bytes) => {
            const file = subsetFile("regular-here.otf");
            if (file === undefined) return fullOptions;
            writeFileSync(file, bytes);
            return resvgOptions([file], options);
          },
          () => fullOptions,
        ));
  if (workers.length > 0) void subsetOptions(); // listen for the first worker's "fonts" from the start

  const add = (svg: string): Job => {
    let job = jobs.get(svg);
    if (job) return job;
    const subset = !usesBold([svg]) && [...charactersOf([svg])].every((ch) => chars.has(ch));
    counts[subset ? "subset" : "fullFonts"]++;
    const claim = new Int32Array(new SharedArrayBuffer(4));
    let resolve!: (png: Buffer) => void;
    let reject!: (e: Error) => void;
    const result = new Promise<Buffer>((res, rej) => ((resolve = res), (reject = rej)));
    result.catch(() => undefined); // an SVG nobody asks for the PNG of must not end the process
    job = { id: jobList.length, svg, subset, claim, result, resolve, reject };
    jobs.set(svg, job);
    jobList.push(job);
    const message: WorkerJob = { id: job.id, svg, subset, claim: claim.buffer as SharedArrayBuffer };
    for (const w of workers) w.postMessage(message);
    return job;
  };

  /**
   * Render on this thread, one at a time, the jobs no worker has claimed, newest first (workers take
   * the oldest first). A job is claimed only once its font is at hand, so a worker may still take it
   * meanwhile. One loop at a time: callers waiting together share it.
   */
  let draining: Promise<void> | undefined;
  const drainLoop = async () => {
    for (let job = newestFree(); job; job = newestFree()) {
      const fonts = job.subset ? await subsetOptions() : fullOptions;
      if (Atomics.compareExchange(job.claim, 0, 0, HERE) !== 0) continue;
      try {
        job.resolve(renderPng(job.svg, fonts));
      } catch (e) {
        job.reject(e as Error);
      }
    }
  };
  const newestFree = (): Job | undefined => {
    for (let i = jobList.length - 1; i >= 0; i--) if (Atomics.load(jobList[i]!.claim, 0) === 0) return jobList[i];
    return undefined;
  };
  const drain = () => (draining ??= drainLoop().finally(() => (draining = undefined)));
  // Workers are referenced (keep the process alive) only while somebody waits for a PNG.
  let waiting = 0;
  const wait = (delta: 1 | -1) => {
    waiting += delta;
    if (delta === 1 && waiting === 1) workers.forEach((w) => w.ref());
    if (delta === -1 && waiting === 0) workers.forEach((w) => w.unref());
  };

  return {
    counts,
    add: (svg) => void add(svg),
    async png(svg) {
      const job = add(svg);
      wait(1);
      try {
        while (Atomics.load(job.claim, 0) === 0) await drain();
        return await job.result;
      } finally {
        wait(-1);
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
      folder?.remove();
    },
  };
}

/**
 * A temporary folder for the subset fonts. `remove()` deletes it; should the process be interrupted
 * before (SIGINT, SIGTERM, SIGHUP), it is deleted on the signal, which is then raised again (so the
 * process still ends as the signal says). Undefined when the system's temporary folder cannot be
 * written (TMPDIR missing or read-only): the fonts are then used whole — slower, same pixels.
 */
function temporaryFontFolder(): { path: string; remove: () => void } | undefined {
  let dir: string;
  try {
    dir = temporaryFolder("regecon-fonts-");
  } catch {
    return undefined; // TEMP_UNAVAILABLE: the full fonts give the same pixels
  }
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const off = cleanUpOnInterrupt(removeDir);
  return {
    path: dir,
    remove: () => {
      off();
      removeDir();
    },
  };
}

/**
 * A worker thread running rasterWorker: the compiled dist/charts/rasterWorker.js, from dist/charts/ and
 * from the bundle in dist/cli/ (both two levels below the package root); rasterWorker.ts beside this
 * file when running from the sources under tsx (tests, benchmarks), whose loader a worker thread does
 * not inherit, so the worker registers it first.
 */
function startWorker(input: WorkerInput): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("../charts/rasterWorker.js", import.meta.url), { workerData: input });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const module = JSON.stringify(new URL("./rasterWorker.ts", import.meta.url).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${module}); });`, { eval: true, workerData: input });
}

/**
 * Rasterise chart SVGs to PNG (see {@link startRasterizer}): the PNG bytes in input order. Rejects
 * with resvg's error on a malformed SVG. One SVG is rendered on this thread (no worker is started).
 */
export async function rasterizeSvgs(svgs: readonly string[], options: RasterizerOptions = {}): Promise<Buffer[]> {
  if (svgs.length === 0) return [];
  const rasterizer = startRasterizer({ workers: svgs.length === 1 ? 0 : undefined, characters: charactersOf(svgs), ...options });
  try {
    svgs.forEach((svg) => rasterizer.add(svg));
    return await Promise.all(svgs.map((svg) => rasterizer.png(svg)));
  } finally {
    await rasterizer.close();
  }
}
