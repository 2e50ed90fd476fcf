/**
 * The growth-pattern narrative from minimal hand-made facts: it phrases the decisions it is given
 * (facts.judgements) and the numbers in the facts, in both languages, and says what is missing.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { GroupFact, GrowthPatternFacts, ProvinceFact } from "../../src/analysis/growthPattern.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
import * as say from "../../src/narrative/growthPattern.js";

const value = (v: number | undefined, missing: string[] = []): GroupValue => ({ value: v, missing, publishedTotal: false, sources: [], vintages: [] });

function group(id: string, name: string, nameEn: string, growth: number | undefined, extra: Partial<GroupFact> = {}): GroupFact {
  return { id, name, nameEn, members: [], gdp: value(100), gdpPrev: value(90), realGrowth: value(growth), realGrowthPrev: value(undefined), aboveComparator: [], fastest: [], slowest: [], ...extra };
}

function province(code: string, name: string, nameEn: string, extra: Partial<ProvinceFact> = {}): ProvinceFact {
  return { code, name, nameEn, gdpTied: false, growthTied: false, ...extra };
}

const EAST = group("east", "东部", "East", 5.0);
const CENTRAL = group("central", "中部", "Central", 5.0);
const WEST = group("west", "西部", "West", 5.2);
const NORTHEAST = group("northeast", "东北", "Northeast", 4.4);

function facts(extra: Partial<GrowthPatternFacts> = {}, judgements: Partial<GrowthPatternFacts["judgements"]> = {}): GrowthPatternFacts {
  return {
    year: 2024,
    prevYear: 2023,
    denominator: { kind: "provinceSum", value: 1337605.8, prevValue: 1280000, missing: [] },
    provinceSum: value(1337605.8),
    nationalGdp: 1349083.5,
    comparator: { value: 5.0, kind: "national" },
    regions: [EAST, CENTRAL, WEST, NORTHEAST],
    northSouth: [],
    provinces: [],
    vintages: { gdp: [], growth: [] },
    ...extra,
    judgements: {
      eastWest: { pattern: "westFaster", leader: "west", east: 5.0, west: 5.2, gap: 0.2 },
      fastestRegions: [WEST],
      slowestRegions: [NORTHEAST],
      belowComparator: [NORTHEAST],
      atMilestone: 0,
      ...judgements,
    },
  };
}

test("overview: 西快东慢 states the gap and does not repeat the West's rate", () => {
  const t = say.overviewSentence(facts());
  assert.equal(t.zh, "2024年，区域经济增长呈现“西快东慢”格局：西部地区增长5.2%，比东部地区（5.0%）高0.2个百分点；四大板块中，西部地区增速最快，东北地区增速最慢（4.4%）。");
  assert.equal(t.en, "In 2024, the West grew faster than the East (5.2% against 5.0%, a gap of 0.2 percentage points); it was the fastest of the four regions and the Northeast the slowest (4.4%).");
});

test("overview: a gap below the tolerance is described (略高于) with its size; equal rates are 基本持平", () => {
  const slightly = say.overviewSentence(facts({}, { eastWest: { pattern: "similar", leader: "west", east: 5.0, west: 5.1, gap: 0.1 }, fastestRegions: [{ ...WEST, realGrowth: value(5.1) }] }));
  assert.match(slightly.zh, /^2024年，西部地区经济增速略高于东部地区（西部地区增长5\.1%，东部地区增长5\.0%，相差0\.1个百分点）；四大板块中，西部地区增速最快（5\.1%）/);
  assert.match(slightly.en, /the West grew slightly faster than the East \(5\.1% against 5\.0%, a gap of 0\.1 percentage points\); the West grew fastest \(5\.1%\)/);
  const eastAhead = say.overviewSentence(facts({}, { eastWest: { pattern: "similar", leader: "east", east: 5.1, west: 5.0, gap: 0.1 } }));
  assert.match(eastAhead.zh, /东部地区经济增速略高于西部地区（东部地区增长5\.1%，西部地区增长5\.0%/);
  const equal = say.overviewSentence(facts({}, { eastWest: { pattern: "similar", east: 5.0, west: 5.0, gap: 0 }, fastestRegions: [EAST, { ...WEST, realGrowth: value(5.0) }] }));
  assert.match(equal.zh, /东西部地区经济增速基本持平（西部地区增长5\.0%，东部地区增长5\.0%）；四大板块中，东部地区和西部地区增速并列最快（5\.0%）/);
  assert.match(equal.en, /the East and the West grew at much the same rate \(the West 5\.0%, the East 5\.0%\); the East and the West grew fastest/);
  const eastFaster = say.overviewSentence(facts({}, { eastWest: { pattern: "eastFaster", leader: "east", east: 5.7, west: 5.5, gap: 0.2 }, fastestRegions: [EAST] }));
  assert.match(eastFaster.zh, /“东快西慢”格局：西部地区增长5\.5%，比东部地区（5\.7%）低0\.2个百分点；四大板块中，东部地区增速最快（5\.0%）/);
});

test("overview: without the rates no pattern is judged, and the sentence says why", () => {
  const none = say.overviewSentence(facts({ regions: [group("east", "东部", "East", undefined), group("west", "西部", "West", undefined)] }, { eastWest: undefined, fastestRegions: [] }));
  assert.equal(none.zh, "2024年四大板块的实际增速无法计算（原因见增速表的注），无法判断四大板块的增长格局。");
  const some = say.overviewSentence(facts({}, { eastWest: undefined, fastestRegions: [] }));
  assert.match(some.zh, /部分板块的实际增速无法计算/);
  assert.match(some.en, /some regions/);
});

test("a region: GDP, share of the named denominator, growth and its change; missing parts said", () => {
  const east = { ...EAST, gdp: value(700858.1), shareDisplay: 52.4, growthChange: -0.6 };
  const t = say.regionSentence(facts(), east);
  assert.equal(t.zh, "2024年，东部地区生产总值700858.1亿元，占31个省份合计的52.40%，按不变价格计算比上年增长5.0%，增速比上年回落0.6个百分点。");
  assert.equal(t.en, "In 2024, GDP of the East was 70,085.8 billion yuan, 52.40% of the sum of the 31 provinces; real growth was 5.0%, down 0.6 percentage points on the previous year.");
  assert.match(say.regionSentence(facts(), { ...east, growthChange: 0 }).zh, /增速与上年持平。$/);
  assert.match(say.regionSentence(facts(), { ...east, realGrowth: value(undefined) }).zh, /52\.40%，实际增速数据缺失。$/);
  const gd = province("440000", "广东", "Guangdong");
  const missing = say.regionSentence(facts({ provinces: [gd] }), { ...east, gdp: value(undefined, ["440000"]) });
  assert.equal(missing.zh, "2024年东部地区生产总值无法计算（缺少广东的数据）。");
  assert.equal(missing.en, "GDP of the East in 2024 cannot be computed (no data for Guangdong).");
});

test("provinces above the comparator: none, one, several (with those not compared named)", () => {
  const js = province("320000", "江苏", "Jiangsu", { realGrowth: 5.7 });
  const sd = province("370000", "山东", "Shandong", { realGrowth: 5.6 });
  const gx = province("450000", "广西", "Guangxi");
  const f = facts({ provinces: [js, sd, gx] });
  assert.equal(say.aboveComparatorSentence(f, EAST)!.zh, "东部地区没有省份增速高于全国水平（5.0%）。");
  assert.equal(say.aboveComparatorSentence(f, { ...EAST, aboveComparator: [js] })!.zh, "东部地区有1个省份增速高于全国水平（5.0%），为江苏（5.7%）。");
  const several = say.aboveComparatorSentence(f, { ...EAST, members: ["320000", "370000", "450000"], aboveComparator: [js, sd] })!;
  assert.equal(several.zh, "东部地区有2个省份增速高于全国水平（5.0%），分别是江苏（5.7%）、山东（5.6%）（广西增速数据缺失，未参与比较）。");
  assert.equal(several.en, "2 provinces of the East grew faster than the national rate (5.0%): Jiangsu (5.7%), Shandong (5.6%) (growth missing for Guangxi; not compared).");
  const standIn = say.aboveComparatorSentence(facts({ comparator: { value: 5.0, kind: "provinceWeighted" } }), EAST)!;
  assert.match(standIn.zh, /高于31个省份加权平均水平/);
  assert.equal(say.aboveComparatorSentence(facts({ comparator: undefined }), EAST), undefined);
});

test("fastest and slowest province within a region, with the gap; nothing when no member has growth", () => {
  const js = province("320000", "江苏", "Jiangsu", { realGrowth: 5.7 });
  const gd = province("440000", "广东", "Guangdong", { realGrowth: 3.5 });
  const t = say.extremesSentence(facts(), { ...EAST, fastest: [js], slowest: [gd] })!;
  assert.equal(t.zh, "东部地区内部，江苏增速最快（5.7%），广东增速最慢（3.5%），相差2.2个百分点。");
  assert.equal(t.en, "Within the East, Jiangsu grew fastest (5.7%) and Guangdong slowest (3.5%), a gap of 2.2 percentage points.");
  assert.equal(say.extremesSentence(facts(), EAST), undefined);
});

test("ranking: 居全国第N位 with ties only when every province has GDP; the milestone count when any", () => {
  const gd = province("440000", "广东", "Guangdong", { gdp: 141488.9, gdpRank: 1, realGrowth: 3.5, growthRank: 2 });
  const js = province("320000", "江苏", "Jiangsu", { gdp: 136696.9, gdpRank: 2, realGrowth: 5.8, growthRank: 1, growthTied: true });
  const ah = province("340000", "安徽", "Anhui", { gdp: 50625.1, gdpRank: 3, realGrowth: 5.8, growthRank: 1, growthTied: true });
  const [size, growth] = say.rankingSentences(facts({ provinces: [gd, js, ah] }, { atMilestone: 2 }), 2);
  assert.equal(size!.zh, "从经济总量看，广东141488.9亿元，居全国第1位；江苏136696.9亿元，居全国第2位。地区生产总值超过10万亿元的省份有2个。");
  assert.equal(growth!.zh, "从经济增速看，增速居前的省份是江苏（5.8%，并列第1位）、安徽（5.8%，并列第1位）、广东（3.5%，第2位）。");
  assert.match(growth!.en, /Jiangsu \(5\.8%, joint 1st\)/);
  const xz = province("540000", "西藏", "Tibet");
  const partial = say.rankingSentences(facts({ provinces: [gd, js, xz] }), 5);
  assert.match(partial[0]!.zh, /^从经济总量看，在有数据的2个省份中，广东141488\.9亿元，居第1位/);
  assert.doesNotMatch(partial[0]!.zh, /超过10万亿元/);
  assert.match(partial[1]!.zh, /在有增速数据的2个省份中/);
  assert.equal(partial[2]!.zh, "西藏2024年地区生产总值数据缺失，未参与经济总量排序。");
});

const north = group("north", "北方", "North", 5.1);
const south = group("south", "南方", "South", 5.0);

test("north–south: quoted shares, their change and the 南强北弱 verdict (unchanged, reversed, first year)", () => {
  const decision = { stronger: "south" as const, change: "unchanged" as const, north: { share: 35.2, change: -0.1 }, south: { share: 64.8, change: 0.1 } };
  const t = say.northSouthSentence(facts({ northSouth: [north, south] }, { northSouth: decision }));
  assert.equal(t.zh, "2024年，南方地区经济总量占31个省份合计的64.8%，比上年上升0.1个百分点；北方地区经济总量占31个省份合计的35.2%，比上年下降0.1个百分点，“南强北弱”格局没有改变。南方地区实际增长5.0%，北方地区增长5.1%。");
  assert.equal(t.en, "In 2024, the south accounted for 64.8% of the sum of the 31 provinces (up 0.1 percentage points) and the north accounted for 35.2% of the sum of the 31 provinces (down 0.1 percentage points); the south remains the larger economy. Real growth was 5.0% in the south and 5.1% in the north.");
  const reversed = say.northSouthSentence(facts({ northSouth: [north, south] }, { northSouth: { ...decision, change: "reversed" } }));
  assert.match(reversed.zh, /由上年的“北强南弱”转为“南强北弱”/);
  const first = say.northSouthSentence(facts({ northSouth: [north, south] }, { northSouth: { ...decision, change: undefined, north: { share: 35.2 }, south: { share: 64.8 } } }));
  assert.match(first.zh, /占31个省份合计的35\.2%，呈现“南强北弱”格局。/);
  assert.match(first.en, /the south is the larger economy/);
  const price = say.northSouthSentence(facts({ northSouth: [north, south] }, { northSouth: { ...decision, fasterButLostShare: "north" } }));
  assert.match(price.zh, /北方实际增速较高而经济总量占比下降，是因为占比按现价计算、增速按不变价计算/);
  assert.match(price.en, /The north grew faster in real terms yet lost share/);
  assert.equal(say.northSouthSentence(facts({ northSouth: [north, south] }, { northSouth: undefined })).zh, "2024年南北地区生产总值数据不全，无法计算南北占比。");
});

test("regions below the comparator, with the gap; nothing when none", () => {
  const t = say.belowComparatorSentence(facts())!;
  assert.equal(t.zh, "四大板块中，东北地区低于全国水平0.6个百分点。");
  assert.equal(t.en, "Among the four regions, the Northeast was below the national rate by 0.6 percentage points.");
  assert.equal(say.belowComparatorSentence(facts({}, { belowComparator: [] })), undefined);
});

test("context: national GDP and the 31-province sum in 万亿元; shares said not computable when the denominator is missing", () => {
  const t = say.contextSentence(facts());
  assert.equal(t.zh, "2024年，全国国内生产总值134.9万亿元，31个省份地区生产总值合计133.8万亿元。本节占比均以31个省份合计为分母。");
  assert.equal(t.en, "In 2024, national GDP was 134.9 trillion yuan and the 31 provinces together produced 133.8 trillion yuan. Shares in this section are shares of the sum of the 31 provinces.");
  const gd = province("440000", "广东", "Guangdong");
  const missing = say.contextSentence(facts({ nationalGdp: undefined, provinceSum: value(undefined), provinces: [gd], denominator: { kind: "provinceSum", missing: ["440000"] } }));
  assert.equal(missing.zh, "2024年，全国国内生产总值数据缺失。因缺少广东的地区生产总值，本节无法计算占比。");
  assert.equal(missing.en, "In 2024, national GDP is missing. Shares cannot be computed: GDP is missing for Guangdong.");
});
