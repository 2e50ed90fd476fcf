import { createHash } from "node:crypto";
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as m from "../../messages/store.js";
import { RegeconError } from "../../types/errors.js";
import type { SourceInfo } from "../../types/observation.js";
import { loadFolderDataset } from "../folder.js";
import { censusName, censusOfVintageLabel } from "../import/census.js";
import type { FileContent } from "../import/fileScan.js";
import { checkTidyCsv, NotCheckable } from "../import/tidyCsvCheck.js";
import { StagedRows, type DirectCsv, type ParsedImport } from "../import/types.js";
import { DEFAULT_DATASET_DIR } from "../paths.js";
import type { Registry } from "../registry.js";
import { directFindings } from "./directFindings.js";
import { DirectRejected, insertDirect } from "./directInsert.js";
import type { StoreFindings } from "./importChecks.js";
import { appendImportLog } from "./importLog.js";
import { SCHEMA_VERSION } from "./schema.js";
import { orNull, type SqlConnection, type SqlParams } from "./sql.js";
import { temporaryFolder } from "../temporaryFolder.js";

/**
 * Importing a vintage: a parsed file (or the bundled data on first use) written to the store as one
 * vintage in one transaction, superseding older values of the same keys. Every value from the file is
 * bound as a parameter or read by DuckDB from the file itself; nothing from it becomes SQL text.
 */

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

/** Options of one import (all optional; older callers pass none or only `allowOlder`). */
export interface ImportOptions {
  /** Let data of an older economic census supersede data of a newer one (`--allow-older`). */
  allowOlder?: boolean;
  /**
   * A note recorded with the vintage after the file's own notes, e.g. why the user overrode a check
   * (an explicit override of a plausibility limit must be on record with the data it let in).
   */
  note?: string;
  /** The file's path as the user gave it (absolute), for the import log; default the file name. */
  sourcePath?: string;
  /**
   * For a file DuckDB reads (`ParsedImport.direct`, whose rows are never held in memory), compared with the
   * store's current values once its rows are inserted (`directFindings`, the rules of `compareWithStore`):
   * throws to refuse the file (nothing is written), or returns a note to record with the vintage (an
   * override the user gave). Without it such a file is not compared.
   */
  review?: (findings: StoreFindings) => string | undefined;
}

/** SHA-256 of a file's bytes (identifies a file across imports); a large file's was computed while it was scanned. */
export function fileHash(content: FileContent): string {
  return content instanceof Uint8Array ? createHash("sha256").update(content).digest("hex") : content.sha256;
}

/**
 * The vintage a byte-identical file (same SHA-256) was imported as, when that vintage still has
 * current values; undefined otherwise.
 */
export async function alreadyImported(sql: SqlConnection, bytes: FileContent): Promise<{ vintageId: number; vintage: string; importedAt: string } | undefined> {
  const [dup] = await sql.rows(
    `SELECT vintage_id, vintage, imported_at::VARCHAR AS t FROM vintages v WHERE file_hash = $hash AND kind = 'import'
       AND EXISTS (SELECT 1 FROM observations o WHERE o.vintage_id = v.vintage_id
                   -- still current, or kept out only because an identical older value is current
                   AND (o.superseded_by IS NULL OR o.superseded_by < o.vintage_id)) ORDER BY vintage_id DESC LIMIT 1`,
    { hash: fileHash(bytes) },
  );
  return dup ? { vintageId: dup.vintage_id as number, vintage: dup.vintage as string, importedAt: dup.t as string } : undefined;
}

/**
 * Write a parsed file as a new vintage, all or nothing (see `Store.importParsed` for the checks and
 * what is written); on success appends a line to the import log beside `storeFile`. A large tidy CSV
 * (`parsed.direct`) is read by DuckDB as its rows are inserted (`insertDirect`), and a file breaking a
 * rule is refused with the tidy parser's error (`checkTidyCsv`).
 */
