import type { ParsedImport } from "./types.js";

/**
 * What validating a tidy CSV learns beyond "valid": what the tidy parser records of its rows in a
 * `ParsedImport`. The large-file path (DuckDB) computes it from aggregates and writes it with
 * `applySummary`, so the rest of the import (vintage bookkeeping, the CLI's lines) sees the same.
 */
export interface TidySummary {
  /** Rows stored. */
  count: number;
  /** Stored unit per indicator, in order of the indicator's first row. */
  units: Map<string, string>;
  /** Years, in order of their first row. */
  years: number[];
  /** Indicators the file creates (`--new-indicators`), with their unit. */
  newIndicators: Map<string, string>;
  /** The first distinct source cells (`sourceText` of tidyRules.ts). */
  sourceText?: string;
}

/** Record a summary in `parsed` as the tidy parser would have (`rows` keeps no text: DuckDB reads the file). */
export function applySummary(parsed: ParsedImport, s: TidySummary): void {
  parsed.rows.count = s.count;
  for (const [indicator, unit] of s.units) {
    parsed.rows.indicators.set(indicator, unit);
    parsed.indicatorLabels.set(indicator, indicator);
  }
  for (const y of s.years) parsed.rows.years.add(y);
  for (const [id, unit] of s.newIndicators) parsed.newIndicators.set(id, unit);
  parsed.sourceText = s.sourceText;
}
