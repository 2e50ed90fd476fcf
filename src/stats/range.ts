import { distribution } from "./distribution.js";

/**
 * Range max − min of regional values (极差), an index of **absolute** disparity in the values' unit.
 * Unweighted by nature. Throws RangeError on empty input or non-finite values.
 * Example: range([3, 10, 4]) = 7.
 */
export function range(values: readonly number[]): number {
  const d = distribution("range", values);
  return d.max - d.min;
}
