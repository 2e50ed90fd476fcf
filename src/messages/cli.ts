import type { Lang, Text } from "../types/text.js";

/**
 * Words of the command-line shell shared by every command: top-level help, argument errors, the
 * prefixes of printed errors and warnings. Command-specific help and messages live in their own
 * catalogue modules.
 */

export interface CommandSummary {
  name: string;
  summary: Text;
}

/** `regecon --help`: usage, the command list, common options and where the data live. */
export function topHelp(version: string, commands: readonly CommandSummary[]): Text {
  const lines = (lang: Lang) => commands.map((c) => `  ${c.name.padEnd(11)} ${c.summary[lang]}`).join("\n");
  return {
    zh: `regecon ${version}：中国区域经济分析与年度形势报告

用法：regecon <命令> [选项]

命令：
${lines("zh")}

每个命令都接受 --help 与 --lang zh|en，多数命令接受 --json（机器可读输出）。
数据默认读写用户数据目录中的 regecon 数据库（首次使用时自动载入内置数据）；--db FILE 或环境变量 REGECON_DB 指定另一个文件。
示例：
  regecon report --year 2024
  regecon import 分省年度数据.csv
  regecon report --help
`,
    en: `regecon ${version}: China regional economy analysis and the annual situation report

Usage: regecon <command> [options]

Commands:
${lines("en")}

Every command accepts --help and --lang zh|en; most accept --json (machine-readable output).
Data are read from and written to the regecon store in the user's data directory (loaded with the
bundled data on first use); --db FILE or the REGECON_DB environment variable chooses another file.
Examples:
  regecon report --year 2024 --lang en
  regecon import 分省年度数据.csv
  regecon report --help --lang en
`,
  };
}

export const unknownCommand = (name: string): Text => ({
  zh: `未知命令“${name}”。`,
  en: `unknown command "${name}".`,
});

export const noCommand: Text = {
  zh: "没有给出命令。",
  en: "no command given.",
};

export const errorPrefix: Text = { zh: "错误：", en: "Error: " };
export const hintPrefix: Text = { zh: "提示：", en: "Hint: " };
export const warningPrefix: Text = { zh: "注意：", en: "Warning: " };
/** A warning printed on stderr with its code: "警告 [MIXED_VINTAGES]：…" / "Warning [MIXED_VINTAGES]: …". */
export const warningLine = (code: string, message: string): Text => ({ zh: `警告 [${code}]：${message}`, en: `Warning [${code}]: ${message}` });

export const internalErrorPrefix: Text = { zh: "内部错误（请报告此问题）：", en: "Internal error (please report it): " };

/** Hint after an argument error: where to read the command's usage. */
export const seeCommandHelp = (command: string): Text => ({
  zh: `运行 regecon ${command} --help 查看用法。`,
  en: `Run regecon ${command} --help --lang en for its usage.`,
});

/** Extra hint when a command takes positional arguments (file names) that may start with "-". */
export const dashDashHint: Text = {
  zh: "（以 - 开头的参数若不是选项，请放在 -- 之后）",
  en: " (an argument that starts with - but is not an option goes after --)",
};

export const unknownOption = (command: string, option: string): Text => ({
  zh: `regecon ${command}：未知选项 ${option}`,
  en: `regecon ${command}: unknown option ${option}`,
});

export const optionMissingValue = (command: string, option: string): Text => ({
  zh: `regecon ${command}：选项 ${option} 缺少取值`,
  en: `regecon ${command}: option ${option} needs a value`,
});

export const optionTakesNoValue = (command: string, option: string): Text => ({
  zh: `regecon ${command}：选项 ${option} 不接受取值`,
  en: `regecon ${command}: option ${option} takes no value`,
});

export const repeatedOption = (command: string, option: string, values: readonly string[]): Text => ({
  zh: `regecon ${command}：选项 ${option} 给了多次且取值不同（${values.map((v) => `“${v}”`).join("、")}）`,
  en: `regecon ${command}: option ${option} is given more than once with different values (${values.map((v) => `"${v}"`).join(", ")})`,
});

export const unexpectedPositional = (command: string, arg: string): Text => ({
  zh: `regecon ${command}：不接受位置参数“${arg}”`,
  en: `regecon ${command}: unexpected argument "${arg}"`,
});

export const badArguments = (command: string, detail: string): Text => ({
  zh: `regecon ${command}：参数有误（${detail}）`,
  en: `regecon ${command}: bad arguments (${detail})`,
});

/** The language cannot be known when --lang is bad: message and hint say it in both languages, in either. */
const inBothLanguages = (t: Text): Text => {
  const both = `${t.zh} / ${t.en}`;
  return { zh: both, en: both };
};

