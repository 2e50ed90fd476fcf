/**
 * Nominal growth from two levels at current prices, in percent: 100 × (current / previous − 1).
 * This is NOT real growth (按不变价格计算), which only the growth index gives; label it "名义增长".
 * Throws RangeError when previous ≤ 0 or an input is not finite.
 */
export function nominalGrowth(previous: number, current: number): number {
  if (!Number.isFinite(previous) || !Number.isFinite(current)) throw new RangeError("nominalGrowth: non-finite input");
  if (previous <= 0) throw new RangeError(`nominalGrowth: previous level must be > 0, got ${previous}`);
  return 100 * (current / previous - 1);
}

/**
 * Compound annual growth rate between two levels `years` apart, in percent:
 * 100 × ((last / first)^(1/years) − 1). Nominal when the levels are at current prices.
 * Throws RangeError when first ≤ 0, last < 0 or years ≤ 0.
 */
export function cagr(first: number, last: number, years: number): number {
  if (!(first > 0) || !(last >= 0) || !(years > 0)) {
    throw new RangeError(`cagr: need first > 0, last ≥ 0, years > 0 (got ${first}, ${last}, ${years})`);
  }
  return 100 * ((last / first) ** (1 / years) - 1);
}

/**
 * Real growth rate (%) from a growth index with the previous year = 100 (地区生产总值指数, 上年=100):
 * index − 100. Throws RangeError when the index is not positive.
 */
export function growthFromIndex(indexPrevYear100: number): number {
  if (!(indexPrevYear100 > 0)) throw new RangeError(`growthFromIndex: index must be > 0, got ${indexPrevYear100}`);
  return Number((indexPrevYear100 - 100).toFixed(10));
}
