import { statSync } from "node:fs";
import { parseImportFile } from "../data/import/index.js";
import { loadRegistry } from "../data/registry.js";
import { Store, type ImportResult } from "../data/store/store.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, type Command } from "./command.js";

/** `--db FILE`, accepted by every store command. */
export const DB_OPTION = { db: { type: "string" } } as const;

const HELP_ZH = `用法：regecon import FILE… [--indicator ID] [--new-indicators] [--db FILE] [--json]

把统计文件导入内置数据库（DuckDB），每个文件成为一个数据版本（记录文件注释、数据来源、SHA-256 和导入时间）。
支持：国家统计局数据库导出（分省年度数据、年度数据）的经典 CSV（GBK）、2026 年新版 CSV（UTF-8 BOM，
单元格“值<TAB>,”，可无“指标：”行，或一年多指标）、XLS/XLSX；以及长表 CSV（region,year,indicator,value,unit,source）。
导入是全有或全无：文件有误时数据库不变，并指出文件、行、列和原因。新导入的数值替代同一指标、地区、年份的旧版本，旧版本仍可查询。

选项：
  --indicator ID     文件未写明指标时（新版导出常无“指标：”行）指定指标 id（见 data/indicators.csv）
  --new-indicators   长表中允许目录之外的新指标 id（须在 unit 列给出单位）
  --db FILE          数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb）
  --json             在标准输出打印机器可读的结果
详见 docs/data.md。退出码：0 成功；2 文件有误（数据库未改动）。
`;
const HELP_EN = `Usage: regecon import FILE… [--indicator ID] [--new-indicators] [--db FILE] [--json]

Import statistics files into the embedded DuckDB store; each file becomes one vintage (notes, source,
SHA-256, import time). Reads data.stats.gov.cn exports (classic GBK CSV, the 2026 UTF-8 layouts, XLS/XLSX)
and tidy CSV (region,year,indicator,value,unit,source). All or nothing: a bad file changes nothing and the
error names file, line and column. New values supersede older vintages, which stay queryable.

Options:
  --indicator ID     indicator id when the file does not name one (see data/indicators.csv)
  --new-indicators   tidy CSV: allow indicator ids outside the catalogue (unit column required)
  --db FILE          database file (default: regecon/regecon.duckdb in the user data directory)
  --json             machine-readable result on stdout
See docs/data.md. Exit codes: 0 success; 2 bad file (store unchanged).
`;

export const importCommand: Command = {
  name: "import",
  help: { zh: HELP_ZH, en: HELP_EN },
  options: { ...DB_OPTION, indicator: { type: "string" }, "new-indicators": { type: "boolean" }, json: { type: "boolean" } },
  positionals: true,
  async run(args) {
    const zh = args.lang === "zh";
    if (args.positionals.length === 0) throw new RegeconError("BAD_ARGUMENT", "regecon import：没有给出要导入的文件", "例如 regecon import 分省年度数据.csv --indicator gdp_current");
    const registry = loadRegistry();
    const store = await Store.open(stringOption(args, "db"), registry);
    const results: ImportResult[] = [];
    try {
      for (const file of args.positionals) {
        let size = 0;
        try {
          size = statSync(file).size;
        } catch {
          /* parseImportFile reports it */
        }
        const big = size > 20 * 2 ** 20;
        const onProgress = big
          ? (f: number) => process.stderr.write(`\r${zh ? "读取" : "reading"} ${file}：${Math.round(f * 100)}%   `)
          : undefined;
        const parsed = parseImportFile(file, registry, { indicator: stringOption(args, "indicator"), allowNewIndicators: args.values["new-indicators"] === true, onProgress });
        if (big) process.stderr.write(`\r${zh ? "写入数据库…" : "writing to the store…"}            \n`);
        const r = await store.importParsed(parsed, parsed.bytes);
        results.push(r);
        if (!args.values.json) {
          const lines = zh
            ? [
                `已导入 ${file}：${r.rows} 个观测值，版本 ${r.vintage}（${parsed.format}${parsed.encoding ? `，${parsed.encoding}` : ""}），指标 ${[...parsed.rows.indicators.keys()].join("、")}`,
                r.superseded > 0 ? `  替代了旧版本的 ${r.superseded} 个值（旧值仍可在 observations_all 中查询）${r.supersededVintages.length ? `；版本 ${r.supersededVintages.join("、")} 已整体被替代` : ""}` : "",
                parsed.census ? `  识别到经济普查修订：${parsed.census.name}${parsed.census.revisedFrom ? `（${parsed.census.revisedFrom}–${parsed.census.revisedTo}年）` : ""}` : "",
                parsed.notes.length ? `  注释：${parsed.notes.join(" ").slice(0, 120)}` : "",
                ...r.mixedSeries.map((m) => `  注意：指标 ${m.indicator} 的当前序列混合了版本 ${m.vintages.join("、")}；跨版本计算的增长会被标注（见 series_breaks 视图）`),
              ]
            : [
                `Imported ${file}: ${r.rows} observations as vintage ${r.vintage} (${parsed.format}), indicators ${[...parsed.rows.indicators.keys()].join(", ")}`,
                r.superseded > 0 ? `  superseded ${r.superseded} values of older vintages (still in observations_all)` : "",
                parsed.census ? `  census revision recognised: ${parsed.census.name}` : "",
                ...r.mixedSeries.map((m) => `  note: the current series of ${m.indicator} mixes vintages ${m.vintages.join(", ")}; growth across them is flagged (view series_breaks)`),
              ];
          process.stdout.write(lines.filter(Boolean).join("\n") + "\n");
        }
      }
    } finally {
      store.close();
    }
    if (args.values.json) process.stdout.write(JSON.stringify(results, null, 2) + "\n");
    return 0;
  },
};
