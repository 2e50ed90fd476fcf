import { CAPTION_JOINER, CHANGE_HEADER, CHANGE_WORDS, CLAUSE_JOINER, LIST_SPLIT, NUMERIC_CELL, SENTENCE_END, TABLE_CAPTION, TABLE_UNIT_LINE, UNIT_IN_BRACKETS, UNITS, YEAR_CELL } from "../../messages/checkWords.js";
import type { Claim } from "../types.js";
import type { Paragraph, Segment } from "./segments.js";

/** One numeric table cell, with the sentence the claim grammar reads for it. */
export interface TableCell {
  /** Offsets and text of the cell in the plain text. */
  start: number;
  end: number;
  text: string;
  /** The whole row, shown as the claim's sentence. */
  row: string;
  /** The row's first cell (its region, or a part such as 组间). */
  rowName: string;
  /**
   * A sentence made of caption, row name, column header and value ("表1 2023~2024年四大板块经济增速对比：
   * 东部2024年增速5.0%"), placed so that the value starts at the cell's offset: the grammar reads a cell
   * as it reads prose.
   */
  synthetic: Segment;
}

const UNIT_WORDS = new Set(UNITS.filter((u) => u.unitClass !== "multiple").map((u) => u.unit));
const POINTS_UNIT = UNITS.find((u) => u.unitClass === "points")!.unit;

/** The caption line of the table starting at paragraph `i` (within three lines before it), and a "单位：" line. */
export function tableCaption(paras: readonly Paragraph[], i: number): { caption: string; unit?: string } {
  let caption = "";
  let unit: string | undefined;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = paras[k]!.text;
    const u = TABLE_UNIT_LINE.exec(t);
    if (u && unit === undefined) unit = u[1]!.split(LIST_SPLIT)[0]!.trim();
    if (TABLE_CAPTION.test(t)) {
      caption = t.trim();
      break;
    }
  }
  return { caption, unit };
}

/**
 * The numeric cells of a table given as lines of tab-separated cells (Markdown, HTML and DOCX tables,
 * tab-separated text tables). Header rows are the leading rows without numeric cells; a header cell left
 * empty under a merged cell takes the text on its left, and several header rows join per column. A column
 * headed 变化/比…变化 is read with the header on its left ("2024年增速（%）" → growth), so its points
 * change the right quantity; a column whose header names no indicator (`namesIndicator`) is read with the
 * nearest header on its left that names one ("2018~2024年名义年均增长" after "2024年地区生产总值"), not with
 * the caption's last indicator. The unit in brackets after a header ("（%）") goes after the value.
 */
export function readTable(rows: readonly Paragraph[], meta: { caption: string; unit?: string }, namesIndicator: (header: string) => boolean = () => true): { cells: TableCell[] } {
  const { header, headerRows, grid } = tableGrid(rows);
  const cells: TableCell[] = [];
  for (let r = headerRows; r < grid.length; r++) {
    const row = grid[r]!;
    const name = row[0]?.text.trim() ?? "";
    for (let c = 1; c < row.length; c++) {
      const cell = row[c]!;
      const value = cell.text.trim();
      if (!NUMERIC_CELL.test(value)) continue;
      const { label, unit } = headerOf(header[c] ?? "", meta.unit);
      const previous = headerOf(header[c - 1] ?? "", meta.unit).label;
      const named = namesIndicator(label) ? undefined : header.slice(1, c).reverse().map((h) => headerOf(h, meta.unit).label).find(namesIndicator);
      const context = CHANGE_HEADER.test(label) && c > 1 ? `${previous}${CLAUSE_JOINER}` : named ? `${named}${CLAUSE_JOINER}` : "";
      const valueUnit = value.endsWith("%") || /[:\uff1a]/.test(value) ? "" : unit;
      const prefix = `${meta.caption}${CAPTION_JOINER}${context}${name}${label}`;
      const synthetic = `${prefix}${value}${valueUnit}${SENTENCE_END}`;
      const lead = cell.start + (cell.text.length - cell.text.trimStart().length);
      cells.push({
        start: lead,
        end: lead + value.length,
        text: value,
        row: rows[r]!.text,
        rowName: name,
        synthetic: { start: lead - prefix.length, end: lead - prefix.length + synthetic.length, text: synthetic },
      });
    }
  }
  return { cells };
}

/**
 * A table's cells and its column headers: header rows are the leading rows without numeric cells (years
 * aside); an empty header cell under a merged cell takes the text on its left, and several header rows
 * join per column.
 */
export function tableGrid(rows: readonly Paragraph[]): { header: string[]; headerRows: number; grid: { start: number; text: string }[][] } {
  const grid = rows.map((r) => splitCells(r));
  let headerRows = 0;
  while (headerRows < grid.length && grid[headerRows]!.slice(1).every((c) => !NUMERIC_CELL.test(c.text.trim()) || YEAR_CELL.test(c.text.trim()))) headerRows++;
  const width = Math.max(...grid.map((r) => r.length));
  const header: string[] = Array.from({ length: width }, () => "");
  for (let h = 0; h < headerRows; h++) {
    let left = "";
    for (let c = 0; c < width; c++) {
      const text = grid[h]![c]?.text.trim() ?? "";
      const filled = text === "" && h < headerRows - 1 ? left : text;
      if (text !== "") left = text;
      header[c] = `${header[c]}${filled}`;
    }
  }
  return { header, headerRows, grid };
}

function splitCells(p: Paragraph): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let at = 0;
  for (const text of p.text.split("\t")) {
    out.push({ start: p.start + at, text });
    at += text.length + 1;
  }
  return out;
}

function headerOf(header: string, tableUnit: string | undefined): { label: string; unit: string } {
  const m = UNIT_IN_BRACKETS.exec(header);
  if (m && UNIT_WORDS.has(m[1]!.trim())) return { label: header.slice(0, m.index).trim(), unit: m[1]!.trim() };
  const unit = CHANGE_WORDS.test(header) && !/%/.test(header) ? POINTS_UNIT : tableUnit && UNIT_WORDS.has(tableUnit) ? tableUnit : "";
  return { label: header.trim(), unit };
}

/** A cell the grammar made no claim of: a not-checkable claim of a plain number. */
export function notStatistic(cell: TableCell): Claim {
  const value = Number(cell.text.replace(/[,%]/g, "").replace("−", "-"));
  return {
    id: "",
    sentence: cell.row,
    span: cell.text,
    start: cell.start,
    end: cell.end,
    kind: "level",
    stated: { start: cell.start, end: cell.end, raw: cell.text, value: Number.isFinite(value) ? value : 0, decimals: cell.text.split(".")[1]?.replace("%", "").length ?? 0, unit: "", unitClass: "plain", scale: 1, baseUnit: "", approx: "exact", chinese: false },
    gap: "notStatistic",
  };
}
