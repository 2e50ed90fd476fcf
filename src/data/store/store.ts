import { rmSync } from "node:fs";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { SourceInfo } from "../../types/observation.js";
import type { FileContent } from "../import/fileScan.js";
import type { ParsedImport } from "../import/types.js";
import type { Registry } from "../registry.js";
import { alreadyImported, importVintage, type ImportOptions, type ImportResult } from "./importVintage.js";
import { openStore, type OpenOptions } from "./open.js";
import type { SqlConnection, SqlParams, SqlRow } from "./sql.js";
import { temporaryFolder } from "../temporaryFolder.js";

export type { ImportOptions, ImportResult } from "./importVintage.js";
export type { OpenOptions } from "./open.js";

/**
 * DuckDB's memory limit for commands that stream large results (`sql`, `export`): a sort or join above it
 * spills to a temporary folder instead of growing the process (an ordered export of 4.5 million
 * observations peaked at 1.3 GiB without it, 0.45 GiB with it).
 */
export const QUERY_MEMORY_LIMIT = "256MB";

/** Count and order-independent hash of everything in the store, to prove a failed import changed nothing. */
export interface StoreFingerprint {
  observations: number;
  vintages: number;
  hash: string;
}

/**
 * The embedded DuckDB store: one object per open file. Opening (and its protection: read-only mode,
 * damage and lock detection, first-use load of the bundled data) is in `open.ts`; writing a vintage in
 * `importVintage.ts`; the bound-parameter SQL helpers in `sql.ts`. Every import is one transaction:
 * it either writes the whole file as a new vintage or nothing.
 */
export class Store {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    /** The connection with bound-parameter helpers. */
    readonly sql: SqlConnection,
    readonly readOnly: boolean,
    /**
     * True when the store was filled from other bundled data than this regecon version ships (e.g.
     * after an upgrade with revised data): the store keeps what it has, callers should say so.
     */
    readonly bundledOutdated: boolean,
  ) {}

  /**
   * Open the store at `dbPath` (default: `defaultDbPath()`), for writing unless `opts.readOnly`.
   * Creates it on first use (loading the bundled `data/nbs` folder) when it may (see `openStore`).
   * Throws RegeconError `STORE_NOT_FOUND`, `STORE_UNAVAILABLE`, `STORE_LOCKED` or `STORE_SCHEMA_MISMATCH`.
   */
  static async open(dbPath: string | undefined, registry: Registry, opts: OpenOptions = {}): Promise<Store> {
    const s = await openStore(dbPath, registry, opts);
    return new Store(s.file, s.instance, s.sql, opts.readOnly ?? false, s.bundledOutdated);
  }

  /** The raw DuckDB connection (the user-query runner and tests). */
  get conn(): DuckDBConnection {
    return this.sql.conn;
  }

  private spillDir: string | undefined;

  /**
   * Bound DuckDB's memory on this connection to QUERY_MEMORY_LIMIT: larger sorts and joins spill to a
   * private temporary folder, removed by `close`.
   */
  async limitMemory(): Promise<void> {
    this.spillDir ??= temporaryFolder("regecon-spill-");
    await this.sql.run("SET memory_limit = $limit", { limit: QUERY_MEMORY_LIMIT });
    await this.sql.run("SET temp_directory = $dir", { dir: this.spillDir });
  }

  close(): void {
    this.sql.conn.closeSync();
    this.instance.closeSync();
    if (this.spillDir) rmSync(this.spillDir, { recursive: true, force: true });
  }

  /** Rows of a query as plain JS objects (BIGINT counts as numbers); values go in `params` (`$name`). */
  async rows(sql: string, params?: SqlParams): Promise<SqlRow[]> {
    return this.sql.rows(sql, params);
  }

  /** Count and hash of observations and vintages (order-independent). */
  async fingerprint(): Promise<StoreFingerprint> {
    const [o] = await this.rows(
      "SELECT count(*) AS n, coalesce(sum(hash(region_code, year, indicator, value, unit, source_id, vintage_id, coalesce(superseded_by, -1))), 0)::VARCHAR AS h FROM observations",
    );
    const [v] = await this.rows("SELECT count(*) AS n, coalesce(sum(hash(vintage_id, vintage, source_id, file_hash, coalesce(superseded_by, -1))), 0)::VARCHAR AS h FROM vintages");
    return { observations: o!.n as number, vintages: v!.n as number, hash: `${o!.h}/${v!.h}/${await this.sql.scalar("SELECT count(*) FROM sources")}` };
  }

  /** Provenance of every source id in the store. */
  async sources(): Promise<Map<string, SourceInfo>> {
    const rows = await this.rows("SELECT * FROM sources ORDER BY source_id");
    return new Map(
      rows.map((r) => [
        r.source_id as string,
        {
          id: r.source_id as string,
          producer: r.producer as string,
          producerEn: r.producer_en as string,
          title: r.title as string,
          titleEn: r.title_en as string,
          vintage: r.vintage as string,
          vintageLabel: r.vintage_label as string,
          vintageLabelEn: r.vintage_label_en as string,
          retrieved: r.retrieved as string,
        },
      ]),
    );
  }

  /**
   * The vintage a byte-identical file (same SHA-256) was imported as, when that vintage still has
   * current values; undefined otherwise. `importParsed` refuses such a file (`ALREADY_IMPORTED`); the
   * CLI checks first and reports it as a notice (nothing changed), not an error.
   */
  async alreadyImported(bytes: FileContent): Promise<{ vintageId: number; vintage: string; importedAt: string } | undefined> {
    return alreadyImported(this.sql, bytes);
  }

  /**
   * Write a parsed file as a new vintage, all or nothing. Before anything is written: duplicates
   * within the file (`DUPLICATE_OBSERVATION`, naming the lines), a file already imported and still
   * current (`ALREADY_IMPORTED`), a new indicator clashing with an existing one (`UNIT_MISMATCH`).
   * When the file's notes name an economic-census revision older than the census of any current value
   * it would supersede (`vintages.census`), the import is refused with `OLDER_VINTAGE` unless
   * `opts.allowOlder` is given. `opts.note` is recorded with the vintage (after the file's notes),
   * `opts.sourcePath` in the import log beside the store (`importLog.ts`).
   * Then, in one transaction: the source and vintage rows, the observations, and `superseded_by` on
   * every current observation of an older vintage with the same (indicator, region, year). The result
   * says how many values were superseded, from which vintages, and how many of them were identical.
   */
  async importParsed(parsed: ParsedImport, bytes: FileContent, opts: ImportOptions = {}): Promise<ImportResult> {
    return importVintage(this.sql, this.path, parsed, bytes, opts);
  }
}
