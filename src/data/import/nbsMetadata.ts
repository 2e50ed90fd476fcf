import { cleanCell } from "./cells.js";
import type { CsvLine } from "./csvRecords.js";

/** The lines above the header of a data.stats.gov.cn export: 数据库：…, 指标：名称(单位), 时间：…. */
export interface NbsMetadata {
  /** 数据库：… (分省年度数据, 年度数据), if present. */
  database?: string;
  /** 指标：… as written (e.g. 地区生产总值(亿元)) and its line, if present (the 2026 layouts often omit it). */
  indicator?: { label: string; line: number };
  /** 时间：… (最近20年, 2016年-2025年, 2024年), if present. */
  timeLabel?: string;
  /** Index in `records` of the first record after the metadata and blank lines: the header. */
  headerIndex: number;
}

/** 数据库：…, 指标：…, 时间：… (full- or half-width colon); one group per kind, the value last. */
const META_LINE = /^(?:(数据库)|(指标)|(时间))[：:](.*)$/;

/**
 * Read the metadata lines at the top of an export: each is one non-empty first cell (padding cells
 * may follow, empty). Blank lines are skipped; the first other line is the header.
 */
export function readMetadata(records: readonly CsvLine[]): NbsMetadata {
  const meta: NbsMetadata = { headerIndex: records.length };
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    if (rec.fields.every((f) => cleanCell(f) === "")) continue;
    const m = META_LINE.exec(cleanCell(rec.fields[0]));
    if (!m || cleanCell(rec.fields.slice(1).join("")) !== "") return { ...meta, headerIndex: i };
    const value = cleanCell(m[4]);
    if (m[1] !== undefined) meta.database = value;
    else if (m[3] !== undefined) meta.timeLabel = value;
    else meta.indicator = { label: value, line: rec.line };
  }
  return meta;
}
