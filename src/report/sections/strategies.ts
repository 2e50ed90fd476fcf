import { strategiesFacts, TREND_START, type IndustryStructure, type StrategiesFacts, type StrategyFact } from "../../analysis/strategies.js";
import { renderLines } from "../../charts/lines.js";
import { SIZE } from "../../charts/style.js";
import { grouped, MISSING, num, signedPoints, yiCell } from "../../messages/format.js";
import { nameOf } from "../../messages/names.js";
import { bracketed, cannotCompute, note as noteText, sectionTitle } from "../../messages/report.js";
import * as m from "../../messages/strategies.js";
import * as say from "../../narrative/strategies.js";
import type { Block } from "../../types/document.js";
import type { Text } from "../../types/text.js";
import { figure, heading, note, paragraph, table } from "../blocks.js";
import type { ReportContext } from "../context.js";
import { absentIndicators, indicatorsMissingIn, missingDataNote, missingDataText, missingGrowthNote, yearsOf, type MissingOptions } from "../missingData.js";

const GDP = ["gdp_current"];
const GROWTH = ["gdp_index_prev_year", "gdp_real_growth"];
const POP = ["population_year_end"];
const SECTORS = ["va_primary", "va_secondary", "va_tertiary"];

/**
 * Section "区域重大战略": narrative, 图 share of each strategy region in the 31-province GDP sum since
 * 2014 (lines, constant composition), 表 GDP, share, real growth, per-capita GDP and three-industry
 * structure of every province-level strategy; notes for what is missing (city-level 粤港澳大湾区,
 * population, sectors). Without gdp_current the section is a note naming the missing indicator.
 */
export function strategiesSection(ctx: ReportContext): Block[] {
  const title = heading(ctx, 2, sectionTitle.strategies);
  if (absentIndicators(ctx, GDP).length > 0) return [title, missingDataNote(ctx, m.analysis, GDP)];
  const facts = strategiesFacts(ctx.dataset, ctx.registry, ctx.year);
  // Before the strategies were set up (e.g. 2006) there is nothing to show: a note, no empty table.
  if (facts.strategies.length === 0) return [title, note(ctx, say.notYetSetUpNote(facts))];
  const y = facts.year;
  const blocks: Block[] = [title, ...paragraph(ctx, say.strategiesOverview(facts)), ...paragraph(ctx, facts.strategies.map((s) => say.strategySentence(facts, s)))];
  const city = say.cityLevelSentence(facts);
  if (city) blocks.push(note(ctx, bracketed(city)));

  const composition = say.compositionNote(facts);
  if (facts.trendYears.length > 1 && facts.strategies.some((s) => s.shareSeries.some((p) => p.share !== undefined))) {
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
    blocks.push(
      figure(ctx, {
        caption: m.shareFigureCaption(facts.trendYears[0]!, y),
        chart,
        data: { indicators: GDP, years: facts.trendYears, provincesOnly: true },
        notes: [m.shareFigureNote, ...(composition ? [composition] : []), ...(gaps.length ? [m.shareGaps(gaps)] : [])],
      }),
    );
  }
  blocks.push(strategyTable(ctx, facts, composition));
  return blocks;
}

function strategyTable(ctx: ReportContext, facts: StrategiesFacts, composition: Text | undefined): Block {
  const y = facts.year;
  const shareSince = facts.strategies.find((s) => s.shareFirst)?.shareFirst?.year;
  const structureSince = facts.strategies.find((s) => s.structureFirst)?.structureFirst?.year;
  const structure = (x: IndustryStructure | undefined) => (x ? m.structureRatio(x.shares) : MISSING);
  return table(ctx, {
    caption: m.tableCaption(y),
    header: m.tableHeader(y, shareSince, structureSince),
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
  if (sumNow && sumNow.value === undefined) {
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
