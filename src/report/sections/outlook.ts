import path from "node:path";
import { outlookFacts, type OutlookFacts, type ScenarioOutcome } from "../../analysis/outlook/outlook.js";
import { OUTLOOK_INDICATORS } from "../../analysis/outlook/history.js";
import { MIN_BACKTEST_RUNS, UNTESTED_DECIMALS } from "../../analysis/rules/outlook.js";
import { renderProjectedVsActual } from "../../charts/projectedVsActual.js";
import { renderRangeDots, type RangeDotsInput } from "../../charts/rangeDots.js";
import type { GrowthTargets } from "../../data/growthTargets.js";
import * as m from "../../messages/outlook.js";
import * as say from "../../narrative/outlook.js";
import * as tables from "../../narrative/outlookTables.js";
import type { Block } from "../../types/document.js";
import type { Lang, Text } from "../../types/text.js";
import type { ReportContext } from "../context.js";
import { indicatorLabel } from "../missingData.js";
import { yearSpans as yearSpan } from "../../messages/format.js";
import { sourceLine } from "../sourceLine.js";
import { mixedVintageNotes } from "../vintageNote.js";

/** Indicators the outlook reads (gdp_real_growth is used instead of the index where a dataset has it). */
const INPUTS = [OUTLOOK_INDICATORS.gdp, OUTLOOK_INDICATORS.realGrowth, "gdp_real_growth", OUTLOOK_INDICATORS.population];

/** Options of the section: the user's growth targets for the targets scenario. */
export interface OutlookSectionOptions {
  targets?: GrowthTargets;
}

/**
 * Section "区域经济展望" (Outlook): scenario projections for the year after the report year, each
 * with its assumptions and its back-test (analysis/outlook/outlook.ts):
 * - paragraph: what is projected, from when, tested how; the projections are conditional;
 * - 表: the scenarios and their assumptions (growth, national path; prices and population in the note);
 * - paragraphs: β-convergence (s.e.; speed and half-life when significant) with σ beside it; projected
 *   shares and gaps, a direction only beyond the back-test error, price-driven moves named;
 * - 表: projected shares (current and report-year prices), regional growth and disparity by scenario,
 *   each printed with the decimals its back-test error allows (rules/outlook.ts), next to the report
 *   year's actual values;
 * - 图: change of regional shares by scenario with ± back-test error of those shares (a range chart);
 * - 表 + 图: the back-test (errors, gap directions; projected against actual share changes);
 * - paragraphs: the scenario with the smallest error, the print precision, the targets' coverage;
 *   notes for scenarios not computed (one note each; a refused scenario never takes the others along).
 * Only computed scenarios appear in tables and figures. Every figure and table note names the scenarios
 * and their assumptions. No command appears in the report: how to give targets goes to the warnings
 * (printed by the CLI). When the report year lacks an input, the section is one note naming what is
 * missing and the years that would work.
 */
export function outlookSection(ctx: ReportContext): Block[] {
  return outlookSectionWith({})(ctx);
}

/** The section with options (e.g. `regecon report --targets FILE`). */
export function outlookSectionWith(options: OutlookSectionOptions): (ctx: ReportContext) => Block[] {
  return (ctx) => {
    const blocks: Block[] = [{ kind: "heading", level: 2, text: m.sectionTitle[ctx.lang] }];
    const facts = outlookFacts(ctx.dataset, ctx.registry, { origin: ctx.year, horizon: 1, targets: options.targets });
    const names = outlookNames(ctx);
    const t = (text: Text) => text[ctx.lang];
    if (!("scenarios" in facts)) {
      const origins = facts.availableOrigins.length > 0 ? m.originsAvailable(yearSpan(facts.availableOrigins, ctx.lang)) : m.noOrigins;
      blocks.push({ kind: "note", text: t(m.sectionOmitted(ctx.year, t(say.gapsText(facts.gaps, names, ctx.registry.provinces.length)), t(origins))) });
      return blocks;
    }
    addWarnings(ctx, facts, names);
    const notes = commonNotes(ctx, facts, options.targets?.file);
    const intro = say.introParagraph(facts);
    if (intro) {
      blocks.push({ kind: "paragraph", text: t(intro) });
      blocks.push(assumptionsTable(ctx, facts, notes));
      const convergence = say.convergenceParagraph(facts);
      if (convergence) blocks.push({ kind: "paragraph", text: t(convergence) });
      const shares = say.sharesParagraph(facts);
      if (shares) blocks.push({ kind: "paragraph", text: t(shares) });
      blocks.push(projectionTable(ctx, facts, notes));
      blocks.push(rangeFigure(ctx, facts, notes));
    }
    const backtest = say.backtestParagraph(facts);
    if (backtest) {
      blocks.push(backtestTable(ctx, facts, notes));
      blocks.push(scatterFigure(ctx, facts, notes));
      blocks.push({ kind: "paragraph", text: t(backtest) });
    }
    const targets = facts.scenarios.find((s) => s.scenario === "targets");
    const targetsText = say.targetsParagraph(facts, names);
    if (targets && targetsText) blocks.push({ kind: targets.available ? "paragraph" : "note", text: t(targetsText) });
    for (const s of facts.scenarios.filter((x) => !x.available && x.scenario !== "targets")) {
      blocks.push({ kind: "note", text: t(say.unavailableReason(s, names, ctx.registry.provinces.length)) });
    }
    return blocks;
  };
}

