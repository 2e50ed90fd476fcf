/**
 * The worker thread that reads an XLS/XLSX workbook (see `readSpreadsheetRecords` in spreadsheet.ts,
 * which starts it with memory and time limits). It checks an XLSX archive's CRC-32s (`zipProblem`),
 * parses the bytes with SheetJS, checks the sheet's
 * size against the caps before touching its cells, and posts back the rows as strings or the reason it
 * could not: a damaged workbook may make SheetJS loop or allocate without bound, which here ends only
 * this thread, never the importing process.
 */
import { parentPort, workerData } from "node:worker_threads";
import * as XLSX from "@e965/xlsx";
import type { SpreadsheetReply, SpreadsheetRequest } from "./spreadsheetProtocol.js";
import { zipProblem } from "./zipIntegrity.js";

// SheetJS reports oddities of damaged files on the console; the reply carries what matters.
for (const k of ["log", "warn", "error", "info", "debug"] as const) console[k] = () => undefined;

/** C0 control characters other than tab and line breaks: never part of a statistics file's text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function read(req: SpreadsheetRequest): SpreadsheetReply {
  if (req.zip) {
    const problem = zipProblem(req.bytes, req.zip.maxEntryBytes);
    if (problem) return { ok: false, reason: "damagedZip", problem };
  }
  let wb: XLSX.WorkBook;
  try {
    // sheetRows bounds the cells SheetJS builds; `!fullref` still tells the real size
    wb = XLSX.read(Buffer.from(req.bytes.buffer, req.bytes.byteOffset, req.bytes.byteLength), { type: "buffer", dense: true, cellDates: false, cellNF: true, cellHTML: false, cellFormula: true, sheetRows: req.maxRows + 1 });
  } catch {
    // the library's own exception text (English, about its internals) is not shown: the reply names the condition
    return { ok: false, reason: "unreadable" };
  }
  const name = wb.SheetNames.find((n) => req.preferredSheet.test(n)) ?? wb.SheetNames[0];
  const sheet = name === undefined ? undefined : wb.Sheets[name];
  if (!sheet) return { ok: false, reason: "noSheet" };
  const ref = sheet["!fullref"] ?? sheet["!ref"];
  if (!ref) return { ok: true, sheet: name!, rows: [], merges: [] };
  const range = XLSX.utils.decode_range(ref);
  const rowCount = range.e.r + 1;
  const columnCount = range.e.c + 1;
  if (rowCount > req.maxRows || columnCount > req.maxColumns || rowCount * columnCount > req.maxCells) {
    return { ok: false, reason: "tooLarge", rows: rowCount, columns: columnCount };
  }
  const data = (sheet["!data"] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = data[r] ?? [];
    const fields: string[] = [];
    for (let c = 0; c < columnCount; c++) {
      const cell = row[c];
      if (cell && cell.f !== undefined && (cell.v === undefined || cell.v === null)) return { ok: false, reason: "formulaWithoutValue", cell: XLSX.utils.encode_cell({ r, c }) };
      fields.push(cellText(cell));
    }
    rows.push(fields);
  }
  return { ok: true, sheet: name!, rows, merges: (sheet["!merges"] ?? []).map((m) => ({ s: { r: m.s.r, c: m.s.c }, e: { r: m.e.r, c: m.e.c } })) };
}

/**
 * A cell as text: numbers as their stored double (String(n) round-trips exactly), text as written with
 * control characters turned into spaces (a NUL in a note must not reach a database), errors as their
 * Excel text (#DIV/0!, so the importer names them as not numeric), empty cells as "". A number formatted
 * as a date is the date ("2024-01-01"), never its day number (45292 would pass as a GDP value): the
 * importer refuses it as not numeric, with a hint that names date cells.
 */
function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return "";
  switch (cell.t) {
    case "n":
      return typeof cell.z === "string" && XLSX.SSF.is_date(cell.z) ? dateText(cell.v as number) : String(cell.v);
    case "e":
      return cell.w ?? "#ERROR";
    case "d":
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
    default:
      return String(cell.v).replace(CONTROL, " ");
  }
}

/** An Excel day number as the date it stands for: "2024-01-01", with the time when there is one. */
function dateText(serial: number): string {
  return XLSX.SSF.format(Number.isInteger(serial) ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss", serial);
}

parentPort!.postMessage(read(workerData as SpreadsheetRequest));
