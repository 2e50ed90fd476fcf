import {
  COMPUTED_GDP_PER_CAPITA,
  FOUR_REGIONS,
  NORTH_SOUTH,
  betaConvergenceOver,
  contributionShares,
  disparityCoverage,
  disparitySeries,
  gapsOfYear,
  moranOfYear,
  perCapitaSpec,
  theilByGrouping,
  vintagesBySource,
  type DisparityCoverage,
  type TheilByGrouping,
} from "../../analysis/disparity.js";
import { DISPARITY_DECIMALS as D } from "../../analysis/rules/disparity.js";
import { indicatorCatalogue } from "../../data/indicators.js";
import { renderLines } from "../../charts/lines.js";
import { SIZE } from "../../charts/style.js";
import * as m from "../../messages/disparity.js";
import { MISSING, num, pct } from "../../messages/format.js";
import * as say from "../../narrative/disparity.js";
import type { Block } from "../../types/document.js";
import type { Text } from "../../types/text.js";
import type { ReportContext } from "../context.js";
import { indicatorsMissingIn, missingDataNote } from "../missingData.js";
import { sourceLine } from "../sourceLine.js";
import { mixedVintageNotes } from "../vintageNote.js";
import { regionalGapBlocks } from "./regionalGap.js";

const INDICATOR = COMPUTED_GDP_PER_CAPITA;

/**
 * Section "区域差距" (Regional disparities) of the report: per-capita GDP (computed from GDP and
 * year-end resident population) up to `ctx.year`:
 * - 图: relative disparity (population-weighted CV, Theil T, Gini) and 图: absolute disparity (SD,
 *   range) over the years in which all 31 provinces have usable data (`disparityCoverage`: the same
 *   coverage every year, so the years compare); incomplete years inside the span are gaps named in a
 *   note, and when the report year itself is incomplete the series ends at the last complete year and
 *   says why. The judgement is `judgeDisparity` (analysis/rules/disparity.ts) on the computed numbers;
 * - 表: population-weighted Theil T of the report year decomposed by 四大板块 and by 南北, with the
 *   between-group share; and 表: absolute and conditional (四大板块 dummies) β-convergence. These are
 *   single cross-sections: when provinces lack data they cover the others and state the coverage
 *   ("30个省份，缺少广东");
 * - the gaps between the four regions' per-capita GDP (regionalGap.ts: ratio and difference of the
 *   East to each other region, and 图 of the ratios), so relative and absolute gaps between regions
 *   are read next to the provincial indices;
 * - 表: global Moran's I on land contiguity (海南 excluded, see SpatialWeights.excluded); it needs the
 *   whole contiguity map, so an incomplete year omits it with the reason.
 * Values and populations that are not > 0 are excluded before any statistic (named in a note). Every
 * figure/table whose inputs mix vintages gets `mixedVintageNotes` per indicator, and the judgements
 * say when they compare across a data-version break. Nothing is shown as 0. Sentences come from
 * narrative/disparity.ts, all other words from messages/disparity.ts.
 */
export function disparitySection(ctx: ReportContext): Block[] {
  const spec = perCapitaSpec(ctx.dataset, INDICATOR);
  const blocks: Block[] = [{ kind: "heading", level: 2, text: m.sectionTitle[ctx.lang] }];
  const cov = disparityCoverage(ctx.dataset, ctx.registry, ctx.year, INDICATOR);
  if (cov.completeYears.length === 0 && !cov.usableNow) {
    blocks.push(nothingNote(ctx, spec.sourceIndicators));
    return blocks;
  }
  blocks.push(...(cov.completeYears.length === 0 ? [note(ctx, m.omitted.series(ctx.year, gaps(ctx, ctx.year)))] : seriesBlocks(ctx, cov)));
  blocks.push(...regionalGapBlocks(ctx));
  if (!cov.usableNow) {
    blocks.push(note(ctx, m.omitted.crossSections(ctx.year, gaps(ctx, ctx.year))));
    return blocks;
  }
  blocks.push(...theilBlocks(ctx, cov), ...betaBlocks(ctx, cov), ...moranBlocks(ctx, cov));
  return blocks;
}

const note = (ctx: ReportContext, text: Text): Block => ({ kind: "note", text: text[ctx.lang] });
const paragraph = (ctx: ReportContext, text: Text): Block => ({ kind: "paragraph", text: text[ctx.lang] });

/** What the provinces lack in `year` (see `gapText`). */
const gaps = (ctx: ReportContext, year: number): Text => say.gapText(ctx.registry, year, gapsOfYear(ctx.dataset, ctx.registry, year, INDICATOR));

/** The section replaced by one note: the report year has no usable data and no earlier year is complete. */
function nothingNote(ctx: ReportContext, ids: readonly string[]): Block {
  const absent = indicatorsMissingIn(ctx, [...ids], ctx.year, { provincesOnly: true });
  if (absent.length > 0) return missingDataNote(ctx, m.disparityIndicesSubject[ctx.lang], absent, ctx.year, { provincesOnly: true });
  return note(ctx, m.omitted.all(gaps(ctx, ctx.year)));
}

