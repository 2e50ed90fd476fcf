/**
 * The growth-pattern claims the report states, checked against an independent computation from the
 * bundled CSVs (data/nbs/gdp.csv, growth.csv, population.csv) read here with a plain line parser and
 * the four regions and the north–south split typed in from DOMAIN.md by GB/T 2260 code — not through
 * the registry, the Dataset or any analysis module. Hand values quoted next to an assertion are the
 * figures this computation gives; where the reference report states the same claim it is named.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { loadRegistry } from "../../src/data/registry.js";
import { growthPatternFacts } from "../../src/analysis/growthPattern.js";
import { regionalGaps } from "../../src/analysis/regionalGap.js";

// ---- an independent reading of the CSVs ---------------------------------------------------------

/** indicator → code → year → value, from the tidy CSVs (no quoted fields in these files). */
function readCsv(file: string): Map<string, Map<string, Map<number, number>>> {
  const out = new Map<string, Map<string, Map<number, number>>>();
  const lines = fs.readFileSync(path.join(DEFAULT_DATASET_DIR, file), "utf8").trim().split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [code, , year, indicator, value] = line.split(",");
    if (!out.has(indicator!)) out.set(indicator!, new Map());
    const byCode = out.get(indicator!)!;
    if (!byCode.has(code!)) byCode.set(code!, new Map());
    byCode.get(code!)!.set(Number(year), Number(value));
  }
  return out;
}
const gdp = readCsv("gdp.csv").get("gdp_current")!;
const index = readCsv("growth.csv").get("gdp_index_prev_year")!;
const population = readCsv("population.csv").get("population_year_end")!;

