import { test } from "node:test";
import assert from "node:assert/strict";
import { citiesRankedByGrowth, fastestStrategies, shareTrend, TRILLION_CITY, trillionBands, trillionCities } from "../../../src/analysis/rules/strategies.js";

test("share trend: the change of two-decimal shares, rounded half away from zero, decides rose/fell/unchanged", () => {
  assert.equal(shareTrend(1.13), "rose");
  assert.equal(shareTrend(-0.49), "fell");
  assert.equal(shareTrend(0), "unchanged");
  assert.equal(shareTrend(0.004), "unchanged"); // prints as 0.00
  assert.equal(shareTrend(0.005), "rose"); // prints as +0.01
  assert.equal(shareTrend(-0.005), "fell");
  assert.equal(shareTrend(undefined), undefined);
});

test("fastest strategy region: ties give several; any missing growth means no judgement", () => {
  const s = (name: string, value: number | undefined) => ({ name, realGrowth: { value } });
  assert.deepEqual(fastestStrategies([s("a", 5.2), s("b", 5.5), s("c", 5.3)]).map((x) => x.name), ["b"]);
  assert.deepEqual(fastestStrategies([s("a", 5.5), s("b", 5.5)]).map((x) => x.name), ["a", "b"]);
  assert.deepEqual(fastestStrategies([s("a", 5.5), s("b", undefined)]), []);
  assert.deepEqual(fastestStrategies([]), []);
});

test("万亿元 cities: at or above 10000 亿元 (the edge counts), bands by whole 万亿元, highest first, missing not counted", () => {
  const cities = [{ n: "a", v: 9999.99 }, { n: "b", v: 10000 }, { n: "c", v: 36801.87 }, { n: "d", v: undefined }, { n: "e", v: 31032.5 }, { n: "f", v: 19999.99 }, { n: "g", v: 20000 }];
  assert.deepEqual(trillionCities(cities, (c) => c.v).map((c) => c.n), ["b", "c", "e", "f", "g"]);
  assert.deepEqual(trillionBands(cities, (c) => c.v).map((b) => [b.trillions, b.cities.map((c) => c.n)]), [
    [3, ["c", "e"]],
    [2, ["g"]],
    [1, ["b", "f"]],
  ]);
  assert.deepEqual(trillionBands([{ v: 9999 }], (c) => c.v), []);
  assert.equal(TRILLION_CITY, 10000);
});

test("cities ranked by growth: only those whose two years share a vintage; missing years in neither list", () => {
  const cities = [
    { n: "a", v: ["x", "x"] as const },
    { n: "b", v: ["x", "y"] as const },
    { n: "c", v: [undefined, "y"] as const },
    { n: "d", v: ["y", "y"] as const },
  ];
  const r = citiesRankedByGrowth(cities, (c) => c.v);
  assert.deepEqual(r.ranked.map((c) => c.n), ["a", "d"]);
  assert.deepEqual(r.acrossVintages.map((c) => c.n), ["b"]);
  assert.deepEqual(citiesRankedByGrowth([], (c: { v: [string, string] }) => c.v), { ranked: [], acrossVintages: [] });
});
