import type { Text } from "../types/text.js";
import { list } from "./format.js";

/**
 * Words of `regecon report`: help, progress lines, the closing "Wrote …" line, and the errors of its
 * options (--format, --spec). The report's own words are in report.ts and the section modules.
 */

export const help: Text = {
  zh: `用法：regecon report [--year 2024] [--db FILE | --data DIR] [--format html,docx,md] [--out FILE] [--lang zh|en] [--json]

依据统计数据生成“中国区域经济发展形势”报告：HTML（自包含：内联样式与 SVG 图，无需联网）、
Word（DOCX，图为内嵌 PNG，中文字体随 npm 包提供）和 Markdown。

选项：
  --year YYYY          报告年份（默认：31个省份地区生产总值和实际增速齐全的最近年份；报告和进度信息说明所选年份及原因）
  --db FILE            数据库文件（默认：用户数据目录中的 regecon.duckdb；首次使用时自动载入内置数据，
                       之后包含 regecon import 导入的数据）
  --data DIR           改为直接读取一个数据目录，如 data/nbs（内置数据）或 data/report-2024-prelim
                       （报告所引 2024 年初步核算数，另一数据版本）；不能与 --db 同用
  --format LIST        输出格式，逗号分隔：html、docx、md（默认 html,docx）；md 的图另存于 <输出名>_figures/ 文件夹
  --spec FILE          报告配置（JSON：章节、年份、语言、格式、标题），示例见 specs/；命令行选项优先
  --out FILE           输出路径（扩展名按格式替换；默认 out/regecon-report-<年份>-<语言>[-<数据目录名>]）
  --boundaries FILE    省级行政区边界 GeoJSON（默认：内置 ECharts 4.9.0 china.json，Apache-2.0）
  --map-approval TEXT  审图号，印在每幅地图下方（公开出版的地图必须标注）
  --no-maps            不绘制地图
  --targets FILE       增长目标文件，用于“区域经济展望”的目标情景（模板 data/templates/growth-targets.csv）
  --lang zh|en         报告语言（默认 zh）
  --json               在标准输出打印机器可读的结果摘要
  -h, --help           显示本帮助

退出码：0 成功；2 输入有误（未知年份、数据缺失、目录不可读、未知格式等），不会留下不完整的输出文件。
`,
  en: `Usage: regecon report [--year 2024] [--db FILE | --data DIR] [--format html,docx,md] [--out FILE] [--lang zh|en] [--json]

Write the regional economic situation report from statistics: HTML (self-contained: inline CSS and
SVG figures, no network), Word (DOCX with embedded PNG figures; the CJK font ships with an npm
package) and Markdown.

Options:
  --year YYYY          report year (default: the latest year with GDP and real growth for all 31 provinces;
                       the report and the progress lines say which year was chosen and why)
  --db FILE            database file (default: regecon.duckdb in the user's data directory; loaded with the
                       bundled data on first use, then holds what \`regecon import\` added)
  --data DIR           read a data folder directly instead, e.g. data/nbs (bundled) or data/report-2024-prelim
                       (the report's 2024 preliminary figures, another vintage); not with --db
  --format LIST        comma-separated output formats: html, docx, md (default html,docx); md writes its
                       figures to a folder <output name>_figures/
  --spec FILE          report spec (JSON: sections, year, lang, formats, title), examples in specs/; options override it
  --out FILE           output path (extension replaced per format; default out/regecon-report-<year>-<lang>[-<data folder>])
  --boundaries FILE    province boundary GeoJSON (default: bundled ECharts 4.9.0 china.json, Apache-2.0)
  --map-approval TEXT  map approval number (审图号) printed under every map (required for published maps)
  --no-maps            draw no maps
  --targets FILE       growth-targets file for the targets scenario of the Outlook (template data/templates/growth-targets.csv)
  --lang zh|en         report language (default zh)
  --json               print a machine-readable summary on stdout
  -h, --help           show this help

Exit codes: 0 success; 2 bad input (unknown year, missing data, unreadable folder, unknown format, …); no partial output file is left.
`,
};

// ---- progress (stderr) ---------------------------------------------------------------------------

