/**
 * Share of a part in a total, in percent: 100 × part / total.
 *
 * Input: part and total in the same unit (e.g. 亿元), part ≥ 0 and total > 0. Output: percent (not
 * rounded); a part of 0 has a share of 0. The caller states the denominator (sum of provinces or national
 * total) wherever it is shown.
 * A negative part or a non-positive total has no share (−5 of 10 is not "−50 %"): throws RangeError, as
 * every statistic in src/stats refuses input outside its domain (this layer sits below the message
 * catalogue). Callers pass `undefined` (missing) through without calling; a report section that meets
 * the RangeError becomes a note with code CALCULATION_FAILED (report/build.ts).
 * Throws RangeError when either input is not finite, the part is negative, or the total is not positive.
 */
export function shareOfTotal(part: number, total: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(total)) throw new RangeError(`shareOfTotal: non-finite input (${part}, ${total})`);
  if (part < 0) throw new RangeError(`shareOfTotal: part must be >= 0, got ${part}`);
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
