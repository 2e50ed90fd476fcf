/**
 * Seeded pseudo-random numbers so that permutation tests and synthetic panels are reproducible.
 *
 * Algorithm: mulberry32 (Tommy Ettinger, public domain; 32-bit state, period 2³²), as used by
 * many JS libraries (e.g. d3-random's lcg alternative). Adequate for permutation inference with
 * ≤ 10⁵ draws; not cryptographic. The same seed gives the same sequence on every platform.
 */
export interface Prng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** A mulberry32 generator seeded with a 32-bit integer (non-integers are truncated). */
export function mulberry32(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** A standard normal draw by Box–Muller from a `Prng`. */
export function normalDraw(rng: Prng): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}
