import { loadRegistry } from "../data/registry.js";
import { VIEWS } from "../data/store/schema.js";
import { Store } from "../data/store/store.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, type Command } from "./command.js";
import { DB_OPTION } from "./import.js";

const viewList = Object.entries(VIEWS).map(([k, v]) => `  ${k.padEnd(22)} ${v}`).join("\n");

const HELP = {
  zh: `用法：regecon sql "SELECT …" [--db FILE] [--format table|csv|json]

对数据库执行只读 SQL（DuckDB 方言）。可用视图（见 docs/data.md）：
${viewList}
写操作（INSERT/UPDATE/CREATE/COPY/ATTACH…）和读写外部文件一律拒绝。
例：regecon sql "SELECT region_code, value FROM observations_current WHERE indicator='gdp_current' AND year=2024 ORDER BY value DESC"
`,
  en: `Usage: regecon sql "SELECT …" [--db FILE] [--format table|csv|json]

Run read-only SQL (DuckDB dialect) over the store's documented views (docs/data.md):
${viewList}
Writes (INSERT/UPDATE/CREATE/COPY/ATTACH…) and external file access are rejected.
`,
};

const ALLOWED_START = /^\s*(\(\s*)*(select|with|from|values|describe|show|summarize|explain|table)\b/i;

/**
 * Run a read-only query: the database is opened in DuckDB's READ_ONLY mode with external access
 * disabled and the configuration locked, and only one query statement is accepted.
 * Throws RegeconError `SQL_NOT_READ_ONLY` for anything else and `SQL_ERROR` for DuckDB errors.
 */
export async function readOnlyQuery(dbPath: string | undefined, sql: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const store = await Store.open(dbPath, loadRegistry(), { readOnly: true });
  try {
    const statements = await store.conn.extractStatements(sql);
    if (statements.count !== 1 || !ALLOWED_START.test(sql.replace(/^\s*--.*$/gm, ""))) {
      throw new RegeconError("SQL_NOT_READ_ONLY", `regecon sql 只接受一条查询语句（SELECT/WITH/DESCRIBE…），不接受写操作或多条语句`, `可查询的视图：${Object.keys(VIEWS).join(", ")}`);
    }
    await store.conn.run("SET enable_external_access = false");
    await store.conn.run("SET lock_configuration = true");
    let reader;
    try {
      reader = await store.conn.runAndReadAll(sql);
    } catch (e) {
      const msg = (e as Error).message;
      if (/read-only|read only|external access|disabled by configuration|Permission Error|lock/i.test(msg)) throw new RegeconError("SQL_NOT_READ_ONLY", `查询被拒绝（只读）：${msg}`, "regecon sql 只能读取视图；要写入数据请用 regecon import。");
      throw new RegeconError("SQL_ERROR", `SQL 错误：${msg}`, `可查询的视图：${Object.keys(VIEWS).join(", ")}`);
    }
    return { columns: reader.columnNames(), rows: reader.getRowsJS().map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v))) };
  } finally {
    store.close();
  }
}

export const sqlCommand: Command = {
  name: "sql",
  help: HELP,
  options: { ...DB_OPTION, format: { type: "string" } },
  positionals: true,
  async run(args) {
    const sql = args.positionals.join(" ");
    if (!sql.trim()) throw new RegeconError("BAD_ARGUMENT", "regecon sql：没有给出查询", `例如 regecon sql "SELECT * FROM coverage LIMIT 5"`);
    const format = stringOption(args, "format") ?? "table";
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
