import { challengesFacts, type ChallengesFacts, type RegionChallenge } from "../../analysis/challenges.js";
import { GROWTH_INDICATORS, regionalGrowthFacts } from "../../analysis/regionalGrowth.js";
import { TRADE_TOTALS, tradeFacts } from "../../analysis/trade.js";
import { renderGroupedBars } from "../../charts/groupedBars.js";
import { renderSortedBars } from "../../charts/sortedBars.js";
import { SIZE } from "../../charts/style.js";
import * as charts from "../../messages/charts.js";
import * as m from "../../messages/challenges.js";
import { grouped, MISSING, num, usdCell, yiCell } from "../../messages/format.js";
import { nameOf } from "../../messages/names.js";
import { sectionTitle } from "../../messages/report.js";
import * as say from "../../narrative/challenges.js";
import type { Block } from "../../types/document.js";
import type { Text } from "../../types/text.js";
import { figure, heading, paragraph, table } from "../blocks.js";
import type { ReportContext } from "../context.js";
import { indicatorsMissingIn, missingDataNote } from "../missingData.js";

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
  const { lang } = ctx;
  const y = ctx.year;
  const title = heading(ctx, 2, sectionTitle.challenges);
  const all = [...HOUSEHOLD, ...POP, ...RETAIL, ...FAI, ...FISCAL];
  if (indicatorsMissingIn(ctx, all, y).length === all.length) return [title, missingDataNote(ctx, m.analysis, [...all, ...TRADE_TOTALS], y)];
  const facts = challengesFacts(ctx.dataset, ctx.registry, y);
  const blocks: Block[] = [title];

  // Income and consumption.
  const householdMissing = indicatorsMissingIn(ctx, [...HOUSEHOLD, ...POP], y);
  if (householdMissing.length === 0) {
    blocks.push(...paragraph(ctx, [say.incomeSentence(facts)]));
    const chart = renderGroupedBars(
      {
        categories: facts.regions.map((r) => nameOf(r)[lang]),
        series: [
          { name: m.incomeSeries[lang], values: facts.regions.map((r) => r.income.value) },
          { name: m.consumptionSeries[lang], values: facts.regions.map((r) => r.consumption.value) },
        ],
        unit: m.yuanUnit[lang],
        decimals: 0,
        showValues: true,
      },
      SIZE.wide,
    );
    blocks.push(
      figure(ctx, {
        caption: m.householdCaption(y),
        chart,
        data: { indicators: [...HOUSEHOLD, ...POP], years: [y], provincesOnly: true },
        notes: [m.perCapitaNote, ...membersMissing(ctx, facts.regions.flatMap((r) => [...r.income.missing, ...r.consumption.missing]))],
      }),
    );
  } else {
    blocks.push(missingDataNote(ctx, m.householdOmitted, householdMissing, y));
  }

  // Growth of income, consumption and retail sales in the report year and the year before, by two methods.
  blocks.push(...growthBlocks(ctx));

  // Fixed-asset investment.
  if (indicatorsMissingIn(ctx, FAI, y).length === 0) {
    blocks.push(...paragraph(ctx, [say.investmentSentence(facts)]));
    const chart = renderSortedBars(
      {
        items: facts.regions.flatMap((r) => r.fai).map((f) => ({ name: nameOf(f)[lang], value: f.value })),
        bar: { name: m.investmentSeries[lang], unit: "%", decimals: 1 },
        ...(facts.nationalFai !== undefined ? { reference: { name: charts.national[lang], value: facts.nationalFai } } : {}),
      },
      { width: 900, height: 420 },
    );
    blocks.push(
      figure(ctx, {
        caption: m.investmentCaption(y),
        chart,
        data: { indicators: FAI, years: [y] },
        notes: [m.investmentNote, ...membersMissing(ctx, facts.regions.flatMap((r) => r.faiMissing))],
      }),
    );
  } else {
    blocks.push(missingDataNote(ctx, m.investmentOmitted, FAI, y));
  }

  // Public finance.
  const fiscalMissing = indicatorsMissingIn(ctx, FISCAL, y);
  if (fiscalMissing.length === 0) blocks.push(...paragraph(ctx, [say.fiscalSentence(facts)]));
  else blocks.push(missingDataNote(ctx, m.fiscalOmitted, fiscalMissing, y));

  // Goods trade (totals: provincial exports end earlier).
  blocks.push(...tradeBlocks(ctx));

  blocks.push(summaryTable(ctx, facts));
  return blocks;
}

/**
 * Growth of income, consumption and retail sales by region in the report year and the year before:
 * for each indicator its sentences and 图 (grouped bars of the regional aggregate's growth), then 表
 * both methods for all three. A note names the missing data when no indicator can be shown.
 */
