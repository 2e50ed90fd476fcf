import { createWriteStream } from "node:fs";
import path from "node:path";
import { loadRegistry } from "../data/registry.js";
import { VIEW_NAMES } from "../data/store/schema.js";
import { Store } from "../data/store/store.js";
import { countUserQuery, streamUserQuery } from "../data/store/userQuery.js";
import * as m from "../messages/sql.js";
import { RegeconError } from "../types/errors.js";
import { say, type Lang } from "../types/text.js";
import { stringOption, type Command, type ParsedArgs } from "./command.js";
import { DB_OPTION } from "./import.js";
import { writeAllOrNothingStreamed } from "./output.js";
import { leftAlignedLines } from "./textTable.js";

type SqlFormat = "table" | "csv" | "json";

/** Progress line every this many rows written to a file. */
const PROGRESS_EVERY = 1_000_000;

/**
 * Run a read-only query on the store at `dbPath` and return all its rows (for small results: tests and
 * scripts; the command streams instead). Throws as `streamUserQuery`, and the store's open errors.
 */
export async function readOnlyQuery(dbPath: string | undefined, sql: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const store = await Store.open(dbPath, loadRegistry(), { readOnly: true });
  try {
    let columns: string[] = [];
    const rows: unknown[][] = [];
    await streamUserQuery(
      store,
      sql,
      (c) => (columns = c),
      (chunk) => void rows.push(...chunk),
    );
    return { columns, rows };
  } finally {
    store.close();
  }
}

export const sqlCommand: Command = {
  name: "sql",
  help: m.help(VIEW_NAMES),
  options: { ...DB_OPTION, format: { type: "string" }, json: { type: "boolean" }, out: { type: "string" }, rows: { type: "string" } },
  positionals: true,
  async run(args) {
    const sql = args.positionals.join(" ");
    if (!sql.trim()) throw new RegeconError("BAD_ARGUMENT", m.noQuery, m.noQueryHint);
    const out = stringOption(args, "out");
    const format = formatOf(args, out);
    const shown = rowsOption(args);
    const store = await Store.open(stringOption(args, "db"), loadRegistry(), { readOnly: true, onWait: (line) => process.stderr.write(`${say(line, args.lang)}\n`) });
    try {
      await store.limitMemory();
      if (out !== undefined) {
        const file = path.resolve(out);
        let total = 0;
        await writeAllOrNothingStreamed([{ path: file, write: async (tmp) => void (total = await toFile(store, sql, format, tmp, args.lang)) }]);
        process.stdout.write(`${say(m.wroteRows(total, file), args.lang)}\n`);
      } else if (format === "table") {
        await printTable(store, sql, shown, args.lang);
      } else {
        const sink = streamSink(process.stdout);
        await writeRows(store, sql, format, sink, () => undefined);
        await sink.done();
      }
    } finally {
      store.close();
    }
    return 0;
  },
};

/** The output format from `--format`, `--json` and the extension of `--out`. Throws `BAD_ARGUMENT`. */
function formatOf(args: ParsedArgs, out: string | undefined): SqlFormat {
  const given = stringOption(args, "format");
  if (args.values.json && given !== undefined && given !== "json") throw new RegeconError("BAD_ARGUMENT", m.jsonFormatConflict(given), m.jsonFormatConflictHint);
  if (given !== undefined && !["table", "csv", "json"].includes(given)) throw new RegeconError("BAD_ARGUMENT", m.badFormat(given), m.badFormatHint);
  const format = (args.values.json ? "json" : given) as SqlFormat | undefined;
  if (out === undefined) return format ?? "table";
  if (format === "table") throw new RegeconError("BAD_ARGUMENT", m.tableToFile, m.tableToFileHint);
  return format ?? (path.extname(out).toLowerCase() === ".json" ? "json" : "csv");
}

function rowsOption(args: ParsedArgs): number {
  const v = stringOption(args, "rows");
  if (v === undefined) return m.DEFAULT_SHOWN_ROWS;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new RegeconError("BAD_ARGUMENT", m.badRows(v), m.badRowsHint);
  return Number(v);
}