/**
 * Warnings for the command line (never in the report's text): a refused scenario, a targets scenario
 * not computed (with how to give targets), a large targets shift.
 */
function addWarnings(ctx: ReportContext, facts: OutlookFacts, names: say.OutlookNames): void {
  const t = (text: Text) => text[ctx.lang];
  for (const s of facts.scenarios) {
    const u = s.unavailable;
    if (u?.kind === "refused") ctx.warnings.push({ code: "OUTLOOK_SCENARIO_REFUSED", message: t(say.unavailableReason(s, names, facts.codes.length)) });
    if (u?.kind === "noTargetsFile") ctx.warnings.push({ code: "TARGETS_NOT_GIVEN", message: t(m.targetsHowTo) });
    if (u?.kind === "noTargetsForYear") ctx.warnings.push({ code: "TARGETS_NOT_GIVEN", message: t(say.unavailableReason(s, names, facts.codes.length)) });
  }
  for (const shift of say.largeTargetsShifts(facts)) ctx.warnings.push({ code: "OUTLOOK_TARGETS_SHIFTED", message: t(say.targetsShiftWarning(shift)) });
}

/** Notes and the source line every block of the section carries. */
interface CommonNotes {
  source: string;
  /** Scenario assumptions for the scenarios a block shows (all when omitted). */
  assumptions: (shown?: readonly ScenarioOutcome[]) => string;
  conditional: string;
  vintages: string[];
}

/** `targetsFile`: the user's targets file, cited by its name only (no local path in a report). */
function commonNotes(ctx: ReportContext, facts: OutlookFacts, targetsFile: string | undefined): CommonNotes {
  const t = (text: Text) => text[ctx.lang];
  const targets = facts.scenarios.find((s) => s.scenario === "targets" && s.available);
  const targetSources = [...new Set(targets?.targets?.flatMap((u) => u.sources) ?? [])];
  const file = targets && targetsFile && targetSources.length > 0 ? t(m.targetsSource(path.basename(targetsFile), targetSources.join(t(m.clauseSep)))) : "";
  const sep = t(m.sentenceSep);
  return {
    source: [sourceLine(ctx, INPUTS, facts.yearsUsed, { provincesOnly: true }), t(m.projectionSource), file].filter((s) => s !== "").join(sep),
    assumptions: (shown) => t(say.assumptionsNote(facts, shown ?? say.computed(facts))),
    conditional: t(m.conditionalNote),
    vintages: INPUTS.flatMap((id) => mixedVintageNotes(ctx, m.indicatorData({ zh: indicatorLabel(id, "zh"), en: indicatorLabel(id, "en") }), vintagesOf(ctx, id, facts.yearsUsed))),
  };
}

function vintagesOf(ctx: ReportContext, id: string, years: readonly number[]): string[] {
  const vs = new Set(ctx.dataset.observations(id).filter((o) => years.includes(o.year) && ctx.registry.isProvince(o.regionCode)).map((o) => o.vintage));
  return [...vs].sort();
}

function outlookNames(ctx: ReportContext): say.OutlookNames {
  return {
    province: (code) => {
      const p = ctx.registry.province(code);
      return { zh: p.name, en: p.nameEn };
    },
    indicator: (id) => ({ zh: indicatorLabel(id, "zh"), en: indicatorLabel(id, "en") }),
  };
}

function assumptionsTable(ctx: ReportContext, facts: OutlookFacts, notes: CommonNotes): Block {
  const t = (text: Text) => text[ctx.lang];
  return {
    kind: "table",
    label: "", // numbered by build.ts
    caption: t(m.assumptionsCaption),
    ...tables.assumptionsTable(facts, ctx.lang),
    align: ["left", "left", "left"],
    source: notes.source,
    notes: [t(say.commonAssumptionsNote(facts)), ...notes.vintages],
  };
}