function growthBlocks(ctx: ReportContext): Block[] {
  const { lang } = ctx;
  const y = ctx.year;
  const facts = regionalGrowthFacts(ctx.dataset, ctx.registry, y);
  const shown = facts.filter((g) => g.regions.every((r) => r.byYear.every((b) => b.aggregate !== undefined)));
  if (shown.length === 0) {
    const needed = [...GROWTH_INDICATORS, ...POP];
    const missing = [y - 2, y - 1, y].flatMap((year) => indicatorsMissingIn(ctx, needed, year));
    return [missingDataNote(ctx, m.growthOmitted(y), [...new Set(missing.length ? missing : needed)], y)];
  }
  const blocks: Block[] = [];
  for (const g of shown) {
    blocks.push(...paragraph(ctx, say.growthSentences(g, y)));
    const subject = m.growthSubject[g.indicator]!;
    const chart = renderGroupedBars(
      {
        categories: g.regions.map((r) => nameOf(r)[lang]),
        series: g.years.map((year, k) => ({ name: m.yearSeries(year)[lang], values: g.regions.map((r) => r.byYear[k]!.aggregate) })),
        unit: "%",
        decimals: 1,
        showValues: true,
      },
      SIZE.wide,
    );
    blocks.push(
      figure(ctx, {
        caption: m.growthCaption(subject, y),
        chart,
        data: { indicators: [g.indicator, ...(g.perCapita ? POP : [])], years: [y - 2, y - 1, y], provincesOnly: true },
        notes: [m.growthFigureNote(g.perCapita)],
      }),
    );
  }
  const rows = shown.flatMap((g) =>
    g.regions.map((r, i) => [i === 0 ? m.growthSubject[g.indicator]! : "", nameOf(r), ...[0, 1].map((k) => num(r.byYear[k]!.aggregate, 1)), ...[0, 1].map((k) => num(r.byYear[k]!.meanOfProvinces, 1))]),
  );
  blocks.push(
    table(ctx, {
      caption: m.growthTableCaption(y),
      header: m.growthTableHeader(y),
      align: ["left", "left", "right", "right", "right", "right"],
      rows,
      data: { indicators: [...shown.map((g) => g.indicator), ...POP], years: [y - 2, y - 1, y], provincesOnly: true },
      notes: [m.growthTableNote],
    }),
  );
  return blocks;
}

/** Goods-trade totals by region in the report year and the year before (sentences and 表), or a note when missing. */
function tradeBlocks(ctx: ReportContext): Block[] {
  const y = ctx.year;
  const t = tradeFacts(ctx.dataset, ctx.registry, y);
  const shown = t.totals.filter((x) => x.regions.every((r) => r.after.value !== undefined));
  if (shown.length === 0) return [missingDataNote(ctx, m.tradeOmitted(y), [...TRADE_TOTALS], y, { provincesOnly: true })];
  const cells = (v: { before: { value?: number }; after: { value?: number }; growth?: number }) => [usdCell(v.before.value, ctx.lang), usdCell(v.after.value, ctx.lang), num(v.growth, 1)];
  return [
    ...paragraph(ctx, say.tradeSentences(t)),
    table(ctx, {
      caption: m.tradeCaption(y),
      header: m.tradeHeader(y, shown.map((x) => m.tradeAllocationShort[x.indicator]!)),
      align: ["left", ...shown.flatMap(() => ["right", "right", "right"] as const)],
      rows: [
        ...t.totals[0]!.regions.map((r, i) => [nameOf(r), ...shown.flatMap((x) => cells(x.regions[i]!))]),
        [m.provinceSumRow, ...shown.flatMap((x) => cells(x.provinceSum))],
      ],
      data: { indicators: shown.map((x) => x.indicator), years: [y - 1, y], provincesOnly: true },
      notes: [m.tradeNote(t.exportYears)],
    }),
  ];
}

function summaryTable(ctx: ReportContext, facts: ChallengesFacts): Block {
  const { lang } = ctx;
  const faiCell = (r: RegionChallenge) => {
    const withData = r.fai.length - r.faiMissing.length;
    return withData === 0 ? MISSING : `${r.faiNegative.length}/${withData}`;
  };
  return table(ctx, {
    caption: m.tableCaption(facts.year),
    header: m.tableHeader,
    align: ["left", "right", "right", "right", "right", "right", "right", "right", "right"],
    rows: facts.regions.map((r) => [
      nameOf(r),
      grouped(r.income.value, 0, lang),
      grouped(r.consumption.value, 0, lang),
      yiCell(r.retail.value, lang),
      num(r.retailNominalGrowth, 1),
      faiCell(r),
      yiCell(r.fiscalRevenue.value, lang),
      yiCell(r.fiscalExpenditure.value, lang),
      num(r.selfFinancingRatio, 1),
    ]),
    // y − 1 too: retail growth uses the previous year's level (a vintage break between them is flagged).
    data: { indicators: [...HOUSEHOLD, ...POP, ...RETAIL, ...FAI, ...FISCAL], years: [facts.year - 1, facts.year], provincesOnly: true },
    notes: [m.perCapitaNote, m.tableNote],
  });
}

/** Members without data make their region "—": named in a note. */
function membersMissing(ctx: ReportContext, codes: readonly string[]): Text[] {
  const unique = [...new Set(codes)];
  return unique.length === 0 ? [] : [m.membersMissing(unique.map((c) => ctx.registry.province(c)))];
}
