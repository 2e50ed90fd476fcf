/**
 * Every error and warning code regecon can report, in one place. A code is a stable name that scripts
 * (`--json`) and tests rely on; its meaning, typical fix and exit code are documented in
 * docs/errors.md (a test checks that every code here is documented there and vice versa).
 * One code per condition: a malformed year option is BAD_YEAR, a well-formed year the data do not hold
 * is YEAR_NOT_AVAILABLE.
 */

/** Exit code of the process when a RegeconError ends a command: 2 = bad input, 3 = a check failed. */
export const ERROR_CODES = {
  // arguments and options
  BAD_ARGUMENT: 2,
  BAD_YEAR: 2,
  BAD_FORMAT: 2,
  BAD_SPEC: 2,
  // data the command needs
  YEAR_NOT_AVAILABLE: 2,
  NO_DATA: 2,
  INDICATOR_MISSING: 2,
  UNKNOWN_INDICATOR: 2,
  UNKNOWN_REGION: 2,
  UNKNOWN_GROUPING: 2,
  GROUPING_NOT_PARTITION: 2,
  UNKNOWN_SOURCE: 2,
  // data folders and files
  DATA_FOLDER_UNREADABLE: 2,
  DATA_FOLDER_EMPTY: 2,
  FILE_UNREADABLE: 2,
  CSV_UNREADABLE: 2,
  CSV_MISSING_COLUMNS: 2,
  SPREADSHEET_UNREADABLE: 2,
  UNSUPPORTED_ENCODING: 2,
  BAD_ENCODING: 2,
  NOT_AN_NBS_EXPORT: 2,
  NO_INDICATOR: 2,
  INDICATOR_MISMATCH: 2,
  HEADER_WITHOUT_YEARS: 2,
  TRUNCATED_ROW: 2,
  TRUNCATED_FILE: 2,
  EXTRA_CELLS: 2,
  NOTE_TOO_LONG: 2,
  NOT_NUMERIC: 2,
  IMPLAUSIBLE_VALUE: 2,
  MISSING_SOURCE: 2,
  UNIT_MISMATCH: 2,
  UNKNOWN_REGION_NAMES: 2,
  REGION_BELOW_PROVINCE: 2,
  UNKNOWN_INDICATOR_NAMES: 2,
  DUPLICATE_YEAR: 2,
  DUPLICATE_REGION: 2,
  DUPLICATE_OBSERVATION: 2,
  ALREADY_IMPORTED: 2,
  OLDER_VINTAGE: 2,
  BOUNDARY_FILE_UNREADABLE: 2,
  BOUNDARY_FILE_INVALID: 2,
  // documents read by regecon check and regecon bulletin
  DOCUMENT_UNREADABLE: 2,
  NOTHING_TO_IMPORT: 2,
  // the store and SQL
  STORE_UNAVAILABLE: 2,
  STORE_NOT_FOUND: 2,
  STORE_LOCKED: 2,
  STORE_SCHEMA_MISMATCH: 2,
  READ_ONLY: 2,
  SQL_NOT_READ_ONLY: 2,
  SQL_ERROR: 2,
  EMPTY_EXPORT: 2,
  EXPORT_TOO_LARGE: 2,
  FILE_TOO_LARGE: 2,
  // output
  WRITE_FAILED: 2,
  TEMP_UNAVAILABLE: 2,
  // the dashboard server (regecon serve)
  PORT_IN_USE: 2,
  CANNOT_LISTEN: 2,
  NOT_FOUND: 2,
  // a statistic refused its input inside a report section (the section becomes a note)
  CALCULATION_FAILED: 2,
  // projections (regecon outlook, the report's outlook section)
  TARGETS_INCONSISTENT: 2,
  TARGETS_NOT_FOR_YEAR: 2,
  PROJECTION_NOT_POSITIVE: 2,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Warnings: printed by the CLI (and listed in `--json`), never change the exit code. */
export const WARNING_CODES = [
  "MIXED_VINTAGES",
  "BUNDLED_DATA_CHANGED",
  "MAP_NO_APPROVAL_NUMBER",
  "MAP_UNMATCHED_FEATURES",
  "MAP_NO_SOUTH_CHINA_SEA",
  "MAP_MISSING_TAIWAN",
  "MAP_MISSING_PROVINCES",
  "MAP_MISSING_HONG_KONG",
  "MAP_MISSING_MACAO",
  "OPTION_IGNORED",
  "OUTLOOK_TARGETS_SHIFTED",
  "TARGETS_NOT_GIVEN",
  "OUTLOOK_SCENARIO_REFUSED",
  "DATA_MISSING",
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];
