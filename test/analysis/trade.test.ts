/** Known answers for goods trade by region, computed here from data/nbs/trade.csv with plain arithmetic. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { tradeFacts } from "../../src/analysis/trade.js";
import { ALL_PROVINCES, bundledTable, groupMembers, round } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const trade = bundledTable("trade.csv");
const t = tradeFacts(ds, registry, 2024);
const total = (ind: string, codes: string[], year: number) => codes.reduce((a, c) => a + trade.get(`${ind}|${c}|${year}`)!, 0);

test("region totals 2023 and 2024 under both allocations (千美元) and their growth in US dollars", () => {
  assert.deepEqual(t.totals.map((x) => x.indicator), ["trade_total_by_operator_location", "trade_total_by_destination_source"]);
  for (const x of t.totals) {
    for (const r of x.regions) {
      const ms = groupMembers("四大板块", r.name);
      assert.equal(r.before.value, total(x.indicator, ms, 2023), `${x.indicator} ${r.name} 2023`);
      assert.ok(Math.abs(r.after.value! - total(x.indicator, ms, 2024)) < 1e-3, `${x.indicator} ${r.name} 2024`);
      assert.ok(Math.abs(r.growth! - 100 * (total(x.indicator, ms, 2024) / total(x.indicator, ms, 2023) - 1)) < 1e-9);
    }
    assert.ok(Math.abs(x.provinceSum.after.value! - total(x.indicator, ALL_PROVINCES, 2024)) < 1e-3);
  }
  // hand values: 东部 by operator location 47153 → 49088 亿美元 (+4.1%); 中部 −1.7%
  const op = t.totals[0]!.regions;
  assert.equal(round(op[0]!.after.value! / 1e5, 0), 49088);
  assert.deepEqual(op.map((r) => round(r.growth!, 1)), [4.1, -1.7, 7.0, 0.5]);
});

test("exports exist for 2014–2019 only: the section says totals, not exports", () => {
  assert.deepEqual(t.exportYears, [2014, 2015, 2016, 2017, 2018, 2019]);
});

test("before the first year of the data: region values and growth are missing, not 0", () => {
  const early = tradeFacts(ds, registry, 2014);
  assert.equal(early.totals[0]!.regions[0]!.before.value, undefined);
  assert.equal(early.totals[0]!.regions[0]!.growth, undefined);
  assert.notEqual(early.totals[0]!.regions[0]!.after.value, undefined);
});