export async function importVintage(sql: SqlConnection, storeFile: string, parsed: ParsedImport, bytes: FileContent, opts: ImportOptions = {}): Promise<ImportResult> {
  const hash = fileHash(bytes);
  const dup = await alreadyImported(sql, bytes);
  if (dup) throw new RegeconError("ALREADY_IMPORTED", m.alreadyImported(parsed.file, dup.importedAt, dup.vintageId), m.alreadyImportedHint);
  const staged = parsed.direct ? undefined : await stage(sql, parsed);
  try {
    const replacedNewerCensus = staged ? await checkCensusOrder(sql, parsed, staged, opts.allowOlder === true) : 0; // a tidy CSV names no census
    const now = new Date();
    const result = await sql.transaction(async () => {
      const vintageId = Number(await sql.scalar("SELECT coalesce(max(vintage_id), 0) + 1 FROM vintages"));
      const sourceId = `IMPORT_${vintageId}`;
      const vintage = `import-${vintageId}`;
      if (hasDirect(parsed)) await insertDirect(sql, parsed, { id: vintageId, sourceId }); // fills in parsed.rows, sourceText, newIndicators
      for (const [id, unit] of parsed.newIndicators) {
        const existing = await sql.scalar("SELECT unit FROM user_indicators WHERE id = $id", { id });
        if (existing !== undefined && existing !== unit) throw new RegeconError("UNIT_MISMATCH", m.newIndicatorUnitClash(parsed.file, id, unit, existing as string), m.newIndicatorUnitClashHint);
      }
      const reviewed = hasDirect(parsed) && opts.review ? opts.review(await directFindings(sql, parsed, vintageId)) : undefined;
      const indicators = [...parsed.rows.indicators.keys()];
      const day = now.toISOString().slice(0, 10);
      const label = m.importedVintageLabel(parsed.file, day, parsed.census);
      await insertSource(sql, {
        id: sourceId,
        producer: parsed.sourceText ?? m.notStated.zh,
        producerEn: parsed.sourceText ?? m.notStated.en,
        // short: the title is quoted under every figure using any of the file's indicators; the
        // indicator list stays in the vintages table
        ...titles(m.importedSourceTitle(parsed.database, parsed.file)),
        vintage,
        vintageLabel: label.zh,
        vintageLabelEn: label.en,
        retrieved: day,
      });
      const notes = [...parsed.notes, ...(opts.note ? [opts.note] : []), ...(reviewed ? [reviewed] : [])];
      await sql.run(
        `INSERT INTO vintages VALUES ($id, $vintage, $source, 'import', $file, $hash, $at::TIMESTAMP, $format, $database, $time_label,
           $source_text, $notes, $census, $census_name, $revised_from, $revised_to, $indicators, $rows, NULL)`,
        {
          id: vintageId,
          vintage,
          source: sourceId,
          file: parsed.file,
          hash,
          at: now.toISOString().replace("T", " ").replace("Z", ""),
          format: parsed.format,
          database: orNull(parsed.database),
          time_label: orNull(parsed.timeLabel),
          source_text: orNull(parsed.sourceText),
          notes: notes.length ? notes.join("\n") : null,
          census: orNull(parsed.census?.census),
          census_name: orNull(parsed.census?.name),
          revised_from: orNull(parsed.census?.revisedFrom),
          revised_to: orNull(parsed.census?.revisedTo),
          indicators: indicators.join(","),
          rows: parsed.rows.count,
        },
      );
      for (const [id, unit] of parsed.newIndicators) await sql.run("INSERT OR IGNORE INTO user_indicators VALUES ($id, $unit, $vintage)", { id, unit, vintage: vintageId });
      if (staged) {
        await sql.run(`INSERT INTO observations SELECT region_code, year, indicator, value, unit, $source, $vintage, NULL FROM ${staged.relation}`, {
          ...staged.params,
          source: sourceId,
          vintage: vintageId,
        });
        // The store must hold exactly the rows the parser validated.
        const inserted = Number(await sql.scalar("SELECT count(*) FROM observations WHERE vintage_id = $vintage", { vintage: vintageId }));
        if (inserted !== parsed.rows.count) throw new Error(`import of ${parsed.file}: ${inserted} rows stored but ${parsed.rows.count} validated`);
        await refuseDuplicates(sql, parsed, staged, vintageId);
      }
      // a file of indicators no other vintage holds now (a new panel) supersedes nothing and mixes no series
      const shared = await sql.scalar(
        `SELECT EXISTS (SELECT 1 FROM observations WHERE superseded_by IS NULL AND vintage_id <> $vintage
           AND indicator IN (SELECT DISTINCT indicator FROM observations WHERE vintage_id = $vintage))`,
        { vintage: vintageId },
      );
      const from = shared
        ? await sql.rows(
            `SELECT o.vintage_id, any_value(v.vintage) AS vintage, any_value(v.census) AS census, count(*) AS n,
                    count(*) FILTER (WHERE o.value = k.value AND o.unit = k.unit) AS same
             FROM observations o JOIN vintages v ON v.vintage_id = o.vintage_id
             JOIN observations k ON k.vintage_id = $vintage AND k.region_code = o.region_code AND k.year = o.year AND k.indicator = o.indicator
             WHERE o.superseded_by IS NULL AND o.vintage_id <> $vintage GROUP BY o.vintage_id ORDER BY o.vintage_id`,
            { vintage: vintageId },
          )
        : [];
      // (skipped when no value is identical: on a large new panel the join would cost a second)
      if (from.some((f) => (f.same as number) > 0)) await keepIdentical(sql, vintageId);
      const superseded = from.length > 0 ? await supersede(sql, vintageId) : 0;
      const supersededVintages = (
        await sql.rows(
          `UPDATE vintages SET superseded_by = $vintage WHERE superseded_by IS NULL AND vintage_id <> $vintage
           AND vintage_id IN (SELECT DISTINCT vintage_id FROM observations WHERE superseded_by = $vintage)
           AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.vintage_id = vintages.vintage_id AND o.superseded_by IS NULL) RETURNING vintage_id`,
          { vintage: vintageId },
        )
      )
        .map((r) => r.vintage_id as number)
        .sort((x, y) => x - y);
      // (observations_current without its join to region names: the distinct (indicator, source) pairs first)
      const mixed = shared
        ? await sql.rows(
            `SELECT o.indicator, list(DISTINCT s.vintage ORDER BY s.vintage) AS vs
             FROM (SELECT DISTINCT indicator, source_id FROM main.observations WHERE superseded_by IS NULL AND region_code <> '100000'
                   AND indicator IN (SELECT DISTINCT indicator FROM main.observations WHERE vintage_id = $vintage)) o
             JOIN main.sources s USING (source_id)
             GROUP BY o.indicator HAVING count(DISTINCT s.vintage) > 1 ORDER BY o.indicator`,
            { vintage: vintageId },
          )
        : [];
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
        mixedSeries: mixed.map((x) => ({ indicator: x.indicator as string, vintages: x.vs as string[] })),
      };
    });
    appendImportLog(storeFile, {
      importedAt: now.toISOString(),
      vintageId: result.vintageId,
      vintage: result.vintage,
      sha256: hash,
      file: opts.sourcePath ?? parsed.file,
      indicators: [...parsed.rows.indicators.keys()],
      allowOlder: opts.allowOlder === true,
      note: opts.note ?? "",
    });
    return result;
  } catch (e) {
    if (e instanceof DirectRejected && hasDirect(parsed)) throw await directRefusal(parsed, e);
    throw e;
  } finally {
    await staged?.dispose();
  }
}

