import type { Text } from "../types/text.js";
import { capitalise, yearRange } from "./format.js";

/**
 * Words of the `regecon disparity` command: its help, option errors, the headings and labels of its
 * text output. The judgements and sentences it shares with the report are in messages/disparity.ts.
 */

export const help: Text = {
  zh: `regecon disparity：区域差距指标（默认：由地区生产总值与年末常住人口计算的人均地区生产总值）

用法：regecon disparity [--indicator gdp_per_capita] [--year 2024 | --years 2015-2024]
                        [--group 四大板块|南北] [--db FILE | --data DIR] [--json] [--lang zh|en]

选项：
  --indicator ID   gdp_per_capita（默认，计算值）、gdp_per_capita_published（公布值）或其他人均指标
  --year YYYY      单一年份（默认：数据中最近的完整年份）
  --years A-B      年份区间：输出逐年序列、σ收敛与β收敛
  --group NAME     泰尔指数分解所用分组（默认 四大板块）
  --db FILE        数据库文件（默认：用户数据目录中的 regecon.duckdb；首次使用时自动载入内置数据，
                   之后包含 regecon import 导入的数据）
  --data DIR       改为直接读取一个数据目录，如 data/nbs（内置数据）；不能与 --db 同用
  --json           输出机器可读的 JSON
  --lang zh|en     输出语言（默认 zh）
  -h, --help       显示本帮助
`,
  en: `regecon disparity: regional disparity indices (default: GDP per capita computed from GDP and year-end resident population)

Usage: regecon disparity [--indicator gdp_per_capita] [--year 2024 | --years 2015-2024]
                         [--group "four regions"|north-south] [--db FILE | --data DIR] [--json] [--lang zh|en]

Options:
  --indicator ID   gdp_per_capita (default, computed), gdp_per_capita_published, or another per-capita indicator
  --year YYYY      one year (default: the latest complete year)
  --years A-B      a range: yearly series, sigma and beta convergence
  --group NAME     grouping for the Theil decomposition: "four regions" (default) or north-south
                   (English or Chinese names, as in data/regions/groupings.csv)
  --db FILE        database file (default: regecon.duckdb in the user's data directory; loaded with the
                   bundled data on first use, then holds what \`regecon import\` added)
  --data DIR       read a data folder directly instead, e.g. data/nbs (bundled); not with --db
  --json           machine-readable JSON
  --lang zh|en     output language (default zh)
  -h, --help       show this help
`,
};

// ---- option errors -------------------------------------------------------------------------------

export const badYearRange = (got: string): Text => ({
  zh: `--years 应为“起始年-结束年”，收到“${got}”`,
  en: `--years must be "first-last", got "${got}"`,
});

export const yearRangeReversed = (first: number, last: number): Text => ({
  zh: `--years 的结束年 ${last} 应晚于起始年 ${first}`,
  en: `the last year ${last} of --years must be later than the first year ${first}`,
});

export const yearAndYears: Text = { zh: "--year 与 --years 只能选一个", en: "give either --year or --years, not both" };
export const yearOrYearsHint: Text = { zh: "例如 --year 2024 或 --years 2015-2024", en: "e.g. --year 2024 or --years 2015-2024" };

// ---- text output ---------------------------------------------------------------------------------

/** First line: "人均地区生产总值（…），2024年（元/人；数据：…）". */
export const heading = (indicator: Text, unit: Text, year: number, data: string): Text => ({
  zh: `${indicator.zh}，${year}年（${unit.zh}；数据：${data}）`,
  en: `${indicator.en}, ${year} (${unit.en}; data: ${data})`,
});

export const missingProvinces = (provinces: Text): Text => ({ zh: `数据缺失：${provinces.zh}`, en: `missing: ${provinces.en}` });

export const indexTableHeader: Text[] = [
  { zh: "指标", en: "index" },
  { zh: "不加权", en: "unweighted" },
  { zh: "人口加权", en: "population-weighted" },
];

/** Names of the indices in the table, in order; the absolute ones carry the indicator's unit. */
export const indexName = {
  sd: (unit: Text): Text => ({ zh: `标准差（${unit.zh}）`, en: `standard deviation (${unit.en})` }),
  range: (unit: Text): Text => ({ zh: `极差（${unit.zh}）`, en: `range (${unit.en})` }),
  cv: { zh: "变异系数", en: "coefficient of variation" },
  gini: { zh: "基尼系数", en: "Gini" },
  theilT: { zh: "泰尔指数T（GE(1)）", en: "Theil T (GE(1))" },
  theilL: { zh: "泰尔指数L（GE(0)，平均对数离差）", en: "Theil L (GE(0), MLD)" },
  atkinson05: { zh: "阿特金森指数（ε=0.5）", en: "Atkinson (ε=0.5)" },
  atkinson2: { zh: "阿特金森指数（ε=2）", en: "Atkinson (ε=2)" },
  maxMinRatio: { zh: "最高/最低倍数", en: "max/min ratio" },
  top20Bottom20: { zh: "前20%/后20%人口比值（OECD）", en: "top 20%/bottom 20% (OECD)" },
  sdLog: { zh: "对数标准差", en: "SD of logs" },
};

