import path from "node:path";
import type { AggregationKind, IndicatorDef } from "../types/indicator.js";
import { RegeconError } from "../types/errors.js";
import { readCsv } from "./csv.js";
import { BUNDLED_DATA_DIR } from "./paths.js";

const KINDS: readonly AggregationKind[] = ["level", "ratio", "realGrowthIndex", "rate"];

let catalogue: Map<string, IndicatorDef> | undefined;

/**
 * The indicator catalogue (`data/indicators.csv`): id → Chinese and English name, unit and
 * aggregation kind. Loaded once.
 */
export function indicatorCatalogue(): Map<string, IndicatorDef> {
  if (catalogue) return catalogue;
  const rows = readCsv(path.join(BUNDLED_DATA_DIR, "indicators.csv"), ["id", "name_zh", "name_en", "unit", "unit_en", "aggregation"]);
  catalogue = new Map();
  for (const { fields: f, line } of rows) {
    const kind = f.aggregation as AggregationKind;
    if (!KINDS.includes(kind)) throw new Error(`data/indicators.csv line ${line}: unknown aggregation "${f.aggregation}"`);
    catalogue.set(f.id!, {
      id: f.id!,
      nameZh: f.name_zh!,
      nameEn: f.name_en!,
      unit: f.unit!,
      unitEn: f.unit_en!,
      aggregation: kind,
      ratioOf: f.numerator ? { numerator: f.numerator, denominator: f.denominator!, factor: Number(f.factor) } : undefined,
      weightIndicator: f.weight_indicator || undefined,
    });
  }
  return catalogue;
}

/** The catalogue entry for `id`; throws RegeconError `UNKNOWN_INDICATOR` listing the known ids. */
export function indicatorDef(id: string): IndicatorDef {
  const def = indicatorCatalogue().get(id);
  if (!def) {
    throw new RegeconError("UNKNOWN_INDICATOR", `未知指标：${id}`, `已知指标：${[...indicatorCatalogue().keys()].join(", ")}`);
  }
  return def;
}
