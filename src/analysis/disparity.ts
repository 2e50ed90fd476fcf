/**
 * Regional disparity facts (区域差距) from a `Dataset` + `Registry`: per-capita values by province and
 * year, the disparity indices of a year, their series over years (relative vs absolute disparity),
 * Theil decomposition by any grouping (四大板块, 南北 …), β-convergence over a period and Moran's I
 * on the province land-contiguity list.
 *
 * Per-capita GDP ("gdp_per_capita", the default) is COMPUTED as gdp_current (亿元) / population_year_end
 * (万人) × 10000 元/人, i.e. from GDP and year-end resident population, as the catalogue's ratio
 * definition says. "gdp_per_capita_published" uses the published 人均地区生产总值 (元/人) instead.
 * Population weights are population_year_end (万人) of the same year.
 *
 * Missing is missing: a year with any province lacking a value (or, for weighted indices, a
 * population) has no indices; the missing provinces are listed. Nothing is ever filled with 0.
 */
import type { Dataset } from "../data/dataset.js";
import { membersInYear, type Registry } from "../data/registry.js";
import { indicatorCatalogue } from "../data/indicators.js";
import { RegeconError } from "../types/errors.js";
import { inequalityIndices } from "../stats/inequalityIndices.js";
import { theilDecomposition, type TheilDecomposition } from "../stats/theilDecomposition.js";
import { betaConvergence, sigmaConvergence, type BetaConvergence, type SigmaConvergence } from "../stats/convergence.js";
import { contiguityWeights, type SpatialWeights } from "../stats/spatial/weights.js";
import { moranI, moranPermutation, type MoranPermutation, type MoranResult } from "../stats/spatial/moran.js";
import { localMoran, type LocalMoranResult } from "../stats/spatial/localMoran.js";

/** Indicator id of per-capita GDP computed from GDP and year-end resident population (the default). */
export const COMPUTED_GDP_PER_CAPITA = "gdp_per_capita";
/** Indicator id of per-capita GDP as published by NBS (元/人). */
export const PUBLISHED_GDP_PER_CAPITA = "gdp_per_capita_published";
/** The population weight used for every weighted index. */
export const POPULATION_INDICATOR = "population_year_end";

/** Warning (named constant) when the observations of one series come from more than one vintage. */
export const MIXED_VINTAGES = "序列混用了不同数据版本 (series mixes vintages)";

/** How a per-capita indicator is obtained. */
export interface PerCapitaSpec {
  id: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  /** Indicators read from the dataset (for 资料来源 lines). */
  sourceIndicators: string[];
  /** Value of one province-year, or undefined when missing. */
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
    const def = catalogue.get("gdp_per_capita")!;
    const ratio = def.ratioOf ?? { numerator: "gdp_current", denominator: POPULATION_INDICATOR, factor: 10000 };
    return {
      id,
      nameZh: "人均地区生产总值（按地区生产总值与年末常住人口计算）",
      nameEn: "GDP per capita (computed from GDP and year-end resident population)",
      unit: "元/人",
      unitEn: "yuan per person",
      sourceIndicators: [ratio.numerator, ratio.denominator],
      value(ds, code, year) {
        const num = ds.value(ratio.numerator, code, year);
        const den = ds.value(ratio.denominator, code, year);
        return num === undefined || den === undefined || den <= 0 ? undefined : (num / den) * ratio.factor;
      },
    };
  }
  const publishedId = id === PUBLISHED_GDP_PER_CAPITA ? "gdp_per_capita" : id;
  const def = catalogue.get(publishedId);
  const usable = perCapitaIndicatorIds(dataset);
  if (!def || !usable.includes(id)) {
    throw new RegeconError("UNKNOWN_INDICATOR", `无法计算区域差距的指标：${id}`, `可用指标：${usable.join("、")}（默认 ${COMPUTED_GDP_PER_CAPITA}，即地区生产总值/年末常住人口）`);
  }
  return {
    id,
    nameZh: id === PUBLISHED_GDP_PER_CAPITA ? `${def.nameZh}（公布数）` : def.nameZh,
    nameEn: id === PUBLISHED_GDP_PER_CAPITA ? `${def.nameEn} (as published)` : def.nameEn,
    unit: def.unit,
    unitEn: def.unitEn,
    sourceIndicators: [publishedId],
    value: (ds, code, year) => ds.value(publishedId, code, year),
  };
}

