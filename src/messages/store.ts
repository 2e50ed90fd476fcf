import type { Text } from "../types/text.js";
import { ordinal } from "./format.js";

/**
 * Words of the store (src/data/store/): opening it and its protection (missing, damaged, locked,
 * foreign files), importing a vintage (refusals and the labels recorded with a vintage), and the names
 * the views give to regions that are not provinces.
 */

/** The national total's name beside code 100000 in the views and exports. */
export const nationalName: Text = { zh: "全国", en: "China (national total)" };

// ── opening ──────────────────────────────────────────────────────────────────────────────────────────

export const storeNotFound = (file: string): Text => ({
  zh: `数据库文件 ${file} 不存在`,
  en: `the store file ${file} does not exist`,
});

export const storeNotFoundHint = (file: string): Text => ({
  zh: `检查数据库路径（命令行的 --db，库函数的 dbPath/db 参数）是否写错。只读命令不会新建数据库；要新建，运行 regecon import 文件 --db ${file}（先自动载入内置数据）。不给路径则使用默认数据库（首次使用时自动建立）。`,
  en: `Check the store path (--db on the command line; the dbPath/db argument in the library). Read-only commands never create a store; to create one, run regecon import FILE --db ${file} (the bundled data load first). Without a path the default store is used (created on first use).`,
});

export const notAStore = (file: string): Text => ({
  zh: `${file} 是 DuckDB 文件，但不是 regecon 数据库（没有 meta 表）；未做任何改动`,
  en: `${file} is a DuckDB file but not a regecon store (it has no meta table); nothing was changed`,
});

export const emptyDatabase = (file: string): Text => ({
  zh: `${file} 是一个空的 DuckDB 数据库，不是 regecon 数据库；只读命令不会在其中建立数据库`,
  en: `${file} is an empty DuckDB database, not a regecon store; read-only commands do not create a store in it`,
});

export const storeIncomplete = (file: string): Text => ({
  zh: `${file} 中的 regecon 数据库不完整（首次载入内置数据时被中断）；只读命令不会补全它`,
  en: `the regecon store in ${file} is incomplete (its first load of the bundled data was interrupted); read-only commands do not complete it`,
});

export const sqliteFile = (file: string): Text => ({
  zh: `${file} 是 SQLite 数据库，不是 regecon 数据库（DuckDB）；未做任何改动`,
  en: `${file} is a SQLite database, not a regecon store (DuckDB); nothing was changed`,
});

export const emptyFile = (file: string): Text => ({
  zh: `${file} 是空文件，不是 regecon 数据库`,
  en: `${file} is an empty file, not a regecon store`,
});

export const notDuckDb = (file: string): Text => ({
  zh: `${file} 不是 DuckDB 数据库文件，不是 regecon 数据库；未做任何改动`,
  en: `${file} is not a DuckDB database file, so not a regecon store; nothing was changed`,
});

export const notAStoreHint = (file: string): Text => ({
  zh: `指定一个 regecon 数据库文件（regecon import 建立的 .duckdb 文件；命令行用 --db），或不指定以使用默认数据库；要在 ${file} 新建数据库，先把它移走。`,
  en: `Give a regecon store (a .duckdb file created by regecon import; --db on the command line), or none to use the default store; to create a new store at ${file}, move that file away first.`,
});

export const cannotOpen = (file: string, detail: string): Text => ({
  zh: `无法打开数据库 ${file}：${detail}`,
  en: `cannot open the store ${file}: ${detail}`,
});

export const cannotOpenHint: Text = {
  zh: "检查文件和所在目录的读写权限；或指定另一个数据库文件（命令行用 --db）。",
  en: "Check the read and write permissions of the file and its folder, or give another store file (--db on the command line).",
};

export const schemaMismatch = (file: string, version: string, current: string): Text => ({
  zh: `数据库 ${file} 由另一版本的 regecon 创建（结构版本 ${version}，本版本为 ${current}）`,
  en: `the store ${file} was created by another version of regecon (schema version ${version}; this version uses ${current})`,
});

