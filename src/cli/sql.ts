import { loadRegistry } from "../data/registry.js";
import { VIEWS } from "../data/store/schema.js";
import { Store } from "../data/store/store.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, type Command } from "./command.js";
import { DB_OPTION } from "./import.js";

const viewList = Object.entries(VIEWS).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join("\n");

const HELP = {
  zh: `用法：regecon sql "SELECT …" [--format table|csv|json] [--json] [--db FILE] [--lang zh|en]

对数据库执行只读 SQL（DuckDB 方言）。可用视图（见 docs/data.md）：
${viewList}
写操作（INSERT/UPDATE/CREATE/COPY/ATTACH…）和读写外部文件一律拒绝（SQL_NOT_READ_ONLY）；
语法错误、不存在的表或列等报 SQL_ERROR（附 DuckDB 的说明）。

选项：
  --format FMT   输出格式：table（默认）、csv 或 json
  --json         以 JSON 数组输出查询结果（每行一个对象，同 --format json）
  --db FILE      数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）
  --lang zh|en   输出语言（默认 zh）
例：regecon sql "SELECT region_code, value FROM observations_current WHERE indicator='gdp_current' AND year=2024 ORDER BY value DESC"
退出码：0 成功；2 查询有误或不是只读查询。
`,
  en: `Usage: regecon sql "SELECT …" [--format table|csv|json] [--json] [--db FILE] [--lang zh|en]

Run read-only SQL (DuckDB dialect) over the store's documented views (docs/data.md):
${viewList}
Writes (INSERT/UPDATE/CREATE/COPY/ATTACH…) and external file access are rejected (SQL_NOT_READ_ONLY);
syntax errors and unknown tables or columns are SQL_ERROR (with DuckDB's message).

Options:
  --format FMT   output: table (default), csv or json
  --json         the result as a JSON array of row objects (same as --format json)
  --db FILE      database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB)
  --lang zh|en   output language (default zh)
Exit codes: 0 success; 2 bad or non-read-only query.
`,
};

const VIEWS_HINT = `可查询的视图：${Object.keys(VIEWS).join(", ")}（各列见 regecon sql --help 或 docs/data.md）`;

/** RegeconError `SQL_ERROR` carrying DuckDB's message (parser, binder, catalog, conversion…) and the view list. */
function sqlError(e: unknown): RegeconError {
  const msg = (e instanceof Error ? e.message : String(e)).replace(/^Failed to extract statements:\s*/, "");
  return new RegeconError("SQL_ERROR", `SQL 错误：${msg}`, VIEWS_HINT);
}

const ALLOWED_START = /^\s*(\(\s*)*(select|with|from|values|describe|show|summarize|explain|table)\b/i;

/**
 * Run a read-only query: the database is opened in DuckDB's READ_ONLY mode with external access
 * disabled and the configuration locked, and only one query statement is accepted.
 * Throws RegeconError `SQL_NOT_READ_ONLY` for anything else and `SQL_ERROR` for DuckDB errors.
 */
export async function readOnlyQuery(dbPath: string | undefined, sql: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const store = await Store.open(dbPath, loadRegistry(), { readOnly: true });
  try {
    let statements;
    try {
      statements = await store.conn.extractStatements(sql);
    } catch (e) {
      throw sqlError(e);
    }
    if (statements.count !== 1 || !ALLOWED_START.test(sql.replace(/^\s*--.*$/gm, ""))) {
      throw new RegeconError("SQL_NOT_READ_ONLY", `regecon sql 只接受一条查询语句（SELECT/WITH/DESCRIBE…），不接受写操作或多条语句`, VIEWS_HINT);
    }
    await store.conn.run("SET enable_external_access = false");
    await store.conn.run("SET lock_configuration = true");
    let reader;
    try {
      reader = await store.conn.runAndReadAll(sql);
    } catch (e) {
      const msg = (e as Error).message;
      if (/read-only|read only|external access|disabled by configuration|Permission Error|\block(ed)?\b|lock_configuration/i.test(msg)) throw new RegeconError("SQL_NOT_READ_ONLY", `查询被拒绝（只读）：${msg}`, "regecon sql 只能读取视图；要写入数据请用 regecon import。");
      throw sqlError(e);
    }
    return { columns: reader.columnNames(), rows: reader.getRowsJS().map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v))) };
  } finally {
    store.close();
  }
}

export const sqlCommand: Command = {
  name: "sql",
  help: HELP,
  options: { ...DB_OPTION, format: { type: "string" }, json: { type: "boolean" } },
  positionals: true,
  async run(args) {
    const sql = args.positionals.join(" ");
    if (!sql.trim()) throw new RegeconError("BAD_ARGUMENT", "regecon sql：没有给出查询", `例如 regecon sql "SELECT * FROM coverage LIMIT 5"`);
    const formatArg = stringOption(args, "format");
    if (args.values.json && formatArg !== undefined && formatArg !== "json") throw new RegeconError("BAD_ARGUMENT", `--json 与 --format ${formatArg} 冲突`, "--json 即 --format json；只给其中一个。");
    const format = args.values.json ? "json" : (formatArg ?? "table");
    if (!["table", "csv", "json"].includes(format)) throw new RegeconError("BAD_ARGUMENT", `--format 只能是 table、csv 或 json，收到 ${format}`, "例如 --format csv");
    const { columns, rows } = await readOnlyQuery(stringOption(args, "db"), sql);
    const show = (v: unknown) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v));
    if (format === "json") process.stdout.write(JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))), null, 2) + "\n");
    else if (format === "csv") process.stdout.write([columns, ...rows].map((r) => r.map((v) => csvCell(show(v))).join(",")).join("\n") + "\n");
    else {
      const cells = [columns, ...rows.map((r) => r.map(show))];
      const widths = columns.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)));
      process.stdout.write(cells.map((r) => r.map((v, i) => String(v).padEnd(widths[i]!)).join("  ")).join("\n") + `\n(${rows.length})\n`);
    }
    return 0;
  },
};

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
