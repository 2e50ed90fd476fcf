import type { Text } from "../types/text.js";

/** Words of `regecon sql` (src/cli/sql.ts) and of the user-query runner (src/data/store/userQuery.ts). */

/** One line per documented view (docs/data.md), in the order the help lists them. */
export const viewDescriptions: Record<string, Text> = {
  observations_current: {
    zh: "当前序列（未被替代的观测值）：region_code, region_name_zh, region_name_en, year, indicator, value, unit, source_id, vintage, vintage_id",
    en: "the current series (values not superseded): region_code, region_name_zh, region_name_en, year, indicator, value, unit, source_id, vintage, vintage_id",
  },
  observations_all: { zh: "全部观测值，含被替代的旧版本：… superseded_by, is_current", en: "every value, superseded vintages too: … superseded_by, is_current" },
  vintages_view: {
    zh: "每次导入（版本）：文件、哈希、导入时间、注释、数据来源、经济普查修订、superseded_by、current_rows",
    en: "each import (vintage): file, hash, import time, notes, source, census revision, superseded_by, current_rows",
  },
  coverage: { zh: "覆盖情况：indicator × year 的省份数、是否有全国值、版本", en: "coverage: provinces per indicator × year, national value present, vintages" },
  series_breaks: {
    zh: "序列中版本变化之处（跨版本计算的增长需标注）：indicator, region_code, region_name_zh, region_name_en, year, vintage_before, vintage_after",
    en: "where a series changes vintage (growth across it is flagged): indicator, region_code, region_name_zh, region_name_en, year, vintage_before, vintage_after",
  },
  sources: { zh: "来源（出处与版本标签）", en: "sources (producer, title, vintage labels)" },
  region_names: { zh: "地区代码与中英文名称（31 个省份与全国）：region_code, region_name_zh, region_name_en", en: "region codes with Chinese and English names (31 provinces and the national total)" },
};

/** Rows the terminal table shows unless `--rows N` says otherwise. */
export const DEFAULT_SHOWN_ROWS = 50;

/** `regecon sql --help`; `views` lists the documented views in the order given. */
export function help(views: readonly string[]): Text {
  const list = (lang: "zh" | "en") => views.map((v) => `  ${v.padEnd(22)} ${viewDescriptions[v]?.[lang] ?? ""}`).join("\n");
  return {
    zh: `用法：regecon sql "SELECT …" [--format table|csv|json] [--json] [--out FILE] [--rows N] [--db FILE] [--lang zh|en]

对数据库执行只读 SQL（DuckDB 方言）。可用视图（见 docs/data.md）：
${list("zh")}
写操作（INSERT/UPDATE/CREATE/COPY/ATTACH…）和读写外部文件一律拒绝（SQL_NOT_READ_ONLY）；
语法错误、不存在的表或列等报 SQL_ERROR（附 DuckDB 的说明）。
结果逐块读取，内存占用有上限：表格只显示前 N 行并给出总行数；--format csv|json 和 --out 输出全部行。

选项：
  --format FMT   输出格式：table（默认，终端表格）、csv 或 json（全部行）
  --json         以 JSON 数组输出全部行（每行一个对象，同 --format json）
  --out FILE     把全部行写入文件（CSV；FILE 以 .json 结尾或给出 --format json 时为 JSON）；全有或全无
  --rows N       表格显示的行数（默认 ${DEFAULT_SHOWN_ROWS}）
  --db FILE      数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）；
                 文件必须已存在（只读命令不会新建数据库）
  --lang zh|en   输出语言（默认 zh）
例：regecon sql "SELECT region_name_zh, value FROM observations_current WHERE indicator='gdp_current' AND year=2024 ORDER BY value DESC"
    regecon sql "SELECT * FROM observations_all" --out all.csv
退出码：0 成功；2 查询有误、不是只读查询、或数据库不可用。
`,
    en: `Usage: regecon sql "SELECT …" [--format table|csv|json] [--json] [--out FILE] [--rows N] [--db FILE] [--lang zh|en]

Run read-only SQL (DuckDB dialect) over the store's documented views (docs/data.md):
${list("en")}
Writes (INSERT/UPDATE/CREATE/COPY/ATTACH…) and external file access are rejected (SQL_NOT_READ_ONLY);
syntax errors and unknown tables or columns are SQL_ERROR (with DuckDB's message).
The result is read chunk by chunk in bounded memory: the table shows the first N rows and the total;
--format csv|json and --out give every row.

Options:
  --format FMT   output: table (default, for the terminal), csv or json (every row)
  --json         every row as a JSON array of row objects (same as --format json)
  --out FILE     write every row to FILE (CSV; JSON when FILE ends in .json or with --format json); all or nothing
  --rows N       rows the table shows (default ${DEFAULT_SHOWN_ROWS})
  --db FILE      database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB);
                 it must exist (read-only commands never create a store)
  --lang zh|en   output language (default zh)
Example: regecon sql "SELECT region_name_en, value FROM observations_current WHERE indicator='gdp_current' AND year=2024 ORDER BY value DESC" --lang en
         regecon sql "SELECT * FROM observations_all" --out all.csv
Exit codes: 0 success; 2 bad or non-read-only query, or the store cannot be used.
`,
  };
}

