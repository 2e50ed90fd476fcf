/** Version of the store's tables, kept in `meta` (the views are not part of it: see VIEWS_SQL). */
export const SCHEMA_VERSION = "2";

/**
 * Tables (internal; users query the views below):
 * - `sources`: provenance per source id (as data/nbs/sources.csv), one `IMPORT_<n>` row per user import;
 * - `vintages`: one row per import (each bundled source id is one vintage at first use; each
 *   imported file is one vintage) with file name, SHA-256, import time, notes, source line,
 *   recognised census revision and `superseded_by` (set when none of its rows is current any more);
 * - `observations`: every value ever imported with its `vintage_id`; `superseded_by` is the vintage
 *   that replaced it (NULL = current);
 * - `user_indicators`: indicator ids defined by tidy imports with `--new-indicators`.
 */
export const TABLES_SQL = `
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS sources (
  source_id VARCHAR PRIMARY KEY, producer VARCHAR, title VARCHAR, vintage VARCHAR,
  vintage_label VARCHAR, vintage_label_en VARCHAR, retrieved VARCHAR, producer_en VARCHAR, title_en VARCHAR);
CREATE TABLE IF NOT EXISTS vintages (
  vintage_id INTEGER PRIMARY KEY, vintage VARCHAR NOT NULL, source_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
  file_name VARCHAR, file_hash VARCHAR, imported_at TIMESTAMP, format VARCHAR, database_name VARCHAR,
  time_label VARCHAR, source_text VARCHAR, notes VARCHAR, census INTEGER, census_name VARCHAR,
  revised_from INTEGER, revised_to INTEGER, indicators VARCHAR, row_count BIGINT, superseded_by INTEGER);
CREATE TABLE IF NOT EXISTS observations (
  region_code VARCHAR NOT NULL, year INTEGER NOT NULL, indicator VARCHAR NOT NULL, value DOUBLE NOT NULL,
  unit VARCHAR NOT NULL, source_id VARCHAR NOT NULL, vintage_id INTEGER NOT NULL, superseded_by INTEGER);
CREATE TABLE IF NOT EXISTS user_indicators (id VARCHAR PRIMARY KEY, unit VARCHAR NOT NULL, vintage_id INTEGER NOT NULL);
`;

/** The tables every store has; a DuckDB file without `meta` is not a regecon store. */
export const TABLE_NAMES = ["meta", "sources", "vintages", "observations", "user_indicators"] as const;

/** The documented views (docs/data.md), in the order `regecon sql --help` lists them. */
export const VIEW_NAMES = ["observations_current", "observations_all", "vintages_view", "coverage", "series_breaks", "sources", "region_names"] as const;

/** Older stores kept their views in the file; they are dropped on the next write (the temporary views below replace them). */
export const PERSISTED_VIEWS = ["observations_current", "observations_all", "vintages_view", "coverage", "series_breaks"] as const;

/**
 * Name of the temporary table of region names (GB/T 2260 code, Chinese and English name) each connection
 * fills from the registry; the `region_names` view shows it.
 */
export const REGION_NAMES_TABLE = "region_names_table";

/**
 * The documented, read-only views (docs/data.md), created as TEMPORARY views on every connection: they
 * live in the code, not in the file, so a store written by an older version gets today's views even when
 * opened read-only, and no store needs migrating when a view changes. Temporary objects shadow the
 * persisted views an older version left in the file. Province names (zh, en) sit beside each region code;
 * they are NULL for codes that are not provinces or the national total (city or county panels).
 */
export const VIEWS_SQL = `
CREATE OR REPLACE TEMP VIEW region_names AS SELECT region_code, region_name_zh, region_name_en FROM ${REGION_NAMES_TABLE};
CREATE OR REPLACE TEMP VIEW observations_current AS
  SELECT o.region_code, r.region_name_zh, r.region_name_en, o.year, o.indicator, o.value, o.unit, o.source_id, s.vintage, o.vintage_id
  FROM main.observations o JOIN main.sources s USING (source_id) LEFT JOIN ${REGION_NAMES_TABLE} r USING (region_code)
  WHERE o.superseded_by IS NULL;
CREATE OR REPLACE TEMP VIEW observations_all AS
  SELECT o.region_code, r.region_name_zh, r.region_name_en, o.year, o.indicator, o.value, o.unit, o.source_id, s.vintage, o.vintage_id,
         o.superseded_by, o.superseded_by IS NULL AS is_current
  FROM main.observations o JOIN main.sources s USING (source_id) LEFT JOIN ${REGION_NAMES_TABLE} r USING (region_code);
CREATE OR REPLACE TEMP VIEW vintages_view AS
  SELECT v.vintage_id, v.vintage, v.kind, v.source_id, s.title, s.title_en, s.producer, s.vintage_label, v.file_name, v.file_hash,
         v.imported_at, v.format, v.database_name, v.time_label, v.source_text, v.notes, v.census, v.census_name,
         v.revised_from, v.revised_to, v.indicators, v.row_count, v.superseded_by,
         (SELECT count(*) FROM main.observations o WHERE o.vintage_id = v.vintage_id AND o.superseded_by IS NULL) AS current_rows
  FROM main.vintages v JOIN main.sources s USING (source_id);
CREATE OR REPLACE TEMP VIEW coverage AS
  SELECT indicator, year, count(DISTINCT region_code) FILTER (WHERE region_code <> '100000') AS regions,
         bool_or(region_code = '100000') AS has_national, string_agg(DISTINCT vintage, ',' ORDER BY vintage) AS vintages
  FROM observations_current GROUP BY indicator, year;
CREATE OR REPLACE TEMP VIEW series_breaks AS
  SELECT indicator, region_code, region_name_zh, region_name_en, year, prev_vintage AS vintage_before, vintage AS vintage_after
  FROM (SELECT indicator, region_code, region_name_zh, region_name_en, year, vintage,
               lag(vintage) OVER (PARTITION BY indicator, region_code ORDER BY year) AS prev_vintage,
               lag(year) OVER (PARTITION BY indicator, region_code ORDER BY year) AS prev_year
        FROM observations_current)
  WHERE prev_vintage IS NOT NULL AND prev_vintage <> vintage AND prev_year = year - 1;
`;
