/**
 * Known answers for the growth of income, consumption and retail sales by region in 2023 and 2024 by the
 * two methods, computed here from the data CSVs with plain arithmetic (test/helpers/tidyCsv.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { regionalGrowthFacts } from "../../src/analysis/regionalGrowth.js";
import { bundledTable, groupMembers, round } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const facts = regionalGrowthFacts(ds, registry, 2024);
const tables = { income_per_capita_all: bundledTable("income.csv"), consumption_per_capita_all: bundledTable("consumption.csv"), retail_sales: bundledTable("retail.csv") } as Record<string, Map<string, number>>;
const pop = bundledTable("population.csv");
const REGIONS = ["东部", "中部", "西部", "东北"];

/** Population-weighted mean of a per-capita indicator, or the sum of a level, over a region's members. */
function aggregate(indicator: string, members: string[], year: number): number {
  const t = tables[indicator]!;
  if (indicator === "retail_sales") return members.reduce((a, c) => a + t.get(`${indicator}|${c}|${year}`)!, 0);
  const w = members.map((c) => pop.get(`population_year_end|${c}|${year}`)!);
  return members.reduce((a, c, i) => a + t.get(`${indicator}|${c}|${year}`)! * w[i]!, 0) / w.reduce((a, b) => a + b, 0);
}

test("both methods for every indicator, region and year, from the CSVs", () => {
  assert.deepEqual(facts.map((f) => f.indicator), ["income_per_capita_all", "consumption_per_capita_all", "retail_sales"]);
  for (const f of facts) {
    assert.deepEqual(f.years, [2023, 2024]);
    for (const name of REGIONS) {
      const ms = groupMembers("四大板块", name);
      const r = f.regions.find((x) => x.name === name)!;
      for (const [k, year] of [2023, 2024].entries()) {
        const agg = 100 * (aggregate(f.indicator, ms, year) / aggregate(f.indicator, ms, year - 1) - 1);
        const t = tables[f.indicator]!;
        const mean = ms.reduce((a, c) => a + 100 * (t.get(`${f.indicator}|${c}|${year}`)! / t.get(`${f.indicator}|${c}|${year - 1}`)! - 1), 0) / ms.length;
        assert.ok(Math.abs(r.byYear[k]!.aggregate! - agg) < 1e-9, `${f.indicator} ${name} ${year} aggregate`);
        assert.ok(Math.abs(r.byYear[k]!.meanOfProvinces! - mean) < 1e-9, `${f.indicator} ${name} ${year} mean`);
      }
    }
  }
});

test("hand values: 东部 income 5.8 → 4.9 (weighted) and 5.9 → 4.9 (mean of provinces, the reference report's 5.86 → 4.90)", () => {
  const east = facts[0]!.regions.find((r) => r.name === "东部")!;
  assert.deepEqual(east.byYear.map((b) => round(b.aggregate!, 1)), [5.8, 4.9]);
  assert.deepEqual(east.byYear.map((b) => round(b.meanOfProvinces!, 2)), [5.85, 4.88]);
  // 西部 by the simple mean: 6.43 → 5.85 (the reference report: 6.46 → 5.85)
  const west = facts[0]!.regions.find((r) => r.name === "西部")!;
  assert.deepEqual(west.byYear.map((b) => round(b.meanOfProvinces!, 2)), [6.43, 5.85]);
});

test("every region slowed in 2024 by both methods (回落 by the one comparison rule); the methods agree", () => {
  for (const f of facts) {
    assert.equal(f.common.aggregate, "lower", f.indicator);
    assert.equal(f.common.meanOfProvinces, "lower", f.indicator);
    assert.equal(f.methodsAgree, true, f.indicator);
  }
});

test("a member without the previous year's level: that region's growth is missing by both methods, and no common direction", () => {
  const holed = new Dataset("holed", ds.all().filter((o) => !(o.indicator === "income_per_capita_all" && o.regionCode === "210000" && o.year === 2022)), ds.sources);
  const f = regionalGrowthFacts(holed, registry, 2024)[0]!;
  const ne = f.regions.find((r) => r.name === "东北")!;
  assert.equal(ne.byYear[0]!.aggregate, undefined);
  assert.equal(ne.byYear[0]!.meanOfProvinces, undefined);
  assert.deepEqual(ne.byYear[0]!.missing, ["210000"]);
  assert.notEqual(ne.byYear[1]!.aggregate, undefined);
  assert.equal(f.common.aggregate, undefined);
  assert.equal(f.methodsAgree, undefined);
});
