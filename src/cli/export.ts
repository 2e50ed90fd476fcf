import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { indicatorCatalogue } from "../data/indicators.js";
import { loadRegistry } from "../data/registry.js";
import { Store, sqlString } from "../data/store/store.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, yearOption, type Command } from "./command.js";
import { DB_OPTION } from "./import.js";
import { writeAllOrNothing } from "./output.js";

const HELP = {
  zh: `用法：regecon export [--format csv|xlsx|parquet] --out FILE [--indicator ID] [--year YYYY] [--all-vintages] [--db FILE] [--json] [--lang zh|en]

导出当前序列（长表：region_code, region_name, year, indicator, value, unit, source_id, vintage），
并在旁边写元数据文件 <FILE>.metadata.csv（如 data.csv.metadata.csv、data.parquet.metadata.csv；
每个指标与来源的出处、单位、版本、注释）。XLSX 另有 metadata 工作表。
格式：省略 --format 时按 --out 的扩展名（.csv、.xlsx、.parquet）决定；给出 --format 时 --out 的扩展名必须与之一致
（或没有扩展名），否则报 BAD_ARGUMENT。
写入是全有或全无：数据文件和元数据文件要么都写成，要么都不留下（WRITE_FAILED）。
CSV/XLSX 中以 = + - @ 开头的文本单元格会加前缀 ' ，防止 Excel 当作公式执行。

选项：
  --format FMT     csv、xlsx 或 parquet（省略时按 --out 的扩展名）
  --out FILE       输出文件
  --indicator ID   只导出这一指标
  --year YYYY      只导出这一年
  --all-vintages   导出全部版本（含被替代的旧值，另有 is_current 列）
  --db FILE        数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）
  --json           在标准输出打印 {ok, outputs, rows}
  --lang zh|en     输出语言（默认 zh）
`,
  en: `Usage: regecon export [--format csv|xlsx|parquet] --out FILE [--indicator ID] [--year YYYY] [--all-vintages] [--db FILE] [--json] [--lang zh|en]

Export the current series (long: region_code, region_name, year, indicator, value, unit, source_id, vintage)
and a metadata file beside it, <FILE>.metadata.csv (e.g. data.csv.metadata.csv, data.parquet.metadata.csv:
source, unit, vintage, notes per indicator and source). XLSX also has a metadata sheet.
Format: without --format it follows the extension of --out (.csv, .xlsx, .parquet); with --format the
extension of --out must match it (or be absent), otherwise BAD_ARGUMENT.
All or nothing: the data file and the metadata file are both written or neither is (WRITE_FAILED).
Text cells starting with = + - @ are prefixed with ' so Excel does not run them.

Options:
  --format FMT     csv, xlsx or parquet (default: from the extension of --out)
  --out FILE       output file
  --indicator ID   only this indicator
  --year YYYY      only this year
  --all-vintages   every vintage (superseded values too, with an is_current column)
  --db FILE        database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB)
  --json           print {ok, outputs, rows} on stdout
  --lang zh|en     output language (default zh)
`,
};

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
    throw new RegeconError("BAD_ARGUMENT", `缺少 --format，且无法从 --out ${out} 的扩展名${ext ? ` .${ext} ` : ""}推断格式`, "给出 --format csv|xlsx|parquet，或让 --out 以 .csv、.xlsx、.parquet 结尾。");
  }
  if (!isFormat(format)) throw new RegeconError("BAD_ARGUMENT", `--format 应为 csv、xlsx 或 parquet，收到 ${format}`, "例如 regecon export --format xlsx --out out/data.xlsx");
  if (ext !== "" && ext !== format) {
    throw new RegeconError("BAD_ARGUMENT", `--out ${out} 的扩展名 .${ext} 与 --format ${format} 不符`, `把 --out 改为以 .${format} 结尾，或省略 --format 按扩展名决定格式。`);
  }
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

