import type { Text } from "../types/text.js";
import { capitalise, grouped, list, yearRange } from "./format.js";

/**
 * Words of regional disparity (区域差距): the analysis' errors, the judgement words and the rule, the
 * sentences of the report section and of `regecon disparity`, captions, table headers and notes.
 * Numbers arrive formatted (src/messages/format.ts with the decimals of analysis/rules/disparity.ts);
 * names (provinces, groups, indicators) arrive as `Text` in both languages.
 */

/** Join list items language by language: zh "甲、乙和丙", en "A, B and C". */
export function listText(items: readonly Text[]): Text {
  return { zh: list(items.map((t) => t.zh), "zh"), en: list(items.map((t) => t.en), "en") };
}

// ---- the indicator -------------------------------------------------------------------------------

/** Per-capita GDP computed by regecon; beside the published one (`asPublished`) the names say which is which. */
export const computedGdpPerCapita: Text = {
  zh: "人均地区生产总值（计算值：地区生产总值÷年末常住人口）",
  en: "GDP per capita (computed: GDP ÷ year-end resident population)",
};

/** A catalogue indicator used as published (人均地区生产总值（公布值）). */
export const asPublished = (name: Text): Text => ({ zh: `${name.zh}（公布值）`, en: `${name.en} (published)` });

/** "地区生产总值（gdp_current）" / "GDP (current prices) (gdp_current)": an input indicator named in a note. */
export const indicatorWithId = (name: Text, id: string): Text => ({ zh: `${name.zh}（${id}）`, en: `${name.en} (${id})` });

// ---- errors of the analysis ----------------------------------------------------------------------

export const notADisparityIndicator = (id: string): Text => ({
  zh: `无法计算区域差距的指标：${id}`,
  en: `no regional disparity can be computed for the indicator ${id}`,
});

export const disparityIndicatorsHint = (usable: readonly string[], defaultId: string): Text => ({
  zh: `可用指标：${usable.join("、")}（默认 ${defaultId}，即地区生产总值/年末常住人口）`,
  en: `Usable indicators: ${usable.join(", ")} (default ${defaultId}, i.e. GDP / year-end resident population)`,
});

export const noDataForYear = (indicator: string, year: number): Text => ({
  zh: `${indicator} 没有 ${year} 年的分省数据`,
  en: `${indicator} has no provincial data for ${year}`,
});

export const noCompleteDataForYear = (indicator: string, year: number): Text => ({
  zh: `${indicator} 没有 ${year} 年的完整分省数据`,
  en: `${indicator} has no complete provincial data for ${year}`,
});

export const noCompleteYear = (indicator: string): Text => ({
  zh: `${indicator} 没有任何一年具备完整的分省数据`,
  en: `${indicator} has no year with complete provincial data`,
});

export const noCompleteYearHint: Text = {
  zh: "检查数据是否含有该指标的全部31个省份（regecon data 列出数据覆盖）。",
  en: "Check that the data hold the indicator for all 31 provinces (regecon data shows the coverage).",
};

/**
 * The years with complete provincial data, as a hint: zh "有完整分省数据的年份：2015~2024年", with the
 * single years listed when the span has gaps; "无" / "none" when there are none.
 */
export function completeYearsHint(years: readonly number[]): Text {
  if (years.length === 0) return { zh: "有完整分省数据的年份：无", en: "Years with complete provincial data: none" };
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const gapped = years.length !== last - first + 1;
  return {
    zh: `有完整分省数据的年份：${yearRange(first, last, "zh")}${gapped ? `（${years.join("、")}）` : ""}`,
    en: `Years with complete provincial data: ${yearRange(first, last, "en")}${gapped ? ` (${years.join(", ")})` : ""}`,
  };
}

export const betaYearsReversed = (fromYear: number, toYear: number): Text => ({
  zh: `β收敛的期末年份 ${toYear} 应晚于期初年份 ${fromYear}`,
  en: `the final year ${toYear} of β-convergence must be later than the initial year ${fromYear}`,
});

