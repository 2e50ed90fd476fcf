import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { DuckDBInstance } from "@duckdb/node-api";
import * as m from "../../messages/store.js";
import { RegeconError } from "../../types/errors.js";
import type { Text } from "../../types/text.js";
import { makeDirectory } from "../makeDirectory.js";
import type { Registry } from "../registry.js";
import { bundledFolderHash, loadBundled } from "./importVintage.js";
import { importLogPath, readImportLog } from "./importLog.js";
import { defaultDbPath } from "./paths.js";
import { PERSISTED_VIEWS, REGION_NAMES_TABLE, SCHEMA_VERSION, TABLE_NAMES, TABLES_SQL, VIEWS_SQL } from "./schema.js";
import { SqlConnection } from "./sql.js";

/**
 * Opening the store, and the ways it protects itself:
 * - read-only commands open it in DuckDB's READ_ONLY mode and never write to it;
 * - a file that is not a DuckDB database (a SQLite file, garbage), a DuckDB file that is not a regecon
 *   store, or a damaged store (truncated, bad checksums) is refused with `STORE_UNAVAILABLE` and never
 *   written: every open first reads the data read-only (`checkIntact`: all of it before a write, and at
 *   every open for stores of up to FULL_CHECK_MAX_ROWS observations; a larger store's data blocks are
 *   checked by DuckDB as queries read them, and damage found there is reported the same way);
 * - a file held by another process is waited for (up to `LOCK_WAIT_MS`, with one progress line), then
 *   `STORE_LOCKED` names the process (DuckDB's lock message carries its PID);
 * - DuckDB's extension auto-install and auto-load are off, so no file makes it download anything;
 * - a missing file is created only by commands that write, or for the default store
 *   (`defaultDbPath()`), which any command creates on first use by loading the bundled data; a missing
 *   `--db FILE` of a read-only command is `STORE_NOT_FOUND` (a mistyped name never becomes a new store).
 */

/** How long a command waits for another process's lock on the store before giving up. */
export const LOCK_WAIT_MS = 10_000;

/** DuckDB settings of every store connection: never install or load extensions behind the user's back. */
const DUCKDB_CONFIG = { autoinstall_known_extensions: "false", autoload_known_extensions: "false" } as const;

/** What an open store needs from the caller. */
export interface OpenOptions {
  /** Open in DuckDB's READ_ONLY mode (commands that only read: report, sql, export, data, …). */
  readOnly?: boolean;
  /** How long to wait for another process's lock, in ms (default `LOCK_WAIT_MS`). */
  lockWaitMs?: number;
  /** Told once when the store is held by another process and the command starts waiting (a progress line). */
  onWait?: (line: Text) => void;
}

/** An open store connection (see `Store`, which wraps it). */
export interface OpenedStore {
  file: string;
  instance: DuckDBInstance;
  sql: SqlConnection;
  /** True when the store holds other bundled data than this version of regecon ships. */
  bundledOutdated: boolean;
}

/** What `checkIntact` found in a readable DuckDB file. */
type Contents = { kind: "empty" } | { kind: "foreign" } | { kind: "store"; version?: string; bundled?: string };

/**
 * Open the store at `dbPath` (default `defaultDbPath()`), protected as described above. Throws
 * RegeconError `STORE_NOT_FOUND`, `STORE_UNAVAILABLE` (damaged, not a store, no permission),
 * `STORE_LOCKED` or `STORE_SCHEMA_MISMATCH`.
 */
