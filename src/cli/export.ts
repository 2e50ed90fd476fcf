import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import { indicatorCatalogue } from "../data/indicators.js";
import { loadRegistry } from "../data/registry.js";
import { Store, sqlString } from "../data/store/store.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, yearOption, type Command } from "./command.js";
import { DB_OPTION } from "./import.js";

const HELP = {
  zh: `用法：regecon export --format csv|xlsx|parquet --out FILE [--indicator ID] [--year YYYY] [--all-vintages] [--db FILE]

导出当前序列（长表：region_code, region_name, year, indicator, value, unit, source_id, vintage），
并在旁边写元数据文件 <FILE 去扩展名>.metadata.csv（每个指标与来源的出处、单位、版本、注释）。
CSV/XLSX 中以 = + - @ 开头的文本单元格会加前缀 ' ，防止 Excel 当作公式执行。
`,
  en: `Usage: regecon export --format csv|xlsx|parquet --out FILE [--indicator ID] [--year YYYY] [--all-vintages] [--db FILE]

Export the current series (long: region_code, region_name, year, indicator, value, unit, source_id, vintage)
and a metadata file beside it, <FILE without extension>.metadata.csv (source, unit, vintage, notes per
indicator and source). Text cells starting with = + - @ are prefixed with ' so Excel does not run them.
`,
};

/** Prefix a text cell that a spreadsheet would read as a formula (= + - @, tab, CR) with `'`. */
export function neutraliseCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(v: unknown): string {
  if (typeof v === "number") return String(v);
  const s = neutraliseCell(v === null || v === undefined ? "" : String(v));
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Path of the metadata file written beside an export. */
export function metadataPath(out: string): string {
  const ext = path.extname(out);
  return path.join(path.dirname(out), `${path.basename(out, ext)}.metadata.csv`);
}

export const exportCommand: Command = {
  name: "export",
  help: HELP,
  options: { ...DB_OPTION, format: { type: "string" }, out: { type: "string" }, indicator: { type: "string" }, year: { type: "string" }, "all-vintages": { type: "boolean" } },
  async run(args) {
    const format = stringOption(args, "format");
    const outArg = stringOption(args, "out");
    if (!format || !["csv", "xlsx", "parquet"].includes(format)) throw new RegeconError("BAD_ARGUMENT", `--format 应为 csv、xlsx 或 parquet，收到 ${format ?? "（无）"}`, "例如 regecon export --format xlsx --out out/data.xlsx");
    if (!outArg) throw new RegeconError("BAD_ARGUMENT", "缺少 --out FILE", "例如 --out out/data.csv");
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
    const tmp = `${out}.tmp-${process.pid}`;
    const metaOut = metadataPath(out);
    try {
      const rows = await store.rows(
        `SELECT region_code, year, indicator, value, unit, source_id, vintage${view === "observations_all" ? ", is_current" : ""} FROM ${view} ${where} ORDER BY indicator, region_code, year, vintage_id`,
      );
      if (rows.length === 0) throw new RegeconError("NO_DATA", `没有符合条件的数据（${conds.join("，") || "全部"}）`, "用 regecon data 查看库中有哪些指标和年份。");
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
      mkdirSync(path.dirname(out), { recursive: true });
      if (format === "csv") {
        writeFileSync(tmp, "\uFEFF" + [header, ...table].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n");
      } else if (format === "xlsx") {
        const wb = XLSX.utils.book_new();
        const safe = (t: unknown[][]) => t.map((r) => r.map((v) => (typeof v === "string" ? neutraliseCell(v) : v)));
        XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([header, ...safe(table)]), "data");
        XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([metaHeader, ...safe(metaTable)]), "metadata");
        writeFileSync(tmp, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) as Buffer);
      } else {
        await store.conn.run(
          `COPY (SELECT region_code, year, indicator, value, unit, source_id, vintage FROM ${view} ${where} ORDER BY indicator, region_code, year) TO ${sqlString(tmp)} (FORMAT parquet)`,
        );
      }
      writeFileSync(`${metaOut}.tmp`, "\uFEFF" + [metaHeader, ...metaTable].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n");
      renameSync(tmp, out);
      renameSync(`${metaOut}.tmp`, metaOut);
      process.stdout.write(`${args.lang === "zh" ? "已导出" : "Exported"} ${rows.length} → ${out}\n${args.lang === "zh" ? "元数据" : "metadata"} → ${metaOut}\n`);
      return 0;
    } finally {
      rmSync(tmp, { force: true });
      rmSync(`${metaOut}.tmp`, { force: true });
      store.close();
    }
  },
};
