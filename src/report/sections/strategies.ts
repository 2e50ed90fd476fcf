import { CITY_GDP_INDICATORS, cityStrategiesFacts, type CityStrategyFacts } from "../../analysis/cityStrategies.js";
import { STRATEGY } from "../../analysis/groupIds.js";
import { BENCHMARK_YEARS, strategiesFacts, TREND_START, type IndustryStructure, type StrategiesFacts, type StrategyFact } from "../../analysis/strategies.js";
import { renderBarLine } from "../../charts/barLine.js";
import { renderLines } from "../../charts/lines.js";
import { renderStackedBars } from "../../charts/stackedBars.js";
import { SIZE } from "../../charts/style.js";
import * as cityMessages from "../../messages/cityStrategies.js";
import { grouped, MISSING, num, signedPoints, yiCell, yiShown } from "../../messages/format.js";
import { nameOf } from "../../messages/names.js";
import { bracketed, cannotCompute, note as noteText, sectionTitle } from "../../messages/report.js";
import * as m from "../../messages/strategies.js";
import * as sayCity from "../../narrative/cityStrategies.js";
import * as say from "../../narrative/strategies.js";
import type { Block } from "../../types/document.js";
import type { Text } from "../../types/text.js";
import { figure, heading, note, paragraph, table } from "../blocks.js";
import type { ReportContext } from "../context.js";
import type { DataUsed } from "../sourceLine.js";
import { absentIndicators, indicatorsMissingIn, missingDataNote, missingDataText, missingGrowthNote, yearsOf, type MissingOptions } from "../missingData.js";

const GDP = ["gdp_current"];
const GROWTH = ["gdp_index_prev_year", "gdp_real_growth"];
const POP = ["population_year_end"];
const SECTORS = ["va_primary", "va_secondary", "va_tertiary"];

/**
 * Section "区域重大战略": an overview (fastest strategy region, shares rising or falling), 图 shares of
 * the strategy regions in the 31-province GDP sum since 2014 (constant composition), 表 the report
 * year's main indicators, 图 the tertiary industry's share over time, 表 GDP at the benchmark years with
 * the nominal average growth and per-capita GDP; then one subsection per strategy region (its course
 * since 2014; 京津冀 with its three-industry structure by year, 长三角 with its GDP and share by year) and
 * one per city-level region with city data (粤港澳大湾区: cities' GDP and nominal growth, the SARs in their
 * own currencies). Without gdp_current the section is a note naming the missing indicator.
 */
export function strategiesSection(ctx: ReportContext): Block[] {
  const title = heading(ctx, 2, sectionTitle.strategies);
  if (absentIndicators(ctx, GDP).length > 0) return [title, missingDataNote(ctx, m.analysis, GDP)];
  const facts = strategiesFacts(ctx.dataset, ctx.registry, ctx.year);
  const cities = cityStrategiesFacts(ctx.dataset, ctx.registry, ctx.year);
  // Before the strategies were set up (e.g. 2006) there is nothing to show: a note, no empty table.
  if (facts.strategies.length === 0 && cities.length === 0) return [title, note(ctx, say.notYetSetUpNote(facts))];
  const blocks: Block[] = [title, ...paragraph(ctx, say.strategiesOverview(facts))];
  const composition = say.compositionNote(facts);
  if (facts.strategies.length > 0) {
    blocks.push(...shareFigure(ctx, facts, composition), strategyTable(ctx, facts, composition), ...tertiaryFigure(ctx, facts), levelsTable(ctx, facts, composition));
  }
  // One numbered subsection per region: the province-level ones, then the city-level ones with data.
  const subsections = [
    ...facts.strategies.map((s) => ({ region: s, blocks: () => [...paragraph(ctx, say.strategyParagraph(facts, s)), ...strategyFigures(ctx, facts, s, composition)] })),
    ...cities.map((c) => ({ region: c, blocks: () => cityStrategyBlocks(ctx, c) })),
  ];
  subsections.forEach(({ region, blocks: build }, i) => blocks.push(heading(ctx, 3, m.subsectionHeading(i + 1, region)), ...build()));
  const withoutData = facts.cityLevel.filter((g) => !cities.some((c) => c.id === g.id));
  if (withoutData.length > 0) blocks.push(note(ctx, bracketed(cityMessages.needsCityData(withoutData))));
  return blocks;
}

