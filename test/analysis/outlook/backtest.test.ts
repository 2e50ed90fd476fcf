import { test } from "node:test";
import assert from "node:assert/strict";
import { backtestCases, summarise, type OutlookGroups } from "../../../src/analysis/outlook/backtest.js";
import type { OutlookHistory } from "../../../src/analysis/outlook/history.js";

const close = (a: number | undefined, b: number, tol = 1e-9) => assert.ok(a !== undefined && Math.abs(a - b) <= tol, `${a} ≠ ${b}`);

/**
 * Two provinces, no price change, constant population 10:
 *   growth (%)  2021: A 5, B 3   2022: A 4, B 4   2023: A 6, B 2
 *   GDP         2020: 100, 100   2021: 105, 103   2022: 109.2, 107.12   2023: 115.752, 109.2624
 * A is both "East" and "North", B both "West" and "South".
 */
const history: OutlookHistory = {
  codes: ["A", "B"],
  gdp: new Map([
    [2020, [100, 100]],
    [2021, [105, 103]],
    [2022, [109.2, 107.12]],
    [2023, [115.752, 109.2624]],
  ]),
  realGrowth: new Map([
    [2021, [5, 3]],
    [2022, [4, 4]],
    [2023, [6, 2]],
  ]),
  population: new Map([2020, 2021, 2022, 2023].map((y) => [y, [10, 10]])),
};
const east = { id: "east", name: "东部", nameEn: "East", members: ["A"] };
const west = { id: "west", name: "西部", nameEn: "West", members: ["B"] };
const north = { id: "north", name: "北方", nameEn: "North", members: ["A"] };
const south = { id: "south", name: "南方", nameEn: "South", members: ["B"] };
const groups: OutlookGroups = { regions: [east, west], northSouth: [north, south], eastWest: [east, west], southNorth: [south, north] };

test("persistence back-test from 2021 and 2022: errors and directions by hand", () => {
  const cases = backtestCases(history, groups, "persistence", 1, 2023);
  // 2020 cannot be an origin (no 2019 GDP); 2023 has no outcome.
  assert.deepEqual(cases.map((c) => c.origin), [2021, 2022]);
  const s = summarise("persistence", 1, cases);
  // growth errors: 2022 |5−4|, |3−4| = 1, 1; 2023 |4−6|, |4−2| = 2, 2 → MAE (1+1+2+2)/4 = 1.5 points
  close(s.maeGrowth, 1.5);
  // shares: from 2021, projected 2022 A = 110.25 / (110.25 + 106.09) = 50.961450 %, actual 109.2 / 216.32 = 50.480769 %
  //         → error 0.480680 for A and for B; from 2022, projected A = 113.568 / 224.9728 = 50.480769 %,
  //         actual 115.752 / 225.0144 = 51.442041 % → error 0.961272; MAE (2 × 0.480680 + 2 × 0.961272) / 4 = 0.720976
  close(s.maeShare, 0.720976075644618, 1e-9);
  // gap |A − B| in 2021: 0.961538 points. From 2021: projected gap 1.922899 (wider), actual 0.961538 (unchanged): wrong.
  // From 2022: projected unchanged (both 4 %), actual widened to 2.884082: wrong. Same pairs for south–north.
  assert.equal(s.eastWestRight, 0);
  assert.equal(s.southNorthRight, 0);
  close(cases[0]!.eastWestChange.projected, 0.9613607, 1e-6);
  close(cases[0]!.eastWestChange.actual, 0, 1e-12);
  // Summarising a subset of origins uses only those cases.
  close(summarise("persistence", 1, cases, [2022]).maeGrowth, 2);
  assert.deepEqual(summarise("persistence", 1, cases, [2030]).origins, []);
  assert.equal(summarise("persistence", 1, cases, [2030]).maeGrowth, undefined);
});

test("a scenario whose window reaches before the data has no back-test; horizon 2 needs two years of outcome", () => {
  assert.deepEqual(backtestCases(history, groups, "trend", 1, 2023), []);
  assert.deepEqual(backtestCases(history, groups, "targets", 1, 2023), []); // no targets file
  const two = backtestCases(history, groups, "persistence", 2, 2023);
  // from 2021, two years ahead: 2023 with A 5, B 3 vs actual 6, 2
  assert.deepEqual(two.map((c) => c.origin), [2021]);
  assert.deepEqual(two[0]!.growth.projected, [5, 3]);
  assert.deepEqual(two[0]!.growth.actual, [6, 2]);
});

test("a targets back-test uses the targets announced for the outcome year", () => {
  const targets = {
    file: "t.csv",
    targets: [
      { code: "A", year: 2023, target: 7, source: "TEST", line: 2 },
      { code: "B", year: 2023, target: 3, source: "TEST", line: 3 },
    ],
  };
  const cases = backtestCases(history, groups, "targets", 1, 2023, targets);
  assert.deepEqual(cases.map((c) => c.origin), [2022]);
  // national path = 2022 mean = (4 × 105 + 4 × 103) / 208 = 4; mean target (7 × 109.2 + 3 × 107.12) / 216.32 = 5.019231
  // shift 4 − 5.019231 = −1.019231 → A 5.980769, B 1.980769 (the 4-point difference kept)
  close(cases[0]!.growth.projected[0], 7 + 4 - (7 * 109.2 + 3 * 107.12) / 216.32);
  close(cases[0]!.growth.projected[0]! - cases[0]!.growth.projected[1]!, 4);
  close((cases[0]!.growth.projected[0]! * 109.2 + cases[0]!.growth.projected[1]! * 107.12) / 216.32, 4);
});

test("no peeking: an origin is back-tested only when its outcome year is at or before the projection's origin", () => {
  // projecting from 2022: the run from 2022 (outcome 2023) would score the projection itself
  assert.deepEqual(backtestCases(history, groups, "persistence", 1, 2022).map((c) => c.origin), [2021]);
  assert.deepEqual(backtestCases(history, groups, "persistence", 1, 2021), []);
  // two years ahead from 2021 ends in 2023: not allowed from 2022
  assert.deepEqual(backtestCases(history, groups, "persistence", 2, 2022), []);
  // a targets file with the 2023 targets cannot be scored from 2022 either
  const targets = { file: "t.csv", targets: [{ code: "A", year: 2023, target: 7, source: "TEST", line: 2 }] };
  assert.deepEqual(backtestCases(history, groups, "targets", 1, 2022, targets), []);
});

test("the summary scores the north–south shares and the two gaps on their own (by hand)", () => {
  const s = summarise("persistence", 1, backtestCases(history, groups, "persistence", 1, 2023));
  // North = A and South = B here, so the north–south share errors equal the region errors (0.720976),
  // and each gap error is twice a share error: from 2021 2 × 0.480680, from 2022 2 × 0.961272 → mean
  // 0.480680 + 0.961272 = 2 × 0.720976 = 1.441952
  close(s.maeNorthSouthShare, 0.720976075644618, 1e-9);
  close(s.maeEastWestGap, 2 * 0.720976075644618, 1e-9);
  close(s.maeSouthNorthGap, 2 * 0.720976075644618, 1e-9);
});
