import * as m from "../../messages/data.js";
import type { Text } from "../../types/text.js";

/** The first year regecon accepts: provincial statistics begin with the People's Republic (1949). */
export const FIRST_YEAR = 1949;

/** The current calendar year (UTC); data for later years cannot exist yet. */
export function currentYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}

/**
 * A year cell parsed: a four-digit integer from FIRST_YEAR to `last` (default the current calendar year:
 * a row for 2099 or a partial next-year release is refused, never stored). Returns the year, or the
 * broken rule (callers add file, line and column and throw `BAD_YEAR`).
 */
export function parseYear(raw: string, last: number = currentYear()): { year: number } | { problem: Text } {
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < FIRST_YEAR || year > last) return { problem: m.badYearRule(raw, FIRST_YEAR, last) };
  return { year };
}
