import path from "node:path";
import { loadBoundaries } from "../charts/boundaries.js";
import { loadRegistry } from "../data/registry.js";
import { SECTIONS, buildReport } from "../report/build.js";
import { outlookSectionWith } from "../report/sections/outlook.js";
import { readGrowthTargets } from "../data/growthTargets.js";
import { readSpec, type ReportSpec } from "../report/spec.js";
import { DEFAULT_FORMATS, parseFormats, renderOutputs } from "../report/outputs.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, yearOption, type Command } from "./command.js";
import { DATASET_OPTIONS, datasetFromArgs } from "./datasetOption.js";
import { writeAllOrNothing } from "./output.js";

const HELP_ZH = `用法：regecon report [--year 2024] [--db FILE | --data DIR] [--format html,docx,md] [--out FILE] [--lang zh|en] [--json]

依据统计数据生成“中国区域经济发展形势”报告：HTML（自包含：内联样式与 SVG 图，无需联网）、
Word（DOCX，图为内嵌 PNG，中文字体随 npm 包提供）和 Markdown。

选项：
  --year YYYY          报告年份（默认：数据中最新的地区生产总值年份）
  --db FILE            数据库文件（默认：用户数据目录中的 regecon.duckdb；首次使用时自动载入内置数据，
                       之后包含 regecon import 导入的数据）
  --data DIR           改为直接读取一个数据目录，如 data/nbs（内置数据）或 data/report-2024-prelim
                       （报告所引 2024 年初步核算数，另一数据版本）；不能与 --db 同用
  --format LIST        输出格式，逗号分隔：html、docx、md（默认 html,docx）
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
`;
const HELP_EN = `Usage: regecon report [--year 2024] [--db FILE | --data DIR] [--format html,docx,md] [--out FILE] [--lang zh|en] [--json]

Write the regional economic situation report from statistics: HTML (self-contained: inline CSS and
SVG figures, no network), Word (DOCX with embedded PNG figures; the CJK font ships with an npm
package) and Markdown.

Options:
  --year YYYY          report year (default: latest year with GDP in the data)
  --db FILE            database file (default: regecon.duckdb in the user's data directory; loaded with the
                       bundled data on first use, then holds what \`regecon import\` added)
  --data DIR           read a data folder directly instead, e.g. data/nbs (bundled) or data/report-2024-prelim
                       (the report's 2024 preliminary figures, another vintage); not with --db
  --format LIST        comma-separated output formats: html, docx, md (default html,docx)
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
`;

export const reportCommand: Command = {
  name: "report",
  help: { zh: HELP_ZH, en: HELP_EN },
  options: {
    ...DATASET_OPTIONS,
    year: { type: "string" },
    out: { type: "string" },
    format: { type: "string" },
    spec: { type: "string" },
    boundaries: { type: "string" },
    "map-approval": { type: "string" },
    "no-maps": { type: "boolean" },
    targets: { type: "string" },
    json: { type: "boolean" },
  },
  async run(args) {
    const specFile = stringOption(args, "spec");
    const spec: ReportSpec = specFile === undefined ? {} : readSpec(specFile, Object.keys(SECTIONS));
    // Command-line options override the spec; the spec overrides the defaults.
    const lang = args.values.lang === undefined ? spec.lang ?? args.lang : args.lang;
    const zh = lang === "zh";
    const progress = (msg: string) => {
      if (!args.values.json) process.stderr.write(`${msg}\n`);
    };
    const formats = args.values.format === undefined ? spec.formats ?? DEFAULT_FORMATS : parseFormats(stringOption(args, "format")!);
    const registry = loadRegistry();
    progress(zh ? "读取数据…" : "Reading data…");
    const { dataset, label } = await datasetFromArgs(args, registry);
    const years = dataset.years("gdp_current");
    const year = yearOption(args, "year") ?? spec.year ?? years[years.length - 1];
    if (year === undefined) {
      throw new RegeconError("INDICATOR_MISSING", `数据 ${label} 中没有地区生产总值（gdp_current）`, "报告至少需要 gdp_current；请检查数据目录。").en(
        `The data (${label}) have no GDP (gdp_current)`,
        "The report needs at least gdp_current; check the data folder.",
      );
    }
    if (!years.includes(year)) {
      throw new RegeconError("YEAR_NOT_AVAILABLE", `数据中没有 ${year} 年的地区生产总值（gdp_current）`, `可用年份：${years[0]}~${years[years.length - 1]}年`).en(
        `The data have no GDP (gdp_current) for ${year}`,
        `Years available: ${years[0]}–${years[years.length - 1]}`,
      );
    }
    const map = args.values["no-maps"]
      ? undefined
      : { boundaries: loadBoundaries(registry, { file: stringOption(args, "boundaries") }), approval: stringOption(args, "map-approval") };
    progress(zh ? `计算并绘制 ${year} 年报告…` : `Computing and drawing the ${year} report…`);
    const targetsFile = stringOption(args, "targets");
    const targets = targetsFile === undefined ? undefined : readGrowthTargets(targetsFile, registry);
    // The outlook section with the user's targets (its targets scenario); every other section as registered.
    const sectionOf = (name: string) => (name === "outlook" && targets ? { ...SECTIONS.outlook!, build: outlookSectionWith({ targets }) } : SECTIONS[name]!);
    const sections = (spec.sections ?? Object.keys(SECTIONS)).map(sectionOf);
    const doc = buildReport({ dataset, registry, year, lang, datasetLabel: label, map, sections, title: spec.title });
    const out = stringOption(args, "out");
    const base = path.resolve(out !== undefined ? out.replace(/\.(html?|docx|md)$/i, "") : path.join("out", defaultBaseName(year, lang, stringOption(args, "data"), specFile)));
    progress(zh ? `生成 ${formats.join("、")}…` : `Rendering ${formats.join(", ")}…`);
    const files = await renderOutputs(doc, formats, base);
    writeAllOrNothing(files);
    for (const w of doc.warnings) process.stderr.write(`${zh ? "警告" : "Warning"} [${w.code}]：${w.message}\n`);
    const outputs = files.map((f) => f.path).filter((p) => !p.includes("_figures"));
    const figures = doc.blocks.filter((b) => b.kind === "figure").length;
    const tables = doc.blocks.filter((b) => b.kind === "table").length;
    if (args.values.json) {
      process.stdout.write(`${JSON.stringify({ ok: true, year, lang, data: label, outputs, figures, tables, warnings: doc.warnings }, null, 2)}\n`);
    } else {
      process.stdout.write(zh ? `已写入 ${outputs.join("、")}（${figures} 幅图，${tables} 张表）\n` : `Wrote ${outputs.join(", ")} (${figures} figures, ${tables} tables)\n`);
    }
    return 0;
  },
};

/** "regecon-report-2024-zh", plus the data folder's and the spec's names when given, so runs do not overwrite each other. */
function defaultBaseName(year: number, lang: string, dataDir: string | undefined, specFile: string | undefined): string {
  const parts = [`regecon-report-${year}-${lang}`];
  if (dataDir !== undefined) parts.push(path.basename(path.resolve(dataDir)));
  if (specFile !== undefined) parts.push(path.basename(specFile, path.extname(specFile)));
  return parts.join("-");
}