export const theilHeading = (grouping: Text, year: number): Text => ({
  zh: `人口加权泰尔指数T按${grouping.zh}分解（${year}年）`,
  en: `Population-weighted Theil T by ${grouping.en} (${year})`,
});

export const theilTableHeader: Text[] = [
  { zh: "部分", en: "part" },
  { zh: "数值", en: "value" },
  { zh: "贡献率(%)", en: "share (%)" },
];

export const theilPart = {
  total: { zh: "总体", en: "total" },
  between: { zh: "组间", en: "between" },
  within: { zh: "组内", en: "within" },
};

/** Numbers of the global Moran line, formatted. */
export interface MoranFigures {
  I: string;
  expected: string;
  z: string;
  p: string;
  permutations: number;
  pseudoP: string;
  n: number;
}

export const moranLine = (f: MoranFigures, verdict: Text): Text => ({
  zh: `全局莫兰指数 I = ${f.I}（E[I] = ${f.expected}，随机化假设 z = ${f.z}，p = ${f.p}；${f.permutations}次置换伪p = ${f.pseudoP}；n = ${f.n}，行标准化邻接权重）。${verdict.zh}。`,
  en: `Global Moran's I = ${f.I} (E[I] = ${f.expected}, randomisation z = ${f.z}, p = ${f.p}; ${f.permutations}-permutation pseudo p = ${f.pseudoP}; n = ${f.n}, row-standardised contiguity). ${capitalise(verdict.en)}.`,
});

export const seriesHeading: Text = { zh: "逐年差距指标", en: "Disparity by year" };

export const seriesTableHeader: Text[] = [
  { zh: "年份", en: "year" },
  { zh: "变异系数", en: "CV" },
  { zh: "加权变异系数", en: "weighted CV" },
  { zh: "加权泰尔T", en: "weighted Theil T" },
  { zh: "加权基尼", en: "weighted Gini" },
  { zh: "标准差", en: "SD" },
  { zh: "极差", en: "range" },
];

export const sigmaLine = (slope: Text, t: string, p: string, verdict: Text): Text => ({
  zh: `σ收敛检验（加权变异系数对年份回归）：斜率${slope.zh}，t = ${t}，p = ${p}；${verdict.zh}`,
  en: `σ-convergence (weighted CV on year): slope ${slope.en}, t = ${t}, p = ${p}; ${verdict.en}`,
});

/** Numbers of a β line, formatted. */
export interface BetaFigures {
  beta: string;
  standardError: string;
  p: string;
  /** Speed in % a year ("0.5%"), "—" when undefined. */
  speed: string;
  /** Half-life ("151.0年" / "151.0 years"), "—" when undefined. */
  halfLife: Text;
}

export const absoluteBetaLine = (from: number, to: number, f: BetaFigures, verdict: Text): Text => ({
  zh: `绝对β收敛（${yearRange(from, to, "zh")}，名义值）：β = ${f.beta}（标准误 ${f.standardError}，p = ${f.p}），收敛速度 ${f.speed}，半衰期 ${f.halfLife.zh}；${verdict.zh}`,
  en: `Absolute β-convergence (${yearRange(from, to, "en")}, nominal): β = ${f.beta} (s.e. ${f.standardError}, p = ${f.p}), speed ${f.speed}, half-life ${f.halfLife.en}; ${verdict.en}`,
});

export const conditionalBetaLine = (grouping: Text, beta: string, p: string, verdict: Text): Text => ({
  zh: `条件β收敛（控制${grouping.zh}虚拟变量）：β = ${beta}（p = ${p}）；${verdict.zh}`,
  en: `Conditional β (group dummies: ${grouping.en}): β = ${beta} (p = ${p}); ${verdict.en}`,
});

export const years = (n: string): Text => ({ zh: `${n}年`, en: `${n} years` });

/** Subject of the Moran verdict: "省际人均地区生产总值…" / "provincial GDP per capita …". */
export const provincialValues = (indicator: Text): Text => ({ zh: `省际${indicator.zh}`, en: `provincial ${indicator.en}` });
