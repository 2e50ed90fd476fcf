import {
  COMPUTED_GDP_PER_CAPITA,
  DISPARITY_RULE,
  betaConvergenceOver,
  completeYears,
  disparitySeries,
  moranOfYear,
  perCapitaSpec,
  theilByGrouping,
  type Direction,
  type TheilByGrouping,
} from "../../analysis/disparity.js";
import { renderLines } from "../../charts/lines.js";
import { SIZE } from "../../charts/style.js";
import { list, num, pct, perYear, yearRange } from "../../narrative/format.js";
import type { Block } from "../../types/document.js";
import { nextFigureLabel, nextTableLabel, type ReportContext } from "../context.js";
import { sourceLine } from "../sourceLine.js";

const INDICATOR = COMPUTED_GDP_PER_CAPITA;
const SIGNIFICANCE = 0.05;

const dirZh: Record<Direction, string> = { narrowed: "缩小", widened: "扩大", mixed: "变化方向不一", unchanged: "基本不变" };
const dirEn: Record<Direction, string> = { narrowed: "narrowed", widened: "widened", mixed: "moved in different directions", unchanged: "was broadly unchanged" };

/**
 * Section "区域差距" (Regional disparities) of the report: per-capita GDP (computed from GDP and
 * year-end resident population) over every complete year up to `ctx.year`:
 * - 图: relative disparity (population-weighted CV, Theil T, Gini) and 图: absolute disparity (SD,
 *   range); the sentence's judgement follows `DISPARITY_RULE` applied to the computed numbers;
 * - 表: population-weighted Theil T decomposed by 四大板块 and by 南北, with the between-group share;
 * - 表: absolute and conditional (四大板块 dummies) β-convergence;
 * - 表: global Moran's I on land contiguity (海南 excluded, see ISLANDS_EXCLUDED).
 * Missing data give a note instead of a figure/table; nothing is shown as 0.
 */
