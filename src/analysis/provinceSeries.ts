import type { Dataset } from "../data/dataset.js";
import { indicatorCatalogue } from "../data/indicators.js";
import type { Registry } from "../data/registry.js";
import * as m from "../messages/provinceSeries.js";
import { competitionRank, isTied } from "../stats/rank.js";
import { roundHalfUp } from "../stats/rounding.js";
import { RegeconError } from "../types/errors.js";
import type { AggregationKind } from "../types/indicator.js";
import type { Text } from "../types/text.js";
import { realGrowthOf } from "./aggregate.js";
import { COMPUTED_GDP_PER_CAPITA, PUBLISHED_GDP_PER_CAPITA, perCapitaSpec } from "./disparity.js";

/**
 * Provincial series as the dashboard (and any view by province and year) shows them: every catalogue
 * indicator the dataset holds for provinces, plus the series the analysis derives — real growth from
 * the GDP index (`realGrowthOf`, as the report), per-capita GDP computed from GDP and year-end
 * population (`perCapitaSpec`, as the disparity analysis) and the fiscal self-financing ratio (as the
 * challenges analysis). Each value carries its source and vintage. Ranks are competition ranks on the
 * values as displayed (`displayDecimals`), so ties are the ties a reader sees.
 */

/** A value of one province and year with its provenance (several sources for a derived value). */
export interface SourcedValue {
  value: number;
  sources: string[];
  vintages: string[];
}

export interface ProvinceSeries {
  /** Indicator id; a catalogue id, or a derived id (`gdp_real_growth`, `gdp_per_capita`, …). */
  id: string;
  name: Text;
  unit: Text;
  /** Decimals shown and ranked on (see DISPLAY_DECIMALS). */
  decimals: number;
  /** How groups of provinces combine the series (`derived` ones have no group value here). */
  aggregation: AggregationKind | "derived";
  /** Dataset indicators the values are read from (for source lines and downloads). */
  sourceIndicators: string[];
  /** How a derived series is computed (undefined for a stored series). */
  method?: Text;
  /** Years in which at least one province has a value, ascending. */
  years: number[];
  /** The value of a province in a year, or undefined when missing (never 0). */
  value(code: string, year: number): SourcedValue | undefined;
}

/**
 * Decimals a value is displayed (and ranked) with, by unit (the catalogue's English unit names):
 * amounts in 100 million yuan (亿元) to 0.1 as NBS publishes GDP; per-person amounts (yuan, yuan per
 * person), persons (10 thousand) and trade (thousand US dollars) as integers; rates (%) and indices
 * (previous year = 100) to 0.1. Other units: 2.
 */
export const DISPLAY_DECIMALS: Readonly<Record<string, number>> = {
  "100 million yuan": 1,
  yuan: 0,
  "yuan per person": 0,
  "10 thousand persons": 0,
  "thousand US dollars": 0,
  "%": 1,
  "previous year = 100": 1,
};
const OTHER_UNIT_DECIMALS = 2;

/** Decimals for a unit given as in the catalogue's `unit_en` (see DISPLAY_DECIMALS). */
export function displayDecimals(unitEn: string): number {
  return DISPLAY_DECIMALS[unitEn] ?? OTHER_UNIT_DECIMALS;
}

/** The English name of a unit as a file spells it in Chinese, when the catalogue uses that unit (else the unit itself). */
function unitEnOf(unit: string): string {
  return [...indicatorCatalogue().values()].find((d) => d.unit === unit)?.unitEn ?? unit;
}

/** Id of the derived real GDP growth (%), read from `gdp_real_growth` or `gdp_index_prev_year` − 100. */
export const REAL_GROWTH = "gdp_real_growth";
/** Id of the derived fiscal self-financing ratio (%): general-budget revenue ÷ expenditure × 100. */
export const SELF_FINANCING = "fiscal_self_financing_ratio";
const REVENUE = "fiscal_revenue_general_budget";
const EXPENDITURE = "fiscal_expenditure_general_budget";

/**
 * Every provincial series of the dataset, in catalogue order, derived series beside their inputs.
 * Series without any provincial value (national-only indicators) are left out.
 */
