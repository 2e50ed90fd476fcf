/**
 * Known answers for the 挑战 facts, computed here from the data CSVs with plain arithmetic
 * (test/helpers/tidyCsv.ts), not via the code under test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { challengesFacts, groupPopulationWeightedMean } from "../../src/analysis/challenges.js";
import { bundledTable, groupMembers, round } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const facts = challengesFacts(ds, registry, 2024);
const fiscal = bundledTable("fiscal.csv");
const pop = bundledTable("population.csv");
const income = bundledTable("income.csv");
const retail = bundledTable("retail.csv");
const inv = bundledTable("investment.csv");
const members = (group: string) => groupMembers("四大板块", group);
const region = (name: string) => facts.regions.find((r) => r.name === name)!;

test("东北 2024 fiscal self-financing ratio = Σrevenue/Σexpenditure = 30.9%", () => {
  const ne = members("东北");
  const rev = ne.reduce((a, c) => a + fiscal.get(`fiscal_revenue_general_budget|${c}|2024`)!, 0);
  const exp = ne.reduce((a, c) => a + fiscal.get(`fiscal_expenditure_general_budget|${c}|2024`)!, 0);
  assert.equal(round((100 * rev) / exp, 1), 30.9);
  assert.ok(Math.abs(region("东北").selfFinancingRatio! - (100 * rev) / exp) < 1e-9);
  // Ratio of sums ≠ mean of provincial ratios.
  const meanOfRatios = ne.reduce((a, c) => a + (100 * fiscal.get(`fiscal_revenue_general_budget|${c}|2024`)!) / fiscal.get(`fiscal_expenditure_general_budget|${c}|2024`)!, 0) / ne.length;
  assert.notEqual(round(meanOfRatios, 1), round((100 * rev) / exp, 1));
  // The lowest-ratio rule picks the region with the smallest displayed ratio.
  const ratios = facts.regions.map((r) => round(r.selfFinancingRatio!, 1));
  assert.deepEqual(facts.judgements.lowestSelfFinancing.map((r) => r.name), facts.regions.filter((_, i) => ratios[i] === Math.min(...ratios)).map((r) => r.name));
});

test("东部 2024 income per capita is the resident-population-weighted mean", () => {
  const east = members("东部");
  const num = east.reduce((a, c) => a + income.get(`income_per_capita_all|${c}|2024`)! * pop.get(`population_year_end|${c}|2024`)!, 0);
  const den = east.reduce((a, c) => a + pop.get(`population_year_end|${c}|2024`)!, 0);
  assert.ok(Math.abs(region("东部").income.value! - num / den) < 1e-6);
});

test("retail sales: levels add; growth is nominal on the previous year's sum", () => {
  const west = members("西部");
  const s24 = west.reduce((a, c) => a + retail.get(`retail_sales|${c}|2024`)!, 0);
  const s23 = west.reduce((a, c) => a + retail.get(`retail_sales|${c}|2023`)!, 0);
  assert.ok(Math.abs(region("西部").retail.value! - s24) < 1e-6);
  assert.ok(Math.abs(region("西部").retailNominalGrowth! - 100 * (s24 / s23 - 1)) < 1e-9);
});

test("FAI growth is not aggregated: negative provinces counted, national value as published", () => {
  assert.equal(facts.nationalFai, inv.get("fai_growth_excl_rural_jan_dec|100000|2024"));
  for (const r of facts.regions) {
    const neg = members(r.name).filter((c) => inv.get(`fai_growth_excl_rural_jan_dec|${c}|2024`)! < 0);
    assert.deepEqual([...r.faiNegative].sort(), neg.sort(), r.name);
  }
});

test("population-weighted mean: a missing member or weight makes it missing", () => {
  const holed = new Dataset("holed", ds.all().filter((o) => !(o.regionCode === "220000" && o.indicator === "population_year_end" && o.year === 2024)), ds.sources);
  const v = groupPopulationWeightedMean(holed, "income_per_capita_all", members("东北"), 2024);
  assert.equal(v.value, undefined);
  assert.deepEqual(v.missing, ["220000"]);
  const holedFacts = challengesFacts(holed, registry, 2024);
  assert.deepEqual(holedFacts.judgements.highestIncome, []); // no judgement over part of the regions
  assert.equal(holedFacts.judgements.incomeRatio, undefined);
});