export const schemaMismatchHint: Text = {
  zh: "指定一个新的数据库文件（命令行用 --db；会自动载入内置数据），或先用旧版本 regecon export 导出数据再重新导入。",
  en: "Give a new store file (--db on the command line; the bundled data load automatically), or export the data with the old version (regecon export) and import them again.",
};

/** DuckDB's own message, quoted. */
export const duckdbSaid = (message: string): Text => ({ zh: `DuckDB 报告：${message}`, en: `DuckDB says: ${message}` });

export const storeDamaged = (file: string, detail: Text): Text => ({
  zh: `数据库 ${file} 已损坏：${detail.zh}。未做任何改动`,
  en: `the store ${file} is damaged: ${detail.en}. Nothing was changed`,
});

/** What the rebuild hint needs of each import-log entry. */
export interface LoggedImport {
  file: string;
  indicators: readonly string[];
  allowOlder: boolean;
}

/**
 * How to rebuild a damaged store: move it aside, let the bundled data load into a new one (any command
 * creates the default store; `regecon import --db FILE` another), re-import the files of the import log in
 * order (listed when there are few).
 */
export const rebuildHint = (file: string, log: string, entries: readonly LoggedImport[] | undefined, isDefault: boolean): Text => {
  const moveZh = `重建：先把损坏的文件移走（如 mv "${file}" "${file}.damaged"）`;
  const moveEn = `To rebuild: move the damaged file away (e.g. mv "${file}" "${file}.damaged")`;
  const create: Text = isDefault
    ? { zh: "下次运行任何 regecon 命令都会用内置数据新建默认数据库", en: "the next regecon command creates a new default store from the bundled data" }
    : { zh: `regecon import 文件 --db "${file}" 会新建数据库（先载入内置数据）`, en: `regecon import FILE --db "${file}" creates a new store (loading the bundled data first)` };
  if (entries === undefined || entries.length === 0) {
    return {
      zh: `${moveZh}；${create.zh}。导入日志 ${log} 不存在或为空：损坏的数据库中没有导入过文件（若导入过，请凭自己的记录重新导入）。`,
      en: `${moveEn}; ${create.en}. The import log ${log} is missing or empty: no file had been imported into the damaged store (if one was, import it again from your own records).`,
    };
  }
  const few = entries.length <= 5;
  const list = few ? entries.map((e) => `\n  regecon import "${e.file}"${e.indicators.length === 1 ? ` --indicator ${e.indicators[0]}` : ""}${e.allowOlder ? " --allow-older" : ""} --db "${file}"`).join("") : "";
  return {
    zh: `${moveZh}，再按导入日志 ${log} 的顺序重新导入其中的 ${entries.length} 个文件（新数据库会先自动载入内置数据；regecon data --imports --db "${file}" 列出它们）${few ? `：${list}` : "。"}`,
    en: `${moveEn}, then import again, in order, the ${entries.length} files of the import log ${log} (the new store loads the bundled data first; regecon data --imports --db "${file}" lists them)${few ? `:${list}` : "."}`,
  };
};

/** Who holds the store, from DuckDB's lock message (program and PID when it names them). */
export interface LockHolder {
  program?: string;
  pid?: number;
}

const holderText = (h: LockHolder): Text =>
  h.pid === undefined
    ? { zh: "另一个进程", en: "another process" }
    : { zh: `另一个进程（PID ${h.pid}${h.program ? `，${h.program}` : ""}）`, en: `another process (PID ${h.pid}${h.program ? `, ${h.program}` : ""})` };

/** Progress line while waiting for another process's lock. */
export const waitingForStore = (file: string, holder: LockHolder, seconds: number): Text => ({
  zh: `数据库 ${file} 正被${holderText(holder).zh}使用，最多等待 ${seconds} 秒…`,
  en: `the store ${file} is in use by ${holderText(holder).en}; waiting up to ${seconds} s…`,
});

