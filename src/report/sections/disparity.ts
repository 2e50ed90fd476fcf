import {
  COMPUTED_GDP_PER_CAPITA,
  DISPARITY_RULE,
  betaConvergenceOver,
  candidateYears,
  completeYears,
  crossSection,
  disparitySeries,
  gapsOfYear,
  moranOfYear,
  perCapitaSpec,
  theilByGrouping,
  vintagesBySource,
  type Direction,
  type TheilByGrouping,
} from "../../analysis/disparity.js";
import { indicatorCatalogue } from "../../data/indicators.js";
import { renderLines } from "../../charts/lines.js";
import { SIZE } from "../../charts/style.js";
import { list, num, pct, perYear, yearRange } from "../../messages/format.js";
import type { Block } from "../../types/document.js";
import { nextFigureLabel, nextTableLabel, type ReportContext } from "../context.js";
import { indicatorLabel, indicatorsMissingIn, missingDataNote } from "../missingData.js";
import { sourceLine } from "../sourceLine.js";
import { mixedVintageNotes } from "../vintageNote.js";

const INDICATOR = COMPUTED_GDP_PER_CAPITA;
const SIGNIFICANCE = 0.05;
/** The significance level as printed: "5%". */
const LEVEL = `${SIGNIFICANCE * 100}%`;

const dirZh: Record<Direction, string> = { narrowed: "缩小", widened: "扩大", mixed: "变化方向不一", unchanged: "基本不变" };
const dirEn: Record<Direction, string> = { narrowed: "narrowed", widened: "widened", mixed: "moved in different directions", unchanged: "was broadly unchanged" };

/**
 * Section "区域差距" (Regional disparities) of the report: per-capita GDP (computed from GDP and
 * year-end resident population) up to `ctx.year`:
 * - 图: relative disparity (population-weighted CV, Theil T, Gini) and 图: absolute disparity (SD,
 *   range) over the years in which all 31 provinces have usable data (the same coverage every year,
 *   so the years compare); incomplete years inside the span are gaps named in a note, and when the
 *   report year itself is incomplete the series ends at the last complete year and says why. The
 *   sentence's judgement follows `DISPARITY_RULE` applied to the computed numbers;
 * - 表: population-weighted Theil T of the report year decomposed by 四大板块 and by 南北, with the
 *   between-group share; and 表: absolute and conditional (四大板块 dummies) β-convergence. These are
 *   single cross-sections: when provinces lack data they cover the others and state the coverage
 *   ("30个省份，缺少广东");
 * - 表: global Moran's I on land contiguity (海南 excluded, see ISLANDS_EXCLUDED); it needs the whole
 *   contiguity map, so an incomplete year omits it with the reason.
 * Values and populations that are not > 0 are excluded before any statistic (named in a note). Every
 * figure/table whose inputs mix vintages gets `mixedVintageNotes` per indicator, and the judgements
 * say when they compare across a data-version break. Nothing is shown as 0.
 */
export function disparitySection(ctx: ReportContext): Block[] {
  const zh = ctx.lang === "zh";
  const spec = perCapitaSpec(ctx.dataset, INDICATOR);
  const blocks: Block[] = [{ kind: "heading", level: 2, text: zh ? "区域差距" : "Regional disparities" }];
  const y = ctx.year;
  const years = completeYears(ctx.dataset, ctx.registry, INDICATOR).filter((yy) => yy <= y);
  const now = candidateYears(ctx.dataset, ctx.registry, INDICATOR).includes(y) ? crossSection(ctx.dataset, ctx.registry, y, INDICATOR) : undefined;
  const usableNow = now !== undefined && now.codes.length >= 2;
  if (years.length === 0 && !usableNow) {
    blocks.push(nothingNote(ctx, spec.sourceIndicators));
    return blocks;
  }
  const completeNow = years[years.length - 1] === y;
  const perCapitaNote = zh
    ? "注：人均地区生产总值=地区生产总值/年末常住人口，按当年价格计算；加权指标以年末常住人口为权重。"
    : "Note: GDP per capita = GDP / year-end resident population, at current prices; weighted indices use year-end resident population as weights.";

  // ---- relative vs absolute disparity (complete years only) -----------------------------------------
  if (years.length === 0) {
    blocks.push({
      kind: "note",
      text: zh
        ? `（区域差距的逐年变化从略：${y}年及以前没有31个省份数据齐全的年份，${gapSentence(ctx, y)}。）`
        : `(Disparity over time omitted: no year up to ${y} has usable data for all 31 provinces; ${gapSentence(ctx, y)}.)`,
    });
  } else {
    blocks.push(...seriesBlocks(ctx, years, perCapitaNote));
  }
  if (!usableNow) {
    blocks.push({
      kind: "note",
      text: zh
        ? `（${y}年泰尔指数分解、β收敛和空间自相关从略：${gapSentence(ctx, y)}。）`
        : `(Theil decomposition, β-convergence and spatial autocorrelation for ${y} omitted: ${gapSentence(ctx, y)}.)`,
    });
    return blocks;
  }
  blocks.push(...theilBlocks(ctx, completeNow));
  blocks.push(...betaBlocks(ctx, years, completeNow));
  blocks.push(...moranBlocks(ctx, completeNow));
  return blocks;
}

