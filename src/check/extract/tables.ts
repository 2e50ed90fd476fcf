import { CAPTION_JOINER, CHANGE_HEADER, CHANGE_WORDS, CLAUSE_JOINER, LIST_SPLIT, NUMERIC_CELL, RANK_CELL, RANK_HEADER, RANK_PREFIX, RANK_SUFFIXES, SENTENCE_END, SHARE_HEADER, TABLE_CAPTION, TABLE_UNIT_LINE, UNIT_HEADER, UNIT_IN_BRACKETS, UNITS, YEAR_CELL } from "../../messages/checkWords.js";
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
 * change the right quantity, and so is a rank column (位次: its cells 12, 并列17, 第1位 read as ranks); a
 * column whose header names no indicator (`indicatorWords`) is read with the one it resolves to
 * (`namedIndicators`; a share column 占…（%） is of the column on its left). The unit in brackets after a header ("（%）") goes after the value; a 单位 column
 * gives the unit of its row's figures.
 */
export function readTable(rows: readonly Paragraph[], meta: { caption: string; unit?: string }, indicatorWords: (text: string) => IndicatorWord[] = () => []): { cells: TableCell[] } {
  const { header, headerRows, grid } = tableGrid(rows);
  const labels = header.map((h) => headerOf(h, meta.unit));
  const named = namedIndicators(labels, meta.caption, indicatorWords);
  const unitColumn = labels.findIndex((l) => UNIT_HEADER.test(l.label));
  const cells: TableCell[] = [];
  for (let r = headerRows; r < grid.length; r++) {
    const row = grid[r]!;
    const name = row[0]?.text.trim() ?? "";
    const rowUnit = unitColumn > 0 && UNIT_WORDS.has(row[unitColumn]?.text.trim() ?? "") ? row[unitColumn]!.text.trim() : undefined;
    for (let c = 1; c < row.length; c++) {
      const cell = row[c]!;
      const { label, unit } = labels[c] ?? { label: "", unit: "" };
      const rankColumn = RANK_HEADER.test(label);
      const rank = rankColumn ? RANK_CELL.exec(cell.text.trim()) : null;
      const value = rank ? rank[2]! : cell.text.trim();
      if (!rank && !NUMERIC_CELL.test(value)) continue;
      const previous = labels[c - 1]?.label ?? "";
      // a change or rank column is read with the column on its left; a column naming no indicator with the one it resolves to
      const context = (CHANGE_HEADER.test(label) || rankColumn) && c > 1 ? `${previous}${CLAUSE_JOINER}` : named[c] ? `${named[c]}${CLAUSE_JOINER}` : "";
      const valueUnit = rank || value.endsWith("%") || /[:\uff1a]/.test(value) ? "" : unit || rowUnit || "";
      // a rank cell reads as 第N位 (并列第N位), the figure still at the cell's offset
      const before = rank ? `${rank[1] ?? ""}${RANK_PREFIX}` : "";
      const prefix = `${meta.caption}${CAPTION_JOINER}${context}${name}${label}${before}`;
      const synthetic = `${prefix}${value}${rank ? RANK_SUFFIXES[0] : valueUnit}${SENTENCE_END}`;
      const lead = cell.start + (cell.text.length - cell.text.trimStart().length) + (rank ? cell.text.trim().indexOf(value) : 0);
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

/** An indicator name found in a text, with its catalogue unit. */
export interface IndicatorWord {
  word: string;
  unit?: string;
}

/**
 * The indicator each column is read with when its header names none: the caption's indicator in the
 * column's unit ("表8 …R&D经费及投入强度" → 投入强度 for a % column, R&D经费 for 亿元), else the one the column
 * on its left resolves to ("2018~2024年名义年均增长（%）" after "2024年地区生产总值（亿元）"); undefined when the
 * header names one or nothing resolves (then the caption's last indicator applies, as in prose).
 */
function namedIndicators(labels: readonly { label: string; unit: string }[], caption: string, indicatorWords: (text: string) => IndicatorWord[]): (string | undefined)[] {
  const captionWords = indicatorWords(caption);
  const baseOf = (u: string | undefined) => UNITS.find((x) => x.unit === u)?.baseUnit ?? u;
  const resolved: (string | undefined)[] = [];
  const context: (string | undefined)[] = [];
  labels.forEach(({ label, unit }, c) => {
    const own = indicatorWords(label)[0]?.word;
    if (c === 0 || own) {
      resolved[c] = own;
      return;
    }
    // a share column (占31个省份合计（%）) is in % whatever its quantity: the column on its left
    const byUnit = unit && !SHARE_HEADER.test(label) ? captionWords.find((w) => baseOf(w.unit) === baseOf(unit))?.word : undefined;
    resolved[c] = byUnit ?? resolved[c - 1];
    context[c] = resolved[c];
  });
  return context;
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
