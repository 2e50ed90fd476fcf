import { NATIONAL_CODE } from "../../types/observation.js";
import { indicatorCatalogue, mustBePositive } from "../indicators.js";
import { nationalTotalProblems } from "../import/nationalTotals.js";
import { permutationChecked, permutedValues, PERMUTED_MIN_COUNT, type CurrentValue } from "../import/permutedValues.js";
import { implausibleRevisions, type NewValue } from "../import/plausibility.js";
import { SERIES_JUMP_LIMIT, seriesJumps } from "../import/seriesJumps.js";
import { linesOfRows } from "../import/tidyCsvCheck.js";
import type { DirectCsv, ParsedImport } from "../import/types.js";
import type { StoreFindings } from "./importChecks.js";
import type { SqlConnection, SqlRow } from "./sql.js";

/**
 * The store comparisons of `compareWithStore` (implausible revisions, existing values moved to other
 * cells, jumps within a series, national totals far from the provinces' sum) for a large tidy CSV whose
 * rows DuckDB has just inserted as vintage `vintageId` (`insertDirect`, inside the import's transaction,
 * the older values still current). The rules are the same functions; they are given only the new rows
 * that can break them, selected in SQL, since the file's millions of rows are never held in JavaScript:
 * - revisions and moved values: rows whose value differs from the current value of their cell, and the
 *   current cells holding those numbers;
 * - jumps: new cells of positive indicators more than SERIES_JUMP_LIMIT from the previous year (the
 *   file's or the store's) or from the next year the store holds;
 * - national totals: the national and provincial values of the (indicator, year) pairs the file touches.
 * The lines of the rows found are read from the file (`linesOfRows`).
 */
export async function directFindings(sql: SqlConnection, parsed: ParsedImport & { direct: DirectCsv }, vintageId: number): Promise<StoreFindings> {
  const catalogue = indicatorCatalogue();
  const defOf = (id: string) => catalogue.get(id);
  const params = { vintage: vintageId };
  const own = (value: number): CurrentValue => ({ value, vintage: parsed.file });
  // 1. cells whose value changes
  const shared = await sql.scalar(`SELECT EXISTS (SELECT 1 FROM ${CURRENT} WHERE indicator IN (SELECT DISTINCT indicator FROM observations WHERE vintage_id = $vintage))`, params);
  const changedRows = shared
    ? await sql.rows(`SELECT n.*, ${row("n")}, c.value AS current, c.vintage AS current_vintage FROM ${NEW} n JOIN ${CURRENT} c USING (indicator, region_code, year) WHERE n.value <> c.value ORDER BY rid`, params)
    : [];
  const changed = changedRows.map(
    (r) => ({ entry: newValue(r), current: { value: r.current as number, vintage: r.current_vintage as string } }),
  );
  const before = new Cells();
  for (const c of changed) before.set(c.entry, c.current);
  const holders = await numbersHeld(sql, vintageId, changed.map((c) => c.entry).filter((e) => permutationChecked(defOf(e.indicator))));
  // 2. new cells of positive indicators far from an adjacent year
  const positive = [...parsed.rows.indicators.keys()].filter((id) => mustBePositive(defOf(id)));
  const after = new Cells();
  const jumpCandidates: NewValue[] = [];
  if (positive.length > 0) {
    await fill(sql, "import_positive", positive.map((id) => [id]));
    for (const r of await sql.rows(JUMP_CANDIDATES, { ...params, limit: SERIES_JUMP_LIMIT })) {
      const e = newValue(r);
      jumpCandidates.push(e);
      if (r.previous !== null) after.set({ ...e, year: e.year - 1 }, r.previous_vintage === null ? own(r.previous as number) : { value: r.previous as number, vintage: r.previous_vintage as string });
      if (r.next_current !== null) {
        before.set({ ...e, year: e.year + 1 }, { value: r.next_current as number, vintage: r.next_vintage as string });
        after.set({ ...e, year: e.year + 1 }, r.next_own === null ? { value: r.next_current as number, vintage: r.next_vintage as string } : own(r.next_own as number));
      }
    }
  }
  // 3. the national and provincial values of the (indicator, year) pairs of level indicators the file
  // touches (only levels are judged against the provinces' sum: nationalTotals.ts); a file of other or
  // new indicators fetches none (a 4.5 M-row file of 1,911 new ones fetched every row, 4.7 GB)
  const provinceCodes = parsed.direct.registry.provinces.map((p) => p.code);
  const levels = [...parsed.rows.indicators.keys()].filter((id) => defOf(id)?.aggregation === "level");
  await fill(sql, "import_provinces", [NATIONAL_CODE, ...provinceCodes].map((code) => [code]));
  await fill(sql, "import_levels", levels.map((id) => [id]));
  const touched = levels.length === 0 ? [] : (await sql.rows(TOUCHED, params)).map((r) => ({ indicator: r.indicator as string, year: r.year as number }));
  const totalsAfter = new Cells();
  if (touched.length > 0) {
    await fill(sql, "import_touched", touched.map((t) => [t.indicator, String(t.year)]));
    for (const r of await sql.rows(TOUCHED_VALUES, params)) totalsAfter.set(cellOf(r), r.vintage === null ? own(r.value as number) : { value: r.value as number, vintage: r.vintage as string });
  }
  const findings: StoreFindings = {
    revisions: implausibleRevisions(changed.map((c) => c.entry), (i, r, y) => before.get(i, r, y), defOf),
    permuted: permutedValues(changed.map((c) => c.entry), (i, r, y) => before.get(i, r, y), (i) => holders.get(i) ?? [], defOf),
    jumps: seriesJumps(jumpCandidates, (i, r, y) => before.get(i, r, y), (i, r, y) => after.get(i, r, y), defOf),
    totals: nationalTotalProblems(touched, (i, r, y) => totalsAfter.get(i, r, y), provinceCodes, defOf),
  };
  await sql.run("DROP TABLE IF EXISTS import_positive; DROP TABLE IF EXISTS import_provinces; DROP TABLE IF EXISTS import_levels; DROP TABLE IF EXISTS import_touched; DROP TABLE IF EXISTS import_numbers");
  return withLines(parsed, findings);
}

