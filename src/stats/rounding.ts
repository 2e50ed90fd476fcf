/**
 * Round half away from zero to `decimals` places, as NBS prints figures (5.05 → 5.1).
 *
 * Input: any finite number; output: a number whose decimal representation has at most `decimals`
 * places. Binary noise is removed first (x is read at 15 significant digits), so 1.005 → 1.01,
 * unlike `Number.prototype.toFixed`. Throws RangeError for non-finite input or decimals outside 0..10.
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`roundHalfUp: not a finite number: ${x}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`roundHalfUp: decimals must be an integer 0..10, got ${decimals}`);
  }
  const clean = Number(x.toPrecision(15));
  const [mantissa, exponent] = Math.abs(clean).toExponential().split("e") as [string, string];
  // Shift the decimal point in the string representation to avoid a second binary multiplication.
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Math.floor(shifted + 0.5);
  const result = Number(`${rounded}e${-decimals}`);
  return clean < 0 ? -result : result;
}

/**
 * Largest-remainder (Hamilton) rounding: round `values` to `decimals` places so that the rounded
 * values add up exactly to `target` rounded to the same places (used for shares that must add to 100).
 *
 * Input: finite non-negative numbers whose sum is `target` up to floating error. Output: same
 * length and order. Ties in remainders go to the larger value, then to the earlier index, so the
 * result does not depend on anything but the input. Throws RangeError on negative or non-finite input.
 * Reference: Balinski & Young, "Fair Representation" (1982), Hamilton's method.
 */
export function largestRemainderRound(values: readonly number[], decimals: number, target = 100): number[] {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`largestRemainderRound: values must be finite and ≥ 0, got ${v}`);
  }
  const scale = 10 ** decimals;
  const units = Math.round(Number((target * scale).toPrecision(15)));
  const scaled = values.map((v) => Number((v * scale).toPrecision(15)));
  const floors = scaled.map(Math.floor);
  let remaining = units - floors.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((s, i) => ({ i, rem: s - Math.floor(s), s }))
    .sort((a, b) => b.rem - a.rem || b.s - a.s || a.i - b.i);
  const result = [...floors];
  for (let k = 0; remaining > 0 && k < order.length; k++, remaining--) result[order[k]!.i]! += 1;
  return result.map((u) => Number((u / scale).toFixed(decimals)));
}

/**
 * Shares (%) rounded for display. When every share is present and they add to 100 (the groups
 * partition the denominator), largest-remainder rounding makes the shown figures add to exactly 100;
 * otherwise (a missing share, or overlapping groups) each is rounded half-up on its own. Missing stays
 * missing. Output: same length and order as the input.
 */
export function roundShares(shares: readonly (number | undefined)[], decimals: number): (number | undefined)[] {
  if (shares.some((v) => v === undefined)) return shares.map((v) => (v === undefined ? undefined : roundHalfUp(v, decimals)));
  const present = shares as readonly number[];
  const total = present.reduce((a, b) => a + b, 0);
  return Math.abs(total - 100) < 1e-6 ? largestRemainderRound(present, decimals) : present.map((v) => roundHalfUp(v, decimals));
}
