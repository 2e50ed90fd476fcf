import { innovationFacts, RD_EXPENDITURE, RD_INTENSITY, RD_INTENSITY_REVISED, type InnovationFacts } from "../../analysis/innovation.js";
import { INTENSITY_DECIMALS } from "../../analysis/rules/innovation.js";
import { renderSortedBars } from "../../charts/sortedBars.js";
import { MISSING, num, rank, signedPoints, yiCell } from "../../messages/format.js";
import * as m from "../../messages/innovation.js";
import { nameOf } from "../../messages/names.js";
import * as say from "../../narrative/innovation.js";
import type { Block } from "../../types/document.js";
import { figure, heading, paragraph, table } from "../blocks.js";
import type { ReportContext } from "../context.js";
import { mapFigure } from "../mapFigure.js";
import { indicatorsMissingIn, missingDataNote } from "../missingData.js";

const RD = [RD_EXPENDITURE, RD_INTENSITY];

/**
 * Section "新质生产力与创新": R&D expenditure and intensity of the report year as published (national
 * communiqué on S&T expenditure), by province (map, 图 ranking with the national level, 表 with ranks and
 * the change from the revised previous-year intensity) and by region (表 expenditure, share and the
 * intensity derived from the published provincial intensities). The published intensities rest on
 * preliminary GDP and are never recomputed from the database GDP (notes say so). Without R&D data for
 * the report year the section is a note naming the indicators.
 */
export function innovationSection(ctx: ReportContext): Block[] {
  const y = ctx.year;
  const title = heading(ctx, 2, m.sectionTitle);
  const missing = indicatorsMissingIn(ctx, RD, y, { provincesOnly: true });
  if (missing.length > 0) return [title, missingDataNote(ctx, m.analysis, missing, y, { provincesOnly: true })];
  const f = innovationFacts(ctx.dataset, ctx.registry, y);
  const basis = m.basisNote(y);
  const provincial = { indicators: [RD_INTENSITY, RD_INTENSITY_REVISED], years: [y - 1, y], provincesOnly: true };
  return [
    title,
    ...paragraph(ctx, say.innovationSentences(f)),
    ...mapFigure(ctx, {
      caption: m.mapCaption(y),
      legendTitle: m.mapLegend,
      values: f.provinces.map((p) => ({ code: p.code, value: p.intensity })),
      decimals: INTENSITY_DECIMALS,
      indicators: [RD_INTENSITY],
      years: [y],
    }),
    rankingFigure(ctx, f, basis),
    regionTable(ctx, f),
    table(ctx, {
      caption: m.provinceTableCaption(y),
      header: m.provinceTableHeader(y),
      align: ["left", "right", "right", "right", "right", "right"],
      rows: [...f.provinces]
        .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
        .map((p) => [nameOf(p), yiCell(p.expenditure, ctx.lang), num(p.intensity, INTENSITY_DECIMALS), rank(p.rank, p.tied, ctx.lang), num(p.previous, INTENSITY_DECIMALS), signedPoints(p.change?.points, INTENSITY_DECIMALS)]),
      data: { ...provincial, indicators: [RD_EXPENDITURE, ...provincial.indicators] },
      notes: [basis, m.rankNote],
    }),
  ];
}

/** 图 provinces sorted by published intensity, with the national intensity as a reference line. */
function rankingFigure(ctx: ReportContext, f: InnovationFacts, basis: ReturnType<typeof m.basisNote>): Block {
  const { lang } = ctx;
  const chart = renderSortedBars(
    {
      items: f.provinces.map((p) => ({ name: nameOf(p)[lang], value: p.intensity })),
      bar: { name: m.intensitySeries[lang], unit: "%", decimals: INTENSITY_DECIMALS },
      ...(f.national.intensity !== undefined ? { reference: { name: m.nationalLine[lang], value: f.national.intensity } } : {}),
    },
    { width: 900, height: 420 },
  );
  return figure(ctx, { caption: m.rankingCaption(f.year), chart, data: { indicators: [RD_INTENSITY], years: [f.year] }, notes: [basis] });
}

/** 表 regions: R&D expenditure, share of the 31-province sum, intensity on the published basis; the sum and the national figures. */
function regionTable(ctx: ReportContext, f: InnovationFacts): Block {
  const d = f.regionDecimals;
  return table(ctx, {
    caption: m.regionTableCaption(f.year),
    header: m.regionTableHeader,
    align: ["left", "right", "right", "right"],
    rows: [
      ...f.regions.map((r) => [nameOf(r), yiCell(r.expenditure.value, ctx.lang), num(r.share, 1), num(r.intensity?.value, d)]),
      [m.provinceSumRow, yiCell(f.provinceSum.value, ctx.lang), f.provinceSum.value === undefined ? MISSING : num(100, 1), MISSING],
      [m.nationalRow, yiCell(f.national.expenditure, ctx.lang), MISSING, num(f.national.intensity, INTENSITY_DECIMALS)],
    ],
    data: { indicators: [RD_EXPENDITURE, RD_INTENSITY], years: [f.year] },
    notes: [m.regionMethodNote(d)],
  });
}
