import type { Text } from "../types/text.js";
import { at, type Location } from "./data.js";

/**
 * Words of `regecon import` and its parsers (src/data/import/, src/cli/import.ts): errors with file,
 * line, column and value, their hints, and the lines printed after an import. Region names, indicator
 * labels, cell values and notes read from a file are quoted data and appear as they are in both languages.
 */

export { badYearHint, checkPathHint, convertUnitHint } from "./data.js";

const list = (items: readonly string[], lang: "zh" | "en"): string => items.join(lang === "zh" ? "、" : ", ");

// ---- reading and decoding a file ----

export const cannotReadFile = (file: string, reason: string): Text => ({ zh: `无法读取文件 ${file}：${reason}`, en: `cannot read the file ${file}: ${reason}` });
export const emptyFile = (file: string): Text => ({ zh: `${file}：文件是空的`, en: `${file}: the file is empty` });
export const reexportHint: Text = { zh: "请重新导出完整文件。", en: "Export the complete file again." };
export const utf16 = (file: string): Text => ({ zh: `${file}：文件是 UTF-16 编码，无法导入`, en: `${file}: the file is UTF-16 encoded and cannot be imported` });
export const nulByte = (file: string, line: number, column: number): Text => ({
  zh: `${file} 第${line}行第${column}个字符：含空字节（NUL），不是文本 CSV`,
  en: `${file}, line ${line}, character ${column}: a NUL byte; this is not a text CSV`,
});
export const saveAsUtf8Hint: Text = { zh: "请另存为 UTF-8 或 GBK（GB18030）编码的 CSV。", en: "Save it as CSV in UTF-8 or GBK (GB18030)." };
/** The same conditions for a text document (`regecon check`, bulletins): the file is not text. */
export const utf16Text = (file: string): Text => ({ zh: `${file}：文件是 UTF-16 编码，无法读取`, en: `${file}: the file is UTF-16 encoded and cannot be read` });
export const nulByteText = (file: string, line: number, column: number): Text => ({
  zh: `${file} 第${line}行第${column}个字符：含空字节（NUL），不是文本文件（可能是二进制文件或改了扩展名的其他格式）`,
  en: `${file}, line ${line}, character ${column}: a NUL byte; this is not a text file (a binary file, or another format renamed)`,
});
export const binaryText = (file: string): Text => ({ zh: `${file}：不是可解码的文本文件（二进制内容）`, en: `${file}: not a decodable text file (binary content)` });
export const saveAsTextHint: Text = {
  zh: "请提供文本格式的文件：另存为 UTF-8 或 GBK 编码的 .txt、.md 或 .html，或 Word 的 .docx。",
  en: "Give a text file: save it as .txt, .md or .html in UTF-8 or GBK, or as a Word .docx.",
};
export const undecodable = (file: string, line: number, column: number, encoding: string): Text => ({
  zh: `${file} 第${line}行第${column}个字符：无法按 ${encoding} 解码（文件编码与声明不符或文件已损坏）`,
  en: `${file}, line ${line}, character ${column}: cannot be decoded as ${encoding} (the encoding differs from the declared one, or the file is damaged)`,
});
export const undecodableHint: Text = {
  zh: "带 BOM 的文件必须整体是 UTF-8；国家统计局经典导出为 GBK 且无 BOM。请用原始导出文件或另存为 UTF-8。",
  en: "A file with a BOM must be UTF-8 throughout; the classic NBS export is GBK without a BOM. Use the original export or save it as UTF-8.",
};
export const undecodableGbkHint: Text = {
  zh: "文件不是有效的 UTF-8，按 GBK（GB18030）也无法完整解码：可能是其他编码（如繁体 Big5），或已损坏。请用原始导出文件，或另存为 UTF-8。",
  en: "The file is not valid UTF-8 and cannot be decoded as GBK (GB18030) either: it may be in another encoding (such as Big5) or damaged. Use the original export, or save it as UTF-8.",
};
export const undecodableAtEndHint: Text = {
  zh: "文件在一个汉字的中间结束，多半被截断了：请重新导出完整文件。",
  en: "The file ends in the middle of a character, so it was most likely cut off: export the complete file again.",
};
/** Added to the hint of an unrecognised header that looks like text in the wrong encoding (`headerEncodingSuspect`). */
export const headerEncodingHint = (suspect: "otherEncoding" | "doubleUtf8"): Text =>
  suspect === "otherEncoding"
    ? {
        zh: "文件按 GBK（GB18030）读取；若上面的表头是乱码，文件多半是另一种编码（如繁体 Big5），请另存为 UTF-8 或 GBK 后再导入。",
        en: "The file was read as GBK (GB18030); if the header above is garbled, the file is most likely in another encoding (such as Big5): save it as UTF-8 or GBK and import it again.",
      }
    : {
        zh: "表头含有 æ、å 一类字符，像是 UTF-8 文本被当作另一种编码再次保存（双重编码）：请用原始导出文件。",
        en: "The header holds characters such as æ and å, as UTF-8 text saved again as if it were another encoding (double-encoded) would: use the original export.",
      };
export const unclosedQuote = (loc: Location): Text => ({
  zh: `${at(loc).zh}：引号未闭合，文件在引号内结束（文件可能被截断）`,
  en: `${at(loc).en}: a quote opens here and never closes; the file ends inside it (it may be truncated)`,
});

export const endsMidLine = (file: string, line: number): Text => ({
  zh: `${file}：文件在第${line}行中间结束：最后一行没有换行符，文件末尾也没有国家统计局导出必有的“注：”或“数据来源：”行，文件可能不完整（最后一个数值可能被截断）`,
  en: `${file}: the file ends in the middle of line ${line}: the last line has no line break, and the file lacks the "注：" or "数据来源：" lines every NBS export ends with, so it may be incomplete (its last number may be cut)`,
});
export const endsMidLineHint: Text = {
  zh: "请重新导出完整文件；若文件是自己整理的，检查最后一行是否完整，并在末尾加一个换行。",
  en: "Export the complete file again; for a file you made yourself, check that the last line is complete and end it with a line break.",
};

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const sizeText = (n: number) => (n >= 2 ** 20 ? `${mib(n)} MiB` : `${Math.round((n / 1024) * 10) / 10} KiB`);
export const lineTooLong = (file: string, line: number, bytes: number, max: number): Text => ({
  zh: `${file} 第${line}行：这一行有 ${sizeText(bytes)}，超过每行 ${sizeText(max)} 的上限；统计表的行不会这么长，文件不是统计表或已损坏`,
  en: `${file}, line ${line}: the line has ${sizeText(bytes)}, more than the ${sizeText(max)} a line may have; no statistics table has such lines, so the file is not one or is damaged`,
});
export const lineTooLongHint: Text = {
  zh: "检查文件是否是国家统计局导出表或长表 CSV（每行以换行结束）；请重新导出。",
  en: "Check that the file is an NBS export or a tidy CSV (each row ending with a line break); export it again.",
};
/** NOTE_TOO_LONG: characters of a file's notes, source and metadata text, and the limit (in characters). */
export const notesTooLong = (file: string, chars: number, max: number): Text => ({
  zh: `${file}：注释、数据来源和说明行共有 ${chars} 个字符，超过上限 ${max}（国家统计局导出的注释通常不到 2000 字）；这样的文本会随数据版本保存，拖慢以后的每个命令`,
  en: `${file}: the notes, source and metadata lines hold ${chars} characters together, more than the ${max} allowed (an NBS export's notes are usually under 2,000); such text is stored with the vintage and would slow every later command`,
});
export const notesTooLongHint: Text = {
  zh: "删去或缩短文件末尾的“注：”“数据来源：”等说明文字后再导入；说明可另存为文档。",
  en: 'Remove or shorten the "注：" and "数据来源：" text at the end of the file, then import it; keep long explanations in a separate document.',
};

// ---- workbooks (XLS/XLSX) ----

/** Why a workbook could not be read. */
export type SpreadsheetProblem =
  | { kind: "bytes"; bytes: number; max: number }
  | { kind: "notWorkbook" }
  | {
      kind: "zip";
      problem: { kind: "directory" } | { kind: "entry"; entry: string; problem: "crc" | "size" | "data" | "method" } | { kind: "entryTooLarge"; entry: string; bytes: number; max: number };
    }
  | { kind: "noSheet" }
  | { kind: "range"; rows: number; columns: number; limits: { maxRows: number; maxColumns: number; maxCells: number } }
  | { kind: "memory"; mb: number }
  | { kind: "time"; ms: number }
  | { kind: "crashed" }
  | { kind: "formula"; cell: string };

