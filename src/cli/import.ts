import { statSync } from "node:fs";
import { parseImportFile, type ParsedImport } from "../data/import/index.js";
import { loadRegistry } from "../data/registry.js";
import { Store, type ImportResult } from "../data/store/store.js";
import { yearRange } from "../messages/format.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, type Command } from "./command.js";

/** `--db FILE`, accepted by every store command. */
export const DB_OPTION = { db: { type: "string" } } as const;

const HELP_ZH = `用法：regecon import FILE… [--indicator ID] [--new-indicators] [--allow-older] [--db FILE] [--json] [--lang zh|en]

把统计文件导入内置数据库（DuckDB），每个文件成为一个数据版本（记录文件注释、数据来源、SHA-256 和导入时间）。
支持：国家统计局数据库导出（分省年度数据、年度数据）的经典 CSV（GBK）、2026 年新版 CSV（UTF-8 BOM，
单元格“值<TAB>,”，可无“指标：”行，或一年多指标）、XLS/XLSX；以及长表 CSV（region,year,indicator,value,unit,source；
regecon export 写出的 CSV（region_code,…,source_id,vintage）可直接导回）。
数值须合理：必须是有限数；目录中的总量、人均和指数指标（地区生产总值、人口、增加值、上年=100 指数等）必须大于 0
（IMPLAUSIBLE_VALUE）；百分比增速可为负；--new-indicators 新建的指标只须是有限数。
导入是全有或全无：文件有误时数据库不变，并指出文件、行、列和原因。
多个文件：先读取并检查全部文件，任一文件有误则一个也不导入；全部无误后按顺序逐个导入，每个文件是一个版本。
与已导入版本完全相同的文件（SHA-256 相同）不再导入，提示“未改动”并继续下一个文件（不算错误）。
若某个文件在写入时被拒绝（如 OLDER_VINTAGE），它和其后的文件都不导入，此前的文件已导入；输出（及 --json 的 files）
列出每个文件的结果（已导入及版本号、未改动、被拒绝、未尝试），退出码 2。修正后重新运行同一命令即可：已导入的文件会被跳过。新导入的数值替代同一指标、地区、年份的旧版本，旧版本仍可查询；
结果说明替代了多少个值、来自哪些版本、其中多少个与现有数据相同。
文件注释表明其为较早一次经济普查修订的数据（如第四次），而库中要被替代的现有值来自更晚的普查（如第五次）时，
导入被拒绝（OLDER_VINTAGE），除非给出 --allow-older。

选项：
  --indicator ID     文件未写明指标时（新版导出常无“指标：”行）指定指标 id（见 data/indicators.csv）
  --new-indicators   长表中允许目录之外的新指标 id（须在 unit 列给出单位）
  --allow-older      允许用较早经济普查口径的数据替代较新普查口径的现有数据
  --db FILE          数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）
  --json             在标准输出打印机器可读的结果：成功时为数组（每个文件一项，status 为 imported 或 unchanged）；
                     写入时被拒绝为 {ok:false, error, files}（files 为每个文件的结果）；
                     检查未通过时为 {ok:false, error}（此时没有任何文件导入）
  --lang zh|en       输出语言（默认 zh）
详见 docs/data.md。退出码：0 成功（含“未改动”）；2 文件有误（数据库未改动）或某个文件被拒绝（此前的文件已导入，见输出）。
`;
const HELP_EN = `Usage: regecon import FILE… [--indicator ID] [--new-indicators] [--allow-older] [--db FILE] [--json] [--lang zh|en]

Import statistics files into the embedded DuckDB store; each file becomes one vintage (notes, source,
SHA-256, import time). Reads data.stats.gov.cn exports (classic GBK CSV, the 2026 UTF-8 layouts, XLS/XLSX)
and tidy CSV (region,year,indicator,value,unit,source; the CSV written by regecon export, with region_code,
source_id and vintage columns, imports back as it is). Values must be plausible: finite, and > 0 for the
catalogue's levels, per-capita levels and indices (GDP, population, value added, 上年=100 indices;
IMPLAUSIBLE_VALUE); growth rates in % may be negative; indicators created with --new-indicators only need to
be finite. All or nothing: a bad file changes nothing and the error names file, line and column.
Several files: all are read and checked first, and if any is bad none is imported; then they are imported
in order, each as its own vintage. A file identical to an imported vintage (same SHA-256) is skipped with an
"unchanged" notice (not an error). If the store refuses a file (e.g. OLDER_VINTAGE), that file and the ones
after it are not imported, the ones before it are; the output (and the files list of --json) says what
happened to each file, and the exit code is 2. Re-run the same command once fixed: imported files are skipped. New values supersede older vintages, which stay queryable; the result
says how many values were superseded, from which vintages, and how many of them were identical.
A file whose notes name an earlier economic-census revision (e.g. the 4th) than the current values it would
supersede (e.g. the 5th) is refused (OLDER_VINTAGE) unless --allow-older is given.

Options:
  --indicator ID     indicator id when the file does not name one (see data/indicators.csv)
  --new-indicators   tidy CSV: allow indicator ids outside the catalogue (unit column required)
  --allow-older      allow data of an earlier economic census to supersede data of a later one
  --db FILE          database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB)
  --json             machine-readable result on stdout: on success an array with one entry per file (status
                     imported or unchanged); refused while writing: {ok:false, error, files} (the outcome of
                     each file); failed the checks: {ok:false, error} (then no file was imported)
  --lang zh|en       output language (default zh)
See docs/data.md. Exit codes: 0 success (including "unchanged"); 2 bad file (store unchanged) or a file
refused (the files before it were imported; see the output).
`;

