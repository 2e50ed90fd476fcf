import type { Dataset } from "../data/dataset.js";
import type { Registry } from "../data/registry.js";
import type { Boundaries } from "../charts/boundaries.js";
import type { ReportWarning } from "../types/document.js";

/**
 * What every report section needs: the data, the registry, the report year and language, and the
 * shared counters that number figures (图N) and tables (表N) in order of appearance.
 */
export interface ReportContext {
  dataset: Dataset;
  registry: Registry;
  year: number;
  lang: "zh" | "en";
  counters: { figure: number; table: number };
  /** Map boundaries and the 审图号 to print under every map; no maps when absent. */
  map?: { boundaries: Boundaries; approval?: string };
  /** Warnings collected while building (printed by the CLI and listed at the end of the report). */
  warnings: ReportWarning[];
}

/** Next figure label: "图3" or "Figure 3". */
export function nextFigureLabel(ctx: ReportContext): string {
  ctx.counters.figure += 1;
  return ctx.lang === "zh" ? `图${ctx.counters.figure}` : `Figure ${ctx.counters.figure}`;
}

/** Next table label: "表1" or "Table 1". */
export function nextTableLabel(ctx: ReportContext): string {
  ctx.counters.table += 1;
  return ctx.lang === "zh" ? `表${ctx.counters.table}` : `Table ${ctx.counters.table}`;
}
