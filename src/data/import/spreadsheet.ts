import * as XLSX from "@e965/xlsx";
import { RegeconError } from "../../types/errors.js";
import type { CsvLine } from "./csvRecords.js";

/**
 * Read an XLS (BIFF8, what data.stats.gov.cn's old export writes) or XLSX workbook into records, one
 * per spreadsheet row (line = the row number Excel shows), so the CSV parser handles both alike.
 * Numeric cells keep their stored double (String(n) round-trips exactly); text cells are kept as is.
 * Uses the sheet named 分省年度数据 or 年度数据 when present, else the first sheet.
 * Throws `SPREADSHEET_UNREADABLE` when the bytes are not a workbook.
 */
export function readSpreadsheetRecords(buf: Uint8Array, file: string): CsvLine[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, { type: "buffer", cellDates: false, cellNF: false, cellHTML: false, dense: true });
  } catch (e) {
    throw new RegeconError("SPREADSHEET_UNREADABLE", `${file}：无法读取为 XLS/XLSX 工作簿：${(e as Error).message}`, "请确认文件完整，或从国家统计局数据库重新导出。");
  }
  const name = wb.SheetNames.find((n) => n === "分省年度数据" || n === "年度数据") ?? wb.SheetNames[0];
  const sheet = name === undefined ? undefined : wb.Sheets[name];
  if (!sheet) throw new RegeconError("SPREADSHEET_UNREADABLE", `${file}：工作簿中没有工作表`, "请从国家统计局数据库重新导出。");
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: "", blankrows: true });
  return rows.map((r, k) => ({ line: k + 1, fields: r.map((v) => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : String(v))) }));
}
