import type { IndicatorDef } from "../../types/indicator.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import type { CurrentValue } from "./permutedValues.js";

/**
 * A national total of a level is close to the sum of the 31 provinces: NBS's national GDP and the
 * provinces' sum differed by up to about 10 % before the unified accounting of 2019 (the provinces summing
 * higher), and by under 2 % in data/nbs (0.996–1.017 for GDP and value added, 1.000 for R&D expenditure).
 * A national value 3 times the provinces' sum (4000000 亿元 for 1349083.5) is within the national range
 * (31 × the province bound) and within ×5 of the value it replaces, so only this comparison sees it. The
 * bounds are generous: they catch unit and typing mistakes, not the accounting gap.
 */
export const NATIONAL_SUM_MAX_RATIO = 1.5;
export const NATIONAL_SUM_MIN_RATIO = 0.5;

/** A year whose national value of a level is not close to the sum of the 31 provinces. */
export interface NationalTotalProblem {
  indicator: string;
  year: number;
  national: CurrentValue;
  provincesSum: number;
  /** national / provincesSum. */
  ratio: number;
}

/**
 * For each (indicator, year) a file touches, with the values as they will be once it is imported
 * (`after`): when the indicator is a `level` and the nation and all 31 provinces (`provinceCodes`) have a
 * value, the national value must lie between NATIONAL_SUM_MIN_RATIO and NATIONAL_SUM_MAX_RATIO times the
 * provinces' sum (inclusive). Per-capita values, indices and rates are not sums of provinces; years with a
 * province missing are not judged (the sum would be short).
 */
export function nationalTotalProblems(
  touched: Iterable<{ indicator: string; year: number }>,
  after: (indicator: string, regionCode: string, year: number) => CurrentValue | undefined,
  provinceCodes: readonly string[],
  defOf: (id: string) => IndicatorDef | undefined,
): NationalTotalProblem[] {
  const out: NationalTotalProblem[] = [];
  for (const { indicator, year } of touched) {
    if (defOf(indicator)?.aggregation !== "level") continue;
    const national = after(indicator, NATIONAL_CODE, year);
    if (!national) continue;
    let provincesSum = 0;
    let complete = true;
    for (const code of provinceCodes) {
      const v = after(indicator, code, year);
      if (!v) {
        complete = false;
        break;
      }
      provincesSum += v.value;
    }
    if (!complete || provincesSum <= 0) continue;
    const ratio = national.value / provincesSum;
    if (ratio > NATIONAL_SUM_MAX_RATIO || ratio < NATIONAL_SUM_MIN_RATIO) out.push({ indicator, year, national, provincesSum, ratio });
  }
  return out;
}