/**
 * Mixed-vintage notes (and warnings) for a figure/table from `years`, one per input indicator
 * whose provincial observations in those years carry more than one vintage.
 */
function vintageNotes(ctx: ReportContext, years: readonly number[]): { notes: string[]; mixed: boolean } {
  const notes: string[] = [];
  for (const [id, vintages] of vintagesBySource(ctx.dataset, ctx.registry, years, INDICATOR)) {
    const def = indicatorCatalogue().get(id);
    notes.push(...mixedVintageNotes(ctx, m.indicatorData(def ? { zh: def.nameZh, en: def.nameEn } : { zh: id, en: id }), vintages));
  }
  return { notes, mixed: notes.length > 0 };
}

function source(ctx: ReportContext, years: readonly number[]): string {
  return sourceLine(ctx, perCapitaSpec(ctx.dataset, INDICATOR).sourceIndicators, years, { provincesOnly: true });
}

/** The relative and absolute disparity over the complete years: a paragraph and two figures (or one paragraph for one year). */
function seriesBlocks(ctx: ReportContext, cov: DisparityCoverage): Block[] {
  const complete = cov.completeYears;
  const y0 = complete[0]!;
  const yLast = complete[complete.length - 1]!;
  // Every year of the span is a category; incomplete ones are gaps, never indices over fewer provinces.
  const series = disparitySeries(ctx.dataset, ctx.registry, cov.span, INDICATOR);
  const vint = vintageNotes(ctx, complete);
  const endsEarly = yLast < ctx.year ? gaps(ctx, ctx.year) : undefined;
  if (complete.length < 2) {
    // One complete year: no time series to draw (a figure of one point per line says nothing).
    return [paragraph(ctx, say.singleYearParagraph(yLast, series.years.find((r) => r.indices)!.indices!, { endsEarly }))];
  }
  const src = source(ctx, complete);
  const gapNote = cov.gaps.length ? [m.gapYearsNote(cov.gaps.map((g) => gaps(ctx, g)))[ctx.lang]] : [];
  const cats = series.years.map((r) => String(r.year));
  const line = (name: Text, pick: (ix: NonNullable<(typeof series.years)[number]["indices"]>) => number | undefined) => ({ name: name[ctx.lang], values: series.years.map((r) => (r.indices ? pick(r.indices) : undefined)) });
  const rel = renderLines(
    {
      categories: cats,
      series: [line(m.seriesName.weightedCV, (ix) => ix.williamsonCV), line(m.seriesName.weightedGini, (ix) => ix.giniWeighted), line(m.seriesName.weightedTheilT, (ix) => ix.theilTWeighted)],
      unit: "",
      decimals: D.index,
      labelLast: true,
      yMin: 0,
    },
    SIZE.wide,
  );
  const abs = renderLines(
    { categories: cats, series: [line(m.seriesName.sd, (ix) => ix.sd), line(m.seriesName.range, (ix) => ix.range)], unit: m.yuanAxisUnit[ctx.lang], decimals: D.yuan, labelLast: true },
    SIZE.wide,
  );
  return [
    paragraph(ctx, say.seriesParagraph(series, { endsEarly, mixedVintages: vint.mixed })),
    {
      kind: "figure",
      label: "", // numbered by build.ts
      caption: m.relativeFigureCaption(y0, yLast)[ctx.lang],
      ...rel,
      source: src,
      notes: [m.note(m.perCapitaNote)[ctx.lang], m.note(say.disparityRule())[ctx.lang], ...gapNote, ...vint.notes],
    },
    {
      kind: "figure",
      label: "", // numbered by build.ts
      caption: m.absoluteFigureCaption(y0, yLast)[ctx.lang],
      ...abs,
      source: src,
      notes: [m.note(m.absoluteNote)[ctx.lang], ...gapNote, ...vint.notes],
    },
  ];
}

type Decomposed = TheilByGrouping & { decomposition: NonNullable<TheilByGrouping["decomposition"]> };

