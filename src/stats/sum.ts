/**
 * Sum of finite numbers with Neumaier compensation, so totals of hundreds of provincial figures
 * carry no accumulated binary error. Throws RangeError on a non-finite value.
 * Reference: Neumaier (1974), "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen".
 */
export function sum(values: Iterable<number>): number {
  let s = 0;
  let c = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`sum: non-finite value ${v}`);
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** Number of values strictly greater than `threshold` (e.g. provinces growing faster than the nation). */
export function countAbove(values: readonly number[], threshold: number): number {
  return values.filter((v) => v > threshold).length;
}
