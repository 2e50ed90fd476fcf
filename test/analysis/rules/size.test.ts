/**
 * The size rules on synthetic inputs: the band edges, the top ten with ties, first crossings and the
 * first province at a level (ties, no history, a fall back below a level), rank streaks (ties, gaps,
 * the shortest streak stated, a streak from the first year held).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  GDP_BANDS,
  MIN_STREAK_YEARS,
  STREAK_TOP_RANKS,
  TOP_N,
  firstCrossing,
  firstNationally,
  gdpBand,
  inTopN,
  rankStreaks,
} from "../../../src/analysis/rules/size.js";

test("size bands: a bound opens its band (以上), the band below ends just under it", () => {
  assert.deepEqual([...GDP_BANDS], [100000, 50000, 40000, 30000, 20000, 10000, 0]);
  assert.equal(gdpBand(141488.9), 100000);
  assert.equal(gdpBand(100000), 100000);
  assert.equal(gdpBand(99999.9), 50000);
  assert.equal(gdpBand(50000), 50000);
  assert.equal(gdpBand(49999.9), 40000);
  assert.equal(gdpBand(10000), 10000);
  assert.equal(gdpBand(9999.9), 0);
  assert.equal(gdpBand(0), 0);
  assert.throws(() => gdpBand(-1), RangeError);
  assert.throws(() => gdpBand(Number.NaN), RangeError);
});

test("top ten: ranks 1 to 10 including ties at 10th; missing rank is out", () => {
  assert.equal(TOP_N, 10);
  assert.equal(inTopN(1), true);
  assert.equal(inTopN(10), true);
  assert.equal(inTopN(11), false);
  assert.equal(inTopN(undefined), false);
});

const series = (...pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

test("first crossing: the highest whole step reached this year that no earlier year held reached", () => {
  // 浙江 in the bundled data: 2023 85619.6, 2024 90007.0 → 首次突破9万亿元.
  assert.equal(firstCrossing(series([2023, 85619.6], [2024, 90007.0]), 2024, 10000), 90000);
  assert.equal(firstCrossing(series([2023, 89999.9], [2024, 90000]), 2024, 10000), 90000); // reaching the level counts
  assert.equal(firstCrossing(series([2023, 90000], [2024, 95000]), 2024, 10000), undefined); // reached before
  assert.equal(firstCrossing(series([2022, 91000], [2023, 89000], [2024, 92000]), 2024, 10000), undefined); // not the first time
  assert.equal(firstCrossing(series([2023, 78000], [2024, 91000]), 2024, 10000), 90000); // two levels at once: the higher
  assert.equal(firstCrossing(series([2024, 91000]), 2024, 10000), undefined); // no earlier year held
  assert.equal(firstCrossing(series([2023, 80000]), 2024, 10000), undefined); // the year is missing
  assert.equal(firstCrossing(series([2023, 5000], [2024, 9000]), 2024, 10000), undefined); // below the first step
  assert.equal(firstCrossing(series([2023, 1294271.7], [2024, 1349083.5]), 2024, 100000), 1300000); // the national 130万亿元
  assert.equal(firstCrossing(series([2023, 80000], [2024, 91000], [2025, 99000]), 2024, 10000), 90000); // later years ignored
});

test("first province at a level: only when nobody reached it before and nobody else reaches it this year", () => {
  const h = new Map([
    ["gd", series([2023, 137905.4], [2024, 141488.9])],
    ["js", series([2023, 130924.3], [2024, 136696.9])],
  ]);
  assert.deepEqual(firstNationally(h, 2024, 10000), { code: "gd", level: 140000 });
  const both = new Map([
    ["gd", series([2023, 137905.4], [2024, 141488.9])],
    ["js", series([2023, 130924.3], [2024, 140000])],
  ]);
  assert.equal(firstNationally(both, 2024, 10000), undefined); // two at 14万亿元 in the same year
  const earlier = new Map([
    ["gd", series([2022, 140500], [2023, 137905.4], [2024, 141488.9])],
    ["js", series([2023, 130924.3], [2024, 136696.9])],
  ]);
  assert.equal(firstNationally(earlier, 2024, 10000), undefined); // 14万亿元 was reached in 2022
  assert.equal(firstNationally(new Map([["gd", series([2024, 141488.9])]]), 2024, 10000), undefined); // no history
});

const ranksOf = (byYear: Record<number, Record<string, number | [number, boolean]>>) =>
  new Map(
    Object.entries(byYear).map(([y, r]) => [
      Number(y),
      new Map(Object.entries(r).map(([c, v]) => [c, Array.isArray(v) ? { rank: v[0], tied: v[1] } : { rank: v, tied: false }])),
    ]),
  );

test("rank streaks: consecutive untied years at the same rank, top five only, at least three years", () => {
  assert.equal(STREAK_TOP_RANKS, 5);
  assert.equal(MIN_STREAK_YEARS, 3);
  const ranks = ranksOf({
    2020: { a: 1, b: 2, c: 3, d: 6 },
    2021: { a: 1, b: 3, c: 2, d: 6 },
    2022: { a: 1, b: 2, c: 3, d: 6 },
    2023: { a: 1, b: 2, c: 3, d: 6 },
    2024: { a: 1, b: 2, c: 3, d: 6 },
  });
  assert.deepEqual(rankStreaks(ranks, 2024), [
    { code: "a", rank: 1, years: 5, since: 2020, fromFirstYearHeld: true },
    { code: "b", rank: 2, years: 3, since: 2022, fromFirstYearHeld: false },
    { code: "c", rank: 3, years: 3, since: 2022, fromFirstYearHeld: false },
  ]); // d is 6th: not stated
  const short = ranksOf({ 2022: { a: 2 }, 2023: { a: 1 }, 2024: { a: 1 } });
  assert.deepEqual(rankStreaks(short, 2024), []); // two years: below the shortest streak stated
  const tie = ranksOf({ 2022: { a: 1 }, 2023: { a: [1, true] }, 2024: { a: 1 } });
  assert.deepEqual(rankStreaks(tie, 2024), []); // 并列 breaks a streak
  const tiedNow = ranksOf({ 2022: { a: 1 }, 2023: { a: 1 }, 2024: { a: [1, true] } });
  assert.deepEqual(rankStreaks(tiedNow, 2024), []);
  const gap = ranksOf({ 2020: { a: 1 }, 2021: { a: 1 }, 2023: { a: 1 }, 2024: { a: 1 } });
  assert.deepEqual(rankStreaks(gap, 2024), []); // 2022 missing ends the run at two years
  assert.deepEqual(rankStreaks(gap, 2025), []); // no ranks in the year asked
});