export const yearRangeExample: Text = { zh: "例如 --years 2015-2024", en: "e.g. --years 2015-2024" };

export const groupingNotPartition = (grouping: Text, year: number, province: Text, groupA: Text, groupB: Text): Text => ({
  zh: `分组“${grouping.zh}”在 ${year} 年不是互斥划分：${province.zh} 同属 ${groupA.zh} 和 ${groupB.zh}`,
  en: `the grouping "${grouping.en}" is not a partition in ${year}: ${province.en} belongs to both ${groupA.en} and ${groupB.en}`,
});

export const partitionHint: Text = {
  zh: "泰尔指数分解需要互斥且完整的分组，如 四大板块、南北。",
  en: "A Theil decomposition needs groups that do not overlap, such as the four regions or north-south.",
};

export const unknownGrouping = (name: string): Text => ({ zh: `未知的地区分组：${name}`, en: `unknown grouping: ${name}` });

/** Hint listing the groupings usable for a decomposition. */
export const decompositionGroupingsHint = (groupings: readonly Text[]): Text => ({
  zh: `可用于泰尔指数分解的分组（互斥划分）：${groupings.map((g) => g.zh).join("、")}（定义见 data/regions/groupings.csv）`,
  en: `Groupings usable for a Theil decomposition (partitions): ${groupings.map((g) => `"${g.en}"`).join(", ")} (defined in data/regions/groupings.csv)`,
});

/** The residual group of provinces a grouping leaves out. */
export const ungroupedName: Text = { zh: "其他", en: "Other" };

export const contiguityRefused = (detail: string): Text => ({
  zh: `无法由省际陆地邻接表构建空间权重（${detail}）`,
  en: `the spatial weights cannot be built from the land-contiguity list (${detail})`,
});

export const contiguityHint: Text = {
  zh: "检查 data/regions/adjacency.csv：每行应为两个不同的省级代码（见 provinces.csv）。",
  en: "Check data/regions/adjacency.csv: each row must name two different province codes (see provinces.csv).",
};

// ---- judgements ----------------------------------------------------------------------------------

type DirectionName = "narrowed" | "widened" | "unchanged" | "mixed";

/** Direction of a disparity change: zh verb, en predicate ("relative disparity narrowed"). */
export const direction: Record<DirectionName, Text> = {
  narrowed: { zh: "缩小", en: "narrowed" },
  widened: { zh: "扩大", en: "widened" },
  unchanged: { zh: "基本不变", en: "was broadly unchanged" },
  mixed: { zh: "变化方向不一", en: "moved in different directions" },
};

/** A change whose σ-trend is not significant: "略有缩小（趋势不显著）" / "narrowed slightly (no significant trend)". */
export const slightly = (d: Text): Text => ({ zh: `略有${d.zh}（趋势不显著）`, en: `${d.en} slightly (no significant trend)` });

export const undetermined: Text = { zh: "无法判断（年份不足）", en: "could not be judged (too few years)" };

/** The judgement rule, stated under the figure and in `regecon disparity`; `level` e.g. "5%". */
export const disparityRule = (level: string): Text => ({
  zh: `判断规则：以人口加权变异系数和人口加权泰尔指数衡量相对差距，以标准差和极差衡量绝对差距；按显示的位数比较末年与首年，两项指标同降为“缩小”，同升为“扩大”，均不变为“基本不变”，其余为“变化方向不一”；相对差距缩小或扩大、但加权变异系数对年份的趋势在${level}水平上不显著时，称“略有缩小”或“略有扩大”。`,
  en: `Rule: relative disparity = population-weighted CV and population-weighted Theil T; absolute disparity = standard deviation and range. Comparing the last with the first year as displayed, both falling = narrowed, both rising = widened, both unchanged = broadly unchanged, otherwise moved in different directions; a relative change whose weighted-CV trend over the years is not significant at ${level} is called slight.`,
});

