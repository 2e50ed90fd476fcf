import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { RegeconError } from "../../types/errors.js";
import type { SourceInfo } from "../../types/observation.js";
import { loadFolderDataset } from "../folder.js";
import { DEFAULT_DATASET_DIR } from "../paths.js";
import type { Registry } from "../registry.js";
import { censusName, censusOfVintageLabel } from "../import/census.js";
import { StagedRows, type ParsedImport } from "../import/types.js";
import { defaultDbPath } from "./paths.js";
import { SCHEMA_SQL, SCHEMA_VERSION } from "./schema.js";

/** What one import did. */
export interface ImportResult {
  vintageId: number;
  vintage: string;
  sourceId: string;
  file: string;
  rows: number;
  /** Rows of older vintages this import superseded (they stay queryable in `observations_all`). */
  superseded: number;
  /** Older vintages whose rows are now all superseded. */
  supersededVintages: number[];
  /** Per older vintage: how many of its current values this import superseded, and how many of those had the same value. */
  supersededFrom: { vintageId: number; vintage: string; census?: number; count: number; identical: number }[];
  /** Of `superseded`, values equal to the new value (same data re-encoded or re-exported). */
  supersededIdentical: number;
  /**
   * Values of a newer economic census that this import (with a recognised older census revision)
   * replaced because `allowOlder` was given; 0 otherwise.
   */
  replacedNewerCensus: number;
  /** Indicators whose current series now holds more than one vintage (shown, never silent). */
  mixedSeries: { indicator: string; vintages: string[] }[];
}

/** Count and order-independent hash of everything in the store, to prove a failed import changed nothing. */
export interface StoreFingerprint {
  observations: number;
  vintages: number;
  hash: string;
}

/** Quote a string for SQL. */
export function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * The embedded DuckDB store. `Store.open` creates the database (and its folder) on first use and
 * loads the bundled `data/nbs` folder into it as one vintage per source id, so nothing needs setting up.
 * Every import is one transaction: it either writes the whole file as a new vintage or nothing.
 */
