import { provinceYears, realGrowthOf } from "../analysis/aggregate.js";
import path from "node:path";
import { OBS_COLUMNS, SOURCES_FILE } from "../data/folder.js";
import { indicatorCatalogue } from "../data/indicators.js";
import * as m from "../messages/report.js";
import type { Block } from "../types/document.js";
import { verbatim, type Text } from "../types/text.js";
import type { ReportContext } from "./context.js";

/**
 * Notes for report parts that cannot be computed because indicators are missing. A part whose data
 * are missing is replaced by such a note (never dropped silently, never filled with invented
 * numbers); the note names each indicator and what the data hold of it. What is missing is also
 * recorded for the report's 数据说明 (`ctx.missing`), and how to import it — commands and indicator
 * ids, which belong to the command line, not the document — becomes a report warning the CLI prints.
 */

/** Warning code of a report part left out for missing indicators (the message says how to import them). */
export const DATA_MISSING = "DATA_MISSING";

/** The ids among `ids` that have no observation at all in the dataset. */
export function absentIndicators(ctx: ReportContext, ids: readonly string[]): string[] {
  return ids.filter((id) => !ctx.dataset.has(id));
}

/** Options of the missing-data helpers. */
export interface MissingOptions {
  /** Count only provincial observations (a national series does not make a provincial one present). */
  provincesOnly?: boolean;
}

/** Years with observations of `id` (provincial ones only with `provincesOnly`), ascending. */
export function yearsOf(ctx: ReportContext, id: string, options: MissingOptions = {}): number[] {
  return options.provincesOnly ? provinceYears(ctx.dataset, ctx.registry, id) : ctx.dataset.years(id);
}

/** The ids among `ids` with no observation in `year` (absent indicators included). */
export function indicatorsMissingIn(ctx: ReportContext, ids: readonly string[], year: number, options: MissingOptions = {}): string[] {
  return ids.filter((id) => !yearsOf(ctx, id, options).includes(year));
}

/** "城镇人口" / "urban population"; ids outside the catalogue as is. */
export function indicatorText(id: string): Text {
  return m.indicatorLabel(id, indicatorCatalogue().get(id));
}

/** `indicatorText` in one language. */
export function indicatorLabel(id: string, lang: "zh" | "en"): string {
  return indicatorText(id)[lang];
}

/**
 * Why `what` is omitted, without brackets: absent indicators are named as absent; indicators present in
 * other years get their available years and the missing `year`. Records the coverage for the 数据说明
 * and a DATA_MISSING warning with the import command of each id (`regecon import FILE --indicator ID`).
 */
export function missingDataText(ctx: ReportContext, what: Text, ids: readonly string[], year?: number, options: MissingOptions = {}): Text {
  const coverage = ids.map((id) => m.indicatorCoverage(indicatorText(id), yearsOf(ctx, id, options), year, options.provincesOnly ?? false));
  recordMissing(ctx, coverage, ids);
  return m.missingIndicators(what, coverage);
}

/**
 * Record what is missing: each coverage text once in `ctx.missing` (for the 数据说明), and once per
 * wording a DATA_MISSING warning saying how to add `ids`: the `regecon import` command for a run on the
 * store, the CSV file to add for a `--data DIR` run (which reads only that folder).
 */
export function recordMissing(ctx: ReportContext, coverage: readonly Text[], ids: readonly string[]): void {
  if (ctx.missing) for (const c of coverage) if (!ctx.missing.some((x) => x.zh === c.zh)) ctx.missing.push(c);
  if (ids.length === 0) return;
  const message = (ctx.dataFolder === undefined ? m.importHint(coverage, ids) : m.folderHint(coverage, ids.map((id) => folderFile(ctx.dataFolder!, id)), OBS_COLUMNS, SOURCES_FILE))[ctx.lang];
  if (!ctx.warnings.some((w) => w.code === DATA_MISSING && w.message === message)) ctx.warnings.push({ code: DATA_MISSING, message });
}

/** The file to add to a data folder for indicator `id`: DIR/<id>.csv, with the catalogue's unit. */
function folderFile(dir: string, id: string): { file: string; id: string; unit?: string } {
  return { file: path.join(dir, `${id}.csv`), id, unit: indicatorCatalogue().get(id)?.unit };
}

/**
 * A note block replacing `what` (e.g. "城镇化率图表") because `ids` are missing (see `missingDataText`).
 * `what` as Text, or (transitional, for sections not yet on the catalogue) a string in the report's language.
 */
export function missingDataNote(ctx: ReportContext, what: Text | string, ids: readonly string[], year?: number, options: MissingOptions = {}): Block {
  const w = typeof what === "string" ? verbatim(what) : what;
  return { kind: "note", text: m.bracketed(missingDataText(ctx, w, ids, year, options))[ctx.lang] };
}

/** The members a group real growth rate lacks in one year (GroupValue.missing of groupRealGrowth). */
export interface GrowthGap {
  year: number;
  /** Province codes whose real growth or previous-year GDP (the weight) is missing. */
  missing: readonly string[];
}

/**
 * Explains "—" for group real growth (weighted by previous-year GDP, see groupRealGrowth): for each
 * year with gaps, the provinces whose real growth is missing and, separately, those whose
 * previous-year GDP (the weight) is missing, naming that year; "各省份"/"every province" and no list
 * when no province has the data. `affected` names what cannot be computed ("相关板块增速",
 * "各战略区域的实际增速"). With `withYears`, growth missing everywhere also names the years the
 * growth data do cover. E.g. zh "注：2023年各省份的实际增速缺失；作为权重的2022年地区生产总值不在数据中，
 * 相关板块增速无法计算，以“—”表示。"
 */
export function missingGrowthNote(ctx: ReportContext, gaps: readonly GrowthGap[], affected: Text, options: { withYears?: boolean } = {}): Text[] {
  const province = (c: string) => ctx.registry.province(c);
  const out: Text[] = [];
  for (const gap of gaps) {
    const year = gap.year;
    const missing = [...new Set(gap.missing)];
    if (missing.length === 0) continue;
    const hasGrowth = (c: string) => realGrowthOf(ctx.dataset, c, year) !== undefined;
    const hasWeight = (c: string) => ctx.dataset.get("gdp_current", c, year - 1) !== undefined;
    const noGrowth = missing.filter((c) => !hasGrowth(c));
    const noWeight = missing.filter((c) => !hasWeight(c));
    const nowhere = (present: (c: string) => boolean) => ctx.registry.provinces.every((p) => !present(p.code));
    const parts: Text[] = [];
    if (noGrowth.length > 0) {
      const everywhere = nowhere(hasGrowth);
      const coverage =
        options.withYears && everywhere
          ? [...new Set(["gdp_index_prev_year", "gdp_real_growth"].flatMap((id) => yearsOf(ctx, id, { provincesOnly: true })))].sort((a, b) => a - b)
          : undefined;
      parts.push(m.growthMissingFor(everywhere, noGrowth.map(province), coverage));
    }
    if (noWeight.length > 0) parts.push(m.weightMissingFor(year - 1, nowhere(hasWeight), noWeight.map(province)));
    out.push(m.groupGrowthMissing(year, parts, affected));
  }
  return out;
}