export const viewsHint: Text = {
  zh: `可查询的视图：${Object.keys(viewDescriptions).join(", ")}（各列见 regecon sql --help 或 docs/data.md）`,
  en: `Views you can query: ${Object.keys(viewDescriptions).join(", ")} (columns in regecon sql --help --lang en or docs/data.md)`,
};

export const oneQueryOnly: Text = {
  zh: "regecon sql 只接受一条查询语句（SELECT/WITH/DESCRIBE…），不接受写操作或多条语句",
  en: "regecon sql accepts one query statement (SELECT/WITH/DESCRIBE…), no writes and no several statements",
};

export const refusedReadOnly = (duckdb: string): Text => ({ zh: `查询被拒绝（只读）：${duckdb}`, en: `query refused (read-only): ${duckdb}` });

export const refusedReadOnlyHint: Text = {
  zh: "regecon sql 只能读取视图；要写入数据请用 regecon import。",
  en: "regecon sql only reads the views; to add data use regecon import.",
};

export const sqlError = (duckdb: string): Text => ({ zh: `SQL 错误：${duckdb}`, en: `SQL error: ${duckdb}` });

export const noQuery: Text = { zh: "regecon sql：没有给出查询", en: "regecon sql: no query given" };

export const noQueryHint: Text = { zh: `例如 regecon sql "SELECT * FROM coverage LIMIT 5"`, en: `e.g. regecon sql "SELECT * FROM coverage LIMIT 5"` };

export const jsonFormatConflict = (format: string): Text => ({
  zh: `--json 与 --format ${format} 冲突`,
  en: `--json conflicts with --format ${format}`,
});

export const jsonFormatConflictHint: Text = { zh: "--json 即 --format json；只给其中一个。", en: "--json means --format json; give one of them." };

export const badFormat = (format: string): Text => ({
  zh: `--format 只能是 table、csv 或 json，收到 ${format}`,
  en: `--format must be table, csv or json, got ${format}`,
});

export const badFormatHint: Text = { zh: "例如 --format csv", en: "e.g. --format csv" };

export const tableToFile: Text = {
  zh: "--out 写出 CSV 或 JSON，不写表格（--format table）",
  en: "--out writes CSV or JSON, not a table (--format table)",
};

export const tableToFileHint: Text = { zh: "省略 --format（写 CSV），或给 --format json。", en: "Leave out --format (CSV) or give --format json." };

export const badRows = (got: string): Text => ({
  zh: `--rows 应为正整数，收到“${got}”`,
  en: `--rows must be a positive whole number, got "${got}"`,
});

export const badRowsHint: Text = { zh: "例如 --rows 100；全部行请用 --out FILE 或 --format csv。", en: "e.g. --rows 100; for every row use --out FILE or --format csv." };

/** Footer of the terminal table when every row is shown. */
export const allRowsShown = (total: number): Text => ({ zh: `（共 ${total} 行）`, en: `(${total} ${total === 1 ? "row" : "rows"})` });

/** Footer of the terminal table when only the first rows are shown. */
export const firstRowsShown = (shown: number, total: number): Text => ({
  zh: `（显示前 ${shown} 行，共 ${total} 行；全部行请用 --out FILE 或 --format csv，或用 --rows N 多显示一些）`,
  en: `(first ${shown} of ${total} rows; for every row use --out FILE or --format csv, or show more with --rows N)`,
});

/** Progress line while writing many rows to a file. */
export const rowsWritten = (rows: number): Text => ({ zh: `已写出 ${rows} 行…`, en: `${rows} rows written…` });

/** Result line of `--out FILE`. */
export const wroteRows = (rows: number, file: string): Text => ({ zh: `已写出 ${rows} 行 → ${file}`, en: `Wrote ${rows} rows → ${file}` });
