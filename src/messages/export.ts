import type { Text } from "../types/text.js";

/** Words of `regecon export` (src/cli/export.ts). */

/** `regecon export --help`; `xlsxMaxRows` is the row cap of an XLSX export. */
export function help(xlsxMaxRows: number): Text {
  return {
    zh: `用法：regecon export [--format csv|xlsx|parquet] --out FILE [--indicator ID] [--year YYYY] [--all-vintages] [--db FILE] [--json] [--lang zh|en]

导出当前序列（长表：region_code, region_name, year, indicator, value, unit, source_id, vintage），
并在旁边写元数据文件 <FILE>.metadata.csv（如 data.csv.metadata.csv、data.parquet.metadata.csv；
每个指标与来源的出处、单位、版本、注释）。XLSX 另有 metadata 工作表。
格式：省略 --format 时按 --out 的扩展名（.csv、.xlsx、.parquet）决定；给出 --format 时 --out 的扩展名必须与之一致
（或没有扩展名），否则报 BAD_ARGUMENT。
CSV 和 Parquet 由 DuckDB 直接写出，行数不限、内存占用有上限；XLSX 在内存中生成，最多 ${xlsxMaxRows} 行
（超过时报 EXPORT_TOO_LARGE，请改用 CSV 或 Parquet，或用 --indicator、--year 缩小范围）。
写入是全有或全无：数据文件和元数据文件要么都写成，要么都不留下（WRITE_FAILED）。
CSV/XLSX 中以 = + - @ 开头的文本单元格会加前缀 ' ，防止 Excel 当作公式执行。
导出的 CSV 可以用 regecon import 导回（数值不变）；XLSX 和 Parquet 见 docs/data.md。

选项：
  --format FMT     csv、xlsx 或 parquet（省略时按 --out 的扩展名）
  --out FILE       输出文件
  --indicator ID   只导出这一指标
  --year YYYY      只导出这一年
  --all-vintages   导出全部版本（含被替代的旧值，另有 is_current 列）
  --db FILE        数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）；
                   文件必须已存在（只读命令不会新建数据库）
  --json           在标准输出打印 {ok, outputs, rows}
  --lang zh|en     输出语言（默认 zh）
`,
    en: `Usage: regecon export [--format csv|xlsx|parquet] --out FILE [--indicator ID] [--year YYYY] [--all-vintages] [--db FILE] [--json] [--lang zh|en]

Export the current series (long: region_code, region_name, year, indicator, value, unit, source_id, vintage)
and a metadata file beside it, <FILE>.metadata.csv (e.g. data.csv.metadata.csv, data.parquet.metadata.csv:
source, unit, vintage, notes per indicator and source). XLSX also has a metadata sheet.
Format: without --format it follows the extension of --out (.csv, .xlsx, .parquet); with --format the
extension of --out must match it (or be absent), otherwise BAD_ARGUMENT.
CSV and Parquet are written by DuckDB itself, any number of rows in bounded memory; XLSX is built in
memory and holds at most ${xlsxMaxRows} rows (more is EXPORT_TOO_LARGE: export CSV or Parquet, or narrow
the export with --indicator or --year).
All or nothing: the data file and the metadata file are both written or neither is (WRITE_FAILED).
Text cells starting with = + - @ are prefixed with ' so Excel does not run them.
The CSV written here imports back with regecon import (values unchanged); XLSX and Parquet: see docs/data.md.

Options:
  --format FMT     csv, xlsx or parquet (default: from the extension of --out)
  --out FILE       output file
  --indicator ID   only this indicator
  --year YYYY      only this year
  --all-vintages   every vintage (superseded values too, with an is_current column)
  --db FILE        database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB);
                   it must exist (read-only commands never create a store)
  --json           print {ok, outputs, rows} on stdout
  --lang zh|en     output language (default zh)
`,
  };
}

export const noOut: Text = { zh: "缺少 --out FILE", en: "--out FILE is missing" };
export const noOutHint: Text = { zh: "例如 --out out/data.csv", en: "e.g. --out out/data.csv" };

export const formatNotInferred = (out: string, ext: string): Text => ({
  zh: `缺少 --format，且无法从 --out ${out} 的扩展名${ext ? ` .${ext} ` : ""}推断格式`,
  en: `--format is missing and the extension${ext ? ` .${ext}` : ""} of --out ${out} does not name a format`,
});

export const formatNotInferredHint: Text = {
  zh: "给出 --format csv|xlsx|parquet，或让 --out 以 .csv、.xlsx、.parquet 结尾。",
  en: "Give --format csv|xlsx|parquet, or let --out end in .csv, .xlsx or .parquet.",
};

export const badFormat = (format: string): Text => ({
  zh: `--format 应为 csv、xlsx 或 parquet，收到 ${format}`,
  en: `--format must be csv, xlsx or parquet, got ${format}`,
});

export const badFormatHint: Text = { zh: "例如 regecon export --format xlsx --out out/data.xlsx", en: "e.g. regecon export --format xlsx --out out/data.xlsx" };

export const extensionMismatch = (out: string, ext: string, format: string): Text => ({
  zh: `--out ${out} 的扩展名 .${ext} 与 --format ${format} 不符`,
  en: `the extension .${ext} of --out ${out} does not match --format ${format}`,
});

export const extensionMismatchHint = (format: string): Text => ({
  zh: `把 --out 改为以 .${format} 结尾，或省略 --format 按扩展名决定格式。`,
  en: `Let --out end in .${format}, or leave out --format so that the extension decides.`,
});

/** What an export selected: the indicator and year asked for, or everything. */
export const selection = (indicator: string | undefined, year: number | undefined): Text => {
  const parts = [indicator === undefined ? "" : `indicator = ${indicator}`, year === undefined ? "" : `year = ${year}`].filter(Boolean);
  return parts.length ? { zh: parts.join("，"), en: parts.join(", ") } : { zh: "全部", en: "everything" };
};

export const noData = (what: Text): Text => ({
  zh: `没有符合条件的数据（${what.zh}）`,
  en: `no data match (${what.en})`,
});

export const noDataHint: Text = { zh: "用 regecon data 查看库中有哪些指标和年份。", en: "regecon data shows the indicators and years in the store." };

export const tooLargeForXlsx = (rows: number, cap: number): Text => ({
  zh: `要导出 ${rows} 行，超过 XLSX 导出的上限 ${cap} 行（工作簿在内存中生成）；未写出任何文件`,
  en: `the export has ${rows} rows, more than an XLSX export holds (${cap}; the workbook is built in memory); no file was written`,
});

export const tooLargeForXlsxHint: Text = {
  zh: "改用 --format csv 或 --format parquet（行数不限），或用 --indicator、--year 缩小范围。",
  en: "Use --format csv or --format parquet (no row limit), or narrow the export with --indicator or --year.",
};

/** Result lines: the data file and the metadata file. */
export const exported = (rows: number, out: string, metadata: string): Text => ({
  zh: `已导出 ${rows} 个观测值 → ${out}\n元数据 → ${metadata}`,
  en: `Exported ${rows} observations → ${out}\nmetadata → ${metadata}`,
});