/** "相对差距略有缩小（趋势不显著），绝对差距扩大" / "relative disparity narrowed slightly (…), absolute disparity widened". */
export const judgementClauses = (relative: Text, absolute: Text): Text => ({
  zh: `相对差距${relative.zh}，绝对差距${absolute.zh}`,
  en: `relative disparity ${relative.en}, absolute disparity ${absolute.en}`,
});

/** The CLI's judgement line: "2015~2024年：相对差距…，绝对差距…。" */
export const judgementLine = (from: number | undefined, to: number | undefined, clauses: Text): Text => ({
  zh: `${from === undefined ? "" : `${yearRange(from, to!, "zh")}：`}${clauses.zh}。`,
  en: `${from === undefined ? "" : `${yearRange(from, to!, "en")}: `}${clauses.en}.`,
});

/** σ-trend verdicts at `level`. */
export const sigmaVerdict = (level: string): Record<"convergence" | "divergence" | "notSignificant", Text> => ({
  convergence: { zh: `在${level}水平上显著，存在σ收敛`, en: `significant at ${level}: σ-convergence` },
  divergence: { zh: `在${level}水平上显著，存在σ发散`, en: `significant at ${level}: σ-divergence` },
  notSignificant: { zh: `在${level}水平上不显著，σ收敛证据不足`, en: `not significant at ${level}: no firm evidence of σ-convergence` },
});

/** Absolute β verdicts at `level`. */
export const betaVerdict = (level: string): Record<"convergence" | "divergence" | "notSignificant", Text> => ({
  convergence: { zh: `在${level}水平上显著为负，存在绝对β收敛`, en: `significantly negative at ${level}: absolute β-convergence` },
  divergence: { zh: `在${level}水平上显著为正，呈发散态势`, en: `significantly positive at ${level}: divergence` },
  notSignificant: { zh: `在${level}水平上不显著，绝对β收敛不明显`, en: `not significant at ${level}: no clear absolute β-convergence` },
});

/** Conditional β verdicts at `level` (the CLI states it; the report gives only the coefficient). */
export const conditionalBetaVerdict = (level: string): Record<"convergence" | "divergence" | "notSignificant", Text> => ({
  convergence: { zh: `在${level}水平上显著为负，存在条件β收敛`, en: `significantly negative at ${level}: conditional β-convergence` },
  divergence: { zh: `在${level}水平上显著为正，呈发散态势`, en: `significantly positive at ${level}: divergence` },
  notSignificant: { zh: `在${level}水平上不显著`, en: `not significant at ${level}` },
});

/** Global Moran's I verdicts at `level`; `subject` is what clusters ("省际人均地区生产总值"). */
export const moranVerdict = (level: string, subject: Text): Record<"clustered" | "notSignificant", Text> => ({
  clustered: { zh: `在${level}水平上显著为正，${subject.zh}呈空间集聚`, en: `significantly positive at ${level}: ${subject.en} is spatially clustered` },
  notSignificant: { zh: `在${level}水平上不显著，空间集聚不明显`, en: `not significant at ${level}` },
});

/** Local Moran quadrants as named in prose. */
export const quadrantName: Record<"HH" | "LL" | "HL" | "LH", Text> = {
  HH: { zh: "高—高集聚", en: "high–high clusters" },
  LL: { zh: "低—低集聚", en: "low–low clusters" },
  HL: { zh: "高—低异常值", en: "high–low outliers" },
  LH: { zh: "低—高异常值", en: "low–high outliers" },
};

// ---- what the data lack --------------------------------------------------------------------------

/** "各省份" / "every province" (all provinces lack a value). */
export const everyProvince: Text = { zh: "各省份", en: "every province" };

export const gapMissing = (indicator: Text, provinces: Text): Text => ({
  zh: `缺少${provinces.zh}的${indicator.zh}`,
  en: `${indicator.en} is missing for ${provinces.en}`,
});

/** "湖北：0" / "Hubei: 0" — one province's unusable value, when several are listed. */
export const provinceValue = (province: Text, value: string): Text => ({ zh: `${province.zh}：${value}`, en: `${province.en}: ${value}` });