/** 图 shares of the strategy regions in the 31-province sum over the trend years (lines). */
function shareFigure(ctx: ReportContext, facts: StrategiesFacts, composition: Text | undefined): Block[] {
  if (facts.trendYears.length <= 1 || !facts.strategies.some((s) => s.shareSeries.some((p) => p.share !== undefined))) return [];
  const chart = renderLines(
    {
      categories: facts.trendYears.map(String),
      series: facts.strategies.map((s) => ({ name: nameOf(s)[ctx.lang], values: s.shareSeries.map((p) => p.share) })),
      unit: "%",
      decimals: 2,
      labelLast: true,
      yMin: 0,
    },
    SIZE.wide,
  );
  const gaps = facts.provinceSum.filter((p) => p.value === undefined).map((p) => p.year);
  return [
    figure(ctx, {
      caption: m.shareFigureCaption(facts.trendYears[0]!, facts.year),
      chart,
      data: { indicators: GDP, years: facts.trendYears, provincesOnly: true },
      notes: [m.shareFigureNote, ...(composition ? [composition] : []), ...(gaps.length ? [m.shareGaps(gaps)] : [])],
    }),
  ];
}

/** 图 the tertiary industry's share of GDP of every strategy region over the trend years (lines). */
function tertiaryFigure(ctx: ReportContext, facts: StrategiesFacts): Block[] {
  const years = facts.trendYears.filter((y) => facts.strategies.some((s) => s.tertiaryShareSeries.some((p) => p.year === y && p.share !== undefined)));
  if (years.length <= 1) return [];
  const chart = renderLines(
    {
      categories: years.map(String),
      series: facts.strategies.map((s) => ({ name: nameOf(s)[ctx.lang], values: years.map((y) => s.tertiaryShareSeries.find((p) => p.year === y)?.share) })),
      unit: "%",
      decimals: 1,
      labelLast: true,
      yMin: "auto",
    },
    SIZE.wide,
  );
  return [
    figure(ctx, {
      caption: m.tertiaryCaption(years[0]!, years[years.length - 1]!),
      chart,
      data: { indicators: ["va_tertiary", ...GDP], years, provincesOnly: true },
      notes: [m.tertiaryNote(facts.sectorYears[0], years[0]!)],
    }),
  ];
}

/** 表 GDP at the benchmark years and in the report year, nominal average growth, per-capita GDP at the first and last year. */
function levelsTable(ctx: ReportContext, facts: StrategiesFacts, composition: Text | undefined): Block {
  const y = facts.year;
  const years = [...BENCHMARK_YEARS.filter((b) => b < y && facts.trendYears.includes(b)), y];
  const growthFrom = years.slice(0, -1);
  const perCapitaFirst = facts.trendYears.find((t) => t < y && facts.strategies.some((s) => s.perCapitaSeries.some((p) => p.year === t && p.value !== undefined)));
  const perCapitaAt = (s: StrategyFact, year: number) => s.perCapitaSeries.find((p) => p.year === year)?.value;
  return table(ctx, {
    caption: m.levelsCaption(years),
    header: m.levelsHeader(years, growthFrom, y, perCapitaFirst),
    align: ["left", ...years.map(() => "right" as const), ...growthFrom.map(() => "right" as const), ...(perCapitaFirst !== undefined ? ["right" as const] : []), "right"],
    rows: facts.strategies.map((s) => [
      nameOf(s),
      ...years.map((year) => yiCell(s.gdpSeries.find((p) => p.year === year)?.gdp, ctx.lang)),
      ...growthFrom.map((f) => num(s.nominalGrowth.find((g) => g.from === f)?.rate, 1)),
      ...(perCapitaFirst !== undefined ? [grouped(perCapitaAt(s, perCapitaFirst), 0, ctx.lang)] : []),
      grouped(perCapitaAt(s, y), 0, ctx.lang),
    ]),
    data: { indicators: [...GDP, ...POP], years: [...years, ...(perCapitaFirst !== undefined ? [perCapitaFirst] : [])], provincesOnly: true },
    notes: [m.levelsNote, ...(composition ? [composition] : [])],
  });
}

