import { loadRegistry, type Registry } from "../data/registry.js";
import { list, significant, yearRange } from "../messages/format.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, yearOption, type Command, type ParsedArgs } from "./command.js";
import { DATASET_OPTIONS, datasetFromArgs } from "./datasetOption.js";
import {
  COMPUTED_GDP_PER_CAPITA,
  DISPARITY_RULE,
  betaConvergenceOver,
  completeYears,
  disparityOfYear,
  disparitySeries,
  moranOfYear,
  perCapitaSpec,
  theilByGrouping,
  assignGroups,
  decompositionGroupings,
  MIXED_VINTAGES,
  type DisparityIndices,
  type Direction,
} from "../analysis/disparity.js";

const HELP_ZH = `regecon disparity：区域差距指标（默认：由地区生产总值与年末常住人口计算的人均地区生产总值）

用法：regecon disparity [--indicator gdp_per_capita] [--year 2024 | --years 2015-2024]
                        [--group 四大板块|南北] [--db FILE | --data DIR] [--json] [--lang zh|en]

选项：
  --indicator ID   gdp_per_capita（默认，计算值）、gdp_per_capita_published（公布数）或其他人均指标
  --year YYYY      单一年份（默认：数据中最近的完整年份）
  --years A-B      年份区间：输出逐年序列、σ收敛与β收敛
  --group NAME     泰尔指数分解所用分组（默认 四大板块）
  --db FILE        数据库文件（默认：用户数据目录中的 regecon.duckdb；首次使用时自动载入内置数据，
                   之后包含 regecon import 导入的数据）
  --data DIR       改为直接读取一个数据目录，如 data/nbs（内置数据）；不能与 --db 同用
  --json           输出机器可读的 JSON
  --lang zh|en     输出语言（默认 zh）
  -h, --help       显示本帮助
`;
const HELP_EN = `regecon disparity: regional disparity indices (default: GDP per capita computed from GDP and year-end resident population)

Usage: regecon disparity [--indicator gdp_per_capita] [--year 2024 | --years 2015-2024]
                         [--group 四大板块|南北] [--db FILE | --data DIR] [--json] [--lang zh|en]

Options:
  --indicator ID   gdp_per_capita (default, computed), gdp_per_capita_published, or another per-capita indicator
  --year YYYY      one year (default: the latest complete year)
  --years A-B      a range: yearly series, sigma and beta convergence
  --group NAME     grouping for the Theil decomposition (default 四大板块 = four regions; also 南北 = north-south)
  --db FILE        database file (default: regecon.duckdb in the user's data directory; loaded with the
                   bundled data on first use, then holds what \`regecon import\` added)
  --data DIR       read a data folder directly instead, e.g. data/nbs (bundled); not with --db
  --json           machine-readable JSON
  --lang zh|en     output language (default zh)
  -h, --help       show this help
`;

/** Parse "2015-2024" (also "2015–2024", "2015~2024", "2015:2024"); throws RegeconError `BAD_YEAR`. */
export function parseYearRange(text: string): [number, number] {
  const m = /^(\d{4})\s*[-–~:]\s*(\d{4})$/.exec(text.trim());
  if (!m) throw new RegeconError("BAD_YEAR", `--years 应为“起始年-结束年”，收到 "${text}"`, "例如 --years 2015-2024");
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (b <= a) throw new RegeconError("BAD_YEAR", `--years 的结束年 ${b} 应晚于起始年 ${a}`, "例如 --years 2015-2024");
  return [a, b];
}

const f4 = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(4));
const f0 = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(0));
const f1 = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(1));

function table(header: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = header.map((_, j) => Math.max(...[header, ...rows].map((r) => width(r[j] ?? ""))));
  const line = (r: string[]) => r.map((c, j) => (j === 0 ? c + " ".repeat(cols[j]! - width(c)) : " ".repeat(cols[j]! - width(c)) + c)).join("  ");
  return [line(header), cols.map((c) => "-".repeat(c)).join("  "), ...rows.map(line)].join("\n") + "\n";
}

