import { checkValues, resolveWeights } from "./inequalityInput.js";

/** Values in ascending order with their weights aligned (all 1 when unweighted). */
export interface Ascending {
  values: Float64Array;
  weights: Float64Array;
}

/**
 * One cross-section of regional values (e.g. per-capita GDP in 元/人, one per region), checked and
 * accumulated once, so that every inequality index of the same year reads the same totals and the
 * same ascending order instead of re-checking and re-sorting the data (one sort per year, however
 * many indices need it). Internal to `src/stats/`; build it with {@link distribution}.
 */
export interface Distribution {
  /** Values as given (input order), all finite. */
  readonly values: readonly number[];
  /** Weights as given (population), or undefined: every region counts 1. */
  readonly weights: readonly number[] | undefined;
  /** Σwᵢ (n when unweighted). */
  readonly totalWeight: number;
  /** Σwᵢyᵢ (e.g. total GDP when yᵢ is GDP per person and wᵢ population; Σyᵢ unweighted). */
  readonly total: number;
  /** Weighted mean ȳ = Σwᵢyᵢ / Σwᵢ (the simple mean when unweighted). */
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  /** Region indices in ascending order of value; sorted on first use and shared with {@link reweighted} copies. */
  order(): Int32Array;
  /** Values ascending with weights aligned (built from `order()` on first use). */
  ascending(): Ascending;
}

/**
 * Check `values` (non-empty, finite) and `weights` (see `resolveWeights`) once and accumulate Σw, ȳ,
 * min and max in one pass. `fn` names the index in error messages. Throws RangeError as
 * `checkValues(fn, values, "any")` and `resolveWeights`. Index-specific sign rules are checked
 * afterwards with {@link requireSign}.
 */
export function distribution(fn: string, values: readonly number[], weights?: readonly number[]): Distribution {
  checkValues(fn, values, "any");
  return build(values, weights === undefined ? undefined : resolveWeights(fn, values, weights), cached(() => ascendingOrder(values)));
}

/** The same values with other weights (checked as in {@link distribution}); shares the sort already done. */
export function reweighted(fn: string, d: Distribution, weights: readonly number[] | undefined): Distribution {
  return build(d.values, weights === undefined ? undefined : resolveWeights(fn, d.values, weights), d.order);
}

/**
 * Throw the RangeError of `checkValues(fn, values, sign)` unless every value satisfies `sign`
 * ("positive": > 0, "nonNegative": ≥ 0, "any"); O(1) via the minimum, rescanning only to name the
 * offending value.
 */
export function requireSign(fn: string, d: Distribution, sign: "any" | "nonNegative" | "positive"): void {
  if ((sign === "positive" && !(d.min > 0)) || (sign === "nonNegative" && !(d.min >= 0))) checkValues(fn, d.values, sign);
}

function cached<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function build(values: readonly number[], weights: readonly number[] | undefined, order: () => Int32Array): Distribution {
  const n = values.length;
  let sw = 0;
  let swx = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const w = weights === undefined ? 1 : weights[i]!;
    sw += w;
    swx += w * v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return {
    values,
    weights,
    totalWeight: sw,
    total: swx,
    mean: swx / sw,
    min,
    max,
    order,
    ascending: cached(() => {
      const idx = order();
      const ascendingValues = new Float64Array(n);
      const ascendingWeights = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        ascendingValues[k] = values[idx[k]!]!;
        ascendingWeights[k] = weights === undefined ? 1 : weights[idx[k]!]!;
      }
      return { values: ascendingValues, weights: ascendingWeights };
    }),
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Indices of `values` in ascending order of value, ties in input order. A radix sort on the IEEE-754
 * bit patterns, made order-preserving by setting the sign bit of non-negative numbers and inverting
 * all bits of negative ones: first by the high 32 bits (least-significant-digit first, 8-bit digits,
 * digits that every key shares skipped), then each run of equal high bits — rare unless values agree
 * to ~6 significant digits — by the low 32 bits (insertion sort for short runs, the same radix for
 * long ones). O(n) for any input, no comparator call per comparison (R's `order` also sorts doubles
 * by radix). Input: finite numbers.
 */
export function ascendingOrder(values: readonly number[]): Int32Array {
  const n = values.length;
  const bits = new Uint32Array(Float64Array.from(values).buffer);
  const [loWord, hiWord] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + hiWord]!;
    const l = bits[2 * i + loWord]!;
    const negative = (h & 0x80000000) !== 0;
    hi[i] = negative ? ~h : h | 0x80000000;
    lo[i] = negative ? ~l : l;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const scratch = new Int32Array(n);
  radixByKey(order, scratch, 0, n, hi);
  for (let a = 0, b = 1; a < n; a = b, b = a + 1) {
    while (b < n && hi[order[b]!] === hi[order[a]!]) b++;
    if (b - a > 32) radixByKey(order, scratch, a, b, lo);
    else
      for (let k = a + 1; k < b; k++) {
        const i = order[k]!;
        let m = k;
        for (; m > a && lo[order[m - 1]!]! > lo[i]!; m--) order[m] = order[m - 1]!;
        order[m] = i;
      }
  }
  return order;
}

/**
 * Stable sort of order[from, to) by key[order[k]] (unsigned 32-bit): LSD radix, 4 passes of 8 bits,
 * skipping a pass when every key in the range has the same digit. `scratch` is as long as `order`.
 */
function radixByKey(order: Int32Array, scratch: Int32Array, from: number, to: number, key: Uint32Array): void {
  const counts = new Int32Array(4 * 256);
  for (let k = from; k < to; k++) {
    const v = key[order[k]!]!;
    counts[v & 255]!++;
    counts[256 + ((v >>> 8) & 255)]!++;
    counts[512 + ((v >>> 16) & 255)]!++;
    counts[768 + (v >>> 24)]!++;
  }
  let src = order;
  let dst = scratch;
  for (let pass = 0; pass < 4; pass++) {
    const shift = pass * 8;
    const base = pass * 256;
    if (counts[base + ((key[src[from]!]! >>> shift) & 255)] === to - from) continue; // every key has this digit
    let sum = from;
    for (let d = base; d < base + 256; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let k = from; k < to; k++) {
      const i = src[k]!;
      dst[counts[base + ((key[i]! >>> shift) & 255)]!++] = i;
    }
    [src, dst] = [dst, src];
  }
  if (src !== order) order.set(src.subarray(from, to), from);
}
