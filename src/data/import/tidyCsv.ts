import * as m from "../../messages/import.js";
import { RegeconError } from "../../types/errors.js";
import type { IndicatorDef } from "../../types/indicator.js";
import { acceptsUnit, checkValue, indicatorCatalogue, valueError } from "../indicators.js";
import type { Registry } from "../registry.js";
import { cleanCell, NUMBER, numberLookalike } from "./cells.js";
import { checkNotMerged, type CsvLine } from "./csvRecords.js";
import { crossSectionError, CrossSections } from "./plausibility.js";
import { checkNotesSize } from "./textLimits.js";
import { NEW_INDICATOR_ID, tidyRegion, type TidyRegion } from "./tidyRules.js";
import { StagedRows, type ImportOptions, type ParsedImport } from "./types.js";
import { parseYear } from "./year.js";

/** Columns of the plain tidy CSV; `unit` and `source` are optional. */
export const TIDY_COLUMNS = ["region", "year", "indicator", "value", "unit", "source"] as const;

/** The tidy columns a header must have. */
export const TIDY_REQUIRED = ["region", "year", "indicator", "value"] as const;

/**
 * Other names accepted for tidy columns: the CSV `regecon export` writes (region_code, region_name,
 * year, indicator, value, unit, source_id, vintage) imports back as it is. Other columns (region_name,
 * vintage, is_current, …) are ignored.
 */
export const TIDY_ALIASES: Readonly<Record<string, string>> = { region_code: "region", source_id: "source" };

/** Canonical tidy column names of a header row (aliases mapped; the canonical name wins when both occur). */
export function tidyColumns(fields: readonly string[]): string[] {
  const h = fields.map((f) => cleanCell(f).toLowerCase());
  return h.map((c) => (TIDY_ALIASES[c] !== undefined && !h.includes(TIDY_ALIASES[c]) ? TIDY_ALIASES[c] : c));
}


/**
 * True when a header row is a tidy CSV header (region, year, indicator, value in any order; region_code
 * and source_id, as `regecon export` writes them, stand for region and source).
 */
export function isTidyHeader(fields: readonly string[]): boolean {
  const h = tidyColumns(fields);
  return TIDY_REQUIRED.every((c) => h.includes(c));
}

/**
 * Parse a tidy CSV (one observation per row): region, year, indicator, value[, unit][, source].
 * The CSV `regecon export` writes is accepted too: region_code and source_id stand for region and
 * source; other columns (region_name, vintage) are ignored.
 *
 * - region: any spelling the registry knows (全称/简称/英文/拼音/代码, 全国 = 100000), or a six-digit
 *   GB/T 2260 code below province level whose first two digits are a province's (city and county
 *   panels; `Registry.isKnownRegionCode`): 990000, 000123 or 110001 are `UNKNOWN_REGION_NAMES`; a code
 *   below province level that the registry does not name (not a grouping's city) needs
 *   `allowSubprovincial` (`REGION_BELOW_PROVINCE` otherwise, listing the codes and their counts);
 * - year: four digits, from 1949 to the current calendar year (`BAD_YEAR`: 2099 is refused);
 * - indicator: a catalogue id; unit, when given, must equal the catalogue's. With
 *   `allowNewIndicators`, unknown ids are accepted as new indicators and their unit is required;
 * - value: a number; an empty value is missing (the row is skipped), never 0. It must pass
 *   `checkValue` for its region's scope: finite (`1e400` is `NOT_NUMERIC`), inside the catalogue's
 *   plausible range (`IMPLAUSIBLE_VALUE`); indicators created with `allowNewIndicators` only need to be
 *   finite. A year's province values of a level indicator must differ as levels do (`CrossSections`).
 *
 * Errors name file, line and column: `CSV_MISSING_COLUMNS`, `UNKNOWN_REGION_NAMES` (all at once),
 * `REGION_BELOW_PROVINCE`, `BAD_YEAR`, `UNKNOWN_INDICATOR`, `UNIT_MISMATCH`, `NOT_NUMERIC`, `IMPLAUSIBLE_VALUE`, `TRUNCATED_ROW`, `EXTRA_CELLS` (more cells than the
 * header, or a value in a column the header does not label). Duplicates are
 * found by the store before anything is written (`DUPLICATE_OBSERVATION`).
 */
