import type { AggregationKind } from "../types/indicator.js";
import type { Text } from "../types/text.js";
import { ordinal } from "./format.js";

/** Words of `regecon data` (src/cli/data.ts) and `regecon indicators` (src/cli/indicators.ts): the users' map of the store. */

const DB_OPTION_HELP: Text = {
  zh: `  --db FILE        数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）；
                   文件必须已存在（只读命令不会新建数据库）`,
  en: `  --db FILE        database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB);
                   it must exist (read-only commands never create a store)`,
};

export const dataHelp: Text = {
  zh: `用法：regecon data [--indicator ID] [--imports] [--db FILE] [--json] [--lang zh|en]

显示数据库的覆盖情况：指标 × 年份的矩阵，以及每个数据版本（来源、文件、导入时间、注释）。
矩阵单元格：数字 = 有数据的省份数（31 为齐全）；数字后的 + = 另有全国值；“全” = 只有全国值、没有省份值；. = 没有数据。
各指标的名称、单位、汇总方式见 regecon indicators。

选项：
  --indicator ID   只显示这一指标（矩阵和数据版本都按它筛选）；库中没有的 id 报 UNKNOWN_INDICATOR
  --imports        列出导入日志（数据库旁的 <数据库>.imports.csv）：导入过的文件、时间、版本和 SHA-256，
                   按导入顺序；不打开数据库，数据库损坏时可据此重建
${DB_OPTION_HELP.zh}
  --json           以 JSON 输出 {db, coverage, vintages}（--imports 时为 {db, log, imports}）
  --lang zh|en     输出语言（默认 zh）
`,
  en: `Usage: regecon data [--indicator ID] [--imports] [--db FILE] [--json] [--lang zh|en]

Show the store's coverage as an indicator × year matrix, and every vintage (source, file, import time, notes).
Cells: a number = provinces present (31 = complete); a trailing + = a national value too; N = national value
only, no provinces; . = no data. Names, units and aggregation of the indicators: regecon indicators.

Options:
  --indicator ID   only this indicator (filters both the matrix and the vintages); an id not in the store is UNKNOWN_INDICATOR
  --imports        list the import log (<store>.imports.csv beside the store): the files imported, when, as which
                   vintage, their SHA-256, in import order; does not open the store, so it works on a damaged one
${DB_OPTION_HELP.en}
  --json           JSON {db, coverage, vintages} on stdout ({db, log, imports} with --imports)
  --lang zh|en     output language (default zh)
`,
};

export const unknownIndicatorInStore = (id: string): Text => ({
  zh: `--indicator ${id}：数据库中没有这个指标`,
  en: `--indicator ${id}: the store has no such indicator`,
});

export const indicatorsInStore = (ids: readonly string[]): Text => ({
  zh: `库中的指标：${ids.join(", ")}`,
  en: `Indicators in the store: ${ids.join(", ")}`,
});

export const storeLine = (file: string): Text => ({ zh: `数据库：${file}`, en: `Store: ${file}` });

export const vintagesColumn: Text = { zh: "版本", en: "vintages" };

/** Matrix cell of a year with a national value and no province. */
export const nationalOnlyCell: Text = { zh: "全", en: "N" };

export const legend: Text = {
  zh: "图例：数字 = 有数据的省份数（31 为齐全）；+ = 另有全国值；全 = 只有全国值（无省份）；. = 无数据；年份为后两位",
  en: "Legend: number = provinces present (31 = complete); + = national value too; N = national value only (no provinces); . = no data; years as last two digits",
};

export const vintagesHeading: Text = { zh: "数据版本：", en: "Vintages:" };

/** One vintage line after `#id vintage [kind] source title — file time；`. */
export const vintageRows = (current: number, rows: number, supersededBy: number | undefined): Text => ({
  zh: `${current}/${rows} 当前${supersededBy ? `，已被版本 ${supersededBy} 替代` : ""}`,
  en: `${current}/${rows} current${supersededBy ? `, superseded by ${supersededBy}` : ""}`,
});

/** The census revision a vintage's notes name (NBS's name in Chinese, e.g. 第四次全国经济普查). */
export const censusRevision = (census: number, name: string): Text => ({ zh: `${name}修订`, en: `revised after the ${ordinal(census)} economic census` });

