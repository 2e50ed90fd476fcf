import { beyondLabelled, cell, cellsRelation, cleaned, numberOf, YEAR_GLOB } from "../import/tidyCsvSql.js";
import { checkNotesSize } from "../import/textLimits.js";
import { firstCrossSectionProblem, sourceText, SOURCES_KEPT, tidyRegion, unitVerdict, valuesPlausible, type UnitPair, type ValueGroup } from "../import/tidyRules.js";
import { applySummary } from "../import/tidySummary.js";
import type { DirectCsv, ParsedImport } from "../import/types.js";
import { currentYear, FIRST_YEAR } from "../import/year.js";
import { RegeconError } from "../../types/errors.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import type { RegionScope } from "../indicators.js";
import type { SqlConnection } from "./sql.js";

/**
 * Inserting a large tidy CSV (`ParsedImport.direct`) as the observations of a new vintage, inside the
 * import's transaction, with DuckDB reading the file once:
 *
 * 1. one INSERT … SELECT from `read_csv` stores every row with a value (cells cleaned; region, indicator,
 *    unit and source cells as written) and stops at the first row that is not as wide as the header (or
 *    has a cell beyond its labelled columns), or whose year is not four digits or whose value is not a
 *    finite number;
 * 2. the distinct region cells, (indicator, unit) pairs and sources of the new rows (a few thousand) go to
 *    the tidy parser's rules (`tidyRules.ts`): regions resolved by the registry (codes below province
 *    level need `allowSubprovincial`), units decided, years in range;
 * 3. the rows the rules rewrite (a region written by name, a unit written as an alias or left empty, a
 *    second source) are updated: none in a county panel of codes with one source;
 * 4. one aggregate by indicator, year and region scope decides plausible ranges, cross-sections and
 *    duplicates (a bitmap of the regions of each group).
 *
 * Any refusal throws DirectRejected: the transaction is rolled back and the caller finds out which line
 * breaks which rule, worded by the tidy parser (`checkTidyCsv`). On success the summary the parser
 * would have recorded is written into `parsed` (`applySummary`), whose text must stay within the notes
 * limit (`checkNotesSize`, NOTE_TOO_LONG).
 */

/** The file breaks a rule (the reason is for developers; users get the parser's error from `checkTidyCsv`). */
export class DirectRejected extends Error {}

/** More distinct region cells or (indicator, unit) pairs than this: refused here, decided by `checkTidyCsv`. */
const DISTINCT_LIMIT = 100_000;

/**
 * The place in the file of the first of a group of new rows: its row id from the vintage's first (row
 * ids follow the order of insertion, which is the file's; those of rows not yet committed lie above 2^53,
 * beyond what a JS number holds exactly).
 */
const FIRST = "min(rowid) - (SELECT min(rowid) FROM observations WHERE vintage_id = $vintage)";

/** Names of the temporary objects (dropped at the end; the transaction rolls them back on a refusal). */
const RENAMES = "import_region_names";
const UNIT_FIXES = "import_unit_fixes";
const CODES = "import_region_codes";
const REGION_TYPE = "import_region";

/**
 * Insert the rows of `parsed.direct` as vintage `vintage.id` with source `vintage.sourceId` (call inside
 * a transaction). Throws DirectRejected when the file breaks a rule of the tidy parser or holds a
 * (region, year, indicator) twice, RegeconError `NOTE_TOO_LONG` when its source text exceeds the notes
 * limit, and the store's errors.
 */