export const gapInvalid = (indicator: Text, provinces: Text, values: readonly Text[], count: number): Text => ({
  zh: `${provinces.zh}的${indicator.zh}不是正数（${values.map((v) => v.zh).join("，")}），无法取对数和比值，已剔除`,
  en: `${indicator.en} is not positive for ${provinces.en} (${values.map((v) => v.en).join(", ")}) and cannot enter logs and ratios, so ${count > 1 ? "they were" : "it was"} excluded`,
});

/** What a year lacks: "2024年缺少…；…" / "in 2024, … is missing …; …" (lower-case en, it may continue a sentence). */
export const gapsOfYear = (year: number, parts: readonly Text[]): Text => ({
  zh: `${year}年${parts.map((p) => p.zh).join("；")}`,
  en: `in ${year}, ${parts.map((p) => p.en).join("; ")}`,
});

export const insufficientData = (year: number): Text => ({ zh: `${year}年数据不足`, en: `the data for ${year} are insufficient` });

/** "30个省份，缺少广东" / "30 provinces; Guangdong missing" — coverage of a partial cross-section. */
export const coverage = (covered: number, missing: Text): Text => ({
  zh: `${covered}个省份，缺少${missing.zh}`,
  en: `${covered} provinces; ${missing.en} missing`,
});

// ---- the report section --------------------------------------------------------------------------

export const sectionTitle: Text = { zh: "区域差距", en: "Regional disparities" };

/** What the report's Moran verdict says is clustered. */
export const provincialGdpPerCapita: Text = { zh: "省际人均地区生产总值", en: "provincial GDP per capita" };

/** Lead-in when the series ends before the report year: "{gaps}；差距指标须逐年覆盖…，以下变化截至2023年。" */
export const seriesEndsEarly = (gaps: Text, lastYear: number): Text => ({
  zh: `${gaps.zh}；差距指标须逐年覆盖全部31个省份才可比较，以下变化截至${lastYear}年。`,
  en: `${capitalise(gaps.en)}; the indices compare only with all 31 provinces in every year, so the change below ends in ${lastYear}.`,
});

/** Whole yuan as English prints them ("42,415"), as in the rest of the English report; other strings as they are. */
const thousands = (s: string): string => (/^-?\d+$/.test(s) ? grouped(Number(s), 0, "en") : s);

/** The first and last values of the series, formatted. */
export interface SeriesFigures {
  cvFirst: string;
  cvLast: string;
  theilFirst: string;
  theilLast: string;
  sdFirst: string;
  sdLast: string;
  rangeFirst: string;
  rangeLast: string;
}

/** The series paragraph's main sentence, with the judgement words and an optional break clause. */
export const seriesSentence = (from: number, to: number, f: SeriesFigures, relative: Text, absolute: Text, breakClause: Text): Text => ({
  zh: `${yearRange(from, to, "zh")}，省际人均地区生产总值人口加权变异系数由${f.cvFirst}变为${f.cvLast}，人口加权泰尔指数由${f.theilFirst}变为${f.theilLast}，相对差距${relative.zh}；标准差由${f.sdFirst}元变为${f.sdLast}元，极差由${f.rangeFirst}元变为${f.rangeLast}元，绝对差距${absolute.zh}${breakClause.zh}。`,
  en: `From ${from} to ${to}, the population-weighted CV of provincial GDP per capita went from ${f.cvFirst} to ${f.cvLast} and the population-weighted Theil T from ${f.theilFirst} to ${f.theilLast}: relative disparity ${relative.en}. The standard deviation went from ${thousands(f.sdFirst)} to ${thousands(f.sdLast)} yuan and the range from ${thousands(f.rangeFirst)} to ${thousands(f.rangeLast)} yuan: absolute disparity ${absolute.en}${breakClause.en}.`,
});

/** Clause when a comparison crosses a data-version break. */
export const vintageBreak: Text = {
  zh: "（注意：序列跨越不同数据版本，变化可能含统计修订因素）",
  en: " (note: the comparison crosses a data-version break; the change may partly reflect statistical revisions)",
};

