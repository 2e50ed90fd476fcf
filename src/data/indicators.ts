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
      unitAliases: f.unit_aliases ? f.unit_aliases.split("|") : [],
    });
  }
  return catalogue;
}

/**
 * True when a file's unit denotes the catalogue unit of `def`: the same, or one of its `unit_aliases`
 * (data/indicators.csv; NBS prints per-capita GDP as 元/人 in provincial and 元 in national tables).
 */
export function acceptsUnit(def: IndicatorDef, unit: string): boolean {
  return unit === def.unit || def.unitAliases.includes(unit);
}

/** The catalogue entry for `id`; throws RegeconError `UNKNOWN_INDICATOR` listing the known ids. */
export function indicatorDef(id: string): IndicatorDef {
  const def = indicatorCatalogue().get(id);
  if (!def) {
    throw new RegeconError("UNKNOWN_INDICATOR", `未知指标：${id}`, `已知指标：${[...indicatorCatalogue().keys()].join(", ")}`);
  }
  return def;
}

/** What is wrong with a value: `NOT_NUMERIC` (not finite) or `IMPLAUSIBLE_VALUE` (≤ 0 where impossible), and the rule broken. */
export interface ValueProblem {
  code: "NOT_NUMERIC" | "IMPLAUSIBLE_VALUE";
  /** The rule, in Chinese, e.g. "gdp_current（地区生产总值，亿元）是总量指标，数值必须大于 0". */
  rule: string;
}

const POSITIVE_KINDS: Readonly<Record<string, string>> = { level: "总量指标", ratio: "人均或比率指标", realGrowthIndex: "指数" };

/**
 * True when every value of `def` must be > 0: catalogue indicators aggregated as `level` (GDP, value
 * added, population), `ratio` (per-capita levels) or `realGrowthIndex` (indices 上年=100), none of which
 * can be 0 or negative for a province. A `realGrowthIndex` indicator measured in % (`gdp_real_growth`)
 * is a growth rate and, like `rate` indicators, may be negative.
 */
export function mustBePositive(def: IndicatorDef | undefined): boolean {
  return def !== undefined && def.aggregation in POSITIVE_KINDS && def.unit !== "%";
}

/**
 * The one plausibility check for a stored value (folder loader, tidy and NBS importers). Every value
 * must be finite (`1e400` parses as Infinity: `NOT_NUMERIC`); for catalogue indicators that
 * `mustBePositive`, the value must be > 0 (`IMPLAUSIBLE_VALUE`). `def` undefined means an indicator the
 * user created (`--new-indicators`), which only needs to be finite. Returns undefined when the value is
 * plausible, else the problem (callers add file, line, column and the raw value).
 */
export function checkValue(def: IndicatorDef | undefined, value: number): ValueProblem | undefined {
  if (!Number.isFinite(value)) return { code: "NOT_NUMERIC", rule: "数值必须是有限的数（超出双精度范围或不是数）" };
  if (value > 0 || !mustBePositive(def)) return undefined;
  return { code: "IMPLAUSIBLE_VALUE", rule: `${def!.id}（${def!.nameZh}，${def!.unit}）是${POSITIVE_KINDS[def!.aggregation]}，数值必须大于 0` };
}

/** The RegeconError for a `checkValue` problem at `where` (file, line and column), naming the raw value. */
export function valueError(problem: ValueProblem, where: string, raw: string): RegeconError {
  return new RegeconError(
    problem.code,
    `${where}：数值“${raw}”不合理：${problem.rule}`,
    problem.code === "NOT_NUMERIC" ? "检查数值是否写错；缺失值请留空。" : "检查数值与单位是否写错；缺失值请留空，不要写 0。",
  );
}