/** Ids accepted by `perCapitaSpec` for this dataset. */
export function perCapitaIndicatorIds(dataset: Dataset): string[] {
  const ids = [COMPUTED_GDP_PER_CAPITA];
  if (dataset.has("gdp_per_capita")) ids.push(PUBLISHED_GDP_PER_CAPITA);
  for (const def of indicatorCatalogue().values()) {
    if (def.id === "gdp_per_capita" || !dataset.has(def.id)) continue;
    if ((def.unit === "元" || def.unit === "元/人") && def.id.includes("per_capita")) ids.push(def.id);
  }
  return ids;
}

/** Per-capita values of all provinces in one year (aligned arrays, registry order). */
export interface CrossSection {
  indicator: string;
  year: number;
  /** Province codes with a usable value (finite and > 0), registry order. */
  codes: string[];
  values: number[];
  /** Population (万人) aligned with `codes`; undefined when any of them lacks a population. */
  population: number[] | undefined;
  /** Provinces without a value. */
  missing: string[];
  /** Provinces with a value but without a population. */
  missingPopulation: string[];
  /**
   * Provinces whose data are present but unusable: a value or a population that is not a finite
   * number > 0 (the indices take logs and ratios; see stats/inequalityInput.ts). Excluded from `codes`.
   */
  invalid: string[];
}

const usable = (x: number | undefined): x is number => x !== undefined && Number.isFinite(x) && x > 0;

/**
 * The cross-section of `indicator` in `year` over the registry's provinces. Values and populations
 * are validated here (finite, > 0), so the stats functions never see an input they reject.
 */
export function crossSection(dataset: Dataset, registry: Registry, year: number, indicator: string = COMPUTED_GDP_PER_CAPITA): CrossSection {
  const spec = perCapitaSpec(dataset, indicator);
  const codes: string[] = [];
  const values: number[] = [];
  const pops: (number | undefined)[] = [];
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const p of registry.provinces) {
    const v = spec.value(dataset, p.code, year);
    const pop = dataset.value(POPULATION_INDICATOR, p.code, year);
    if (v === undefined) {
      // A computed ratio is undefined both when an input is absent and when the denominator is ≤ 0.
      const present = spec.sourceIndicators.every((id) => dataset.value(id, p.code, year) !== undefined);
      (present ? invalid : missing).push(p.code);
      continue;
    }
    if (!usable(v) || (pop !== undefined && !usable(pop))) {
      invalid.push(p.code);
      continue;
    }
    codes.push(p.code);
    values.push(v);
    pops.push(pop);
  }
  const missingPopulation = codes.filter((_, i) => pops[i] === undefined);
  return { indicator, year, codes, values, population: missingPopulation.length === 0 ? (pops as number[]) : undefined, missing, missingPopulation, invalid };
}

/** True when every province has a usable value (weighted indices also need `population`). */
export function isComplete(cs: CrossSection): boolean {
  return cs.missing.length === 0 && cs.invalid.length === 0;
}

/** Years with at least one provincial observation of one of the indicator's sources (ascending). */
export function candidateYears(dataset: Dataset, registry: Registry, indicator: string = COMPUTED_GDP_PER_CAPITA): number[] {
  const spec = perCapitaSpec(dataset, indicator);
  const candidate = new Set<number>();
  for (const src of spec.sourceIndicators) for (const o of dataset.observations(src)) if (registry.isProvince(o.regionCode)) candidate.add(o.year);
  return [...candidate].sort((a, b) => a - b);
}

/** Years in which every province has a usable value of `indicator` (ascending). */
export function completeYears(dataset: Dataset, registry: Registry, indicator: string = COMPUTED_GDP_PER_CAPITA): number[] {
  return candidateYears(dataset, registry, indicator).filter((y) => isComplete(crossSection(dataset, registry, y, indicator)));
}