export function spreadsheetReason(p: SpreadsheetProblem): Text {
  switch (p.kind) {
    case "bytes":
      return { zh: `文件有 ${mib(p.bytes)} MiB，超过工作簿的上限 ${mib(p.max)} MiB`, en: `the file has ${mib(p.bytes)} MiB, more than the ${mib(p.max)} MiB allowed for a workbook` };
    case "notWorkbook":
      return { zh: "文件已损坏，或不是 XLS/XLSX 工作簿（无法解析它的结构）", en: "the file is damaged or not an XLS/XLSX workbook (its structure cannot be parsed)" };
    case "zip":
      return zipReason(p.problem);
    case "noSheet":
      return { zh: "工作簿中没有工作表", en: "the workbook has no sheet" };
    case "range":
      return {
        zh: `工作表的范围有 ${p.rows} 行 × ${p.columns} 列，超过上限（${p.limits.maxRows} 行、${p.limits.maxColumns} 列、${p.limits.maxCells} 个单元格；文件可能已损坏）`,
        en: `the sheet's range has ${p.rows} rows × ${p.columns} columns, beyond the limits (${p.limits.maxRows} rows, ${p.limits.maxColumns} columns, ${p.limits.maxCells} cells; the file may be damaged)`,
      };
    case "memory":
      return { zh: `读取时内存超过 ${p.mb} MiB 的上限（文件可能已损坏）`, en: `reading it needed more than the ${p.mb} MiB memory limit (the file may be damaged)` };
    case "time":
      return { zh: `读取超过 ${p.ms / 1000} 秒的时间上限（文件可能已损坏）`, en: `reading it took longer than the ${p.ms / 1000} s time limit (the file may be damaged)` };
    case "crashed":
      return { zh: "读取工作簿的线程意外终止（文件可能已损坏）", en: "the thread reading the workbook stopped unexpectedly (the file may be damaged)" };
    case "formula":
      return {
        zh: `单元格 ${p.cell} 是公式，但文件中没有保存计算结果（导入不计算公式，也不把它当作缺失值）`,
        en: `cell ${p.cell} holds a formula without a stored result (the importer does not evaluate formulas, nor treat them as missing)`,
      };
  }
}

/** Why an XLSX archive is damaged (`zipProblem` in src/data/import/zipIntegrity.ts). */
function zipReason(p: Extract<SpreadsheetProblem, { kind: "zip" }>["problem"]): Text {
  switch (p.kind) {
    case "directory":
      return { zh: "文件已损坏：ZIP 目录不完整或不可读（文件可能被截断）", en: "the file is damaged: its ZIP directory is incomplete or unreadable (the file may be truncated)" };
    case "entryTooLarge":
      return { zh: `${p.entry} 解压后有 ${mib(p.bytes)} MiB，超过读取上限 ${mib(p.max)} MiB`, en: `${p.entry} unpacks to ${mib(p.bytes)} MiB, more than the ${mib(p.max)} MiB that can be read` };
    case "entry": {
      const what: Record<typeof p.problem, Text> = {
        crc: { zh: "内容与其校验和（CRC-32）不符，有字节被改动过", en: "does not match its checksum (CRC-32): bytes in it were changed" },
        size: { zh: "长度与 ZIP 目录所记不符", en: "has another length than the ZIP directory states" },
        data: { zh: "压缩数据损坏，无法解压", en: "holds damaged compressed data that cannot be unpacked" },
        method: { zh: "使用了不支持的压缩方式", en: "uses an unsupported compression method" },
      };
      return { zh: `文件已损坏：其中的 ${p.entry} ${what[p.problem].zh}`, en: `the file is damaged: its part ${p.entry} ${what[p.problem].en}` };
    }
  }
}

export const spreadsheetUnreadable = (file: string, reason: Text): Text => ({ zh: `${file}：无法读取：${reason.zh}`, en: `${file}: cannot be read: ${reason.en}` });
export const spreadsheetHint: Text = {
  zh: "请从国家统计局数据库重新导出文件；含公式的表格请在 Excel 中重新计算并保存，或另存为 CSV。",
  en: "Export the file again from the NBS database; for a sheet with formulas, recalculate and save it in Excel, or save it as CSV.",
};

export const mergedCell = (loc: Location, range: string): Text => ({
  zh: `${at(loc).zh}：是合并单元格 ${range} 的一部分（合并单元格的值只保存在左上角，其余单元格读出来是空的，会变成缺失的年份或无名的地区）`,
  en: `${at(loc).en}: part of the merged cells ${range} (a merged range keeps its value in its top-left cell only, the others read as empty: a missing year or an unnamed region)`,
});
export const mergedCellHint: Text = {
  zh: "表头和数据行不能有合并单元格：在 Excel 中取消合并，并在每个单元格填入它的值；或重新导出文件。",
  en: "Headers and data rows cannot hold merged cells: unmerge them in Excel and fill every cell with its value, or export the file again.",
};

// ---- headers and layouts ----

export const noHeader = (file: string): Text => ({ zh: `${file}：文件没有表头和数据行`, en: `${file}: the file has no header and no data rows` });
export const unknownHeader = (loc: Location, found: string): Text => ({
  zh: `${at(loc).zh}：无法识别的表头“${found}”，既不是国家统计局导出表也不是长表`,
  en: `${at(loc).en}: unrecognised header "${found}": neither an NBS export nor a tidy CSV`,
});
export const acceptedHeaders: Text = {
  zh:
    "可导入两种表头：(1) 国家统计局导出表：可选的“数据库：/指标：/时间：”行之后，表头为“地区,2024年,2023年,…”（多指标表为“地区,地区生产总值 (亿元),…”，全国年度数据为“指标,2024年,…”）；" +
    "(2) 长表：表头含 region,year,indicator,value（可加 unit、source），也接受 regecon export 写出的 region_code,region_name,year,indicator,value,unit,source_id,vintage。",
  en:
    'Two headers can be imported: (1) an NBS export: after optional "数据库：/指标：/时间：" lines, the header "地区,2024年,2023年,…" (multi-indicator files: "地区,地区生产总值 (亿元),…"; national annual data: "指标,2024年,…"); ' +
    "(2) a tidy CSV: a header with region,year,indicator,value (unit and source optional), or the region_code,region_name,year,indicator,value,unit,source_id,vintage written by regecon export.",
};
/** The hint for a header that is almost a tidy table: the required columns it lacks (never all of them). */
export const almostTidyHint = (missing: readonly string[]): Text => ({
  zh: `表头像长表，但缺少 ${missing.join(", ")} 列：长表须有 region,year,indicator,value 四列（region 也可写作 region_code）。例如给每行加一列 indicator，填入指标目录（data/indicators.csv）中的 id，如 trade_total_by_operator_location，然后 regecon import 该文件。`,
  en: `The header looks like a tidy table but lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}: a tidy CSV has region,year,indicator,value (region may be region_code). E.g. add an indicator column holding a catalogue id (data/indicators.csv) such as trade_total_by_operator_location, then regecon import the file.`,
});
export const noYearColumns = (loc: Location, first: string): Text => ({
  zh: `${at(loc).zh}：表头“${first}”之后没有年份列`,
  en: `${at(loc).en}: no year columns after the header cell "${first}"`,
});
export const yearHeaderHint: Text = { zh: "表头应为“地区,2024年,2023年,…”。", en: 'The header should read "地区,2024年,2023年,…".' };
export const notAYearColumn = (loc: Location, label: string, singleYear: boolean): Text => ({
  zh: `${at(loc).zh}：表头“${label}”不是年份（应为“2024年”）${singleYear ? "" : "，且“时间：”行不是单一年份，不能当作多指标表"}`,
  en: `${at(loc).en}: the header "${label}" is not a year (expected e.g. 2024年)${singleYear ? "" : ', and the "时间：" line is not a single year, so this is not a multi-indicator file either'}`,
});
export const yearOrMultiHeaderHint: Text = {
  zh: "逐年表头应为“地区,2024年,2023年,…”；多指标表应有“时间：2024年”一行、表头为“地区,地区生产总值 (亿元),…”。",
  en: 'A header of years reads "地区,2024年,2023年,…"; a multi-indicator file has a "时间：2024年" line and the header "地区,地区生产总值 (亿元),…".',
};
export const duplicateYear = (loc: Location, year: number, first: number, second: number): Text => ({
  zh: `${at(loc).zh}：${year}年出现在第${first}列和第${second}列`,
  en: `${at(loc).en}: the year ${year} is in column ${first} and in column ${second}`,
});
export const duplicateYearHint: Text = { zh: "每个年份只能有一列。", en: "Each year may have one column only." };
export const indicatorOnMultiFile = (file: string): Text => ({
  zh: `${file}：这是多指标表（每列一个指标），不能用 --indicator`,
  en: `${file}: this is a multi-indicator file (one indicator per column); --indicator does not apply`,
});
export const indicatorOnMultiFileHint: Text = { zh: "去掉 --indicator；各列按列名对应指标目录。", en: "Leave out --indicator; each column is matched to the catalogue by its name." };

