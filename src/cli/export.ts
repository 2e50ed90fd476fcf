import { writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { indicatorCatalogue } from "../data/indicators.js";
import { loadRegistry } from "../data/registry.js";
import { copyExport, countExport, exportColumns, exportMetadata, exportQuery, type ExportSelection } from "../data/store/exportQuery.js";
import { Store } from "../data/store/store.js";
import * as m from "../messages/export.js";
import { RegeconError } from "../types/errors.js";
import { say } from "../types/text.js";
import { stringOption, yearOption, type Command } from "./command.js";
import { DB_OPTION } from "./import.js";
import { writeAllOrNothingStreamed } from "./output.js";

/**
 * Most rows an XLSX export holds: the workbook is built in memory by the spreadsheet library (about
 * 1 KiB per row while it is written), so the cap keeps an export under a few hundred MiB; CSV and Parquet
 * stream without a cap. (Excel's own limit is 1,048,576 rows per sheet.)
 */
export const XLSX_MAX_ROWS = 200_000;

const FORMATS = ["csv", "xlsx", "parquet"] as const;
type ExportFormat = (typeof FORMATS)[number];

/**
 * The export format from `--format` and the extension of `--out`. Without `--format` the extension
 * decides (.csv, .xlsx, .parquet); with `--format` the extension must equal it or be absent.
 * Throws RegeconError `BAD_ARGUMENT` naming both when they disagree or neither says.
 */
export function exportFormat(format: string | undefined, out: string): ExportFormat {
  const ext = path.extname(out).slice(1).toLowerCase();
  const isFormat = (f: string): f is ExportFormat => (FORMATS as readonly string[]).includes(f);
  if (format === undefined) {
    if (isFormat(ext)) return ext;
    throw new RegeconError("BAD_ARGUMENT", m.formatNotInferred(out, ext), m.formatNotInferredHint);
  }
  if (!isFormat(format)) throw new RegeconError("BAD_ARGUMENT", m.badFormat(format), m.badFormatHint);
  if (ext !== "" && ext !== format) throw new RegeconError("BAD_ARGUMENT", m.extensionMismatch(out, ext, format), m.extensionMismatchHint(format));
  return format;
}

/** Prefix a text cell that a spreadsheet would read as a formula (= + - @, tab, CR) with `'`. */
export function neutraliseCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(v: unknown): string {
  if (typeof v === "number") return String(v);
  const s = neutraliseCell(v === null || v === undefined ? "" : String(v));
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Path of the metadata file written beside an export: the full output file name plus `.metadata.csv`
 * (`x.parquet` → `x.parquet.metadata.csv`), so exports of different formats never share one.
 */
export function metadataPath(out: string): string {
  return `${out}.metadata.csv`;
}

const META_HEADER = ["indicator", "indicator_name", "unit", "source_id", "producer", "title", "vintage", "vintage_label", "retrieved", "vintage_ids", "files", "notes", "rows"];

export const exportCommand: Command = {
  name: "export",
  help: m.help(XLSX_MAX_ROWS),
  options: { ...DB_OPTION, format: { type: "string" }, out: { type: "string" }, indicator: { type: "string" }, year: { type: "string" }, "all-vintages": { type: "boolean" }, json: { type: "boolean" } },
  async run(args) {
    const outArg = stringOption(args, "out");
    if (!outArg) throw new RegeconError("BAD_ARGUMENT", m.noOut, m.noOutHint);
    const format = exportFormat(stringOption(args, "format"), outArg);
    const out = path.resolve(outArg);
    const metaOut = metadataPath(out);
    const sel: ExportSelection = { indicator: stringOption(args, "indicator"), year: yearOption(args, "year"), allVintages: args.values["all-vintages"] === true };
    const store = await Store.open(stringOption(args, "db"), loadRegistry(), { readOnly: true, onWait: (line) => process.stderr.write(`${say(line, args.lang)}\n`) });
    let rows: number;
    try {
      await store.limitMemory();
      rows = await countExport(store, sel);
      if (rows === 0) throw new RegeconError("NO_DATA", m.noData(m.selection(sel.indicator, sel.year)), m.noDataHint);
      if (format === "xlsx" && rows > XLSX_MAX_ROWS) throw new RegeconError("EXPORT_TOO_LARGE", m.tooLargeForXlsx(rows, XLSX_MAX_ROWS), m.tooLargeForXlsxHint);
      const cat = indicatorCatalogue();
      const meta = [
        META_HEADER,
        ...(await exportMetadata(store, sel)).map((r) => [r.indicator, cat.get(r.indicator as string)?.nameZh ?? "", r.unit, r.source_id, r.producer, r.title, r.vintage, r.vintage_label, r.retrieved, r.vintage_ids, r.files, r.notes, r.rows]),
      ];
      await writeAllOrNothingStreamed([
        { path: out, write: (tmp) => (format === "xlsx" ? writeXlsx(store, sel, meta, tmp) : copyExport(store, sel, format, tmp)) },
        { path: metaOut, write: async (tmp) => writeFileSync(tmp, "\uFEFF" + meta.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n") },
      ]);
    } finally {
      store.close();
    }
    if (args.values.json) process.stdout.write(JSON.stringify({ ok: true, outputs: [out, metaOut], rows }, null, 2) + "\n");
    else process.stdout.write(`${say(m.exported(rows, out, metaOut), args.lang)}\n`);
    return 0;
  },
};

/** The XLSX workbook (sheets data and metadata, formula-like text neutralised), at most XLSX_MAX_ROWS rows. */
async function writeXlsx(store: Store, sel: ExportSelection, meta: unknown[][], file: string): Promise<void> {
  const safe = (r: readonly unknown[]) => r.map((v) => (typeof v === "string" ? neutraliseCell(v) : v));
  const data: unknown[][] = [exportColumns(sel)];
  const q = exportQuery(sel, "typed");
  await store.sql.chunks(q.sql, q.params, () => undefined, (rows) => void data.push(...rows.map(safe)));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(data), "data");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(meta.map(safe)), "metadata");
  writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
}