export async function openStore(dbPath: string | undefined, registry: Registry, opts: OpenOptions = {}): Promise<OpenedStore> {
  const file = path.resolve(dbPath ?? defaultDbPath());
  const isDefault = file === path.resolve(defaultDbPath());
  if (!existsSync(file)) {
    if (opts.readOnly && !isDefault) throw new RegeconError("STORE_NOT_FOUND", m.storeNotFound(file), m.storeNotFoundHint(file));
    await initialise(file, registry, opts);
  }
  refuseNonDuckDb(file);
  let ro = await connect(file, true, opts);
  let contents: Contents;
  try {
    contents = await checkIntact(ro.sql, !opts.readOnly);
  } catch (e) {
    close(ro);
    throw e;
  }
  const complete = contents.kind === "store" && contents.bundled !== undefined;
  if (contents.kind === "foreign" || (opts.readOnly && !complete && !isDefault)) {
    close(ro);
    const what = contents.kind === "foreign" ? m.notAStore(file) : contents.kind === "empty" ? m.emptyDatabase(file) : m.storeIncomplete(file);
    throw new RegeconError("STORE_UNAVAILABLE", what, m.notAStoreHint(file));
  }
  if (contents.kind === "store" && contents.version !== undefined && contents.version !== SCHEMA_VERSION) {
    close(ro);
    throw new RegeconError("STORE_SCHEMA_MISMATCH", m.schemaMismatch(file, contents.version, SCHEMA_VERSION), m.schemaMismatchHint);
  }
  let bundled = contents.kind === "store" ? contents.bundled : undefined;
  if (!opts.readOnly || !complete) {
    // writing: the file has just been read whole and found intact
    close(ro);
    if (!opts.readOnly) {
      const rw = await connect(file, false, opts);
      try {
        bundled = await fill(rw.sql, registry);
        await prepareConnection(rw.sql, registry);
      } catch (e) {
        close(rw);
        throw e;
      }
      return { ...rw, file, bundledOutdated: bundled !== bundledFolderHash() };
    }
    // the default store, left empty by an interrupted first use: load the bundled data, then read
    await initialise(file, registry, opts);
    ro = await connect(file, true, opts);
    bundled = bundledFolderHash();
  }
  try {
    await prepareConnection(ro.sql, registry);
  } catch (e) {
    close(ro);
    throw e;
  }
  return { ...ro, file, bundledOutdated: bundled !== bundledFolderHash() };
}

/** Create (or complete) a store: tables and the bundled data, in write mode, then close it. */
async function initialise(file: string, registry: Registry, opts: OpenOptions): Promise<void> {
  makeDirectory(path.dirname(file));
  const rw = await connect(file, false, opts);
  try {
    await fill(rw.sql, registry);
  } finally {
    close(rw);
  }
}

/**
 * Tables, and the bundled data when not yet loaded (first use); drops the views older versions kept in
 * the file (today's are temporary, see VIEWS_SQL). Returns the bundled data's hash recorded in `meta`.
 */
async function fill(sql: SqlConnection, registry: Registry): Promise<string> {
  await sql.run(TABLES_SQL);
  for (const v of PERSISTED_VIEWS) await sql.run(`DROP VIEW IF EXISTS main.${v}`);
  const loaded = await sql.scalar("SELECT value FROM meta WHERE key = 'bundled_loaded'");
  if (typeof loaded === "string") return loaded;
  await loadBundled(sql, registry);
  return bundledFolderHash();
}

/** The temporary region-name table and the documented views, on this connection. */
async function prepareConnection(sql: SqlConnection, registry: Registry): Promise<void> {
  await sql.run(`CREATE OR REPLACE TEMP TABLE ${REGION_NAMES_TABLE} (region_code VARCHAR, region_name_zh VARCHAR, region_name_en VARCHAR)`);
  const national = m.nationalName;
  await sql.appendText(REGION_NAMES_TABLE, [["100000", national.zh, national.en], ...registry.provinces.map((p) => [p.code, p.name, p.nameEn])], "temp");
  await sql.run(VIEWS_SQL);
}

/**
 * Stores up to this many observations are read whole at every open; larger ones (city or county panels)
 * only when opened for writing. Reading 4.5 million observations costs about 0.5 s, far more than a
 * report's own query, which DuckDB checks block by block as it reads (its damage is reported the same way).
 */
export const FULL_CHECK_MAX_ROWS = 1_000_000;

/**
 * Read the tables whole (every column): DuckDB verifies each block's checksum as it reads it, and a block
 * cut off by truncation cannot be read at all, so damage anywhere in the data shows here (header and
 * catalogue damage already stops DuckDB from opening the file). The observations of a large store are
 * read only when `full` (before writing). Free blocks are not read: damage there loses no data.
 * Throws `STORE_UNAVAILABLE` (damaged) naming what DuckDB found.
 */
async function checkIntact(sql: SqlConnection, full: boolean): Promise<Contents> {
  const tables = (await sql.rows("SELECT table_name, estimated_size FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'")).map((r) => ({
    name: r.table_name as string,
    rows: Number(r.estimated_size),
  }));
  if (tables.length === 0) return { kind: "empty" };
  if (!tables.some((t) => t.name === "meta")) return { kind: "foreign" };
  for (const t of tables) {
    if (!(TABLE_NAMES as readonly string[]).includes(t.name) || (t.name === "observations" && !full && t.rows > FULL_CHECK_MAX_ROWS)) continue;
    const columns = (await sql.rows("SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $t ORDER BY column_index", { t: t.name })).map(
      (r) => `"${String(r.column_name).replace(/"/g, '""')}"`,
    );
    // hash of every column: DuckDB has to read each block of each column (a count alone reads none)
    await sql.run(`SELECT count(*), sum(hash(${columns.join(", ")})) FROM main.${t.name}`);
  }
  const meta = new Map((await sql.rows("SELECT key, value FROM meta")).map((r) => [r.key as string, r.value as string]));
  return { kind: "store", version: meta.get("schema_version"), bundled: meta.get("bundled_loaded") };
}