// ---- indicators ----

export const unknownIndicatorLine = (loc: Location, label: string): Text => ({
  zh: `${at(loc).zh}：指标“${label}”不在指标目录中`,
  en: `${at(loc).en}: the indicator "${label}" is not in the catalogue`,
});
export const registerIndicatorHint: Text = {
  zh: "用 --indicator ID 指定指标，或在 data/indicators.csv 的 nbs_names 列中登记这个名称。",
  en: "Name the indicator with --indicator ID, or add this name to the nbs_names column of data/indicators.csv.",
};
export const unknownIndicatorColumns = (loc: Location, columns: readonly { column: number; label: string }[]): Text => ({
  zh: `${at(loc).zh}：无法识别的指标 ${list(columns.map((c) => `第${c.column}列“${c.label}”`), "zh")}`,
  en: `${at(loc).en}: unrecognised indicators ${list(columns.map((c) => `column ${c.column} "${c.label}"`), "en")}`,
});
export const unknownIndicatorRows = (file: string, rows: readonly { name: string; line: number }[]): Text => ({
  zh: `${file}：无法识别的指标：${list(rows.map((r) => `${r.name}（第${r.line}行）`), "zh")}`,
  en: `${file}: unrecognised indicators: ${list(rows.map((r) => `"${r.name}" (line ${r.line})`), "en")}`,
});
export const registerIndicatorNamesHint: Text = {
  zh: "在 data/indicators.csv 的 nbs_names 列中登记这些名称（以 | 分隔）。",
  en: "Add these names to the nbs_names column of data/indicators.csv (separated by |).",
};
export const unknownIndicatorOption = (where: Text, id: string, known: readonly string[]): { text: Text; hint: Text } => ({
  text: { zh: `${where.zh}：未知指标 ${id}`, en: `${where.en}: unknown indicator ${id}` },
  hint: {
    zh: `已知指标：${known.join(", ")}（regecon indicators 列出各指标的名称和单位；目录见 data/indicators.csv）`,
    en: `known indicators: ${known.join(", ")} (regecon indicators lists their names and units; catalogue: data/indicators.csv)`,
  },
});
export const fileUnitMismatch = (where: Text, fileUnit: string, def: { id: string; nameZh: string; nameEn: string; unit: string; unitEn: string }): Text => ({
  zh: `${where.zh}：文件中的单位是 ${fileUnit}，指标 ${def.id}（${def.nameZh}）的单位是 ${def.unit}`,
  en: `${where.en}: the file's unit is "${fileUnit}", the unit of ${def.id} (${def.nameEn}) is ${def.unitEn}`,
});
export const fileUnitMismatchHint: Text = {
  zh: "换算单位后再导入，或用 --indicator 指定单位相符的指标。",
  en: "Convert the unit before importing, or name an indicator with this unit with --indicator.",
};
/** `--indicator` names another catalogue indicator than the file's own 指标 line. */
export const indicatorContradictsFile = (
  loc: Location,
  label: string,
  named: { id: string; nameZh: string; nameEn: string },
  option: string,
  optionDef: { nameZh: string; nameEn: string },
): Text => ({
  zh: `${at(loc).zh}：文件的指标行是“${label}”（${named.id}，${named.nameZh}），与 --indicator ${option}（${optionDef.nameZh}）不符；文件已写明指标时不能用 --indicator 改成别的指标`,
  en: `${at(loc).en}: the file's indicator line is "${label}" (${named.id}, ${named.nameEn}), which contradicts --indicator ${option} (${optionDef.nameEn}); --indicator cannot turn a file that names its indicator into another one`,
});
export const indicatorContradictsFileHint: Text = {
  zh: "去掉 --indicator（文件自己的指标行已足够）；若确是另一个指标的数据，先检查文件内容并改正它的“指标：”行。--indicator 用于没有“指标：”行的文件。",
  en: 'Leave out --indicator (the file\'s own indicator line is enough); if the data really are another indicator, check the file and correct its "指标：" line. --indicator is for files without an indicator line.',
};
export const noIndicator = (file: string): Text => ({
  zh: `${file}：文件中没有“指标：”行，无法确定指标（不根据文件名猜测）`,
  en: `${file}: the file has no "指标：" (indicator) line, so its indicator is unknown (it is never guessed from the file name)`,
});
/** The NO_INDICATOR hint; `candidates` are indicators named in the file name whose plausible range the values fit. */
export const noIndicatorHint = (candidates: readonly string[]): Text => ({
  zh: `用 --indicator ID 指定指标${candidates.length ? `，文件名和数值提示可能是：${candidates.map((g) => `--indicator ${g}`).join(" 或 ")}` : ""}；指标目录见 data/indicators.csv。`,
  en: `Name the indicator with --indicator ID${candidates.length ? `; the file name and the values suggest ${candidates.map((g) => `--indicator ${g}`).join(" or ")}` : ""}; the catalogue is data/indicators.csv.`,
});

// ---- rows and cells ----

export const duplicateRegion = (loc: Location, name: string, first: number): Text => ({
  zh: `${at(loc).zh}：地区“${name}”重复（第${first}行已有）`,
  en: `${at(loc).en}: the region "${name}" occurs again (already on line ${first})`,
});
export const duplicateRegionHint: Text = { zh: "每个地区只能有一行；删去重复行后再导入。", en: "Each region may have one row only; remove the duplicate row and import again." };
export const unknownRegionRows = (file: string, rows: readonly { name: string; line: number }[]): Text => ({
  zh: `${file}：无法识别的地区名称：${list(rows.map((r) => (r.name === "" ? `第${r.line}行第1列为空` : `${r.name}（第${r.line}行）`)), "zh")}`,
  en: `${file}: unrecognised region names: ${list(rows.map((r) => (r.name === "" ? `line ${r.line}, column 1 is empty` : `"${r.name}" (line ${r.line})`)), "en")}`,
});
export const regionNamesRowsHint: Text = {
  zh: "可用全称（内蒙古自治区）、简称（内蒙古）、英文或拼音；名称表见 data/regions/provinces.csv。",
  en: "Use the full name (内蒙古自治区), the short name (内蒙古), English or pinyin; the name table is data/regions/provinces.csv.",
};
export const shortRow = (loc: Location, present: number, width: number): Text => ({
  zh: `${at(loc).zh}：只有${present}列，表头有${width}列（少了单元格，其后的数值会错位到别的年份或指标；文件可能被截断或改动过）`,
  en: `${at(loc).en}: ${present} cells where the header has ${width} (a cell is missing, so the values after it would shift into other years or indicators; the file may be truncated or edited)`,
});
export const shortRowHint: Text = {
  zh: "每行的单元格数应与表头一致；请重新导出完整文件，未公布的值应是空单元格而不是缺列。",
  en: "Every row must have as many cells as the header; export the complete file again (an unpublished value is an empty cell, not a missing one).",
};
export const longRow = (loc: Location, present: number, width: number, first?: { column: number; value: string }): Text => ({
  zh: `${at(loc).zh}：有${present}列，表头只有${width}列${first ? `（第${first.column}列在表头之外还有数据“${first.value}”）` : ""}`,
  en: `${at(loc).en}: ${present} cells where the header has ${width}${first ? ` (column ${first.column}, beyond the header, holds "${first.value}")` : ""}`,
});
export const longRowHint: Text = { zh: "每行的单元格数应与表头一致。", en: "Every row must have as many cells as the header." };
/** A value in a column the header does not label (a workbook row shifted right keeps its cell count). */
export const cellBeyondHeader = (loc: Location, value: string, labelled: number): Text => ({
  zh: `${at(loc).zh}：表头只有${labelled}列，这一列在表头之外，却有数据“${value}”（该行可能整体错位了一列，数值会落到别的年份或指标）`,
  en: `${at(loc).en}: the header labels ${labelled} columns; this cell lies beyond them yet holds "${value}" (the row may be shifted by a column, which would move its values into other years or indicators)`,
});
export const cellBeyondHeaderHint: Text = {
  zh: "检查该行是否插入了多余的单元格；表头之外不能有数据。请重新导出文件，或删去多余的单元格。",
  en: "Check the row for an inserted cell; no data may lie outside the header's columns. Export the file again, or delete the extra cell.",
};
export const notNumericCell = (loc: Location, raw: string): Text => ({ zh: `${at(loc).zh}：“${raw}”不是数值`, en: `${at(loc).en}: "${raw}" is not a number` });
export const notNumericCellHint: Text = {
  zh: "数值单元格只能是数字；未公布的值请留空。",
  en: "A value cell may hold a number only; leave unpublished values empty.",
};
export const notNumericTidyHint: Text = { zh: "value 只能是数字；缺失值请留空。", en: "value must be a number; leave missing values empty." };
/**
 * The NOT_NUMERIC hint for a cell that looks like a number written another way (`numberLookalike` in
 * src/data/import/cells.ts), else `general`: how to write it, the number as it should read.
 */