/** The section replaced by one note: the report year has no usable data and no earlier year is complete. */
function nothingNote(ctx: ReportContext, ids: readonly string[]): Block {
  const zh = ctx.lang === "zh";
  const absent = indicatorsMissingIn(ctx, [...ids], ctx.year, { provincesOnly: true });
  if (absent.length > 0) return missingDataNote(ctx, zh ? "区域差距指标" : "The disparity indices", absent, ctx.year, { provincesOnly: true });
  return {
    kind: "note",
    text: zh ? `（区域差距指标从略：${gapSentence(ctx, ctx.year)}。）` : `(The disparity indices omitted: ${gapSentence(ctx, ctx.year)}.)`,
  };
}

/** Province names for codes ("海南、西藏" / "Hainan and Tibet"); "各省份"/"every province" when all 31. */
function provinceNames(ctx: ReportContext, codes: readonly string[], all = false): string {
  const zh = ctx.lang === "zh";
  const unique = [...new Set(codes)];
  if (all && unique.length === ctx.registry.provinces.length) return zh ? "各省份" : "every province";
  return list(unique.map((c) => (ctx.registry.isProvince(c) ? ctx.registry.province(c)[zh ? "name" : "nameEn"] : c)), ctx.lang);
}

/**
 * What the provinces lack in `year`, per indicator, e.g. zh "2024年缺少广东的地区生产总值（gdp_current）；
 * 湖北的年末常住人口（population_year_end）不是正数（0），已剔除"; en "in 2024, gross regional product
 * (gdp_current) is missing for Guangdong".
 */
function gapSentence(ctx: ReportContext, year: number): string {
  const zh = ctx.lang === "zh";
  const parts: string[] = [];
  for (const g of gapsOfYear(ctx.dataset, ctx.registry, year, INDICATOR)) {
    const label = indicatorLabel(g.indicator, ctx.lang);
    if (g.missing.length) parts.push(zh ? `缺少${provinceNames(ctx, g.missing, true)}的${label}` : `${label} is missing for ${provinceNames(ctx, g.missing, true)}`);
    if (g.invalid.length) {
      const value = (c: string) => String(ctx.dataset.value(g.indicator, c, year));
      const vals = g.invalid.length === 1 ? value(g.invalid[0]!) : g.invalid.map((c) => `${provinceNames(ctx, [c])}${zh ? "：" : ": "}${value(c)}`).join(zh ? "，" : ", ");
      parts.push(
        zh
          ? `${provinceNames(ctx, g.invalid)}的${label}不是正数（${vals}），无法取对数和比值，已剔除`
          : `${label} is not positive for ${provinceNames(ctx, g.invalid)} (${vals}) and cannot enter logs and ratios, so ${g.invalid.length > 1 ? "they were" : "it was"} excluded`,
      );
    }
  }
  if (parts.length === 0) return zh ? `${year}年数据不足` : `the data for ${year} are insufficient`;
  return zh ? `${year}年${parts.join("；")}` : `in ${year}, ${parts.join("; ")}`;
}