function hasDirect(parsed: ParsedImport): parsed is ParsedImport & { direct: DirectCsv } {
  return parsed.direct !== undefined;
}

/**
 * Why DuckDB refused a large tidy CSV, as the tidy parser words it: `checkTidyCsv` finds the line and the
 * rule (or a duplicate key); a file it cannot decide is read by the tidy parser itself. Returns the
 * error to throw.
 */
async function directRefusal(parsed: ParsedImport & { direct: DirectCsv }, rejected: DirectRejected): Promise<unknown> {
  try {
    await checkTidyCsv(parsed, { duplicates: true });
  } catch (e) {
    if (!(e instanceof NotCheckable)) return e;
  }
  try {
    await parsed.direct.parseWithTidyParser();
  } catch (e) {
    return e;
  }
  return new Error(`import of ${parsed.file}: DuckDB refused what the tidy parser accepts (${rejected.message})`);
}

/** The validated rows as an SQL relation over named parameters (`params`), and how to find a key's file lines. */
interface Staged {
  relation: string;
  params: SqlParams;
  lines: (code: string, year: number, indicator: string) => Promise<number[]>;
  dispose: () => Promise<void>;
}

/**
 * When the file's notes name an economic-census revision older than the census of current values it
 * would supersede: refused (`OLDER_VINTAGE`) unless `allowOlder`; returns how many such values it replaces.
 */
