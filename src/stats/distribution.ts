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
 * Indices of `values` in ascending order of value, ties in input order: a least-significant-digit
 * radix sort (8 passes of 8 bits, passes where every key has the same digit skipped) on the IEEE-754
 * bit patterns, made order-preserving by setting the sign bit of non-negative numbers and inverting
 * all bits of negative ones. O(n), no comparator call per comparison — the "radix" method R's `order`
 * uses for doubles. Input: finite numbers.
 */
export function ascendingOrder(values: readonly number[]): Int32Array {
  const n = values.length;
  const bits = new Uint32Array(Float64Array.from(values).buffer);
  const [lo, hi] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + hi]!;
    if (h & 0x80000000) {
      bits[2 * i + hi] = ~h;
      bits[2 * i + lo] = ~bits[2 * i + lo]!;
    } else bits[2 * i + hi] = h | 0x80000000;
  }
  // one pass counts the 8 digits of every key: counts[pass · 256 + digit]
  const counts = new Int32Array(8 * 256);
  for (let i = 0; i < n; i++) {
    const l = bits[2 * i + lo]!;
    const h = bits[2 * i + hi]!;
    counts[l & 255]!++;
    counts[256 + ((l >>> 8) & 255)]!++;
    counts[512 + ((l >>> 16) & 255)]!++;
    counts[768 + (l >>> 24)]!++;
    counts[1024 + (h & 255)]!++;
    counts[1280 + ((h >>> 8) & 255)]!++;
    counts[1536 + ((h >>> 16) & 255)]!++;
    counts[1792 + (h >>> 24)]!++;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  for (let pass = 0; pass < 8; pass++) {
    const word = pass < 4 ? lo : hi;
    const shift = (pass & 3) * 8;
    const base = pass * 256;
    if (counts[base + ((bits[word]! >>> shift) & 255)] === n) continue; // every key has this digit
    let sum = 0;
    for (let d = base; d < base + 256; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[counts[base + ((bits[2 * i + word]! >>> shift) & 255)]!++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}
