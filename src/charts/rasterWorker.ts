/**
 * Worker thread of the chart rasteriser (rasterize.ts). It first subsets the Regular font to the
 * characters it is given (the slow step, done here so that the thread that builds the report does not
 * wait for it), tells the parent the subset is ready, then renders the SVG jobs it is sent. Every job
 * goes to every worker and to the parent; whoever claims it first (an atomic compare-and-swap on the
 * job's shared flag) renders it, the others skip it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { subsetFont } from "./fontSubset.js";
import { rasterFontFiles, renderPng, resvgOptions, type RasterizeOptions } from "./resvgRender.js";

/** What the parent gives each worker. */
export interface WorkerInput {
  /** The value this worker writes into a job's claim flag (the parent knows whose jobs a failed worker leaves). */
  claimValue: number;
  /** Characters of the subset (rasterize.ts decides which SVGs it covers). */
  characters: string;
  /** Where to write the subset font; none when no temporary folder could be made (full fonts then). */
  subsetFile?: string;
  options: RasterizeOptions;
}

/** A job as posted to the workers. `claim` holds one Int32: 0 while free, then the claiming thread's value. */
export interface WorkerJob {
  id: number;
  svg: string;
  /** True: render with the subset; false: with the full fonts (characters outside the subset, or bold). */
  subset: boolean;
  claim: SharedArrayBuffer;
}

/**
 * What a worker posts back: whether its subset is ready (when subsetting failed, its jobs use the full
 * fonts: same pixels, only slower), a job's PNG, or a job's error.
 */
export type WorkerMessage = { kind: "fonts"; ok: boolean } | { kind: "png"; id: number; png: Uint8Array } | { kind: "error"; id: number; message: string };

const port = parentPort!;
const input = workerData as WorkerInput;
const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
const full = rasterFontFiles();
const fullOptions = resvgOptions([full.regular, full.bold], input.options);
let subsetOptions = fullOptions;
try {
  if (input.subsetFile === undefined) throw new Error("no temporary folder");
  writeFileSync(input.subsetFile, await subsetFont(readFileSync(full.regular), input.characters));
  subsetOptions = resvgOptions([input.subsetFile], input.options);
  post({ kind: "fonts", ok: true });
} catch {
  post({ kind: "fonts", ok: false });
}

// Jobs posted meanwhile wait in the port's queue until this listener is attached.
port.on("message", (job: WorkerJob) => {
  if (Atomics.compareExchange(new Int32Array(job.claim), 0, 0, input.claimValue) !== 0) return; // taken by another thread
  try {
    const png = new Uint8Array(renderPng(job.svg, job.subset ? subsetOptions : fullOptions));
    post({ kind: "png", id: job.id, png }, [png.buffer as ArrayBuffer]);
  } catch (e) {
    post({ kind: "error", id: job.id, message: e instanceof Error ? e.message : String(e) });
  }
});
