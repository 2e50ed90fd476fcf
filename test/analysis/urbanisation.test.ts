/**
 * Known answers for the 城乡与城镇化 facts, computed here from the data CSVs with plain arithmetic
 * (test/helpers/tidyCsv.ts), not via the code under test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { urbanisationFacts } from "../../src/analysis/urbanisation.js";
import { bundledTable, groupMembers, round } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const facts = urbanisationFacts(ds, registry, 2024);
const pop = bundledTable("population.csv");
const urb = bundledTable("urbanisation.csv");
const income = bundledTable("income.csv");
const members = (group: string) => groupMembers("四大板块", group);

test("national urbanisation 2024 = 城镇人口 94350 ÷ 年末总人口 140828 = 67.00% (NBS's published rate too)", () => {
  const expected = (100 * pop.get("population_urban|100000|2024")!) / pop.get("population_year_end_total_national|100000|2024")!;
  assert.equal(round(expected, 2), 67.0);
  assert.ok(Math.abs(facts.nationalRate! - expected) < 1e-9);
  assert.deepEqual(facts.nationalSeries.map((p) => p.year), [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
});

test("四大板块 rates are Σurban/Σpopulation, not the mean of provincial rates", () => {
  for (const name of ["东部", "中部", "西部", "东北"]) {
    const ms = members(name);
    const u = ms.reduce((a, c) => a + urb.get(`population_urban|${c}|2024`)!, 0);
    const p = ms.reduce((a, c) => a + pop.get(`population_year_end|${c}|2024`)!, 0);
    const r = facts.regions.find((x) => x.name === name)!.rate.value!;
    assert.ok(Math.abs(r - (100 * u) / p) < 1e-9, name);
  }
  const west = members("西部");
  const meanOfRates = west.reduce((a, c) => a + (100 * urb.get(`population_urban|${c}|2024`)!) / pop.get(`population_year_end|${c}|2024`)!, 0) / west.length;
  assert.ok(Math.abs(meanOfRates - facts.regions.find((x) => x.name === "西部")!.rate.value!) > 0.1);
});

test("highest/lowest provincial urbanisation follow from the displayed rates", () => {
  const rates = facts.provinces.map((p) => round((100 * urb.get(`population_urban|${p.code}|2024`)!) / pop.get(`population_year_end|${p.code}|2024`)!, 2));
  const { highestProvinces: highest, lowestProvinces: lowest } = facts.judgements;
  assert.deepEqual(highest.map((p) => p.code), facts.provinces.filter((_, i) => rates[i] === Math.max(...rates)).map((p) => p.code));
  assert.deepEqual(lowest.map((p) => p.code), facts.provinces.filter((_, i) => rates[i] === Math.min(...rates)).map((p) => p.code));
});

test("urban–rural income ratio uses 2019, the latest year with data (2020–2024 missing)", () => {
  assert.equal(facts.incomeRatio.year, 2019);
  assert.deepEqual(facts.incomeRatio.availableYears, [2014, 2015, 2016, 2017, 2018, 2019]);
  const gs = facts.incomeRatio.provinces.find((p) => p.code === "620000")!;
  assert.ok(Math.abs(gs.value! - income.get("income_per_capita_urban|620000|2019")! / income.get("income_per_capita_rural|620000|2019")!) < 1e-12);
});

test("a missing member makes the regional rate missing", () => {
  const holed = new Dataset("holed", ds.all().filter((o) => !(o.regionCode === "230000" && o.indicator === "population_urban")), ds.sources);
  const f = urbanisationFacts(holed, registry, 2024);
  const ne = f.regions.find((r) => r.name === "东北")!;
  assert.equal(ne.rate.value, undefined);
  assert.deepEqual(ne.rate.missing, ["230000"]);
  assert.equal(f.provinces.find((p) => p.code === "230000")!.value, undefined);
  assert.equal(f.provinceSumRate.value, undefined);
});

test("four-region rates over 2014–2024 where members are complete: 西部 only in 2024 (西藏 lacks 2014–2023), named as missing", () => {
  const series = (name: string) => facts.regionSeries.find((r) => r.name === name)!;
  for (const name of ["东部", "中部", "东北"]) {
    const ms = members(name);
    for (const p of series(name).points) {
      const u = ms.reduce((a, c) => a + urb.get(`population_urban|${c}|${p.year}`)!, 0);
      const t = ms.reduce((a, c) => a + pop.get(`population_year_end|${c}|${p.year}`)!, 0);
      assert.ok(Math.abs(p.rate! - (100 * u) / t) < 1e-9, `${name} ${p.year}`);
    }
  }
  const west = series("西部").points;
  assert.deepEqual(west.filter((p) => p.rate === undefined).map((p) => p.year), [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  assert.ok(west.filter((p) => p.rate === undefined).every((p) => p.missing.join() === "540000"));
  assert.notEqual(west.find((p) => p.year === 2024)!.rate, undefined);
});

test("changes 2014 → 2024 of the displayed rates for the complete regions (hand values 9.37, 12.90, 8.33 points); none for 西部", () => {
  assert.deepEqual(
    facts.regionChanges.map((c) => [c.name, c.since, c.from, c.to, c.points]),
    [
      ["东部", 2014, 63.91, 73.28, 9.37],
      ["中部", 2014, 49.79, 62.69, 12.9],
      ["东北", 2014, 61.84, 70.17, 8.33],
    ],
  );
  for (const c of facts.regionChanges) {
    const ms = members(c.name);
    const rate = (y: number) => (100 * ms.reduce((a, m) => a + urb.get(`population_urban|${m}|${y}`)!, 0)) / ms.reduce((a, m) => a + pop.get(`population_year_end|${m}|${y}`)!, 0);
    assert.equal(c.from, round(rate(2014), 2));
    assert.equal(c.to, round(rate(2024), 2));
  }
});

test("national urban–rural income ratio 2014–2019 from the national urban and rural series (2.75 → 2.64)", () => {
  assert.deepEqual(facts.nationalIncomeRatio.map((p) => p.year), [2014, 2015, 2016, 2017, 2018, 2019]);
  for (const p of facts.nationalIncomeRatio) {
    assert.ok(Math.abs(p.ratio - income.get(`income_per_capita_urban|100000|${p.year}`)! / income.get(`income_per_capita_rural|100000|${p.year}`)!) < 1e-12);
  }
  assert.equal(round(facts.nationalIncomeRatio[0]!.ratio, 2), 2.75);
  assert.equal(round(facts.nationalIncomeRatio[5]!.ratio, 2), 2.64);
});
