/** The challenges narrative from minimal hand-made facts, in both languages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ChallengesFacts, RegionChallenge } from "../../src/analysis/challenges.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
import { growthChange } from "../../src/analysis/rules/challenges.js";
import * as say from "../../src/narrative/challenges.js";

const value = (v: number | undefined): GroupValue => ({ value: v, missing: [], publishedTotal: false, sources: [], vintages: [] });

function region(id: string, name: string, nameEn: string, extra: Partial<RegionChallenge> = {}): RegionChallenge {
  return {
    id,
    name,
    nameEn,
    members: [],
    income: value(undefined),
    consumption: value(undefined),
    retail: value(undefined),
    retailPrev: value(undefined),
    fai: [],
    faiNegative: [],
    faiMissing: [],
    fiscalRevenue: value(undefined),
    fiscalExpenditure: value(undefined),
    ...extra,
  };
}

const EAST = region("east", "东部", "East", { income: value(52433.4), consumption: value(34776), retailNominalGrowth: 2.7, selfFinancingRatio: 66.03 });
const WEST = region("west", "西部", "West", { income: value(32709.2), consumption: value(23193.4), retailNominalGrowth: 3.6, selfFinancingRatio: 35.35 });

function facts(extra: Partial<ChallengesFacts> = {}, judgements: Partial<ChallengesFacts["judgements"]> = {}): ChallengesFacts {
  return {
    year: 2024,
    regions: [EAST, WEST],
    ...extra,
    judgements: { highestIncome: [EAST], lowestIncome: [WEST], incomeRatio: 52433.4 / 32709.2, lowestConsumption: [WEST], lowestSelfFinancing: [WEST], ...judgements },
  };
}

test("income: every region, the highest and lowest and their ratio, the lowest consumption; English with separators", () => {
  const t = say.incomeSentence(facts())!;
  assert.equal(t.zh, "2024年，居民人均可支配收入东部地区52433元，西部地区32709元；东部地区最高，西部地区最低，前者是后者的1.60倍。人均消费支出以西部地区最低（23193元）。");
  assert.equal(t.en, "In 2024, per-capita disposable income was the East 52,433 yuan, the West 32,709 yuan; the East was highest and the West lowest, the former 1.60 times the latter. Per-capita consumption was lowest in the West (23,193 yuan).");
  assert.doesNotMatch(say.incomeSentence(facts({}, { lowestConsumption: [] }))!.zh, /消费支出/);
  assert.equal(say.incomeSentence(facts({}, { highestIncome: [], incomeRatio: undefined })), undefined);
});

test("investment: provinces with falling FAI per region in words, after the national rate", () => {
  const gd = { code: "440000", name: "广东", nameEn: "Guangdong", value: -4.5 };
  const js = { code: "320000", name: "江苏", nameEn: "Jiangsu", value: 1.0 };
  const east = { ...EAST, fai: [gd, js], faiNegative: ["440000"] };
  const west = { ...WEST, fai: [{ code: "540000", name: "西藏", nameEn: "Tibet", value: undefined }], faiMissing: ["540000"] };
  const t = say.investmentSentence(facts({ regions: [east, west], nationalFai: 3.2 }))!;
  assert.equal(t.zh, "全国固定资产投资（不含农户）比上年增长3.2%。固定资产投资负增长的省份：东部地区2个省份中有1个（广东下降4.5%）；西部地区0个省份中没有。");
  assert.equal(t.en, "National fixed-asset investment (excl. rural households) was up 3.2% on the previous year. Provinces with falling fixed-asset investment: 1 of 2 in the East (Guangdong down 4.5%); none of 0 in the West.");
  assert.equal(say.investmentSentence(facts()), undefined);
});

test("fiscal self-financing ratio by region and the lowest; nothing without a judgement", () => {
  const t = say.fiscalSentence(facts())!;
  assert.equal(t.zh, "财政收支方面，地方一般公共预算收入与支出之比（财政自给率）东部地区66.0%，西部地区35.4%，西部地区最低，财政平衡压力最大。");
  assert.match(t.en, /the West had the lowest ratio and the greatest fiscal strain\.$/);
  assert.equal(say.fiscalSentence(facts({}, { lowestSelfFinancing: [] })), undefined);
});

const growthRegion = (id: string, name: string, nameEn: string, rates: [number, number, number, number]) => ({
  id,
  name,
  nameEn,
  byYear: [
    { year: 2023, aggregate: rates[0], meanOfProvinces: rates[2], missing: [] },
    { year: 2024, aggregate: rates[1], meanOfProvinces: rates[3], missing: [] },
  ],
  change: { aggregate: growthChange(rates[0], rates[1])!, meanOfProvinces: growthChange(rates[2], rates[3])! },
});

test("growth in two years: the method named, the previous year's rates, the common direction; the other method and whether it agrees", () => {
  const g = {
    indicator: "income_per_capita_all",
    perCapita: true,
    years: [2023, 2024],
    regions: [growthRegion("east", "东部", "East", [5.76, 4.93, 5.85, 4.88]), growthRegion("west", "西部", "West", [6.09, 5.62, 6.43, 5.85])],
    common: { aggregate: "lower" as const, meanOfProvinces: "lower" as const },
    methodsAgree: true,
  };
  const [first, second] = say.growthSentences(g, 2024);
  assert.equal(first!.zh, "按人口加权的板块均值计算，2024年东部和西部地区居民人均可支配收入分别名义增长4.9%和5.6%（2023年分别为5.8%和6.1%），增速均有回落。");
  assert.equal(first!.en, "By population-weighted regional means, per-capita disposable income in the East and the West grew by 4.9% and 5.6% in 2024 in nominal terms (5.8% and 6.1% in 2023); growth slowed in every region.");
  assert.equal(second!.zh, "按所辖省份增速的简单平均计算，2023年和2024年分别为东部地区5.9%和4.9%，西部地区6.4%和5.9%，各地区增速的变化方向与上述结果一致。");
  // mixed changes are said region by region, in the words of the one comparison rule (5.0 → 5.1 略有提高,
  // as 5.1 against 5.0 is 略高于 in the growth section); a disagreeing method is said too
  const mixed = { ...g, indicator: "retail_sales", perCapita: false, regions: [g.regions[0]!, growthRegion("west", "西部", "West", [5.0, 5.1, 5.0, 5.6])], common: { aggregate: "mixed" as const, meanOfProvinces: "mixed" as const }, methodsAgree: false };
  const [m1, m2] = say.growthSentences(mixed, 2024);
  assert.match(m1!.zh, /^按板块合计计算，2024年东部和西部地区社会消费品零售总额.*增速西部地区略有提高，东部地区回落。$/);
  assert.match(m1!.en, /growth in the West picked up slightly and in the East slowed\.$/);
  const level = { ...mixed, regions: [growthRegion("east", "东部", "East", [5.0, 5.0, 5.0, 5.0]), growthRegion("west", "西部", "West", [5.1, 5.0, 5.0, 5.0])] };
  assert.match(say.growthSentences(level, 2024)[0]!.zh, /增速东部地区与2023年持平，西部地区略有回落。$/);
  assert.match(say.growthSentences({ ...level, common: { aggregate: "same" as const, meanOfProvinces: "same" as const } }, 2024)[0]!.zh, /增速均与2023年持平。$/);
  assert.match(m2!.zh, /部分地区增速的变化方向与上述结果不同。$/);
  // a region without the aggregate of a year: nothing is said
  assert.deepEqual(say.growthSentences({ ...g, regions: [{ ...g.regions[0]!, byYear: [{ year: 2023, missing: ["110000"] }, g.regions[0]!.byYear[1]!] }] }, 2024), []);
});

test("trade totals: amounts in 亿美元 / US$ billion, growth in words, both allocations", () => {
  const v = (x: number | undefined) => ({ value: x, missing: [], publishedTotal: false, sources: [], vintages: [] });
  const t = {
    year: 2024,
    totals: [
      { indicator: "trade_total_by_operator_location", regions: [{ id: "east", name: "东部", nameEn: "East", before: v(4715290000), after: v(4908809258), growth: 4.104 }, { id: "central", name: "中部", nameEn: "Central", before: v(514160000), after: v(505573193), growth: -1.67 }], provinceSum: { before: v(1), after: v(1) } },
      { indicator: "trade_total_by_destination_source", regions: [{ id: "east", name: "东部", nameEn: "East", before: v(1), after: v(4865390000), growth: 4.14 }, { id: "central", name: "中部", nameEn: "Central", before: v(1), after: v(498410000), growth: -0.03 }], provinceSum: { before: v(1), after: v(1) } },
    ],
    exportYears: [2014, 2019],
  };
  const [a, b] = say.tradeSentences(t);
  assert.equal(a!.zh, "2024年，按经营单位所在地统计，货物进出口总额东部地区49088亿美元，比上年增长4.1%；中部地区5056亿美元，下降1.7%。");
  assert.equal(a!.en, "In 2024, goods trade by location of the trading firm was the East US$4,908.8 billion (up 4.1%) and the Central region US$505.6 billion (down 1.7%) on the previous year.");
  assert.equal(b!.zh, "按境内目的地和货源地统计，东部地区48654亿美元，增长4.1%；中部地区4984亿美元，持平。");
  // an allocation without the report year is left out, and the next one opens the paragraph
  const only = say.tradeSentences({ ...t, totals: [{ ...t.totals[0]!, regions: t.totals[0]!.regions.map((r) => ({ ...r, after: v(undefined) })) }, t.totals[1]!] });
  assert.equal(only.length, 1);
  assert.match(only[0]!.zh, /^2024年，按境内目的地和货源地统计/);
});