/** The σ-trend sentence: sign, slope per year, p and verdict. */
export const sigmaSentence = (negative: boolean, slope: Text, p: string, verdict: Text): Text => ({
  zh: `加权变异系数对年份的线性趋势${negative ? "为负" : "为正"}（${slope.zh}，p=${p}），${verdict.zh}。`,
  en: `The linear trend of the weighted CV on year is ${negative ? "negative" : "positive"} (${slope.en}, p = ${p}), ${verdict.en}.`,
});

/** One complete year only: its indices, and why no change can be judged. */
export const singleYearSentence = (year: number, cv: string, theil: string, sd: string, range: string): Text => ({
  zh: `${year}年，省际人均地区生产总值人口加权变异系数为${cv}，人口加权泰尔指数为${theil}，标准差为${sd}元，极差为${range}元；此前没有完整的分省数据，无法判断差距的变化。`,
  en: `In ${year}, the population-weighted CV of provincial GDP per capita was ${cv}, the population-weighted Theil T ${theil}, the standard deviation ${thousands(sd)} yuan and the range ${thousands(range)} yuan; with no complete earlier year, the change in disparity cannot be assessed.`,
});

export const relativeFigureCaption = (from: number, to: number): Text => ({
  zh: `${yearRange(from, to, "zh")}省际人均地区生产总值相对差距`,
  en: `Relative disparity of provincial GDP per capita, ${yearRange(from, to, "en")}`,
});

export const absoluteFigureCaption = (from: number, to: number): Text => ({
  zh: `${yearRange(from, to, "zh")}省际人均地区生产总值绝对差距`,
  en: `Absolute disparity of provincial GDP per capita, ${yearRange(from, to, "en")}`,
});

/** Legend names of the figures' lines. */
export const seriesName = {
  weightedCV: { zh: "加权变异系数", en: "Weighted CV" },
  weightedGini: { zh: "加权基尼系数", en: "Weighted Gini" },
  weightedTheilT: { zh: "加权泰尔指数T", en: "Weighted Theil T" },
  sd: { zh: "标准差", en: "Standard deviation" },
  range: { zh: "极差", en: "Range" },
} satisfies Record<string, Text>;

/** Unit of the absolute-disparity axis. */
export const yuanAxisUnit: Text = { zh: "元/人", en: "yuan" };

/** "注：…" / "Note: …". */
export const note = (text: Text): Text => ({ zh: `注：${text.zh}`, en: `Note: ${text.en}` });

export const perCapitaNote: Text = {
  zh: "人均地区生产总值=地区生产总值/年末常住人口，按当年价格计算；加权指标以年末常住人口为权重。",
  en: "GDP per capita = GDP / year-end resident population, at current prices; weighted indices use year-end resident population as weights.",
};

export const absoluteNote: Text = {
  zh: "标准差以31个省份为总体计算（除以n），不加权；极差为最高与最低省份之差。",
  en: "the standard deviation treats the 31 provinces as the population (divisor n), unweighted; the range is highest minus lowest province.",
};

/** Note naming the gap years of a figure: "注：2018年缺少…；这些年份不计算指标，图中断开。" */
export const gapYearsNote = (gaps: readonly Text[]): Text => ({
  zh: `注：${gaps.map((g) => g.zh).join("；")}；这些年份不计算指标，图中断开。`,
  en: `Note: ${gaps.map((g) => g.en).join("; ")}; no indices for ${gaps.length > 1 ? "these years" : "that year"} (gaps in the lines).`,
});

/** Subject of the vintage notes of one input indicator: "地区生产总值数据" / "The GDP (current prices) data". */
export const indicatorData = (name: Text): Text => ({ zh: `${name.zh}数据`, en: `The ${name.en} data` });