/** What happened to one file of `regecon import FILE…` (the `--json` entry for a file not imported). */
export type FileOutcome =
  | ({ status: "imported" } & ImportResult)
  | { status: "unchanged"; file: string; code: "ALREADY_IMPORTED"; vintageId: number; vintage: string; message: string }
  | { status: "refused"; file: string; code: string; message: string; hint: string | null }
  | { status: "not-attempted"; file: string };

export const importCommand: Command = {
  name: "import",
  help: { zh: HELP_ZH, en: HELP_EN },
  options: { ...DB_OPTION, indicator: { type: "string" }, "new-indicators": { type: "boolean" }, "allow-older": { type: "boolean" }, json: { type: "boolean" } },
  positionals: true,
  async run(args) {
    const zh = args.lang === "zh";
    const json = args.values.json === true;
    const files = args.positionals;
    if (files.length === 0) throw new RegeconError("BAD_ARGUMENT", "regecon import：没有给出要导入的文件", "例如 regecon import 分省年度数据.csv --indicator gdp_current");
    const registry = loadRegistry();
    // 1. read and validate every file before anything is written: a bad file anywhere imports nothing
    const parsedFiles: ParsedImport[] = [];
    const bytesOf: Buffer[] = [];
    for (const file of files) {
      let size = 0;
      try {
        size = statSync(file).size;
      } catch {
        /* parseImportFile reports it */
      }
      const big = size > 20 * 2 ** 20;
      const onProgress = big ? (f: number) => process.stderr.write(`\r${zh ? "读取" : "reading"} ${file}：${Math.round(f * 100)}%   `) : undefined;
      try {
        const { bytes, ...parsed } = parseImportFile(file, registry, { indicator: stringOption(args, "indicator"), allowNewIndicators: args.values["new-indicators"] === true, onProgress });
        parsedFiles.push(parsed);
        bytesOf.push(bytes);
      } catch (e) {
        if (e instanceof RegeconError && files.length > 1) {
          const none = { zh: `所有文件先检查、全部无误才写入：${files.length} 个文件都未导入，数据库未改动。`, en: `All files are checked before anything is written: none of the ${files.length} files was imported; the store is unchanged.` };
          throw new RegeconError(e.code, e.text, e.hintText ? { zh: `${e.hintText.zh}\n${none.zh}`, en: `${e.hintText.en}\n${none.en}` } : none);
        }
        throw e;
      }
      if (big) process.stderr.write("\n");
    }
    // 2. import them in order, each as its own vintage
    const store = await Store.open(stringOption(args, "db"), registry);
    const outcomes: FileOutcome[] = [];
    let refusal: RegeconError | undefined;
    try {
      for (let k = 0; k < files.length; k++) {
        const file = files[k]!;
        const parsed = parsedFiles[k]!;
        if (refusal) {
          outcomes.push({ status: "not-attempted", file });
          continue;
        }
        const dup = await store.alreadyImported(bytesOf[k]!);
        if (dup) {
          // a byte-identical re-import is not bad input: a notice, nothing changed, the other files go on
          const message = zh
            ? `未改动：${file} 与已导入的版本 ${dup.vintage}（#${dup.vintageId}，${dup.importedAt.slice(0, 19)} 导入）是同一文件（SHA-256 相同），跳过`
            : `unchanged: ${file} is the same file (same SHA-256) as vintage ${dup.vintage} (#${dup.vintageId}, imported ${dup.importedAt.slice(0, 19)}); skipped`;
          outcomes.push({ status: "unchanged", file, code: "ALREADY_IMPORTED", vintageId: dup.vintageId, vintage: dup.vintage, message });
          if (!json) process.stdout.write(`${message}\n`);
          continue;
        }
        const big = parsed.rows.count > 1_000_000;
        if (big) process.stderr.write(`${zh ? "写入数据库…" : "writing to the store…"}\n`);
        let r: ImportResult;
        try {
          r = await store.importParsed(parsed, bytesOf[k]!, { allowOlder: args.values["allow-older"] === true });
        } catch (e) {
          if (!(e instanceof RegeconError)) throw e;
          // a store-level refusal (OLDER_VINTAGE, DUPLICATE_OBSERVATION, …): this file is not imported, nor the later ones
          refusal = e;
          outcomes.push({ status: "refused", file, code: e.code, message: e.message, hint: e.hint ?? null });
          continue;
        }
        outcomes.push({ status: "imported", ...r });
        if (!json) process.stdout.write(importedLines(file, parsed, r, args.lang).join("\n") + "\n");
      }
    } finally {
      store.close();
    }
    if (!refusal) {
      if (json) process.stdout.write(JSON.stringify(outcomes, null, 2) + "\n");
      return 0;
    }
    if (json) {
      process.stdout.write(JSON.stringify({ ok: false, error: { code: refusal.code, message: refusal.message, hint: refusal.hint ?? null }, files: outcomes }, null, 2) + "\n");
    }
    process.stderr.write(`${zh ? "错误：" : "Error: "}${refusal.message}\n`);
    if (refusal.hint) process.stderr.write(`${zh ? "提示：" : "Hint: "}${refusal.hint}\n`);
    if (files.length > 1) process.stderr.write(outcomeSummary(outcomes, args.lang).join("\n") + "\n");
    return refusal.exitCode;
  },
};