export const notNumericLookalikeHint = (like: { kind: "thousands" | "fullWidth"; fixed: string } | { kind: "date" } | undefined, general: Text): Text => {
  if (!like) return general;
  switch (like.kind) {
    case "thousands":
      return { zh: `去掉千位分隔符：应写作 ${like.fixed}（导入不猜测逗号的含义）。`, en: `Remove the thousands separators: write ${like.fixed} (the importer does not guess what a comma means).` };
    case "fullWidth":
      return { zh: `全角数字请改为半角：应写作 ${like.fixed}（导入不自动转换）。`, en: `Write full-width digits as ASCII digits: ${like.fixed} (the importer does not convert them).` };
    case "date":
      return {
        zh: "这是日期单元格：Excel 把日期存为天数序号（2024-01-01 存为 45292），不能当作数值导入。请把单元格格式改为“数值”并填入正确的数值。",
        en: "This is a date cell: Excel stores a date as a day number (2024-01-01 as 45292), which cannot be imported as a value. Format the cell as a number and enter the right value.",
      };
  }
};
export const futureYearCell = (loc: Location, raw: string, rule: Text): Text => ({
  zh: `${at(loc).zh}：有数值“${raw}”，但${rule.zh}`,
  en: `${at(loc).en}: holds the value "${raw}", but ${rule.en}`,
});
export const futureYearHint: Text = {
  zh: "晚于当前年份的列只能是空的；请检查表头的年份。",
  en: "A column for a year after the current one can only be empty; check the years of the header.",
};
export const badYearCell = (loc: Location, rule: Text): Text => ({ zh: `${at(loc).zh}：${rule.zh}`, en: `${at(loc).en}: ${rule.en}` });
export const noValues = (file: string): Text => ({ zh: `${file}：没有任何数值`, en: `${file}: no values` });
export const noValuesHint: Text = { zh: "文件只有表头或全部为空单元格。", en: "The file has only a header, or only empty cells." };

/** A year of a level indicator whose province values are all alike, as an index or a share would be. */
export const levelsTooAlike = (
  file: string,
  p: { indicator: { id: string; nameZh: string; nameEn: string; unit: string; unitEn: string }; year: number; provinces: number; min: number; max: number },
  spread: number,
): Text => ({
  zh:
    `${file}：${p.year}年 ${p.provinces} 个省份的 ${p.indicator.id}（${p.indicator.nameZh}）数值都在 ${p.min} 至 ${p.max} ${p.indicator.unit}之间，最大值不到最小值的 ${spread} 倍；` +
    `总量指标在各省之间相差数倍乃至数十倍，这些数值更像指数、增速或比率：文件的指标或单位可能弄错了`,
  en:
    `${file}: in ${p.year} the values of ${p.indicator.id} (${p.indicator.nameEn}) for ${p.provinces} provinces all lie between ${p.min} and ${p.max} (in ${p.indicator.unitEn}), the largest less than ${spread} times the smallest; ` +
    `a level differs between provinces by a factor of several to tens, so these look like an index, a growth rate or a ratio: the file's indicator or unit is probably wrong`,
});
export const levelsTooAlikeHint: Text = {
  zh: "检查 --indicator 或“指标：”行是否与文件内容相符（如“地区生产总值指数”文件应为 --indicator gdp_index_prev_year）。",
  en: 'Check that --indicator or the "指标：" line matches the file (a "地区生产总值指数" file is --indicator gdp_index_prev_year).',
};

/** A year of an indicator in % whose province values are all below 1 % in size, as fractions would be. */
export const percentAsFraction = (
  file: string,
  p: { indicator: { id: string; nameZh: string; nameEn: string }; year: number; provinces: number; min: number; max: number },
  largest: number,
): Text => ({
  zh: `${file}：${p.year}年 ${p.provinces} 个省份的 ${p.indicator.id}（${p.indicator.nameZh}）数值都在 ${p.min} 至 ${p.max} 之间，没有一个省份达到 ${largest}%；这些数值像是小数（0.0658）而不是百分数（6.58）`,
  en: `${file}: in ${p.year} the values of ${p.indicator.id} (${p.indicator.nameEn}) for ${p.provinces} provinces all lie between ${p.min} and ${p.max}, none reaching ${largest}%; they look like fractions (0.0658) rather than percentages (6.58)`,
});
export const percentAsFractionHint: Text = {
  zh: "这个指标以百分数（%）计：把小数乘以 100 后再导入（0.0658 应写作 6.58）。",
  en: "This indicator is measured in per cent: multiply the fractions by 100 before importing (0.0658 is 6.58).",
};

// ---- tidy CSV ----

export const tidyMissingColumns = (loc: Location, missing: readonly string[]): Text => ({
  zh: `${at(loc).zh}：缺少列 ${missing.join(", ")}`,
  en: `${at(loc).en}: missing columns ${missing.join(", ")}`,
});
export const tidyColumnsHint = (columns: readonly string[]): Text => ({
  zh: `长表的列：${columns.join(", ")}（unit、source 可省略；也可用 regecon export 的列名 region_code、source_id）`,
  en: `Columns of a tidy CSV: ${columns.join(", ")} (unit and source optional; the names region_code and source_id written by regecon export work too)`,
});
export const unknownTidyIndicator = (loc: Location, id: string): Text => ({ zh: `${at(loc).zh}：未知指标“${id}”`, en: `${at(loc).en}: unknown indicator "${id}"` });
export const newIndicatorIdHint: Text = {
  zh: "新指标的 id 应为小写字母、数字和下划线，且必须给出 unit。",
  en: "A new indicator's id is lower-case letters, digits and underscores, and its unit must be given.",
};
export const tidyIndicatorHint: Text = {
  zh: "指标 id 见 data/indicators.csv；确需新指标时加 --new-indicators 并在 unit 列给出单位。",
  en: "Indicator ids are listed in data/indicators.csv; for a new indicator add --new-indicators and give its unit in the unit column.",
};
/** `unitEn`: the catalogue's English unit, or (a user-created indicator) the unit as the file first gave it. */
export const tidyUnitMismatch = (loc: Location, fileUnit: string, id: string, unit: string, unitEn: string): Text => ({
  zh: `${at(loc).zh}：单位“${fileUnit}”与指标 ${id} 的单位“${unit}”不符`,
  en: `${at(loc).en}: the unit "${fileUnit}" differs from the unit of ${id}, "${unitEn}"`,
});
/** Unknown region names or codes of a tidy CSV, with the first line of each (at most 50 listed). */
export const unknownTidyRegions = (file: string, regions: readonly { name: string; line: number }[]): Text => {
  const shown = regions.slice(0, 50);
  const more = regions.length - shown.length;
  return {
    zh: `${file}：无法识别的地区名称或代码：${list(shown.map((r) => `${r.name}（第${r.line}行）`), "zh")}${more > 0 ? ` 等 ${regions.length} 个` : ""}`,
    en: `${file}: unrecognised region names or codes: ${list(shown.map((r) => `"${r.name}" (line ${r.line})`), "en")}${more > 0 ? ` and ${more} more` : ""}`,
  };
};
export const tidyRegionHint: Text = {
  zh: "region 可用全称、简称、英文、拼音，或六位 GB/T 2260 代码（省级代码如 110000，或前两位为某省代码的市、县代码如 110105，后者须加 --allow-subprovincial）；名称表见 data/regions/provinces.csv。",
  en: "region may be a full, short, English or pinyin name, or a six-digit GB/T 2260 code (a province's such as 110000, or a city or county code whose first two digits are a province's such as 110105, which needs --allow-subprovincial); the name table is data/regions/provinces.csv.",
};