export const storeLocked = (file: string, holder: LockHolder, seconds: number): Text => ({
  zh: `数据库 ${file} 正被${holderText(holder).zh}使用，等待 ${seconds} 秒后仍未释放；未做任何改动`,
  en: `the store ${file} is in use by ${holderText(holder).en} and was not released within ${seconds} s; nothing was changed`,
});

/**
 * How to get past STORE_LOCKED, stating only what DuckDB's lock message told: the holder's PID and program
 * when it names them (no guess at which command that is), otherwise how to find the holder.
 */
export const storeLockedHint = (file: string, holder: LockHolder): Text => {
  const sideBySide: Text = { zh: "只读命令可以同时运行，写入（import）需要独占。", en: "Read-only commands can run side by side; a write (import) needs the store to itself." };
  if (holder.pid === undefined) {
    return {
      zh: `等持有该数据库的进程结束后重试；DuckDB 未说明是哪个进程（lsof "${file}" 可列出打开它的进程）。${sideBySide.zh}`,
      en: `Retry when the process holding the store has finished; DuckDB did not say which process it is (lsof "${file}" lists the processes that have it open). ${sideBySide.en}`,
    };
  }
  const program: Text = holder.program === undefined ? { zh: "", en: "" } : { zh: `（${holder.program}）`, en: ` (${holder.program})` };
  return {
    zh: `等进程 ${holder.pid}${program.zh}结束后重试；ps -p ${holder.pid} -o args= 显示它的完整命令。${sideBySide.zh}`,
    en: `Retry when process ${holder.pid}${program.en} has finished; ps -p ${holder.pid} -o args= shows its full command. ${sideBySide.en}`,
  };
};

/** Warning `BUNDLED_DATA_CHANGED`. */
export const bundledDataChanged = (file: string): Text => ({
  zh: `数据库 ${file} 中的内置数据来自另一版本的 regecon，与本版本所带的 data/nbs 不同；数据库未自动更新。要使用新的内置数据，请用 --db 指定新文件，或用 --data data/nbs 直接读取。`,
  en: `The store ${file} holds the bundled data of another regecon version, not this version's data/nbs; it was not updated. To use the new bundled data, give a new file with --db, or read the folder with --data data/nbs.`,
});

// ── importing a vintage ──────────────────────────────────────────────────────────────────────────────

export const alreadyImported = (file: string, importedAt: string, vintageId: number): Text => ({
  zh: `${file}：同一文件已于 ${importedAt} 导入为版本 ${vintageId}，数据库未改动`,
  en: `${file}: the same file was imported on ${importedAt} as vintage ${vintageId}; the store is unchanged`,
});

export const alreadyImportedHint: Text = { zh: "要查看已有版本运行 regecon data。", en: "Run regecon data to see the vintages." };

export const newIndicatorUnitClash = (file: string, id: string, unit: string, existing: string): Text => ({
  zh: `${file}：新指标 ${id} 的单位“${unit}”与库中已有的“${existing}”不符`,
  en: `${file}: the unit "${unit}" of the new indicator ${id} differs from the unit "${existing}" already in the store`,
});

export const newIndicatorUnitClashHint: Text = { zh: "换算单位后再导入。", en: "Convert the values to the store's unit and import again." };

export const duplicateObservation = (file: string, lines: readonly number[], indicator: string, region: string, year: number, more: number): Text => ({
  zh: `${file} 第${lines.join("、")}行：${indicator} ${region} ${year} 出现多次${more > 0 ? `（另有 ${more} 处以上重复）` : ""}`,
  en: `${file} lines ${lines.join(", ")}: ${indicator} ${region} ${year} occurs more than once${more > 0 ? ` (and at least ${more} more duplicates)` : ""}`,
});

export const duplicateObservationHint: Text = {
  zh: "每个指标、地区、年份只能有一个值；删去重复行后再导入。",
  en: "Each indicator, region and year can have one value only; delete the duplicate rows and import again.",
};

/** An economic census: its number and its name as NBS writes it (第五次全国经济普查). */
export interface Census {
  census: number;
  name: string;
}

const censusEn = (c: Census): string => `the ${ordinal(c.census)} economic census`;