/** The figure of a strategy region's own subsection: 京津冀 three-industry structure by year, 长三角 GDP and share by year. */
function strategyFigures(ctx: ReportContext, facts: StrategiesFacts, s: StrategyFact, composition: Text | undefined): Block[] {
  const { lang } = ctx;
  if (s.id === STRATEGY.beijingTianjinHebei && s.structureSeries.length > 1) {
    const ys = s.structureSeries;
    const chart = renderStackedBars(
      {
        categories: ys.map((x) => String(x.year)),
        series: [m.primary, m.secondary, m.tertiary].map((name, k) => ({ name: name[lang], values: ys.map((x) => x.shares[k]) })),
        unit: "%",
        decimals: 1,
        max: 100,
      },
      SIZE.wide,
    );
    return [figure(ctx, { caption: m.structureCaption(s, ys[0]!.year, ys[ys.length - 1]!.year), chart, data: { indicators: SECTORS, years: ys.map((x) => x.year), provincesOnly: true }, notes: [m.structureNote] })];
  }
  if (s.id === STRATEGY.yangtzeRiverDelta) {
    const points = s.gdpSeries.filter((p) => p.gdp !== undefined);
    if (points.length <= 1) return [];
    const chart = renderBarLine(
      {
        categories: points.map((p) => String(p.year)),
        bar: { name: m.gdpSeries[lang], unit: m.gdpBarUnit[lang], values: points.map((p) => (lang === "zh" ? p.gdp! / 10000 : yiShown(p.gdp, lang))), decimals: lang === "zh" ? 2 : 0 },
        line: { name: m.shareSeries[lang], unit: "%", values: points.map((p) => s.shareSeries.find((x) => x.year === p.year)?.share), decimals: 2 },
      },
      SIZE.wide,
    );
    const years = points.map((p) => p.year);
    return [
      figure(ctx, {
        caption: m.gdpShareCaption(s, years[0]!, years[years.length - 1]!),
        chart,
        data: { indicators: GDP, years, provincesOnly: true },
        notes: [m.shareFigureNote, ...(composition ? [composition] : [])],
      }),
    ];
  }
  return [];
}