/** Codes below province level of a tidy table without --allow-subprovincial: the first few, their lines and counts. */
export const regionsBelowProvince = (file: string, codes: readonly { code: string; line: number; count: number }[]): Text => {
  const shown = codes.slice(0, 10);
  const values = codes.reduce((n, c) => n + c.count, 0);
  const more = codes.length - shown.length;
  return {
    zh: `${file}：${values} 个观测值属于 ${codes.length} 个省级以下地区：${list(shown.map((c) => `${c.code}（第${c.line}行起，${c.count} 个）`), "zh")}${more > 0 ? ` 等` : ""}；它们不在地区表中，任何省级报告都不会读取（省级代码以 0000 结尾，如北京 110000）`,
    en: `${file}: ${values} observations belong to ${codes.length} regions below province level: ${list(shown.map((c) => `${c.code} (from line ${c.line}, ${c.count})`), "en")}${more > 0 ? ` and ${more} more` : ""}; they are not in the region table and no provincial report reads them (province codes end in 0000, e.g. Beijing 110000)`,
  };
};
export const regionsBelowProvinceHint: Text = {
  zh: "若本想写省级代码，请改正（如 110000）；若确是市、县面板数据，加 --allow-subprovincial 导入。",
  en: "If you meant province codes, correct them (e.g. 110000); for a city or county panel, import with --allow-subprovincial.",
};

