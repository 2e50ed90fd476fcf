/** Version of the store's schema, kept in `meta`. */
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
export const SCHEMA_SQL = `
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

-- documented, read-only views (docs/data.md)
CREATE OR REPLACE VIEW observations_current AS
  SELECT o.region_code, o.year, o.indicator, o.value, o.unit, o.source_id, s.vintage, o.vintage_id
  FROM observations o JOIN sources s USING (source_id) WHERE o.superseded_by IS NULL;
CREATE OR REPLACE VIEW observations_all AS
  SELECT o.region_code, o.year, o.indicator, o.value, o.unit, o.source_id, s.vintage, o.vintage_id, o.superseded_by,
         o.superseded_by IS NULL AS is_current
  FROM observations o JOIN sources s USING (source_id);
CREATE OR REPLACE VIEW vintages_view AS
  SELECT v.vintage_id, v.vintage, v.kind, v.source_id, s.title, s.producer, s.vintage_label, v.file_name, v.file_hash,
         v.imported_at, v.format, v.database_name, v.time_label, v.source_text, v.notes, v.census_name,
         v.revised_from, v.revised_to, v.indicators, v.row_count, v.superseded_by,
         (SELECT count(*) FROM observations o WHERE o.vintage_id = v.vintage_id AND o.superseded_by IS NULL) AS current_rows
  FROM vintages v JOIN sources s USING (source_id);
CREATE OR REPLACE VIEW coverage AS
  SELECT indicator, year, count(DISTINCT region_code) FILTER (WHERE region_code <> '100000') AS regions,
         bool_or(region_code = '100000') AS has_national, string_agg(DISTINCT vintage, ',' ORDER BY vintage) AS vintages
  FROM observations_current GROUP BY indicator, year;
CREATE OR REPLACE VIEW series_breaks AS
  SELECT indicator, region_code, year, prev_vintage AS vintage_before, vintage AS vintage_after
  FROM (SELECT indicator, region_code, year, vintage,
               lag(vintage) OVER (PARTITION BY indicator, region_code ORDER BY year) AS prev_vintage,
               lag(year) OVER (PARTITION BY indicator, region_code ORDER BY year) AS prev_year
        FROM observations_current)
  WHERE prev_vintage IS NOT NULL AND prev_vintage <> vintage AND prev_year = year - 1;
`;

/** The views `regecon sql` documents and allows, with one line each (see docs/data.md). */
export const VIEWS: Record<string, string> = {
  observations_current: "当前序列（未被替代的观测值）：region_code, year, indicator, value, unit, source_id, vintage, vintage_id",
  observations_all: "全部观测值，含被替代的旧版本：… superseded_by, is_current",
  vintages_view: "每次导入（版本）：文件、哈希、导入时间、注释、数据来源、经济普查修订、superseded_by、current_rows",
  coverage: "覆盖情况：indicator × year 的省份数、是否有全国值、版本",
  series_breaks: "序列中版本变化之处（跨版本计算的增长需标注）：indicator, region_code, year, vintage_before, vintage_after",
  sources: "来源（出处与版本标签）",
};