export const badLang = (got: string): Text =>
  inBothLanguages({
    zh: `--lang 只能是 zh 或 en，收到“${got}”`,
    en: `--lang must be zh or en, got "${got}"`,
  });

export const badLangHint: Text = inBothLanguages({ zh: "可选 --lang zh（中文，默认）或 --lang en（英文）", en: "choose --lang zh (Chinese, the default) or --lang en (English)" });

export const badYearOption = (option: string, got: string): Text => ({
  zh: `--${option} 应为四位年份，收到“${got}”`,
  en: `--${option} must be a four-digit year, got "${got}"`,
});

export const yearOptionHint = (option: string): Text => ({ zh: `例如 --${option} 2024`, en: `e.g. --${option} 2024` });

/** `reason`: the system's message (verbatim) or a catalogue text. */
export const writeFailed = (file: string, reason: Text): Text => ({
  zh: `无法写入输出文件 ${file}：${reason.zh}`,
  en: `cannot write the output file ${file}: ${reason.en}`,
});

export const writeFailedHint: Text = {
  zh: "检查输出目录是否存在且可写、磁盘是否已满；没有留下部分写入的文件。",
  en: "Check that the output folder exists and is writable and that the disk is not full; no partly written file was left.",
};

export const targetIsFolder: Text = { zh: "目标是一个文件夹", en: "the target is a folder" };

/** Why an output cannot be written, from the system's error code; undefined for codes without words here (the system's message is shown). */
export const writeProblem = (code: string | undefined): Text | undefined =>
  ({
    ENOENT: { zh: "所在文件夹不存在，也无法创建", en: "its folder does not exist and cannot be made" },
    ENOTDIR: { zh: "路径中有一段是文件，不是文件夹", en: "part of the path is a file, not a folder" },
    EACCES: { zh: "没有写入权限", en: "permission denied" },
    EPERM: { zh: "没有写入权限", en: "permission denied" },
    EROFS: { zh: "文件系统只读", en: "the file system is read-only" },
    ENOSPC: { zh: "磁盘已满", en: "the disk is full" },
    EISDIR: { zh: "目标是一个文件夹", en: "the target is a folder" },
  })[code ?? ""];

/** One line per command for `regecon --help`, in the order listed there. */
export const commandSummary = {
  report: { zh: "生成区域经济形势报告（HTML、Word、Markdown）", en: "write the regional economic situation report (HTML, Word, Markdown)" },
  disparity: { zh: "区域差距指标（泰尔分解、收敛、莫兰指数）", en: "regional disparity indices (Theil decomposition, convergence, Moran's I)" },
  outlook: { zh: "区域经济展望：情景推算（占比、增速、差距）及其回测", en: "regional outlook: scenario projections (shares, growth, disparity), back-tested" },
  import: { zh: "导入统计文件到数据库（每个文件一个数据版本）", en: "import statistics files into the store (one vintage each)" },
  data: { zh: "数据覆盖矩阵（指标 × 年份 × 省份）与数据版本", en: "coverage matrix (indicators × years × provinces) and vintages" },
  indicators: { zh: "指标目录：名称、单位、汇总方式，以及库中的年份、省份和版本", en: "the indicator catalogue: names, units, aggregation, and the years, provinces and vintages held" },
  sql: { zh: "对数据库视图执行只读 SQL", en: "read-only SQL over the store's views" },
  export: { zh: "导出数据（CSV/XLSX/Parquet）及元数据文件", en: "export data (CSV/XLSX/Parquet) with a metadata file" },
  serve: { zh: "启动本地交互式区域经济数据看板（地图、分组比较、省份概况、差距、下载）", en: "start the local interactive dashboard (map, groups, profiles, disparity, downloads)" },
  check: { zh: "核对报告中的每个数量表述（与各数据版本逐一比对）", en: "verify every quantitative claim of a report against every vintage" },
  bulletin: { zh: "从统计公报中提取观测值，审阅后作为新数据版本导入", en: "read observations out of a statistical bulletin; import them as a vintage after review" },
} satisfies Record<string, Text>;

/** `--data DIR` and `--db FILE` given together. */
export const dataAndDbTogether: Text = { zh: "--data 与 --db 不能同时使用", en: "--data and --db cannot be used together" };
export const dataAndDbTogetherHint: Text = {
  zh: "--data 读取一个数据目录；--db 读取数据库（含导入的数据）。二选一。",
  en: "--data reads a data folder; --db reads the store (with imported data). Choose one.",
};

export const seeTopHelp: Text = { zh: "运行 regecon --help 查看所有命令。", en: "Run regecon --help --lang en for all commands." };