/** The new rows with their row id (row ids follow insertion, which follows the file). */
const NEW = "(SELECT region_code, year, indicator, value, unit, rowid AS rid FROM observations WHERE vintage_id = $vintage)";

/** A new row's place among the new rows (0-based), from the row id of the new row `alias`. */
const row = (alias: string) => `${alias}.rid - (SELECT min(rowid) FROM observations WHERE vintage_id = $vintage) AS row`;

/** The current values of the other vintages, with their vintage label (as `observations_current` shows it). */
const CURRENT = `(SELECT o.region_code, o.year, o.indicator, o.value, s.vintage FROM observations o JOIN sources s USING (source_id)
  WHERE o.superseded_by IS NULL AND o.vintage_id <> $vintage)`;

/**
 * New cells (no current value) of the positive indicators with a value more than `$limit` times from the
 * previous year's (the file's, else the store's) or from the next year's when the store holds that year
 * (the file's value of it, else the store's): `seriesJumps` decides on them.
 */
const JUMP_CANDIDATES = `WITH n AS (SELECT * FROM ${NEW} WHERE indicator IN (SELECT k FROM import_positive)),
  c AS (SELECT * FROM ${CURRENT} WHERE indicator IN (SELECT k FROM import_positive))
  SELECT f.*, ${row("f")}, coalesce(np.value, cp.value) AS previous, CASE WHEN np.value IS NULL THEN cp.vintage END AS previous_vintage,
         cn.value AS next_current, cn.vintage AS next_vintage, nn.value AS next_own
  FROM n f
  LEFT JOIN c c0 ON c0.indicator = f.indicator AND c0.region_code = f.region_code AND c0.year = f.year
  LEFT JOIN n np ON np.indicator = f.indicator AND np.region_code = f.region_code AND np.year = f.year - 1
  LEFT JOIN c cp ON cp.indicator = f.indicator AND cp.region_code = f.region_code AND cp.year = f.year - 1
  LEFT JOIN c cn ON cn.indicator = f.indicator AND cn.region_code = f.region_code AND cn.year = f.year + 1
  LEFT JOIN n nn ON nn.indicator = f.indicator AND nn.region_code = f.region_code AND nn.year = f.year + 1
  WHERE c0.value IS NULL AND f.value > 0 AND (
    (coalesce(np.value, cp.value) > 0 AND greatest(f.value / coalesce(np.value, cp.value), coalesce(np.value, cp.value) / f.value) > $limit)
    OR (cn.value IS NOT NULL AND coalesce(nn.value, cn.value) > 0 AND greatest(f.value / coalesce(nn.value, cn.value), coalesce(nn.value, cn.value) / f.value) > $limit))
  ORDER BY f.rid`;