export async function insertDirect(sql: SqlConnection, parsed: ParsedImport & { direct: DirectCsv }, vintage: { id: number; sourceId: string }): Promise<void> {
  const d = parsed.direct;
  const params = { vintage: vintage.id };
  try {
    const bound = { file: d.path, skip: d.header.line, vintage: vintage.id, source_id: vintage.sourceId };
    await sql.run(insertStatement(d), d.columns.source >= 0 ? { ...bound, first_source: d.firstSource } : bound);
  } catch (e) {
    if (e instanceof RegeconError) throw e; // the store's own trouble (STORE_UNAVAILABLE …), not the file's
    throw new DirectRejected(`insert: ${e instanceof Error ? e.message : String(e)}`);
  }
  // 2. the distinct cells, decided by the parser's rules
  const regions = await sql.rows(`SELECT DISTINCT region_code AS raw FROM observations WHERE vintage_id = $vintage LIMIT ${DISTINCT_LIMIT + 1}`, params);
  const pairs = await sql.rows(
    `SELECT indicator, unit, ${FIRST} AS first, count(*) AS n, min(year) AS y0, max(year) AS y1 FROM observations
     WHERE vintage_id = $vintage GROUP BY indicator, unit LIMIT ${DISTINCT_LIMIT + 1}`,
    params,
  );
  if (regions.length > DISTINCT_LIMIT || pairs.length > DISTINCT_LIMIT) throw new DirectRejected("too many distinct cells");
  const renames: string[][] = [];
  const codes = new Set<string>();
  for (const { raw } of regions) {
    const r = tidyRegion(d.registry, raw as string);
    if (!r) throw new DirectRejected(`unknown region ${String(raw)}`);
    if (r.code !== raw) renames.push([raw as string, r.code]);
    if (r.scope === "subprovince" && !d.options.allowSubprovincial && d.registry.city(r.code) === undefined) throw new DirectRejected(`below province ${r.code}`);
    codes.add(r.code);
  }
  if (pairs.length === 0) throw new DirectRejected("no values");
  if (Math.min(...pairs.map((p) => p.y0 as number)) < FIRST_YEAR || Math.max(...pairs.map((p) => p.y1 as number)) > currentYear()) throw new DirectRejected("year out of range");
  const verdict = unitVerdict(
    pairs.map((p): UnitPair => ({ indicator: p.indicator as string, unit: p.unit as string, first: p.first as number })),
    d.options.allowNewIndicators === true,
  );
  if (verdict.failure !== undefined) throw new DirectRejected("indicator or unit");
  const unitFixes = pairs.filter((p) => p.unit !== verdict.units.get(p.indicator as string)).map((p) => [p.indicator as string, p.unit as string, verdict.units.get(p.indicator as string)!]);
  const sources = d.columns.source >= 0 ? await firstSources(sql, d, vintage) : [];
  // 3. the rows the rules rewrite
  if (renames.length > 0) {
    await sql.run(`CREATE OR REPLACE TEMP TABLE ${RENAMES} (raw VARCHAR, code VARCHAR)`);
    await sql.appendText(RENAMES, renames, "temp");
    await sql.run(`UPDATE observations SET region_code = r.code FROM ${RENAMES} r WHERE observations.vintage_id = $vintage AND observations.region_code = r.raw`, params);
  }
  if (unitFixes.length > 0) {
    await sql.run(`CREATE OR REPLACE TEMP TABLE ${UNIT_FIXES} (indicator VARCHAR, unit_from VARCHAR, unit_to VARCHAR)`);
    await sql.appendText(UNIT_FIXES, unitFixes, "temp");
    await sql.run(
      `UPDATE observations SET unit = f.unit_to FROM ${UNIT_FIXES} f
       WHERE observations.vintage_id = $vintage AND observations.indicator = f.indicator AND observations.unit = f.unit_from`,
      params,
    );
  }
  if (d.columns.source >= 0) await sql.run("UPDATE observations SET source_id = $source_id WHERE vintage_id = $vintage AND source_id <> $source_id", { ...params, source_id: vintage.sourceId });
  // 4. ranges, cross-sections and duplicates by indicator, year and scope
  const groups = await valueGroups(sql, d, vintage.id, codes);
  if (!valuesPlausible(groups)) throw new DirectRejected("value outside its plausible range");
  if (firstCrossSectionProblem(groups)) throw new DirectRejected("cross-section");
  if (groups.some((g) => g.regions < g.count)) throw new DirectRejected("duplicates");
  await sql.run(`DROP TABLE IF EXISTS ${RENAMES}; DROP TABLE IF EXISTS ${UNIT_FIXES}; DROP TABLE IF EXISTS ${CODES}; DROP TYPE IF EXISTS ${REGION_TYPE}`);
  const years = [...groups].sort((a, b) => a.first - b.first).map((g) => g.year);
  applySummary(parsed, {
    count: pairs.reduce((a, p) => a + (p.n as number), 0),
    units: verdict.units,
    years: [...new Set(years)],
    newIndicators: verdict.newIndicators,
    sourceText: sourceText(sources),
  });
  checkNotesSize(parsed);
}

/**
 * The INSERT of step 1. A row of the first data line's source stores the vintage's source id at once
 * (most files have one source); any other source cell is stored as written (behind a comma, which no
 * cell holds, should it equal the source id) until `firstSources` has read them.
 */
