import { growthPatternFacts, type GrowthPatternFacts } from "../../analysis/growthPattern.js";
import { realGrowthOf } from "../../analysis/aggregate.js";
import { SIDE } from "../../analysis/groupIds.js";
import { renderBarLine } from "../../charts/barLine.js";
import { renderPie } from "../../charts/pie.js";
import { renderSortedBars } from "../../charts/sortedBars.js";
import { SIZE } from "../../charts/style.js";
import * as say from "../../narrative/growthPattern.js";
import { MISSING, num, signedPoints, yiCell, yiShown } from "../../messages/format.js";
import * as m from "../../messages/growth.js";
import { nameOf } from "../../messages/names.js";
import { indicatorCoverage, omittedMissing, sectionTitle } from "../../messages/report.js";
import type { Block } from "../../types/document.js";
import type { Text } from "../../types/text.js";
import { figure, heading, note, paragraph, table } from "../blocks.js";
import type { ReportContext } from "../context.js";
import { mapFigure } from "../mapFigure.js";
import { indicatorText, missingGrowthNote, recordMissing, yearsOf } from "../missingData.js";

const GDP = ["gdp_current"];
const GROWTH = ["gdp_index_prev_year", "gdp_real_growth"];

/**
 * Section "区域经济增长格局" (regional growth pattern): narrative, 图 four-region shares (pie),
 * 图 four-region GDP and growth (bars + line), 图 provinces sorted by GDP with growth, a growth map,
 * 表 growth of the four regions in the previous and current year, 表 north and south shares. Throws
 * what growthPatternFacts throws.
 */
export function growthPatternSection(ctx: ReportContext): Block[] {
  const facts = growthPatternFacts(ctx.dataset, ctx.registry, { year: ctx.year });
  const { lang } = ctx;
  const y = facts.year;
  const blocks: Block[] = [heading(ctx, 2, sectionTitle.growthPattern), ...paragraph(ctx, say.overviewParagraph(facts)), ...paragraph(ctx, say.regionsParagraph(facts))];

  if (facts.regions.every((g) => g.gdp.value !== undefined)) {
    const chart = renderPie({ slices: facts.regions.map((g) => ({ name: g[label(lang)], value: g.gdp.value!, label: `${g[label(lang)]}\n${num(g.shareDisplay, 2)}%` })) }, SIZE.square);
    blocks.push(
      figure(ctx, {
        caption: m.shareFigureCaption(y),
        chart,
        data: { indicators: GDP, years: [y], provincesOnly: true },
        notes: [m.shareNote(say.denominatorName(facts), facts.denominator.value, facts.denominator.kind === "national"), ...(facts.regions.some((g) => g.gdp.publishedTotal) ? [m.publishedTotalsNote] : [])],
      }),
    );
  } else {
    const missing = [...new Set(facts.regions.flatMap((g) => g.gdp.missing))].map((c) => ctx.registry.province(c));
    blocks.push(note(ctx, omittedMissing(m.shareFigureOmitted(y), missing)));
  }
  const bars = renderBarLine(
    {
      categories: facts.regions.map((g) => g[label(lang)]),
      bar: { name: m.gdpLabel[lang], unit: m.gdpUnit[lang], values: facts.regions.map((g) => yiShown(g.gdp.value, lang)), decimals: 0 },
      line: { name: m.realGrowthLabel[lang], unit: "%", values: facts.regions.map((g) => g.realGrowth.value), decimals: 1 },
    },
    SIZE.wide,
  );
  blocks.push(
    figure(ctx, {
      caption: m.regionsFigureCaption(y, facts.regions.some((g) => g.realGrowth.value !== undefined)),
      chart: bars,
      data: { indicators: [...GDP, ...GROWTH], years: [facts.prevYear, y], provincesOnly: true },
      notes: [m.growthMethodNote],
    }),
  );
  blocks.push(sharesTable(ctx, facts));
  // The table (with notes on what is missing) when any province has growth for either year; else a note.
  const anyGrowth = ctx.registry.provinces.some((p) => [facts.prevYear, y].some((year) => realGrowthOf(ctx.dataset, p.code, year) !== undefined));
  blocks.push(anyGrowth ? growthTable(ctx, facts) : growthTableOmitted(ctx, facts));

  blocks.push(...paragraph(ctx, say.provincesParagraph(facts)));
  const provinceChart = renderSortedBars(
    {
      items: facts.provinces.map((p) => ({ name: p[label(lang)], value: yiShown(p.gdp, lang), lineValue: p.realGrowth })),
      bar: { name: m.gdpLabel[lang], unit: m.gdpUnit[lang], decimals: 0 },
      line: { name: m.realGrowthLabel[lang], unit: "%", decimals: 1 },
    },
    { width: 900, height: 460 },
  );
  blocks.push(
    figure(ctx, {
      caption: m.provincesFigureCaption(y, facts.provinces.some((p) => p.realGrowth !== undefined)),
      chart: provinceChart,
      data: { indicators: [...GDP, ...GROWTH], years: [y], provincesOnly: true },
      notes: [m.provincesFigureNote, ...historyNote(facts), ...missingProvinceNotes(facts)],
    }),
  );

  blocks.push(
    ...mapFigure(ctx, {
      caption: m.growthMapCaption(y),
      legendTitle: m.growthMapLegend,
      values: facts.provinces.map((p) => ({ code: p.code, value: p.realGrowth })),
      decimals: 1,
      indicators: GROWTH,
      years: [y],
    }),
  );
  blocks.push(...paragraph(ctx, say.membersParagraph(facts)));
  blocks.push(...paragraph(ctx, say.northSouthParagraph(facts)));
  blocks.push(northSouthTable(ctx, facts));
  return blocks;
}

