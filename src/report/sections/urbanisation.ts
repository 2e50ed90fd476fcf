import { INCOME_RATIO_DECIMALS, RATE_DECIMALS, urbanisationFacts, type UrbanisationFacts } from "../../analysis/urbanisation.js";
import { renderLines } from "../../charts/lines.js";
import { renderSortedBars } from "../../charts/sortedBars.js";
import { SIZE } from "../../charts/style.js";
import { num } from "../../messages/format.js";
import { nameOf } from "../../messages/names.js";
import { sectionTitle } from "../../messages/report.js";
import * as m from "../../messages/urbanisation.js";
import * as say from "../../narrative/urbanisation.js";
import type { Block } from "../../types/document.js";
import { figure, heading, paragraph, table } from "../blocks.js";
import type { ReportContext } from "../context.js";
import { mapFigure } from "../mapFigure.js";
import { indicatorsMissingIn, missingDataNote, yearsOf } from "../missingData.js";

const NATIONAL = ["population_urban", "population_year_end_total_national"];
const PROVINCIAL = ["population_urban", "population_year_end"];
const INCOME = ["income_per_capita_urban", "income_per_capita_rural"];

/**
 * Section "城乡与城镇化": national urbanisation trend (lines), four-region and provincial rates in the
 * report year (table; choropleth map when the report has map boundaries), urban–rural income ratio by
 * province in the latest year with data (sorted bars) with the missing later years stated. Parts whose
 * indicators are missing become notes naming them; when all are missing the section is one note.
 */
export function urbanisationSection(ctx: ReportContext): Block[] {
  const y = ctx.year;
  const title = heading(ctx, 2, sectionTitle.urbanisation);
  const facts = urbanisationFacts(ctx.dataset, ctx.registry, y);
  const hasNational = facts.nationalSeries.length > 0;
  const hasProvincial = facts.provinces.some((p) => p.value !== undefined);
  const hasIncome = facts.incomeRatio.year !== undefined;
  if (!hasNational && !hasProvincial && !hasIncome) return [title, missingDataNote(ctx, m.analysis, [...new Set([...PROVINCIAL, ...NATIONAL, ...INCOME])], y)];
  const blocks: Block[] = [title];

  const gaps = say.coverageGaps(facts, (c) => ctx.registry.province(c));
  if (hasNational) {
    blocks.push(...paragraph(ctx, [say.nationalSentence(facts), ...say.regionalTrendSentences(facts, gaps)]));
    blocks.push(...trendFigure(ctx, facts, gaps));
  } else {
    blocks.push(missingDataNote(ctx, m.nationalRateOmitted, indicatorsMissingIn(ctx, NATIONAL, y), y));
  }

  if (hasProvincial) {
    blocks.push(...paragraph(ctx, say.regionalSentences(facts)));
    blocks.push(regionTable(ctx, facts));
    blocks.push(
      ...mapFigure(ctx, {
        caption: m.mapCaption(y),
        legendTitle: m.mapLegend,
        values: facts.provinces.map((p) => ({ code: p.code, value: p.value })),
        decimals: 1,
        indicators: PROVINCIAL,
        years: [y],
        notes: [m.rateMethodNote],
      }),
    );
  } else {
    // Provincial observations only: the national urban population does not make provincial rates computable.
    const missing = indicatorsMissingIn(ctx, PROVINCIAL, y, { provincesOnly: true });
    blocks.push(missingDataNote(ctx, m.regionalRatesOmitted(y), missing.length ? missing : PROVINCIAL, y, { provincesOnly: true }));
  }

  if (hasIncome) {
    const ir = facts.incomeRatio;
    blocks.push(...paragraph(ctx, [say.incomeRatioSentence(facts), say.nationalIncomeRatioSentence(facts)]));
    const chart = renderSortedBars(
      {
        items: ir.provinces.map((p) => ({ name: nameOf(p)[ctx.lang], value: p.value })),
        bar: { name: m.incomeRatioSeries[ctx.lang], unit: m.incomeRatioUnit[ctx.lang], decimals: INCOME_RATIO_DECIMALS },
      },
      { width: 900, height: 420 },
    );
    blocks.push(
      figure(ctx, {
        caption: m.incomeRatioCaption(ir.year!),
        chart,
        data: { indicators: INCOME, years: [ir.year!], provincesOnly: true },
        notes: [m.incomeRatioMethodNote, ...(ir.year! < y ? [m.incomeRatioLaterMissing(ir.availableYears, ir.year!, y)] : [])],
      }),
    );
  } else {
    blocks.push(missingDataNote(ctx, m.incomeRatioOmitted, INCOME, y));
  }
  return blocks;
}

/**
 * 图 the national rate and the four regions' rates over the years: the national line from the national
 * series, each region drawn in the years its members are complete (a note names the gaps).
 */
function trendFigure(ctx: ReportContext, facts: UrbanisationFacts, gaps: readonly say.CoverageGap[]): Block[] {
  const years = [...new Set([...facts.nationalSeries.map((p) => p.year), ...facts.regionSeries.flatMap((r) => r.points.map((p) => p.year))])].sort((a, b) => a - b);
  if (years.length <= 1) return [];
  const chart = renderLines(
    {
      categories: years.map(String),
      series: [
        { name: m.nationalRow[ctx.lang], values: years.map((y) => facts.nationalSeries.find((p) => p.year === y)?.rate) },
        ...facts.regionSeries.map((r) => ({ name: nameOf(r)[ctx.lang], values: years.map((y) => r.points.find((p) => p.year === y)?.rate) })),
      ],
      unit: "%",
      decimals: RATE_DECIMALS,
      labelLast: true,
      yMin: "auto",
    },
    SIZE.wide,
  );
  const hasRegions = facts.regionSeries.some((r) => r.points.some((p) => p.rate !== undefined));
  return [
    figure(ctx, {
      caption: hasRegions ? m.regionSeriesCaption(years[0]!, years[years.length - 1]!) : m.nationalFigureCaption(years[0]!, years[years.length - 1]!),
      chart,
      data: { indicators: [...NATIONAL, ...PROVINCIAL], years },
      notes: [m.rateMethodNote, ...(hasRegions && gaps.length > 0 ? [m.regionSeriesGaps(gaps)] : [])],
    }),
  ];
}

function regionTable(ctx: ReportContext, facts: UrbanisationFacts): Block {
  const y = facts.year;
  const missing = [...new Set(facts.regions.flatMap((r) => r.rate.missing))].map((c) => ctx.registry.province(c));
  return table(ctx, {
    caption: m.regionTableCaption(y),
    header: m.regionTableHeader,
    align: ["left", "right"],
    rows: [
      ...facts.regions.map((r) => [nameOf(r), num(r.rate.value, RATE_DECIMALS)]),
      [m.provinceSumRow, num(facts.provinceSumRate.value, RATE_DECIMALS)],
      [m.nationalRow, num(facts.nationalRate, RATE_DECIMALS)],
    ],
    data: { indicators: [...PROVINCIAL, ...NATIONAL], years: [y] },
    notes: [m.rateMethodNote, ...(facts.regionSeries[0] && facts.regionSeries[0].points.length <= 1 ? [m.provincialUrbanYears(yearsOf(ctx, "population_urban", { provincesOnly: true }))] : []), ...(missing.length ? [m.populationMissing(missing)] : [])],
  });
}
