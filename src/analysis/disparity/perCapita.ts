import type { Dataset } from "../../data/dataset.js";
import { indicatorCatalogue } from "../../data/indicators.js";
import * as m from "../../messages/disparity.js";
import { RegeconError } from "../../types/errors.js";
import type { Text } from "../../types/text.js";

/**
 * The per-capita indicator whose disparity is measured. Per-capita GDP ("gdp_per_capita", the
 * default) is COMPUTED as gdp_current (亿元) / population_year_end (万人) × 10000 元/人, i.e. from
 * GDP and year-end resident population, as the catalogue's ratio definition says.
 * "gdp_per_capita_published" uses the published 人均地区生产总值 (元/人) instead. Population weights
 * are population_year_end (万人) of the same year.
 */

/** Indicator id of per-capita GDP computed from GDP and year-end resident population (the default). */
export const COMPUTED_GDP_PER_CAPITA = "gdp_per_capita";
/** Indicator id of per-capita GDP as published by NBS (元/人). */
export const PUBLISHED_GDP_PER_CAPITA = "gdp_per_capita_published";
/** The population weight used for every weighted index. */
export const POPULATION_INDICATOR = "population_year_end";

/** English catalogue units (data/indicators.csv `unit_en`) of indicators measured per person. */
const PER_PERSON_UNITS = ["yuan", "yuan per person"];

/** How a per-capita indicator is obtained. */
export interface PerCapitaSpec {
  id: string;
  name: Text;
  unit: Text;
  /** Indicators read from the dataset (for 资料来源 lines and gap notes). */
  sourceIndicators: string[];
  /** Value of one province-year, or undefined when missing (or, for a computed ratio, when the denominator is ≤ 0). */
  value(dataset: Dataset, code: string, year: number): number | undefined;
}

/**
 * The per-capita indicator `id`: "gdp_per_capita" (computed from GDP / year-end population),
 * "gdp_per_capita_published", or any catalogue indicator measured per person (元 or 元/人, e.g.
 * income_per_capita_all) that the dataset holds. Throws RegeconError `UNKNOWN_INDICATOR` listing the
 * usable ids otherwise.
 */
export function perCapitaSpec(dataset: Dataset, id: string = COMPUTED_GDP_PER_CAPITA): PerCapitaSpec {
  const catalogue = indicatorCatalogue();
  if (id === COMPUTED_GDP_PER_CAPITA) {
    const def = catalogue.get(COMPUTED_GDP_PER_CAPITA)!;
    const ratio = def.ratioOf ?? { numerator: "gdp_current", denominator: POPULATION_INDICATOR, factor: 10000 };
    return {
      id,
      name: m.computedGdpPerCapita,
      unit: { zh: def.unit, en: def.unitEn },
      sourceIndicators: [ratio.numerator, ratio.denominator],
      value(ds, code, year) {
        const num = ds.value(ratio.numerator, code, year);
        const den = ds.value(ratio.denominator, code, year);
        return num === undefined || den === undefined || den <= 0 ? undefined : (num / den) * ratio.factor;
      },
    };
  }
  const publishedId = id === PUBLISHED_GDP_PER_CAPITA ? COMPUTED_GDP_PER_CAPITA : id;
  const def = catalogue.get(publishedId);
  const usable = perCapitaIndicatorIds(dataset);
  if (!def || !usable.includes(id)) throw new RegeconError("UNKNOWN_INDICATOR", m.notADisparityIndicator(id), m.disparityIndicatorsHint(usable, COMPUTED_GDP_PER_CAPITA));
  const name = { zh: def.nameZh, en: def.nameEn };
  return {
    id,
    name: id === PUBLISHED_GDP_PER_CAPITA ? m.asPublished(name) : name,
    unit: { zh: def.unit, en: def.unitEn },
    sourceIndicators: [publishedId],
    value: (ds, code, year) => ds.value(publishedId, code, year),
  };
}

/** Ids accepted by `perCapitaSpec` for this dataset: the computed default first. */
export function perCapitaIndicatorIds(dataset: Dataset): string[] {
  const ids = [COMPUTED_GDP_PER_CAPITA];
  if (dataset.has(COMPUTED_GDP_PER_CAPITA)) ids.push(PUBLISHED_GDP_PER_CAPITA);
  for (const def of indicatorCatalogue().values()) {
    if (def.id === COMPUTED_GDP_PER_CAPITA || !dataset.has(def.id)) continue;
    if (PER_PERSON_UNITS.includes(def.unitEn) && def.id.includes("per_capita")) ids.push(def.id);
  }
  return ids;
}
