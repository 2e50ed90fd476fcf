/**
 * Share of a part in a total, in percent: 100 × part / total.
 *
 * Input: part and total in the same unit (e.g. 亿元), total > 0. Output: percent (not rounded).
 * The caller states the denominator (sum of provinces or national total) wherever it is shown.
 * Throws RangeError when the total is not positive or either input is not finite.
 */
export function shareOfTotal(part: number, total: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(total)) throw new RangeError(`shareOfTotal: non-finite input (${part}, ${total})`);
  if (total <= 0) throw new RangeError(`shareOfTotal: total must be > 0, got ${total}`);
  return (100 * part) / total;
}

/**
 * Difference between two rates or shares in percentage points (个百分点): a − b.
 * Input: two percentages; output: points. Rounded to 10 decimals to drop binary noise
 * (5.0 − 4.4 = 0.6, not 0.5999…).
 */
export function differenceInPoints(a: number, b: number): number {
  return Number((a - b).toFixed(10));
}
