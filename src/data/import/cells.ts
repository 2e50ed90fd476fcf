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
