import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadRegistry } from "../data/registry.js";
import { buildReport } from "../report/build.js";
import { renderHtml } from "../report/html.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, yearOption, type Command } from "./command.js";
import { DATASET_OPTIONS, datasetFromArgs } from "./datasetOption.js";

const HELP_ZH = `用法：regecon report [--year 2024] [--data DIR] [--out FILE] [--lang zh|en] [--json]

依据统计数据生成“中国区域经济发展形势”报告（自包含的 HTML：内联样式与 SVG 图，无需联网）。

选项：
  --year YYYY    报告年份（默认：数据中最新的地区生产总值年份）
  --data DIR     数据目录（默认：内置的国家统计局数据库版本 data/nbs；
                 data/report-2024-prelim 为报告所引 2024 年初步核算数，另一数据版本）
  --out FILE     输出文件（默认：out/regecon-report-<年份>-<语言>[-<数据目录名>].html）
  --lang zh|en   报告语言（默认 zh）
  --json         在标准输出打印机器可读的结果摘要
  -h, --help     显示本帮助

退出码：0 成功；2 输入有误（未知年份、数据缺失、目录不可读等），不会留下不完整的输出文件。
`;
const HELP_EN = `Usage: regecon report [--year 2024] [--data DIR] [--out FILE] [--lang zh|en] [--json]

Write the regional economic situation report from statistics, as one self-contained HTML file
(inline CSS and SVG figures; no network needed).

Options:
  --year YYYY    report year (default: latest year with GDP in the data)
  --data DIR     data folder (default: the bundled NBS-database vintage, data/nbs;
                 data/report-2024-prelim holds the report's 2024 preliminary figures, another vintage)
  --out FILE     output file (default: out/regecon-report-<year>-<lang>[-<data folder>].html)
  --lang zh|en   report language (default zh)
  --json         print a machine-readable summary on stdout
  -h, --help     show this help

Exit codes: 0 success; 2 bad input (unknown year, missing data, unreadable folder, …); no partial output file is left.
`;

export const reportCommand: Command = {
  name: "report",
  summary: { zh: "生成区域经济形势报告（HTML）", en: "write the regional economic situation report (HTML)" },
  help: { zh: HELP_ZH, en: HELP_EN },
  options: { ...DATASET_OPTIONS, year: { type: "string" }, out: { type: "string" }, json: { type: "boolean" } },
  async run(args) {
    const zh = args.lang === "zh";
    const progress = (msg: string) => {
      if (!args.values.json) process.stderr.write(`${msg}\n`);
    };
    const registry = loadRegistry();
    progress(zh ? "读取数据…" : "Reading data…");
    const { dataset, label } = await datasetFromArgs(args, registry);
    const years = dataset.years("gdp_current");
    const year = yearOption(args, "year") ?? years[years.length - 1];
    if (year === undefined) throw new RegeconError("INDICATOR_MISSING", `数据 ${label} 中没有地区生产总值（gdp_current）`, "报告至少需要 gdp_current；请检查数据目录。");
    progress(zh ? `计算并绘制 ${year} 年报告…` : `Computing and drawing the ${year} report…`);
    const doc = buildReport({ dataset, registry, year, lang: args.lang, datasetLabel: label });
    const out = path.resolve(stringOption(args, "out") ?? path.join("out", defaultOutputName(year, args.lang, stringOption(args, "data"))));
    writeAtomically(out, renderHtml(doc));
    const figures = doc.blocks.filter((b) => b.kind === "figure").length;
    const tables = doc.blocks.filter((b) => b.kind === "table").length;
    if (args.values.json) {
      process.stdout.write(`${JSON.stringify({ ok: true, year, lang: args.lang, data: label, outputs: [out], figures, tables }, null, 2)}\n`);
    } else {
      process.stdout.write(zh ? `已写入 ${out}（${figures} 幅图，${tables} 张表）\n` : `Wrote ${out} (${figures} figures, ${tables} tables)\n`);
    }
    return 0;
  },
};

/** "regecon-report-2024-zh.html", or with the data folder's name when --data is given. */
function defaultOutputName(year: number, lang: string, dataDir: string | undefined): string {
  const suffix = dataDir === undefined ? "" : `-${path.basename(path.resolve(dataDir))}`;
  return `regecon-report-${year}-${lang}${suffix}.html`;
}

/** Write via a temporary file and rename, so a failure never leaves a partial output file. */
export function writeAtomically(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new RegeconError("WRITE_FAILED", `无法写入 ${file}：${(e as Error).message}`, "检查输出目录是否存在且可写。");
  }
}