/** "30个省份，缺少广东" / "30 provinces; Guangdong missing" — coverage of a partial cross-section. */
function coverage(ctx: ReportContext, covered: readonly string[], missing: readonly string[]): string {
  return ctx.lang === "zh" ? `${covered.length}个省份，缺少${provinceNames(ctx, missing)}` : `${covered.length} provinces; ${provinceNames(ctx, missing)} missing`;
}

/**
 * Mixed-vintage notes (and warnings) for a figure/table from `years`, one per source indicator
 * whose provincial observations in those years carry more than one vintage.
 */
function vintageNotes(ctx: ReportContext, years: readonly number[]): { notes: string[]; mixed: boolean } {
  const notes: string[] = [];
  for (const [id, vintages] of vintagesBySource(ctx.dataset, ctx.registry, years, INDICATOR)) {
    const def = indicatorCatalogue().get(id);
    const what = def ? { zh: `${def.nameZh}数据`, en: `The ${def.nameEn} data` } : { zh: `${id}数据`, en: `The ${id} data` };
    notes.push(...mixedVintageNotes(ctx, what, vintages));
  }
  return { notes, mixed: notes.length > 0 };
}

function breakClause(ctx: ReportContext, mixed: boolean): string {
  if (!mixed) return "";
  return ctx.lang === "zh" ? "（注意：序列跨越不同数据版本，变化可能含统计修订因素）" : " (note: the comparison crosses a data-version break; the change may partly reflect statistical revisions)";
}