export const importLogHeading = (log: string, files: number): Text => ({
  zh: `导入日志：${log}（${files} 个文件，按导入顺序）`,
  en: `Import log: ${log} (${files} files, in import order)`,
});

export const noImportLog = (log: string): Text => ({
  zh: `导入日志 ${log} 不存在或为空：这个数据库还没有导入过文件（只有内置数据）`,
  en: `the import log ${log} is missing or empty: no file was imported into this store (bundled data only)`,
});

export const allowOlderFlag: Text = { zh: "（--allow-older）", en: " (--allow-older)" };

// ── regecon indicators ───────────────────────────────────────────────────────────────────────────────

export const indicatorsHelp: Text = {
  zh: `用法：regecon indicators [--db FILE] [--json] [--lang zh|en]

列出指标目录（data/indicators.csv）和用户新建的指标：id、中英文名称、单位、分组时如何汇总，
以及数据库中当前序列的年份、省份数（+全国）和数据版本。

选项：
${DB_OPTION_HELP.zh}
  --json           以 JSON 数组输出（名称与单位含中英文）
  --lang zh|en     输出语言（默认 zh）
`,
  en: `Usage: regecon indicators [--db FILE] [--json] [--lang zh|en]

List the indicator catalogue (data/indicators.csv) and indicators created by users: id, Chinese and English
name, unit, how groups aggregate it, and the years, provinces (+ national) and vintages of its current
series in the store.

Options:
${DB_OPTION_HELP.en}
  --json           a JSON array (names and units in both languages)
  --lang zh|en     output language (default zh)
`,
};

export const indicatorsHeader: Text[] = [
  { zh: "id", en: "id" },
  { zh: "名称", en: "name" },
  { zh: "单位", en: "unit" },
  { zh: "汇总方式", en: "aggregation" },
  { zh: "年份", en: "years" },
  { zh: "省份", en: "provinces" },
  { zh: "版本", en: "vintages" },
];

/** How groups of regions aggregate an indicator (the catalogue's aggregation kind). */
export const aggregation = (kind: AggregationKind, ratioOf?: { numerator: string; denominator: string }, weight?: string): Text => {
  switch (kind) {
    case "level":
      return { zh: "总量：地区相加", en: "level: sum of regions" };
    case "ratio":
      return ratioOf
        ? { zh: `比率：Σ${ratioOf.numerator} ÷ Σ${ratioOf.denominator}`, en: `ratio: Σ${ratioOf.numerator} ÷ Σ${ratioOf.denominator}` }
        : { zh: "比率：分子和 ÷ 分母和", en: "ratio: Σnumerator ÷ Σdenominator" };
    case "realGrowthIndex":
      return weight ? { zh: `实际增长：按上年 ${weight} 加权`, en: `real growth: weighted by previous-year ${weight}` } : { zh: "实际增长：加权平均", en: "real growth: weighted mean" };
    case "rate":
      return { zh: "不汇总：地区组没有数值", en: "not aggregated: groups have no value" };
  }
};

export const userIndicator: Text = { zh: "用户新建（--new-indicators）", en: "user-defined (--new-indicators)" };

/** Years of a series: first–last, and how many when there are gaps. */
export const yearsHeld = (first: number, last: number, count: number): Text => {
  const span = last - first + 1;
  const range = first === last ? `${first}` : `${first}–${last}`;
  return count === span ? { zh: range, en: range } : { zh: `${range}（${count} 年）`, en: `${range} (${count} years)` };
};

/** Provinces present in a series, with the national total and other regions (city or county panels). */
export const regionsHeld = (provinces: number, national: boolean, other: number): Text => {
  const main: Text = provinces === 0 ? (national ? { zh: "仅全国", en: "national only" } : { zh: "0", en: "0" }) : { zh: `${provinces}${national ? "+全国" : ""}`, en: `${provinces}${national ? " + national" : ""}` };
  return { zh: `${main.zh}${other > 0 ? `，另有 ${other} 个其他地区` : ""}`, en: `${main.en}${other > 0 ? `, ${other} other regions` : ""}` };
};

export const noDataHeld: Text = { zh: "无数据", en: "no data" };
