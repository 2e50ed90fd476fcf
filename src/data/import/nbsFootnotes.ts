import { cleanCell } from "./cells.js";
import type { CsvLine } from "./csvRecords.js";

const NOTE = /^注[：:]/;
const SOURCE = /^数据来源[：:](.*)$/s;

/**
 * The footer of an export, below the data rows: footnotes "注：…" (quoted or not, continued on lines
 * that start with full-width spaces or that follow a blank line) and the source line "数据来源：…"
 * (padding commas ignored).
 */
export class Footnotes {
  readonly notes: string[] = [];
  sourceText?: string;
  /** A 注 or 数据来源 line was seen: every later non-blank line belongs to the footer. */
  private started = false;
  /** A blank line followed data rows: a following line that is not a data row continues the footer. */
  private afterBlank = false;

  /**
   * Take `rec` when it belongs to the footer (returns true); false for a data row. `isDataRow` says
   * whether the row's first cell names a region (or an indicator in 年度数据), so a data row after a
   * blank line is still read as data and never silently dropped as a note.
   */
  take(rec: CsvLine, cells: readonly string[], hasDataRows: boolean, isDataRow: (name: string) => boolean): boolean {
    const name = cells[0] ?? "";
    if (cells.every((c) => c === "")) {
      if (hasDataRows) this.afterBlank = true;
      return true;
    }
    const source = SOURCE.exec(name);
    if (source) {
      this.sourceText = cleanCell([source[1], ...cells.slice(1)].join(",").replace(/[,\s]+$/g, ""));
      this.started = true;
      return true;
    }
    const isNote = NOTE.test(name);
    if (!isNote && !this.started && !(this.afterBlank && !isDataRow(name))) return false;
    const text = rec.fields.join(",").replace(/[,\t ]+$/g, "").replace(/\r/g, "");
    const cleaned = text.split("\n").map((l) => cleanCell(l)).join("\n");
    if (isNote || this.notes.length === 0) this.notes.push(cleaned);
    else this.notes[this.notes.length - 1] += `\n${cleaned}`;
    this.started = true;
    return true;
  }
}
