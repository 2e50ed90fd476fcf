/**
 * A value axis symmetric about zero that covers ±`reach` with a margin: the limit is the smallest of
 * 1, 2, 2.5 or 5 × 10^k not below `reach` × `margin`, the tick interval a fifth of it (a quarter for 2 × 10^k),
 * so ticks fall on round numbers and both ends are labelled (e.g. reach 0.33 → ±0.5 with ticks every 0.1).
 * Reach ≤ 0 or non-finite gives ±0.1.
 */
export function symmetricScale(reach: number, margin = 1.1): { limit: number; interval: number } {
  const x = Number.isFinite(reach) && reach > 0 ? reach * margin : 0.1;
  const p = 10 ** Math.floor(Math.log10(x));
  const mantissa = [1, 2, 2.5, 5, 10].find((f) => f * p >= x * (1 - 1e-12))!;
  const limit = Number((mantissa * p).toPrecision(12));
  return { limit, interval: Number((limit / (mantissa === 2 ? 4 : 5)).toPrecision(12)) };
}