/** Population-weighted Theil T of the report year by 四大板块 and by 南北: a paragraph and a table. */
function theilBlocks(ctx: ReportContext, cov: DisparityCoverage): Block[] {
  const y = ctx.year;
  // A single cross-section: with provinces missing it covers the others and says so.
  const [fourRegions, northSouth] = [FOUR_REGIONS, NORTH_SOUTH].map((g) => theilByGrouping(ctx.dataset, ctx.registry, y, g, INDICATOR, { partial: true }));
  const ok = [fourRegions!, northSouth!].filter((d): d is Decomposed => d.decomposition !== undefined);
  if (ok.length === 0) return [note(ctx, m.omitted.theil(y, gaps(ctx, y)))];
  const part = cov.completeNow ? undefined : say.coverageText(ctx.registry, ok[0]!.covered, ok[0]!.missing);
  const rows: string[][] = [];
  for (const d of ok) {
    const x = d.decomposition;
    const shares = contributionShares(x);
    const grouping = ctx.registry.grouping(d.grouping);
    rows.push([ctx.lang === "zh" ? grouping.name : grouping.nameEn, m.totalPart[ctx.lang], num(x.total, D.index), pct(shares ? 100 : undefined, D.percent)]);
    rows.push(["", m.betweenPart[ctx.lang], num(x.between, D.index), say.shareText(shares?.between)]);
    x.groups.forEach((g, i) => rows.push(["", m.withinGroupPart(d.groupNames.get(g.group) ?? { zh: g.group, en: g.group })[ctx.lang], num(g.withinContribution, D.index), say.shareText(shares?.groups[i])]));
  }
  const vint = vintageNotes(ctx, [y]);
  return [
    paragraph(ctx, say.theilParagraph(y, { fourRegions: ok.find((d) => d === fourRegions), northSouth: ok.find((d) => d === northSouth) }, part)),
    {
      kind: "table",
      label: "", // numbered by build.ts
      caption: m.theilTableCaption(y, part)[ctx.lang],
      header: m.theilTableHeader.map((h) => h[ctx.lang]),
      rows,
      align: ["left", "left", "right", "right"],
      source: source(ctx, [y]),
      notes: [m.note(m.theilNote)[ctx.lang], ...(part ? [m.note(m.partialTheilNote(gaps(ctx, y), ok[0]!.covered.length))[ctx.lang]] : []), ...vint.notes],
    },
  ];
}

/** Absolute and conditional (四大板块 dummies) β-convergence from the first complete year to the report year. */
function betaBlocks(ctx: ReportContext, cov: DisparityCoverage): Block[] {
  const y = ctx.year;
  const y0 = cov.betaFrom;
  if (y0 === undefined) return [];
  const beta = betaConvergenceOver(ctx.dataset, ctx.registry, y0, y, INDICATOR, FOUR_REGIONS, { partial: true });
  const a = beta.absolute;
  if (!a) return [note(ctx, m.omitted.beta(y0, y, gaps(ctx, y)))];
  const part = cov.completeNow ? undefined : say.coverageText(ctx.registry, beta.covered, beta.missing);
  const row = (model: Text, b: typeof a) => [
    model[ctx.lang],
    num(b.beta, D.index),
    num(b.betaStandardError, D.index),
    num(b.betaPValue, D.pValue),
    b.speed === undefined ? MISSING : pct(100 * b.speed, D.percent),
    num(b.halfLife, D.percent),
    num(b.rSquared, D.rSquared),
  ];
  const c = beta.conditional;
  const vint = vintageNotes(ctx, [y0, y]);
  return [
    paragraph(ctx, say.betaParagraph(beta, { coverage: part, mixedVintages: vint.mixed })),
    {
      kind: "table",
      label: "", // numbered by build.ts
      caption: m.betaTableCaption(y0, y, part)[ctx.lang],
      header: m.betaTableHeader.map((h) => h[ctx.lang]),
      rows: [row(m.absoluteBetaModel, a), ...(c ? [row(m.conditionalBetaModel, c)] : [])],
      align: ["left", "right", "right", "right", "right", "right", "right"],
      source: source(ctx, [y0, y]),
      notes: [m.note(m.betaNote(y0, y))[ctx.lang], ...(part ? [m.note(m.partialBetaNote(gaps(ctx, y), beta.covered.length))[ctx.lang]] : []), ...vint.notes],
    },
  ];
}

/** Global Moran's I of the report year with its local clusters; omitted (with the reason) unless the year is complete. */
function moranBlocks(ctx: ReportContext, cov: DisparityCoverage): Block[] {
  const y = ctx.year;
  const moran = moranOfYear(ctx.dataset, ctx.registry, y, INDICATOR);
  // Not computed on part of the map: a missing province would change its neighbours' weights.
  if (!cov.completeNow || !moran.global || !moran.permutation || !moran.local) return [note(ctx, m.omitted.moran(y, gaps(ctx, y)))];
  const g = moran.global;
  const excluded = moran.weights.excluded;
  const islands = excluded.length > 0 ? say.provinceNames(ctx.registry, excluded) : undefined;
  return [
    paragraph(ctx, say.moranParagraph(ctx.registry, moran)),
    {
      kind: "table",
      label: "", // numbered by build.ts
      caption: m.moranTableCaption(y)[ctx.lang],
      header: m.moranTableHeader.map((h) => h[ctx.lang]),
      rows: [[num(g.I, D.index), num(g.expected, D.index), num(g.varianceRandomisation, D.index), num(g.zRandomisation, D.statistic), num(g.pRandomisation, D.moranPValue), num(moran.permutation.pValue, D.pValue), String(g.n)]],
      align: ["right", "right", "right", "right", "right", "right", "right"],
      source: source(ctx, [y]),
      notes: [m.note(m.moranNote(islands, excluded.length, g.n, moran.permutation.permutations, moran.permutation.seed, say.LEVEL, say.quadrantCounts(moran)))[ctx.lang], ...vintageNotes(ctx, [y]).notes],
    },
  ];
}