function insertStatement(d: DirectCsv): string {
  const width = d.header.fields.length;
  const c = (k: number) => cleaned(cell(k), d);
  const unit = d.columns.unit >= 0 ? c(d.columns.unit) : "''";
  const source = d.columns.source >= 0 ? `CASE WHEN s = $first_source THEN $source_id WHEN s = $source_id THEN ',' || s ELSE s END` : "$source_id";
  return `INSERT INTO observations
    SELECT r, CASE WHEN wrong_width OR year IS NULL OR NOT coalesce(isfinite(value), false) THEN error('regecon: row refused') ELSE year END, i, value, u, ${source}, $vintage, NULL
    FROM (SELECT *, CASE WHEN y GLOB ${YEAR_GLOB} THEN y::INTEGER END AS year, ${numberOf("v")} AS value
      FROM (SELECT ${cell(width - 1)} IS NULL OR ${cell(width)} IS NOT NULL OR ${beyondLabelled(d, c)} AS wrong_width, ${c(0)} AS first_cell, ${cell(1)} IS NULL AS one_cell,
              ${c(d.columns.region)} AS r, ${c(d.columns.year)} AS y, ${c(d.columns.indicator)} AS i, ${c(d.columns.value)} AS v, ${unit} AS u,
              ${d.columns.source >= 0 ? c(d.columns.source) : "''"} AS s
            FROM ${cellsRelation(d)})
      -- skipped as the parser skips them: blank lines, and rows of the header's width without a value (missing, never 0)
      WHERE NOT (one_cell AND first_cell = '') AND NOT (NOT wrong_width AND v = ''))`;
}

/** The first SOURCES_KEPT distinct non-empty source cells of the new rows, with their first row. */
async function firstSources(sql: SqlConnection, d: DirectCsv, vintage: { id: number; sourceId: string }): Promise<{ source: string; first: number }[]> {
  const rows = await sql.rows(
    `SELECT source, ${FIRST} AS first FROM (
       SELECT CASE WHEN source_id = $source_id THEN $first_source WHEN source_id[1] = ',' THEN source_id[2:] ELSE source_id END AS source, rowid
       FROM observations WHERE vintage_id = $vintage) WHERE source <> '' GROUP BY source ORDER BY first LIMIT ${SOURCES_KEPT}`,
    { vintage: vintage.id, source_id: vintage.sourceId, first_source: d.firstSource },
  );
  return rows.map((r) => ({ source: r.source as string, first: r.first as number }));
}

/**
 * The new rows by indicator, year and scope (aggregate, province, subprovince): count, smallest and
 * largest value, first row, and how many distinct regions (fewer than the count: a duplicate). Regions
 * are numbered by an ENUM of their codes, the nation first, then the provinces, so that the number
 * also gives the scope.
 */
async function valueGroups(sql: SqlConnection, d: DirectCsv, vintageId: number, codes: ReadonlySet<string>): Promise<(ValueGroup & { regions: number })[]> {
  const rank = (code: string) => (code === NATIONAL_CODE ? 0 : d.registry.isProvince(code) ? 1 : 2);
  const ordered = [...codes].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const provincesFrom = ordered.filter((c) => rank(c) === 0).length;
  const othersFrom = provincesFrom + ordered.filter((c) => rank(c) === 1).length;
  await sql.run(`CREATE OR REPLACE TEMP TABLE ${CODES} (k VARCHAR, code VARCHAR)`);
  await sql.appendText(CODES, ordered.map((code, k) => [String(k), code]), "temp");
  await sql.run(`CREATE TEMP TYPE ${REGION_TYPE} AS ENUM (SELECT code FROM ${CODES} ORDER BY k::INTEGER)`);
  const rows = await sql.rows(
    `SELECT indicator, year, CASE WHEN k < ${provincesFrom} THEN 'aggregate' WHEN k < ${othersFrom} THEN 'province' ELSE 'subprovince' END AS scope,
            count(*) AS n, min(value) AS lo, max(value) AS hi, ${FIRST} AS first, bit_count(bitstring_agg(k, 0, ${ordered.length - 1})) AS regions
     FROM (SELECT indicator, year, value, rowid, enum_code(region_code::${REGION_TYPE})::INTEGER AS k FROM observations WHERE vintage_id = $vintage)
     GROUP BY indicator, year, scope`,
    { vintage: vintageId },
  );
  return rows.map((r) => ({
    indicator: r.indicator as string,
    year: r.year as number,
    scope: r.scope as RegionScope,
    count: r.n as number,
    min: r.lo as number,
    max: r.hi as number,
    first: r.first as number,
    regions: r.regions as number,
  }));
}