/** The group's or province's name field in `lang`: "name" (zh) or "nameEn". */
function label(lang: "zh" | "en"): "name" | "nameEn" {
  return lang === "zh" ? "name" : "nameEn";
}

function growthTable(ctx: ReportContext, facts: GrowthPatternFacts): Block {
  const { year: y, prevYear: p } = facts;
  const kind = (facts.comparator ?? facts.comparatorPrev)?.kind;
  const comparatorRow = [
    kind === "national" ? m.comparatorRow.national : m.comparatorRow.provinceWeighted,
    num(facts.comparatorPrev?.value, 1),
    num(facts.comparator?.value, 1),
    signedPoints(facts.comparator && facts.comparatorPrev ? facts.comparator.value - facts.comparatorPrev.value : undefined),
  ];
  const revised = facts.vintages.growth.some((v) => v.includes("post5census"));
  return table(ctx, {
    caption: m.growthTableCaption(p, y),
    header: m.growthTableHeader(p, y),
    align: ["left", "right", "right", "right"],
    rows: [...facts.regions.map((g) => [nameOf(g), num(g.realGrowthPrev.value, 1), num(g.realGrowth.value, 1), signedPoints(g.growthChange)]), comparatorRow],
    data: { indicators: [...GDP, ...GROWTH], years: [p - 1, p, y] },
    notes: [
      m.growthMethodNote,
      ...(revised ? [m.censusRevisionNote(p)] : []),
      ...(facts.comparator?.kind === "provinceWeighted" ? [m.comparatorStandInNote] : []),
      ...missingGrowthNote(
        ctx,
        [p, y].map((year) => ({ year, missing: facts.regions.flatMap((g) => (year === y ? g.realGrowth : g.realGrowthPrev).missing) })),
        m.affectedRegionalRates,
      ),
    ],
  });
}

/** 表: the four regions' GDP and shares in the previous and the current year, with the change of the shares. */
function sharesTable(ctx: ReportContext, facts: GrowthPatternFacts): Block {
  const { year: y, prevYear: p, lang } = { ...facts, lang: ctx.lang };
  const d = facts.denominator;
  const total = d.value === undefined ? [] : [[m.denominatorRow[d.kind], yiCell(d.prevValue, lang), yiCell(d.value, lang), num(d.prevValue === undefined ? undefined : 100, 2), num(100, 2), MISSING]];
  return table(ctx, {
    caption: m.sharesTableCaption(p, y),
    header: m.sharesTableHeader(p, y),
    align: ["left", "right", "right", "right", "right", "right"],
    rows: [...facts.regions.map((g) => [nameOf(g), yiCell(g.gdpPrev.value, lang), yiCell(g.gdp.value, lang), num(g.sharePrevDisplay, 2), num(g.shareDisplay, 2), signedPoints(g.shareChange, 2)]), ...total],
    data: { indicators: GDP, years: [p, y], provincesOnly: d.kind !== "groupTotals" },
    notes: [
      m.shareNote(say.denominatorName(facts), d.value, d.kind === "national"),
      ...(facts.regions.some((g) => g.gdp.publishedTotal) ? [m.publishedTotalsNote] : []),
      ...(facts.regions.every((g) => g.gdpPrev.value === undefined) ? [m.prevYearGdpMissing(p)] : []),
    ],
  });
}