/**
 * Which data a province lacks in `year`, per source indicator (and the population weight): for
 * notes naming the province and the indicator. Only indicators with at least one gap are listed.
 */
export function gapsOfYear(dataset: Dataset, registry: Registry, year: number, indicator: string = COMPUTED_GDP_PER_CAPITA): { indicator: string; missing: string[]; invalid: string[] }[] {
  const spec = perCapitaSpec(dataset, indicator);
  const ids = [...new Set([...spec.sourceIndicators, POPULATION_INDICATOR])];
  return ids
    .map((id) => {
      const missing: string[] = [];
      const bad: string[] = [];
      for (const p of registry.provinces) {
        const v = dataset.value(id, p.code, year);
        if (v === undefined) missing.push(p.code);
        else if (!usable(v)) bad.push(p.code);
      }
      return { indicator: id, missing, invalid: bad };
    })
    .filter((g) => g.missing.length + g.invalid.length > 0);
}

/**
 * The vintages of each source indicator's provincial observations in `years`, e.g.
 * { gdp_current: ["import-20", "nbs-db-post5census"], population_year_end: ["nbs-db-2025"] }.
 * More than one vintage means the series crosses a data-version (e.g. census revision) break.
 */
export function vintagesBySource(dataset: Dataset, registry: Registry, years: readonly number[], indicator: string = COMPUTED_GDP_PER_CAPITA): Map<string, string[]> {
  const spec = perCapitaSpec(dataset, indicator);
  const out = new Map<string, string[]>();
  for (const id of new Set([...spec.sourceIndicators, POPULATION_INDICATOR])) {
    const vs = new Set(dataset.observations(id).filter((o) => years.includes(o.year) && registry.isProvince(o.regionCode)).map((o) => o.vintage));
    if (vs.size > 0) out.set(id, [...vs].sort());
  }
  return out;
}

/** All disparity indices of one cross-section. Weighted fields are population-weighted. */
export interface DisparityIndices {
  n: number;
  /** Simple mean of provincial values and population-weighted mean (= national per-capita value over the provinces). */
  mean: number;
  weightedMean: number | undefined;
  max: number;
  min: number;
  /** Absolute disparity (values' unit): population SD (divisor n) and range. */
  sd: number;
  range: number;
  /** Relative disparity. */
  cv: number;
  williamsonCV: number | undefined;
  gini: number;
  giniWeighted: number | undefined;
  theilT: number;
  theilTWeighted: number | undefined;
  theilL: number;
  theilLWeighted: number | undefined;
  /** Atkinson with ε = 0.5 and ε = 2. */
  atkinson05: number;
  atkinson05Weighted: number | undefined;
  atkinson2: number;
  atkinson2Weighted: number | undefined;
  maxMinRatio: number;
  /** OECD top-20%/bottom-20% ratio, population-weighted. */
  top20Bottom20: number | undefined;
  /** SD of ln(value) — the σ of Barro & Sala-i-Martin. */
  sdLog: number;
}

/** Compute every index of a cross-section (population undefined → weighted indices missing); see `inequalityIndices`. */
export function disparityIndices(values: readonly number[], population: readonly number[] | undefined): DisparityIndices {
  return inequalityIndices(values, population);
}

/** Disparity of one year; `indices` undefined when any province is missing or unusable. */
export interface YearDisparity {
  year: number;
  indicator: string;
  indices: DisparityIndices | undefined;
  missing: string[];
  missingPopulation: string[];
  /** Provinces with a value or population that is not > 0 (see CrossSection.invalid). */
  invalid: string[];
  warnings: string[];
}

/**
 * Indices of `year`. Throws RegeconError `BAD_YEAR` naming the years that exist when the year has no
 * data at all; a partly missing year gives `indices: undefined` and the missing provinces.
 */
