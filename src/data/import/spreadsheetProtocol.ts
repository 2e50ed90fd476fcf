import type { ZipProblem } from "./zipIntegrity.js";

/** What `readSpreadsheetRecords` sends its worker thread: the file's bytes and the caps to apply. */
export interface SpreadsheetRequest {
  bytes: Uint8Array;
  /** An XLSX (a ZIP archive): every entry's CRC-32 is checked first; an entry larger than this is refused. */
  zip?: { maxEntryBytes: number };
  /** Sheet name to prefer (the portal's 分省年度数据 / 年度数据); else the first sheet. */
  preferredSheet: RegExp;
  maxRows: number;
  maxColumns: number;
  maxCells: number;
}

/** What the worker answers: the chosen sheet's rows as text, or why it could not read them. */
export type SpreadsheetReply =
  | { ok: true; sheet: string; rows: string[][]; merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] }
  | { ok: false; reason: "unreadable" }
  | { ok: false; reason: "damagedZip"; problem: ZipProblem }
  | { ok: false; reason: "noSheet" }
  | { ok: false; reason: "tooLarge"; rows: number; columns: number }
  | { ok: false; reason: "formulaWithoutValue"; cell: string };