/** Notes replacing parts of the section that the data cannot support. */
export const omitted = {
  /** No year up to the report year is complete. */
  series: (year: number, gaps: Text): Text => ({
    zh: `（区域差距的逐年变化从略：${year}年及以前没有31个省份数据齐全的年份，${gaps.zh}。）`,
    en: `(Disparity over time omitted: no year up to ${year} has usable data for all 31 provinces; ${gaps.en}.)`,
  }),
  /** The report year has too few provinces for any cross-section. */
  crossSections: (year: number, gaps: Text): Text => ({
    zh: `（${year}年泰尔指数分解、β收敛和空间自相关从略：${gaps.zh}。）`,
    en: `(Theil decomposition, β-convergence and spatial autocorrelation for ${year} omitted: ${gaps.en}.)`,
  }),
  /** Nothing at all can be computed. */
  all: (gaps: Text): Text => ({ zh: `（区域差距指标从略：${gaps.zh}。）`, en: `(The disparity indices omitted: ${gaps.en}.)` }),
  theil: (year: number, gaps: Text): Text => ({ zh: `（${year}年泰尔指数分解从略：${gaps.zh}。）`, en: `(Theil decomposition for ${year} omitted: ${gaps.en}.)` }),
  beta: (from: number, to: number, gaps: Text): Text => ({
    zh: `（${yearRange(from, to, "zh")}β收敛检验从略：${gaps.zh}，可用省份过少。）`,
    en: `(β-convergence ${yearRange(from, to, "en")} omitted: ${gaps.en}; too few provinces.)`,
  }),
  moran: (year: number, gaps: Text): Text => ({
    zh: `（${year}年空间自相关检验从略：${gaps.zh}；莫兰指数依赖完整的省际邻接关系，缺少省份会改变其相邻省份的空间权重，故不按部分省份计算。）`,
    en: `(Spatial autocorrelation for ${year} omitted: ${gaps.en}; Moran's I needs the whole contiguity map, and a missing province would change its neighbours' weights, so it is not computed on part of the provinces.)`,
  }),
};

/** Subject of the missing-data note when the section has no data at all. */
export const disparityIndicesSubject: Text = { zh: "区域差距指标", en: "The disparity indices" };

/** Theil paragraph: the between-group share of the four regions. */
export const fourRegionsShare = (share: string): Text => ({
  zh: `四大板块之间的差距占总体差距的${share}`,
  en: `gaps between the four regions account for ${share} of the total`,
});

/** Theil paragraph: the between-group share of north and south. */
export const northSouthShare = (share: string): Text => ({ zh: `南北之间的差距占${share}`, en: `the north–south gap for ${share}` });

/** Theil paragraph: the group(s) with the largest within-group part. */
export const largestWithin = (groups: Text, share: string): Text => ({
  zh: `；板块内部差距以${groups.zh}最大，贡献${share}`,
  en: `; within-region inequality is largest in the ${groups.en} (${share} of the total)`,
});

export const theilSentence = (year: number, coverage: Text | undefined, parts: readonly Text[], largest: Text | undefined): Text => ({
  zh: `按人口加权泰尔指数分解，${year}年${coverage ? `（${coverage.zh}）` : ""}${parts.map((p) => p.zh).join("，")}${largest?.zh ?? ""}。`,
  en: `Decomposing the population-weighted Theil T for ${year}${coverage ? ` (${coverage.en})` : ""}, ${parts.map((p) => p.en).join(", and ")}${largest?.en ?? ""}.`,
});

export const theilTableCaption = (year: number, coverage: Text | undefined): Text => ({
  zh: `${year}年人均地区生产总值泰尔指数分解${coverage ? `（${coverage.zh}）` : ""}`,
  en: `Theil decomposition of GDP per capita, ${year}${coverage ? ` (${coverage.en})` : ""}`,
});

export const theilTableHeader: Text[] = [
  { zh: "分组", en: "Grouping" },
  { zh: "组成部分", en: "Component" },
  { zh: "泰尔指数T", en: "Theil T" },
  { zh: "贡献率", en: "Share" },
];

export const totalPart: Text = { zh: "总体", en: "Total" };
export const betweenPart: Text = { zh: "组间", en: "Between groups" };
export const withinPart: Text = { zh: "组内", en: "Within groups" };
export const withinGroupPart = (group: Text): Text => ({ zh: `组内：${group.zh}`, en: `Within: ${group.en}` });