export function disparityOfYear(dataset: Dataset, registry: Registry, year: number, indicator: string = COMPUTED_GDP_PER_CAPITA): YearDisparity {
  const cs = crossSection(dataset, registry, year, indicator);
  if (cs.codes.length === 0) throw noDataForYear(dataset, registry, year, indicator);
  return {
    year,
    indicator,
    indices: isComplete(cs) ? disparityIndices(cs.values, cs.population) : undefined,
    missing: cs.missing,
    missingPopulation: cs.missingPopulation,
    invalid: cs.invalid,
    warnings: vintageWarnings(dataset, perCapitaSpec(dataset, indicator).sourceIndicators, [year]),
  };
}

function noDataForYear(dataset: Dataset, registry: Registry, year: number, indicator: string): RegeconError {
  const years = completeYears(dataset, registry, indicator);
  // Chinese hint: "2015~2024年", the convention of narrative/format.ts yearRange (not importable here).
  const span = years.length > 0 ? `${years[0]}~${years[years.length - 1]}年` : "无";
  return new RegeconError("BAD_YEAR", `${indicator} 没有 ${year} 年的数据`, `有完整分省数据的年份：${span}${years.length > 0 && years.length !== years[years.length - 1]! - years[0]! + 1 ? `（${years.join("、")}）` : ""}`);
}

/** Warnings when one source indicator's observations in `years` carry more than one vintage. */
export function vintageWarnings(dataset: Dataset, indicators: readonly string[], years?: readonly number[]): string[] {
  const out: string[] = [];
  for (const ind of indicators) {
    const vs = new Set(dataset.observations(ind).filter((o) => !years || years.includes(o.year)).filter((o) => o.regionCode !== "100000").map((o) => o.vintage));
    if (vs.size > 1) out.push(`${MIXED_VINTAGES}: ${ind} (${[...vs].sort().join(", ")})`);
  }
  return out;
}

/** Direction of a disparity change between two years. */
export type Direction = "narrowed" | "widened" | "mixed" | "unchanged";

/**
 * Rule for "relative disparity narrowed, absolute disparity widened" judgements:
 * RELATIVE = population-weighted CV (Williamson) and population-weighted Theil T; ABSOLUTE = SD and
 * range (元/人). Compare the last with the first complete year: when both indices of a kind fall the
 * kind "narrowed", both rise "widened", both unchanged at 4 decimals (relative) / 1 元 (absolute)
 * "unchanged", otherwise "mixed".
 */
export const DISPARITY_RULE = {
  zh: "判断规则：以人口加权变异系数和人口加权泰尔指数衡量相对差距，以标准差和极差衡量绝对差距；比较末年与首年，两项指标同降为“缩小”，同升为“扩大”，方向不一为“变化不一”。",
  en: "Rule: relative disparity = population-weighted CV and population-weighted Theil T; absolute disparity = standard deviation and range. Comparing the last with the first year, both falling = narrowed, both rising = widened, otherwise mixed.",
} as const;

export interface DisparitySeries {
  indicator: string;
  years: YearDisparity[];
  /** First and last complete years used for the judgement. */
  firstYear: number | undefined;
  lastYear: number | undefined;
  relative: Direction | undefined;
  absolute: Direction | undefined;
  /** σ-convergence trend tests over complete years (≥ 3 years), on the weighted CV and on SD of logs. */
  sigmaWilliamson: SigmaConvergence | undefined;
  sigmaLog: SigmaConvergence | undefined;
  warnings: string[];
}

function direction(a: number, b: number, tol: number): Direction {
  const d = b - a;
  return Math.abs(d) < tol ? "unchanged" : d < 0 ? "narrowed" : "widened";
}

function combine(x: Direction, y: Direction): Direction {
  return x === y ? x : "mixed";
}

