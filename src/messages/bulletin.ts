import type { Text } from "../types/text.js";
import { fixed } from "./format.js";

/** Words of `regecon bulletin` (reading observations out of a statistical bulletin). */

export const bulletinHelp: Text = {
  zh: `用法：regecon bulletin FILE [--yes] [--db FILE] [--json] [--lang zh|en]

从统计公报（国民经济和社会发展统计公报、专项统计公报等，文本格式，含网页复制的表格）中提取观测值：
表格中表头为指标目录（data/indicators.csv）所列指标、行首为地区（含全国）的每个单元格，以及正文中
“地区 + 年份 + 指标 + 数值”的表述（如“全国共投入R&D经费36326.8亿元”“广东（5099.6亿元）”）。
先列出全部拟导入的观测值供审阅；加 --yes 后才写入数据库，作为以公报命名的新数据版本
（与已有数据相同的值不替代旧版本；不同的值替代旧值，旧值仍可查询）。

选项：
  --yes          确认写入数据库（不加则只列出，不改动数据库）
  --db FILE      数据库文件（默认：用户数据目录中的 regecon.duckdb）
  --json         在标准输出打印机器可读的结果
  --lang zh|en   输出语言（默认 zh）
  -h, --help     显示本帮助

退出码：0 成功（列出或已写入）；2 输入有误（文件无法读取、没有可导入的观测值、数据库不可用）。
`,
  en: `Usage: regecon bulletin FILE [--yes] [--db FILE] [--json] [--lang zh|en]

Read observations out of a statistical bulletin (统计公报) given as text (tables copied from the web page
included): every table cell whose column header names an indicator of the catalogue (data/indicators.csv)
and whose row starts with a region (the nation included), and every sentence stating region, year,
indicator and value ("全国共投入R&D经费36326.8亿元", "广东（5099.6亿元）"). All proposed observations are
listed for review; only with --yes are they written to the store, as a new vintage named after the
bulletin (values equal to the held ones do not supersede them; different values supersede the old ones,
which stay queryable).

Options:
  --yes          write to the store (without it, only list; the store is not changed)
  --db FILE      store file (default: regecon.duckdb in the user's data directory)
  --json         print the result on stdout
  --lang zh|en   output language (default zh)
  -h, --help     show this help

Exit codes: 0 success (listed or written); 2 bad input (unreadable file, nothing to import, store unavailable).
`,
};

export const fileUnreadable = (file: string, reason: Text): Text => ({ zh: `无法读取文件 ${file}：${reason.zh}`, en: `cannot read the file ${file}: ${reason.en}` });
export const fileUnreadableHint: Text = { zh: "检查路径和读取权限。", en: "Check the path and the read permission." };
export const nothingFound = (file: string): Text => ({
  zh: `${file}：没有找到可导入的观测值（需要地区、年份、指标目录中的指标和数值）`,
  en: `${file}: no observation to import was found (needs a region, a year, a catalogue indicator and a value)`,
});
export const nothingFoundHint: Text = {
  zh: "确认文件是公报正文（文本）；目录中没有的指标请先在 data/indicators.csv 中添加。",
  en: "Check that the file is the bulletin's text; add indicators missing from the catalogue to data/indicators.csv first.",
};
export const noFileGiven: Text = { zh: "regecon bulletin：没有给出公报文件", en: "regecon bulletin: no bulletin file was given" };
export const noFileGivenHint: Text = { zh: "例如 regecon bulletin 2024年统计公报.txt", en: "e.g. regecon bulletin bulletin-2024.txt" };