export const theilNote: Text = {
  zh: "泰尔指数T即GE(1)，以年末常住人口为权重；T=Σ_g S_g ln(S_g/W_g)+Σ_g S_g T_g，S_g、W_g分别为组的地区生产总值份额和人口份额；组间与组内之和等于总体；表中数值各自四舍五入，相加可能与总体或100.0%相差一个末位。",
  en: "Theil T = GE(1), population-weighted; T = Σ_g S_g ln(S_g/W_g) + Σ_g S_g T_g with S_g, W_g the group's GDP and population shares; between + within = total; each figure is rounded on its own, so sums may differ from the total or from 100.0% in the last digit.",
};

export const partialTheilNote = (gaps: Text, covered: number): Text => ({
  zh: `${gaps.zh}；本表按其余${covered}个省份计算，与31个省份的结果不可直接比较。`,
  en: `${gaps.en}; the table covers the other ${covered} provinces and does not compare directly with results for all 31.`,
});

/** The β paragraph. */
export const betaSentence = (from: number, to: number, beta: string, p: string, coverage: Text | undefined, verdict: Text, conditional: Text | undefined, breakClause: Text): Text => ({
  zh: `以${from}年人均地区生产总值对数为解释变量，${yearRange(from, to, "zh")}年均增长率的绝对β系数为${beta}（p=${p}${coverage ? `；${coverage.zh}` : ""}），${verdict.zh}${conditional?.zh ?? ""}${breakClause.zh}。`,
  en: `Regressing average annual growth ${yearRange(from, to, "en")} on the log of ${from} GDP per capita gives an absolute β of ${beta} (p = ${p}${coverage ? `; ${coverage.en}` : ""}), ${verdict.en}${conditional?.en ?? ""}${breakClause.en}.`,
});

export const conditionalBetaClause = (beta: string, p: string): Text => ({
  zh: `；控制四大板块虚拟变量后β系数为${beta}（p=${p}）`,
  en: `; with four-region dummies β is ${beta} (p = ${p})`,
});

export const betaTableCaption = (from: number, to: number, coverage: Text | undefined): Text => ({
  zh: `${yearRange(from, to, "zh")}人均地区生产总值β收敛检验${coverage ? `（${coverage.zh}）` : ""}`,
  en: `β-convergence of GDP per capita, ${yearRange(from, to, "en")}${coverage ? ` (${coverage.en})` : ""}`,
});

export const betaTableHeader: Text[] = [
  { zh: "模型", en: "Model" },
  { zh: "β", en: "β" },
  { zh: "标准误", en: "S.E." },
  { zh: "p值", en: "p" },
  { zh: "收敛速度", en: "Speed" },
  { zh: "半衰期（年）", en: "Half-life (years)" },
  { zh: "R²", en: "R²" },
];

export const absoluteBetaModel: Text = { zh: "绝对β收敛", en: "Absolute β" };
export const conditionalBetaModel: Text = { zh: "条件β收敛（四大板块虚拟变量）", en: "Conditional β (four-region dummies)" };

export const betaNote = (from: number, to: number): Text => ({
  zh: `OLS估计 ln(y_${to}/y_${from})/T = α + β ln y_${from}，T=${to - from}；收敛速度 λ=−ln(1+Tβ)/T，半衰期=ln2/λ；按当年价格计算（未剔除价格因素）；p值为双侧t检验。`,
  en: `OLS of ln(y_${to}/y_${from})/T = α + β ln y_${from}, T = ${to - from}; speed λ = −ln(1+Tβ)/T, half-life = ln2/λ; current prices (not deflated); two-sided t tests.`,
});

export const partialBetaNote = (gaps: Text, covered: number): Text => ({
  zh: `${gaps.zh}；回归只含两年数据齐全的${covered}个省份。`,
  en: `${gaps.en}; the regression covers the ${covered} provinces with data in both years.`,
});

