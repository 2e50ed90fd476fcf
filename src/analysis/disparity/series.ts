import type { Dataset } from "../../data/dataset.js";
import type { Registry } from "../../data/registry.js";
import { sigmaConvergence, type SigmaConvergence } from "../../stats/convergence.js";
import { judgeDisparity, type DisparityJudgement } from "../rules/disparity.js";
import { COMPUTED_GDP_PER_CAPITA } from "./perCapita.js";
import { completeYears } from "./panel.js";
import { disparityOfYear, type YearDisparity } from "./indices.js";

/**
 * Disparity over years: the indices of each year, σ-convergence trend tests and the judgement
 * (relative vs absolute disparity narrowed / widened …) decided by `judgeDisparity`
 * (analysis/rules/disparity.ts) between the first and the last complete year.
 */

/** Fewest complete years for a σ-trend test (an OLS line through two points has no residual). */
export const MIN_TREND_YEARS = 3;

export interface DisparitySeries {
  indicator: string;
  /** Every year asked for, in order; incomplete years have `indices: undefined`. */
  years: YearDisparity[];
  /** First and last complete years, compared by the judgement. */
  firstYear: number | undefined;
  lastYear: number | undefined;
  /** Undefined unless there are two complete years. */
  judgement: DisparityJudgement | undefined;
  /** σ-convergence trend tests over the complete years (≥ MIN_TREND_YEARS), on the weighted CV and on the SD of logs. */
  sigmaWilliamson: SigmaConvergence | undefined;
  sigmaLog: SigmaConvergence | undefined;
}

/**
 * Disparity series over `years` (default: every year with complete data) and its judgement. Throws
 * RegeconError `YEAR_NOT_AVAILABLE` when one of `years` has no data at all.
 */
export function disparitySeries(dataset: Dataset, registry: Registry, years?: readonly number[], indicator: string = COMPUTED_GDP_PER_CAPITA): DisparitySeries {
  const ys = years ? [...years].sort((a, b) => a - b) : completeYears(dataset, registry, indicator);
  const rows = ys.map((y) => disparityOfYear(dataset, registry, y, indicator));
  const complete = rows.filter((r) => r.indices?.williamsonCV !== undefined);
  const cy = complete.map((r) => r.year);
  const trend = (pick: (r: YearDisparity) => number) => (cy.length >= MIN_TREND_YEARS ? sigmaConvergence(cy, complete.map(pick)) : undefined);
  const sigmaWilliamson = trend((r) => r.indices!.williamsonCV!);
  const first = complete[0];
  const last = complete[complete.length - 1];
  const judged = (r: YearDisparity) => ({ ...r.indices!, williamsonCV: r.indices!.williamsonCV!, theilTWeighted: r.indices!.theilTWeighted! });
  return {
    indicator,
    years: rows,
    firstYear: first?.year,
    lastYear: last?.year,
    judgement: first && last && first !== last ? judgeDisparity(judged(first), judged(last), sigmaWilliamson?.pValue) : undefined,
    sigmaWilliamson,
    sigmaLog: trend((r) => r.indices!.sdLog),
  };
}