export const heading = (title: string, n: number): Text => ({ zh: `《${title}》：拟导入 ${n} 个观测值`, en: `"${title}": ${n} observations proposed` });
export const columns: Text = { zh: "地区\t年份\t指标\t数值\t单位\t来源（行）\t现值（导入后）", en: "region\tyear\tindicator\tvalue\tunit\tfrom (line)\tcurrent value (after import)" };
/** What importing does to a value: new, equal to the held one, or replacing a different one (with the difference). */
export const effect = (e: "new" | "same" | "replace", held: number | undefined, value: number): Text => {
  if (e === "new" || held === undefined) return { zh: "无（新增）", en: "none (added)" };
  if (e === "same") return { zh: `${held}（相同，不替代）`, en: `${held} (equal, kept)` };
  // the difference at the finer of the two printed precisions (1349000 − 1349083.5 → −83.5)
  const decimals = Math.max(...[held, value].map((x) => (String(x).split(".")[1] ?? "").length));
  const d = fixed(value - held, decimals);
  const diff = value > held ? `+${d}` : d;
  return { zh: `${held}（将被替代，差 ${diff}）`, en: `${held} (replaced; difference ${diff})` };
};
export const reviewSummary = (added: number, same: number, replaced: number): Text => ({
  zh: `导入后：新增 ${added} 个值，${same} 个与现值相同（不替代），替代 ${replaced} 个不同的现值（旧值仍可查询）。`,
  en: `On import: ${added} values added, ${same} equal to the current ones (kept), ${replaced} different current values replaced (the old ones stay queryable).`,
});
export const reviewAgainst = (store: string | undefined): Text =>
  store === undefined
    ? { zh: "（数据库尚不存在：现值取自内置数据，即新数据库的初始内容）", en: "(no store yet: current values are the bundled data a new store starts with)" }
    : { zh: `（现值取自 ${store}）`, en: `(current values from ${store})` };
export const roundedFigure = (region: string, year: number, indicator: string, printed: string, line: number): Text => ({
  zh: `未导入：${region} ${year} ${indicator} “${printed}”（第${line}行）修约过粗，会以粗略数替代精确数`,
  en: `not imported: ${region} ${year} ${indicator} "${printed}" (line ${line}) is rounded too coarsely; it would replace a precise value with a rounded one`,
});
export const oneBulletinOnly: Text = { zh: "regecon bulletin：一次只读一份公报", en: "regecon bulletin: one bulletin at a time" };
export const origin = (origin: "table" | "prose", line: number): Text =>
  origin === "table" ? { zh: `表格（第${line}行）`, en: `table (line ${line})` } : { zh: `正文（第${line}行）`, en: `text (line ${line})` };
export const conflict = (indicator: string, region: string, year: number, kept: number, dropped: number, line: number): Text => ({
  zh: `冲突：${region} ${year} ${indicator} 表格为 ${kept}，正文第${line}行为 ${dropped}；保留表格值`,
  en: `conflict: ${region} ${year} ${indicator} is ${kept} in the table but ${dropped} in the text (line ${line}); the table's value is kept`,
});
export const skippedColumns = (n: number): Text => ({ zh: `未识别为目录指标的表列（未导入）：${n} 列`, en: `table columns not recognised as catalogue indicators (not imported): ${n}` });
export const reviewOnly: Text = {
  zh: "以上为拟导入的观测值，数据库未改动。审阅无误后加 --yes 重新运行以写入。",
  en: "These are the proposed observations; the store was not changed. After review, run again with --yes to write them.",
};
export const alreadyImported = (vintageId: number, when: string): Text => ({
  zh: `同一文件已于 ${when} 导入为版本 ${vintageId}，数据库未改动。`,
  en: `the same file was imported on ${when} as vintage ${vintageId}; the store was not changed.`,
});
export const written = (vintageId: number, title: string, rows: number, superseded: number, identical: number): Text => ({
  zh: `已写入数据版本 ${vintageId}（《${title}》）：${rows} 个观测值；替代旧值 ${superseded} 个，与已有数据相同 ${identical} 个。`,
  en: `Wrote vintage ${vintageId} ("${title}"): ${rows} observations; ${superseded} older values superseded, ${identical} identical to held data.`,
});
