/**
 * Writes the derived fixtures of issue #9 from the real exports in test/fixtures/raw-exports/, so each
 * broken file can be traced to the file it was made from (test/fixtures/broken/README.md lists them):
 * - xls-crash/mutant-<k>.xls: seeded corruptions of the classic XLS export (test/helpers/xlsMutants.ts);
 * - broken/short-row-2026.csv: the 2026 multi-indicator export with 北京's first value cell removed;
 * - broken/nul-in-note.xls, broken/formula-without-value.xlsx: workbooks in the classic layout.
 * Run: node --import tsx scripts/make-broken-fixtures.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import { CRASHING_MUTANTS, xlsMutant } from "../test/helpers/xlsMutants.js";

const fixtures = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
const raw = (f: string) => readFileSync(`${fixtures}raw-exports/${f}`);

// 1. XLS files that killed Node
const xls = raw("classic-xls_分省年度数据.xls");
for (const k of CRASHING_MUTANTS) writeFileSync(`${fixtures}xls-crash/mutant-${k}.xls`, xlsMutant(xls, k));

// 2. a 2026-layout row one cell short: every later value shifts one indicator to the left
const multi = raw("new-platform-utf8_分省年度数据2024-多指标.csv").toString("utf8");
const shortRow = multi.replace(/^(北京市\t,)49670\.2\t,/m, "$1");
if (shortRow === multi) throw new Error("北京市 row not found");
writeFileSync(`${fixtures}broken/short-row-2026.csv`, shortRow);

// 3. workbooks in the classic layout: a NUL in the note (class 6); a formula cell without a stored result (class 10)
const classic = (cells: XLSX.CellObject[]): XLSX.WorkSheet => {
  const ws = XLSX.utils.aoa_to_sheet([["数据库：分省年度数据"], ["指标：地区生产总值(亿元)"], ["时间：最近2年"], ["地区", "2024年", "2023年"], ["北京市", 49843.1, 47731.6], ["天津市", 18024.3, 17390.4]]);
  cells.forEach((c, i) => (ws[XLSX.utils.encode_cell({ r: 6 + i, c: 0 })] = c));
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 5 + cells.length, c: 2 } });
  return ws;
};
const withNul = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(withNul, classic([{ t: "s", v: "注：第五次全国经济普查\u0000后修订。" }, { t: "s", v: "数据来源：国家统计局" }]), "分省年度数据");
writeFileSync(`${fixtures}broken/nul-in-note.xls`, XLSX.write(withNul, { type: "buffer", bookType: "biff8" }) as Buffer);
const withFormula = XLSX.utils.book_new();
const ws = classic([{ t: "s", v: "数据来源：国家统计局" }]);
ws["C6"] = { t: "n", f: "B6*0.96" } as XLSX.CellObject; // no v: no stored result
XLSX.utils.book_append_sheet(withFormula, ws, "分省年度数据");
writeFileSync(`${fixtures}broken/formula-without-value.xlsx`, XLSX.write(withFormula, { type: "buffer", bookType: "xlsx" }) as Buffer);