function seriesBlocks(ctx: ReportContext, complete: readonly number[], perCapitaNote: string): Block[] {
  const zh = ctx.lang === "zh";
  const spec = perCapitaSpec(ctx.dataset, INDICATOR);
  const blocks: Block[] = [];
  const y = ctx.year;
  const y0 = complete[0]!;
  const yLast = complete[complete.length - 1]!;
  // Every year of the span is a category; incomplete ones are gaps, never indices over fewer provinces.
  const span = candidateYears(ctx.dataset, ctx.registry, INDICATOR).filter((yy) => yy >= y0 && yy <= yLast);
  const gaps = span.filter((yy) => !complete.includes(yy));
  const src = sourceLine(ctx, spec.sourceIndicators, complete, { provincesOnly: true });
  const series = disparitySeries(ctx.dataset, ctx.registry, span, INDICATOR);
  const vint = vintageNotes(ctx, complete);
  const rows = series.years.filter((r) => r.indices !== undefined);
  const first = rows[0]!.indices!;
  const last = rows[rows.length - 1]!.indices!;
  const endsEarly =
    yLast < y
      ? zh
        ? `${gapSentence(ctx, y)}；差距指标须逐年覆盖全部31个省份才可比较，以下变化截至${yLast}年。`
        : `${capitalFirst(gapSentence(ctx, y))}; the indices compare only with all 31 provinces in every year, so the change below ends in ${yLast}. `
      : "";
  const gapNote = gaps.length
    ? [zh ? `注：${gaps.map((g) => gapSentence(ctx, g)).join("；")}；这些年份不计算指标，图中断开。` : `Note: ${gaps.map((g) => gapSentence(ctx, g)).join("; ")}; no indices for ${gaps.length > 1 ? "these years" : "that year"} (gaps in the lines).`]
    : [];
  if (complete.length >= 2) {
    const sigma = series.sigmaWilliamson;
    const trend =
      sigma === undefined
        ? ""
        : zh
          ? `加权变异系数对年份的线性趋势${sigma.slope < 0 ? "为负" : "为正"}（${perYear(sigma.slope, "zh")}，p=${num(sigma.pValue, 3)}），${sigma.pValue < SIGNIFICANCE ? `在${LEVEL}水平上显著，存在σ${sigma.slope < 0 ? "收敛" : "发散"}` : `在${LEVEL}水平上不显著，σ收敛证据不足`}。`
          : ` The linear trend of the weighted CV on year is ${sigma.slope < 0 ? "negative" : "positive"} (${perYear(sigma.slope, "en")}, p = ${num(sigma.pValue, 3)}), ${sigma.pValue < SIGNIFICANCE ? `significant at ${LEVEL}: σ-${sigma.slope < 0 ? "convergence" : "divergence"}` : `not significant at ${LEVEL}: no firm evidence of σ-convergence`}.`;
    const brk = breakClause(ctx, vint.mixed);
    // Rule: a change of the relative indices whose σ-trend is not significant at SIGNIFICANCE is "slight".
    const slight = sigma !== undefined && sigma.pValue >= SIGNIFICANCE && (series.relative === "narrowed" || series.relative === "widened");
    const relZh = slight ? `略有${dirZh[series.relative!]}（趋势不显著）` : dirZh[series.relative!];
    const relEn = slight ? `${dirEn[series.relative!]} slightly (no significant trend)` : dirEn[series.relative!];
    blocks.push({
      kind: "paragraph",
      text: zh
        ? `${endsEarly}${yearRange(y0, yLast, "zh")}，省际人均地区生产总值人口加权变异系数由${num(first.williamsonCV, 4)}变为${num(last.williamsonCV, 4)}，人口加权泰尔指数由${num(first.theilTWeighted, 4)}变为${num(last.theilTWeighted, 4)}，相对差距${relZh}；标准差由${num(first.sd, 0)}元变为${num(last.sd, 0)}元，极差由${num(first.range, 0)}元变为${num(last.range, 0)}元，绝对差距${dirZh[series.absolute!]}${brk}。${trend}`
        : `${endsEarly}From ${y0} to ${yLast}, the population-weighted CV of provincial GDP per capita went from ${num(first.williamsonCV, 4)} to ${num(last.williamsonCV, 4)} and the population-weighted Theil T from ${num(first.theilTWeighted, 4)} to ${num(last.theilTWeighted, 4)}: relative disparity ${relEn}. The standard deviation went from ${num(first.sd, 0)} to ${num(last.sd, 0)} yuan and the range from ${num(first.range, 0)} to ${num(last.range, 0)} yuan: absolute disparity ${dirEn[series.absolute!]}${brk}.${trend}`,
    });
    const cats = series.years.map((r) => String(r.year));
    const rel = renderLines(
      {
        categories: cats,
        series: [
          { name: zh ? "加权变异系数" : "Weighted CV", values: series.years.map((r) => r.indices?.williamsonCV) },
          { name: zh ? "加权基尼系数" : "Weighted Gini", values: series.years.map((r) => r.indices?.giniWeighted) },
          { name: zh ? "加权泰尔指数T" : "Weighted Theil T", values: series.years.map((r) => r.indices?.theilTWeighted) },
        ],
        unit: "",
        decimals: 4,
        labelLast: true,
        yMin: 0,
      },
      SIZE.wide,
    );
    blocks.push({
      kind: "figure",
      label: nextFigureLabel(ctx),
      caption: zh ? `${yearRange(y0, yLast, "zh")}省际人均地区生产总值相对差距` : `Relative disparity of provincial GDP per capita, ${yearRange(y0, yLast, "en")}`,
      ...rel,
      source: src,
      notes: [perCapitaNote, zh ? `注：${DISPARITY_RULE.zh}` : `Note: ${DISPARITY_RULE.en}`, ...gapNote, ...vint.notes],
    });
    const abs = renderLines(
      {
        categories: cats,
        series: [
          { name: zh ? "标准差" : "Standard deviation", values: series.years.map((r) => r.indices?.sd) },
          { name: zh ? "极差" : "Range", values: series.years.map((r) => r.indices?.range) },
        ],
        unit: zh ? "元/人" : "yuan",
        decimals: 0,
        labelLast: true,
      },
      SIZE.wide,
    );
    blocks.push({
      kind: "figure",
      label: nextFigureLabel(ctx),
      caption: zh ? `${yearRange(y0, yLast, "zh")}省际人均地区生产总值绝对差距` : `Absolute disparity of provincial GDP per capita, ${yearRange(y0, yLast, "en")}`,
      ...abs,
      source: src,
      notes: [zh ? "注：标准差以31个省份为总体计算（除以n），不加权；极差为最高与最低省份之差。" : "Note: the standard deviation treats the 31 provinces as the population (divisor n), unweighted; the range is highest minus lowest province.", ...gapNote, ...vint.notes],
    });
  } else {
    // One complete year: no time series to draw (a figure of one point per line says nothing).
    blocks.push({
      kind: "paragraph",
      text: zh
        ? `${endsEarly}${yLast}年，省际人均地区生产总值人口加权变异系数为${num(last.williamsonCV, 4)}，人口加权泰尔指数为${num(last.theilTWeighted, 4)}，标准差为${num(last.sd, 0)}元，极差为${num(last.range, 0)}元；此前没有完整的分省数据，无法判断差距的变化。`
        : `${endsEarly}In ${yLast}, the population-weighted CV of provincial GDP per capita was ${num(last.williamsonCV, 4)}, the population-weighted Theil T ${num(last.theilTWeighted, 4)}, the standard deviation ${num(last.sd, 0)} yuan and the range ${num(last.range, 0)} yuan; with no complete earlier year, the change in disparity cannot be assessed.`,
    });
  }
  return blocks;
}

function capitalFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

type Decomposed = TheilByGrouping & { decomposition: NonNullable<TheilByGrouping["decomposition"]> };

/**
 * Contributions of a Theil decomposition, in %: [between, within per group]. Each is rounded on its
 * own when displayed (forcing them to add to 100.0 would shift a figure a reader can check against the
 * index column); the table note says the rounded figures may not add to 100.0.
 */
function displayedShares(d: Decomposed["decomposition"]): number[] {
  return [d.between, ...d.groups.map((g) => g.withinContribution)].map((v) => (d.total > 0 ? (100 * v) / d.total : 0));
}

function theilBlocks(ctx: ReportContext, completeNow: boolean): Block[] {
  const zh = ctx.lang === "zh";
  const y = ctx.year;
  const spec = perCapitaSpec(ctx.dataset, INDICATOR);
  // A single cross-section: with provinces missing it covers the others and says so.
  const decomps = ["四大板块", "南北"].map((g) => theilByGrouping(ctx.dataset, ctx.registry, y, g, INDICATOR, { partial: true }));
  const ok = decomps.filter((t): t is Decomposed => t.decomposition !== undefined);
  if (ok.length === 0) {
    return [{ kind: "note", text: zh ? `（${y}年泰尔指数分解从略：${gapSentence(ctx, y)}。）` : `(Theil decomposition for ${y} omitted: ${gapSentence(ctx, y)}.)` }];
  }
  const part = completeNow ? undefined : coverage(ctx, ok[0]!.covered, ok[0]!.missing);
  const rows: string[][] = [];
  for (const t of ok) {
    const d = t.decomposition;
    const gname = zh ? t.grouping : ctx.registry.grouping(t.grouping).nameEn;
    const shares = displayedShares(d);
    rows.push([gname, zh ? "总体" : "Total", num(d.total, 4), pct(100, 1)]);
    rows.push(["", zh ? "组间" : "Between groups", num(d.between, 4), pct(shares[0], 1)]);
    d.groups.forEach((g, i) => {
      rows.push(["", `${zh ? "组内：" : "Within: "}${zh ? g.group : t.groupNamesEn.get(g.group) ?? g.group}`, num(g.withinContribution, 4), pct(shares[i + 1], 1)]);
    });
  }
  const four = ok.find((t) => t.grouping === "四大板块")?.decomposition;
  const ns = ok.find((t) => t.grouping === "南北")?.decomposition;
  const parts: string[] = [];
  if (four) parts.push(zh ? `四大板块之间的差距占总体差距的${pct(displayedShares(four)[0], 1)}` : `gaps between the four regions account for ${pct(displayedShares(four)[0], 1)} of the total`);
  if (ns) parts.push(zh ? `南北之间的差距占${pct(displayedShares(ns)[0], 1)}` : `the north–south gap for ${pct(displayedShares(ns)[0], 1)}`);
  const biggest = four && four.total > 0 ? [...four.groups].sort((a, b) => b.withinContribution - a.withinContribution)[0] : undefined;
  const vint = vintageNotes(ctx, [y]);
  return [
    {
      kind: "paragraph",
      text: zh
        ? `按人口加权泰尔指数分解，${y}年${part ? `（${part}）` : ""}${parts.join("，")}${biggest ? `；板块内部差距以${biggest.group}最大，贡献${pct(displayedShares(four!)[1 + four!.groups.indexOf(biggest)], 1)}` : ""}。`
        : `Decomposing the population-weighted Theil T for ${y}${part ? ` (${part})` : ""}, ${parts.join(", and ")}${biggest ? `; within-region inequality is largest in the ${ctx.registry.group(biggest.group).nameEn} (${pct(displayedShares(four!)[1 + four!.groups.indexOf(biggest)], 1)} of the total)` : ""}.`,
    },
    {
      kind: "table",
      label: nextTableLabel(ctx),
      caption: zh ? `${y}年人均地区生产总值泰尔指数分解${part ? `（${part}）` : ""}` : `Theil decomposition of GDP per capita, ${y}${part ? ` (${part})` : ""}`,
      header: zh ? ["分组", "组成部分", "泰尔指数T", "贡献率"] : ["Grouping", "Component", "Theil T", "Share"],
      rows,
      align: ["left", "left", "right", "right"],
      source: sourceLine(ctx, spec.sourceIndicators, [y], { provincesOnly: true }),
      notes: [
        zh
          ? "注：泰尔指数T即GE(1)，以年末常住人口为权重；T=Σ_g S_g ln(S_g/W_g)+Σ_g S_g T_g，S_g、W_g分别为组的地区生产总值份额和人口份额；组间与组内之和等于总体；表中数值各自四舍五入，相加可能与总体或100.0%相差一个末位。"
          : "Note: Theil T = GE(1), population-weighted; T = Σ_g S_g ln(S_g/W_g) + Σ_g S_g T_g with S_g, W_g the group's GDP and population shares; between + within = total; each figure is rounded on its own, so sums may differ from the total or from 100.0% in the last digit.",
        ...(part
          ? [
              zh
                ? `注：${gapSentence(ctx, y)}；本表按其余${ok[0]!.covered.length}个省份计算，与31个省份的结果不可直接比较。`
                : `Note: ${gapSentence(ctx, y)}; the table covers the other ${ok[0]!.covered.length} provinces and does not compare directly with results for all 31.`,
            ]
          : []),
        ...vint.notes,
      ],
    },
  ];
}