/** The lines printed for one imported file. */
function importedLines(file: string, parsed: ParsedImport, r: ImportResult, lang: "zh" | "en"): string[] {
  const c = parsed.census;
  const years = c?.revisedFrom !== undefined ? yearRange(c.revisedFrom, c.revisedTo ?? c.revisedFrom, lang) : undefined;
  const lines =
    lang === "zh"
      ? [
          `已导入 ${file}：${r.rows} 个观测值，版本 ${r.vintage}（${parsed.format}${parsed.encoding ? `，${parsed.encoding}` : ""}），指标 ${[...parsed.rows.indicators.keys()].join("、")}`,
          ...supersededLines(r, "zh"),
          c ? `  识别到经济普查修订：${c.name}${years ? `（${years}）` : ""}` : "",
          r.replacedNewerCensus > 0 ? `  注意：按 --allow-older，${c?.name ?? ""}口径的数据替代了 ${r.replacedNewerCensus} 个较新普查口径的现有值` : "",
          parsed.notes.length ? `  注释：${parsed.notes.join(" ").slice(0, 120)}` : "",
          ...r.mixedSeries.map((m) => `  注意：指标 ${m.indicator} 的当前序列混合了版本 ${m.vintages.join("、")}；跨版本计算的增长会被标注（见 series_breaks 视图）`),
        ]
      : [
          `Imported ${file}: ${r.rows} observations as vintage ${r.vintage} (${parsed.format}), indicators ${[...parsed.rows.indicators.keys()].join(", ")}`,
          ...supersededLines(r, "en"),
          c ? `  census revision recognised: ${c.name}${years ? ` (${years})` : ""}` : "",
          r.replacedNewerCensus > 0 ? `  note: with --allow-older, data of an earlier census superseded ${r.replacedNewerCensus} values of a later census` : "",
          ...r.mixedSeries.map((m) => `  note: the current series of ${m.indicator} mixes vintages ${m.vintages.join(", ")}; growth across them is flagged (view series_breaks)`),
        ];
  return lines.filter(Boolean);
}

