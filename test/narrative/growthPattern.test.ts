/**
 * The growth-pattern narrative from minimal hand-made facts: it phrases the decisions it is given
 * (facts.judgements, facts.history) and the numbers in the facts, in both languages, aggregates
 * parallel facts NBS style, defines the comparator once per paragraph, and says what is missing.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { GroupFact, GrowthPatternFacts, ProvinceFact } from "../../src/analysis/growthPattern.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
import * as say from "../../src/narrative/growthPattern.js";

const value = (v: number | undefined, missing: string[] = []): GroupValue => ({ value: v, missing, publishedTotal: false, sources: [], vintages: [] });

function group(id: string, name: string, nameEn: string, growth: number | undefined, extra: Partial<GroupFact> = {}): GroupFact {
  return {
    id,
    name,
    nameEn,
    members: [],
    gdp: value(100),
    gdpPrev: value(90),
    realGrowth: value(growth),
    realGrowthPrev: value(undefined),
    againstComparator: { higher: [], slightlyHigher: [], same: [], slightlyLower: [], lower: [] },
    topTenGdp: [],
    topTenGrowth: [],
    fastest: [],
    slowest: [],
    ...extra,
  };
}

function province(code: string, name: string, nameEn: string, extra: Partial<ProvinceFact> = {}): ProvinceFact {
  return { code, name, nameEn, gdpTied: false, growthTied: false, ...extra };
}

const NONE = { higher: [], slightlyHigher: [], same: [], slightlyLower: [], lower: [] };
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
    bands: [],
    history: { year: 2024, crossings: [], streaks: [] },
    vintages: { gdp: [], growth: [] },
    ...extra,
    judgements: {
      eastWest: { comparison: "higher", pattern: "westFaster", leader: "west", east: 5.0, west: 5.2, gap: 0.2 },
      fastestRegions: [WEST],
      slowestRegions: [NORTHEAST],
      belowComparator: [{ region: NORTHEAST, comparison: "lower" }],
      ...judgements,
    },
  };
}

test("overview: 西快东慢 states the gap, does not repeat the West's rate, and folds the slowest region's gap to the comparator", () => {
  const t = say.overviewSentence(facts());
  assert.equal(t.zh, "分板块看，区域经济增长呈现“西快东慢”格局，西部地区经济增速（5.2%）高于东部地区（5.0%），相差0.2个百分点；四大板块中，西部地区增速最快，东北地区增速最慢（4.4%），低于全国水平（5.0%）0.6个百分点。");
  assert.equal(t.en, "By region, growth in the West (5.2%) was above that of the East (5.0%), a gap of 0.2 percentage points; the West was the fastest of the four regions and the Northeast the slowest (4.4%), below the national rate (5.0%) by 0.6 percentage points.");
  assert.equal(say.belowComparatorSentence(facts()), undefined); // said once, in the overview
});

test("overview: a gap below the tolerance is 略高于 with its size; equal rates are 持平 — never 基本持平 next to 最快", () => {
  const slightly = say.overviewSentence(facts({}, { eastWest: { comparison: "slightlyHigher", pattern: "similar", leader: "west", east: 5.0, west: 5.1, gap: 0.1 }, fastestRegions: [{ ...WEST, realGrowth: value(5.1) }] }));
  assert.match(slightly.zh, /^分板块看，西部地区经济增速（5\.1%）略高于东部地区（5\.0%），相差0\.1个百分点；四大板块中，西部地区增速最快，/);
  assert.match(slightly.en, /growth in the West \(5\.1%\) was slightly above that of the East \(5\.0%\), a gap of 0\.1 percentage points; the West was the fastest/);
  const eastAhead = say.overviewSentence(facts({}, { eastWest: { comparison: "slightlyLower", pattern: "similar", leader: "east", east: 5.1, west: 5.0, gap: 0.1 }, fastestRegions: [CENTRAL] }));
  assert.match(eastAhead.zh, /东部地区经济增速（5\.1%）略高于西部地区（5\.0%），相差0\.1个百分点；四大板块中，中部地区增速最快（5\.0%）/);
  const equal = say.overviewSentence(facts({}, { eastWest: { comparison: "same", pattern: "similar", east: 5.0, west: 5.0, gap: 0 }, fastestRegions: [EAST, { ...WEST, realGrowth: value(5.0) }] }));
  assert.match(equal.zh, /西部地区经济增速（5\.0%）与东部地区（5\.0%）持平；四大板块中，东部地区和西部地区增速并列最快（5\.0%）/);
  assert.doesNotMatch(equal.zh, /基本持平/);
});

test("overview: without the rates no pattern is judged, and the sentence says why", () => {
  const none = say.overviewSentence(facts({ regions: [group("east", "东部", "East", undefined), group("west", "西部", "West", undefined)] }, { eastWest: undefined, fastestRegions: [] }));
  assert.equal(none.zh, "2024年四大板块的实际增速无法计算（原因见增速表的注），无法判断四大板块的增长格局。");
  const some = say.overviewSentence(facts({}, { eastWest: undefined, fastestRegions: [] }));
  assert.match(some.en, /some regions/);
});

test("overview paragraph: national GDP with its milestone and the provinces' sum; several regions below the comparator get their own sentence", () => {
  const [context] = say.overviewParagraph(facts({ history: { year: 2024, crossings: [], streaks: [], national: { level: 1300000, firstYear: 2015 } } }));
  assert.equal(context!.zh, "2024年，全国国内生产总值134.9万亿元，首次突破130万亿元；31个省份地区生产总值合计133.8万亿元。");
  assert.equal(context!.en, "In 2024, national GDP was 134,908 billion yuan, above 130,000 billion yuan for the first time; the 31 provinces together produced 133,761 billion yuan.");
  const two = say.overviewParagraph(facts({}, { belowComparator: [{ region: { ...CENTRAL, realGrowth: value(4.9) }, comparison: "slightlyLower" }, { region: NORTHEAST, comparison: "lower" }] }));
  assert.equal(two.at(-1)!.zh, "中部地区增速略低于全国水平（5.0%）0.1个百分点，东北地区增速低于这一水平0.6个百分点。");
  assert.equal(two.at(-1)!.en, "Growth in the Central region was slightly below the national rate (5.0%) by 0.1 percentage points; growth in the Northeast was below it by 0.6 percentage points.");
  const gd = province("440000", "广东", "Guangdong");
  const missing = say.overviewParagraph(facts({ provinces: [gd], denominator: { kind: "provinceSum", missing: ["440000"] } }));
  assert.equal(missing[1]!.zh, "因缺少广东的地区生产总值，本节无法计算占比。");
});

test("the four regions in one sentence (分别), then their changes grouped by direction", () => {
  const regions = [
    { ...EAST, gdp: value(700858.1), shareDisplay: 52.4, shareChange: 0, growthChange: -0.6 },
    { ...CENTRAL, gdp: value(286514.2), shareDisplay: 21.42, shareChange: 0, growthChange: 0 },
    { ...WEST, gdp: value(286909.6), realGrowth: value(5.1), shareDisplay: 21.45, shareChange: 0.08, growthChange: -0.6 },
    { ...NORTHEAST, gdp: value(63323.9), shareDisplay: 4.73, shareChange: -0.08, growthChange: -0.6 },
  ];
  const [levels, changes] = say.regionsParagraph(facts({ regions }));
  assert.equal(levels!.zh, "东部、中部、西部和东北地区生产总值分别为700858亿元、286514亿元、286910亿元和63324亿元，占31个省份合计的比重分别为52.40%、21.42%、21.45%和4.73%；按不变价格计算，分别比上年增长5.0%、5.0%、5.1%和4.4%。");
  assert.equal(levels!.en, "GDP of the East, the Central region, the West and the Northeast was 70,085.8, 28,651.4, 28,691.0 and 6,332.4 billion yuan, or 52.40%, 21.42%, 21.45% and 4.73% of the sum of the 31 provinces; real growth was 5.0%, 5.0%, 5.1% and 4.4% respectively.");
  assert.equal(changes!.zh, "与上年相比，西部地区占比上升0.08个百分点，东北地区下降0.08个百分点，东部和中部地区持平；东部、西部和东北地区增速均回落0.6个百分点，中部地区持平。");
  assert.match(changes!.en, /^Compared with the previous year, the share of the West rose by 0\.08 percentage points, that of the Northeast fell by 0\.08 points and those of the East and the Central region were unchanged; growth in the East, the West and the Northeast slowed by 0\.6 percentage points each and that in the Central region was unchanged\.$/);
  const different = say.regionsParagraph(facts({ regions: regions.map((g, i) => ({ ...g, shareChange: [0.1, 0.2, -0.2, -0.1][i] })) }))[1]!;
  assert.match(different.zh, /^与上年相比，东部和中部地区占比分别上升0\.10和0\.20个百分点，西部和东北地区分别下降0\.20和0\.10个百分点；/);
});

test("a region without GDP or growth is named as missing; the others are still stated", () => {
  const gd = province("440000", "广东", "Guangdong");
  const regions = [{ ...EAST, gdp: value(undefined, ["440000"]) }, { ...CENTRAL, gdp: value(286514.2) }, { ...WEST, gdp: value(286909.6), realGrowth: value(undefined) }];
  const out = say.regionsParagraph(facts({ provinces: [gd], regions }));
  assert.equal(out[0]!.zh, "2024年东部地区生产总值无法计算（缺少广东的数据）。");
  assert.equal(out[1]!.zh, "中部和西部地区生产总值分别为286514亿元和286910亿元。");
  assert.equal(out[2]!.zh, "西部地区实际增速无法计算（原因见增速表的注）。");
});

test("provinces: the top five (ties grouped), streaks and milestones, size bands, the growth top five", () => {
  const gd = province("440000", "广东", "Guangdong", { gdp: 141488.9, gdpRank: 1, realGrowth: 3.5, growthRank: 4 });
  const js = province("320000", "江苏", "Jiangsu", { gdp: 136696.9, gdpRank: 2, realGrowth: 5.8, growthRank: 2, growthTied: true });
  const ah = province("340000", "安徽", "Anhui", { gdp: 50646.7, gdpRank: 3, realGrowth: 5.8, growthRank: 2, growthTied: true });
  const xz = province("540000", "西藏", "Tibet", { gdp: 2789.1, gdpRank: 4, realGrowth: 6.5, growthRank: 1 });
  const history = {
    year: 2024,
    firstYear: 2006,
    crossings: [{ code: "440000", level: 140000 }, { code: "340000", level: 50000 }],
    firstNationally: { code: "440000", level: 140000 },
    streaks: [
      { code: "440000", rank: 1, years: 19, since: 2006, fromFirstYearHeld: true },
      { code: "320000", rank: 2, years: 19, since: 2006, fromFirstYearHeld: true },
    ],
  };
  const bands = [{ band: 100000 as const, provinces: [gd, js] }, { band: 50000 as const, provinces: [ah] }, { band: 0 as const, provinces: [xz] }];
  const [size, past, banded, growth] = say.provincesParagraph(facts({ provinces: [gd, js, ah, xz], history, bands }));
  assert.equal(size!.zh, "从经济总量看，居全国前五位的依次是广东（141489亿元）、江苏（136697亿元）、安徽（50647亿元）和西藏（2789亿元）。");
  assert.equal(past!.zh, "广东和江苏自2006年以来连续19年分列全国第1至2位；广东是全国首个地区生产总值超过14万亿元的省份；安徽首次突破5万亿元。");
  assert.match(past!.en, /^Guangdong and Jiangsu have held places 1 to 2 for 19 consecutive years since 2006\. Guangdong is the first province with GDP above 14,000 billion yuan\. Anhui passed 5,000 billion yuan for the first time\.$/);
  assert.equal(banded!.zh, "按经济总量分档，广东和江苏在10万亿元以上，安徽在5万亿~10万亿元之间，西藏不足1万亿元。");
  assert.match(banded!.en, /Guangdong and Jiangsu were above 10,000 billion yuan.*Anhui .*between 5,000 and 10,000 billion yuan.*Tibet .*below 1,000 billion yuan/);
  assert.equal(growth!.zh, "从经济增速看，居全国前五位的依次是西藏（6.5%）、江苏、安徽（并列第2位，均为5.8%）和广东（3.5%）。");
  assert.match(growth!.en, /Jiangsu and Anhui \(joint 2nd, 5\.8% each\)/);
  const one = say.provincesParagraph(facts({ provinces: [gd], history: { ...history, crossings: [], firstNationally: undefined, streaks: [history.streaks[0]!] } }));
  assert.equal(one[1]!.zh, "广东自2006年以来连续19年居全国首位。");
});

test("provinces: ranks among the provinces with data when some lack GDP, and who is not ranked", () => {
  const gd = province("440000", "广东", "Guangdong", { gdp: 141488.9, gdpRank: 1, realGrowth: 3.5, growthRank: 1 });
  const xz = province("540000", "西藏", "Tibet");
  const out = say.provincesParagraph(facts({ provinces: [gd, xz] }));
  assert.match(out[0]!.zh, /^从经济总量看，在有数据的1个省份中，居前五位的依次是广东（141489亿元）。$/);
  assert.match(out[1]!.zh, /在有增速数据的1个省份中/);
  assert.equal(out.at(-1)!.zh, "西藏2024年地区生产总值数据缺失，未参与经济总量排序。");
});

test("members per region: the comparator defined once, above / equal / below with the spread, the national top ten", () => {
  const js = province("320000", "江苏", "Jiangsu", { gdp: 1, realGrowth: 5.7 });
  const sh = province("310000", "上海", "Shanghai", { gdp: 1, realGrowth: 5.0 });
  const gd = province("440000", "广东", "Guangdong", { gdp: 1, realGrowth: 3.5 });
  const ln = province("210000", "辽宁", "Liaoning", { gdp: 1, realGrowth: 5.1 });
  const bj = province("110000", "北京", "Beijing", { gdp: 1, realGrowth: 5.1 });
  const tj = province("120000", "天津", "Tianjin", { gdp: 1, realGrowth: 4.9 });
  const east = {
    ...EAST,
    members: ["320000", "110000", "310000", "120000", "440000"],
    againstComparator: { higher: [js], slightlyHigher: [bj], same: [sh], slightlyLower: [tj], lower: [gd] },
    fastest: [js],
    slowest: [gd],
    topTenGdp: [gd, js],
    topTenGrowth: [js],
  };
  const northeast = { ...NORTHEAST, members: ["210000"], againstComparator: { ...NONE, higher: [ln] }, fastest: [ln], slowest: [ln] };
  const [first, second] = say.membersParagraph(facts({ provinces: [js, sh, gd, ln], regions: [east, northeast] }));
  assert.equal(
    first!.zh,
    "以全国经济增速（5.0%）为参照，东部地区5个省份中，江苏（5.7%）高于全国水平，北京（5.1%）略高于全国水平，上海（5.0%）与全国水平持平，天津（4.9%）略低于全国水平，广东（3.5%）低于全国水平，区内最高与最低增速相差2.2个百分点；广东和江苏地区生产总值居全国前十，江苏增速居全国前十。",
  );
  assert.equal(
    first!.en,
    "Against the national growth rate (5.0%), of the 5 provinces of the East, Jiangsu (5.7%) was above the national rate; Beijing (5.1%) was slightly above it; Shanghai (5.0%) was level with it; Tianjin (4.9%) was slightly below it; Guangdong (3.5%) was below it; a spread of 2.2 percentage points between the fastest and the slowest; Guangdong and Jiangsu were in the national top ten by GDP; Jiangsu was in the national top ten by growth.",
  );
  assert.equal(second!.zh, "东北地区1个省份中，辽宁（5.1%）高于全国水平；没有省份地区生产总值或增速居全国前十。");
  const weighted = say.membersParagraph(facts({ provinces: [js, sh, gd, ln], regions: [east], comparator: { value: 5.0, kind: "provinceWeighted" } }));
  assert.match(weighted[0]!.zh, /^以31个省份加权平均增速（5\.0%）为参照，东部地区5个省份中，江苏（5\.7%）高于平均水平，北京（5\.1%）略高于平均水平，上海（5\.0%）与平均水平持平/);
  assert.deepEqual(say.membersParagraph(facts({ comparator: undefined })), []);
});

test("members per region: those not compared are named; ranks among the provinces with data when some lack them", () => {
  const js = province("320000", "江苏", "Jiangsu", { gdp: 1, realGrowth: 5.7 });
  const gx = province("450000", "广西", "Guangxi", { gdp: 1 });
  const east = { ...EAST, members: ["320000", "450000"], againstComparator: { ...NONE, higher: [js] }, fastest: [js], slowest: [js], topTenGrowth: [js] };
  const [t] = say.membersParagraph(facts({ provinces: [js, gx], regions: [east] }));
  assert.equal(t!.zh, "以全国经济增速（5.0%）为参照，东部地区2个省份中，江苏（5.7%）高于全国水平（广西增速数据缺失，未参与比较）；江苏增速在有数据的省份中居前十。");
});

const north = group("north", "北方", "North", 5.1);
const south = group("south", "南方", "South", 5.0);

test("north–south: quoted shares, the 南强北弱 verdict, growth compared under the one rule, the top-ten counts", () => {
  const decision = { stronger: "south" as const, change: "unchanged" as const, north: { share: 35.2, change: -0.1 }, south: { share: 64.8, change: 0.1 }, growth: "slightlyHigher" as const };
  const p = (code: string) => province(code, code, code, { gdp: 1, realGrowth: 5 });
  const sides = [{ ...north, topTenGdp: [p("a"), p("b")], topTenGrowth: [p("a"), p("b"), p("c"), p("d")] }, { ...south, topTenGdp: Array.from({ length: 8 }, (_, i) => p(`s${i}`)), topTenGrowth: Array.from({ length: 6 }, (_, i) => p(`s${i}`)) }];
  const [verdict, topTen] = say.northSouthParagraph(facts({ northSouth: sides }, { northSouth: decision }));
  assert.equal(verdict!.zh, "2024年，南方地区经济总量占31个省份合计的64.8%，比上年上升0.1个百分点；北方地区占35.2%，比上年下降0.1个百分点，“南强北弱”格局没有改变。北方地区增速（5.1%）略高于南方地区（5.0%）。");
  assert.equal(verdict!.en, "In 2024, the south accounted for 64.8% of the sum of the 31 provinces (up 0.1 percentage points) and the north accounted for 35.2% (down 0.1 percentage points); the south remains the larger economy. Growth in the north (5.1%) was slightly above that of the south (5.0%).");
  assert.equal(topTen!.zh, "地区生产总值居全国前十的10个省份中，南方有8个；增速居全国前十的10个省份中，南方有6个。");
  const same = say.northSouthParagraph(facts({ northSouth: [north, { ...south, realGrowth: value(5.1) }] }, { northSouth: { ...decision, growth: "same" } }));
  assert.match(same[0]!.zh, /北方地区增速（5\.1%）与南方地区（5\.1%）持平。$/);
  const reversed = say.northSouthParagraph(facts({ northSouth: [north, south] }, { northSouth: { ...decision, change: "reversed" } }));
  assert.match(reversed[0]!.zh, /由上年的“北强南弱”转为“南强北弱”/);
  const price = say.northSouthParagraph(facts({ northSouth: [north, south] }, { northSouth: { ...decision, growth: "higher", fasterButLostShare: "north" } }));
  assert.match(price[0]!.zh, /北方地区增速（5\.1%）高于南方地区（5\.0%）。北方实际增速较高而经济总量占比下降/);
  assert.deepEqual(say.northSouthParagraph(facts({ northSouth: [north, south] }, { northSouth: undefined })).map((t) => t.zh), ["2024年南北地区生产总值数据不全，无法计算南北占比。"]);
});

test("one comparison rule across the section: the same pair of rates is phrased the same way wherever it is compared", () => {
  // 5.1 against 5.0 — the bundled data's West against East, north against south, and 北京 or 辽宁 against
  // the weighted mean: 略高于 everywhere; 4.9 against 5.0 略低于 everywhere.
  const west = { ...WEST, realGrowth: value(5.1) };
  const bj = province("110000", "北京", "Beijing", { gdp: 1, realGrowth: 5.1 });
  const tj = province("120000", "天津", "Tianjin", { gdp: 1, realGrowth: 4.9 });
  const east = { ...EAST, members: ["110000", "120000"], againstComparator: { ...NONE, slightlyHigher: [bj], slightlyLower: [tj] }, fastest: [bj], slowest: [tj] };
  const f = facts(
    { provinces: [bj, tj], regions: [east, CENTRAL, west, NORTHEAST], northSouth: [north, south] },
    {
      eastWest: { comparison: "slightlyHigher", pattern: "similar", leader: "west", east: 5.0, west: 5.1, gap: 0.1 },
      fastestRegions: [west],
      belowComparator: [{ region: { ...CENTRAL, realGrowth: value(4.9) }, comparison: "slightlyLower" }, { region: NORTHEAST, comparison: "lower" }],
      northSouth: { stronger: "south", north: { share: 35.2 }, south: { share: 64.8 }, growth: "slightlyHigher" },
    },
  );
  const regions = say.overviewSentence(f);
  const members = say.membersParagraph(f)[0]!;
  const sides = say.northSouthParagraph(f)[0]!;
  const below = say.belowComparatorSentence(f)!;
  for (const [t, zh, en] of [
    [regions, "西部地区经济增速（5.1%）略高于东部地区（5.0%）", "growth in the West (5.1%) was slightly above"],
    [members, "北京（5.1%）略高于全国水平", "Beijing (5.1%) was slightly above"],
    [sides, "北方地区增速（5.1%）略高于南方地区（5.0%）", "Growth in the north (5.1%) was slightly above"],
    [members, "天津（4.9%）略低于全国水平", "Tianjin (4.9%) was slightly below"],
    [below, "中部地区增速略低于全国水平（5.0%）0.1个百分点", "Growth in the Central region was slightly below"],
  ] as const) {
    assert.ok(t.zh.includes(zh), `${zh} in ${t.zh}`);
    assert.ok(t.en.includes(en), `${en} in ${t.en}`);
  }
  for (const t of [regions, members, sides, below]) assert.doesNotMatch(t.zh, /(?<!略)高于[^，。；]*（5\.0%）|基本持平/);
});