function projectionTable(ctx: ReportContext, facts: OutlookFacts, notes: CommonNotes): Block {
  const t = (text: Text) => text[ctx.lang];
  const { header, rows, actualNote } = tables.projectionTable(facts, ctx.lang);
  return {
    kind: "table",
    label: "", // numbered by build.ts
    caption: t(m.projectionCaption(facts.origin + 1)),
    header,
    rows,
    align: ["left", "right", ...say.computed(facts).map(() => "right" as const)],
    source: notes.source,
    notes: [
      t(m.sharesNote(facts.origin)),
      ...(actualNote ? [actualNote] : []),
      t(m.precisionNote(MIN_BACKTEST_RUNS, { growth: m.decimalsUnit(UNTESTED_DECIMALS.growth), share: m.decimalsUnit(UNTESTED_DECIMALS.share), index: m.decimalsUnit(UNTESTED_DECIMALS.index) })),
      notes.assumptions(),
      notes.conditional,
      ...notes.vintages,
    ],
  };
}

function rangeFigure(ctx: ReportContext, facts: OutlookFacts, notes: CommonNotes): Block {
  const t = (text: Text) => text[ctx.lang];
  const run = say.computed(facts);
  const chart = renderRangeDots(rangeInput(facts, ctx.lang));
  return {
    kind: "figure",
    label: "", // numbered by build.ts
    caption: t(m.rangeCaption(facts.origin, facts.origin + 1)),
    ...chart,
    source: notes.source,
    notes: [t(m.rangeNote), notes.assumptions(run), notes.conditional, ...notes.vintages],
  };
}

/**
 * The range chart's input: per computed scenario, the change of each region's and each side's share in
 * the first projected year, with whiskers of that grouping's back-test share error (the four regions'
 * for the regions, the north–south split's for North and South).
 */
export function rangeInput(facts: OutlookFacts, lang: Lang): RangeDotsInput {
  const groups = [...facts.actual.regions, ...facts.actual.northSouth];
  return {
    categories: groups.map((g) => (lang === "zh" ? g.name : g.nameEn)),
    unit: m.rangeUnit[lang],
    series: say.computed(facts).map((s) => {
      const y = s.years[0]!;
      const projected = [...y.regions, ...y.northSouth];
      const b = s.backtests[0];
      const errors = [...y.regions.map(() => b?.maeShare), ...y.northSouth.map(() => b?.maeNorthSouthShare)];
      return { name: m.scenarioName[s.scenario][lang], values: projected.map((g, i) => g.share - groups[i]!.share), errors, decimals: y.decimals.share };
    }),
  };
}

function backtestTable(ctx: ReportContext, facts: OutlookFacts, notes: CommonNotes): Block {
  const t = (text: Text) => text[ctx.lang];
  const origins = facts.comparisonOrigins[0] ?? [];
  return {
    kind: "table",
    label: "", // numbered by build.ts
    caption: t(m.backtestCaption(t(say.yearSpans(origins)))),
    ...tables.backtestTable(facts, ctx.lang),
    align: ["left", "right", "right", "right", "right", "right", "right", "right", "right"],
    source: notes.source,
    notes: [t(m.backtestNote(yearSpan(origins, ctx.lang))), t(say.backtestAssumptionsNote(say.computed(facts).filter((s) => s.backtests[0] !== undefined))), ...notes.vintages],
  };
}

function scatterFigure(ctx: ReportContext, facts: OutlookFacts, notes: CommonNotes): Block {
  const t = (text: Text) => text[ctx.lang];
  const origins = facts.comparisonOrigins[0] ?? [];
  const chart = renderProjectedVsActual({
    xName: t(m.scatterAxes.projected),
    yName: t(m.scatterAxes.actual),
    diagonalName: t(m.diagonalName),
    series: facts.scenarios
      .filter((s) => s.backtests[0] !== undefined)
      .map((s) => ({
        name: t(m.scenarioName[s.scenario]),
        points: s.cases.filter((c) => s.backtests[0]!.origins.includes(c.origin)).flatMap((c) => c.regionShareChange.projected.map((p, i) => [p, c.regionShareChange.actual[i]!] as const)),
      })),
  });
  return {
    kind: "figure",
    label: "", // numbered by build.ts
    caption: t(m.scatterCaption(t(say.yearSpans(origins.map((o) => o + 1))))),
    ...chart,
    source: notes.source,
    notes: [t(m.scatterNote), t(say.backtestAssumptionsNote(say.computed(facts).filter((s) => s.backtests[0] !== undefined))), ...notes.vintages],
  };
}
