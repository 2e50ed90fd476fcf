import { challengesFacts, EXPORT_INDICATORS, type ChallengesFacts } from "../../analysis/challenges.js";
import { renderGroupedBars } from "../../charts/groupedBars.js";
import { renderSortedBars } from "../../charts/sortedBars.js";
import { SIZE } from "../../charts/style.js";
import { num, yiUnit } from "../../messages/format.js";
import * as say from "../../narrative/challenges.js";
import type { Block } from "../../types/document.js";
import { nextFigureLabel, nextTableLabel, type ReportContext } from "../context.js";
import { indicatorsMissingIn, missingDataNote } from "../missingData.js";
import { sourceLine } from "../sourceLine.js";
import { mixedVintageNotes } from "../vintageNote.js";

const HOUSEHOLD = ["income_per_capita_all", "consumption_per_capita_all"];
const POP = ["population_year_end"];
const RETAIL = ["retail_sales"];
const FAI = ["fai_growth_excl_rural_jan_dec"];
const FISCAL = ["fiscal_revenue_general_budget", "fiscal_expenditure_general_budget"];

/**
 * Section "挑战" (challenges) by 四大板块 for the report year: 图 per-capita income and consumption
 * (grouped bars, population-weighted), 图 provincial fixed-asset investment growth (sorted bars with
 * the national rate), 表 income, consumption, retail sales (nominal growth), FAI (provinces with
 * negative growth) and fiscal self-financing ratio; exports are a note when the report year is
 * missing. Each part whose indicators are missing for the year becomes a note naming them; when all
 * are missing the section is one note.
 */
export function challengesSection(ctx: ReportContext): Block[] {
  const zh = ctx.lang === "zh";
  const y = ctx.year;
  const heading: Block = { kind: "heading", level: 2, text: zh ? "区域经济发展面临的挑战" : "Challenges for regional development" };
  const all = [...HOUSEHOLD, ...POP, ...RETAIL, ...FAI, ...FISCAL];
  const missingAll = indicatorsMissingIn(ctx, all, y);
  if (missingAll.length === all.length) {
    return [heading, missingDataNote(ctx, zh ? "区域经济发展挑战分析" : "The analysis of challenges", [...all, ...EXPORT_INDICATORS], y)];
  }
  const facts = challengesFacts(ctx.dataset, ctx.registry, y);
  const blocks: Block[] = [heading];
  const popNote = zh
    ? "注：板块人均值 = Σ(省份人均值 × 年末常住人口) ÷ Σ年末常住人口（以常住人口近似住户调查的人口权重，计算值，非公布值）。"
    : "Note: regional per-capita values = Σ(provincial value × year-end resident population) ÷ Σ population (resident population approximates the household-survey weights; computed, not published).";

  // Income and consumption.
  const householdMissing = indicatorsMissingIn(ctx, [...HOUSEHOLD, ...POP], y);
  if (householdMissing.length === 0) {
    const text = say.incomeSentence(facts, ctx.lang);
    if (text) blocks.push({ kind: "paragraph", text });
    const chart = renderGroupedBars(
      {
        categories: facts.regions.map((r) => (zh ? r.name : r.nameEn)),
        series: [
          { name: zh ? "居民人均可支配收入" : "Per-capita disposable income", values: facts.regions.map((r) => r.income.value) },
          { name: zh ? "居民人均消费支出" : "Per-capita consumption", values: facts.regions.map((r) => r.consumption.value) },
        ],
        unit: zh ? "元" : "yuan",
        decimals: 0,
        showValues: true,
      },
      SIZE.wide,
    );
    blocks.push({
      kind: "figure",
      label: nextFigureLabel(ctx),
      caption: zh ? `${y}年四大板块居民人均可支配收入和人均消费支出` : `Per-capita disposable income and consumption of the four regions, ${y}`,
      ...chart,
      source: sourceLine(ctx, [...HOUSEHOLD, ...POP], [y], { provincesOnly: true }),
      notes: [popNote, ...missingMembersNote(ctx, facts.regions.flatMap((r) => [...r.income.missing, ...r.consumption.missing]))],
    });
  } else {
    blocks.push(missingDataNote(ctx, zh ? "分板块居民收入和消费" : "Regional income and consumption", householdMissing, y));
  }

  // Retail sales.
  const retailMissing = indicatorsMissingIn(ctx, RETAIL, y).length ? RETAIL : indicatorsMissingIn(ctx, RETAIL, y - 1);
  if (retailMissing.length === 0) {
    const text = say.retailSentence(facts, ctx.lang);
    if (text) blocks.push({ kind: "paragraph", text });
  } else {
    blocks.push(missingDataNote(ctx, zh ? `社会消费品零售总额增长（需要${y - 1}年和${y}年数据）` : `Retail sales growth (needs ${y - 1} and ${y})`, retailMissing, indicatorsMissingIn(ctx, RETAIL, y).length ? y : y - 1));
  }

  // Fixed-asset investment.
  if (indicatorsMissingIn(ctx, FAI, y).length === 0) {
    const text = say.investmentSentence(facts, ctx.lang);
    if (text) blocks.push({ kind: "paragraph", text });
    const items = facts.regions.flatMap((r) => r.fai).map((f) => ({ name: zh ? f.name : f.nameEn, value: f.value }));
    const chart = renderSortedBars(
      {
        items,
        bar: { name: zh ? "固定资产投资（不含农户）增速" : "FAI growth (excl. rural households)", unit: "%", decimals: 1 },
        ...(facts.nationalFai !== undefined ? { reference: { name: zh ? "全国" : "National", value: facts.nationalFai } } : {}),
      },
      { width: 900, height: 420 },
    );
    blocks.push({
      kind: "figure",
      label: nextFigureLabel(ctx),
      caption: zh ? `${y}年分省份固定资产投资（不含农户）增速` : `Fixed-asset investment growth (excl. rural households) by province, ${y}`,
      ...chart,
      source: sourceLine(ctx, FAI, [y]),
      notes: [
        zh
          ? "注：增速为国家统计局公布的1—12月累计同比增长（按可比口径计算），是不能相加的比率，故不计算板块增速，只统计各板块负增长省份个数；全国数为国家统计局公布值，而非省份平均。"
          : "Note: growth is NBS's published January–December cumulative year-on-year rate (comparable basis); rates cannot be aggregated, so no regional rate is computed, only the count of provinces with negative growth; the national rate is NBS's published figure, not an average of provinces.",
        ...missingMembersNote(ctx, facts.regions.flatMap((r) => r.faiMissing)),
      ],
    });
  } else {
    blocks.push(missingDataNote(ctx, zh ? "固定资产投资增速" : "Fixed-asset investment growth", FAI, y));
  }

  // Public finance.
  const fiscalMissing = indicatorsMissingIn(ctx, FISCAL, y);
  if (fiscalMissing.length === 0) {
    const text = say.fiscalSentence(facts, ctx.lang);
    if (text) blocks.push({ kind: "paragraph", text });
  } else {
    blocks.push(missingDataNote(ctx, zh ? "财政自给率" : "The fiscal self-financing ratio", fiscalMissing, y));
  }

  // Exports.
  if (!facts.hasExports) {
    blocks.push(missingDataNote(ctx, zh ? `${y}年分地区出口` : `Regional exports in ${y}`, [...EXPORT_INDICATORS], y));
  }

  blocks.push(summaryTable(ctx, facts, popNote));
  return blocks;
}