/** Disparity series over `years` (default: every year with complete data) and its judgements. */
export function disparitySeries(dataset: Dataset, registry: Registry, years?: readonly number[], indicator: string = COMPUTED_GDP_PER_CAPITA): DisparitySeries {
  const ys = years ? [...years].sort((a, b) => a - b) : completeYears(dataset, registry, indicator);
  const rows = ys.map((y) => disparityOfYear(dataset, registry, y, indicator));
  const complete = rows.filter((r) => r.indices?.williamsonCV !== undefined);
  const first = complete[0];
  const last = complete[complete.length - 1];
  let relative: Direction | undefined;
  let absolute: Direction | undefined;
  if (first && last && first !== last) {
    const a = first.indices!;
    const b = last.indices!;
    relative = combine(direction(a.williamsonCV!, b.williamsonCV!, 5e-5), direction(a.theilTWeighted!, b.theilTWeighted!, 5e-5));
    absolute = combine(direction(a.sd, b.sd, 0.5), direction(a.range, b.range, 0.5));
  }
  const cy = complete.map((r) => r.year);
  return {
    indicator,
    years: rows,
    firstYear: first?.year,
    lastYear: last?.year,
    relative,
    absolute,
    sigmaWilliamson: cy.length >= 3 ? sigmaConvergence(cy, complete.map((r) => r.indices!.williamsonCV!)) : undefined,
    sigmaLog: cy.length >= 3 ? sigmaConvergence(cy, complete.map((r) => r.indices!.sdLog)) : undefined,
    warnings: vintageWarnings(dataset, perCapitaSpec(dataset, indicator).sourceIndicators, ys),
  };
}

/** Province → group labels of a grouping valid in `year`; checks it is a partition. */
export interface GroupAssignment {
  grouping: string;
  /** Group name per province code. */
  groupOf: Map<string, string>;
  /** Group names in grouping order, and English names. */
  groups: { name: string; nameEn: string }[];
  /** Provinces in no group of this grouping (they form the group `UNGROUPED`). */
  ungrouped: string[];
}

/** Label of the residual group for provinces a grouping leaves out. */
export const UNGROUPED = "其他";

/**
 * Assign provinces to the groups of grouping `name` valid in `year` (via `membersInYear`).
 * Throws RegeconError `UNKNOWN_GROUPING` (from the registry) or `GROUPING_NOT_PARTITION` when a
 * province belongs to two groups (e.g. 区域重大战略: 长三角 and 长江经济带 overlap).
 */
export function assignGroups(registry: Registry, name: string, year: number): GroupAssignment {
  const grouping = registry.grouping(name);
  const groupOf = new Map<string, string>();
  for (const g of grouping.groups) {
    for (const code of membersInYear(g, year)) {
      const other = groupOf.get(code);
      if (other !== undefined && other !== g.name) {
        throw new RegeconError(
          "GROUPING_NOT_PARTITION",
          `分组“${grouping.name}”在 ${year} 年不是互斥划分：${registry.province(code).name} 同属 ${other} 和 ${g.name}`,
          "泰尔指数分解需要互斥且完整的分组，如 四大板块、南北。",
        );
      }
      groupOf.set(code, g.name);
    }
  }
  const ungrouped = registry.provinces.map((p) => p.code).filter((c) => !groupOf.has(c));
  for (const c of ungrouped) groupOf.set(c, UNGROUPED);
  return { grouping: grouping.name, groupOf, groups: grouping.groups.map((g) => ({ name: g.name, nameEn: g.nameEn })), ungrouped };
}

/**
 * Names of the registry's groupings usable for a Theil decomposition in `year`: those whose groups do
 * not overlap (a partition; provinces outside every group form `UNGROUPED`). 区域重大战略 is not one.
 */
export function decompositionGroupings(registry: Registry, year: number): string[] {
  return registry.groupings
    .filter((g) => {
      try {
        assignGroups(registry, g.name, year);
        return true;
      } catch (e) {
        if (e instanceof RegeconError && e.code === "GROUPING_NOT_PARTITION") return false;
        throw e;
      }
    })
    .map((g) => g.name);
}

/**
 * The decomposition with its groups in the grouping's own order (data/regions/groupings.csv:
 * 东部、中部、西部、东北; 北方、南方), the residual group `UNGROUPED` last. The stats function sorts
 * by name, which would put 东北 first.
 */
function inGroupingOrder(d: TheilDecomposition, order: readonly string[]): TheilDecomposition {
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  return { ...d, groups: [...d.groups].sort((a, b) => rank(a.group) - rank(b.group)) };
}