/** A file DuckDB would hand to an extension (SQLite): refused before DuckDB sees it. */
function refuseNonDuckDb(file: string): void {
  const head = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    readSync(fd, head, 0, 16, 0);
  } catch {
    return; // DuckDB reports unreadable files below
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (head.toString("latin1") === "SQLite format 3\0") throw new RegeconError("STORE_UNAVAILABLE", m.sqliteFile(file), m.notAStoreHint(file));
}

/** Open a DuckDB instance on the file, waiting (bounded) while another process holds it. */
async function connect(file: string, readOnly: boolean, opts: OpenOptions): Promise<{ instance: DuckDBInstance; sql: SqlConnection }> {
  const waitMs = opts.lockWaitMs ?? LOCK_WAIT_MS;
  const deadline = Date.now() + waitMs;
  let told = false;
  let instance: DuckDBInstance;
  for (;;) {
    try {
      instance = await DuckDBInstance.create(file, readOnly ? { ...DUCKDB_CONFIG, access_mode: "READ_ONLY" } : DUCKDB_CONFIG);
      break;
    } catch (e) {
      const holder = lockHolder(e);
      if (holder === undefined) throw openError(file, e);
      if (Date.now() >= deadline) throw new RegeconError("STORE_LOCKED", m.storeLocked(file, holder, waitMs / 1000), m.storeLockedHint(file, holder));
      if (!told) opts.onWait?.(m.waitingForStore(file, holder, waitMs / 1000));
      told = true;
      await sleep(200);
    }
  }
  try {
    const conn = await instance.connect();
    return { instance, sql: new SqlConnection(conn, (e) => asDamage(file, e)) };
  } catch (e) {
    instance.closeSync();
    throw openError(file, e);
  }
}

function close(s: { instance: DuckDBInstance; sql: SqlConnection }): void {
  s.sql.conn.closeSync();
  s.instance.closeSync();
}

/** The process holding the file, from DuckDB's lock message ("… held in /usr/bin/node (PID 123)"); undefined when the error is not a lock. */
function lockHolder(e: unknown): m.LockHolder | undefined {
  const msg = e instanceof Error ? e.message : String(e);
  if (!/Could not set lock on file/i.test(msg)) return undefined;
  const held = /held in (.+?) \(PID (\d+)\)/.exec(msg);
  return held ? { program: held[1]!, pid: Number(held[2]) } : {};
}

const DAMAGE = /Corrupt database file|checksum|Could not read enough bytes|database has been invalidated|not a valid DuckDB database file|Invalid magic|INTERNAL Error/i;

/** A DuckDB error met while reading the store: damage becomes `STORE_UNAVAILABLE` with the rebuild hint; anything else passes through. */
function asDamage(file: string, e: unknown): unknown {
  const msg = e instanceof Error ? e.message : String(e);
  return DAMAGE.test(msg) ? damaged(file, m.duckdbSaid(msg)) : e;
}

function openError(file: string, e: unknown): RegeconError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/not a valid DuckDB database file/i.test(msg) && statSync(file).size === 0) return new RegeconError("STORE_UNAVAILABLE", m.emptyFile(file), m.notAStoreHint(file));
  if (/not a valid DuckDB database file/i.test(msg)) return new RegeconError("STORE_UNAVAILABLE", m.notDuckDb(file), m.notAStoreHint(file));
  if (DAMAGE.test(msg)) return damaged(file, m.duckdbSaid(msg));
  return new RegeconError("STORE_UNAVAILABLE", m.cannotOpen(file, msg), m.cannotOpenHint);
}

/** `STORE_UNAVAILABLE` for a damaged store, with how to rebuild it (bundled data + the files of its import log). */
export function damaged(file: string, detail: Text): RegeconError {
  const log = importLogPath(file);
  return new RegeconError("STORE_UNAVAILABLE", m.storeDamaged(file, detail), m.rebuildHint(file, log, readImportLog(log), file === path.resolve(defaultDbPath())));
}
