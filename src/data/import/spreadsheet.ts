import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import type { CsvLine } from "./csvRecords.js";
import type { SpreadsheetReply, SpreadsheetRequest } from "./spreadsheetProtocol.js";

/**
 * Bounds on reading one workbook. A data.stats.gov.cn export is a few kilobytes with at most a few
 * hundred rows and columns; the largest workbook regecon writes itself (`regecon export --format xlsx`,
 * at most 200,000 rows of 9 columns, about 70 MiB) must import back. Damaged files can make the
 * spreadsheet library allocate gigabytes or loop for minutes: the caps stop them.
 */
export interface SpreadsheetLimits {
  /** Largest file read at all. */
  maxBytes: number;
  /** Rows, columns and cells (rows × columns) of the sheet's range, checked before any cell is read. */
  maxRows: number;
  maxColumns: number;
  maxCells: number;
  /** Heap of the worker thread (V8 old generation), in MiB. */
  heapMb: number;
  /** Wall-clock time for reading: a base plus an allowance per MiB of file, in milliseconds. */
  timeLimitMs: number;
  timeLimitMsPerMiB: number;
}

/** The limits `regecon import` uses (a 200,000-row export took 55 s and under 512 MB on a loaded 2-core machine). */
export const SPREADSHEET_LIMITS: SpreadsheetLimits = {
  maxBytes: 128 * 2 ** 20,
  maxRows: 250_000,
  maxColumns: 1_000,
  maxCells: 2_500_000,
  heapMb: 512,
  timeLimitMs: 20_000,
  timeLimitMsPerMiB: 2_000,
};

/** The portal's sheet names; other workbooks are read from their first sheet. */
const PORTAL_SHEET = /^(分省年度数据|年度数据)$/;

/** The worker's module beside this one (.ts under tsx, .js once built). */
const WORKER = new URL(`./spreadsheetWorker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Start the worker. Built code runs the .js module directly; under tsx (tests, development) the module
 * is TypeScript and Node 20 does not carry `--import tsx` into worker threads, so the thread registers
 * tsx's loader itself before importing it.
 */
function startWorker(options: WorkerOptions): Worker {
  if (!WORKER.pathname.endsWith(".ts")) return new Worker(WORKER, options);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return new Worker(`import(${tsx}).then((api) => { api.register(); return import(${JSON.stringify(WORKER.href)}); });`, { ...options, eval: true });
}

/**
 * Read an XLS (BIFF8, what data.stats.gov.cn's old export writes) or XLSX workbook into records, one
 * per spreadsheet row (line = the row number Excel shows, every row as wide as the sheet's range, the
 * merged ranges covering it in `merged`), so the CSV parser handles both alike. The sheet named 分省年度数据 or 年度数据 is used when present,
 * else the first sheet. Numbers keep their stored double; text has control characters replaced by spaces.
 *
 * Parsing runs in a worker thread with a heap limit and a time limit, after a size cap; an XLSX archive's
 * entries are checked against their CRC-32 first (`zipProblem`: a changed byte is damage, never data), and
 * the sheet's range is checked against row, column and cell caps before its cells are read (`limits`). Any
 * failure throws `SPREADSHEET_UNREADABLE` naming the file and the reason, in the catalogue's words (damaged
 * archive and the entry, not a workbook, no sheet, too large, out of memory, too slow, a formula cell
 * without a stored value named by its address, e.g. B5).
 */
export async function readSpreadsheetRecords(bytes: Uint8Array, file: string, limits: SpreadsheetLimits = SPREADSHEET_LIMITS): Promise<CsvLine[]> {
  const fail = (reason: ReturnType<typeof m.spreadsheetReason>) => new RegeconError("SPREADSHEET_UNREADABLE", m.spreadsheetUnreadable(file, reason), m.spreadsheetHint);
  if (bytes.length > limits.maxBytes) throw fail(m.spreadsheetReason({ kind: "bytes", bytes: bytes.length, max: limits.maxBytes }));
  const timeLimit = limits.timeLimitMs + (limits.timeLimitMsPerMiB * bytes.length) / 2 ** 20;
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const zip = isZip ? { maxEntryBytes: limits.heapMb * 2 ** 20 } : undefined;
  const request: SpreadsheetRequest = { bytes, zip, preferredSheet: PORTAL_SHEET, maxRows: limits.maxRows, maxColumns: limits.maxColumns, maxCells: limits.maxCells };
  const reply = await new Promise<SpreadsheetReply | "timeout" | "memory" | "crashed">((resolve) => {
    const worker = startWorker({
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: Math.max(8, Math.round(limits.heapMb / 8)) },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      resolve("timeout");
      void worker.terminate();
    }, timeLimit);
    worker.once("message", (r: SpreadsheetReply) => {
      clearTimeout(timer);
      resolve(r);
      void worker.terminate();
    });
    worker.once("error", (e: Error & { code?: string }) => {
      clearTimeout(timer);
      resolve(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crashed");
    });
    worker.once("exit", () => {
      clearTimeout(timer);
      resolve("crashed"); // no effect when a reply came first
    });
  });
  if (reply === "timeout") throw fail(m.spreadsheetReason({ kind: "time", ms: Math.round(timeLimit) }));
  if (reply === "memory") throw fail(m.spreadsheetReason({ kind: "memory", mb: limits.heapMb }));
  if (reply === "crashed") throw fail(m.spreadsheetReason({ kind: "crashed" }));
  if (!reply.ok) {
    switch (reply.reason) {
      case "unreadable":
        throw fail(m.spreadsheetReason({ kind: "notWorkbook" }));
      case "damagedZip":
        throw fail(m.spreadsheetReason({ kind: "zip", problem: reply.problem }));
      case "noSheet":
        throw fail(m.spreadsheetReason({ kind: "noSheet" }));
      case "tooLarge":
        throw fail(m.spreadsheetReason({ kind: "range", rows: reply.rows, columns: reply.columns, limits }));
      case "formulaWithoutValue":
        throw fail(m.spreadsheetReason({ kind: "formula", cell: reply.cell }));
    }
  }
  const records: CsvLine[] = reply.rows.map((fields, k) => ({ line: k + 1, fields }));
  for (const m of reply.merges) {
    const range = `${columnName(m.s.c)}${m.s.r + 1}:${columnName(m.e.c)}${m.e.r + 1}`;
    for (let r = m.s.r; r <= Math.min(m.e.r, records.length - 1); r++) (records[r]!.merged ??= []).push({ from: m.s.c + 1, to: m.e.c + 1, range, anchor: r === m.s.r });
  }
  return records;
}

/** A 0-based column index as Excel names it: 0 → A, 25 → Z, 26 → AA. */
function columnName(c: number): string {
  let name = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
