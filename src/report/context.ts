import type { Dataset } from "../data/dataset.js";
import type { Registry } from "../data/registry.js";
import type { Boundaries } from "../charts/boundaries.js";
import type { ReportWarning } from "../types/document.js";
import type { Lang, Text } from "../types/text.js";
import * as m from "../messages/report.js";

/**
 * What every report section needs: the data, the registry, the report year and language, the map
 * boundaries, and the warnings collected while building. Figures and tables are numbered once, after
 * all sections are built (build.ts), so a section never numbers anything itself.
 */
export interface ReportContext {
  dataset: Dataset;
  registry: Registry;
  year: number;
  lang: Lang;
  /** Map boundaries and the 审图号 to print under every map; no maps when absent. */
  map?: { boundaries: Boundaries; approval?: string };
  /** Warnings collected while building (printed by the CLI and listed at the end of the report). */
  warnings: ReportWarning[];
  /** Source ids behind every figure and table built so far (sourceLine.ts adds them), for the 数据说明 and the subtitle. */
  sourcesUsed?: Set<string>;
  /** What the sections found missing (missingData.ts adds it), listed once in the 数据说明. */
  missing?: Text[];
  /**
   * The data folder the dataset was read from (`--data DIR`); undefined for the store. DATA_MISSING
   * warnings then name the CSV file to add to that folder instead of a `regecon import` command.
   */
  dataFolder?: string;
}