/** The (indicator, year) pairs of the file's national and provincial rows, in order of their first row. */
const TOUCHED = `SELECT indicator, year FROM ${NEW} WHERE region_code IN (SELECT k FROM import_provinces) AND indicator IN (SELECT k FROM import_levels) GROUP BY indicator, year ORDER BY min(rid)`;

/** The national and provincial values of the touched pairs: the file's (vintage NULL), then the store's. */
const TOUCHED_VALUES = `WITH t AS (SELECT k AS indicator, v::INTEGER AS year FROM import_touched)
  SELECT region_code, year, indicator, value, NULL AS vintage FROM ${NEW} n SEMI JOIN t USING (indicator, year) WHERE region_code IN (SELECT k FROM import_provinces)
  UNION ALL
  SELECT region_code, year, indicator, value, vintage FROM ${CURRENT} c SEMI JOIN t USING (indicator, year) WHERE region_code IN (SELECT k FROM import_provinces)`;

/**
 * The current cells (other vintages) holding the numbers the changed values bring, by indicator: all that
 * `permutedValues` looks at among an indicator's cells. None when fewer values change than it judges.
 */
async function numbersHeld(sql: SqlConnection, vintageId: number, changed: readonly NewValue[]): Promise<Map<string, { regionCode: string; year: number; value: number }[]>> {
  const out = new Map<string, { regionCode: string; year: number; value: number }[]>();
  if (changed.length < PERMUTED_MIN_COUNT) return out;
  await fill(sql, "import_numbers", changed.map((e) => [e.indicator, String(e.value)]));
  const rows = await sql.rows(`SELECT c.* FROM ${CURRENT} c SEMI JOIN (SELECT k AS indicator, v::DOUBLE AS value FROM import_numbers) w USING (indicator, value)`, { vintage: vintageId });
  for (const r of rows) {
    const list = out.get(r.indicator as string) ?? out.set(r.indicator as string, []).get(r.indicator as string)!;
    list.push({ regionCode: r.region_code as string, year: r.year as number, value: r.value as number });
  }
  return out;
}

/** A temporary table (k, v) of text rows. */
async function fill(sql: SqlConnection, table: string, rows: readonly (readonly string[])[]): Promise<void> {
  await sql.run(`CREATE OR REPLACE TEMP TABLE ${table} (k VARCHAR, v VARCHAR)`);
  await sql.appendText(table, rows.map((r) => [r[0]!, r[1] ?? null]), "temp");
}

/** A new row as the rules take it (with its unit, as the tidy parser's rows); `line` holds its place among the new rows until `withLines`. */
function newValue(r: SqlRow): NewValue & { unit: string } {
  return { regionCode: r.region_code as string, year: r.year as number, indicator: r.indicator as string, value: r.value as number, unit: r.unit as string, line: r.row as number };
}

function cellOf(r: SqlRow): { indicator: string; regionCode: string; year: number } {
  return { indicator: r.indicator as string, regionCode: r.region_code as string, year: r.year as number };
}

/** Values by (indicator, region, year), each with its region and year (as `compareWithStore` keeps them). */
class Cells {
  private readonly values = new Map<string, CurrentValue>();
  set(c: { indicator: string; regionCode: string; year: number }, v: CurrentValue): void {
    this.values.set(`${c.indicator}\u0000${c.regionCode}\u0000${c.year}`, { ...v, regionCode: c.regionCode, year: c.year } as CurrentValue);
  }
  get(indicator: string, regionCode: string, year: number): CurrentValue | undefined {
    return this.values.get(`${indicator}\u0000${regionCode}\u0000${year}`);
  }
}

/** The findings with the file lines of their rows (read once from the file for all of them). */
async function withLines(parsed: ParsedImport & { direct: DirectCsv }, f: StoreFindings): Promise<StoreFindings> {
  const rows = [...f.revisions, ...f.permuted, ...f.jumps].map((v) => v.line);
  const lines = await linesOfRows(parsed, [...new Set(rows)]);
  const at = <T extends NewValue>(v: T): T => {
    const line = lines.get(v.line);
    if (line === undefined) throw new Error(`${parsed.file}: no line for new row ${v.line}`);
    return { ...v, line };
  };
  return { revisions: f.revisions.map(at), permuted: f.permuted.map(at), jumps: f.jumps.map(at), totals: f.totals };
}