export function provinceSeriesList(dataset: Dataset, registry: Registry): ProvinceSeries[] {
  const out: ProvinceSeries[] = [];
  const catalogue = indicatorCatalogue();
  for (const def of catalogue.values()) {
    if (def.id === REAL_GROWTH) continue; // the derived series below reads it (directly or from the index)
    if (def.id === "gdp_per_capita") {
      pushIf(out, perCapita(dataset, registry, COMPUTED_GDP_PER_CAPITA));
      if (dataset.has(def.id)) pushIf(out, perCapita(dataset, registry, PUBLISHED_GDP_PER_CAPITA));
      continue;
    }
    if (dataset.has(def.id)) pushIf(out, stored(dataset, registry, def.id));
    if (def.id === "gdp_current") pushIf(out, realGrowth(dataset, registry));
    if (def.id === EXPENDITURE) pushIf(out, selfFinancing(dataset, registry));
  }
  // Indicators a user imported that the catalogue does not know.
  for (const id of dataset.indicators()) {
    if (!catalogue.has(id)) pushIf(out, stored(dataset, registry, id));
  }
  return out;
}

/** One series by id; throws RegeconError `UNKNOWN_INDICATOR` listing the ids available. */
export function provinceSeries(dataset: Dataset, registry: Registry, id: string): ProvinceSeries {
  const list = provinceSeriesList(dataset, registry);
  const found = list.find((s) => s.id === id);
  if (!found) throw new RegeconError("UNKNOWN_INDICATOR", m.unknownSeries(id), m.knownSeries(list.map((s) => s.id)));
  return found;
}

function pushIf(out: ProvinceSeries[], s: ProvinceSeries): void {
  if (s.years.length > 0) out.push(s);
}

function yearsWithValues(registry: Registry, candidates: Iterable<number>, value: ProvinceSeries["value"]): number[] {
  return [...new Set(candidates)].filter((y) => registry.provinces.some((p) => value(p.code, y) !== undefined)).sort((a, b) => a - b);
}

function candidateYears(dataset: Dataset, indicators: readonly string[]): number[] {
  return indicators.flatMap((i) => dataset.years(i));
}

function stored(dataset: Dataset, registry: Registry, id: string): ProvinceSeries {
  const def = indicatorCatalogue().get(id);
  const unit = def?.unit ?? dataset.observations(id)[0]?.unit ?? "";
  const unitEn = def?.unitEn ?? unitEnOf(unit);
  const value = (code: string, year: number): SourcedValue | undefined => {
    const o = dataset.get(id, code, year);
    return o ? { value: o.value, sources: [o.source], vintages: [o.vintage] } : undefined;
  };
  return {
    id,
    name: def ? { zh: def.nameZh, en: def.nameEn } : { zh: id, en: id },
    unit: { zh: unit, en: unitEn },
    decimals: displayDecimals(unitEn),
    aggregation: def?.aggregation ?? "derived",
    sourceIndicators: [id],
    years: yearsWithValues(registry, dataset.years(id), value),
    value,
  };
}

function realGrowth(dataset: Dataset, registry: Registry): ProvinceSeries {
  const def = indicatorCatalogue().get(REAL_GROWTH)!;
  const value = (code: string, year: number): SourcedValue | undefined => {
    const g = realGrowthOf(dataset, code, year);
    return g ? { value: g.value, sources: [g.source], vintages: [g.vintage] } : undefined;
  };
  const inputs = [REAL_GROWTH, "gdp_index_prev_year"];
  return {
    id: REAL_GROWTH,
    name: { zh: def.nameZh, en: def.nameEn },
    unit: { zh: def.unit, en: def.unitEn },
    decimals: displayDecimals(def.unitEn),
    aggregation: "realGrowthIndex",
    sourceIndicators: inputs.filter((i) => dataset.has(i)),
    method: m.realGrowthMethod,
    years: yearsWithValues(registry, candidateYears(dataset, inputs), value),
    value,
  };
}