function indexRows(ix: DisparityIndices, zh: boolean): string[][] {
  const r = (zhName: string, en: string, u: string, w: string) => [zh ? zhName : en, u, w];
  return [
    r("标准差（元/人）", "standard deviation (yuan)", f0(ix.sd), "—"),
    r("极差（元/人）", "range (yuan)", f0(ix.range), "—"),
    r("变异系数", "coefficient of variation", f4(ix.cv), f4(ix.williamsonCV)),
    r("基尼系数", "Gini", f4(ix.gini), f4(ix.giniWeighted)),
    r("泰尔指数T（GE(1)）", "Theil T (GE(1))", f4(ix.theilT), f4(ix.theilTWeighted)),
    r("泰尔指数L（GE(0)，平均对数离差）", "Theil L (GE(0), MLD)", f4(ix.theilL), f4(ix.theilLWeighted)),
    r("阿特金森指数（ε=0.5）", "Atkinson (ε=0.5)", f4(ix.atkinson05), f4(ix.atkinson05Weighted)),
    r("阿特金森指数（ε=2）", "Atkinson (ε=2)", f4(ix.atkinson2), f4(ix.atkinson2Weighted)),
    r("最高/最低倍数", "max/min ratio", f4(ix.maxMinRatio), "—"),
    r("前20%/后20%人口比值（OECD）", "top 20%/bottom 20% (OECD)", "—", f4(ix.top20Bottom20)),
    r("对数标准差", "SD of logs", f4(ix.sdLog), "—"),
  ];
}

function directionWord(d: Direction | undefined, zh: boolean): string {
  if (d === undefined) return zh ? "无法判断（年份不足）" : "undetermined (too few years)";
  const words = { narrowed: ["缩小", "narrowed"], widened: ["扩大", "widened"], mixed: ["变化不一", "mixed"], unchanged: ["基本不变", "unchanged"] } as const;
  return words[d][zh ? 0 : 1];
}