export interface TheilByGrouping {
  indicator: string;
  year: number;
  grouping: string;
  /** Undefined when data are missing. Groups in the grouping's order (groupings.csv), not by name. */
  decomposition: TheilDecomposition | undefined;
  /** Provinces left out: no value, no population (when weighted) or an unusable (≤ 0) value. */
  missing: string[];
  /** Provinces the decomposition covers (all 31 unless `partial` left some out), registry order. */
  covered: string[];
  ungrouped: string[];
  /** English group names by Chinese name. */
  groupNamesEn: Map<string, string>;
}

/**
 * Theil decomposition (T by default, population-weighted by default) of `indicator` in `year` by the
 * groups of `grouping`. Missing or unusable provinces (or populations when weighted) → decomposition
 * undefined, unless `partial`: then it covers the provinces with usable data (≥ 2), listed in
 * `covered`, and the others in `missing`.
 */
export function theilByGrouping(
  dataset: Dataset,
  registry: Registry,
  year: number,
  grouping: string,
  indicator: string = COMPUTED_GDP_PER_CAPITA,
  options: { kind?: "T" | "L"; weighted?: boolean; partial?: boolean } = {},
): TheilByGrouping {
  const assignment = assignGroups(registry, grouping, year);
  const cs = crossSection(dataset, registry, year, indicator);
  if (cs.codes.length === 0) throw noDataForYear(dataset, registry, year, indicator);
  const weighted = options.weighted ?? true;
  const noWeight = weighted ? cs.missingPopulation : [];
  const keep = cs.codes.map((c) => !noWeight.includes(c));
  const codes = cs.codes.filter((_, i) => keep[i]);
  const values = cs.values.filter((_, i) => keep[i]);
  const pops = weighted ? cs.codes.map((c) => dataset.value(POPULATION_INDICATOR, c, year)!).filter((_, i) => keep[i]) : undefined;
  const missing = [...cs.missing, ...cs.invalid, ...noWeight];
  const ok = options.partial ? codes.length >= 2 : missing.length === 0;
  const groupNamesEn = new Map(assignment.groups.map((g) => [g.name, g.nameEn] as [string, string]));
  groupNamesEn.set(UNGROUPED, "Other");
  return {
    indicator,
    year,
    grouping: assignment.grouping,
    decomposition: ok
      ? inGroupingOrder(
          theilDecomposition(values, codes.map((c) => assignment.groupOf.get(c)!), pops, options.kind ?? "T"),
          assignment.groups.map((g) => g.name),
        )
      : undefined,
    missing: registry.provinces.map((p) => p.code).filter((c) => missing.includes(c)),
    covered: ok ? codes : [],
    ungrouped: assignment.ungrouped,
    groupNamesEn,
  };
}

export interface BetaOverPeriod {
  indicator: string;
  fromYear: number;
  toYear: number;
  /** Undefined when any province lacks a usable value in either year (unless `partial`). */
  absolute: BetaConvergence | undefined;
  /** Conditional β with dummies of `conditionalOn` (undefined when not asked or data missing). */
  conditional: BetaConvergence | undefined;
  conditionalOn: string | undefined;
  /** Provinces left out: no usable (> 0) value in either year. */
  missing: string[];
  /** Provinces in the regression. */
  covered: string[];
}

/**
 * β-convergence of `indicator` between two years (average annual log growth of NOMINAL per-capita
 * values on the initial log level; no provincial deflator is applied). With `conditionalOn` a grouping
 * name, conditional β adds its group dummies (grouping as valid in `fromYear`). Provinces without a
 * usable value (> 0) in either year make the result undefined, unless `partial`: then the regression
 * covers the others (listwise deletion; needs more provinces than coefficients).
 * Throws RegeconError `BAD_YEAR` when toYear ≤ fromYear or a year has no data.
 */