export function parseTidyRecords(records: readonly CsvLine[], file: string, registry: Registry, options: ImportOptions = {}): ParsedImport {
  const headerIdx = records.findIndex((r) => !r.fields.every((f) => cleanCell(f) === ""));
  const parser = tidyParser(records[headerIdx]!, file, registry, options);
  for (let i = headerIdx + 1; i < records.length; i++) parser.onRecord(records[i]!);
  return parser.finish();
}

/**
 * A streaming tidy-CSV parser: feed it records after the header (`onRecord`), then `finish()`.
 * Used directly for large files so no array of records is ever built.
 */
export function tidyParser(header: CsvLine, file: string, registry: Registry, options: ImportOptions = {}): { onRecord: (rec: CsvLine) => void; finish: () => ParsedImport } {
  checkNotMerged(header, file);
  const cols = tidyColumns(header.fields);
  const missing = TIDY_REQUIRED.filter((c) => !cols.includes(c));
  if (missing.length > 0) throw new RegeconError("CSV_MISSING_COLUMNS", m.tidyMissingColumns({ file, line: header.line }, missing), m.tidyColumnsHint(TIDY_COLUMNS));
  const ci = (name: string) => cols.indexOf(name);
  const [cRegion, cYear, cInd, cValue, cUnit, cSource] = [ci("region"), ci("year"), ci("indicator"), ci("value"), ci("unit"), ci("source")];
  const width = header.fields.length;
  /** Columns up to the last labelled one: a workbook row is as wide as the sheet, so a value beyond them is an extra cell. */
  let labelled = width;
  while (labelled > 0 && cleanCell(header.fields[labelled - 1]) === "") labelled--;
  const catalogue = indicatorCatalogue();
  const regionCache = new Map<string, TidyRegion | null>();
  const indicatorUnit = new Map<string, string>();
  /** Catalogue entry per indicator id seen (undefined for a new, user-created indicator). */
  const indicatorDefs = new Map<string, IndicatorDef | undefined>();
  const newIndicators = new Map<string, string>();
  const unknownRegions = new Map<string, number>();
  /** Codes below province level that the registry does not name (county panels), with their first line and count. */
  const belowProvince = new Map<string, { line: number; count: number }>();
  const sources = new Set<string>();
  const sections = new CrossSections();
  const rows = new StagedRows();
  const region = (raw: string): TidyRegion | null => {
    let r = regionCache.get(raw);
    if (r === undefined) regionCache.set(raw, (r = tidyRegion(registry, raw) ?? null));
    return r;
  };
  const onRecord = (rec: CsvLine): void => {
    const f = rec.fields;
    if (rec.line <= header.line) return;
    if (f.length === 1 && cleanCell(f[0]) === "") return;
    checkNotMerged(rec, file);
    const cell = (column: number, label: string) => ({ file, line: rec.line, column: column + 1, label });
    if (f.length < width) throw new RegeconError("TRUNCATED_ROW", m.shortRow({ file, line: rec.line }, f.length, width), m.shortRowHint);
    if (f.length > width) {
      const k = f.findIndex((c, i) => i >= width && cleanCell(c) !== "");
      throw new RegeconError("EXTRA_CELLS", m.longRow({ file, line: rec.line }, f.length, width, k >= 0 ? { column: k + 1, value: cleanCell(f[k]) } : undefined), m.longRowHint);
    }
    if (labelled < width) {
      const k = f.findIndex((c, i) => i >= labelled && cleanCell(c) !== "");
      if (k >= 0) throw new RegeconError("EXTRA_CELLS", m.cellBeyondHeader({ file, line: rec.line, column: k + 1 }, cleanCell(f[k]), labelled), m.cellBeyondHeaderHint);
    }
    const value = cleanCell(f[cValue]);
    if (value === "") return;
    const regionRaw = cleanCell(f[cRegion]);
    const r = region(regionRaw);
    if (r === null) {
      if (!unknownRegions.has(regionRaw)) unknownRegions.set(regionRaw, rec.line);
      return;
    }
    const yearRaw = cleanCell(f[cYear]);
    const year = parseYear(yearRaw);
    if ("problem" in year) throw new RegeconError("BAD_YEAR", m.badYearCell(cell(cYear, "year"), year.problem), m.badYearHint);
    const ind = cleanCell(f[cInd]);
    const fileUnit = cUnit >= 0 ? cleanCell(f[cUnit]) : "";
    let unit = indicatorUnit.get(ind);
    if (unit === undefined) {
      const def = catalogue.get(ind);
      if (def) unit = def.unit;
      else if (options.allowNewIndicators && NEW_INDICATOR_ID.test(ind) && fileUnit !== "") {
        unit = fileUnit;
        newIndicators.set(ind, fileUnit);
      } else {
        throw new RegeconError("UNKNOWN_INDICATOR", m.unknownTidyIndicator(cell(cInd, "indicator"), ind), options.allowNewIndicators ? m.newIndicatorIdHint : m.tidyIndicatorHint);
      }
      indicatorUnit.set(ind, unit);
      indicatorDefs.set(ind, catalogue.get(ind));
    }
    const def = indicatorDefs.get(ind);
    if (fileUnit !== "" && (def ? !acceptsUnit(def, fileUnit) : fileUnit !== unit)) {
      throw new RegeconError("UNIT_MISMATCH", m.tidyUnitMismatch(cell(cUnit, "unit"), fileUnit, ind, unit, def?.unitEn ?? unit), m.convertUnitHint);
    }
    const where = cell(cValue, "value");
    if (!NUMBER.test(value)) throw new RegeconError("NOT_NUMERIC", m.notNumericCell(where, value), m.notNumericLookalikeHint(numberLookalike(value), m.notNumericTidyHint));
    const v = Number(value);
    const problem = checkValue(def, v, r.scope);
    if (problem) throw valueError(problem, where, value);
    if (r.scope === "province") sections.add(ind, year.year, v);
    else if (r.scope === "subprovince" && !options.allowSubprovincial && registry.city(r.code) === undefined) {
      const seen = belowProvince.get(r.code);
      if (seen) seen.count++;
      else belowProvince.set(r.code, { line: rec.line, count: 1 });
    }
    if (cSource >= 0) {
      const s = cleanCell(f[cSource]);
      if (s !== "" && sources.size < 20) sources.add(s);
    }
    rows.add(r.code, year.year, ind, v, unit, rec.line);
  };
  const finish = (): ParsedImport => {
    if (unknownRegions.size > 0) throw new RegeconError("UNKNOWN_REGION_NAMES", m.unknownTidyRegions(file, [...unknownRegions].map(([name, line]) => ({ name, line }))), m.tidyRegionHint);
    if (belowProvince.size > 0) {
      const codes = [...belowProvince].map(([code, { line, count }]) => ({ code, line, count }));
      throw new RegeconError("REGION_BELOW_PROVINCE", m.regionsBelowProvince(file, codes), m.regionsBelowProvinceHint);
    }
    const contradiction = sections.problem((id) => catalogue.get(id));
    if (contradiction) throw crossSectionError(file, contradiction);
    if (rows.count === 0) throw new RegeconError("EMPTY_EXPORT", m.noValues(file), m.noValuesHint);
    const parsed: ParsedImport = {
      file,
      format: "tidy-csv",
      notes: [],
      sourceText: sources.size > 0 ? [...sources].join("; ") : undefined,
      indicatorLabels: new Map([...indicatorUnit.keys()].map((k) => [k, k])),
      rows,
      newIndicators,
    };
    checkNotesSize(parsed);
    options.onProgress?.(1);
    return parsed;
  };
  return { onRecord, finish };
}