async function run(args: ParsedArgs): Promise<number> {
  const zh = args.lang === "zh";
  const registry = loadRegistry();
  const { dataset, label } = await datasetFromArgs(args, registry);
  const indicator = stringOption(args, "indicator") ?? COMPUTED_GDP_PER_CAPITA;
  const spec = perCapitaSpec(dataset, indicator);
  const group = stringOption(args, "group") ?? "四大板块";
  const available = completeYears(dataset, registry, indicator);
  if (available.length === 0) throw new RegeconError("BAD_YEAR", `${indicator} 没有任何一年具备完整的分省数据`, "检查数据目录是否含有该指标。");
  const span = yearRange(available[0]!, available[available.length - 1]!, "zh");
  const check = (y: number) => {
    if (!available.includes(y)) throw new RegeconError("BAD_YEAR", `${indicator} 没有 ${y} 年的完整分省数据`, `有完整分省数据的年份：${span}（${available.join("、")}）`);
  };
  const yearsText = stringOption(args, "years");
  const single = yearOption(args, "year");
  if (yearsText !== undefined && single !== undefined) throw new RegeconError("BAD_ARGUMENT", "--year 与 --years 只能选一个", "例如 --year 2024 或 --years 2015-2024");
  let range: [number, number] | undefined;
  if (yearsText !== undefined) {
    range = parseYearRange(yearsText);
    check(range[0]);
    check(range[1]);
  }
  const year = range ? range[1] : single ?? available[available.length - 1]!;
  check(year);
  const grouping = decompositionGrouping(registry, group, range ? range[0] : year, year);

  const yd = disparityOfYear(dataset, registry, year, indicator);
  const theil = theilByGrouping(dataset, registry, year, grouping.name, indicator);
  const moran = moranOfYear(dataset, registry, year, indicator);
  const series = range ? disparitySeries(dataset, registry, available.filter((y) => y >= range![0] && y <= range![1]), indicator) : undefined;
  const beta = range ? betaConvergenceOver(dataset, registry, range[0], range[1], indicator, grouping.name) : undefined;
  // Warnings in the output language, naming provinces (海南/Hainan), not codes; the JSON keeps codes in `moran.excluded`.
  const islandWarning = islandsWarning(registry, moran.weights.excluded, args.lang);
  const warnings = [...vintageText([...yd.warnings, ...(series?.warnings ?? [])], args.lang), ...(islandWarning ? [islandWarning] : [])];

  if (args.values.json) {
    const out = {
      indicator: { id: spec.id, name: zh ? spec.nameZh : spec.nameEn, unit: spec.unit },
      data: label,
      year,
      availableYears: available,
      indices: yd.indices ?? null,
      missing: yd.missing,
      theil: {
        grouping: grouping.name,
        kind: "T",
        weighted: true,
        ...(theil.decomposition ?? {}),
        ungrouped: theil.ungrouped,
      },
      moran: {
        variable: `${spec.id} (${moran.transform})`,
        n: moran.weights.ids.length,
        excluded: moran.weights.excluded,
        global: moran.global ?? null,
        permutation: moran.permutation ?? null,
        local: moran.local?.units ?? null,
      },
      series: series
        ? { years: series.years.map((r) => ({ year: r.year, indices: r.indices ?? null, missing: r.missing })), relative: series.relative, absolute: series.absolute, rule: DISPARITY_RULE.en, sigmaWilliamson: series.sigmaWilliamson ?? null, sigmaLog: series.sigmaLog ?? null }
        : null,
      beta: beta ? { fromYear: beta.fromYear, toYear: beta.toYear, absolute: beta.absolute ?? null, conditional: beta.conditional ?? null, conditionalOn: beta.conditionalOn } : null,
      warnings,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
    return 0;
  }

  let text = zh ? `${spec.nameZh}，${year}年（${spec.unit}；数据：${label}）\n\n` : `${spec.nameEn}, ${year} (${spec.unitEn}; data: ${label})\n\n`;
  if (!yd.indices) {
    text += zh ? `数据缺失：${list(yd.missing.map((c) => registry.province(c).name), "zh")}\n` : `missing: ${list(yd.missing.map((c) => registry.province(c).nameEn), "en")}\n`;
  } else {
    text += table(zh ? ["指标", "不加权", "人口加权"] : ["index", "unweighted", "population-weighted"], indexRows(yd.indices, zh));
  }
  const d = theil.decomposition;
  text += "\n" + (zh ? `人口加权泰尔指数T按${grouping.name}分解（${year}年）\n` : `Population-weighted Theil T by ${grouping.nameEn} (${year})\n`);
  const names = (codes: readonly string[]) => list(codes.map((c) => (registry.isProvince(c) ? registry.province(c)[zh ? "name" : "nameEn"] : c)), args.lang);
  if (d) {
    const rows = [
      [zh ? "总体" : "total", f4(d.total), "100.0"],
      [zh ? "组间" : "between", f4(d.between), f1(100 * d.betweenShare)],
      [zh ? "组内" : "within", f4(d.within), f1(d.total > 0 ? (100 * d.within) / d.total : 0)],
      ...d.groups.map((g) => [`  ${zh ? g.group : theil.groupNamesEn.get(g.group) ?? g.group}`, f4(g.withinContribution), f1(d.total > 0 ? (100 * g.withinContribution) / d.total : 0)]),
    ];
    text += table(zh ? ["部分", "数值", "贡献率(%)"] : ["part", "value", "share (%)"], rows);
  } else text += zh ? `数据缺失：${names(theil.missing)}\n` : `missing: ${names(theil.missing)}\n`;
  if (moran.global && moran.permutation) {
    const g = moran.global;
    text +=
      "\n" +
      (zh
        ? `全局莫兰指数 I = ${f4(g.I)}（E[I] = ${f4(g.expected)}，随机化假设 z = ${g.zRandomisation.toFixed(2)}，p = ${g.pRandomisation.toFixed(4)}；${moran.permutation.permutations}次置换伪p = ${moran.permutation.pValue.toFixed(3)}；n = ${g.n}，行标准化邻接权重）\n`
        : `Global Moran's I = ${f4(g.I)} (E[I] = ${f4(g.expected)}, randomisation z = ${g.zRandomisation.toFixed(2)}, p = ${g.pRandomisation.toFixed(4)}; ${moran.permutation.permutations}-permutation pseudo p = ${moran.permutation.pValue.toFixed(3)}; n = ${g.n}, row-standardised contiguity)\n`);
  }
  if (series) {
    text += "\n" + (zh ? "逐年差距指标\n" : "Disparity by year\n");
    text += table(
      zh ? ["年份", "变异系数", "加权变异系数", "加权泰尔T", "加权基尼", "标准差", "极差"] : ["year", "CV", "weighted CV", "weighted Theil T", "weighted Gini", "SD", "range"],
      series.years.map((r) => [String(r.year), f4(r.indices?.cv), f4(r.indices?.williamsonCV), f4(r.indices?.theilTWeighted), f4(r.indices?.giniWeighted), f0(r.indices?.sd), f0(r.indices?.range)]),
    );
    text += zh
      ? `${series.firstYear === undefined ? "" : `${yearRange(series.firstYear, series.lastYear!, "zh")}：`}相对差距${directionWord(series.relative, true)}，绝对差距${directionWord(series.absolute, true)}。${DISPARITY_RULE.zh}\n`
      : `${series.firstYear === undefined ? "" : `${yearRange(series.firstYear, series.lastYear!, "en")}: `}relative disparity ${directionWord(series.relative, false)}, absolute disparity ${directionWord(series.absolute, false)}. ${DISPARITY_RULE.en}\n`;
    const s = series.sigmaWilliamson;
    if (s) text += zh ? `σ收敛检验（加权变异系数对年份回归）：斜率 ${significant(s.slope, 4)}（每年），t = ${s.tValue.toFixed(2)}，p = ${s.pValue.toFixed(4)}\n` : `σ-convergence (weighted CV on year): slope ${significant(s.slope, 4)} per year, t = ${s.tValue.toFixed(2)}, p = ${s.pValue.toFixed(4)}\n`;
  }
  if (beta?.absolute) {
    const b = beta.absolute;
    text += zh
      ? `绝对β收敛（${yearRange(beta.fromYear, beta.toYear, "zh")}，名义值）：β = ${b.beta.toFixed(4)}（标准误 ${b.betaStandardError.toFixed(4)}，p = ${b.betaPValue.toFixed(4)}），收敛速度 ${b.speed === undefined ? "—" : f1(100 * b.speed) + "%"}，半衰期 ${b.halfLife === undefined ? "—" : f1(b.halfLife) + "年"}\n`
      : `Absolute β-convergence (${yearRange(beta.fromYear, beta.toYear, "en")}, nominal): β = ${b.beta.toFixed(4)} (s.e. ${b.betaStandardError.toFixed(4)}, p = ${b.betaPValue.toFixed(4)}), speed ${b.speed === undefined ? "—" : f1(100 * b.speed) + "%"}, half-life ${b.halfLife === undefined ? "—" : f1(b.halfLife) + " years"}\n`;
    if (beta.conditional) {
      const c = beta.conditional;
      text += zh ? `条件β收敛（控制${grouping.name}虚拟变量）：β = ${c.beta.toFixed(4)}（p = ${c.betaPValue.toFixed(4)}）\n` : `Conditional β (group dummies: ${grouping.nameEn}): β = ${c.beta.toFixed(4)} (p = ${c.betaPValue.toFixed(4)})\n`;
    }
  }
  for (const w of warnings) text += (zh ? "注意：" : "Warning: ") + w + "\n";
  process.stdout.write(text);
  return 0;
}

/**
 * The grouping `name` checked for a Theil decomposition (and conditional β) in `fromYear` and `year`.
 * Throws RegeconError `UNKNOWN_GROUPING` or `GROUPING_NOT_PARTITION` whose hint lists only the
 * groupings usable for a decomposition (not 区域重大战略, whose groups overlap).
 */
function decompositionGrouping(registry: Registry, name: string, fromYear: number, year: number) {
  const usable = decompositionGroupings(registry, year).filter((g) => decompositionGroupings(registry, fromYear).includes(g));
  const hint = `可用于泰尔指数分解的分组（互斥划分）：${usable.join("、")}（定义见 data/regions/groupings.csv）`;
  try {
    const grouping = registry.grouping(name);
    for (const y of new Set([fromYear, year])) assignGroups(registry, grouping.name, y);
    return grouping;
  } catch (e) {
    if (e instanceof RegeconError && (e.code === "UNKNOWN_GROUPING" || e.code === "GROUPING_NOT_PARTITION")) throw new RegeconError(e.code, e.message, hint);
    throw e;
  }
}

/** The Moran's I exclusion warning in the output language, naming the provinces; undefined when none. */
function islandsWarning(registry: Registry, excluded: readonly string[], lang: "zh" | "en"): string | undefined {
  if (excluded.length === 0) return undefined;
  const names = list(excluded.map((c) => (registry.isProvince(c) ? registry.province(c)[lang === "zh" ? "name" : "nameEn"] : c)), lang);
  const many = excluded.length > 1;
  return lang === "zh"
    ? `${names}无陆地相邻省份，已从空间权重中剔除（莫兰指数不含${many ? "这些省份" : "该省"}）`
    : `${names} ${many ? "have" : "has"} no land neighbour and ${many ? "were" : "was"} excluded from the spatial weights (Moran's I leaves ${many ? "them" : "it"} out)`;
}

/** Vintage warnings (bilingual constant MIXED_VINTAGES) reduced to the output language. */
function vintageText(warnings: readonly string[], lang: "zh" | "en"): string[] {
  const [zhText, enText] = /^(.*?) \((.*)\)$/.exec(MIXED_VINTAGES)!.slice(1) as [string, string];
  return warnings.map((w) => w.replace(MIXED_VINTAGES, lang === "zh" ? zhText : enText));
}

/** `regecon disparity`: disparity indices, Theil decomposition, convergence and Moran's I of a per-capita indicator. */
export const disparityCommand: Command = {
  name: "disparity",
  help: { zh: HELP_ZH, en: HELP_EN },
  options: {
    ...DATASET_OPTIONS,
    indicator: { type: "string" },
    year: { type: "string" },
    years: { type: "string" },
    group: { type: "string" },
    json: { type: "boolean" },
  },
  run,
};
