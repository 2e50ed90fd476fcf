import { createReadStream, createWriteStream, rmSync, writeFileSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import type { SqlParams, SqlRow } from "./sql.js";
import type { Store } from "./store.js";

/**
 * The rows `regecon export` writes, as SQL over the views with the selection bound as parameters
 * (`$indicator`, `$year`, the output path): DuckDB's COPY writes CSV and Parquet itself, so an export of
 * any size streams from the store to the file in bounded memory.
 */

/** Which observations an export holds. */
export interface ExportSelection {
  indicator?: string;
  year?: number;
  /** Every vintage (observations_all, with is_current) instead of the current series. */
  allVintages?: boolean;
}

/** Column names of the data file, in order (the tidy importer reads region_code, year, indicator, value, unit, source_id). */
export function exportColumns(sel: ExportSelection): string[] {
  return ["region_code", "region_name", "year", "indicator", "value", "unit", "source_id", "vintage", ...(sel.allVintages ? ["is_current"] : [])];
}

/** The view and WHERE clause of the selection, and its parameters (only those it uses: DuckDB refuses unused ones). */
function selection(sel: ExportSelection, alias = ""): { view: string; where: string; params: SqlParams } {
  const a = alias ? `${alias}.` : "";
  const conds: string[] = [];
  const params: SqlParams = {};
  if (sel.indicator !== undefined) {
    conds.push(`${a}indicator = $indicator`);
    params.indicator = sel.indicator;
  }
  if (sel.year !== undefined) {
    conds.push(`${a}year = $year`);
    params.year = sel.year;
  }
  const view = `${sel.allVintages ? "observations_all" : "observations_current"}${alias ? ` ${alias}` : ""}`;
  return { view, where: conds.length ? `WHERE ${conds.join(" AND ")}` : "", params };
}

/** Text that a spreadsheet would run as a formula (= + - @, tab, CR at the start) gets a leading `'` (SQL of a column). */
function neutralised(column: string): string {
  return `CASE WHEN regexp_matches(${column}, '^[=+\\-@\\t\\r]') THEN '''' || ${column} ELSE ${column} END`;
}

/**
 * A DOUBLE as text the way JavaScript prints it for whole numbers ("2185", not DuckDB's "2185.0");
 * other values in DuckDB's shortest round-trip form. Either reads back as the same double.
 */
function numberText(column: string): string {
  return `CASE WHEN ${column} = trunc(${column}) AND abs(${column}) < 1e15 THEN CAST(CAST(${column} AS BIGINT) AS VARCHAR) ELSE CAST(${column} AS VARCHAR) END`;
}

/**
 * The export's query: for `csv` every text cell neutralised and values as text (see `numberText`); for
 * `typed` (Parquet, XLSX) values as DOUBLE and years as INTEGER. Ordered by indicator, region, year, vintage.
 */
export function exportQuery(sel: ExportSelection, style: "csv" | "typed"): { sql: string; params: SqlParams } {
  const f = selection(sel);
  const text = (c: string) => (style === "csv" ? `${neutralised(c)} AS ${c}` : c);
  const cols = [
    text("region_code"),
    style === "csv" ? `${neutralised("region_name_zh")} AS region_name` : "region_name_zh AS region_name",
    "year",
    text("indicator"),
    style === "csv" ? `${numberText("value")} AS value` : "value",
    text("unit"),
    text("source_id"),
    text("vintage"),
    ...(sel.allVintages ? ["is_current"] : []),
  ];
  return { sql: `SELECT ${cols.join(", ")} FROM ${f.view} ${f.where} ORDER BY indicator, region_code, year, vintage_id`, params: f.params };
}

/** How many observations the selection holds. */
export async function countExport(store: Store, sel: ExportSelection): Promise<number> {
  const f = selection(sel);
  return Number(await store.sql.scalar(`SELECT count(*) FROM ${f.view} ${f.where}`, f.params));
}

/**
 * Metadata per indicator and source of the selection: unit, producer, title, vintage, vintage label,
 * retrieval date, vintage ids, files, notes and row count (the `<FILE>.metadata.csv` written beside an export).
 */
export async function exportMetadata(store: Store, sel: ExportSelection): Promise<SqlRow[]> {
  const f = selection(sel, "o");
  return store.rows(
    `SELECT o.indicator, o.unit, o.source_id, s.producer, s.title, s.vintage, s.vintage_label, s.retrieved,
            string_agg(DISTINCT v.vintage_id::VARCHAR, ';') AS vintage_ids, string_agg(DISTINCT v.file_name, ';') AS files,
            string_agg(DISTINCT v.notes, ' | ') AS notes, count(*) AS rows
     FROM ${f.view} JOIN main.sources s USING (source_id) JOIN main.vintages v ON v.vintage_id = o.vintage_id ${f.where}
     GROUP BY ALL ORDER BY o.indicator, o.source_id`,
    f.params,
  );
}

/**
 * DuckDB writes the selection to `file` (bound as a parameter): Parquet as typed columns; CSV in UTF-8
 * with a BOM (so Excel reads Chinese) and CRLF line ends, the header first, cells quoted where needed.
 */
export async function copyExport(store: Store, sel: ExportSelection, format: "csv" | "parquet", file: string): Promise<void> {
  const q = exportQuery(sel, format === "csv" ? "csv" : "typed");
  if (format === "parquet") {
    await store.sql.run(`COPY (${q.sql}) TO $out_file (FORMAT parquet)`, { ...q.params, out_file: file });
    return;
  }
  // DuckDB's CSV writer has no BOM option: the header line is written first, DuckDB's rows appended to it.
  const rows = `${file}.rows`;
  try {
    writeFileSync(file, "\uFEFF" + exportColumns(sel).join(",") + "\r\n");
    await store.sql.run(`COPY (${q.sql}) TO $out_file (FORMAT csv, HEADER false, NEW_LINE '\r\n')`, { ...q.params, out_file: rows });
    await pipeline(createReadStream(rows), createWriteStream(file, { flags: "a" }));
  } finally {
    rmSync(rows, { force: true });
  }
}
