import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { subsetFont } from "./fontSubset.js";

/**
 * Family name inside the bundled Noto Sans Hans OTF files (@embedpdf/fonts-sc, SIL OFL 1.1).
 * Every font family in a chart SVG that is not found falls back to this one.
 */
export const RASTER_FONT_FAMILY = "Noto Sans S Chinese";

/** Directory of the bundled Noto Sans Hans OTF files. */
export function bundledFontDir(): string {
  // The package's `exports` map only exposes its JS entry, so resolve that and walk to fonts/.
  const entry = createRequire(import.meta.url).resolve("@embedpdf/fonts-sc");
  return path.join(path.dirname(entry), "..", "fonts");
}

/** Paths of the font files used for rasterising (Regular + Bold). */
export function rasterFontFiles(): { regular: string; bold: string } {
  const dir = bundledFontDir();
  return { regular: path.join(dir, "NotoSansHans-Regular.otf"), bold: path.join(dir, "NotoSansHans-Bold.otf") };
}

/** Options of {@link rasterizeSvgs}. */
export interface RasterizeOptions {
  /** Pixel multiplier relative to the SVG's own width/height; default 2 (crisp in Word at 16 cm). */
  scale?: number;
  /** Background colour; default white (charts have a transparent background). */
  background?: string;
}

/** resvg options: only the given font files, every generic family mapped to Noto Sans Hans, geometric precision. */
export function resvgOptions(fontFiles: string[], options: RasterizeOptions = {}): ResvgRenderOptions {
  return {
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    background: options.background ?? "#ffffff",
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: RASTER_FONT_FAMILY,
      sansSerifFamily: RASTER_FONT_FAMILY,
      serifFamily: RASTER_FONT_FAMILY,
      monospaceFamily: RASTER_FONT_FAMILY,
    },
    languages: ["zh-CN", "en"],
    shapeRendering: 2,
    textRendering: 1,
  };
}

/** The full font files' bytes, read once per process (8 MB each). */
const fontBytes = new Map<string, Buffer>();
function readFont(file: string): Buffer {
  let bytes = fontBytes.get(file);
  if (bytes === undefined) fontBytes.set(file, (bytes = readFileSync(file)));
  return bytes;
}

/** Printable ASCII: always kept in the subset (digits, Latin labels, punctuation, escaped markup). */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

/** Every character the SVGs can show: their literal characters and numeric character references. */
export function charactersOf(svgs: readonly string[]): string {
  const chars = new Set<string>(ASCII);
  for (const svg of svgs) {
    for (const m of svg.matchAll(/[^\x00-\x7e]/gu)) chars.add(m[0]);
    for (const m of svg.matchAll(/&#(?:x([0-9a-f]+)|(\d+));/gi)) chars.add(String.fromCodePoint(m[1] ? parseInt(m[1], 16) : Number(m[2])));
  }
  return [...chars].join("");
}

/** True when some SVG asks for a bold face (font-weight bold, bolder or 600–900). */
export function usesBold(svgs: readonly string[]): boolean {
  return svgs.some((s) => /font-weight\s*[:=]\s*["']?\s*(?:bold|bolder|[6-9]00)\b/i.test(s));
}

/**
 * Rasterise chart SVGs to PNG with resvg, using only the bundled Noto Sans Hans fonts (system fonts
 * are not loaded), so a PNG is the same on every machine and Chinese text always has glyphs.
 *
 * The fonts are loaded once for all the SVGs: the 8 MB Regular font (and Bold, only when an SVG asks
 * for a bold weight) is subset to the characters the SVGs use (`subsetFont`, all layout features
 * kept), written to a temporary directory that is removed afterwards, and every SVG is rendered
 * from that subset. Rendering and PNG encoding are split between this thread and a worker thread
 * (two cores; all on this thread when only one is available). The PNGs are byte-identical to
 * rendering each SVG with the full font files (checked by test/charts/rasterize.test.ts).
 *
 * Input: SVG markup with width/height attributes (as from `renderSvg`). Output: PNG bytes of
 * (width × scale) × (height × scale) px per SVG, in input order. Rejects with resvg's error on
 * malformed SVG.
 */
export async function rasterizeSvgs(svgs: readonly string[], options: RasterizeOptions = {}): Promise<Buffer[]> {
  if (svgs.length === 0) return [];
  const files = rasterFontFiles();
  const text = charactersOf(svgs);
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-fonts-"));
  try {
    const fontFiles: string[] = [];
    for (const [name, file] of Object.entries(files)) {
      if (name === "bold" && !usesBold(svgs)) continue;
      const subset = path.join(dir, path.basename(file));
      writeFileSync(subset, await subsetFont(readFont(file), text));
      fontFiles.push(subset);
    }
    const opts = resvgOptions(fontFiles, options);
    const [here, there] = splitByWork(svgs, availableParallelism() > 1 ? 2 : 1);
    const worker = there && there.length > 0 ? renderInWorker(there.map((i) => svgs[i]!), opts) : undefined;
    const pngs = new Array<Buffer>(svgs.length);
    try {
      for (const i of here!) pngs[i] = new Resvg(svgs[i]!, opts).render().asPng();
    } catch (e) {
      worker?.pngs.catch(() => undefined); // this error wins; the worker's result no longer matters
      await worker?.stop();
      throw e;
    }
    (await (worker?.pngs ?? [])).forEach((png, k) => (pngs[there![k]!] = png));
    return pngs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Indices of `svgs` dealt into `parts` groups of about equal markup length (a proxy for rendering work), largest first. */
function splitByWork(svgs: readonly string[], parts: number): number[][] {
  const groups = Array.from({ length: parts }, () => ({ indices: [] as number[], load: 0 }));
  for (const i of svgs.map((_, i) => i).sort((a, b) => svgs[b]!.length - svgs[a]!.length)) {
    const lightest = groups.reduce((a, b) => (b.load < a.load ? b : a));
    lightest.indices.push(i);
    lightest.load += svgs[i]!.length;
  }
  return groups.map((g) => g.indices.sort((a, b) => a - b));
}

/**
 * Worker thread code (CommonJS, given as source so that it runs the same from src/ under tsx, from
 * the compiled dist/ and from the bundle): render the SVGs to PNG with resvg and post the PNG bytes
 * back, transferred rather than copied.
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { Resvg } = require(workerData.resvg);
const pngs = workerData.svgs.map((svg) => new Uint8Array(new Resvg(svg, workerData.options).render().asPng()));
parentPort.postMessage(pngs, pngs.map((p) => p.buffer));
`;

/** Render SVGs to PNG in a worker thread: `pngs` rejects with the worker's error; `stop` ends the worker. */
function renderInWorker(svgs: string[], options: ResvgRenderOptions): { pngs: Promise<Buffer[]>; stop: () => Promise<number> } {
  const resvg = createRequire(import.meta.url).resolve("@resvg/resvg-js");
  const worker = new Worker(WORKER, { eval: true, workerData: { svgs, options, resvg } });
  const pngs = new Promise<Buffer[]>((resolve, reject) => {
    worker.once("message", (out: Uint8Array[]) => resolve(out.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))));
    worker.once("error", reject);
    worker.once("exit", (code) => code !== 0 && reject(new Error(`rasterize worker exited with code ${code}`)));
  });
  return { pngs, stop: () => worker.terminate() };
}
