/**
 * Plain-text tables for the terminal, aligned by display width: a Chinese character (or any other wide
 * character) takes two columns, so a column of province names lines up with a column of codes.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a string takes in a terminal (wide characters count two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** `s` padded with spaces to `width` display columns. */
export function padDisplay(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** `s` right-aligned in `width` display columns. */
export function padStartDisplay(s: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(s))) + s;
}

/**
 * A plain-text table for terminal output: first column left-aligned, the others right-aligned, a rule
 * under the header (numeric tables such as `regecon outlook`).
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cols = header.map((_, j) => Math.max(...[header, ...rows].map((r) => displayWidth(r[j] ?? ""))));
  const line = (r: readonly string[]) => r.map((c, j) => (j === 0 ? padDisplay(c, cols[j]!) : padStartDisplay(c, cols[j]!))).join("  ");
  return [line(header), cols.map((c) => "-".repeat(c)).join("  "), ...rows.map(line)].join("\n") + "\n";
}

/** Rows of cells as lines, every column left-aligned and as wide as its widest cell, two spaces apart; no trailing spaces (query results, lists). */
export function leftAlignedLines(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : padDisplay(c, widths[i]!))).join("  "));
}