export const exportCommand: Command = {
  name: "export",
  help: HELP,
  options: { ...DB_OPTION, format: { type: "string" }, out: { type: "string" }, indicator: { type: "string" }, year: { type: "string" }, "all-vintages": { type: "boolean" }, json: { type: "boolean" } },
  async run(args) {
    const outArg = stringOption(args, "out");
    if (!outArg) throw new RegeconError("BAD_ARGUMENT", "缺少 --out FILE", "例如 --out out/data.csv");
    const format = exportFormat(stringOption(args, "format"), outArg);
    const out = path.resolve(outArg);
    const registry = loadRegistry();
    const conds: string[] = [];
    const ind = stringOption(args, "indicator");
    if (ind) conds.push(`indicator = ${sqlString(ind)}`);
    const year = yearOption(args, "year");
    if (year !== undefined) conds.push(`year = ${year}`);
    const view = args.values["all-vintages"] ? "observations_all" : "observations_current";
    const where = conds.length ? `WHERE ${conds.join(" AND ")}` : "";
    const store = await Store.open(stringOption(args, "db"), registry, { readOnly: true });
    const metaOut = metadataPath(out);
    let rowCount: number;
    try {
      const rows = await store.rows(
        `SELECT region_code, year, indicator, value, unit, source_id, vintage${view === "observations_all" ? ", is_current" : ""} FROM ${view} ${where} ORDER BY indicator, region_code, year, vintage_id`,
      );
      if (rows.length === 0) throw new RegeconError("NO_DATA", `没有符合条件的数据（${conds.join("，") || "全部"}）`, "用 regecon data 查看库中有哪些指标和年份。");
      rowCount = rows.length;
      const meta = await store.rows(
        `SELECT o.indicator, o.unit, o.source_id, s.producer, s.title, s.vintage, s.vintage_label, s.retrieved,
                string_agg(DISTINCT v.vintage_id::VARCHAR, ';') AS vintage_ids, string_agg(DISTINCT v.file_name, ';') AS files,
                string_agg(DISTINCT v.notes, ' | ') AS notes, count(*) AS rows
         FROM ${view} o JOIN sources s USING (source_id) JOIN vintages v ON v.vintage_id = o.vintage_id ${where}
         GROUP BY ALL ORDER BY o.indicator, o.source_id`,
      );
      const cat = indicatorCatalogue();
      const names = (code: string) => (registry.isProvince(code) ? registry.province(code).name : code === "100000" ? "全国" : "");
      const header = ["region_code", "region_name", "year", "indicator", "value", "unit", "source_id", "vintage", ...(view === "observations_all" ? ["is_current"] : [])];
      const table = rows.map((r) => [r.region_code, names(r.region_code as string), r.year, r.indicator, r.value, r.unit, r.source_id, r.vintage, ...(view === "observations_all" ? [r.is_current] : [])]);
      const metaHeader = ["indicator", "indicator_name", "unit", "source_id", "producer", "title", "vintage", "vintage_label", "retrieved", "vintage_ids", "files", "notes", "rows"];
      const metaTable = meta.map((m) => [m.indicator, cat.get(m.indicator as string)?.nameZh ?? "", m.unit, m.source_id, m.producer, m.title, m.vintage, m.vintage_label, m.retrieved, m.vintage_ids, m.files, m.notes, m.rows]);
      let data: string | Buffer;
      if (format === "csv") {
        data = "\uFEFF" + [header, ...table].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
      } else if (format === "xlsx") {
        const wb = XLSX.utils.book_new();
        const safe = (t: unknown[][]) => t.map((r) => r.map((v) => (typeof v === "string" ? neutraliseCell(v) : v)));
        XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([header, ...safe(table)]), "data");
        XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([metaHeader, ...safe(metaTable)]), "metadata");
        data = XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer;
      } else {
        // DuckDB writes Parquet to a private temporary folder; the bytes then go through writeAllOrNothing
        const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-export-"));
        try {
          const file = path.join(dir, "export.parquet");
          try {
            await store.conn.run(
              `COPY (SELECT region_code, year, indicator, value, unit, source_id, vintage FROM ${view} ${where} ORDER BY indicator, region_code, year) TO ${sqlString(file)} (FORMAT parquet)`,
            );
          } catch (e) {
            throw new RegeconError("WRITE_FAILED", `无法生成 Parquet 文件 ${out}：${(e as Error).message}`, "检查临时目录（TMPDIR）是否可写、磁盘是否已满；没有留下部分写入的文件。");
          }
          data = readFileSync(file);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      const metaCsv = "\uFEFF" + [metaHeader, ...metaTable].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
      writeAllOrNothing([
        { path: out, content: data },
        { path: metaOut, content: metaCsv },
      ]);
    } finally {
      store.close();
    }
    if (args.values.json) process.stdout.write(JSON.stringify({ ok: true, outputs: [out, metaOut], rows: rowCount }, null, 2) + "\n");
    else process.stdout.write(`${args.lang === "zh" ? `已导出 ${rowCount} 个观测值` : `Exported ${rowCount} observations`} → ${out}\n${args.lang === "zh" ? "元数据" : "metadata"} → ${metaOut}\n`);
    return 0;
  },
};
