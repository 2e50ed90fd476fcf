import { checkValues } from "./inequalityInput.js";

/**
 * Range max − min of regional values (极差), an index of **absolute** disparity in the values' unit.
 * Unweighted by nature. Throws RangeError on empty input or non-finite values.
 * Example: range([3, 10, 4]) = 7.
 */
export function range(values: readonly number[]): number {
  checkValues("range", values, "any");
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}
