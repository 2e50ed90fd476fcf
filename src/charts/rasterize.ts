import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

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
export function rasterFontFiles(): string[] {
  const dir = bundledFontDir();
  return [path.join(dir, "NotoSansHans-Regular.otf"), path.join(dir, "NotoSansHans-Bold.otf")];
}

/** Options of {@link rasterizeSvg}. */
export interface RasterizeOptions {
  /** Pixel multiplier relative to the SVG's own width/height; default 2 (crisp in Word at 16 cm). */
  scale?: number;
  /** Background colour; default white (charts have a transparent background). */
  background?: string;
}

/**
 * Rasterise chart SVG to PNG with resvg, using only the bundled Noto Sans Hans fonts (system fonts
 * are not loaded), so the PNG is the same on every machine and Chinese text always has glyphs.
 *
 * Input: SVG markup with width/height attributes (as from `renderSvg`). Output: PNG bytes of
 * (width × scale) × (height × scale) px. Throws resvg's error on malformed SVG.
 */
export function rasterizeSvg(svg: string, options: RasterizeOptions = {}): Buffer {
  const scale = options.scale ?? 2;
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: options.background ?? "#ffffff",
    font: {
      loadSystemFonts: false,
      fontFiles: rasterFontFiles(),
      defaultFontFamily: RASTER_FONT_FAMILY,
      sansSerifFamily: RASTER_FONT_FAMILY,
      serifFamily: RASTER_FONT_FAMILY,
      monospaceFamily: RASTER_FONT_FAMILY,
    },
    languages: ["zh-CN", "en"],
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