/**
 * After a refusal with several files: which files were imported (with their vintage ids), which were
 * unchanged (already imported), which was refused and which were not attempted.
 */
export function outcomeSummary(outcomes: readonly FileOutcome[], lang: "zh" | "en"): string[] {
  const zh = lang === "zh";
  const label = (o: FileOutcome): string => {
    switch (o.status) {
      case "imported":
        return zh ? `已导入，版本 ${o.vintage}（#${o.vintageId}）` : `imported as vintage ${o.vintage} (#${o.vintageId})`;
      case "unchanged":
        return zh ? `未改动，与版本 ${o.vintage}（#${o.vintageId}）相同` : `unchanged, same file as vintage ${o.vintage} (#${o.vintageId})`;
      case "refused":
        return zh ? `未导入（${o.code}）` : `not imported (${o.code})`;
      case "not-attempted":
        return zh ? "未导入（前一个文件被拒绝，未尝试；修正后可重新运行同一命令，已导入的文件会被跳过）" : "not imported (not attempted after the refusal; re-run the same command once fixed: files already imported are skipped)";
    }
  };
  return [zh ? "各文件结果：" : "Files:", ...outcomes.map((o) => `  ${o.file}${zh ? "：" : ": "}${label(o)}`)];
}

/**
 * Lines saying how many current values an import superseded, from which vintages, and how many of
 * them were identical to the new values (same data re-encoded or re-exported). Empty when none.
 */
export function supersededLines(r: ImportResult, lang: "zh" | "en"): string[] {
  const changedFrom = r.supersededFrom.filter((f) => f.count > f.identical);
  const zh = lang === "zh";
  const lines: string[] = [];
  if (r.superseded > 0) {
    const from = changedFrom.map((f) => (zh ? `${f.vintage}（#${f.vintageId}）${f.count - f.identical} 个` : `${f.vintage} (#${f.vintageId}) ${f.count - f.identical}`)).join(zh ? "、" : ", ");
    const whole = r.supersededVintages.map((v) => `#${v}`).join(zh ? "、" : ", ");
    lines.push(
      zh
        ? `  替代了 ${r.superseded} 个数值不同的现有值，来自版本 ${from}（旧值仍可在 observations_all 中查询）${whole ? `；版本 ${whole} 已整体被替代` : ""}`
        : `  superseded ${r.superseded} current values that differ, from vintages ${from} (still in observations_all)${whole ? `; vintages ${whole} now wholly superseded` : ""}`,
    );
  }
  if (r.supersededIdentical > 0) {
    lines.push(
      zh
        ? `  ${r.supersededIdentical} 个值与现有数据相同，保留原版本${r.superseded === 0 ? "（本文件没有带来新的数值，可能是已导入数据的另一种编码或格式）" : ""}`
        : `  ${r.supersededIdentical} values equal the current ones and keep their vintage${r.superseded === 0 ? " (the file brings no new numbers; probably the same data in another encoding or format)" : ""}`,
    );
  }
  return lines;
}
