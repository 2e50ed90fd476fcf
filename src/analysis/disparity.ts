/**
 * Regional disparity facts (区域差距) from a `Dataset` + `Registry`, one idea per module under
 * `disparity/`:
 *
 *   perCapita      which per-capita indicator (computed GDP / year-end population by default)
 *   panel          cross-sections, complete years, gaps per year, vintages of the inputs
 *   indices        the disparity indices of one year (absolute and relative, weighted and not)
 *   series         indices over years, σ-trend tests and the judgement (rules/disparity.ts)
 *   groups         provinces assigned to a grouping's groups (a partition check)
 *   decomposition  Theil decomposition by a grouping and its contribution shares
 *   convergence    β-convergence between two years (absolute and conditional)
 *   spatial        global and local Moran's I on land contiguity
 *   coverage       which years and provinces the report's disparity section can use
 *
 * Missing is missing throughout: a year with any province lacking a value (or, for weighted indices,
 * a population) has no indices; the missing provinces are listed. Nothing is ever filled with 0.
 * The judgements themselves (narrowed/widened, slight, convergence verdicts, significance) are
 * decided in `rules/disparity.ts`.
 */
export * from "./disparity/perCapita.js";
export * from "./disparity/panel.js";
export * from "./disparity/indices.js";
export * from "./disparity/series.js";
export * from "./disparity/groups.js";
export * from "./disparity/decomposition.js";
export * from "./disparity/convergence.js";
export * from "./disparity/spatial.js";
export * from "./disparity/coverage.js";
