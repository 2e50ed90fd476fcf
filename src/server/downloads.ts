import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { neutraliseCell } from "../cli/export.js";
import { indicatorCatalogue } from "../data/indicators.js";
import * as m from "../messages/serve.js";
import { NATIONAL_CODE } from "../types/observation.js";
import type { ViewContext, ViewMeta, ViewTable } from "./views/context.js";

/**
 * Downloads in the style of Our World in Data: a zip with the data ("as shown" on the page, or the
 * full series of every indicator behind the view) as CSV or XLSX, a `metadata.json` (indicator names
 * in both languages, units, sources and vintages, the method notes, the licence note and how to cite)
 * and a `README.md` in the page's language.
 */

export type DownloadScope = "shown" | "full";
export type DownloadFormat = "csv" | "xlsx";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

type Cell = string | number | undefined;

/** CSV text (UTF-8 with BOM, CRLF) of a header and rows; text cells a spreadsheet would run as formulas are neutralised. */
export function csvText(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cell = (v: Cell): string => {
    if (typeof v === "number") return String(v);
    const s = neutraliseCell(v ?? "");
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return "\uFEFF" + [columns, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** The full series of `indicators`: every observation of the dataset (provinces, national, published group totals). */
export function fullSeriesTable(ctx: ViewContext, indicators: readonly string[]): { columns: string[]; rows: Cell[][] } {
  const columns = ["region_code", "region_name", "year", "indicator", "value", "unit", "source_id", "vintage"];
  const rows: Cell[][] = [];
  for (const id of indicators) {
    const obs = [...ctx.data.dataset.observations(id)].sort((a, b) => regionOrder(a.regionCode) - regionOrder(b.regionCode) || a.regionCode.localeCompare(b.regionCode) || a.year - b.year);
    for (const o of obs) rows.push([o.regionCode, ctx.regionName(o.regionCode), o.year, o.indicator, o.value, o.unit, o.source, o.vintage]);
  }
  return { columns, rows };
}

function regionOrder(code: string): number {
  return code === NATIONAL_CODE ? 0 : /^\d{6}$/.test(code) ? 1 : 2;
}

/** The metadata of a download (metadata.json): what the data are, where they come from, how to cite them. */
export function metadata(ctx: ViewContext, meta: ViewMeta, scope: DownloadScope, params: Record<string, string>, columns: readonly string[]): Record<string, unknown> {
  const catalogue = indicatorCatalogue();
  const sourceIds = new Set(meta.indicators.flatMap((i) => ctx.data.dataset.observations(i).map((o) => o.source)));
  const sources = [...sourceIds].sort().map((id) => ctx.data.dataset.source(id));
  return {
    title: meta.title,
    scope,
    scopeDescription: ctx.say(scope === "shown" ? m.scopeShown : m.scopeFull),
    view: params,
    language: ctx.lang,
    columns,
    indicators: meta.indicators.map((id) => {
      const d = catalogue.get(id);
      return { id, name: d ? { zh: d.nameZh, en: d.nameEn } : { zh: id, en: id }, unit: d ? { zh: d.unit, en: d.unitEn } : undefined, aggregation: d?.aggregation };
    }),
    sources: sources.map((s) => ({ id: s.id, producer: { zh: s.producer, en: s.producerEn }, title: { zh: s.title, en: s.titleEn }, vintage: s.vintage, vintageLabel: { zh: s.vintageLabel, en: s.vintageLabelEn }, retrieved: s.retrieved })),
    notes: meta.notes,
    data: ctx.say(ctx.data.label),
    licence: ctx.say(m.licenceNote),
    citation: ctx.say(m.citation(meta.title, VERSION)),
    software: { name: "regecon", version: VERSION },
  };
}

/** README.md of a download, in the page's language. */
export function readme(ctx: ViewContext, meta: ViewMeta, scope: DownloadScope, dataFile: string, columns: readonly string[]): string {
  return ctx.say(m.readme({ title: meta.title, scope, dataFile, columns, notes: meta.notes, licence: m.licenceNote, citation: m.citation(meta.title, VERSION) }));
}

/** The spreadsheet: the data sheet and a metadata sheet (key, value). SheetJS loads on first use. */
async function xlsxBytes(columns: readonly string[], rows: readonly (readonly Cell[])[], meta: Record<string, unknown>): Promise<Uint8Array> {
  const XLSX = await import("@e965/xlsx");
  const safe = (r: readonly Cell[]) => r.map((v) => (typeof v === "string" ? neutraliseCell(v) : v ?? null));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[...columns], ...rows.map(safe)]), "data");
  const metaRows = Object.entries(meta).map(([k, v]) => [k, typeof v === "string" ? neutraliseCell(v) : JSON.stringify(v)]);
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["key", "value"], ...metaRows]), "metadata");
  return new Uint8Array(XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
}

/**
 * The zip of a download: `<name>.csv` or `<name>.xlsx`, `metadata.json`, `README.md`.
 * `table` is the view's table ("as shown"); the full scope reads every observation of `meta.indicators`.
 */
export async function downloadZip(ctx: ViewContext, meta: ViewMeta, table: ViewTable, scope: DownloadScope, format: DownloadFormat, params: Record<string, string>): Promise<{ name: string; bytes: Uint8Array }> {
  const data = scope === "shown" ? { columns: table.columns, rows: table.rows } : fullSeriesTable(ctx, meta.indicators);
  const stem = `regecon-${meta.name}-${scope}`;
  const dataFile = `${stem}.${format}`;
  const md = metadata(ctx, meta, scope, params, data.columns);
  const files: Record<string, Uint8Array> = {
    [dataFile]: format === "csv" ? strToU8(csvText(data.columns, data.rows)) : await xlsxBytes(data.columns, data.rows, md),
    "metadata.json": strToU8(JSON.stringify(md, null, 2) + "\n"),
    "README.md": strToU8(readme(ctx, meta, scope, dataFile, data.columns)),
  };
  return { name: `${stem}-${format}.zip`, bytes: zipSync(files, { level: 6, mtime: new Date("2000-01-01T00:00:00Z") }) };
}