/** The terminal table: the first `shown` rows, then the total (counted by DuckDB) and how to get every row. */
async function printTable(store: Store, sql: string, shown: number, lang: Lang): Promise<void> {
  let columns: string[] = [];
  const first: string[][] = [];
  let more = false;
  await streamUserQuery(
    store,
    sql,
    (c) => (columns = c),
    (rows) => {
      for (const r of rows) {
        if (first.length < shown) first.push(r.map(cellText));
        else more = true;
      }
      return !more && first.length < shown;
    },
  );
  const total = more || first.length === shown ? await countUserQuery(store, sql) : first.length;
  const footer = total > first.length ? m.firstRowsShown(first.length, total) : m.allRowsShown(total);
  process.stdout.write([...leftAlignedLines([columns, ...first]), say(footer, lang)].join("\n") + "\n");
}

/** Every row to a temporary file (the caller renames it into place); progress on stderr for large results. */
async function toFile(store: Store, sql: string, format: SqlFormat, tmp: string, lang: Lang): Promise<number> {
  const sink = streamSink(createWriteStream(tmp));
  let next = PROGRESS_EVERY;
  let told = false;
  const total = await writeRows(store, sql, format, sink, (n) => {
    if (n < next) return;
    next += PROGRESS_EVERY;
    told = true;
    // one line rewritten in place on a terminal, one line each in a log
    process.stderr.write(process.stderr.isTTY ? `\r${say(m.rowsWritten(n), lang)}` : `${say(m.rowsWritten(n), lang)}\n`);
  });
  await sink.done();
  if (told && process.stderr.isTTY) process.stderr.write("\n");
  return total;
}

/** Every row as CSV (header, then one line per row) or as a JSON array of row objects. */
async function writeRows(store: Store, sql: string, format: SqlFormat, sink: Sink, progress: (rows: number) => void): Promise<number> {
  let columns: string[] = [];
  let written = 0;
  const total = await streamUserQuery(
    store,
    sql,
    (c) => (columns = c),
    async (rows) => {
      let text = "";
      if (format === "csv") {
        if (written === 0) text += columns.map(csvCell).join(",") + "\n";
        for (const r of rows) text += r.map((v) => csvCell(cellText(v))).join(",") + "\n";
      } else {
        for (const r of rows) text += `${written === 0 && text === "" ? "[\n" : ",\n"}  ${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, jsonValue(r[i])])))}`;
      }
      written += rows.length;
      await sink.write(text);
      progress(written);
    },
  );
  if (format === "csv" && total === 0) await sink.write(columns.map(csvCell).join(",") + "\n");
  if (format === "json") await sink.write(total === 0 ? "[]\n" : "\n]\n");
  return total;
}

/** A cell as text: NULL empty, dates as ISO 8601, lists and structs as JSON. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

function jsonValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
  return v;
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text written to a stream with back-pressure; a closed pipe (`regecon sql … | head`) ends the output quietly. */
interface Sink {
  write(text: string): Promise<void>;
  done(): Promise<void>;
}

function streamSink(stream: NodeJS.WritableStream): Sink {
  let failure: Error | undefined;
  let closedPipe = false;
  const isFile = "path" in stream;
  stream.on("error", (e: Error & { code?: string }) => {
    if (e.code === "EPIPE") closedPipe = true;
    else failure = e;
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    async write(text) {
      check();
      if (closedPipe || text === "") return;
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          const settle = () => {
            stream.off("drain", settle);
            stream.off("error", settle);
            resolve();
          };
          stream.on("drain", settle);
          stream.on("error", settle);
        });
      }
      check();
    },
    async done() {
      check();
      if (isFile) {
        await new Promise<void>((resolve, reject) =>
          (stream.end as (cb: (err?: Error | null) => void) => void)((err) => (err || failure ? reject(err ?? failure) : resolve())),
        );
      }
      check();
    },
  };
}
