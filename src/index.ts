/**
 * regecon as a library: `import { … } from "regecon"`.
 *
 * The same functions the CLI, the report and the dashboard use, re-exported from their modules (each
 * keeps its own doc comment: input and output shapes, units, errors thrown, the formula's source).
 * Nothing here computes anything of its own. README.md ("As a library") has a runnable example;
 * test/api/publicApi.test.ts imports the built package the way a user does and checks this list.
 *
 * Conventions that hold for everything below:
 * - Missing is missing: an absent value is `undefined`, never 0; aggregates over incomplete members
 *   are `undefined` and list the missing members.
 * - Levels are in the catalogue's units (`data/indicators.csv`: GDP in 亿元, population in 万人, per-capita
 *   values in 元/人); shares and growth rates are in percent; differences of rates in percentage points.
 * - The statistics (first section) take plain arrays and throw `RangeError` on input they cannot use
 *   (empty, non-finite, a zero mean …). Everything that reads data throws `RegeconError`, whose `code`
 *   is one of `ERROR_CODES` (documented in docs/errors.md) and whose `text` and `hintText` say what
 *   was wrong and how to fix it, in Chinese and English.
 * - Words come in both languages as `Text` (`{ zh, en }`); functions that phrase take a `Lang`.
 */

// ── Statistics: pure functions on arrays (src/stats/) ─────────────────────────────────────────────

/** Inequality indices; `population` weights (any unit, e.g. 万人) are optional (equal weights when absent). */
export { theilT, theilL, generalizedEntropy } from "./stats/theil.js";
export { theilDecomposition, type TheilDecomposition, type TheilGroupPart } from "./stats/theilDecomposition.js";
export { gini, giniWeighted } from "./stats/gini.js";
export { coefficientOfVariation, williamsonCV } from "./stats/coefficientOfVariation.js";
export { atkinson } from "./stats/atkinson.js";
export { standardDeviation } from "./stats/standardDeviation.js";
export { range } from "./stats/range.js";
export { maxMinRatio } from "./stats/maxMinRatio.js";
export { topBottomRatio } from "./stats/quintileRatio.js";
/** Every index above of one cross-section at once (values and optional population aligned), from one sorted pass. */
export { inequalityIndices, type InequalityIndices } from "./stats/inequalityIndices.js";

/** Convergence: σ (trend of a dispersion measure on year) and β (growth on initial log level, OLS). */
export { sigmaConvergence, betaConvergence, type SigmaConvergence, type BetaConvergence } from "./stats/convergence.js";

/** Spatial autocorrelation on row-standardised contiguity weights: global Moran's I and LISA. */
export { contiguityWeights, spatialLag, type SpatialWeights, type ContiguityOptions } from "./stats/spatial/weights.js";
export { moranI, moranPermutation, type MoranResult, type MoranPermutation } from "./stats/spatial/moran.js";
export { localMoran, type LocalMoranResult, type LocalMoranUnit, type LisaQuadrant } from "./stats/spatial/localMoran.js";

/** Shares (%), differences in percentage points, growth (%), weighted means, ranks with ties (并列), rounding as NBS prints. */
export { shareOfTotal, differenceInPoints } from "./stats/share.js";
export { nominalGrowth, cagr, growthFromIndex } from "./stats/growth.js";
export { weightedMean } from "./stats/weightedMean.js";
export { competitionRank, isTied } from "./stats/rank.js";
export { roundHalfUp, largestRemainderRound, roundShares } from "./stats/rounding.js";

// ── Data: the region registry, the indicator catalogue, datasets from a folder or the store (src/data/) ──

/** The 31 provinces (GB/T 2260 codes, names in every spelling), groupings with validity periods, land adjacency. */
export { Registry, loadRegistry, membersInYear } from "./data/registry.js";
export type { Province, Grouping, RegionGroup, GroupMember } from "./types/region.js";

/** The indicator catalogue (`data/indicators.csv`): names, units, how each aggregates, plausible ranges. */
export { indicatorCatalogue, indicatorDef } from "./data/indicators.js";
export type { IndicatorDef, AggregationKind } from "./types/indicator.js";

/**
 * Datasets. `loadFolderDataset(DEFAULT_DATASET_DIR, registry)` reads the bundled NBS data (`data/nbs`),
 * any other folder of the same layout likewise (docs/data.md); `datasetFromStore(dbPath, registry)`
 * reads the current vintage of every series from the DuckDB store (default `defaultDbPath()`, created
 * and filled with the bundled data on first use); `Store.open` opens the store itself (SQL, imports).
 */
