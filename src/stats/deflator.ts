/**
 * Change of the implicit GDP deflator (GDP 平减指数) in percent, from nominal levels and real growth:
 *
 *   p = 100 × ( (Y_t / Y_{t−1}) / (1 + g_t/100) − 1 ),
 *
 * where Y is GDP at current prices (any unit, e.g. 亿元) and g_t the real growth rate in % (地区生产总值
 * 指数 − 100). Exact, not the approximation "nominal − real". Source: the definition of the implicit
 * deflator as nominal over real output (e.g. UN System of National Accounts 2008, §15.180).
 *
 * Input: Y_{t−1} > 0, Y_t ≥ 0 and g_t > −100, all finite; both levels must be of the same vintage.
 * Throws RangeError otherwise. Example: 100 → 110.25 with 5% real growth gives 5 (%).
 */
export function deflatorChange(previousLevel: number, level: number, realGrowth: number): number {
  if (![previousLevel, level, realGrowth].every(Number.isFinite)) throw new RangeError("deflatorChange: non-finite input");
  if (!(previousLevel > 0) || level < 0) throw new RangeError(`deflatorChange: need previous level > 0 and level ≥ 0, got ${previousLevel}, ${level}`);
  if (!(realGrowth > -100)) throw new RangeError(`deflatorChange: real growth must be > −100%, got ${realGrowth}`);
  return 100 * (level / previousLevel / (1 + realGrowth / 100) - 1);
}
