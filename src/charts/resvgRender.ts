import { createRequire } from "node:module";
import path from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { ASCII } from "./sourceCharacters.js";

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

/** Paths of the full font files used for rasterising (Regular + Bold, 8 MB each). */
export function rasterFontFiles(): { regular: string; bold: string } {
  const dir = bundledFontDir();
  return { regular: path.join(dir, "NotoSansHans-Regular.otf"), bold: path.join(dir, "NotoSansHans-Bold.otf") };
}

/** Options of the rasteriser. */
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

/** One SVG to PNG bytes with resvg. Throws resvg's error on malformed SVG. */
export function renderPng(svg: string, options: ResvgRenderOptions): Buffer {
  return new Resvg(svg, options).render().asPng();
}

/** Every character the SVGs can show: their literal characters and numeric character references, plus printable ASCII. */
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