async function checkCensusOrder(sql: SqlConnection, parsed: ParsedImport, staged: Staged, allowOlder: boolean): Promise<number> {
  if (!parsed.census) return 0;
  const newer = await sql.rows(
    `SELECT v.vintage_id, v.vintage, v.census, count(*) AS n
     FROM observations o JOIN vintages v ON v.vintage_id = o.vintage_id
     JOIN (SELECT DISTINCT region_code, year, indicator FROM ${staged.relation}) k
       ON k.region_code = o.region_code AND k.year = o.year AND k.indicator = o.indicator
     WHERE o.superseded_by IS NULL AND v.census > $census
     GROUP BY v.vintage_id, v.vintage, v.census ORDER BY v.vintage_id`,
    { ...staged.params, census: parsed.census.census },
  );
  const replaced = newer.reduce((a, r) => a + (r.n as number), 0);
  if (replaced > 0 && !allowOlder) {
    const censuses = [...new Set(newer.map((r) => r.census as number))].sort((a, b) => b - a).map((n) => ({ census: n, name: censusName(n) }));
    throw new RegeconError(
      "OLDER_VINTAGE",
      m.olderVintage(
        parsed.file,
        parsed.census,
        censuses,
        replaced,
        newer.map((r) => ({ vintage: r.vintage as string, vintageId: r.vintage_id as number, count: r.n as number })),
      ),
      m.olderVintageHint,
    );
  }
  return replaced;
}

/** `DUPLICATE_OBSERVATION` naming the file lines of the smallest key (region, year, indicator) the file holds twice. */
async function refuseDuplicates(sql: SqlConnection, parsed: ParsedImport, staged: Staged, vintageId: number): Promise<void> {
  const dups = await sql.rows(
    "SELECT region_code, year, indicator FROM observations WHERE vintage_id = $vintage GROUP BY region_code, year, indicator HAVING count(*) > 1 ORDER BY ALL LIMIT 5",
    { vintage: vintageId },
  );
  const d = dups[0];
  if (!d) return;
  const lines = await staged.lines(d.region_code as string, d.year as number, d.indicator as string);
  throw new RegeconError("DUPLICATE_OBSERVATION", m.duplicateObservation(parsed.file, lines, d.indicator as string, d.region_code as string, d.year as number, dups.length - 1), m.duplicateObservationHint);
}

/** The validated rows as an SQL relation (region_code, year, indicator, value, unit): a staging CSV written from the parser's text (`$stage_file`). */
async function stage(sql: SqlConnection, parsed: ParsedImport): Promise<Staged> {
  const staged = writeStaging(parsed.rows);
  const params = { stage_file: staged.file };
  return {
    relation: STAGING_RELATION,
    params,
    lines: async (code, year, indicator) =>
      (await sql.rows(`SELECT line FROM ${STAGING_RELATION} WHERE region_code = $code AND year = $year AND indicator = $indicator ORDER BY line`, { ...params, code, year, indicator })).map(
        (r) => r.line as number,
      ),
    dispose: async () => rmSync(staged.dir, { recursive: true, force: true }),
  };
}

/** A staging CSV (region_code, year, indicator, value, unit, line) read by DuckDB. */
const STAGING_RELATION = `read_csv($stage_file, header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'region_code': 'VARCHAR', 'year': 'INTEGER', 'indicator': 'VARCHAR', 'value': 'DOUBLE', 'unit': 'VARCHAR', 'line': 'INTEGER'})`;

