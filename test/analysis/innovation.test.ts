/**
 * Known answers for the R&D facts, computed here from data/nbs/rd.csv with plain arithmetic
 * (test/helpers/tidyCsv.ts), not via the code under test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { innovationFacts } from "../../src/analysis/innovation.js";
import { ALL_PROVINCES, bundledTable, groupMembers, round } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const rd = bundledTable("rd.csv");
const gdp = bundledTable("gdp.csv");
const f = innovationFacts(ds, registry, 2024);
const exp = (c: string) => rd.get(`rd_expenditure|${c}|2024`)!;
const int = (c: string) => rd.get(`rd_intensity|${c}|2024`)!;

test("provinces: published intensity, competition rank, change from the revised 2023 intensity", () => {
  const sorted = [...ALL_PROVINCES].sort((a, b) => int(b) - int(a));
  for (const p of f.provinces) {
    assert.equal(p.intensity, int(p.code));
    assert.equal(p.expenditure, exp(p.code));
    assert.equal(p.rank, 1 + sorted.filter((c) => int(c) > int(p.code)).length, p.name);
    assert.equal(p.change!.points, round(int(p.code) - rd.get(`rd_intensity_revised|${p.code}|2023`)!, 2), p.name);
  }
  assert.deepEqual(f.judgements.top.map((p) => p.name), ["北京", "上海", "广东", "天津", "江苏"]);
  // 7 provinces above the national 2.69: 北京 上海 广东 天津 江苏 浙江 安徽
  assert.equal(f.judgements.aboveNational.length, ALL_PROVINCES.filter((c) => int(c) > 2.69).length);
  assert.equal(f.judgements.aboveNational.length, 7);
  assert.deepEqual([f.judgements.rose.length, f.judgements.fell.map((p) => p.name), f.judgements.unchanged.map((p) => p.name)], [29, ["天津"], ["甘肃"]]);
  assert.deepEqual(f.judgements.largestRise.map((p) => p.name), ["北京", "上海"]); // both +0.36
  assert.deepEqual(f.national, { expenditure: 36326.8, intensity: 2.69, previous: 2.58, change: { direction: "rose", points: 0.11 } });
});

test("regions: ΣR&D and its share; intensity on the published basis (implied GDP), never the database GDP", () => {
  const sum = ALL_PROVINCES.reduce((a, c) => a + exp(c), 0);
  assert.equal(round(sum, 1), 36326.8); // = the national row
  for (const r of f.regions) {
    const ms = groupMembers("四大板块", r.name);
    const rds = ms.reduce((a, c) => a + exp(c), 0);
    const implied = ms.reduce((a, c) => a + (exp(c) / int(c)) * 100, 0);
    assert.ok(Math.abs(r.expenditure.value! - rds) < 1e-9);
    assert.ok(Math.abs(r.share! - (100 * rds) / sum) < 1e-9);
    assert.ok(Math.abs(r.intensity!.value - (100 * rds) / implied) < 1e-12, r.name);
    assert.ok(r.intensity!.low < r.intensity!.value && r.intensity!.value < r.intensity!.high);
    // the database GDP gives another figure: not the one stated
    const dbGdp = ms.reduce((a, c) => a + gdp.get(`gdp_current|${c}|2024`)!, 0);
    assert.notEqual(round(r.intensity!.value, 3), round((100 * rds) / dbGdp, 3), r.name);
  }
  // hand values: 东部 3.39 (3.38–3.39), 中部 2.29, 西部 1.66 (1.65–1.66), 东北 1.91: the bounds agree at one decimal only
  assert.equal(f.regionDecimals, 1);
  assert.deepEqual(f.regions.map((r) => round(r.intensity!.value, 1)), [3.4, 2.3, 1.7, 1.9]);
  assert.deepEqual(f.judgements.highestRegion.map((r) => r.name), ["东部"]);
  assert.deepEqual(f.judgements.lowestRegion.map((r) => r.name), ["西部"]);
});

test("a province without R&D: its region's intensity is missing and no region is called highest or lowest", () => {
  const holed = new Dataset("holed", ds.all().filter((o) => !(o.regionCode === "230000" && o.indicator === "rd_intensity")), ds.sources);
  const g = innovationFacts(holed, registry, 2024);
  assert.equal(g.regions.find((r) => r.name === "东北")!.intensity, undefined);
  assert.deepEqual(g.judgements.highestRegion, []);
  assert.equal(g.provinces.find((p) => p.code === "230000")!.rank, undefined);
  assert.equal(g.provinces.find((p) => p.code === "230000")!.change, undefined);
});
