import { rmSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import * as m from "../../messages/import.js";
import * as ms from "../../messages/store.js";
import { RegeconError } from "../../types/errors.js";
import { indicatorCatalogue, plausibleRange, type RegionScope } from "../indicators.js";
import { SqlConnection, type SqlRow } from "../store/sql.js";
import { cleanCell } from "./cells.js";
import { beyondLabelled, cleaned, linesRelation, numberOf, NEW_INDICATOR_ID_SQL, YEAR_GLOB } from "./tidyCsvSql.js";
import { checkNotesSize } from "./textLimits.js";
import { tidyParser } from "./tidyCsv.js";
import { firstCrossSectionProblem, sourceText, SOURCES_KEPT, tidyRegion, unitVerdict, type TidyRegion, type UnitPair, type ValueGroup } from "./tidyRules.js";
import type { TidySummary } from "./tidySummary.js";
import type { DirectCsv, ParsedImport } from "./types.js";
import { currentYear, FIRST_YEAR } from "./year.js";
import { temporaryFolder } from "../temporaryFolder.js";

/**
 * Validation of a large tidy CSV in DuckDB that decides, and words, exactly as the tidy parser
 * (`tidyParser`) would on the same file: the same rules in SQL over every line of the file, each line
 * with its number; then the parser itself is given the very lines at fault (the first failing line,
 * the first line of each unknown region, the lines of the first implausible cross-section), so the
 * error is the parser's own (code, message, file, line, column, value). Memory stays bounded: DuckDB
 * aggregates (spilling to a temporary folder above 256 MB) and JavaScript sees only distinct values and
 * the few lines it replays.
 *
 * Used when a file is validated before import (`largeTidyCsv.ts`), and by the store when a file it
 * inserts breaks a rule (`directInsert.ts`), to find out which rule, where.
 */

/** DuckDB's memory limit for the validation (a sort or grouping above it spills to disk). */
const CHECK_MEMORY_LIMIT = "256MB";

/** More distinct region cells, or new (indicator, unit) pairs, than this are left to the tidy parser. */
const DISTINCT_LIMIT = 100_000;

/** A file DuckDB could not validate (an unreadable line, too many distinct cells): the tidy parser reads it. */
export class NotCheckable extends Error {}

/**
 * Validate the file of `parsed.direct`: returns what the tidy parser would record of its rows, or
 * throws the parser's RegeconError; with `duplicates`, also the store's `DUPLICATE_OBSERVATION` for a
 * (region, year, indicator) the file holds twice (the smallest such key, naming all its lines). Throws
 * NotCheckable when DuckDB cannot decide (the caller reads the file with the tidy parser).
 */
export async function checkTidyCsv(parsed: ParsedImport & { direct: DirectCsv }, opts: { duplicates: boolean }): Promise<TidySummary> {
  return withScratchDuckDb((sql) => new Check(sql, parsed, parsed.direct).run(opts.duplicates));
}

/** Run `work` on a new in-memory DuckDB bounded to CHECK_MEMORY_LIMIT (spilling to a temporary folder); DuckDB errors become NotCheckable. */
async function withScratchDuckDb<T>(work: (sql: SqlConnection) => Promise<T>): Promise<T> {
  const dir = temporaryFolder("regecon-check-");
  const instance = await DuckDBInstance.create(":memory:", {
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "false",
    memory_limit: CHECK_MEMORY_LIMIT,
    temp_directory: dir,
  });
  const sql = new SqlConnection(await instance.connect(), (e) => new NotCheckable(e instanceof Error ? e.message : String(e)));
  try {
    return await work(sql);
  } finally {
    sql.conn.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file lines of rows DuckDB inserted, by their place among the inserted rows (0-based: the rows with
 * a value, in file order, as `insertDirect` stores them): for messages about a few of them.
 */
export async function linesOfRows(parsed: ParsedImport & { direct: DirectCsv }, rows: readonly number[]): Promise<Map<number, number>> {
  if (rows.length === 0) return new Map();
  return withScratchDuckDb((sql) => new Check(sql, parsed, parsed.direct).linesOf(rows));
}

class Check {
  private readonly params: { file: string; header_line: number };
  constructor(
    private readonly sql: SqlConnection,
    private readonly parsed: ParsedImport,
    private readonly d: DirectCsv,
  ) {
    this.params = { file: d.path, header_line: d.header.line };
  }

  async run(duplicates: boolean): Promise<TidySummary> {
    const regions = await this.regions();
    await this.lookups(regions);
    const { firsts, newPairs, groups } = await this.rules();
    const units = unitVerdict(newPairs, this.d.options.allowNewIndicators === true);
    const first = minOf([firsts.width, firsts.year, firsts.row, units.failure]);
    if (first !== undefined) return this.replay(await this.rowsFor(first, newPairs), false);
    const unknown = [...regions].filter(([, r]) => r.region === undefined).map(([, r]) => r.first);
    if (unknown.length > 0) return this.replay(unknown, true);
    await this.refuseBelowProvince([...regions.values()].flatMap((r) => (r.region ? [r.region] : [])));
    const section = firstCrossSectionProblem(groups);
    if (section) return this.replay(await this.sectionLines(section.indicator.id, section.year), true);
    if (firsts.accepted === 0) return this.replay([], true);
    const summary = await this.summary(firsts.accepted, groups, units.units, units.newIndicators);
    checkNotesSize({ ...this.parsed, sourceText: summary.sourceText, indicatorLabels: new Map([...summary.units.keys()].map((id) => [id, id])) });
    if (duplicates) await this.refuseDuplicates();
    return summary;
  }

  /**
   * The parser's REGION_BELOW_PROVINCE: rows of codes below province level that the registry does not
   * name (a grouping's cities it does), unless `allowSubprovincial`; each code with its first line and
   * its number of rows.
   */
  private async refuseBelowProvince(regions: readonly TidyRegion[]): Promise<void> {
    if (this.d.options.allowSubprovincial) return;
    const below = [...new Set(regions.filter((r) => r.scope === "subprovince" && this.d.registry.city(r.code) === undefined).map((r) => r.code))];
    if (below.length === 0) return;
    await this.sql.run("CREATE OR REPLACE TEMP TABLE below_province (code VARCHAR)");
    await this.sql.appendText("below_province", below.map((code) => [code]), "temp");
    const rows = await this.sql.rows(
      `SELECT code, min(line) AS line, count(*) AS n FROM ${this.decided()} WHERE considered AND NOT row_fails AND code IN (SELECT code FROM below_province)
       GROUP BY code ORDER BY line`,
      { ...this.params, last_year: currentYear() },
    );
    const codes = rows.map((r) => ({ code: r.code as string, line: r.line as number, count: r.n as number }));
    throw new RegeconError("REGION_BELOW_PROVINCE", m.regionsBelowProvince(this.parsed.file, codes), m.regionsBelowProvinceHint);
  }

  /** Every line's cells after the header, cleaned, with the flags the first rules decide. */
  private cells(): string {
    const d = this.d;
    const f = (k: number) => cleaned(`f[${Math.trunc(k) + 1}]`, d);
    const width = d.header.fields.length;
    return `(SELECT line, nf = 1 AND ${f(0)} = '' AS blank, nf <> ${width} OR ${beyondLabelled(d, f)} AS wrong_width, ${f(d.columns.region)} AS region,
        ${f(d.columns.year)} AS year_cell, ${f(d.columns.indicator)} AS indicator, ${f(d.columns.value)} AS value_cell,
        ${d.columns.unit >= 0 ? f(d.columns.unit) : "''"} AS unit, ${d.columns.source >= 0 ? f(d.columns.source) : "''"} AS source
      FROM (SELECT line, f, len(f) AS nf FROM (SELECT line, string_split(coalesce(l, ''), ',') AS f FROM ${linesRelation(d)} WHERE line > $header_line)))`;
  }

  /** Rows whose rules apply: not blank, as wide as the header, with a value (an empty value is missing: skipped). */
  private based(): string {
    return `(SELECT * FROM ${this.cells()} WHERE NOT blank AND NOT wrong_width AND value_cell <> '')`;
  }

  /** The distinct region cells of the rows with a value, resolved by the registry, with their first line. */
  private async regions(): Promise<Map<string, { region?: ReturnType<typeof tidyRegion>; first: number }>> {
    const rows = await this.sql.rows(`SELECT region, min(line) AS first FROM ${this.based()} GROUP BY region ORDER BY first LIMIT ${DISTINCT_LIMIT + 1}`, this.params);
    if (rows.length > DISTINCT_LIMIT) throw new NotCheckable("too many distinct region cells");
    return new Map(rows.map((r) => [r.region as string, { region: tidyRegion(this.d.registry, r.region as string), first: r.first as number }]));
  }

  /** Temporary tables of the known regions, the catalogue's plausible ranges by scope and its accepted units. */
  private async lookups(regions: Map<string, { region?: ReturnType<typeof tidyRegion> }>): Promise<void> {
    const catalogue = [...indicatorCatalogue().values()];
    await this.sql.run(`CREATE TEMP TABLE known_regions (raw VARCHAR, code VARCHAR, scope VARCHAR);
      CREATE TEMP TABLE range_text (indicator VARCHAR, scope VARCHAR, low VARCHAR, low_exclusive VARCHAR, high VARCHAR);
      CREATE TEMP TABLE accepted_units (indicator VARCHAR, unit VARCHAR)`);
    await this.sql.appendText("known_regions", [...regions].flatMap(([raw, r]) => (r.region ? [[raw, r.region.code, r.region.scope]] : [])), "temp");
    const scopes: RegionScope[] = ["province", "aggregate", "subprovince"];
    await this.sql.appendText(
      "range_text",
      catalogue.flatMap((def) =>
        scopes.map((scope) => {
          const r = plausibleRange(def, scope);
          return [def.id, scope, r.low === undefined ? null : String(r.low), String(r.lowExclusive), r.high === undefined ? null : String(r.high)];
        }),
      ),
      "temp",
    );
    await this.sql.appendText("accepted_units", catalogue.flatMap((def) => [def.unit, ...def.unitAliases].map((u) => [def.id, u])), "temp");
    await this.sql.run(`CREATE TEMP TABLE ranges AS SELECT indicator, scope, low::DOUBLE AS low, low_exclusive::BOOLEAN AS low_exclusive, high::DOUBLE AS high FROM range_text`);
  }

  /**
   * The rows with their region, year and value decided: `considered` rows are those the parser checks
   * beyond region and year (known region, valid year), `row_fails` those it refuses there (an unknown
   * indicator, a catalogue unit that does not match, a value that is not a finite number or outside the
   * range of its indicator and scope).
   */
  private decided(): string {
    const allowNew = this.d.options.allowNewIndicators === true;
    const outOfRange = "(low IS NOT NULL AND (CASE WHEN low_exclusive THEN value <= low ELSE value < low END)) OR (high IS NOT NULL AND value > high)";
    return `(SELECT *, considered AND (NOT coalesce(isfinite(value), false) OR cat_unit_fails OR NOT (catalogue OR new_id) OR (catalogue AND (${outOfRange}))) AS row_fails
      FROM (SELECT *, code IS NOT NULL AND year_ok AS considered
        FROM (SELECT b.*, g.code, g.scope, coalesce(b.year BETWEEN ${FIRST_YEAR} AND $last_year, false) AS year_ok,
            r.indicator IS NOT NULL AS catalogue, r.low, r.low_exclusive, r.high,
            r.indicator IS NOT NULL AND b.unit <> '' AND u.unit IS NULL AS cat_unit_fails,
            r.indicator IS NULL AND ${allowNew ? `regexp_full_match(b.indicator, ${NEW_INDICATOR_ID_SQL})` : "false"} AS new_id
          FROM (SELECT *, CASE WHEN year_cell GLOB ${YEAR_GLOB} THEN year_cell::INTEGER END AS year,
              ${numberOf("value_cell")} AS value FROM ${this.based()}) b
          LEFT JOIN known_regions g ON g.raw = b.region
          LEFT JOIN ranges r ON r.indicator = b.indicator AND r.scope = g.scope
          LEFT JOIN accepted_units u ON u.indicator = b.indicator AND u.unit = b.unit)))`;
  }

  /**
   * One pass deciding every row rule: the first line of each kind of failure; the new indicators' (indicator,
   * unit) pairs with their first line (`unitVerdict` decides on them); the accepted rows by indicator, year
   * and scope (count, range, first line) for ranges, cross-sections and the summary.
   */
  private async rules(): Promise<{ firsts: { width?: number; year?: number; row?: number; accepted: number }; newPairs: UnitPair[]; groups: ValueGroup[] }> {
    const newPairs: UnitPair[] = [];
    const groups: ValueGroup[] = [];
    let firsts: { width?: number; year?: number; row?: number; accepted: number } = { accepted: 0 };
    const q = `WITH c AS ${this.cells()}, k AS ${this.decided()},
      widths AS (SELECT min(line) AS first FROM c WHERE NOT blank AND wrong_width)
      SELECT 'firsts' AS kind, NULL::VARCHAR AS indicator, NULL::VARCHAR AS unit, NULL::INTEGER AS year, NULL::VARCHAR AS scope, (SELECT first FROM widths) AS width,
          min(line) FILTER (WHERE code IS NOT NULL AND NOT year_ok) AS year_fail, min(line) FILTER (WHERE row_fails) AS row_fail,
          count(*) FILTER (WHERE considered) AS n, NULL::DOUBLE AS lo, NULL::DOUBLE AS hi, NULL::BIGINT AS first
        FROM k
      UNION ALL
      SELECT 'new', indicator, unit, NULL, NULL, NULL, NULL, NULL, count(*), NULL, NULL, min(line) FROM k WHERE considered AND new_id GROUP BY indicator, unit
      UNION ALL
      SELECT 'group', indicator, NULL, year, scope, NULL, NULL, NULL, count(*), min(value), max(value), min(line) FROM k
        WHERE considered AND NOT row_fails GROUP BY indicator, year, scope`;
    let count = 0;
    await this.sql.chunks(q, { ...this.params, last_year: currentYear() }, () => undefined, (rows) => {
      for (const [kind, indicator, unit, year, scope, width, yearFail, rowFail, n, lo, hi, first] of rows) {
        if (++count > DISTINCT_LIMIT) throw new NotCheckable("too many distinct indicators");
        if (kind === "firsts") firsts = { width: num(width), year: num(yearFail), row: num(rowFail), accepted: n as number };
        else if (kind === "new") newPairs.push({ indicator: indicator as string, unit: unit as string, first: first as number });
        else groups.push({ indicator: indicator as string, year: year as number, scope: scope as RegionScope, count: n as number, min: lo as number, max: hi as number, first: first as number });
      }
    });
    return { firsts, newPairs, groups };
  }

  /** The lines to replay for the first failing line: that line, after the line defining its indicator when the file creates it. */
  private async rowsFor(first: number, newPairs: readonly UnitPair[]): Promise<number[]> {
    const text = (await this.lineTexts([first])).get(first) ?? "";
    const indicator = cleanCell(text.split(",")[this.d.columns.indicator]);
    const defining = Math.min(...newPairs.filter((p) => p.indicator === indicator).map((p) => p.first));
    return defining < first ? [defining, first] : [first];
  }

  /** The lines of inserted rows by their place among them (rows with a value, in file order). */
  async linesOf(rows: readonly number[]): Promise<Map<number, number>> {
    await this.sql.run("CREATE OR REPLACE TEMP TABLE wanted_rows (k VARCHAR)");
    await this.sql.appendText("wanted_rows", rows.map((k) => [String(k)]), "temp");
    const found = await this.sql.rows(
      `SELECT k, line FROM (SELECT line, row_number() OVER (ORDER BY line) - 1 AS k FROM ${this.based()}) WHERE k IN (SELECT k::BIGINT FROM wanted_rows)`,
      this.params,
    );
    return new Map(found.map((r) => [r.k as number, r.line as number]));
  }

  /** Lines of the accepted province values of one cross-section. */
  private async sectionLines(indicator: string, year: number): Promise<number[]> {
    const rows = await this.sql.rows(
      `SELECT line FROM ${this.decided()} WHERE considered AND NOT row_fails AND scope = 'province' AND indicator = $indicator AND year = $year ORDER BY line`,
      { ...this.params, last_year: currentYear(), indicator, year },
    );
    return rows.map((r) => r.line as number);
  }

  /** The text of some lines (by number). */
  private async lineTexts(lines: readonly number[]): Promise<Map<number, string>> {
    await this.sql.run("CREATE OR REPLACE TEMP TABLE wanted (line VARCHAR)");
    await this.sql.appendText("wanted", lines.map((l) => [String(l)]), "temp");
    const rows = await this.sql.rows(`SELECT line, coalesce(l, '') AS l FROM ${linesRelation(this.d)} WHERE line IN (SELECT line::BIGINT FROM wanted)`, { file: this.d.path });
    return new Map(rows.map((r) => [r.line as number, r.l as string]));
  }

  /**
   * Give the tidy parser these lines (after the header), then finish when `finish`: it throws the error
   * the whole file would give. Should it not, DuckDB and the parser disagree: NotCheckable (the caller
   * reads the whole file with the parser).
   */
  private async replay(lines: readonly number[], finish: boolean): Promise<never> {
    const texts = await this.lineTexts(lines);
    const parser = tidyParser(this.d.header, this.parsed.file, this.d.registry, this.d.options);
    for (const line of [...lines].sort((a, b) => a - b)) parser.onRecord({ line, fields: (texts.get(line) ?? "").split(",") });
    if (finish) parser.finish();
    throw new NotCheckable(`the tidy parser accepts lines ${lines.slice(0, 5).join(", ")} that DuckDB refused`);
  }

  /** The store's DUPLICATE_OBSERVATION for the smallest (region, year, indicator) held twice, naming its lines. */
  private async refuseDuplicates(): Promise<void> {
    const dups: SqlRow[] = await this.sql.rows(
      `SELECT code, year, indicator, list(line ORDER BY line) AS lines FROM ${this.decided()} WHERE considered AND NOT row_fails
       GROUP BY code, year, indicator HAVING count(*) > 1 ORDER BY code, year, indicator LIMIT 5`,
      { ...this.params, last_year: currentYear() },
    );
    const dup = dups[0];
    if (!dup) return;
    throw new RegeconError(
      "DUPLICATE_OBSERVATION",
      ms.duplicateObservation(this.parsed.file, dup.lines as number[], dup.indicator as string, dup.code as string, dup.year as number, dups.length - 1),
      ms.duplicateObservationHint,
    );
  }

  private async summary(count: number, groups: readonly ValueGroup[], units: Map<string, string>, newIndicators: Map<string, string>): Promise<TidySummary> {
    const catalogue = indicatorCatalogue();
    const byFirst = [...groups].sort((a, b) => a.first - b.first);
    const ordered = new Map<string, string>();
    for (const g of byFirst) if (!ordered.has(g.indicator)) ordered.set(g.indicator, catalogue.get(g.indicator)?.unit ?? units.get(g.indicator)!);
    const sources = await this.sql.rows(
      `SELECT source, min(line) AS first FROM ${this.decided()} WHERE considered AND source <> '' GROUP BY source ORDER BY first LIMIT ${SOURCES_KEPT}`,
      { ...this.params, last_year: currentYear() },
    );
    return {
      count,
      units: ordered,
      years: [...new Set(byFirst.map((g) => g.year))],
      newIndicators,
      sourceText: sourceText(sources.map((s) => ({ source: s.source as string, first: s.first as number }))),
    };
  }
}

function num(v: unknown): number | undefined {
  return v === null || v === undefined ? undefined : (v as number);
}

function minOf(xs: readonly (number | undefined)[]): number | undefined {
  const defined = xs.filter((x): x is number => x !== undefined);
  return defined.length > 0 ? Math.min(...defined) : undefined;
}