function perCapita(dataset: Dataset, registry: Registry, id: string): ProvinceSeries {
  const spec = perCapitaSpec(dataset, id);
  const value = (code: string, year: number): SourcedValue | undefined => {
    const v = spec.value(dataset, code, year);
    return v === undefined ? undefined : provenance(dataset, spec.sourceIndicators, code, year, v);
  };
  const computed = id === COMPUTED_GDP_PER_CAPITA;
  return {
    id,
    name: spec.name,
    unit: spec.unit,
    decimals: displayDecimals(spec.unit.en),
    aggregation: computed ? "ratio" : "derived",
    sourceIndicators: spec.sourceIndicators,
    method: computed ? m.perCapitaMethod : undefined,
    years: yearsWithValues(registry, candidateYears(dataset, spec.sourceIndicators), value),
    value,
  };
}

function selfFinancing(dataset: Dataset, registry: Registry): ProvinceSeries {
  const value = (code: string, year: number): SourcedValue | undefined => {
    const r = dataset.value(REVENUE, code, year);
    const e = dataset.value(EXPENDITURE, code, year);
    return r === undefined || e === undefined || !(e > 0) ? undefined : provenance(dataset, [REVENUE, EXPENDITURE], code, year, selfFinancingRatio(r, e));
  };
  return {
    id: SELF_FINANCING,
    name: m.selfFinancingName,
    unit: { zh: "%", en: "%" },
    decimals: displayDecimals("%"),
    aggregation: "derived",
    sourceIndicators: [REVENUE, EXPENDITURE],
    method: m.selfFinancingMethod,
    years: yearsWithValues(registry, candidateYears(dataset, [REVENUE, EXPENDITURE]), value),
    value,
  };
}

/**
 * Fiscal self-financing ratio (财政自给率), %: local general-budget revenue ÷ local general-budget
 * expenditure × 100 (own revenue and spending, without transfers or debt), as in the challenges
 * analysis. Throws RangeError when the expenditure is not positive.
 */
export function selfFinancingRatio(revenue: number, expenditure: number): number {
  if (!(expenditure > 0)) throw new RangeError(`selfFinancingRatio: expenditure must be > 0, got ${expenditure}`);
  return (100 * revenue) / expenditure;
}

function provenance(dataset: Dataset, indicators: readonly string[], code: string, year: number, value: number): SourcedValue {
  const obs = indicators.map((i) => dataset.get(i, code, year)).filter((o) => o !== undefined);
  return { value, sources: [...new Set(obs.map((o) => o.source))].sort(), vintages: [...new Set(obs.map((o) => o.vintage))].sort() };
}

/** One province's place in a ranking: the value as displayed, its competition rank and whether it is tied. */
export interface RankedValue {
  code: string;
  /** Rounded to the series' display decimals (what the reader sees and what is ranked). */
  shown?: number;
  rank?: number;
  tied: boolean;
}

/**
 * Competition ranks (1, 2, 2, 4; largest first) of provincial values rounded to `decimals`, as the
 * report ranks GDP and growth; missing values get no rank. Output in input order.
 */
export function rankValues(values: readonly { code: string; value: number | undefined }[], decimals: number): RankedValue[] {
  const shown = values.map((v) => (v.value === undefined ? undefined : roundHalfUp(v.value, decimals)));
  const ranks = competitionRank(shown);
  return values.map((v, i) => ({ code: v.code, shown: shown[i], rank: ranks[i], tied: isTied(shown, i) }));
}

/**
 * How far (in years) a map may reach for a province's value when the chosen year is missing, as OWID's
 * grapher does: the nearest year within this distance, the earlier one on a tie. Such a value is
 * drawn with a mark and named in the tooltip, and it is not ranked.
 */
export const OTHER_YEAR_TOLERANCE = 2;

/** A province's value for a map of `year`: from `year` itself, or from the nearest year within the tolerance. */
export interface MapValue {
  code: string;
  /** Year the value belongs to (≠ the map's year when taken from another year). */
  year: number;
  value: SourcedValue;
}

/** The value of `code` in `year`, else the nearest year within OTHER_YEAR_TOLERANCE (earlier first); undefined when none. */
export function valueNearYear(series: ProvinceSeries, code: string, year: number): MapValue | undefined {
  for (let d = 0; d <= OTHER_YEAR_TOLERANCE; d++) {
    for (const y of d === 0 ? [year] : [year - d, year + d]) {
      const v = series.value(code, y);
      if (v) return { code, year: y, value: v };
    }
  }
  return undefined;
}
