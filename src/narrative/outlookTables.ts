import type { GroupOutcome, OutlookFacts, ScenarioYear } from "../analysis/outlook/outlook.js";
import { BACKTEST_DECIMALS, PUBLISHED_DECIMALS } from "../analysis/rules/outlook.js";
import { MISSING, num } from "../messages/format.js";
import * as m from "../messages/outlook.js";
import type { Lang, Text } from "../types/text.js";
import { computed, growthAssumption, nationalPathText } from "./outlook.js";

/**
 * The outlook's tables as header and rows of printed cells, shared by the report section and
 * `regecon outlook`, so both print the same digits: actual values with the published decimals,
 * projections with the decimals their back-test allows (rules/outlook.ts). Only scenarios that were
 * computed have a column or a row; the others are explained in the text.
 */
export interface TextTable {
  header: string[];
  rows: string[][];
}

/** The computed scenarios with their growth assumption and national path. */
export function assumptionsTable(facts: OutlookFacts, lang: Lang): TextTable {
  return {
    header: m.assumptionsHeader[lang],
    rows: computed(facts).map((s) => [m.scenarioName[s.scenario][lang], growthAssumption(s, facts)[lang], nationalPathText(s, facts)[lang]]),
  };
}

const groupName = (g: GroupOutcome): Text => ({ zh: g.name, en: g.nameEn });

/**
 * Projected shares (四大板块, 南北) at current and at origin-year prices, mean and regional real growth,
 * Theil T and CV in projected year `step` (1-based) by computed scenario, beside the origin year's actual
 * values, and beside the projected year's own values when the data already hold them; "—" for a
 * scenario without a projection for that year.
 *
 * Every row reads at one precision: the actual value is printed with the decimals of the row's
 * coarsest projection (a published 4.4 beside projections of 4 would read as a projected slowdown), and
 * `actualNote` gives the published values so rounded. The 31-province mean growth of a scenario that
 * imposes the national path is that assumption, printed at its stated precision (one decimal).
 */
export function projectionTable(facts: OutlookFacts, lang: Lang, step = 1): TextTable & { actualNote?: string } {
  const a = facts.actual;
  const shown = computed(facts);
  const observed = facts.observed[step - 1];
  const rounded: { kind: "share" | "growth" | "index"; name: string; published: string }[] = [];
  const imposesPath = shown.some((s) => s.years[step - 1]?.nationalGrowth !== undefined);
  /** A cell: value, decimals, and whether it is an assumption rather than a projection. */
  type Cell = [number, number, boolean?];
  /** `noted`: the note's kind and name for this row's published value (undefined: stated in another row). */
  const row = (label: Text, actual: number | undefined, publishedDecimals: number, value: (y: ScenarioYear) => Cell, noted?: ["share" | "growth" | "index", Text]) => {
    const cells = shown.map((s) => s.years[step - 1]).map((y) => (y ? value(y) : undefined));
    const projected = cells.filter((c) => c !== undefined && !c[2]).map((c) => c![1]);
    const decimals = Math.min(publishedDecimals, ...projected);
    if (noted && actual !== undefined && decimals < publishedDecimals) rounded.push({ kind: noted[0], name: noted[1][lang], published: num(actual, publishedDecimals) });
    const print = (c: Cell | undefined) => (c ? num(c[0], c[1]) : MISSING);
    return [label[lang], num(actual, decimals), ...cells.map(print), ...(observed ? [print(value(observed))] : [])];
  };
  const share = PUBLISHED_DECIMALS.share;
  const growth = PUBLISHED_DECIMALS.growth;
  const index = PUBLISHED_DECIMALS.index;
  // The imposed national path is the 31-province mean by construction: printed as the assumption it is.
  const mean = (y: ScenarioYear): Cell => (y.nationalGrowth !== undefined ? [y.meanGrowth, growth, true] : [y.meanGrowth, y.decimals.growth]);
  const rows = [
    ...a.regions.map((g, i) => row(m.rowShare(groupName(g)), g.shareDisplay, share, (y) => [y.regions[i]!.shareDisplay, y.decimals.share], ["share", groupName(g)])),
    ...a.northSouth.map((g, i) => row(m.rowShare(groupName(g)), g.shareDisplay, share, (y) => [y.northSouth[i]!.shareDisplay, y.decimals.share], ["share", groupName(g)])),
    ...a.regions.map((g, i) => row(m.rowRealShare(groupName(g), facts.origin), g.shareDisplay, share, (y) => [y.regions[i]!.realShareDisplay, y.decimals.share])),
    ...a.northSouth.map((g, i) => row(m.rowRealShare(groupName(g), facts.origin), g.shareDisplay, share, (y) => [y.northSouth[i]!.realShareDisplay, y.decimals.share])),
    row(m.rowMeanGrowth, a.meanGrowth, growth, mean, ["growth", m.meanGrowthName]),
    ...a.regions.map((g, i) => row(m.rowGrowth(groupName(g)), g.realGrowth, growth, (y) => [y.regions[i]!.realGrowth, y.decimals.growth], ["growth", groupName(g)])),
    row(m.rowTheil, a.dispersion.theilT, index, (y) => [y.dispersion.theilT, y.decimals.theil], ["index", m.theilName]),
    row(m.rowCv, a.dispersion.cv, index, (y) => [y.dispersion.cv, y.decimals.cv], ["index", m.cvName]),
  ];
  return {
    header: [m.indicatorColumn[lang], m.actualColumn(facts.origin)[lang], ...shown.map((s) => m.scenarioName[s.scenario][lang]), ...(observed ? [m.observedColumn(observed.year)[lang]] : [])],
    rows,
    actualNote: rounded.length > 0 || imposesPath ? m.actualRoundedNote(facts.origin, rounded, imposesPath)[lang] : undefined,
  };
}

/** The horizon-`horizon` back-test of every computed scenario that has one: runs, errors, gap directions. */
export function backtestTable(facts: OutlookFacts, lang: Lang, horizon = 1): TextTable {
  return {
    header: m.backtestHeader[lang],
    rows: computed(facts)
      .map((s) => s.backtests[horizon - 1])
      .filter((b) => b !== undefined)
      .map((b) => [
        m.scenarioName[b.scenario][lang],
        String(b.origins.length),
        num(b.maeGrowth, BACKTEST_DECIMALS),
        num(b.maeShare, BACKTEST_DECIMALS),
        num(b.maeNorthSouthShare, BACKTEST_DECIMALS),
        m.hits(b.eastWestRight, b.origins.length)[lang],
        m.hits(b.southNorthRight, b.origins.length)[lang],
        num(b.maeTheil, PUBLISHED_DECIMALS.index),
        num(b.maeCv, PUBLISHED_DECIMALS.index),
      ]),
  };
}
