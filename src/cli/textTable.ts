/**
 * A plain-text table for terminal output: first column left-aligned, the others right-aligned, a rule
 * under the header; CJK characters count as two columns so Chinese and English align alike.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = header.map((_, j) => Math.max(...[header, ...rows].map((r) => width(r[j] ?? ""))));
  const line = (r: readonly string[]) => r.map((c, j) => (j === 0 ? c + " ".repeat(cols[j]! - width(c)) : " ".repeat(cols[j]! - width(c)) + c)).join("  ");
  return [line(header), cols.map((c) => "-".repeat(c)).join("  "), ...rows.map(line)].join("\n") + "\n";
}
