import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { subsetFont } from "../charts/fontSubset.js";
import { rasterFontFiles } from "../charts/resvgRender.js";
import { ASCII, sourceCharacters } from "../charts/sourceCharacters.js";
import type { ServeData } from "./data.js";
import type { Lists } from "./views/lists.js";

/**
 * The page's fallback Chinese font, for machines without one: the bundled Noto Sans SC (8 MB) subset
 * to the characters the dashboard can print (about 1000, ~270 KB), so a first visit does not fetch
 * 8 MB. Machines with Noto Sans SC installed use their own (the page's @font-face names local fonts
 * first) and never fetch it.
 *
 * The characters: every word the pages print comes from the message catalogue (src/messages, the one
 * home for words; compiled to dist/messages), the chart builders and views add symbols (≤, ·), and the
 * rest comes from the data (names of regions, indicators, groupings, sources, vintages, the 审图号);
 * plus printable ASCII. test/server/font.test.ts checks the page's and the API's answers against it.
 * The file name carries a hash of the characters, so a browser may keep it while the data stay the same.
 */

/**
 * Where the page's text is written: the message catalogue (words), the chart builders (symbols of
 * legends and labels such as ≤, ~) and the views (separators such as ·).
 */
const TEXT_DIRS = ["../messages/", "../charts/", "../server/", "../server/views/"];

/**
 * The characters the dashboard can print for `data`: ASCII, the characters of the catalogue, chart and
 * view sources, and those of the data's names (the page lists in both languages, sources, store vintages, boundaries, 审图号).
 * Sorted, so the same data give the same text.
 */
export function pageCharacters(data: ServeData, lists: readonly Lists[]): string {
  const chars = sourceCharacters(TEXT_DIRS);
  for (const ch of ASCII) chars.add(ch);
  const named = JSON.stringify([
    lists,
    [...data.dataset.sources.values()],
    data.vintages,
    data.registry.provinces,
    data.registry.groupings,
    [...data.boundaries.featureNameByCode.values(), ...data.boundaries.decorationNames],
    data.label,
    data.mapApproval ?? "",
  ]);
  for (const ch of named) if (ch > "\x7e") chars.add(ch);
  return [...chars].sort().join("");
}

/** The subset font: its file name (what the page asks for) and its bytes, computed once on first use. */
export class PageFont {
  /** File name under /fonts/, e.g. "NotoSansSC-3fa2c1d09b7e.otf". */
  readonly file: string;
  private bytes?: Promise<Buffer>;

  constructor(readonly characters: string) {
    this.file = `NotoSansSC-${createHash("sha256").update(characters).digest("hex").slice(0, 12)}.otf`;
  }

  /**
   * The subset's bytes (OpenType CFF). Subsetting takes a fraction of a second of CPU on this thread:
   * `regecon serve` starts it as soon as it listens, so the first page does not wait for it.
   */
  load(): Promise<Buffer> {
    return (this.bytes ??= subsetFont(readFileSync(rasterFontFiles().regular), this.characters));
  }
}
