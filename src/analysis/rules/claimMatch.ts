/**
 * Rules of the claim checker (`regecon check`): which computed values a stated number allows, the verdict
 * that follows, and which stated values are impossible. Decided here once; src/check only applies them.
 */

/**
 * How a stated number is hedged: exact (rounded), about (约), nearly (近, just below), over (超过), under
 * (不足), between (a range "5万亿~10万亿元之间": from the value up to a stated upper bound).
 */
export type Approx = "exact" | "about" | "nearly" | "over" | "under" | "between";

/**
 * Relative tolerance of "about" (约, 左右): ±5 % of the stated value, on top of its rounding interval.
 * A convention: a writer who says 约30% would not say so of 27% or 33%.
 */
export const ABOUT_RELATIVE = 0.05;

/**
 * How far below the stated value "nearly" (近, 接近, 将近) reaches: 5 %. 接近10% allows 9.5 %–10.05 %,
 * not 7.9 % (the 长江经济带 example of issue 11).
 */
export const NEARLY_RELATIVE = 0.05;

/**
 * Smallest change that has a direction: a from/to said to rise (上升, 增至) needs a computed change of at
 * least this (in the quantity's unit), one said to fall at most its negative; a change of 0 has neither.
 * Far below any printed precision, far above floating-point noise.
 */
export const MIN_DIRECTED_CHANGE = 1e-6;

/** The interval of changes a stated direction allows: up [MIN_DIRECTED_CHANGE, ∞), down (−∞, −MIN_DIRECTED_CHANGE]. */
export function directionInterval(sign: 1 | -1): [number, number] {
  return sign > 0 ? [MIN_DIRECTED_CHANGE, Infinity] : [-Infinity, -MIN_DIRECTED_CHANGE];
}

/** Absolute slack for floating-point noise when comparing a computed value with an interval bound. */
export const FLOAT_SLACK = 1e-9;

/**
 * The interval of true values a stated number allows (statcheck's rule: a number printed with d
 * decimals stands for every value that rounds to it, [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]), widened or bounded by
 * its approximate word:
 * - exact: the rounding interval;
 * - about: the rounding interval widened by ±ABOUT_RELATIVE of |v|;
 * - nearly: from v·(1 − NEARLY_RELATIVE) up to the rounding interval's top;
 * - over: from v (超过, 以上, 突破), up to v plus one unit of its last non-zero integer digit when `band`
 *   (5000多亿元 → [5000, 6000]), else unbounded;
 * - under: below v (不足, 不到), down to 0 for non-negative quantities;
 * - between: from v to `upper` (a range's bounds are thresholds, not rounded figures).
 * Values are in the stated unit; bounds are inclusive.
 */
export function statedInterval(value: number, decimals: number, approx: Approx, band = false, upper = value): [number, number] {
  const half = 0.5 * 10 ** -decimals;
  switch (approx) {
    case "exact":
      return [value - half, value + half];
    case "about":
      return [value - half - Math.abs(value) * ABOUT_RELATIVE, value + half + Math.abs(value) * ABOUT_RELATIVE];
    case "nearly":
      return [value - Math.abs(value) * NEARLY_RELATIVE, value + half];
    case "over":
      return [value, band ? value + lastDigitUnit(value) : Infinity];
    case "under":
      return [value >= 0 ? 0 : -Infinity, value];
    case "between":
      return [Math.min(value, upper), Math.max(value, upper)];
  }
}

/** 10^k of the last non-zero integer digit: 5000 → 1000, 130 → 10, 7 → 1. */
function lastDigitUnit(value: number): number {
  let unit = 1;
  let v = Math.round(Math.abs(value));
  while (v >= 10 && v % 10 === 0) {
    v /= 10;
    unit *= 10;
  }
  return unit;
}

/** True when `x` lies in the inclusive interval (with FLOAT_SLACK). */
export function withinInterval(x: number, [lo, hi]: readonly [number, number]): boolean {
  const slack = (b: number) => (Number.isFinite(b) ? FLOAT_SLACK * Math.max(1, Math.abs(b)) : 0);
  return x >= lo - slack(lo) && x <= hi + slack(hi);
}

/**
 * Fewest integer digits of a whole stored value for it to be read as published rounded to its unit: 5.
 * The preliminary 2024 figures hold 广东's GDP as 141634 (亿元), printed so in the report they come from;
 * the province's own bulletin says 141633.8, which rounds to it and must not be called contradicted. A
 * whole value with fewer digits (a growth rate 5, a count 3) is taken as exact: printed with a decimal
 * it may have been 5.0, and reading it as ±0.5 would let 5.3 % pass. Data do not record how many decimals
 * a value was printed with, so this is read from the value; for a value of 10000 or more the widening is
 * at most 0.005 % of it.
 */