/** Local clusters of one quadrant in prose: "江苏和浙江为高—高集聚" / "Jiangsu and Zhejiang high–high clusters". */
export const clusterOf = (provinces: Text, quadrant: Text): Text => ({ zh: `${provinces.zh}为${quadrant.zh}`, en: `${provinces.en} ${quadrant.en}` });

export const moranSentence = (year: number, moranI: string, verdict: Text, clusters: readonly Text[], level: string): Text => ({
  zh: `${year}年人均地区生产总值的全局莫兰指数为${moranI}，${verdict.zh}${clusters.length > 0 ? `；局部莫兰指数在${level}水平上显著的有：${clusters.map((c) => c.zh).join("，")}` : ""}。`,
  en: `In ${year} the global Moran's I of GDP per capita is ${moranI}, ${verdict.en}${clusters.length > 0 ? `; significant local clusters (${level}): ${clusters.map((c) => c.en).join("; ")}` : ""}.`,
});

export const moranTableCaption = (year: number): Text => ({ zh: `${year}年人均地区生产总值空间自相关检验`, en: `Spatial autocorrelation of GDP per capita, ${year}` });

export const moranTableHeader: Text[] = [
  { zh: "莫兰指数I", en: "Moran's I" },
  { zh: "期望值E(I)", en: "E(I)" },
  { zh: "方差（随机化）", en: "Var (randomisation)" },
  { zh: "z值", en: "z" },
  { zh: "p值", en: "p" },
  { zh: "置换检验伪p值", en: "Pseudo p (permutation)" },
  { zh: "省份数", en: "Provinces" },
];

/** Counts of significant local units per quadrant. */
export interface QuadrantCounts {
  HH: number;
  LL: number;
  LH: number;
  HL: number;
}

export const moranNote = (islands: Text | undefined, islandCount: number, n: number, permutations: number, seed: number, level: string, c: QuadrantCounts): Text => ({
  zh: `空间权重为省级陆地邻接（行标准化）；${islands ? `${islands.zh}无陆地相邻省份，按规则剔除，` : ""}n=${n}。z值与p值基于随机化假设（单侧）；伪p值=（置换统计量≥观测值的次数+1）/（${permutations}+1），随机种子${seed}。局部莫兰指数在${level}水平显著的省份：高—高${c.HH}个、低—低${c.LL}个、低—高${c.LH}个、高—低${c.HL}个。`,
  en: `row-standardised land-contiguity weights; ${islands ? `${islands.en} ${islandCount > 1 ? "have" : "has"} no land neighbour and ${islandCount > 1 ? "are" : "is"} excluded by rule, ` : ""}n = ${n}. z and p under randomisation (one-sided); pseudo p = (#permuted ≥ observed + 1)/(${permutations} + 1), seed ${seed}. Local Moran significant at ${level}: HH ${c.HH}, LL ${c.LL}, LH ${c.LH}, HL ${c.HL}.`,
});

// ---- warnings ------------------------------------------------------------------------------------

/** Provinces without a land neighbour were left out of Moran's I. */
export const islandsExcluded = (provinces: Text, count: number): Text => ({
  zh: `${provinces.zh}无陆地相邻省份，已从空间权重中剔除（莫兰指数不含${count > 1 ? "这些省份" : "该省"}）`,
  en: `${provinces.en} ${count > 1 ? "have" : "has"} no land neighbour and ${count > 1 ? "were" : "was"} excluded from the spatial weights (Moran's I leaves ${count > 1 ? "them" : "it"} out)`,
});

/** An input series of `regecon disparity` mixes vintages. */
export const seriesMixesVintages = (indicator: Text, vintages: readonly Text[]): Text => ({
  zh: `${indicator.zh}序列混用了${vintages.length}个数据版本：${vintages.map((v) => v.zh).join("；")}。跨版本的比较可能包含统计修订的影响。`,
  en: `${indicator.en}: the series mixes ${vintages.length} vintages: ${vintages.map((v) => v.en).join("; ")}. Comparisons across vintages may reflect statistical revisions.`,
});
