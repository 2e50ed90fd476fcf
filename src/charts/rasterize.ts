import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
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
 * from that subset, in parallel on the libuv thread pool. The PNGs are byte-identical to rendering
 * each SVG with the full font files (checked by test/charts/rasterize.test.ts).
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
    const rendered = await Promise.all(svgs.map((svg) => renderAsync(svg, resvgOptions(fontFiles, options))));
    return rendered.map((image) => image.asPng());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