function northSouthTable(ctx: ReportContext, facts: GrowthPatternFacts): Block {
  const { year: y, prevYear: p } = facts;
  const north = ctx.registry.group(SIDE.north).members.map((x) => ctx.registry.province(x.code));
  return table(ctx, {
    caption: m.northSouthTableCaption(p, y),
    header: m.northSouthTableHeader(p, y),
    align: ["left", "right", "right", "right", "right"],
    rows: facts.northSouth.map((g) => [nameOf(g), num(g.sharePrevDisplay, 2), num(g.shareDisplay, 2), signedPoints(g.shareChange, 2), num(g.realGrowth.value, 1)]),
    data: { indicators: [...GDP, ...GROWTH], years: [p - 1, p, y], provincesOnly: true },
    notes: [m.northSouthNote(north, say.denominatorName(facts))],
  });
}

/** In place of the growth table when no regional growth can be computed for either year. */
function growthTableOmitted(ctx: ReportContext, facts: GrowthPatternFacts): Block {
  const years = [...new Set([...ctx.dataset.years("gdp_index_prev_year"), ...ctx.dataset.years("gdp_real_growth")])].sort((a, b) => a - b);
  // Another vintage of the index may cover the year; it is named, never spliced in.
  const older = ctx.dataset.years("gdp_index_prev_year_pre5census");
  const olderCovers = older.includes(facts.year) || older.includes(facts.prevYear);
  const index = "gdp_index_prev_year";
  recordMissing(ctx, [indicatorCoverage(indicatorText(index), yearsOf(ctx, index, { provincesOnly: true }), facts.year, true)], [index]);
  return note(ctx, m.growthTableOmitted(facts.prevYear, facts.year, years, olderCovers ? older : undefined));
}

/** How milestones and streaks are judged: within the years the data hold (none when nothing is stated). */
function historyNote(facts: GrowthPatternFacts): Text[] {
  const h = facts.history;
  const stated = h.streaks.length > 0 || h.crossings.length > 0 || h.national !== undefined;
  return stated && h.firstYear !== undefined ? [m.historyNote(h.firstYear, facts.year, h.national?.firstYear)] : [];
}

/**
 * 附表: every province's GDP and real growth with their national ranks (ties 并列), in the registry's
 * order (GB/T 2260), for the end of the report. Throws what growthPatternFacts throws.
 */
export function provinceAppendixTable(ctx: ReportContext): Block {
  const facts = growthPatternFacts(ctx.dataset, ctx.registry, { year: ctx.year });
  const region = new Map(facts.regions.flatMap((g) => g.members.map((c) => [c, g] as const)));
  const { lang } = ctx;
  return table(ctx, {
    caption: m.appendixCaption(facts.year),
    header: m.appendixHeader,
    align: ["left", "left", "right", "right", "right", "right"],
    rows: facts.provinces.map((p) => {
      const g = region.get(p.code);
      return [nameOf(p), g ? nameOf(g) : MISSING, yiCell(p.gdp, lang), m.tableRank(p.gdpRank, p.gdpTied), num(p.realGrowth, 1), m.tableRank(p.growthRank, p.growthTied)];
    }),
    data: { indicators: [...GDP, ...GROWTH], years: [facts.year], provincesOnly: true },
    notes: [m.appendixNote],
  });
}

/** Notes under the provincial chart: provinces without GDP (not drawn) and without growth (no point). */
function missingProvinceNotes(facts: GrowthPatternFacts): Text[] {
  const missingGdp = facts.provinces.filter((p) => p.gdp === undefined);
  const missingGrowth = facts.provinces.filter((p) => p.gdp !== undefined && p.realGrowth === undefined);
  const out: Text[] = [];
  if (missingGdp.length) out.push(m.gdpMissingInFigure(missingGdp));
  const withGdp = facts.provinces.length - missingGdp.length;
  if (missingGrowth.length > 0 && missingGrowth.length === withGdp) out.push(m.growthMissingEverywhereInFigure(facts.year));
  else if (missingGrowth.length > 0) out.push(m.growthMissingInFigure(missingGrowth));
  return out;
}
