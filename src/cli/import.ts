import { statSync } from "node:fs";
import { parseImportFile } from "../data/import/index.js";
import { loadRegistry } from "../data/registry.js";
import { Store, type ImportResult } from "../data/store/store.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, type Command } from "./command.js";

/** `--db FILE`, accepted by every store command. */
export const DB_OPTION = { db: { type: "string" } } as const;

const HELP_ZH = `用法：regecon import FILE… [--indicator ID] [--new-indicators] [--allow-older] [--db FILE] [--json] [--lang zh|en]

把统计文件导入内置数据库（DuckDB），每个文件成为一个数据版本（记录文件注释、数据来源、SHA-256 和导入时间）。
支持：国家统计局数据库导出（分省年度数据、年度数据）的经典 CSV（GBK）、2026 年新版 CSV（UTF-8 BOM，
单元格“值<TAB>,”，可无“指标：”行，或一年多指标）、XLS/XLSX；以及长表 CSV（region,year,indicator,value,unit,source）。
导入是全有或全无：文件有误时数据库不变，并指出文件、行、列和原因。新导入的数值替代同一指标、地区、年份的旧版本，旧版本仍可查询；
结果说明替代了多少个值、来自哪些版本、其中多少个与现有数据相同。
文件注释表明其为较早一次经济普查修订的数据（如第四次），而库中要被替代的现有值来自更晚的普查（如第五次）时，
导入被拒绝（OLDER_VINTAGE），除非给出 --allow-older。

选项：
  --indicator ID     文件未写明指标时（新版导出常无“指标：”行）指定指标 id（见 data/indicators.csv）
  --new-indicators   长表中允许目录之外的新指标 id（须在 unit 列给出单位）
  --allow-older      允许用较早经济普查口径的数据替代较新普查口径的现有数据
  --db FILE          数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）
  --json             在标准输出打印机器可读的结果（每个文件一项）
  --lang zh|en       输出语言（默认 zh）
详见 docs/data.md。退出码：0 成功；2 文件有误（数据库未改动）。
`;
const HELP_EN = `Usage: regecon import FILE… [--indicator ID] [--new-indicators] [--allow-older] [--db FILE] [--json] [--lang zh|en]

Import statistics files into the embedded DuckDB store; each file becomes one vintage (notes, source,
SHA-256, import time). Reads data.stats.gov.cn exports (classic GBK CSV, the 2026 UTF-8 layouts, XLS/XLSX)
and tidy CSV (region,year,indicator,value,unit,source). All or nothing: a bad file changes nothing and the
error names file, line and column. New values supersede older vintages, which stay queryable; the result
says how many values were superseded, from which vintages, and how many of them were identical.
A file whose notes name an earlier economic-census revision (e.g. the 4th) than the current values it would
supersede (e.g. the 5th) is refused (OLDER_VINTAGE) unless --allow-older is given.

Options:
  --indicator ID     indicator id when the file does not name one (see data/indicators.csv)
  --new-indicators   tidy CSV: allow indicator ids outside the catalogue (unit column required)
  --allow-older      allow data of an earlier economic census to supersede data of a later one
  --db FILE          database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB)
  --json             machine-readable result on stdout (one entry per file)
  --lang zh|en       output language (default zh)
See docs/data.md. Exit codes: 0 success; 2 bad file (store unchanged).
`;

export const importCommand: Command = {
  name: "import",
  help: { zh: HELP_ZH, en: HELP_EN },
  options: { ...DB_OPTION, indicator: { type: "string" }, "new-indicators": { type: "boolean" }, "allow-older": { type: "boolean" }, json: { type: "boolean" } },
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
        const r = await store.importParsed(parsed, parsed.bytes, { allowOlder: args.values["allow-older"] === true });
        results.push(r);
        if (!args.values.json) {
          const lines = zh
            ? [
                `已导入 ${file}：${r.rows} 个观测值，版本 ${r.vintage}（${parsed.format}${parsed.encoding ? `，${parsed.encoding}` : ""}），指标 ${[...parsed.rows.indicators.keys()].join("、")}`,
                ...supersededLines(r, "zh"),
                parsed.census ? `  识别到经济普查修订：${parsed.census.name}${parsed.census.revisedFrom ? `（${parsed.census.revisedFrom}~${parsed.census.revisedTo}年）` : ""}` : "",
                r.replacedNewerCensus > 0 ? `  注意：按 --allow-older，${parsed.census?.name ?? ""}口径的数据替代了 ${r.replacedNewerCensus} 个较新普查口径的现有值` : "",
                parsed.notes.length ? `  注释：${parsed.notes.join(" ").slice(0, 120)}` : "",
                ...r.mixedSeries.map((m) => `  注意：指标 ${m.indicator} 的当前序列混合了版本 ${m.vintages.join("、")}；跨版本计算的增长会被标注（见 series_breaks 视图）`),
              ]
            : [
                `Imported ${file}: ${r.rows} observations as vintage ${r.vintage} (${parsed.format}), indicators ${[...parsed.rows.indicators.keys()].join(", ")}`,
                ...supersededLines(r, "en"),
                parsed.census ? `  census revision recognised: ${parsed.census.name}` : "",
                r.replacedNewerCensus > 0 ? `  note: with --allow-older, data of an earlier census superseded ${r.replacedNewerCensus} values of a later census` : "",
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

/**
 * Lines saying how many current values an import superseded, from which vintages, and how many of
 * them were identical to the new values (same data re-encoded or re-exported). Empty when none.
 */
export function supersededLines(r: ImportResult, lang: "zh" | "en"): string[] {
  if (r.superseded === 0) return [];
  const changed = r.superseded - r.supersededIdentical;
  if (lang === "zh") {
    const from = r.supersededFrom.map((f) => `${f.vintage}（#${f.vintageId}）${f.count} 个`).join("、");
    return [
      `  替代了 ${r.superseded} 个现有值，来自版本 ${from}（旧值仍可在 observations_all 中查询）${r.supersededVintages.length ? `；版本 ${r.supersededVintages.map((v) => `#${v}`).join("、")} 已整体被替代` : ""}`,
      r.supersededIdentical === 0
        ? ""
        : changed === 0
          ? `  其中 ${r.supersededIdentical} 个值与现有数据相同（全部相同：本文件没有带来新的数值，可能是已导入数据的另一种编码或格式）`
          : `  其中 ${r.supersededIdentical} 个值与现有数据相同，${changed} 个值有变化`,
    ].filter(Boolean);
  }
  const from = r.supersededFrom.map((f) => `${f.vintage} (#${f.vintageId}) ${f.count}`).join(", ");
  return [
    `  superseded ${r.superseded} current values from vintages ${from} (still in observations_all)${r.supersededVintages.length ? `; vintages ${r.supersededVintages.map((v) => `#${v}`).join(", ")} now wholly superseded` : ""}`,
    r.supersededIdentical === 0
      ? ""
      : changed === 0
        ? `  all ${r.supersededIdentical} of them are identical to the current values (the file brings no new numbers; probably the same data in another encoding or format)`
        : `  ${r.supersededIdentical} of them are identical to the current values, ${changed} changed`,
  ].filter(Boolean);
}