function betaBlocks(ctx: ReportContext, complete: readonly number[], completeNow: boolean): Block[] {
  const zh = ctx.lang === "zh";
  const y = ctx.year;
  const spec = perCapitaSpec(ctx.dataset, INDICATOR);
  const y0 = complete[0];
  if (y0 === undefined || y0 >= y || new Set([...complete, y]).size < 3) return [];
  const beta = betaConvergenceOver(ctx.dataset, ctx.registry, y0, y, INDICATOR, "四大板块", { partial: true });
  const a = beta.absolute;
  if (!a) {
    return [{ kind: "note", text: zh ? `（${yearRange(y0, y, "zh")}β收敛检验从略：${gapSentence(ctx, y)}，可用省份过少。）` : `(β-convergence ${yearRange(y0, y, "en")} omitted: ${gapSentence(ctx, y)}; too few provinces.)` }];
  }
  const part = completeNow ? undefined : coverage(ctx, beta.covered, beta.missing);
  const c = beta.conditional;
  const row = (name: string, b: typeof a) => [
    name,
    num(b.beta, 4),
    num(b.betaStandardError, 4),
    num(b.betaPValue, 3),
    b.speed === undefined ? "—" : pct(100 * b.speed, 1),
    b.halfLife === undefined ? "—" : num(b.halfLife, 1),
    num(b.rSquared, 3),
  ];
  const sig = a.betaPValue < SIGNIFICANCE;
  const vint = vintageNotes(ctx, [y0, y]);
  const brk = breakClause(ctx, vint.mixed);
  return [
    {
      kind: "paragraph",
      text: zh
        ? `以${y0}年人均地区生产总值对数为解释变量，${yearRange(y0, y, "zh")}年均增长率的绝对β系数为${num(a.beta, 4)}（p=${num(a.betaPValue, 3)}${part ? `；${part}` : ""}），${sig ? (a.beta < 0 ? `在${LEVEL}水平上显著为负，存在绝对β收敛` : `在${LEVEL}水平上显著为正，呈发散态势`) : `在${LEVEL}水平上不显著，绝对β收敛不明显`}${c ? `；控制四大板块虚拟变量后β系数为${num(c.beta, 4)}（p=${num(c.betaPValue, 3)}）` : ""}${brk}。`
        : `Regressing average annual growth ${yearRange(y0, y, "en")} on the log of ${y0} GDP per capita gives an absolute β of ${num(a.beta, 4)} (p = ${num(a.betaPValue, 3)}${part ? `; ${part}` : ""}), ${sig ? (a.beta < 0 ? `significantly negative at ${LEVEL}: absolute β-convergence` : `significantly positive at ${LEVEL}: divergence`) : `not significant at ${LEVEL}: no clear absolute β-convergence`}${c ? `; with four-region dummies β is ${num(c.beta, 4)} (p = ${num(c.betaPValue, 3)})` : ""}${brk}.`,
    },
    {
      kind: "table",
      label: nextTableLabel(ctx),
      caption: zh ? `${yearRange(y0, y, "zh")}人均地区生产总值β收敛检验${part ? `（${part}）` : ""}` : `β-convergence of GDP per capita, ${yearRange(y0, y, "en")}${part ? ` (${part})` : ""}`,
      header: zh ? ["模型", "β", "标准误", "p值", "收敛速度", "半衰期（年）", "R²"] : ["Model", "β", "S.E.", "p", "Speed", "Half-life (years)", "R²"],
      rows: [row(zh ? "绝对β收敛" : "Absolute β", a), ...(c ? [row(zh ? "条件β收敛（四大板块虚拟变量）" : "Conditional β (four-region dummies)", c)] : [])],
      align: ["left", "right", "right", "right", "right", "right", "right"],
      source: sourceLine(ctx, spec.sourceIndicators, [y0, y], { provincesOnly: true }),
      notes: [
        zh
          ? `注：OLS估计 ln(y_${y}/y_${y0})/T = α + β ln y_${y0}，T=${y - y0}；收敛速度 λ=−ln(1+Tβ)/T，半衰期=ln2/λ；按当年价格计算（未剔除价格因素）；p值为双侧t检验。`
          : `Note: OLS of ln(y_${y}/y_${y0})/T = α + β ln y_${y0}, T = ${y - y0}; speed λ = −ln(1+Tβ)/T, half-life = ln2/λ; current prices (not deflated); two-sided t tests.`,
        ...(part
          ? [zh ? `注：${gapSentence(ctx, y)}；回归只含两年数据齐全的${beta.covered.length}个省份。` : `Note: ${gapSentence(ctx, y)}; the regression covers the ${beta.covered.length} provinces with data in both years.`]
          : []),
        ...vint.notes,
      ],
    },
  ];
}