/** Blocks of a city-level strategy region: its paragraph, 图 mainland cities' GDP and nominal growth, 表 every city over time. */
function cityStrategyBlocks(ctx: ReportContext, c: CityStrategyFacts): Block[] {
  const { lang } = ctx;
  const blocks: Block[] = [...paragraph(ctx, sayCity.cityStrategyParagraph(c))];
  const cityData: DataUsed = { indicators: CITY_GDP_INDICATORS, regions: ctx.registry.cityCodes() };
  const drawn = c.mainland.filter((x) => x.value !== undefined);
  if (drawn.length > 0) {
    const chart = renderBarLine(
      {
        categories: drawn.map((x) => nameOf(x)[lang]),
        bar: { name: cityMessages.gdpSeries[lang], unit: cityMessages.yiUnitText[lang], values: drawn.map((x) => yiShown(x.value, lang)), decimals: 0 },
        line: { name: cityMessages.growthSeries[lang], unit: "%", values: drawn.map((x) => x.nominalGrowth), decimals: 1 },
      },
      SIZE.wide,
    );
    blocks.push(figure(ctx, { caption: cityMessages.figureCaption(c, c.year), chart, data: { ...cityData, years: [c.year - 1, c.year] }, notes: [cityMessages.cityNote] }));
  }
  const years = [...new Set(c.mainland.concat(c.ownCurrency).flatMap((x) => x.byYear.map((p) => p.year)))].sort((a, b) => a - b);
  const averageFrom = c.mainlandAverageGrowth[0]?.from;
  const total = (year: number) => c.mainlandTotals.find((l) => l.year === year)?.gdp;
  const row = (name: Text, unit: Text, byYear: (year: number) => number | undefined, growth: number | undefined, average: number | undefined, shown: (x: number | undefined) => string) => [
    name,
    unit,
    ...years.map((y) => shown(byYear(y))),
    num(growth, 1),
    ...(averageFrom !== undefined ? [num(average, 1)] : []),
  ];
  const yuanCell = (x: number | undefined) => yiCell(x, lang);
  const ownCell = (x: number | undefined) => grouped(x === undefined || lang === "zh" ? x : x / 10, lang === "zh" ? 1 : 2, lang);
  blocks.push(
    table(ctx, {
      caption: cityMessages.tableCaption(c, years[0]!, c.year),
      header: cityMessages.tableHeader(years, c.year, averageFrom),
      align: ["left", "left", ...years.map(() => "right" as const), "right", ...(averageFrom !== undefined ? ["right" as const] : [])],
      rows: [
        ...c.mainland.map((x) => row(nameOf(x), cityMessages.yiUnitText, (y) => x.byYear.find((p) => p.year === y)?.value, x.nominalGrowth, x.averageGrowth?.rate, yuanCell)),
        row(
          cityMessages.mainlandTotalRow(c.mainland.length),
          cityMessages.yiUnitText,
          total,
          c.mainlandGrowth,
          c.mainlandAverageGrowth.find((g) => g.from === averageFrom)?.rate,
          yuanCell,
        ),
        ...c.ownCurrency.map((x) =>
          row(nameOf(x), cityMessages.ownCurrencyUnit({ zh: x.unit, en: x.unitEn }), (y) => x.byYear.find((p) => p.year === y)?.value, x.nominalGrowth, x.averageGrowth?.rate, ownCell),
        ),
      ],
      data: { ...cityData, years },
      notes: [cityMessages.cityNote],
    }),
  );
  return blocks;
}

function strategyTable(ctx: ReportContext, facts: StrategiesFacts, composition: Text | undefined): Block {
  const y = facts.year;
  const shareSince = facts.strategies.find((s) => s.shareFirst)?.shareFirst?.year;
  const structureSince = facts.strategies.find((s) => s.structureFirst)?.structureFirst?.year;
  const structure = (x: IndustryStructure | undefined) => (x ? m.structureRatio(x.shares) : MISSING);
  return table(ctx, {
    caption: m.tableCaption(y),
    header: m.tableHeader(y, shareSince, structureSince, m.shareColumn[facts.denominators.find((d) => d.year === y)?.kind ?? "provinceSum"]),
    align: ["left", "right", "right", "right", "right", "right", "right", "right", "right"],
    rows: facts.strategies.map((s) => [
      nameOf(s),
      String(s.members.length),
      yiCell(s.gdp.value, ctx.lang),
      num(s.shareDisplay, 2),
      signedPoints(s.shareChange, 2),
      num(s.realGrowth.value, 1),
      grouped(s.perCapitaGdp.value, 0, ctx.lang),
      structure(s.structureFirst),
      structure(s.structureLast),
    ]),
    data: { indicators: [...GDP, ...GROWTH, ...POP, ...SECTORS], years: [...new Set([...facts.trendYears.slice(0, 1), y - 1, y, ...facts.sectorYears.slice(0, 1)])], provincesOnly: true },
    notes: [m.tableMethodNote, ...(composition ? [composition] : []), ...columnNotes(ctx, facts)],
  });
}

/**
 * Notes explaining every "—" of the table, column by column: a column that is "—" in every row
 * always gets a note naming the indicator and the years the data have; partial gaps name the
 * strategy regions' missing members (and, for growth, whether the rate or its weight is missing).
 */
