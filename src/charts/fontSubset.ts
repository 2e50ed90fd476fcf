import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The part of HarfBuzz's C API (hb-subset) that {@link subsetFont} calls, as exported by the wasm build. */
interface HbSubset {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_NAME_LANG_ID = 5;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let harfbuzz: Promise<HbSubset> | undefined;

/** The hb-subset WebAssembly module of harfbuzzjs (MIT), instantiated once per process on first use. */
function loadHarfbuzz(): Promise<HbSubset> {
  harfbuzz ??= (async () => {
    const file = createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz-subset.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(file));
    const hb = instance.exports as unknown as HbSubset;
    hb._initialize();
    return hb;
  })();
  return harfbuzz;
}

/**
 * Subset an OpenType/TrueType font (`font`, e.g. the 8 MB Noto Sans Hans OTF) to the characters of
 * `text`, keeping every layout feature (GSUB/GPOS, as `hb-subset --layout-features='*'`) and every
 * name record (family and style names), so text set in the subset is found, shaped and rendered
 * exactly as in the full font. Uses HarfBuzz's hb-subset (the
 * harfbuzzjs WebAssembly build), loaded on first use. Characters the font lacks are simply absent,
 * as in the full font.
 *
 * Output: the subset font's bytes (same format as the input). Throws Error when HarfBuzz cannot read
 * or subset the font.
 */
export async function subsetFont(font: Uint8Array, text: string): Promise<Buffer> {
  const hb = await loadHarfbuzz();
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error("hb_subset_input_create_or_fail failed");
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    // Keep every layout feature, and every name record: the typographic family and subfamily
    // (name ids 16/17, dropped by default) are how a renderer finds "Noto Sans S Chinese" Bold.
    for (const which of [HB_SUBSET_SETS_LAYOUT_FEATURE_TAG, HB_SUBSET_SETS_NAME_ID, HB_SUBSET_SETS_NAME_LANG_ID]) {
      const set = hb.hb_subset_input_set(input, which);
      hb.hb_set_clear(set);
      hb.hb_set_invert(set);
    }
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error("hb_subset_or_fail failed: the font could not be subset");
    const result = hb.hb_face_reference_blob(subset);
    const bytes = Buffer.from(new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(result, 0), hb.hb_blob_get_length(result)));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}
