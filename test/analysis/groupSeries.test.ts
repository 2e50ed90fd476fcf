/**
 * Group series (levels, shares, real growth of groupings over years): known answers from the data
 * files with independent arithmetic, and equality with the report's growth-pattern facts, so the
 * dashboard's compare page prints the report's numbers.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import fc from "fast-check";
import { loadFolderDataset } from "../../src/data/folder.js";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { Dataset } from "../../src/data/dataset.js";
import { growthPatternFacts } from "../../src/analysis/growthPattern.js";
import { groupSeries, measuresOf } from "../../src/analysis/groupSeries.js";
import { roundShares } from "../../src/stats/rounding.js";
import { RegeconError } from "../../src/types/errors.js";
import { ALL_PROVINCES, bundledTable, groupMembers, round } from "../helpers/tidyCsv.js";

const registry = loadRegistry();
const ds = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const gdp = bundledTable("gdp.csv");
const pop = bundledTable("population.csv");
const gdpYears = ds.years("gdp_current");

test("四大板块 and 南北 shares equal the report's growth-pattern shares in every year (values and displayed figures)", () => {
  for (const [grouping, pick] of [
    ["四大板块", (f: ReturnType<typeof growthPatternFacts>) => f.regions],
    ["南北", (f: ReturnType<typeof growthPatternFacts>) => f.northSouth],
  ] as const) {
    const series = groupSeries(ds, registry, { grouping, indicator: "gdp_current", measure: "share", years: gdpYears });
    for (const [i, year] of gdpYears.entries()) {
      const facts = pick(growthPatternFacts(ds, registry, { year }));
      for (const [k, g] of series.groups.entries()) {
        assert.equal(g.name, facts[k]!.name);
        assert.ok(Math.abs(g.points[i]!.value.value! - facts[k]!.share!) < 1e-9, `${grouping} ${g.name} ${year}`);
        assert.equal(g.points[i]!.shown, facts[k]!.shareDisplay, `${grouping} ${g.name} ${year} displayed`);
      }
    }
  }
});

test("2024 东部 share is 52.40 from the bundled data (independent sum over the CSV) and from the report's preliminary totals", () => {
  const east = groupMembers("四大板块", "东部");
  let part = 0;
  let total = 0;
  for (const c of east) part += gdp.get(`gdp_current|${c}|2024`)!;
  for (const c of ALL_PROVINCES) total += gdp.get(`gdp_current|${c}|2024`)!;
  const bundled = groupSeries(ds, registry, { grouping: "四大板块", indicator: "gdp_current", measure: "share", years: [2024] });
  assert.equal(round((100 * part) / total, 2), 52.4);
  assert.equal(bundled.groups[0]!.points[0]!.shown, 52.4);
  // The report's own figures: 东部 702356亿元 52.40%, 中部 21.43, 西部 21.44, 东北 4.73 (reference report, 2024 preliminary).
  const prelim = loadFolderDataset(path.join(BUNDLED_DATA_DIR, "report-2024-prelim"), registry);
  const s = groupSeries(prelim, registry, { grouping: "四大板块", indicator: "gdp_current", measure: "share", years: [2024] });
  assert.deepEqual(s.groups.map((g) => g.points[0]!.shown), [52.4, 21.43, 21.44, 4.73]);
  assert.equal(s.denominators![0]!.kind, "groupTotals");
  assert.ok(s.groups.every((g) => g.points[0]!.value.publishedTotal));
});

test("real growth equals the report's regional real growth (previous-year-GDP weights); 西部 2024 = 5.1 (5.149)", () => {
  const years = [2017, 2020, 2024];
  const series = groupSeries(ds, registry, { grouping: "四大板块", indicator: "gdp_current", measure: "realGrowth", years });
  years.forEach((year, i) => {
    const facts = growthPatternFacts(ds, registry, { year });
    series.groups.forEach((g, k) => assert.equal(g.points[i]!.shown, facts.regions[k]!.realGrowth.value));
  });
  assert.equal(series.decimals, 1);
  assert.ok(Math.abs(series.groups[2]!.points[2]!.value.value! - 5.149) < 0.001); // DOMAIN notes: 西部 5.149
});

test("levels are sums of members; per capita is ΣGDP / Σpopulation × 10⁴, not a mean of ratios", () => {
  const east = groupMembers("四大板块", "东部");
  const level = groupSeries(ds, registry, { grouping: "四大板块", indicator: "gdp_current", measure: "level", years: [2023] });
  const expected = east.reduce((a, c) => a + gdp.get(`gdp_current|${c}|2023`)!, 0);
  assert.ok(Math.abs(level.groups[0]!.points[0]!.value.value! - expected) < 1e-6);
  const perCapita = groupSeries(ds, registry, { grouping: "四大板块", indicator: "gdp_per_capita", measure: "level", years: [2023] });
  const people = east.reduce((a, c) => a + pop.get(`population_year_end|${c}|2023`)!, 0);
  assert.ok(Math.abs(perCapita.groups[0]!.points[0]!.value.value! - (expected / people) * 1e4) < 1e-6);
  assert.equal(perCapita.decimals, 0);
});

test("a missing member makes the group missing and names the member (never a partial sum)", () => {
  const without = new Dataset("test", ds.all().filter((o) => !(o.regionCode === "410000" && o.indicator === "gdp_current" && o.year === 2024)), ds.sources);
  const s = groupSeries(without, registry, { grouping: "四大板块", indicator: "gdp_current", measure: "share", years: [2024] });
  const central = s.groups.find((g) => g.name === "中部")!.points[0]!;
  assert.equal(central.value.value, undefined);
  assert.deepEqual(central.value.missing, ["410000"]);
  // Σ31 is missing too, and 四大板块 has no published totals here: every share is missing.
  assert.ok(s.groups.every((g) => g.points[0]!.shown === undefined));
});

test("overlapping groups (区域重大战略) are not a partition; yearly membership follows the years (黄河流域 from 2019)", () => {
  const s = groupSeries(ds, registry, { grouping: "区域重大战略", indicator: "gdp_current", measure: "share", years: [2018, 2019], membership: "yearly" });
  assert.equal(s.partition, false);
  const yellow = s.groups.find((g) => g.name === "黄河流域")!;
  assert.equal(yellow.points[0]!.value.value, undefined);
  assert.ok(yellow.points[1]!.value.value! > 0);
  assert.ok(s.compositionChanges.some((c) => c.group === "黄河流域" && c.validFrom === 2019));
  assert.ok(!s.groups.some((g) => g.name === "粤港澳大湾区"), "city-level groups need city data");
});

test("measures by aggregation kind; a measure that does not apply is BAD_ARGUMENT", () => {
  assert.deepEqual(measuresOf("gdp_current"), ["level", "share", "realGrowth"]);
  assert.deepEqual(measuresOf("retail_sales"), ["level", "share"]);
  assert.deepEqual(measuresOf("gdp_per_capita"), ["level"]);
  assert.deepEqual(measuresOf("income_per_capita_all"), []);
  assert.throws(() => groupSeries(ds, registry, { grouping: "四大板块", indicator: "gdp_per_capita", measure: "share", years: [2024] }), (e: unknown) => e instanceof RegeconError && e.code === "BAD_ARGUMENT");
  assert.throws(() => groupSeries(ds, registry, { grouping: "nope", indicator: "gdp_current", measure: "level", years: [2024] }), (e: unknown) => e instanceof RegeconError && e.code === "UNKNOWN_GROUPING");
});

test("roundShares: shares of a partition add to exactly 100 after rounding; otherwise half-up; missing stays missing", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 1e6 }), { minLength: 2, maxLength: 8 }), (parts) => {
      const total = parts.reduce((a, b) => a + b, 0);
      const shown = roundShares(parts.map((p) => (100 * p) / total), 2) as number[];
      assert.equal(Math.round(shown.reduce((a, b) => a + b, 0) * 100), 10000);
    }),
  );
  assert.deepEqual(roundShares([33.335, 33.335, 30], 2), [33.34, 33.34, 30]); // sum 96.67 ≠ 100: half-up each
  assert.deepEqual(roundShares([50.005, undefined], 2), [50.01, undefined]);
});

test("fixed membership (the default) counts the last year's members in every year: the report's strategy shares since 2014", () => {
  const years = gdpYears.filter((y) => y >= 2014 && y <= 2024);
  const fixed = groupSeries(ds, registry, { grouping: "区域重大战略", indicator: "gdp_current", measure: "share", years });
  assert.equal(fixed.membership, "fixed");
  assert.equal(fixed.membershipYear, 2024);
  const shown = (name: string, y: number) => fixed.groups.find((g) => g.name === name)!.points.find((p) => p.year === y)!.shown;
  // The report (区域重大战略): 长三角 24.75%, "比2014年上升1.13个百分点"; 黄河流域 25.13%, "比2014年下降0.47个百分点";
  // "2014~2024年各年均按2024年的成员范围计算" (with 安徽 and 黄河流域 before 2019).
  assert.deepEqual([shown("长三角", 2014), shown("长三角", 2024)], [23.62, 24.75]);
  assert.deepEqual([shown("黄河流域", 2014), shown("黄河流域", 2024)], [25.6, 25.13]);
  // Independent arithmetic: 长三角 2014 = (上海 + 江苏 + 浙江 + 安徽) ÷ Σ31 × 100.
  const sum31 = ALL_PROVINCES.reduce((a, c) => a + gdp.get(`gdp_current|${c}|2014`)!, 0);
  const delta = ["310000", "320000", "330000", "340000"].reduce((a, c) => a + gdp.get(`gdp_current|${c}|2014`)!, 0);
  assert.equal(round(fixed.groups.find((g) => g.name === "长三角")!.points[0]!.value.value!, 10), round((100 * delta) / sum31, 10));
  // Yearly membership: 长三角 without 安徽 before 2019, 黄河流域 missing before 2019; the same from 2019 on.
  const yearly = groupSeries(ds, registry, { grouping: "区域重大战略", indicator: "gdp_current", measure: "share", years, membership: "yearly" });
  const yShown = (name: string, y: number) => yearly.groups.find((g) => g.name === name)!.points.find((p) => p.year === y)!.shown;
  assert.ok(yShown("长三角", 2014)! < 23.62);
  assert.equal(yShown("黄河流域", 2014), undefined);
  for (const y of years.filter((x) => x >= 2019)) for (const g of ["长三角", "黄河流域"]) assert.equal(yShown(g, y), shown(g, y), `${g} ${y}`);
});

test("groupings whose members never change give the same series with either membership", () => {
  for (const grouping of ["四大板块", "南北"]) {
    const a = groupSeries(ds, registry, { grouping, indicator: "gdp_current", measure: "share", years: gdpYears, membership: "fixed" });
    const b = groupSeries(ds, registry, { grouping, indicator: "gdp_current", measure: "share", years: gdpYears, membership: "yearly" });
    assert.deepEqual(a.groups, b.groups, grouping);
  }
});