function columnNotes(ctx: ReportContext, facts: StrategiesFacts): Text[] {
  const y = facts.year;
  const ss = facts.strategies;
  const P = { provincesOnly: true };
  const notes: Text[] = [];
  const allMissing = (f: (s: StrategyFact) => unknown) => ss.every((s) => f(s) === undefined);
  const lacking = (f: (s: StrategyFact) => unknown) => ss.filter((s) => f(s) === undefined);
  const provinces = (codes: readonly string[]) => [...new Set(codes)].map((c) => ctx.registry.province(c));

  // GDP of a strategy region (its members' sum).
  const gdpGaps = lacking((s) => s.gdp.value);
  if (gdpGaps.length) notes.push(cannotCompute(m.gdpOf(y, gdpGaps), provinces(gdpGaps.flatMap((s) => s.gdp.missing)), m.gdpData));

  // Share of the 31-province sum, and its change since the first trend year.
  const sumNow = facts.provinceSum.find((p) => p.year === y);
  const denominator = facts.denominators.find((d) => d.year === y);
  if (sumNow && sumNow.value === undefined && denominator?.kind === "groupTotals" && denominator.value !== undefined) {
    notes.push(m.groupTotalsShareNote(y, provinces(sumNow.missing), denominator.value));
  } else if (sumNow && sumNow.value === undefined) {
    notes.push(cannotCompute(m.sumAndShares(y), provinces(sumNow.missing), m.gdpData));
  } else if (allMissing((s) => s.shareChange) && !allMissing((s) => s.shareDisplay)) {
    notes.push(facts.trendYears.length <= 1 ? m.shareChangeFromFirstYear(TREND_START, y, yearsOf(ctx, "gdp_current")) : m.shareChangeIncomplete(facts.trendYears.filter((t) => t < y)));
  }

  // Real growth: the rate itself or its weight (previous-year GDP).
  const growthGaps = lacking((s) => s.realGrowth.value);
  if (growthGaps.length) {
    if (absentIndicators(ctx, GROWTH).length === GROWTH.length) notes.push(indicatorNote(ctx, m.realGrowth, ["gdp_index_prev_year"], y));
    else {
      const affected = growthGaps.length === ss.length ? m.everyStrategyGrowth : m.growthOf(growthGaps);
      notes.push(...missingGrowthNote(ctx, [{ year: y, missing: growthGaps.flatMap((s) => s.realGrowth.missing) }], affected, { withYears: true }));
    }
  }

  // GDP per capita: population of the members.
  const popMissing = indicatorsMissingIn(ctx, POP, y, P);
  const perCapitaGaps = lacking((s) => s.perCapitaGdp.value);
  if (popMissing.length) notes.push(indicatorNote(ctx, m.perCapita, popMissing, y, P));
  else if (perCapitaGaps.length) notes.push(cannotCompute(m.perCapitaOf(perCapitaGaps), provinces(perCapitaGaps.flatMap((s) => s.perCapitaGdp.missing)), m.gdpOrPopulation));

  // Three-industry structure, first year and report year.
  const sectorsMissing = indicatorsMissingIn(ctx, SECTORS, y, P);
  if (sectorsMissing.length) {
    notes.push(indicatorNote(ctx, m.structure, sectorsMissing, y, P));
  } else {
    const lastGaps = lacking((s) => s.structureLast);
    if (lastGaps.length) notes.push(cannotCompute(m.structureOf(y, lastGaps), [], m.valueAddedByIndustry));
    const firstSector = facts.sectorYears[0];
    if (allMissing((s) => s.structureFirst) && firstSector !== undefined) notes.push(m.sectorsOnly(facts.sectorYears, y, firstSector >= y));
    else if (firstSector !== undefined && firstSector > (facts.trendYears[0] ?? y)) notes.push(m.sectorsFrom(facts.sectorYears, firstSector));
  }
  return notes;
}

/** A table note naming missing indicators, their years and the import commands ("注：…"). */
function indicatorNote(ctx: ReportContext, what: Text, ids: readonly string[], year: number, options: MissingOptions = {}): Text {
  return noteText(missingDataText(ctx, what, ids, year, options));
}