function summaryTable(ctx: ReportContext, facts: ChallengesFacts, popNote: string): Block {
  const zh = ctx.lang === "zh";
  const y = facts.year;
  const faiCell = (r: ChallengesFacts["regions"][number]) => {
    const withData = r.fai.length - r.faiMissing.length;
    return withData === 0 ? "—" : `${r.faiNegative.length}/${withData}`;
  };
  return {
    kind: "table",
    label: nextTableLabel(ctx),
    caption: zh ? `${y}年四大板块居民收支、消费、投资和财政指标` : `Household income, consumption, investment and public finance of the four regions, ${y}`,
    header: zh
      ? ["地区", "人均可支配收入（元）", "人均消费支出（元）", `社会消费品零售总额（${yiUnit("zh")}）`, "零售总额名义增长（%）", "投资负增长省份数/省份数", `一般公共预算收入（${yiUnit("zh")}）`, `一般公共预算支出（${yiUnit("zh")}）`, "财政自给率（%）"]
      : ["Region", "Disposable income per capita (yuan)", "Consumption per capita (yuan)", `Retail sales (${yiUnit("en")})`, "Retail sales, nominal growth (%)", "Provinces with falling FAI / provinces", `Budget revenue (${yiUnit("en")})`, `Budget expenditure (${yiUnit("en")})`, "Self-financing ratio (%)"],
    align: ["left", "right", "right", "right", "right", "right", "right", "right", "right"],
    rows: facts.regions.map((r) => [
      zh ? r.name : r.nameEn,
      num(r.income.value, 0),
      num(r.consumption.value, 0),
      num(r.retail.value, 1),
      num(r.retailNominalGrowth, 1),
      faiCell(r),
      num(r.fiscalRevenue.value, 1),
      num(r.fiscalExpenditure.value, 1),
      num(r.selfFinancingRatio, 1),
    ]),
    // y − 1 too: retail growth uses the previous year's level.
    source: sourceLine(ctx, [...HOUSEHOLD, ...POP, ...RETAIL, ...FAI, ...FISCAL], [y - 1, y], { provincesOnly: true }),
    notes: [
      popNote,
      // Retail growth spans two years: flag it if they come from different vintages.
      ...mixedVintageNotes(
        ctx,
        { zh: "社会消费品零售总额（名义增长跨两年计算）", en: "Retail sales (nominal growth over two years)" },
        [...new Set(facts.regions.flatMap((r) => [...r.retail.vintages, ...r.retailPrev.vintages]))].sort(),
      ),
      zh
        ? "注：社会消费品零售总额为所辖省份之和，增长为按现价计算的名义增长（各省数据相加不等于全国）；财政自给率 = 地方一般公共预算收入之和 ÷ 地方一般公共预算支出之和 × 100（本级收支，不含转移支付和债务收入）；“—”表示数据缺失。"
        : "Note: retail sales are sums of member provinces, growth is nominal (current prices; provinces do not add up to the national total); self-financing ratio = Σ local general-budget revenue ÷ Σ local general-budget expenditure × 100 (own revenue, excluding transfers and debt); \"—\" marks missing data.",
    ],
  };
}

function missingMembersNote(ctx: ReportContext, codes: string[]): string[] {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const zh = ctx.lang === "zh";
  const names = unique.map((c) => ctx.registry.province(c)[zh ? "name" : "nameEn"]);
  return [zh ? `注：${names.join("、")}的数据缺失，相关板块以“—”表示。` : `Note: data are missing for ${names.join(", ")}; affected regions show "—".`];
}