export function betaConvergenceOver(
  dataset: Dataset,
  registry: Registry,
  fromYear: number,
  toYear: number,
  indicator: string = COMPUTED_GDP_PER_CAPITA,
  conditionalOn?: string,
  options: { partial?: boolean } = {},
): BetaOverPeriod {
  if (toYear <= fromYear) throw new RegeconError("BAD_YEAR", `β收敛的期末年份 ${toYear} 应晚于期初年份 ${fromYear}`, "例如 --years 2015-2024");
  const a = crossSection(dataset, registry, fromYear, indicator);
  const b = crossSection(dataset, registry, toYear, indicator);
  if (a.codes.length === 0) throw noDataForYear(dataset, registry, fromYear, indicator);
  if (b.codes.length === 0) throw noDataForYear(dataset, registry, toYear, indicator);
  const left = new Set([...a.missing, ...a.invalid, ...b.missing, ...b.invalid]);
  const missing = registry.provinces.map((p) => p.code).filter((c) => left.has(c));
  const none = { indicator, fromYear, toYear, absolute: undefined, conditional: undefined, conditionalOn, missing, covered: [] };
  if (missing.length > 0 && !options.partial) return none;
  const finalByCode = new Map(b.codes.map((c, i) => [c, b.values[i]!] as [string, number]));
  const covered = a.codes.filter((c) => finalByCode.has(c));
  const initial = covered.map((c) => a.values[a.codes.indexOf(c)]!);
  const final = covered.map((c) => finalByCode.get(c)!);
  // OLS needs more observations than coefficients (2, plus one per extra group).
  if (covered.length < 3) return none;
  const T = toYear - fromYear;
  let conditional: BetaConvergence | undefined;
  if (conditionalOn) {
    const asg = assignGroups(registry, conditionalOn, fromYear);
    const labels = covered.map((c) => asg.groupOf.get(c)!);
    if (covered.length > new Set(labels).size + 1) conditional = betaConvergence(initial, final, T, labels);
  }
  return { indicator, fromYear, toYear, absolute: betaConvergence(initial, final, T), conditional, conditionalOn, missing, covered };
}

export interface MoranOfYear {
  indicator: string;
  year: number;
  transform: "level" | "log";
  /** Undefined when any connected province lacks a value. */
  global: MoranResult | undefined;
  permutation: MoranPermutation | undefined;
  local: LocalMoranResult | undefined;
  weights: SpatialWeights;
  missing: string[];
  warnings: string[];
}

/**
 * Global and local Moran's I of `indicator` (level or natural log) in `year` on the registry's
 * land-contiguity list, row-standardised. Provinces without a land neighbour (海南) are excluded with
 * the warning `ISLANDS_EXCLUDED` (see stats/spatial/weights.ts) unless `extraLinks` connects them.
 * Permutation inference: `permutations` (default 999) with `seed` (default 20240101).
 */
export function moranOfYear(
  dataset: Dataset,
  registry: Registry,
  year: number,
  indicator: string = COMPUTED_GDP_PER_CAPITA,
  options: { transform?: "level" | "log"; permutations?: number; seed?: number; extraLinks?: readonly (readonly [string, string])[] } = {},
): MoranOfYear {
  const cs = crossSection(dataset, registry, year, indicator);
  if (cs.codes.length === 0) throw noDataForYear(dataset, registry, year, indicator);
  const w = contiguityWeights(
    registry.provinces.map((p) => p.code),
    registry.adjacency,
    options.extraLinks ? { extraLinks: options.extraLinks } : {},
  );
  const transform = options.transform ?? "level";
  const byCode = new Map(cs.codes.map((c, i) => [c, cs.values[i]!] as [string, number]));
  const missing = w.ids.filter((c) => !byCode.has(c));
  const base = { indicator, year, transform, weights: w, missing, warnings: [...w.warnings] };
  if (missing.length > 0) return { ...base, global: undefined, permutation: undefined, local: undefined };
  const x = w.ids.map((c) => (transform === "log" ? Math.log(byCode.get(c)!) : byCode.get(c)!));
  const permutations = options.permutations ?? 999;
  const seed = options.seed ?? 20240101;
  return { ...base, global: moranI(x, w), permutation: moranPermutation(x, w, permutations, seed), local: localMoran(x, w, permutations, seed) };
}