export class Store {
  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    readonly conn: DuckDBConnection,
    readonly readOnly: boolean,
  ) {}

  /**
   * True when the store was filled from other bundled data than this regecon version ships (e.g.
   * after an upgrade with revised data): the store keeps what it has, callers should say so.
   */
  bundledOutdated = false;

  /**
   * Open (and on first use create and fill) the store at `dbPath` (default: `defaultDbPath()`).
   * With `readOnly`, the database is opened in DuckDB's READ_ONLY mode after being initialised.
   * Throws RegeconError `STORE_UNAVAILABLE` when the file cannot be opened (locked by another
   * process, not a DuckDB file, no permission).
   */
  static async open(dbPath: string | undefined, registry: Registry, opts: { readOnly?: boolean } = {}): Promise<Store> {
    const file = path.resolve(dbPath ?? defaultDbPath());
    if (opts.readOnly && !existsSync(file)) {
      const init = await Store.open(file, registry);
      init.close();
    }
    if (!opts.readOnly) mkdirSync(path.dirname(file), { recursive: true });
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(file, opts.readOnly ? { access_mode: "READ_ONLY" } : {});
    } catch (e) {
      throw new RegeconError("STORE_UNAVAILABLE", `无法打开数据库 ${file}：${(e as Error).message}`, "检查文件是否被另一个 regecon 进程占用、是否为 DuckDB 文件；可用 --db 指定另一个文件。");
    }
    const conn = await instance.connect();
    const store = new Store(file, instance, conn, opts.readOnly ?? false);
    if (!opts.readOnly) {
      await conn.run(SCHEMA_SQL);
      const version = await store.scalar("SELECT value FROM meta WHERE key = 'schema_version'");
      if (version !== undefined && version !== SCHEMA_VERSION) {
        store.close();
        throw new RegeconError(
          "STORE_SCHEMA_MISMATCH",
          `数据库 ${file} 由另一版本的 regecon 创建（结构版本 ${String(version)}，本版本为 ${SCHEMA_VERSION}）`,
          "用 --db 指定一个新文件（会自动载入内置数据），或先用旧版本 regecon export 导出数据再重新导入。",
        );
      }
      const loaded = await store.scalar("SELECT value FROM meta WHERE key = 'bundled_loaded'");
      if (loaded === undefined) await store.loadBundled(registry);
      else store.bundledOutdated = loaded !== bundledFolderHash();
    }
    return store;
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }

  /** Rows of a query as plain JS objects (BIGINT counts converted to numbers). */
  async rows(sql: string): Promise<Record<string, unknown>[]> {
    const reader = await this.conn.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((r) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) o[k] = typeof v === "bigint" ? Number(v) : v;
      return o;
    });
  }

  private async scalar(sql: string): Promise<unknown> {
    const r = await this.rows(sql);
    return r[0] === undefined ? undefined : Object.values(r[0])[0];
  }

  /** Count and hash of observations and vintages (order-independent). */
  async fingerprint(): Promise<StoreFingerprint> {
    const [o] = await this.rows(
      "SELECT count(*) AS n, coalesce(sum(hash(region_code, year, indicator, value, unit, source_id, vintage_id, coalesce(superseded_by, -1))), 0)::VARCHAR AS h FROM observations",
    );
    const [v] = await this.rows("SELECT count(*) AS n, coalesce(sum(hash(vintage_id, vintage, source_id, file_hash, coalesce(superseded_by, -1))), 0)::VARCHAR AS h FROM vintages");
    return { observations: o!.n as number, vintages: v!.n as number, hash: `${o!.h}/${v!.h}/${await this.scalar("SELECT count(*) FROM sources")}` };
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
          title: r.title as string,
          producerEn: r.producer_en as string,
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
  async alreadyImported(bytes: Uint8Array): Promise<{ vintageId: number; vintage: string; importedAt: string } | undefined> {
    const fileHash = createHash("sha256").update(bytes).digest("hex");
    const [dup] = await this.rows(
      `SELECT vintage_id, vintage, imported_at::VARCHAR AS t FROM vintages v WHERE file_hash = ${sqlString(fileHash)} AND kind = 'import'
         AND EXISTS (SELECT 1 FROM observations o WHERE o.vintage_id = v.vintage_id
                     -- still current, or kept out only because an identical older value is current
                     AND (o.superseded_by IS NULL OR o.superseded_by < o.vintage_id)) ORDER BY vintage_id DESC LIMIT 1`,
    );
    return dup ? { vintageId: dup.vintage_id as number, vintage: dup.vintage as string, importedAt: dup.t as string } : undefined;
  }

  /**
   * Write a parsed file as a new vintage, all or nothing. Before anything is written: duplicates
   * within the file (`DUPLICATE_OBSERVATION`, naming the lines), a file already imported and still
   * current (`ALREADY_IMPORTED`), a new indicator clashing with an existing one (`UNIT_MISMATCH`).
   * When the file's notes name an economic-census revision older than the census of any current value
   * it would supersede (`vintages.census`), the import is refused with `OLDER_VINTAGE` unless
   * `opts.allowOlder` is given.
   * Then, in one transaction: the source and vintage rows, the observations, and `superseded_by` on
   * every current observation of an older vintage with the same (indicator, region, year). The result
   * says how many values were superseded, from which vintages, and how many of them were identical.
   */
  async importParsed(parsed: ParsedImport, bytes: Uint8Array, opts: { allowOlder?: boolean } = {}): Promise<ImportResult> {
    const fileHash = createHash("sha256").update(bytes).digest("hex");
    const dup = await this.alreadyImported(bytes);
    if (dup) {
      throw new RegeconError("ALREADY_IMPORTED", `${parsed.file}：同一文件已于 ${dup.importedAt} 导入为版本 ${dup.vintageId}，数据库未改动`, "要查看已有版本运行 regecon data。");
    }
    for (const [id, unit] of parsed.newIndicators) {
      const existing = await this.scalar(`SELECT unit FROM user_indicators WHERE id = ${sqlString(id)}`);
      if (existing !== undefined && existing !== unit) {
        throw new RegeconError("UNIT_MISMATCH", `${parsed.file}：新指标 ${id} 的单位“${unit}”与库中已有的“${existing as string}”不符`, "换算单位后再导入。");
      }
    }
    const staged = await this.stage(parsed);
    try {
      let replacedNewerCensus = 0;
      if (parsed.census) {
        const newer = await this.rows(
          `SELECT v.vintage_id, v.vintage, v.census, count(*) AS n
           FROM observations o JOIN vintages v ON v.vintage_id = o.vintage_id
           JOIN (SELECT DISTINCT region_code, year, indicator FROM ${staged.relation}) k
             ON k.region_code = o.region_code AND k.year = o.year AND k.indicator = o.indicator
           WHERE o.superseded_by IS NULL AND v.census > ${parsed.census.census}
           GROUP BY v.vintage_id, v.vintage, v.census ORDER BY v.vintage_id`,
        );
        replacedNewerCensus = newer.reduce((a, r) => a + (r.n as number), 0);
        if (replacedNewerCensus > 0 && !opts.allowOlder) {
          const censuses = [...new Set(newer.map((r) => r.census as number))].sort((a, b) => b - a).map(censusName);
          throw new RegeconError(
            "OLDER_VINTAGE",
            `${parsed.file}：文件注释表明数据为${parsed.census.name}修订后的数据，早于库中现有数据（${censuses.join("、")}修订后）；` +
              `导入会用较旧的数据替代 ${replacedNewerCensus} 个现有值（${newer.map((r) => `版本 ${r.vintage as string}（#${r.vintage_id as number}）${r.n as number} 个`).join("、")}），数据库未改动`,
            "若确实要用旧普查口径的数据替代现有数据，加 --allow-older 重新导入（旧值仍可在 observations_all 中查询）；用 regecon data 查看现有版本。",
          );
        }
      }
      const now = new Date();
      return await this.transaction(async () => {
        const vintageId = Number((await this.scalar("SELECT coalesce(max(vintage_id), 0) + 1 FROM vintages")) as number);
        const sourceId = `IMPORT_${vintageId}`;
        const vintage = `import-${vintageId}`;
        const indicators = [...parsed.rows.indicators.keys()];
        const censusLabel = parsed.census ? `，${parsed.census.name}修订后` : "";
        const day = now.toISOString().slice(0, 10);
        await this.insertSource({
          id: sourceId,
          producer: parsed.sourceText ?? "未注明",
          // short: the title is quoted under every figure using any of the file's indicators; the
          // indicator list stays in the vintages table
          title: `${parsed.database ?? "导入文件"}（${parsed.file}）`,
          producerEn: parsed.sourceText ?? "not stated",
          titleEn: `${parsed.database ?? "imported file"} (${parsed.file})`,
          vintage,
          vintageLabel: `导入文件 ${parsed.file}（${day}导入${censusLabel}）`,
          vintageLabelEn: `imported file ${parsed.file} (imported ${day}${parsed.census ? `, census ${parsed.census.census} revision` : ""})`,
          retrieved: day,
        });
        await this.conn.run(
          `INSERT INTO vintages VALUES (${vintageId}, ${sqlString(vintage)}, ${sqlString(sourceId)}, 'import', ${sqlString(parsed.file)}, ${sqlString(fileHash)},
            ${sqlString(now.toISOString().replace("T", " ").replace("Z", ""))}::TIMESTAMP, ${sqlString(parsed.format)}, ${opt(parsed.database)}, ${opt(parsed.timeLabel)},
            ${opt(parsed.sourceText)}, ${opt(parsed.notes.length ? parsed.notes.join("\n") : undefined)}, ${parsed.census?.census ?? "NULL"}, ${opt(parsed.census?.name)},
            ${parsed.census?.revisedFrom ?? "NULL"}, ${parsed.census?.revisedTo ?? "NULL"}, ${sqlString(indicators.join(","))}, ${parsed.rows.count}, NULL)`,
        );
        for (const [id, unit] of parsed.newIndicators) {
          await this.conn.run(`INSERT OR IGNORE INTO user_indicators VALUES (${sqlString(id)}, ${sqlString(unit)}, ${vintageId})`);
        }
        await this.conn.run(
          `INSERT INTO observations SELECT region_code, year, indicator, value, unit, ${sqlString(sourceId)}, ${vintageId}, NULL FROM ${staged.relation}`,
        );
        // The store must hold exactly the rows the parser validated (guards the direct-read path).
        const inserted = Number(await this.scalar(`SELECT count(*) FROM observations WHERE vintage_id = ${vintageId}`));
        if (inserted !== parsed.rows.count) throw new Error(`import of ${parsed.file}: ${inserted} rows stored but ${parsed.rows.count} validated`);
        const dups = await this.rows(
          `SELECT region_code, year, indicator FROM observations WHERE vintage_id = ${vintageId} GROUP BY region_code, year, indicator HAVING count(*) > 1 LIMIT 5`,
        );
        if (dups.length > 0) {
          const d = dups[0]!;
          const lines = await staged.lines(d.region_code as string, d.year as number, d.indicator as string);
          throw new RegeconError(
            "DUPLICATE_OBSERVATION",
            `${parsed.file} 第${lines.join("、")}行：${d.indicator} ${d.region_code} ${d.year} 出现多次${dups.length > 1 ? `（另有 ${dups.length - 1} 处以上重复）` : ""}`,
            "每个指标、地区、年份只能有一个值；删去重复行后再导入。",
          );
        }
        const from = await this.rows(
          `SELECT o.vintage_id, any_value(v.vintage) AS vintage, any_value(v.census) AS census, count(*) AS n,
                  count(*) FILTER (WHERE o.value = k.value AND o.unit = k.unit) AS same
           FROM observations o JOIN vintages v ON v.vintage_id = o.vintage_id
           JOIN observations k ON k.vintage_id = ${vintageId} AND k.region_code = o.region_code AND k.year = o.year AND k.indicator = o.indicator
           WHERE o.superseded_by IS NULL AND o.vintage_id <> ${vintageId} GROUP BY o.vintage_id ORDER BY o.vintage_id`,
        );
        // (skipped when no value is identical: on a large new panel the join would cost a second)
        if (from.some((f) => (f.same as number) > 0)) await this.keepIdentical(vintageId);
        const superseded = from.length > 0 ? await this.supersede(vintageId) : 0;
        const supersededVintages = (
          await this.rows(
            `UPDATE vintages SET superseded_by = ${vintageId} WHERE superseded_by IS NULL AND vintage_id <> ${vintageId}
             AND vintage_id IN (SELECT DISTINCT vintage_id FROM observations WHERE superseded_by = ${vintageId})
             AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.vintage_id = vintages.vintage_id AND o.superseded_by IS NULL) RETURNING vintage_id`,
          )
        )
          .map((r) => r.vintage_id as number)
          .sort((x, y) => x - y);
        const mixed = await this.rows(
          `SELECT indicator, list(DISTINCT vintage ORDER BY vintage) AS vs FROM observations_current
           WHERE indicator IN (${indicators.map(sqlString).join(",")}) AND region_code <> '100000' GROUP BY indicator HAVING count(DISTINCT vintage) > 1`,
        );
        return {
          vintageId,
          vintage,
          sourceId,
          file: parsed.file,
          rows: parsed.rows.count,
          superseded,
          supersededVintages,
          supersededFrom: from.map((f) => ({
            vintageId: f.vintage_id as number,
            vintage: f.vintage as string,
            ...(f.census === null || f.census === undefined ? {} : { census: f.census as number }),
            count: f.n as number,
            identical: f.same as number,
          })),
          supersededIdentical: from.reduce((a, f) => a + (f.same as number), 0),
          replacedNewerCensus,
          mixedSeries: mixed.map((m) => ({ indicator: m.indicator as string, vintages: m.vs as string[] })),
        };
      });
    } finally {
      await staged.dispose();
    }
  }

  /**
   * The validated rows as an SQL relation (region_code, year, indicator, value, unit): DuckDB reads
   * the source file itself when the parser allows it (`parsed.direct`), else a staging CSV written
   * from the parser's text. `lines` finds the file lines of a key (for duplicate messages).
   */
  private async stage(parsed: ParsedImport): Promise<{ relation: string; lines: (code: string, year: number, indicator: string) => Promise<number[]>; dispose: () => Promise<void> }> {
    const d = parsed.direct;
    if (!d) {
      const staged = this.writeStaging(parsed.rows);
      return {
        relation: readStaging(staged.file),
        lines: async (code, year, indicator) =>
          (await this.rows(`SELECT line FROM ${readStaging(staged.file)} WHERE region_code = ${sqlString(code)} AND year = ${year} AND indicator = ${sqlString(indicator)} ORDER BY line`)).map((r) => r.line as number),
        dispose: async () => rmSync(staged.dir, { recursive: true, force: true }),
      };
    }
    await this.conn.run("CREATE OR REPLACE TEMP TABLE import_regions (raw VARCHAR, code VARCHAR); CREATE OR REPLACE TEMP TABLE import_units (indicator VARCHAR, unit VARCHAR)");
    await this.insertPairs("import_regions", [...d.regionCodes]);
    await this.insertPairs("import_units", [...d.units]);
    const columns = Array.from({ length: d.columnCount }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
    const c = (i: number) => `trim(r.c${i})`;
    const relation = `(SELECT m.code AS region_code, CAST(${c(d.columns.year)} AS INTEGER) AS year, ${c(d.columns.indicator)} AS indicator,
        CAST(${c(d.columns.value)} AS DOUBLE) AS value, u.unit
      FROM read_csv(${sqlString(d.file)}, header = false, skip = ${d.skipLines}, auto_detect = false, delim = ',', quote = '"', escape = '"',
        null_padding = true, columns = {${columns}}) r
      JOIN import_regions m ON m.raw = ${c(d.columns.region)}
      JOIN import_units u ON u.indicator = ${c(d.columns.indicator)}
      WHERE coalesce(${c(d.columns.value)}, '') <> '')`;
    return {
      relation,
      lines: async (code, year, indicator) => d.findLines(code, year, indicator),
      dispose: async () => {
        await this.conn.run("DROP TABLE IF EXISTS import_regions; DROP TABLE IF EXISTS import_units");
      },
    };
  }

  /** Insert (text, text) pairs into a two-column table, in batches. */
  private async insertPairs(table: string, pairs: readonly (readonly [string, string])[]): Promise<void> {
    for (let i = 0; i < pairs.length; i += 1000) {
      const values = pairs.slice(i, i + 1000).map(([a, b]) => `(${sqlString(a)}, ${sqlString(b)})`).join(", ");
      if (values) await this.conn.run(`INSERT INTO ${table} VALUES ${values}`);
    }
  }

  /** Write staged rows to a temporary CSV file that DuckDB reads with read_csv. */
  private writeStaging(rows: StagedRows): { dir: string; file: string } {
    const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-stage-"));
    const file = path.join(dir, "staging.csv");
    writeFileSync(file, "");
    for (const chunk of rows.text()) appendFileSync(file, chunk);
    return { dir, file };
  }

  /**
   * A value equal to the current one (same value and unit) brings nothing new: the current value keeps
   * its vintage, and the new row is marked as superseded by it (still in observations_all). So
   * re-importing identical data never turns a series into a mix of vintages.
   */
  private async keepIdentical(vintageId: number): Promise<void> {
    await this.conn.run(
      `UPDATE observations SET superseded_by = k.old FROM (
         SELECT n.region_code, n.year, n.indicator, o.vintage_id AS old
         FROM observations n JOIN observations o ON o.region_code = n.region_code AND o.year = n.year AND o.indicator = n.indicator
         WHERE n.vintage_id = ${vintageId} AND o.vintage_id <> ${vintageId} AND o.superseded_by IS NULL AND o.value = n.value AND o.unit = n.unit) k
       WHERE observations.vintage_id = ${vintageId} AND observations.region_code = k.region_code AND observations.year = k.year AND observations.indicator = k.indicator`,
    );
  }

  /** Mark current rows of other vintages with the same keys as superseded by `vintageId` (unless kept as identical); returns how many. */
  private async supersede(vintageId: number): Promise<number> {
    const r = await this.conn.run(
      `UPDATE observations SET superseded_by = ${vintageId} FROM (SELECT region_code, year, indicator FROM observations WHERE vintage_id = ${vintageId} AND superseded_by IS NULL) n
       WHERE observations.superseded_by IS NULL AND observations.vintage_id <> ${vintageId}
         AND observations.region_code = n.region_code AND observations.year = n.year AND observations.indicator = n.indicator`,
    );
    return r.rowsChanged;
  }

  private async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.conn.run("BEGIN TRANSACTION");
    try {
      const r = await fn();
      await this.conn.run("COMMIT");
      return r;
    } catch (e) {
      await this.conn.run("ROLLBACK");
      throw e;
    }
  }

  private async insertSource(s: SourceInfo): Promise<void> {
    await this.conn.run(
      `INSERT INTO sources VALUES (${[s.id, s.producer, s.title, s.vintage, s.vintageLabel, s.vintageLabelEn, s.retrieved, s.producerEn, s.titleEn].map(sqlString).join(", ")})`,
    );
  }

  /**
   * First use: load the bundled `data/nbs` folder (what `loadFolderDataset` reads) as one vintage per
   * source id, in one transaction, and record it in `meta`.
   */
  private async loadBundled(registry: Registry): Promise<void> {
    const dir = DEFAULT_DATASET_DIR;
    const ds = loadFolderDataset(dir, registry);
    const folderHash = bundledFolderHash();
    const bySource = new Map<string, StagedRows>();
    for (const o of ds.all()) {
      let rows = bySource.get(o.source);
      if (!rows) bySource.set(o.source, (rows = new StagedRows()));
      rows.add(o.regionCode, o.year, o.indicator, o.value, o.unit, 0);
    }
    const sourceIds = [...ds.sources.keys()];
    await this.transaction(async () => {
      for (const s of ds.sources.values()) await this.insertSource(s);
      let vintageId = Number((await this.scalar("SELECT coalesce(max(vintage_id), 0) FROM vintages")) as number);
      for (const sourceId of sourceIds) {
        const rows = bySource.get(sourceId);
        if (!rows) continue;
        const s = ds.source(sourceId);
        vintageId++;
        await this.conn.run(
          `INSERT INTO vintages VALUES (${vintageId}, ${sqlString(s.vintage)}, ${sqlString(sourceId)}, 'bundled', ${sqlString("data/nbs")}, ${sqlString(folderHash)},
            current_timestamp::TIMESTAMP, 'bundled-folder', NULL, NULL, ${sqlString(s.producer)}, ${sqlString(`${s.title}；${s.vintageLabel}；见 data/nbs/SOURCES.md`)},
            ${censusOfVintageLabel(s.vintageLabel) ?? "NULL"}, NULL, NULL, NULL, ${sqlString([...rows.indicators.keys()].join(","))}, ${rows.count}, NULL)`,
        );
        const staged = this.writeStaging(rows);
        try {
          await this.conn.run(`INSERT INTO observations SELECT region_code, year, indicator, value, unit, ${sqlString(sourceId)}, ${vintageId}, NULL FROM ${readStaging(staged.file)}`);
        } finally {
          rmSync(staged.dir, { recursive: true, force: true });
        }
      }
      await this.conn.run(`INSERT OR REPLACE INTO meta VALUES ('schema_version', ${sqlString(SCHEMA_VERSION)}), ('bundled_loaded', ${sqlString(folderHash)})`);
    });
  }
}

/** SQL reading a staging CSV (region_code, year, indicator, value, unit, line). */
function readStaging(file: string): string {
  return `read_csv(${sqlString(file)}, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'region_code': 'VARCHAR', 'year': 'INTEGER', 'indicator': 'VARCHAR', 'value': 'DOUBLE', 'unit': 'VARCHAR', 'line': 'INTEGER'})`;
}

function opt(s: string | undefined): string {
  return s === undefined ? "NULL" : sqlString(s);
}

/** SHA-256 over the bundled data/nbs CSV files (names and bytes): identifies the bundled data release. */
export function bundledFolderHash(): string {
  const hash = createHash("sha256");
  for (const f of readdirSync(DEFAULT_DATASET_DIR).sort()) if (f.endsWith(".csv")) hash.update(f).update(readFileSync(path.join(DEFAULT_DATASET_DIR, f)));
  return hash.digest("hex");
}
