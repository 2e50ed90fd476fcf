import { roundHalfUp } from "./rounding.js";

/**
 * Class breaks for a choropleth by quantiles: the k−1 inner quantiles of `values` (type-7 linear
 * interpolation, as R's default `quantile`), rounded to `decimals` and de-duplicated, so classes hold
 * about equal numbers of regions. Output: strictly ascending breaks (possibly fewer than k−1 when
 * values repeat; empty when all values are equal). Throws RangeError when k < 2 or no finite values.
 * Reference: Hyndman & Fan (1996), "Sample quantiles in statistical packages", definition 7.
 */
export function quantileBreaks(values: readonly number[], k: number, decimals: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`quantileBreaks: k must be an integer ≥ 2, got ${k}`);
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) throw new RangeError("quantileBreaks: no finite values");
  const out: number[] = [];
  for (let i = 1; i < k; i++) {
    const h = (xs.length - 1) * (i / k);
    const lo = Math.floor(h);
    const q = xs[lo]! + (h - lo) * (xs[Math.min(lo + 1, xs.length - 1)]! - xs[lo]!);
    const b = roundHalfUp(q, decimals);
    if (b > xs[0]! && (out.length === 0 || b > out[out.length - 1]!)) out.push(b);
  }
  return out;
}
