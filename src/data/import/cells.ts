/** Trim spaces, tabs, full-width spaces and a stray BOM: the 2026 portal pads every cell as `value<TAB>`. */
export function cleanCell(s: string | undefined): string {
  if (s === undefined || s === "") return "";
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(s.length - 1);
  if (a > 32 && a < 127 && b > 32 && b < 127) return s; // fast path: nothing to trim
  return s.replace(/^[\uFEFF\s\u3000]+|[\s\u3000]+$/g, "");
}

/** A decimal number as statistics files write it: optional sign, digits, optional fraction and exponent. */
export const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Why a value cell that is not a NUMBER still looks like one, so the hint can say how to fix it; the
 * importer never repairs it itself (a file that needs repair was not written for import):
 * - `thousands`: digits grouped by commas, "57,476.6" (half- or full-width);
 * - `fullWidth`: full-width digits, "３４２２７．９" (typed with a Chinese input method);
 * - `date`: a date, "2024-01-01": a workbook cell formatted as a date (Excel stores the day number,
 *   45292, which would otherwise pass as a value).
 * `fixed` is the number as it should be written (thousands, fullWidth).
 */
export type NumberLookalike = { kind: "thousands" | "fullWidth"; fixed: string } | { kind: "date" };

const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/;

export function numberLookalike(raw: string): NumberLookalike | undefined {
  if (DATE.test(raw)) return { kind: "date" };
  const half = raw.normalize("NFKC");
  const fullWidth = half !== raw;
  if (GROUPED.test(half)) return { kind: "thousands", fixed: half.replace(/,/g, "") };
  if (fullWidth && NUMBER.test(half)) return { kind: "fullWidth", fixed: half };
  return undefined;
}