export const readingData: Text = { zh: "读取数据…", en: "Reading data…" };
export const computing = (year: number): Text => ({ zh: `计算并绘制 ${year} 年报告…`, en: `Computing and drawing the ${year} report…` });
export const rendering = (formats: readonly string[]): Text => ({ zh: `生成 ${formats.join("、")}…`, en: `Rendering ${formats.join(", ")}…` });

/** The closing line: every file and folder written, and how many figures and tables the report has. */
export const wrote = (paths: readonly string[], figures: number, tables: number): Text => ({
  zh: `已写入 ${paths.join("、")}（${figures} 幅图，${tables} 张表）`,
  en: `Wrote ${list(paths, "en")} (${figures} ${figures === 1 ? "figure" : "figures"}, ${tables} ${tables === 1 ? "table" : "tables"})`,
});

// ---- errors of the options -----------------------------------------------------------------------

/** BAD_FORMAT */
export const unknownFormat = (bad: readonly string[]): Text => ({
  zh: `未知的输出格式：${bad.join(", ") || "（空）"}`,
  en: `Unknown output format: ${bad.join(", ") || "(empty)"}`,
});
export const formatsHint = (formats: readonly string[]): Text => ({
  zh: `可用格式：${formats.join(", ")}，可用逗号组合，如 --format html,docx`,
  en: `Formats: ${formats.join(", ")}, comma-separated, e.g. --format html,docx`,
});

/** BAD_SPEC: a field of the report spec (`where`: the file) is wrong; `path` the JSON path (or "top level"). */
export const specField = (where: string, path: Text, problem: Text): Text => ({ zh: `${where}：${path.zh} ${problem.zh}`, en: `${where}: ${path.en} ${problem.en}` });

export const specTopLevel: Text = { zh: "顶层", en: "top level" };
export const specNotObject: Text = { zh: "应为 JSON 对象", en: "must be a JSON object" };
export const specUnknownKey: Text = { zh: "不是已知字段", en: "is not a known field" };
export const specFields = (keys: readonly string[]): Text => ({ zh: `字段：${keys.join(", ")}`, en: `Fields: ${keys.join(", ")}` });
export const specKnownFields = (keys: readonly string[]): Text => ({ zh: `可用字段：${keys.join(", ")}`, en: `Known fields: ${keys.join(", ")}` });
export const specBadYear = (got: string): Text => ({ zh: `应为四位年份，收到 ${got}`, en: `must be a four-digit year, got ${got}` });
export const specYearHint: Text = { zh: '例如 "year": 2024', en: 'e.g. "year": 2024' };
export const specBadLang = (got: string): Text => ({ zh: `应为 "zh" 或 "en"，收到 ${got}`, en: `must be "zh" or "en", got ${got}` });
export const specLangHint: Text = { zh: '例如 "lang": "zh"', en: 'e.g. "lang": "en"' };
export const specNonEmptyArray: Text = { zh: "应为非空数组", en: "must be a non-empty array" };
export const specFormatsHint: Text = { zh: '例如 "formats": ["html", "docx"]', en: 'e.g. "formats": ["html", "docx"]' };
export const specUnknownFormat = (got: string): Text => ({ zh: `未知格式 ${got}`, en: `unknown format ${got}` });
export const specSectionsHint = (sections: readonly string[]): Text => ({ zh: `可用章节：${sections.join(", ")}`, en: `Sections: ${sections.join(", ")}` });
export const specUnknownSection = (got: string): Text => ({ zh: `未知章节 ${got}`, en: `unknown section ${got}` });
export const specBadTitle: Text = { zh: "应为非空字符串", en: "must be a non-empty string" };
export const specTitleHint: Text = { zh: '例如 "title": "2024年长三角经济形势"', en: 'e.g. "title": "The Yangtze River Delta in 2024"' };

export const specUnreadable = (file: string, reason: string): Text => ({ zh: `无法读取报告配置 ${file}：${reason}`, en: `cannot read the report spec ${file}: ${reason}` });
export const specUnreadableHint: Text = { zh: "检查 --spec 的路径。", en: "Check the path given to --spec." };
export const specNotJson = (file: string, reason: string): Text => ({ zh: `${file} 不是有效的 JSON：${reason}`, en: `${file} is not valid JSON: ${reason}` });
export const specNotJsonHint: Text = { zh: "参照 specs/default.json 的格式。", en: "See specs/default.json for the format." };