function moranBlocks(ctx: ReportContext, completeNow: boolean): Block[] {
  const zh = ctx.lang === "zh";
  const y = ctx.year;
  const spec = perCapitaSpec(ctx.dataset, INDICATOR);
  const moran = moranOfYear(ctx.dataset, ctx.registry, y, INDICATOR);
  if (!completeNow || !moran.global || !moran.permutation || !moran.local) {
    // Not computed on part of the map: a missing province would change its neighbours' weights.
    return [
      {
        kind: "note",
        text: zh
          ? `（${y}年空间自相关检验从略：${gapSentence(ctx, y)}；莫兰指数依赖完整的省际邻接关系，缺少省份会改变其相邻省份的空间权重，故不按部分省份计算。）`
          : `(Spatial autocorrelation for ${y} omitted: ${gapSentence(ctx, y)}; Moran's I needs the whole contiguity map, and a missing province would change its neighbours' weights, so it is not computed on part of the provinces.)`,
      },
    ];
  }
  const g = moran.global;
  const counts = { HH: 0, LH: 0, LL: 0, HL: 0 };
  for (const u of moran.local.units) if (u.pValue < SIGNIFICANCE) counts[u.quadrant]++;
  const name = (code: string) => (zh ? ctx.registry.province(code).name : ctx.registry.province(code).nameEn);
  // Every significant local cluster, by quadrant, named.
  const QUADRANTS = [["HH", "高—高集聚", "high–high clusters"], ["LL", "低—低集聚", "low–low clusters"], ["HL", "高—低异常值", "high–low outliers"], ["LH", "低—高异常值", "low–high outliers"]] as const;
  const localUnits = moran.local.units;
  const clusters = QUADRANTS.map(([q, qZh, qEn]) => ({ names: localUnits.filter((u) => u.pValue < SIGNIFICANCE && u.quadrant === q).map((u) => name(u.id)), qZh, qEn })).filter((c) => c.names.length > 0);
  const lisaZh = clusters.map((c) => `${list(c.names, "zh")}为${c.qZh}`).join("，");
  const lisaEn = clusters.map((c) => `${list(c.names, "en")} ${c.qEn}`).join("; ");
  const sig = g.pRandomisation < SIGNIFICANCE;
  const islands = moran.weights.excluded.length > 0 ? provinceNames(ctx, moran.weights.excluded) : "";
  return [
    {
      kind: "paragraph",
      text: zh
        ? `${y}年人均地区生产总值的全局莫兰指数为${num(g.I, 4)}，${sig ? `在${LEVEL}水平上显著为正，省际人均地区生产总值呈空间集聚` : `在${LEVEL}水平上不显著，空间集聚不明显`}${clusters.length > 0 ? `；局部莫兰指数在${LEVEL}水平上显著的有：${lisaZh}` : ""}。`
        : `In ${y} the global Moran's I of GDP per capita is ${num(g.I, 4)}, ${sig ? `significantly positive at ${LEVEL}: provincial GDP per capita is spatially clustered` : `not significant at ${LEVEL}`}${clusters.length > 0 ? `; significant local clusters (${LEVEL}): ${lisaEn}` : ""}.`,
    },
    {
      kind: "table",
      label: nextTableLabel(ctx),
      caption: zh ? `${y}年人均地区生产总值空间自相关检验` : `Spatial autocorrelation of GDP per capita, ${y}`,
      header: zh ? ["莫兰指数I", "期望值E(I)", "方差（随机化）", "z值", "p值", "置换检验伪p值", "省份数"] : ["Moran's I", "E(I)", "Var (randomisation)", "z", "p", "Pseudo p (permutation)", "Provinces"],
      rows: [[num(g.I, 4), num(g.expected, 4), num(g.varianceRandomisation, 4), num(g.zRandomisation, 2), num(g.pRandomisation, 4), num(moran.permutation.pValue, 3), String(g.n)]],
      align: ["right", "right", "right", "right", "right", "right", "right"],
      source: sourceLine(ctx, spec.sourceIndicators, [y], { provincesOnly: true }),
      notes: [
        zh
          ? `注：空间权重为省级陆地邻接（行标准化）；${islands ? `${islands}无陆地相邻省份，按规则剔除，` : ""}n=${g.n}。z值与p值基于随机化假设（单侧）；伪p值=（置换统计量≥观测值的次数+1）/（${moran.permutation.permutations}+1），随机种子${moran.permutation.seed}。局部莫兰指数在${LEVEL}水平显著的省份：高—高${counts.HH}个、低—低${counts.LL}个、低—高${counts.LH}个、高—低${counts.HL}个。`
          : `Note: row-standardised land-contiguity weights; ${islands ? `${islands} ${moran.weights.excluded.length > 1 ? "have" : "has"} no land neighbour and ${moran.weights.excluded.length > 1 ? "are" : "is"} excluded by rule, ` : ""}n = ${g.n}. z and p under randomisation (one-sided); pseudo p = (#permuted ≥ observed + 1)/(${moran.permutation.permutations} + 1), seed ${moran.permutation.seed}. Local Moran significant at ${LEVEL}: HH ${counts.HH}, LL ${counts.LL}, LH ${counts.LH}, HL ${counts.HL}.`,
        ...vintageNotes(ctx, [y]).notes,
      ],
    },
  ];
}