// ---- economic censuses ----

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const ORDINALS = ["", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"];

/** An economic census by number: 第五次全国经济普查 / the 5th national economic census. */
export const censusTitle = (n: number): Text => ({
  zh: `第${NUMERALS[n] ?? n}次全国经济普查`,
  en: `the ${ORDINALS[n] ?? `${n}th`} national economic census`,
});

// ---- history: a new value far from the current one ----

/** A new value that replaces the current one by more than the limit, as `regecon import` reports it. */
export interface RevisionWords {
  file: string;
  line: number;
  /** The region's name in each language (a province's short name, else its code). */
  region: Text;
  year: number;
  indicator: string;
  value: number;
  current: number;
  currentVintage: string;
  factor: number;
}

const times = (f: number) => (f >= 100 ? String(Math.round(f)) : String(Math.round(f * 10) / 10));
const revisionItem = (r: RevisionWords): Text => ({
  zh: `${r.file} 第${r.line}行：${r.region.zh} ${r.year}年 ${r.indicator} 新值 ${r.value}，现有值 ${r.current}（版本 ${r.currentVintage}），相差 ${times(r.factor)} 倍`,
  en: `${r.file}, line ${r.line}: ${r.region.en} ${r.year} ${r.indicator} new value ${r.value}, current value ${r.current} (vintage ${r.currentVintage}), a factor of ${times(r.factor)}`,
});

/** IMPLAUSIBLE_VALUE for revisions beyond the limit: the first few named, with the count. */
export const implausibleRevisions = (items: readonly RevisionWords[], total: number, limit: number): Text => {
  const shown = items.map(revisionItem);
  return {
    zh: `${total} 个新值与要替代的现有值相差超过 ${limit} 倍，多半是单位或指标弄错了（数据库未改动）：\n  ${shown.map((s) => s.zh).join("\n  ")}${total > shown.length ? `\n  …另有 ${total - shown.length} 个` : ""}`,
    en: `${total} new values differ from the current values they would replace by a factor above ${limit}, most likely a unit or indicator mistake (the store is unchanged):\n  ${shown.map((s) => s.en).join("\n  ")}${total > shown.length ? `\n  … and ${total - shown.length} more` : ""}`,
  };
};
export const implausibleRevisionsHint: Text = {
  zh: "检查文件的单位（元与万元、亿元与万元）和指标（--indicator）；若确是要导入的修订，加 --allow-revision 重新导入（会记入该版本的注释）。",
  en: "Check the file's unit (yuan vs 10,000 yuan, 100 million vs 10,000 yuan) and its indicator (--indicator); if the revision is intended, import again with --allow-revision (recorded in the vintage's notes).",
};
/** The note recorded with a vintage imported with --allow-revision. */
export const allowedRevisionNote = (count: number, limit: number, example: RevisionWords): Text => ({
  zh: `regecon import --allow-revision：用户确认导入 ${count} 个与现有值相差超过 ${limit} 倍的数值（例如 ${revisionItem(example).zh}）`,
  en: `regecon import --allow-revision: the user confirmed ${count} values that differ from the current ones by a factor above ${limit} (e.g. ${revisionItem(example).en})`,
});
export const allowedRevisionLine = (count: number, limit: number): Text => ({
  zh: `  注意：按 --allow-revision，${count} 个数值替代了与之相差超过 ${limit} 倍的现有值（已记入版本注释）`,
  en: `  note: with --allow-revision, ${count} values replaced current values that differ by a factor above ${limit} (recorded in the vintage's notes)`,
});

// ---- history: existing numbers moved to other cells ----

/** A changed value that equals the current value of another cell, as `regecon import` reports it. */
export interface PermutedWords {
  file: string;
  line: number;
  region: Text;
  year: number;
  indicator: string;
  value: number;
  current: number;
  /** The cell holding this number now. */
  holderRegion: Text;
  holderYear: number;
}

const permutedItem = (p: PermutedWords): Text => ({
  zh: `${p.file} 第${p.line}行：${p.region.zh} ${p.year}年 ${p.indicator} 新值 ${p.value}（现有值 ${p.current}）= ${p.holderRegion.zh} ${p.holderYear}年的现有值`,
  en: `${p.file}, line ${p.line}: ${p.region.en} ${p.year} ${p.indicator} new value ${p.value} (current ${p.current}) = the current value of ${p.holderRegion.en} ${p.holderYear}`,
});

/** IMPLAUSIBLE_VALUE for moved values: the first few named, with the count and the share of changed values. */
export const permutedValues = (items: readonly PermutedWords[], total: number): Text => {
  const shown = items.map(permutedItem);
  return {
    zh: `${total} 个新值恰好等于同一指标另一个单元格（同一地区的另一年，或同一年的另一地区）的现有值：像是整行错位一格、两年或两个地区对调，而不是修订（数据库未改动）：\n  ${shown.map((s) => s.zh).join("\n  ")}${total > shown.length ? `\n  …另有 ${total - shown.length} 个` : ""}`,
    en: `${total} new values equal, exactly, the current value of another cell of the same indicator (the same region in another year, or another region in the same year): this looks like a row shifted by a cell or two years or regions swapped, not a revision (the store is unchanged):\n  ${shown.map((s) => s.en).join("\n  ")}${total > shown.length ? `\n  … and ${total - shown.length} more` : ""}`,
  };
};
export const permutedValuesHint: Text = {
  zh: "检查这些行是否少了或多了一个单元格、年份列或地区名是否对调；若确是要导入的修订，加 --allow-revision 重新导入（会记入该版本的注释）。",
  en: "Check these rows for a missing or extra cell, and the year columns and region names for a swap; if the revision is intended, import again with --allow-revision (recorded in the vintage's notes).",
};
/** The note recorded with a vintage whose moved values were imported with --allow-revision. */
export const allowedPermutedNote = (count: number, example: PermutedWords): Text => ({
  zh: `regecon import --allow-revision：用户确认导入 ${count} 个等于其他单元格现有值的新值（例如 ${permutedItem(example).zh}）`,
  en: `regecon import --allow-revision: the user confirmed ${count} new values equal to the current values of other cells (e.g. ${permutedItem(example).en})`,
});
export const allowedPermutedLine = (count: number): Text => ({
  zh: `  注意：按 --allow-revision，导入了 ${count} 个等于其他单元格现有值的新值（已记入版本注释）`,
  en: `  note: with --allow-revision, ${count} new values equal to the current values of other cells were imported (recorded in the vintage's notes)`,
});

// ---- history: a new year far from the adjacent years ----

/** A value of a new year far from the adjacent year of its series, as `regecon import` reports it. */
export interface JumpWords {
  file: string;
  line: number;
  region: Text;
  year: number;
  indicator: string;
  value: number;
  neighbourYear: number;
  neighbourValue: number;
  /** The vintage of the adjacent year's value, or the file when it is the file's own value. */
  neighbourVintage: string;
  factor: number;
}

const jumpItem = (j: JumpWords): Text => ({
  zh: `${j.file} 第${j.line}行：${j.region.zh} ${j.year}年 ${j.indicator} ${j.value}，${j.neighbourYear}年为 ${j.neighbourValue}（${j.neighbourVintage}），相差 ${times(j.factor)} 倍`,
  en: `${j.file}, line ${j.line}: ${j.region.en} ${j.year} ${j.indicator} ${j.value}, ${j.neighbourYear}: ${j.neighbourValue} (${j.neighbourVintage}), a factor of ${times(j.factor)}`,
});

/** IMPLAUSIBLE_VALUE for new years far from their neighbours: the first few named, with the count. */
export const seriesJumps = (items: readonly JumpWords[], total: number, limit: number): Text => {
  const shown = items.map(jumpItem);
  return {
    zh: `${total} 个新年份的数值与同一序列相邻年份相差超过 ${limit} 倍：相邻两年不会这样变化，多半是单位（千美元与万美元、元与万元）或指标弄错了（数据库未改动）：\n  ${shown.map((s) => s.zh).join("\n  ")}${total > shown.length ? `\n  …另有 ${total - shown.length} 个` : ""}`,
    en: `${total} values of new years differ from the adjacent year of the same series by a factor above ${limit}: consecutive years do not move like that, so the unit (thousand vs ten thousand US dollars, yuan vs 10,000 yuan) or the indicator is most likely wrong (the store is unchanged):\n  ${shown.map((s) => s.en).join("\n  ")}${total > shown.length ? `\n  … and ${total - shown.length} more` : ""}`,
  };
};
export const seriesJumpsHint: Text = {
  zh: "检查文件的单位和指标（海关按万美元、国家统计局按千美元公布进出口）；若数值确实如此（如口径调整），加 --allow-inconsistent 重新导入（会记入该版本的注释）。",
  en: "Check the file's unit and indicator (customs publish trade in ten thousand US dollars, NBS in thousand); if the values are right (e.g. a change of definition), import again with --allow-inconsistent (recorded in the vintage's notes).",
};
/** The note recorded with a vintage whose jumps were imported with --allow-inconsistent. */
export const allowedJumpsNote = (count: number, limit: number, example: JumpWords): Text => ({
  zh: `regecon import --allow-inconsistent：用户确认导入 ${count} 个与相邻年份相差超过 ${limit} 倍的新年份数值（例如 ${jumpItem(example).zh}）`,
  en: `regecon import --allow-inconsistent: the user confirmed ${count} values of new years that differ from the adjacent year by a factor above ${limit} (e.g. ${jumpItem(example).en})`,
});
export const allowedJumpsLine = (count: number, limit: number): Text => ({
  zh: `  注意：按 --allow-inconsistent，导入了 ${count} 个与相邻年份相差超过 ${limit} 倍的新年份数值（已记入版本注释）`,
  en: `  note: with --allow-inconsistent, ${count} values of new years that differ from the adjacent year by a factor above ${limit} were imported (recorded in the vintage's notes)`,
});

// ---- the nation against the sum of the provinces ----

/** A year whose national level is far from the provinces' sum, as `regecon import` reports it. */
export interface TotalWords {
  file: string;
  indicator: string;
  year: number;
  national: { value: number; vintage: string };
  provincesSum: number;
  ratio: number;
}

const ratioText = (r: number) => String(Math.round(r * 100) / 100);
const totalItem = (t: TotalWords): Text => ({
  zh: `${t.file}：${t.indicator} ${t.year}年：全国 ${t.national.value}（${t.national.vintage}），31 个省份合计 ${Math.round(t.provincesSum * 10) / 10}，为合计的 ${ratioText(t.ratio)} 倍`,
  en: `${t.file}: ${t.indicator} ${t.year}: national ${t.national.value} (${t.national.vintage}), sum of the 31 provinces ${Math.round(t.provincesSum * 10) / 10}, ${ratioText(t.ratio)} times the sum`,
});

/** IMPLAUSIBLE_VALUE for national levels outside [min, max] × the provinces' sum. */
export const nationalTotals = (items: readonly TotalWords[], total: number, min: number, max: number): Text => {
  const shown = items.map(totalItem);
  return {
    zh: `${total} 个年份的全国总量不在 31 个省份合计的 ${min} 至 ${max} 倍之间（全国与各省合计通常相差不到 10%），多半是单位或数值弄错了（数据库未改动）：\n  ${shown.map((s) => s.zh).join("\n  ")}${total > shown.length ? `\n  …另有 ${total - shown.length} 个` : ""}`,
    en: `In ${total} years the national total is not between ${min} and ${max} times the sum of the 31 provinces (the two usually differ by less than 10%), most likely a unit or typing mistake (the store is unchanged):\n  ${shown.map((s) => s.en).join("\n  ")}${total > shown.length ? `\n  … and ${total - shown.length} more` : ""}`,
  };
};
export const nationalTotalsHint: Text = {
  zh: "检查全国（100000）和各省数值的单位与年份；若数值确实如此（如口径不同的全国数），加 --allow-inconsistent 重新导入（会记入该版本的注释）。",
  en: "Check the unit and year of the national (100000) and provincial values; if they are right (e.g. a national figure of another definition), import again with --allow-inconsistent (recorded in the vintage's notes).",
};
export const allowedTotalsNote = (count: number, example: TotalWords): Text => ({
  zh: `regecon import --allow-inconsistent：用户确认导入 ${count} 个与各省合计不符的全国总量（例如 ${totalItem(example).zh}）`,
  en: `regecon import --allow-inconsistent: the user confirmed ${count} national totals inconsistent with the provinces' sum (e.g. ${totalItem(example).en})`,
});
export const allowedTotalsLine = (count: number): Text => ({
  zh: `  注意：按 --allow-inconsistent，导入了 ${count} 个与各省合计不符的全国总量（已记入版本注释）`,
  en: `  note: with --allow-inconsistent, ${count} national totals inconsistent with the provinces' sum were imported (recorded in the vintage's notes)`,
});

// ---- the regecon import command ----

export const importHelp: Text = {
  zh: `用法：regecon import FILE… [--indicator ID] [--new-indicators] [--allow-subprovincial] [--allow-older] [--allow-revision] [--allow-inconsistent] [--db FILE] [--json] [--lang zh|en]
      regecon import FILE --bulletin [--yes] [--db FILE] [--json] [--lang zh|en]

把统计文件导入内置数据库（DuckDB），每个文件成为一个数据版本（记录文件注释、数据来源、SHA-256 和导入时间）。
支持：国家统计局数据库导出（分省年度数据、年度数据）的经典 CSV（GBK）、2026 年新版 CSV（UTF-8 BOM，
单元格“值<TAB>,”，可无“指标：”行，或一年多指标）、XLS/XLSX；以及长表 CSV（region,year,indicator,value,unit,source；
regecon export 写出的 CSV（region_code,…,source_id,vintage）可直接导回）。
坏数据不会变成数据：
- 数值必须是有限数，且在指标目录（data/indicators.csv 的 plausible_min、plausible_max）给出的省级合理范围内，
  如地区生产总值 0.5–500000 亿元、上年=100 指数 50–150（全国合计的总量上限为 31 倍）；否则 IMPLAUSIBLE_VALUE，指出文件、行、列和数值。
- 同一年 28 个以上省份的总量指标，最大值至少是最小值的 3 倍；指数误当作地区生产总值等会被拒绝（IMPLAUSIBLE_VALUE）。
- 同一年 28 个以上省份的百分数指标（合理上限 20% 以上，如研发投入强度、增速），至少一个省份的绝对值达到 1%；
  全部小于 1 的像是小数而不是百分数，会被拒绝（IMPLAUSIBLE_VALUE）。
- 年份不得晚于当前年份（BAD_YEAR）。
- 每行的单元格数必须与表头一致（少一格为 TRUNCATED_ROW，多一格为 EXTRA_CELLS），数值不会错位。
- 新值与要替代的现有值相差超过 5 倍时拒绝导入（IMPLAUSIBLE_VALUE），除非给出 --allow-revision（记入版本注释）。
- 改动的数值恰好等于同一指标其他单元格（同一地区另一年、同一年另一地区）的现有值（行错位、年份或地区对调）时拒绝导入
  （IMPLAUSIBLE_VALUE），除非给出 --allow-revision。
- 库中没有的新年份，其数值与同一序列相邻年份（上一年，或库中已有的下一年）相差超过 5 倍时拒绝导入（IMPLAUSIBLE_VALUE），
  除非给出 --allow-inconsistent（记入版本注释）。
- 总量指标某年全国与 31 个省份都有数值时，全国值须在各省合计的 0.5 至 1.5 倍之间（IMPLAUSIBLE_VALUE），
  除非给出 --allow-inconsistent。
- XLS/XLSX 在单独的线程中读取，有内存、时间、大小和行列数上限；损坏的工作簿、无计算结果的公式单元格为 SPREADSHEET_UNREADABLE。
- 长表的地区代码须为省级代码，或前两位为某省代码的六位市、县代码（如 110105；110001 这样的代码不存在）；
  地区表之外的市、县代码须加 --allow-subprovincial（REGION_BELOW_PROVINCE），以免写错的省级代码悄悄变成无名地区。
导入是全有或全无：文件有误时数据库不变，并指出文件、行、列和原因。
多个文件：先读取并检查全部文件，任一文件有误则一个也不导入；全部无误后按顺序逐个导入，每个文件是一个版本。
与已导入版本完全相同的文件（SHA-256 相同）不再导入，提示“未改动”并继续下一个文件（不算错误）。
若某个文件在写入时被拒绝（如 OLDER_VINTAGE），它和其后的文件都不导入，此前的文件已导入；输出（及 --json 的 files）
列出每个文件的结果（已导入及版本号、未改动、被拒绝、未尝试），退出码 2。修正后重新运行同一命令即可：已导入的文件会被跳过。
新导入的数值替代同一指标、地区、年份的旧版本，旧版本仍可查询；结果说明替代了多少个值、来自哪些版本、其中多少个与现有数据相同。
文件注释表明其为较早一次经济普查修订的数据（如第四次），而库中要被替代的现有值来自更晚的普查（如第五次）时，
导入被拒绝（OLDER_VINTAGE），除非给出 --allow-older。

选项：
  --indicator ID     文件未写明指标时（新版导出常无“指标：”行）指定指标 id（见 data/indicators.csv）；
                     与文件自己的“指标：”行不符时拒绝（INDICATOR_MISMATCH）
  --new-indicators   长表中允许目录之外的新指标 id（须在 unit 列给出单位）
  --allow-subprovincial 长表中允许地区表之外的市、县代码（县域面板；省级报告不读取这些数值）
  --allow-older      允许用较早经济普查口径的数据替代较新普查口径的现有数据
  --allow-revision   允许新值与现有值相差超过 5 倍，或等于其他单元格的现有值（确属修订时；记入版本注释）
  --allow-inconsistent 允许新年份的数值与相邻年份相差超过 5 倍、全国总量与各省合计不符（确属口径不同时；记入版本注释）
  --bulletin         文件是统计公报（文本）：与 regecon bulletin 相同，列出从表格和正文读出的观测值及其将替代的
                     现值，供审阅；加 --yes 才写入，作为以公报命名的新数据版本（一次一份公报）
  --yes              与 --bulletin 同用：确认写入
  --db FILE          数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）
  --json             在标准输出打印机器可读的结果：成功时为数组（每个文件一项，status 为 imported 或 unchanged）；
                     写入时被拒绝为 {ok:false, error, files}（files 为每个文件的结果）；
                     检查未通过时为 {ok:false, error}（此时没有任何文件导入；error 的 message、hint 含中英文）
  --lang zh|en       输出语言（默认 zh）
详见 docs/data.md。退出码：0 成功（含“未改动”）；2 文件有误（数据库未改动）或某个文件被拒绝（此前的文件已导入，见输出）。
`,
  en: `Usage: regecon import FILE… [--indicator ID] [--new-indicators] [--allow-subprovincial] [--allow-older] [--allow-revision] [--allow-inconsistent] [--db FILE] [--json] [--lang zh|en]
       regecon import FILE --bulletin [--yes] [--db FILE] [--json] [--lang zh|en]

Import statistics files into the embedded DuckDB store; each file becomes one vintage (notes, source,
SHA-256, import time). Reads data.stats.gov.cn exports (classic GBK CSV, the 2026 UTF-8 layouts, XLS/XLSX)
and tidy CSV (region,year,indicator,value,unit,source; the CSV written by regecon export, with region_code,
source_id and vintage columns, imports back as it is).
Bad input never becomes data:
- a value must be finite and inside its indicator's plausible province range (plausible_min, plausible_max
  in data/indicators.csv), e.g. GDP 0.5–500000 (100 million yuan), indices (previous year = 100) 50–150
  (national totals of levels up to 31 times the province bound); otherwise IMPLAUSIBLE_VALUE naming file,
  line, column and value;
- in a year with 28 or more provinces, the largest value of a level is at least 3 times the smallest: an
  index declared as GDP is refused (IMPLAUSIBLE_VALUE);
- in a year with 28 or more provinces of an indicator in % whose plausible maximum is 20 or more (R&D
  intensity, growth rates), at least one province reaches 1 in size: fractions (0.0658 for 6.58) are
  refused (IMPLAUSIBLE_VALUE);
- years after the current calendar year are refused (BAD_YEAR);
- every row has as many cells as its header (one short is TRUNCATED_ROW, one too many EXTRA_CELLS), so
  values never shift into other years or indicators;
- a new value that differs from the current value it replaces by a factor above 5 is refused
  (IMPLAUSIBLE_VALUE) unless --allow-revision is given (recorded in the vintage's notes);
- changed values that equal the current values of other cells of the same indicator (same region other
  year, same year other region: a shifted row, swapped years or regions) are refused (IMPLAUSIBLE_VALUE)
  unless --allow-revision is given;
- a value for a year the store does not hold that differs from the adjacent year of its series (the year
  before, or the year after when the store holds it) by a factor above 5 is refused (IMPLAUSIBLE_VALUE)
  unless --allow-inconsistent is given (recorded in the vintage's notes);
- where the nation and all 31 provinces have a value of a level in a year, the national value must lie
  between 0.5 and 1.5 times the provinces' sum (IMPLAUSIBLE_VALUE) unless --allow-inconsistent is given;
- XLS/XLSX files are read in a separate thread with memory, time, size and row/column limits; a damaged
  workbook or a formula cell without a stored result is SPREADSHEET_UNREADABLE;
- region codes of a tidy CSV must be a province's, or a six-digit city or county code whose first two
  digits are a province's (such as 110105; 110001 does not exist); city and county codes outside the region
  table need --allow-subprovincial (REGION_BELOW_PROVINCE), so a mistyped province code never becomes an
  unnamed region.
All or nothing: a bad file changes nothing and the error names file, line and column.
Several files: all are read and checked first, and if any is bad none is imported; then they are imported
in order, each as its own vintage. A file identical to an imported vintage (same SHA-256) is skipped with an
"unchanged" notice (not an error). If the store refuses a file (e.g. OLDER_VINTAGE), that file and the ones
after it are not imported, the ones before it are; the output (and the files list of --json) says what
happened to each file, and the exit code is 2. Re-run the same command once fixed: imported files are skipped.
New values supersede older vintages, which stay queryable; the result says how many values were superseded,
from which vintages, and how many of them were identical.
A file whose notes name an earlier economic-census revision (e.g. the 4th) than the current values it would
supersede (e.g. the 5th) is refused (OLDER_VINTAGE) unless --allow-older is given.

Options:
  --indicator ID     indicator id when the file does not name one (see data/indicators.csv); refused
                     when it contradicts the file's own indicator line (INDICATOR_MISMATCH)
  --new-indicators   tidy CSV: allow indicator ids outside the catalogue (unit column required)
  --allow-subprovincial tidy CSV: allow city and county codes outside the region table (county panels;
                     no provincial report reads them)
  --allow-older      allow data of an earlier economic census to supersede data of a later one
  --allow-revision   allow new values that differ from the current ones by a factor above 5, or equal the
                     current values of other cells (a genuine revision; recorded in the vintage's notes)
  --allow-inconsistent allow values of new years that differ from the adjacent year by a factor above 5,
                     and national totals far from the provinces' sum (another definition; recorded in the
                     vintage's notes)
  --bulletin         the file is a statistical bulletin (text): as regecon bulletin, list the observations read
                     from its tables and prose with the current values they would replace, for review; only
                     with --yes are they written, as a new vintage named after the bulletin (one at a time)
  --yes              with --bulletin: confirm the write
  --db FILE          database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB)
  --json             machine-readable result on stdout: on success an array with one entry per file (status
                     imported or unchanged); refused while writing: {ok:false, error, files} (the outcome of
                     each file); failed the checks: {ok:false, error} (then no file was imported; the error's
                     message and hint carry zh and en)
  --lang zh|en       output language (default zh)
See docs/data.md. Exit codes: 0 success (including "unchanged"); 2 bad file (store unchanged) or a file
refused (the files before it were imported; see the output).
`,
};

export const yesWithoutBulletin: Text = { zh: "regecon import：--yes 只能与 --bulletin 同用（其他文件导入无需确认）", en: "regecon import: --yes goes with --bulletin only (other imports need no confirmation)" };
export const yesWithoutBulletinHint: Text = { zh: "例如 regecon import 2024年统计公报.txt --bulletin --yes", en: "e.g. regecon import bulletin-2024.txt --bulletin --yes" };
export const noFiles: Text = { zh: "regecon import：没有给出要导入的文件", en: "regecon import: no file to import was given" };
export const noFilesHint: Text = { zh: "例如 regecon import 分省年度数据.csv --indicator gdp_current", en: "e.g. regecon import 分省年度数据.csv --indicator gdp_current" };
export const noneImported = (count: number): Text => ({
  zh: `所有文件先检查、全部无误才写入：${count} 个文件都未导入，数据库未改动。`,
  en: `All files are checked before anything is written: none of the ${count} files was imported; the store is unchanged.`,
});
export const readingProgress = (file: string, percent: number): Text => ({ zh: `\r读取 ${file}：${percent}%   `, en: `\rreading ${file}: ${percent}%   ` });
export const writingProgress: Text = { zh: "写入数据库…\n", en: "writing to the store…\n" };
export const unchangedFile = (file: string, vintage: string, vintageId: number, importedAt: string): Text => ({
  zh: `未改动：${file} 与已导入的版本 ${vintage}（#${vintageId}，${importedAt} 导入）是同一文件（SHA-256 相同），跳过`,
  en: `unchanged: ${file} is the same file (same SHA-256) as vintage ${vintage} (#${vintageId}, imported ${importedAt}); skipped`,
});

/** Indicators named in the import line; more are summarised as the first and the last with the count (a panel may hold hundreds). */
const IMPORTED_INDICATORS_SHOWN = 10;

/** The first line printed for an imported file. */
export const importedFile = (file: string, rows: number, vintage: string, format: string, encoding: string | undefined, indicators: readonly string[]): Text => {
  const many = indicators.length > IMPORTED_INDICATORS_SHOWN;
  const named = (lang: "zh" | "en") =>
    many ? (lang === "zh" ? `${indicators[0]} … ${indicators.at(-1)}（共 ${indicators.length} 个）` : `${indicators[0]} … ${indicators.at(-1)} (${indicators.length} in all)`) : list(indicators, lang);
  return {
    zh: `已导入 ${file}：${rows} 个观测值，版本 ${vintage}（${format}${encoding ? `，${encoding}` : ""}），指标 ${named("zh")}`,
    en: `Imported ${file}: ${rows} observations as vintage ${vintage} (${format}${encoding ? `, ${encoding}` : ""}), indicators ${named("en")}`,
  };
};
export const censusRecognised = (census: Text, years: string | undefined): Text => ({
  zh: `  识别到经济普查修订：${census.zh}${years ? `（${years}）` : ""}`,
  en: `  census revision recognised: ${census.en}${years ? ` (${years})` : ""}`,
});
export const replacedNewerCensus = (census: Text, count: number): Text => ({
  zh: `  注意：按 --allow-older，${census.zh}口径的数据替代了 ${count} 个较新普查口径的现有值`,
  en: `  note: with --allow-older, data of ${census.en} superseded ${count} values of a later census`,
});
/** The file's notes (Chinese data), shown in Chinese output only; the English line is empty. */
export const fileNotes = (notes: string): Text => ({ zh: `  注释：${notes}`, en: "" });
export const mixedSeries = (indicator: string, vintages: readonly string[]): Text => ({
  zh: `  注意：指标 ${indicator} 的当前序列混合了版本 ${list(vintages, "zh")}；跨版本计算的增长会被标注（见 series_breaks 视图）`,
  en: `  note: the current series of ${indicator} mixes vintages ${list(vintages, "en")}; growth across them is flagged (view series_breaks)`,
});
export const supersededValues = (count: number, from: readonly { vintage: string; vintageId: number; changed: number }[], whole: readonly number[]): Text => ({
  zh: `  替代了 ${count} 个数值不同的现有值，来自版本 ${list(from.map((f) => `${f.vintage}（#${f.vintageId}）${f.changed} 个`), "zh")}（旧值仍可在 observations_all 中查询）${whole.length ? `；版本 ${list(whole.map((v) => `#${v}`), "zh")} 已整体被替代` : ""}`,
  en: `  superseded ${count} current values that differ, from vintages ${list(from.map((f) => `${f.vintage} (#${f.vintageId}) ${f.changed}`), "en")} (still in observations_all)${whole.length ? `; vintages ${list(whole.map((v) => `#${v}`), "en")} now wholly superseded` : ""}`,
});
export const identicalValues = (count: number, nothingNew: boolean): Text => ({
  zh: `  ${count} 个值与现有数据相同，保留原版本${nothingNew ? "（本文件没有带来新的数值，可能是已导入数据的另一种编码或格式）" : ""}`,
  en: `  ${count} values equal the current ones and keep their vintage${nothingNew ? " (the file brings no new numbers; probably the same data in another encoding or format)" : ""}`,
});
export const filesHeading: Text = { zh: "各文件结果：", en: "Files:" };
export const outcomeImported = (vintage: string, vintageId: number): Text => ({ zh: `已导入，版本 ${vintage}（#${vintageId}）`, en: `imported as vintage ${vintage} (#${vintageId})` });
export const outcomeUnchanged = (vintage: string, vintageId: number): Text => ({ zh: `未改动，与版本 ${vintage}（#${vintageId}）相同`, en: `unchanged, same file as vintage ${vintage} (#${vintageId})` });
export const outcomeRefused = (code: string): Text => ({ zh: `未导入（${code}）`, en: `not imported (${code})` });
export const outcomeNotAttempted: Text = {
  zh: "未导入（前一个文件被拒绝，未尝试；修正后可重新运行同一命令，已导入的文件会被跳过）",
  en: "not imported (not attempted after the refusal; re-run the same command once fixed: files already imported are skipped)",
};
export const outcomeLine = (file: string, outcome: Text): Text => ({ zh: `  ${file}：${outcome.zh}`, en: `  ${file}: ${outcome.en}` });

/** Why a large tidy CSV cannot be read by DuckDB directly (largeTidyCsv.ts). */
export type NotDirectReason = "encoding" | "quotes" | "newlines";

/** FILE_TOO_LARGE: a tidy CSV above the tidy parser's limit that DuckDB cannot read directly. */
export const tooLargeForTidyParser = (file: string, mib: number, limitMib: number, reason: NotDirectReason): Text => {
  const why: Record<NotDirectReason, Text> = {
    encoding: { zh: "不是 UTF-8 编码", en: "it is not UTF-8" },
    quotes: { zh: "含有双引号或 NUL 字节", en: "it holds double quotes or NUL bytes" },
    newlines: { zh: "换行符混用（CRLF 与 LF）", en: "it mixes line ends (CRLF and LF)" },
  };
  return {
    zh: `${file}（${mib} MiB）超过逐行读取的上限 ${limitMib} MiB，且无法由 DuckDB 直接读取：${why[reason].zh}`,
    en: `${file} (${mib} MiB) is larger than the ${limitMib} MiB read row by row, and DuckDB cannot read it directly: ${why[reason].en}`,
  };
};

export const tooLargeForTidyParserHint: Text = {
  zh: "另存为 UTF-8、统一换行符（LF）、不带引号的 CSV（整洁格式的单元格不需要引号），或拆分为小于 32 MiB 的文件；数据库未改动。",
  en: "Save it as UTF-8 with one kind of line end (LF) and without quotes (no cell of a tidy CSV needs them), or split it into files below 32 MiB; the store is unchanged.",
};
