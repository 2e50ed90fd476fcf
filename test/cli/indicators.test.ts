/**
 * Issue 8 item 8: `regecon indicators` is the users' map of the data: every catalogue indicator (and every
 * user-created one) with its names, unit, aggregation, and the years, provinces and vintages the store holds.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { IndicatorEntry } from "../../src/cli/indicators.js";
import { indicatorCatalogue } from "../../src/data/indicators.js";
import { loadRegistry } from "../../src/data/registry.js";
import { Store } from "../../src/data/store/store.js";
import { runCli } from "../helpers/cli.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-indicators-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

test("regecon indicators lists the catalogue with names, unit, aggregation, years, provinces and vintages (zh, en, --json)", async () => {
  const db = path.join(tmp, "regecon.duckdb");
  (await Store.open(db, loadRegistry())).close();
  const zh = await runCli(["indicators", "--db", db]);
  assert.equal(zh.code, 0, zh.err);
  const lines = zh.out.trimEnd().split("\n");
  assert.match(lines[0]!, /^id\s+名称\s+单位\s+汇总方式\s+年份\s+省份\s+版本$/);
  // data/nbs holds gdp_current 2006–2024 for the 31 provinces and the national total (vintage nbs-db-post5census)
  assert.match(zh.out, /\ngdp_current\s+地区生产总值\s+亿元\s+总量：地区相加\s+2006–2024\s+31\+全国\s+nbs-db-post5census\n/);
  assert.match(zh.out, /\ngdp_per_capita\s+人均地区生产总值\s+元\/人\s+比率：Σgdp_current ÷ Σpopulation_year_end\s/);
  assert.match(zh.out, /\nva_finance\s+金融业增加值\s+亿元\s+总量：地区相加\s+无数据\s+—\s+—\n/);
  assert.equal(lines.length, 1 + indicatorCatalogue().size);
  const en = await runCli(["indicators", "--db", db, "--lang", "en"]);
  assert.match(en.out, /\ngdp_current\s+GDP \(current prices\)\s+100 million yuan\s+level: sum of regions\s+2006–2024\s+31 \+ national\s+nbs-db-post5census\n/);
  assert.doesNotMatch(en.out, /[\u4e00-\u9fff]/);
  const json = JSON.parse((await runCli(["indicators", "--db", db, "--json"])).out) as IndicatorEntry[];
  const gdp = json.find((e) => e.id === "gdp_current")!;
  assert.deepEqual(
    { name: gdp.name, unit: gdp.unit, aggregation: gdp.aggregation, firstYear: gdp.firstYear, lastYear: gdp.lastYear, provinces: gdp.provinces, national: gdp.national, vintages: gdp.vintages },
    { name: { zh: "地区生产总值", en: "GDP (current prices)" }, unit: { zh: "亿元", en: "100 million yuan" }, aggregation: "level", firstYear: 2006, lastYear: 2024, provinces: 31, national: true, vintages: ["nbs-db-post5census"] },
  );
  // an indicator created by an import is listed too, with a county code counted apart from the provinces
  const file = path.join(tmp, "new.csv");
  writeFileSync(file, "region,year,indicator,value,unit\n北京,2020,patents_granted,5,件\n北京,2022,patents_granted,6,件\n110101,2022,patents_granted,1,件\n");
  assert.equal((await runCli(["import", file, "--new-indicators", "--allow-subprovincial", "--db", db])).code, 0);
  const after2 = await runCli(["indicators", "--db", db, "--lang", "en"]);
  assert.match(after2.out, /\npatents_granted\s+patents_granted\s+件\s+user-defined \(--new-indicators\)\s+2020–2022 \(2 years\)\s+1, 1 other regions\s+import-\d+\n$/);
});