export const MIN_ROUNDED_WHOLE_DIGITS = 5;

/**
 * True when a published (stored, not computed) value agrees with a stated interval: the value lies in
 * it, or — for a whole value of at least MIN_ROUNDED_WHOLE_DIGITS digits, read as rounded to its unit —
 * the value's own rounding interval [v − ½, v + ½] meets it. Values in the stored unit.
 */
export function publishedAgrees(value: number, interval: readonly [number, number]): boolean {
  if (withinInterval(value, interval)) return true;
  if (!Number.isInteger(value) || Math.abs(value) < 10 ** (MIN_ROUNDED_WHOLE_DIGITS - 1)) return false;
  return value + 0.5 >= interval[0] - FLOAT_SLACK * Math.abs(value) && value - 0.5 <= interval[1] + FLOAT_SLACK * Math.abs(value);
}

/** Distance of `x` from the interval (0 inside): ranks the nearest computation of a contradicted claim. */
export function distanceToInterval(x: number, [lo, hi]: readonly [number, number]): number {
  return x < lo ? lo - x : x > hi ? x - hi : 0;
}

/**
 * One computation of a claimed quantity: in the current vintage or another, with a value or missing.
 * `standIn`: computed from a stand-in for a series that is not held (the 31 provinces' weighted growth for
 * the national rate, which the data lack): it may confirm a claim (the explanation names the stand-in)
 * but never refute one, since the official figure can differ from the stand-in.
 */
export interface Attempt {
  current: boolean;
  value?: number;
  within: boolean;
  standIn?: boolean;
}

/**
 * The verdict of a checkable claim from its computations (every vintage × every documented method):
 * - verified: some current-vintage computation lies in the stated interval;
 * - vintage_mismatch: none of the current vintage does, but one of another vintage does;
 * - contradicted: values could be computed without a stand-in, none lies in the interval;
 * - no_data: nothing could be computed (or only from a stand-in that does not match).
 */
export function claimVerdict(attempts: readonly Attempt[]): "verified" | "vintage_mismatch" | "contradicted" | "no_data" {
  if (attempts.some((a) => a.current && a.value !== undefined && a.within)) return "verified";
  if (attempts.some((a) => !a.current && a.value !== undefined && a.within)) return "vintage_mismatch";
  if (attempts.some((a) => a.value !== undefined && a.standIn !== true)) return "contradicted";
  return "no_data";
}

/**
 * A stated value no data can make true: a share above 100 % or below 0, a negative level, amount or
 * count, a fall of more than 100 %. `kind` is the claim kind, `value` the signed stated value.
 */
export function isImpossible(kind: string, value: number): boolean {
  if (kind === "share" || kind === "structure") return value > 100 || value < 0;
  if (kind === "level" || kind === "count" || kind === "milestone" || kind === "rank") return value < 0;
  if (kind === "growth") return value < -100;
  return false;
}

/**
 * Fewest significant digits for two equal stated figures about different subjects to be flagged as the
 * same figure given twice (吉林 given 四川's foreign-trade figure): 4. Short figures (5.0%, 3个) repeat by chance.
 */
export const MIN_DUPLICATE_DIGITS = 4;

/** True when a stated figure is specific enough for the same-figure check (≥ MIN_DUPLICATE_DIGITS significant digits). */
export function isDistinctiveFigure(raw: string): boolean {
  const digits = raw.replace(/[^0-9]/g, "").replace(/^0+/, "");
  return digits.length >= MIN_DUPLICATE_DIGITS;
}

/**
 * Coarsest printed resolution of a figure read from a bulletin's prose that may become a stored value, in
 * units of the catalogue's unit: 1 (one 亿元, one 万人, 0.01 of a % printed as 2.69%). A figure rounded more
 * coarsely ("134.9万亿元": ±500亿元) would replace a precise value with a rounded one, so it is not proposed.
 */
export const MAX_STORED_RESOLUTION = 1;

/** True when a figure printed with `decimals` in a unit `scale` times the stored unit is precise enough to store. */
export function isPreciseEnoughToStore(scale: number, decimals: number): boolean {
  return scale * 10 ** -decimals <= MAX_STORED_RESOLUTION;
}