export const olderVintage = (
  file: string,
  fileCensus: Census,
  newer: readonly Census[],
  replaced: number,
  from: readonly { vintage: string; vintageId: number; count: number }[],
): Text => ({
  zh:
    `${file}：文件注释表明数据为${fileCensus.name}修订后的数据，早于库中现有数据（${newer.map((c) => c.name).join("、")}修订后）；` +
    `导入会用较旧的数据替代 ${replaced} 个现有值（${from.map((f) => `版本 ${f.vintage}（#${f.vintageId}）${f.count} 个`).join("、")}），数据库未改动`,
  en:
    `${file}: the file's notes say its data are revised after ${censusEn(fileCensus)}, earlier than the data in the store (revised after ${newer.map(censusEn).join(", ")}); ` +
    `importing it would replace ${replaced} current values with older ones (${from.map((f) => `vintage ${f.vintage} (#${f.vintageId}) ${f.count}`).join(", ")}); the store is unchanged`,
});

export const olderVintageHint: Text = {
  zh: "若确实要用旧普查口径的数据替代现有数据，以选项 allowOlder 重新导入（命令行：--allow-older；旧值仍可在 observations_all 中查询）；用 regecon data 查看现有版本。",
  en: "To replace the current data with data on the older census basis anyway, import again with the option allowOlder (CLI: --allow-older; the replaced values stay in observations_all); regecon data shows the vintages.",
};

/** Producer recorded for an imported file that names none. */
export const notStated: Text = { zh: "未注明", en: "not stated" };

/** Source title of an imported file: its 数据库 line (or "imported file") and its name. */
export const importedSourceTitle = (database: string | undefined, file: string): Text => ({
  zh: `${database ?? "导入文件"}（${file}）`,
  en: `${database ?? "imported file"} (${file})`,
});

/** Vintage label of an imported file: name, import day and the census revision its notes name. */
export const importedVintageLabel = (file: string, day: string, census: Census | undefined): Text => ({
  zh: `导入文件 ${file}（${day}导入${census ? `，${census.name}修订后` : ""}）`,
  en: `imported file ${file} (imported ${day}${census ? `, census ${census.census} revision` : ""})`,
});

/** Notes recorded with a bundled vintage (the bundled data are documented in Chinese; stored as zh). */
export const bundledVintageNote = (title: string, vintageLabel: string): Text => ({
  zh: `${title}；${vintageLabel}；见 data/nbs/SOURCES.md`,
  en: `${title}; ${vintageLabel}; see data/nbs/SOURCES.md`,
});

export const parquetUnreadable = (file: string, detail: string): Text => ({
  zh: `${file}：无法读取为 Parquet 文件：${detail}`,
  en: `${file}: cannot be read as a Parquet file: ${detail}`,
});

export const parquetUnreadableHint: Text = {
  zh: "请确认文件完整（可重新用 regecon export --format parquet 导出）。",
  en: "Check that the file is complete (export it again with regecon export --format parquet).",
};

/** TEMP_UNAVAILABLE: the system's temporary folder cannot hold a new folder. */
export const temporaryUnavailable = (dir: string, code: string | undefined): Text => ({
  zh: `无法在临时文件夹 ${dir} 中创建文件夹（${code === "ENOENT" ? "该文件夹不存在" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "不可写" : code === "ENOTDIR" ? "它不是文件夹" : `系统错误 ${code ?? "未知"}`}）`,
  en: `cannot create a folder in the temporary folder ${dir} (${code === "ENOENT" ? "it does not exist" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "it is not writable" : code === "ENOTDIR" ? "it is not a folder" : `system error ${code ?? "unknown"}`})`,
});

export const temporaryUnavailableHint: Text = {
  zh: "将环境变量 TMPDIR 设为一个存在且可写的文件夹（例如 TMPDIR=/tmp），然后重新运行；数据库未改动。",
  en: "Set the environment variable TMPDIR to a folder that exists and is writable (e.g. TMPDIR=/tmp) and run again; the store is unchanged.",
};