export { Dataset } from "./data/dataset.js";
export { loadFolderDataset } from "./data/folder.js";
export { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "./data/paths.js";
export { datasetFromStore, defaultDbPath } from "./data/store/dataset.js";
export { Store, type OpenOptions } from "./data/store/store.js";
export { NATIONAL_CODE, type Observation, type SourceInfo } from "./types/observation.js";

// ── Analysis: facts from a Dataset and the Registry, and the rules that judge them (src/analysis/) ──

/** Group aggregates: sums of levels, Σnumerator/Σdenominator ratios, real growth weighted by previous-year GDP. */
export { groupLevel, groupRatio, groupRealGrowth, groupWeightedMean, realGrowthOf, type GroupValue } from "./analysis/aggregate.js";
export { groupSeries, measuresOf, type GroupMeasure, type GroupSeriesResult } from "./analysis/groupSeries.js";
export { GROUPING, REGION, SIDE } from "./analysis/groupIds.js";

/** The growth pattern of a year: regional totals, shares (of the 31-province sum by default), growth, ranks with ties. */
export { growthPatternFacts, type GrowthPatternFacts, type GrowthPatternOptions, type GroupFact, type ProvinceFact } from "./analysis/growthPattern.js";
export { rankValues, type RankedValue } from "./analysis/provinceSeries.js";

/**
 * Provincial disparity of a per-capita indicator (default GDP per person, 元/人): every index of a year,
 * the series and its judgement, the Theil decomposition by a grouping, β-convergence over a period and
 * Moran's I with LISA on land contiguity.
 */
export {
  COMPUTED_GDP_PER_CAPITA,
  crossSection,
  disparityIndices,
  disparityOfYear,
  disparitySeries,
  theilByGrouping,
  betaConvergenceOver,
  moranOfYear,
  type CrossSection,
  type DisparityIndices,
  type YearDisparity,
  type DisparitySeries,
  type TheilByGrouping,
  type BetaOverPeriod,
  type MoranOfYear,
} from "./analysis/disparity.js";

/** The rules: every judgement the report states, with its named thresholds (src/analysis/rules/). */
export { SIGNIFICANCE, judgeDisparity, convergenceVerdict, moranVerdict, type DisparityJudgement, type ConvergenceVerdict } from "./analysis/rules/disparity.js";
export { MIN_GROWTH_GAP, eastWestPattern, northSouthBalance, type EastWestDecision, type NorthSouthDecision } from "./analysis/rules/growth.js";
export { defaultReportYear, type ReportYearChoice } from "./analysis/rules/reportYear.js";

// ── The report: build a document, render it (src/report/) ───────────────────────────────────────────

/**
 * `buildReport({ dataset, registry, year, lang, datasetLabel })` gives a renderer-neutral
 * `ReportDocument` (headings, paragraphs, numbered figures 图N and tables 表N with source lines);
 * `renderHtml`, `renderDocx` (a Promise of the .docx bytes) and `renderMarkdown` render it in memory;
 * `renderOutputs` renders several formats at once. Maps need `map: { boundaries: loadBoundaries(registry) }`.
 */
export { buildReport, SECTIONS, DEFAULT_SECTIONS, type BuildOptions, type SectionDef } from "./report/build.js";
export { renderHtml } from "./report/html.js";
export { renderDocx } from "./report/docx.js";
export { renderMarkdown, type MarkdownOptions, type CompanionFile } from "./report/markdown.js";
export { renderOutputs, REPORT_FORMATS, type ReportFormat, type OutputFile } from "./report/outputs.js";
export { loadBoundaries, type Boundaries } from "./charts/boundaries.js";
export type { ReportDocument, Block, FigureBlock, TableBlock, ReportWarning } from "./types/document.js";

// ── The claim checker (src/check/) ──────────────────────────────────────────────────────────────────

/** `checkFile(file, { data | db, lang })`: every number of a report checked against every vintage (`regecon check`). */
export { checkFile, type CheckDataOptions } from "./check/checkFile.js";
export { checkText, toJson as checkResultJson, type CheckResult } from "./check/check.js";
export { vintagesFromFolder, vintagesFromStore, type VintageView } from "./check/verify/vintages.js";
export type { CheckedClaim, Verdict } from "./check/types.js";

// ── Errors and words (src/types/) ───────────────────────────────────────────────────────────────────

export { RegeconError } from "./types/errors.js";
export { ERROR_CODES, WARNING_CODES, type ErrorCode, type WarningCode } from "./types/codes.js";
export { say, verbatim, type Text, type Lang } from "./types/text.js";

/** Numbers as the report prints them: fixed decimals, half away from zero on the decimal value ("5.0", "52.40%"); missing → "—". */
export { fixed, pct } from "./messages/format.js";
