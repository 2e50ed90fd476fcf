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
 */
export function projectionTable(facts: OutlookFacts, lang: Lang, step = 1): TextTable {
  const a = facts.actual;
  const shown = computed(facts);
  const observed = facts.observed[step - 1];
  const cell = (y: ScenarioYear | undefined, value: (y: ScenarioYear) => [number, number]) => {
    if (!y) return MISSING;
    const [v, d] = value(y);
    return num(v, d);
  };
  const row = (label: Text, actual: string, value: (y: ScenarioYear) => [number, number]) => [
    label[lang],
    actual,
    ...shown.map((s) => cell(s.years[step - 1], value)),
    ...(observed ? [cell(observed, value)] : []),
  ];
  const published = (g: GroupOutcome) => num(g.shareDisplay, PUBLISHED_DECIMALS.share);
  return {
    header: [m.indicatorColumn[lang], m.actualColumn(facts.origin)[lang], ...shown.map((s) => m.scenarioName[s.scenario][lang]), ...(observed ? [m.observedColumn(observed.year)[lang]] : [])],
    rows: [
      ...a.regions.map((g, i) => row(m.rowShare(groupName(g)), published(g), (y) => [y.regions[i]!.shareDisplay, y.decimals.share])),
      ...a.northSouth.map((g, i) => row(m.rowShare(groupName(g)), published(g), (y) => [y.northSouth[i]!.shareDisplay, y.decimals.share])),
      ...a.regions.map((g, i) => row(m.rowRealShare(groupName(g), facts.origin), published(g), (y) => [y.regions[i]!.realShareDisplay, y.decimals.share])),
      ...a.northSouth.map((g, i) => row(m.rowRealShare(groupName(g), facts.origin), published(g), (y) => [y.northSouth[i]!.realShareDisplay, y.decimals.share])),
      row(m.rowMeanGrowth, num(a.meanGrowth, PUBLISHED_DECIMALS.growth), (y) => [y.meanGrowth, y.decimals.growth]),
      ...a.regions.map((g, i) => row(m.rowGrowth(groupName(g)), num(g.realGrowth, PUBLISHED_DECIMALS.growth), (y) => [y.regions[i]!.realGrowth, y.decimals.growth])),
      row(m.rowTheil, num(a.dispersion.theilT, PUBLISHED_DECIMALS.index), (y) => [y.dispersion.theilT, y.decimals.theil]),
      row(m.rowCv, num(a.dispersion.cv, PUBLISHED_DECIMALS.index), (y) => [y.dispersion.cv, y.decimals.cv]),
    ],
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
