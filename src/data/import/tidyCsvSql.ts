import { cleanCell } from "./cells.js";
import type { DirectCsv } from "./types.js";

/**
 * SQL text for reading a large tidy CSV with DuckDB exactly as the tidy parser reads it
 * (`forEachCsvRecord`, `cleanCell`, the `NUMBER` and four-digit year patterns). Only constants and
 * column names the code chooses become SQL text; the file's path and header line are bound parameters
 * (`$file`, `$skip`). The file holds no double quote (`FileScan.irregular`), so quoting is switched off
 * and a cell is exactly the text between two commas, as in the parser's fast path.
 */

/** Characters `cleanCell` trims (JS `\s`, U+3000 and the BOM) as an RE2 class body. */
const PADDING = "\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";

/** `cells.NUMBER` in RE2 (`\d` is ASCII digits in both). */
const NUMBER_SQL = "'[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?'";

/**
 * The value of a (cleaned) cell as the parser takes it: a `NUMBER` read as the nearest double (as JS
 * `Number` does), NULL when the cell is not a number. Beyond the double range it is infinite (`1e400`:
 * DuckDB, like JS, reads infinity), which the parser refuses as `NOT_NUMERIC`: check `isfinite`.
 */
export function numberOf(expr: string): string {
  return `CASE WHEN regexp_full_match(${expr}, ${NUMBER_SQL}) THEN TRY_CAST(${expr} AS DOUBLE) END`;
}

/** `NEW_INDICATOR_ID` of tidyRules.ts in RE2 (for `regexp_full_match`). */
export const NEW_INDICATOR_ID_SQL = "'[a-z][a-z0-9_]*'";

/** The four digits `parseYear` requires, as a GLOB (cheaper than a regular expression on millions of rows). */
export const YEAR_GLOB = "'[0-9][0-9][0-9][0-9]'";

/**
 * A cell cleaned as `cleanCell` does: unchanged when it starts and ends with printable ASCII (the
 * parser's fast path), else trimmed of PADDING at both ends. Files without padding (`DirectCsv.padded`
 * false) need no cleaning.
 */
export function cleaned(expr: string, d: DirectCsv): string {
  if (!d.padded) return expr;
  return `CASE WHEN regexp_full_match(${expr}, '[!-~](?:.*[!-~])?') THEN ${expr} ELSE regexp_replace(${expr}, '^[${PADDING}]+|[${PADDING}]+$', '', 'g') END`;
}

/**
 * The parser's rule for a header ending in empty cells (`labelled`): a row's cell beyond the last
 * labelled column must be empty. `cellOf(k)` is the SQL of the k-th cell (cleaned); FALSE when every
 * column of the header is labelled.
 */
export function beyondLabelled(d: DirectCsv, cellOf: (k: number) => string): string {
  let labelled = d.header.fields.length;
  while (labelled > 0 && cleanCell(d.header.fields[labelled - 1]) === "") labelled--;
  const beyond = Array.from({ length: d.header.fields.length - labelled }, (_, i) => `coalesce(${cellOf(labelled + i)}, '') <> ''`);
  return beyond.length > 0 ? `(${beyond.join(" OR ")})` : "false";
}

/** Name of the k-th column (0-based) of `cellsRelation`. */
export function cell(k: number): string {
  return `c${Math.trunc(k)}`;
}

/**
 * The data rows after the header line (`$skip`), one cell per column `c0`…: as many columns as the
 * header plus one, so that a row longer than the header shows in the last (a row longer still is a
 * DuckDB error, which sends the file to the diagnosis). Empty cells read as '' and cells a short row lacks
 * as NULL (`null_padding`; the NULL string is a double quote, which the file does not hold). DuckDB
 * skips empty lines, as the parser does; `strict_mode` refuses anything it cannot read as plain CSV.
 * The line end is left to DuckDB: the file has one style throughout (`FileScan.newline`), and DuckDB
 * 1.5 reads nothing of a CRLF file when told `new_line = '\r\n'`.
 */
export function cellsRelation(d: DirectCsv): string {
  const columns = Array.from({ length: d.header.fields.length + 1 }, (_, k) => `'${cell(k)}': 'VARCHAR'`).join(", ");
  return `read_csv($file, header = false, skip = $skip, auto_detect = false, delim = ',', quote = '', escape = '', comment = '',
    null_padding = true, nullstr = '"', strict_mode = true, columns = {${columns}})`;
}

/**
 * Every physical line of the file with its 1-based number (`line`) and its text (`l`, NULL for an empty
 * line): for the diagnosis, which must name lines. The delimiter is the double quote, which the file
 * does not hold, so each line is one column.
 */
export function linesRelation(d: DirectCsv): string {
  return `(SELECT row_number() OVER () AS line, l FROM read_csv($file, header = false, auto_detect = false, delim = '"', quote = '', escape = '',
    comment = '', strict_mode = true, columns = {'l': 'VARCHAR'}))`;
}