export function disparitySection(ctx: ReportContext): Block[] {
  const zh = ctx.lang === "zh";
  const spec = perCapitaSpec(ctx.dataset, INDICATOR);
  const blocks: Block[] = [{ kind: "heading", level: 2, text: zh ? "区域差距" : "Regional disparities" }];
  const years = completeYears(ctx.dataset, ctx.registry, INDICATOR).filter((y) => y <= ctx.year);
  if (years.length === 0 || years[years.length - 1] !== ctx.year) {
    blocks.push({
      kind: "note",
      text: zh
        ? `${ctx.year}年缺少完整的分省地区生产总值或年末常住人口数据，无法计算区域差距指标。`
        : `Provincial GDP or year-end population for ${ctx.year} is incomplete; disparity indices cannot be computed.`,
    });
    return blocks;
  }
  const y = ctx.year;
  const y0 = years[0]!;
  const src = sourceLine(ctx, spec.sourceIndicators, years, { provincesOnly: true });
  const perCapitaNote = zh
    ? "注：人均地区生产总值=地区生产总值/年末常住人口，按当年价格计算；加权指标以年末常住人口为权重。"
    : "Note: GDP per capita = GDP / year-end resident population, at current prices; weighted indices use year-end resident population as weights.";

  // ---- relative vs absolute disparity -----------------------------------------------------------
  const series = disparitySeries(ctx.dataset, ctx.registry, years, INDICATOR);
  const first = series.years[0]!.indices!;
  const last = series.years[series.years.length - 1]!.indices!;
  if (years.length >= 2) {
    const sigma = series.sigmaWilliamson;
    const trend =
      sigma === undefined
        ? ""
        : zh
          ? `加权变异系数对年份的线性趋势${sigma.slope < 0 ? "为负" : "为正"}（${perYear(sigma.slope, "zh")}，p=${num(sigma.pValue, 3)}），${sigma.pValue < SIGNIFICANCE ? `在5%水平上显著，存在σ${sigma.slope < 0 ? "收敛" : "发散"}` : "在5%水平上不显著，σ收敛证据不足"}。`
          : ` The linear trend of the weighted CV on year is ${sigma.slope < 0 ? "negative" : "positive"} (${perYear(sigma.slope, "en")}, p = ${num(sigma.pValue, 3)}), ${sigma.pValue < SIGNIFICANCE ? `significant at 5%: σ-${sigma.slope < 0 ? "convergence" : "divergence"}` : "not significant at 5%: no firm evidence of σ-convergence"}.`;
    blocks.push({
      kind: "paragraph",
      text: zh
        ? `${yearRange(y0, y, "zh")}，省际人均地区生产总值人口加权变异系数由${num(first.williamsonCV, 4)}变为${num(last.williamsonCV, 4)}，人口加权泰尔指数由${num(first.theilTWeighted, 4)}变为${num(last.theilTWeighted, 4)}，相对差距${dirZh[series.relative!]}；标准差由${num(first.sd, 0)}元变为${num(last.sd, 0)}元，极差由${num(first.range, 0)}元变为${num(last.range, 0)}元，绝对差距${dirZh[series.absolute!]}。${trend}`
        : `From ${y0} to ${y}, the population-weighted CV of provincial GDP per capita went from ${num(first.williamsonCV, 4)} to ${num(last.williamsonCV, 4)} and the population-weighted Theil T from ${num(first.theilTWeighted, 4)} to ${num(last.theilTWeighted, 4)}: relative disparity ${dirEn[series.relative!]}. The standard deviation went from ${num(first.sd, 0)} to ${num(last.sd, 0)} yuan and the range from ${num(first.range, 0)} to ${num(last.range, 0)} yuan: absolute disparity ${dirEn[series.absolute!]}.${trend}`,
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
      caption: zh ? `${yearRange(y0, y, "zh")}省际人均地区生产总值相对差距` : `Relative disparity of provincial GDP per capita, ${yearRange(y0, y, "en")}`,
      ...rel,
      source: src,
      notes: [perCapitaNote, zh ? `注：${DISPARITY_RULE.zh}` : `Note: ${DISPARITY_RULE.en}`],
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
      caption: zh ? `${yearRange(y0, y, "zh")}省际人均地区生产总值绝对差距` : `Absolute disparity of provincial GDP per capita, ${yearRange(y0, y, "en")}`,
      ...abs,
      source: src,
      notes: [zh ? "注：标准差以31个省份为总体计算（除以n），不加权；极差为最高与最低省份之差。" : "Note: the standard deviation treats the 31 provinces as the population (divisor n), unweighted; the range is highest minus lowest province."],
    });
  } else {
    // One complete year: no time series to draw (a figure of one point per line says nothing).
    blocks.push({
      kind: "paragraph",
      text: zh
        ? `${y}年，省际人均地区生产总值人口加权变异系数为${num(last.williamsonCV, 4)}，人口加权泰尔指数为${num(last.theilTWeighted, 4)}，标准差为${num(last.sd, 0)}元，极差为${num(last.range, 0)}元；此前没有完整的分省数据，无法判断差距的变化。`
        : `In ${y}, the population-weighted CV of provincial GDP per capita was ${num(last.williamsonCV, 4)}, the population-weighted Theil T ${num(last.theilTWeighted, 4)}, the standard deviation ${num(last.sd, 0)} yuan and the range ${num(last.range, 0)} yuan; with no complete earlier year, the change in disparity cannot be assessed.`,
    });
  }

  // ---- Theil decomposition -------------------------------------------------------------------------
  const decomps = ["四大板块", "南北"].map((g) => theilByGrouping(ctx.dataset, ctx.registry, y, g, INDICATOR));
  const ok = decomps.filter((t): t is TheilByGrouping & { decomposition: NonNullable<TheilByGrouping["decomposition"]> } => t.decomposition !== undefined);
  if (ok.length > 0) {
    const rows: string[][] = [];
    for (const t of ok) {
      const d = t.decomposition;
      const gname = zh ? t.grouping : ctx.registry.grouping(t.grouping).nameEn;
      rows.push([gname, zh ? "总体" : "Total", num(d.total, 4), pct(100, 1)]);
      rows.push(["", zh ? "组间" : "Between groups", num(d.between, 4), pct(100 * d.betweenShare, 1)]);
      for (const g of d.groups) {
        rows.push(["", `${zh ? "组内：" : "Within: "}${zh ? g.group : t.groupNamesEn.get(g.group) ?? g.group}`, num(g.withinContribution, 4), pct(d.total > 0 ? (100 * g.withinContribution) / d.total : 0, 1)]);
      }
    }
    const four = ok.find((t) => t.grouping === "四大板块")?.decomposition;
    const ns = ok.find((t) => t.grouping === "南北")?.decomposition;
    const parts: string[] = [];
    if (four) parts.push(zh ? `四大板块之间的差距占总体差距的${pct(100 * four.betweenShare, 1)}` : `gaps between the four regions account for ${pct(100 * four.betweenShare, 1)} of the total`);
    if (ns) parts.push(zh ? `南北之间的差距占${pct(100 * ns.betweenShare, 1)}` : `the north–south gap for ${pct(100 * ns.betweenShare, 1)}`);
    const biggest = four ? [...four.groups].sort((a, b) => b.withinContribution - a.withinContribution)[0] : undefined;
    blocks.push({
      kind: "paragraph",
      text: zh
        ? `按人口加权泰尔指数分解，${y}年${parts.join("，")}${biggest ? `；板块内部差距以${biggest.group}最大，贡献${pct((100 * biggest.withinContribution) / four!.total, 1)}` : ""}。`
        : `Decomposing the population-weighted Theil T for ${y}, ${parts.join(", and ")}${biggest ? `; within-region inequality is largest in the ${ctx.registry.group(biggest.group).nameEn} (${pct((100 * biggest.withinContribution) / four!.total, 1)} of the total)` : ""}.`,
    });
    blocks.push({
      kind: "table",
      label: nextTableLabel(ctx),
      caption: zh ? `${y}年人均地区生产总值泰尔指数分解` : `Theil decomposition of GDP per capita, ${y}`,
      header: zh ? ["分组", "组成部分", "泰尔指数T", "贡献率"] : ["Grouping", "Component", "Theil T", "Share"],
      rows,
      align: ["left", "left", "right", "right"],
      source: sourceLine(ctx, spec.sourceIndicators, [y], { provincesOnly: true }),
      notes: [
        zh
          ? "注：泰尔指数T即GE(1)，以年末常住人口为权重；T=Σ_g S_g ln(S_g/W_g)+Σ_g S_g T_g，S_g、W_g分别为组的地区生产总值份额和人口份额；组间与组内之和等于总体。"
          : "Note: Theil T = GE(1), population-weighted; T = Σ_g S_g ln(S_g/W_g) + Σ_g S_g T_g with S_g, W_g the group's GDP and population shares; between + within = total.",
      ],
    });
  } else {
    const missing = provinceNames(ctx, decomps[0]!.missing);
    blocks.push({ kind: "note", text: zh ? `${y}年数据不完整，未作泰尔指数分解（缺：${missing}）。` : `Data for ${y} are incomplete; no Theil decomposition (missing: ${missing}).` });
  }

  // ---- β-convergence ------------------------------------------------------------------------------
  if (years.length >= 3) {
    const beta = betaConvergenceOver(ctx.dataset, ctx.registry, y0, y, INDICATOR, "四大板块");
    if (beta.absolute) {
      const a = beta.absolute;
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
      blocks.push({
        kind: "paragraph",
        text: zh
          ? `以${y0}年人均地区生产总值对数为解释变量，${yearRange(y0, y, "zh")}年均增长率的绝对β系数为${num(a.beta, 4)}（p=${num(a.betaPValue, 3)}），${sig ? (a.beta < 0 ? "在5%水平上显著为负，存在绝对β收敛" : "在5%水平上显著为正，呈发散态势") : "在5%水平上不显著，绝对β收敛不明显"}${c ? `；控制四大板块虚拟变量后β系数为${num(c.beta, 4)}（p=${num(c.betaPValue, 3)}）` : ""}。`
          : `Regressing average annual growth ${yearRange(y0, y, "en")} on the log of ${y0} GDP per capita gives an absolute β of ${num(a.beta, 4)} (p = ${num(a.betaPValue, 3)}), ${sig ? (a.beta < 0 ? "significantly negative at 5%: absolute β-convergence" : "significantly positive at 5%: divergence") : "not significant at 5%: no clear absolute β-convergence"}${c ? `; with four-region dummies β is ${num(c.beta, 4)} (p = ${num(c.betaPValue, 3)})` : ""}.`,
      });
      blocks.push({
        kind: "table",
        label: nextTableLabel(ctx),
        caption: zh ? `${yearRange(y0, y, "zh")}人均地区生产总值β收敛检验` : `β-convergence of GDP per capita, ${yearRange(y0, y, "en")}`,
        header: zh ? ["模型", "β", "标准误", "p值", "收敛速度", "半衰期（年）", "R²"] : ["Model", "β", "S.E.", "p", "Speed", "Half-life (years)", "R²"],
        rows: [row(zh ? "绝对β收敛" : "Absolute β", a), ...(c ? [row(zh ? "条件β收敛（四大板块虚拟变量）" : "Conditional β (four-region dummies)", c)] : [])],
        align: ["left", "right", "right", "right", "right", "right", "right"],
        source: sourceLine(ctx, spec.sourceIndicators, [y0, y], { provincesOnly: true }),
        notes: [
          zh
            ? `注：OLS估计 ln(y_${y}/y_${y0})/T = α + β ln y_${y0}，T=${y - y0}；收敛速度 λ=−ln(1+Tβ)/T，半衰期=ln2/λ；按当年价格计算（未剔除价格因素）；p值为双侧t检验。`
            : `Note: OLS of ln(y_${y}/y_${y0})/T = α + β ln y_${y0}, T = ${y - y0}; speed λ = −ln(1+Tβ)/T, half-life = ln2/λ; current prices (not deflated); two-sided t tests.`,
        ],
      });
    }
  }

  // ---- Moran's I -----------------------------------------------------------------------------------
  const moran = moranOfYear(ctx.dataset, ctx.registry, y, INDICATOR);
  if (moran.global && moran.permutation && moran.local) {
    const g = moran.global;
    const counts = { HH: 0, LH: 0, LL: 0, HL: 0 };
    for (const u of moran.local.units) if (u.pValue < SIGNIFICANCE) counts[u.quadrant]++;
    const name = (code: string) => (zh ? ctx.registry.province(code).name : ctx.registry.province(code).nameEn);
    const hh = moran.local.units.filter((u) => u.pValue < SIGNIFICANCE && u.quadrant === "HH").map((u) => name(u.id));
    const sig = g.pRandomisation < SIGNIFICANCE;
    const islands = moran.weights.excluded.length > 0 ? provinceNames(ctx, moran.weights.excluded) : "";
    blocks.push({
      kind: "paragraph",
      text: zh
        ? `${y}年人均地区生产总值的全局莫兰指数为${num(g.I, 4)}，${sig ? "在5%水平上显著为正，省际人均地区生产总值呈空间集聚" : "在5%水平上不显著，空间集聚不明显"}${hh.length > 0 ? `；局部莫兰指数显示，${list(hh, "zh")}为显著的高—高集聚` : ""}。`
        : `In ${y} the global Moran's I of GDP per capita is ${num(g.I, 4)}, ${sig ? "significantly positive at 5%: provincial GDP per capita is spatially clustered" : "not significant at 5%"}${hh.length > 0 ? `; local Moran's I identifies ${list(hh, "en")} as significant high–high clusters` : ""}.`,
    });
    blocks.push({
      kind: "table",
      label: nextTableLabel(ctx),
      caption: zh ? `${y}年人均地区生产总值空间自相关检验` : `Spatial autocorrelation of GDP per capita, ${y}`,
      header: zh ? ["莫兰指数I", "期望值E(I)", "方差（随机化）", "z值", "p值", "置换检验伪p值", "省份数"] : ["Moran's I", "E(I)", "Var (randomisation)", "z", "p", "Pseudo p (permutation)", "Provinces"],
      rows: [[num(g.I, 4), num(g.expected, 4), num(g.varianceRandomisation, 4), num(g.zRandomisation, 2), num(g.pRandomisation, 4), num(moran.permutation.pValue, 3), String(g.n)]],
      align: ["right", "right", "right", "right", "right", "right", "right"],
      source: sourceLine(ctx, spec.sourceIndicators, [y], { provincesOnly: true }),
      notes: [
        zh
          ? `注：空间权重为省级陆地邻接（行标准化）；${islands ? `${islands}无陆地相邻省份，按规则剔除，` : ""}n=${g.n}。z值与p值基于随机化假设（单侧）；伪p值=（置换统计量≥观测值的次数+1）/（${moran.permutation.permutations}+1），随机种子${moran.permutation.seed}。局部莫兰指数在5%水平显著的省份：高—高${counts.HH}个、低—低${counts.LL}个、低—高${counts.LH}个、高—低${counts.HL}个。`
          : `Note: row-standardised land-contiguity weights; ${islands ? `${islands} ${moran.weights.excluded.length > 1 ? "have" : "has"} no land neighbour and ${moran.weights.excluded.length > 1 ? "are" : "is"} excluded by rule, ` : ""}n = ${g.n}. z and p under randomisation (one-sided); pseudo p = (#permuted ≥ observed + 1)/(${moran.permutation.permutations} + 1), seed ${moran.permutation.seed}. Local Moran significant at 5%: HH ${counts.HH}, LL ${counts.LL}, LH ${counts.LH}, HL ${counts.HL}.`,
      ],
    });
  } else {
    const missing = provinceNames(ctx, moran.missing);
    blocks.push({ kind: "note", text: zh ? `${y}年数据不完整，未计算莫兰指数（缺：${missing}）。` : `Data for ${y} are incomplete; Moran's I not computed (missing: ${missing}).` });
  }
  for (const w of series.warnings) ctx.warnings.push({ code: "MIXED_VINTAGES", message: w });
  return blocks;
}

/** Province names for codes ("海南、西藏" / "Hainan and Tibet"); codes outside the registry print as is. */
function provinceNames(ctx: ReportContext, codes: readonly string[]): string {
  const zh = ctx.lang === "zh";
  return list([...new Set(codes)].map((c) => (ctx.registry.isProvince(c) ? ctx.registry.province(c)[zh ? "name" : "nameEn"] : c)), ctx.lang);
}
