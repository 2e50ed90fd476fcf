/**
 * Tables copied from a web page as text (the stats.gov.cn layout of bulletins): one cell per line, cells
 * separated by a line holding only a tab, a cell's own lines separated by one blank line, rows separated
 * by several blank lines. `normaliseWebTables` rewrites such rows as lines of tab-separated cells (the
 * layout the table reader expects) and leaves everything else as it is.
 */

/** A line holding only a tab (and spaces): a cell boundary of the web layout. */
const CELL_BREAK = /^[ \u00a0]*\t[ \t\u00a0]*$/;

/** True when the text has the web layout (some line is a lone tab). */
export function hasWebTables(text: string): boolean {
  return text.split("\n").some((l) => CELL_BREAK.test(l));
}

/**
 * Rewrite web-layout table rows as tab-separated lines. A row is a block of lines between runs of two or
 * more blank lines that contains a cell break; its cells are the texts between breaks, each cell's lines
 * joined without separator ("2024年R&D经费" + "（亿元）"). Other blocks keep their lines.
 */
export function normaliseWebTables(text: string): string {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n(?:[ \u00a0]*\n){2,}/);
  return blocks
    .map((block) => {
      const lines = block.split("\n");
      if (!lines.some((l) => CELL_BREAK.test(l))) return block;
      const cells: string[][] = [[]];
      for (const l of lines) {
        if (CELL_BREAK.test(l)) cells.push([]);
        else if (l.trim() !== "") cells[cells.length - 1]!.push(l.trim());
      }
      return cells.map((c) => c.join("")).join("\t");
    })
    .join("\n\n");
}