const REGIONS: Record<string, string[]> = {
  east: ["110000", "120000", "130000", "310000", "320000", "330000", "350000", "370000", "440000", "460000"],
  central: ["140000", "340000", "360000", "410000", "420000", "430000"],
  west: ["150000", "450000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000"],
  northeast: ["210000", "220000", "230000"],
};
const NORTH = ["110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "370000", "410000", "610000", "620000", "630000", "640000", "650000"];
const ALL = Object.values(REGIONS).flat();
const r1 = (x: number) => Math.round(x * 10) / 10;
const total = (codes: string[], year: number) => codes.reduce((s, c) => s + gdp.get(c)!.get(year)!, 0);
const growthOf = (c: string, year: number) => r1(index.get(c)!.get(year)! - 100);
/** Competition rank, descending: 1 + the number of strictly larger values. */
const rankIn = (values: Map<string, number>, c: string) => 1 + [...values.values()].filter((v) => v > values.get(c)!).length;
const gdp2024 = new Map(ALL.map((c) => [c, gdp.get(c)!.get(2024)!]));
const growth2024 = new Map(ALL.map((c) => [c, growthOf(c, 2024)]));
const comparator = r1(ALL.reduce((s, c) => s + growthOf(c, 2024) * gdp.get(c)!.get(2023)!, 0) / total(ALL, 2023));

// ---- the facts under test --------------------------------------------------------------------------

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const facts = growthPatternFacts(dataset, registry, { year: 2024 });
const codesOf = (ps: readonly { code: string }[]) => ps.map((p) => p.code).sort();
const region = (id: string) => facts.regions.find((g) => g.id === id)!;

test("provincial ranks by GDP and growth, with ties, as computed from the CSVs", () => {
  for (const p of facts.provinces) {
    assert.equal(p.gdpRank, rankIn(gdp2024, p.code), `GDP rank of ${p.name}`);
    assert.equal(p.growthRank, rankIn(growth2024, p.code), `growth rank of ${p.name}`);
    const tied = [...growth2024.entries()].some(([c, v]) => c !== p.code && v === growth2024.get(p.code));
    assert.equal(p.growthTied, tied, `growth tie of ${p.name}`);
  }
  // Receipt: 西藏 6.5 (1st), 新疆 6.1 (2nd), 内蒙古、安徽、甘肃 5.8 (joint 3rd), as the reference report's ranking of 2024.
  assert.deepEqual(codesOf(facts.provinces.filter((p) => p.growthRank === 3)), ["150000", "340000", "620000"]);
});

test("size bands: every province in the band its CSV GDP falls in", () => {
  const bandOf = (v: number) => [100000, 50000, 40000, 30000, 20000, 10000, 0].find((b) => v >= b)!;
  for (const { band, provinces } of facts.bands) for (const p of provinces) assert.equal(bandOf(gdp2024.get(p.code)!), band, p.name);
  assert.equal(facts.bands.flatMap((b) => b.provinces).length, 31);
  // Receipt: above 10万亿元 广东 141488.9 and 江苏 136696.9; below 1万亿元 海南, 宁夏, 青海, 西藏.
  assert.deepEqual(codesOf(facts.bands.find((b) => b.band === 100000)!.provinces), ["320000", "440000"]);
  assert.deepEqual(codesOf(facts.bands.find((b) => b.band === 0)!.provinces), ["460000", "540000", "630000", "640000"]);
});

test("the national top ten by GDP and by growth, per region, and how many are southern", () => {
  for (const [id, members] of Object.entries(REGIONS)) {
    assert.deepEqual(codesOf(region(id).topTenGdp), members.filter((c) => rankIn(gdp2024, c) <= 10).sort(), `${id} GDP`);
    assert.deepEqual(codesOf(region(id).topTenGrowth), members.filter((c) => rankIn(growth2024, c) <= 10).sort(), `${id} growth`);
  }
  const southIn = (m: Map<string, number>) => ALL.filter((c) => rankIn(m, c) <= 10 && !NORTH.includes(c)).length;
  const south = facts.northSouth.find((g) => g.id === "south")!;
  assert.equal(south.topTenGdp.length, southIn(gdp2024));
  assert.equal(south.topTenGrowth.length, southIn(growth2024));
  // Receipt: 8 of the GDP top ten and 6 of the growth top ten are southern, as the reference report says.
  assert.equal(southIn(gdp2024), 8);
  assert.equal(southIn(growth2024), 6);
});

test("members above, equal to and below the comparator, per region", () => {
  assert.equal(facts.comparator?.value, comparator); // 5.0: the 31 provinces weighted by 2023 GDP
  for (const [id, members] of Object.entries(REGIONS)) {
    const g = region(id);
    const a = g.againstComparator;
    assert.deepEqual(codesOf([...a.higher, ...a.slightlyHigher]), members.filter((c) => growthOf(c, 2024) > comparator).sort(), `${id} above`);
    assert.deepEqual(codesOf(a.same), members.filter((c) => growthOf(c, 2024) === comparator).sort(), `${id} same`);
    assert.deepEqual(codesOf([...a.lower, ...a.slightlyLower]), members.filter((c) => growthOf(c, 2024) < comparator).sort(), `${id} below`);
  }
  // Receipt: in the East 天津 and 上海 (4.9) are slightly below 5.0 (略低于), 海南 (3.8) and 广东 (3.5) below;
  // 北京 (5.1) is slightly above.
  const east = region("east").againstComparator;
  assert.deepEqual(codesOf(east.slightlyLower), ["120000", "310000"]);
  assert.deepEqual(codesOf(east.lower), ["440000", "460000"]);
  assert.deepEqual(codesOf(east.slightlyHigher), ["110000"]);
});

test("four-region shares of the 31-province sum in 2023 and 2024 and their change", () => {
  for (const [id, members] of Object.entries(REGIONS)) {
    const g = region(id);
    assert.ok(Math.abs(g.share! - (100 * total(members, 2024)) / total(ALL, 2024)) < 1e-9, `${id} 2024`);
    assert.ok(Math.abs(g.sharePrev! - (100 * total(members, 2023)) / total(ALL, 2023)) < 1e-9, `${id} 2023`);
  }
  // Receipt (displayed, largest remainder): 2024 52.40 / 21.42 / 21.45 / 4.73; 2023 52.40 / 21.42 / 21.37 / 4.81.
  assert.deepEqual(facts.regions.map((g) => g.shareDisplay), [52.4, 21.42, 21.45, 4.73]);
  assert.deepEqual(facts.regions.map((g) => g.sharePrevDisplay), [52.4, 21.42, 21.37, 4.81]);
  assert.deepEqual(facts.regions.map((g) => g.shareChange), [0, 0, 0.08, -0.08]);
});

test("milestones within the years held: first crossings of a whole 万亿元 and the first province above 14万亿元", () => {
  const years = [...gdp.get("440000")!.keys()].sort((a, b) => a - b);
  assert.equal(years[0], 2006);
  const crossed = ALL.flatMap((c) => {
    const now = gdp.get(c)!.get(2024)!;
    const level = Math.floor(now / 10000) * 10000;
    const before = Math.max(...years.filter((y) => y < 2024).map((y) => gdp.get(c)!.get(y)!));
    return level > 0 && before < level ? [{ code: c, level }] : [];
  });
  assert.deepEqual([...facts.history.crossings].sort((a, b) => a.code.localeCompare(b.code)), crossed.sort((a, b) => a.code.localeCompare(b.code)));
  // Receipt: 广东 14万亿元 (137905.4 → 141488.9), 浙江 9 (85619.6 → 90007.0, the reference's "首次突破9万亿元"), 安徽 5, 新疆 2.
  assert.deepEqual(crossed.map((x) => `${x.code}:${x.level}`).sort(), ["330000:90000", "340000:50000", "440000:140000", "650000:20000"]);
  const everBefore = Math.max(...ALL.flatMap((c) => years.filter((y) => y < 2024).map((y) => gdp.get(c)!.get(y)!)));
  assert.ok(everBefore < 140000); // nobody had reached 14万亿元: 广东 is the first ("全国首个超过14万亿元的省份")
  assert.deepEqual(facts.history.firstNationally, { code: "440000", level: 140000 });
  // The national total: 129.4万亿元 in 2023, 134.9万亿元 in 2024 → first above 130万亿元 within 2015–2024.
  assert.deepEqual(facts.history.national, { level: 1300000, firstYear: 2015 });
});

test("rank streaks: 广东、江苏、山东、浙江 first to fourth in every year held (2006–2024)", () => {
  const years = [...gdp.get("440000")!.keys()].sort((a, b) => a - b);
  const rankAt = (c: string, y: number) => rankIn(new Map(ALL.map((x) => [x, r1(gdp.get(x)!.get(y)!)])), c);
  const expected = ALL.flatMap((c) => {
    const r = rankAt(c, 2024);
    if (r > 5) return [];
    let since = 2024;
    while (years.includes(since - 1) && rankAt(c, since - 1) === r) since--;
    return 2024 - since + 1 >= 3 ? [{ code: c, rank: r, years: 2024 - since + 1, since }] : [];
  });
  assert.deepEqual(
    facts.history.streaks.map(({ code, rank, years, since }) => ({ code, rank, years, since })),
    expected.sort((a, b) => a.rank - b.rank),
  );
  assert.deepEqual(expected.map((s) => `${s.code}:${s.rank}:${s.years}`), ["440000:1:19", "320000:2:19", "370000:3:19", "330000:4:19"]);
});

test("between regions: East/West per-capita GDP ratio narrowed and the difference widened, 2015–2024", () => {
  const perCapita = (codes: string[], y: number) => (total(codes, y) / codes.reduce((s, c) => s + population.get(c)!.get(y)!, 0)) * 1e4;
  const ratio = (y: number) => perCapita(REGIONS.east!, y) / perCapita(REGIONS.west!, y);
  const diff = (y: number) => perCapita(REGIONS.east!, y) - perCapita(REGIONS.west!, y);
  const ew = regionalGaps(dataset, registry, 2024).find((g) => g.low.id === "west")!;
  const at = (y: number) => ew.years.find((r) => r.year === y)!;
  for (const y of [2015, 2024]) {
    assert.ok(Math.abs(at(y).ratio! - ratio(y)) < 1e-12, `ratio ${y}`);
    assert.ok(Math.abs(at(y).difference! - diff(y)) < 1e-6, `difference ${y}`);
  }
  // Receipt: ratio 1.80 → 1.65, difference 30308 → 48489 元: 相对差距缩小、绝对差距扩大.
  assert.deepEqual([ratio(2015).toFixed(2), ratio(2024).toFixed(2), diff(2015).toFixed(0), diff(2024).toFixed(0)], ["1.80", "1.65", "30308", "48489"]);
  assert.deepEqual(ew.judgement, { relative: "narrowed", absolute: "widened" });
  assert.deepEqual([ew.firstYear, ew.lastYear], [2015, 2024]);
});