/** Write staged rows to a temporary CSV file that DuckDB reads with read_csv. */
function writeStaging(rows: StagedRows): { dir: string; file: string } {
  const dir = temporaryFolder("regecon-stage-");
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
async function keepIdentical(sql: SqlConnection, vintageId: number): Promise<void> {
  await sql.run(
    `UPDATE observations SET superseded_by = k.old FROM (
       SELECT n.region_code, n.year, n.indicator, o.vintage_id AS old
       FROM observations n JOIN observations o ON o.region_code = n.region_code AND o.year = n.year AND o.indicator = n.indicator
       WHERE n.vintage_id = $vintage AND o.vintage_id <> $vintage AND o.superseded_by IS NULL AND o.value = n.value AND o.unit = n.unit) k
     WHERE observations.vintage_id = $vintage AND observations.region_code = k.region_code AND observations.year = k.year AND observations.indicator = k.indicator`,
    { vintage: vintageId },
  );
}

/** Mark current rows of other vintages with the same keys as superseded by `vintageId` (unless kept as identical); returns how many. */
async function supersede(sql: SqlConnection, vintageId: number): Promise<number> {
  return sql.run(
    `UPDATE observations SET superseded_by = $vintage FROM (SELECT region_code, year, indicator FROM observations WHERE vintage_id = $vintage AND superseded_by IS NULL) n
     WHERE observations.superseded_by IS NULL AND observations.vintage_id <> $vintage
       AND observations.region_code = n.region_code AND observations.year = n.year AND observations.indicator = n.indicator`,
    { vintage: vintageId },
  );
}

async function insertSource(sql: SqlConnection, s: SourceInfo): Promise<void> {
  await sql.run("INSERT INTO sources VALUES ($id, $producer, $title, $vintage, $label, $label_en, $retrieved, $producer_en, $title_en)", {
    id: s.id,
    producer: s.producer,
    title: s.title,
    vintage: s.vintage,
    label: s.vintageLabel,
    label_en: s.vintageLabelEn,
    retrieved: s.retrieved,
    producer_en: s.producerEn,
    title_en: s.titleEn,
  });
}

function titles(t: { zh: string; en: string }): { title: string; titleEn: string } {
  return { title: t.zh, titleEn: t.en };
}

/**
 * First use: load the bundled `data/nbs` folder (what `loadFolderDataset` reads) as one vintage per
 * source id, in one transaction, and record it in `meta`.
 */
export async function loadBundled(sql: SqlConnection, registry: Registry): Promise<void> {
  const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
  const folderHash = bundledFolderHash();
  const bySource = new Map<string, StagedRows>();
  for (const o of ds.all()) {
    let rows = bySource.get(o.source);
    if (!rows) bySource.set(o.source, (rows = new StagedRows()));
    rows.add(o.regionCode, o.year, o.indicator, o.value, o.unit, 0);
  }
  await sql.transaction(async () => {
    for (const s of ds.sources.values()) await insertSource(sql, s);
    let vintageId = Number(await sql.scalar("SELECT coalesce(max(vintage_id), 0) FROM vintages"));
    for (const sourceId of ds.sources.keys()) {
      const rows = bySource.get(sourceId);
      if (!rows) continue;
      const s = ds.source(sourceId);
      vintageId++;
      await sql.run(
        `INSERT INTO vintages VALUES ($id, $vintage, $source, 'bundled', 'data/nbs', $hash, current_timestamp::TIMESTAMP, 'bundled-folder',
           NULL, NULL, $producer, $notes, $census, NULL, NULL, NULL, $indicators, $rows, NULL)`,
        {
          id: vintageId,
          vintage: s.vintage,
          source: sourceId,
          hash: folderHash,
          producer: s.producer,
          notes: m.bundledVintageNote(s.title, s.vintageLabel).zh,
          census: orNull(censusOfVintageLabel(s.vintageLabel)),
          indicators: [...rows.indicators.keys()].join(","),
          rows: rows.count,
        },
      );
      const staged = writeStaging(rows);
      try {
        await sql.run(`INSERT INTO observations SELECT region_code, year, indicator, value, unit, $source, $vintage, NULL FROM ${STAGING_RELATION}`, {
          stage_file: staged.file,
          source: sourceId,
          vintage: vintageId,
        });
      } finally {
        rmSync(staged.dir, { recursive: true, force: true });
      }
    }
    await sql.run("INSERT OR REPLACE INTO meta VALUES ('schema_version', $version), ('bundled_loaded', $hash)", { version: SCHEMA_VERSION, hash: folderHash });
  });
}

/** SHA-256 over the bundled data/nbs CSV files (names and bytes): identifies the bundled data release. */
export function bundledFolderHash(): string {
  const hash = createHash("sha256");
  for (const f of readdirSync(DEFAULT_DATASET_DIR).sort()) if (f.endsWith(".csv")) hash.update(f).update(readFileSync(path.join(DEFAULT_DATASET_DIR, f)));
  return hash.digest("hex");
}
