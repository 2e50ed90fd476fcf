/**
 * Writes the workbook fixtures of test/fixtures/import-checks/ (README beside them) from the real classic
 * GBK 地区生产总值 export in test/fixtures/raw-exports/: the same table as an XLSX, then one edit each, as a
 * fresh-user tester made them (issue 9, second round). CSV cases are derived in the tests themselves.
 * Run: node --import tsx scripts/make-import-check-fixtures.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import * as XLSX from "@e965/xlsx";

const fixtures = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
const out = (f: string) => `${fixtures}import-checks/${f}`;

/** The classic export as rows of cells: numbers as numbers, everything else as text. */
const text = iconv.decode(readFileSync(`${fixtures}raw-exports/classic-gbk_地区生产总值.csv`), "gb18030");
const quoted = text.split("\r\n").filter((l) => l !== "");
const aoa: (string | number | null)[][] = quoted.map((l) => (l.startsWith('"') ? [l] : l.split(",").map((c, i) => (i > 0 && /^-?[0-9.]+$/.test(c) ? Number(c) : c))));
const rowOf = (name: string) => aoa.findIndex((r) => r[0] === name);

/** Write the table as an XLSX after `edit` (which may change the sheet or the rows). */
function workbook(file: string, edit?: (ws: XLSX.WorkSheet, rows: typeof aoa) => void, rowsEdit?: (rows: typeof aoa) => void): Buffer {
  const rows = aoa.map((r) => [...r]);
  rowsEdit?.(rows);
  const ws = XLSX.utils.aoa_to_sheet(rows);
  edit?.(ws, rows);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "分省年度数据");
  const bytes = XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: false }) as Buffer;
  writeFileSync(out(file), bytes);
  return bytes;
}

// F2: 上海's row shifted one column right (an empty cell inserted after the name): its 2006 value lands in
// column U, outside the header's 20 columns
workbook("shift-right.xlsx", undefined, (rows) => {
  const r = rowOf("上海市");
  rows[r] = [rows[r]![0]!, null, ...rows[r]!.slice(1)];
});

// F3: 上海's 2024 cell typed as a date (2024-01-01): Excel stores the day number 45292, a plausible GDP
workbook("date-cell.xlsx", (ws) => {
  ws[XLSX.utils.encode_cell({ r: rowOf("上海市"), c: 1 })] = { t: "d", v: new Date(Date.UTC(2024, 0, 1)) };
});

// F6: the same table stored uncompressed (as SheetJS writes it), with one digit changed inside the sheet
// XML: still well-formed, so only the entry's CRC-32 tells (安徽 2017 would import as 90141.8, not 30141.8)
const plain = workbook("plain.xlsx");
const at = plain.indexOf("<v>30141.8</v>");
if (at < 0) throw new Error("安徽 2017 cell not found");
const bitrot = Buffer.from(plain);
bitrot[at + 3] = "9".charCodeAt(0);
writeFileSync(out("bitrot.xlsx"), bitrot);

// R2: merged cells. 天津's and 河北's region cells merged vertically (河北's name only in the merged range's
// top-left cell, so its row reads as unnamed); 北京's 2024 and 2023 cells merged (2023 would read as missing);
// the title row merged across the table (harmless: not a header or a data row)
const merged = (file: string, range: (rows: typeof aoa) => XLSX.Range, clear: (rows: typeof aoa) => { r: number; c: number }) =>
  workbook(file, (ws) => {
    ws["!merges"] = [range(aoa)];
    delete ws[XLSX.utils.encode_cell(clear(aoa))];
  });
merged("merged-region.xlsx", () => ({ s: { r: rowOf("天津市"), c: 0 }, e: { r: rowOf("天津市") + 1, c: 0 } }), () => ({ r: rowOf("天津市") + 1, c: 0 }));
merged("merged-years.xlsx", () => ({ s: { r: rowOf("北京市"), c: 1 }, e: { r: rowOf("北京市"), c: 2 } }), () => ({ r: rowOf("北京市"), c: 2 }));
workbook("merged-title.xlsx", (ws) => {
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 10 } }];
});
