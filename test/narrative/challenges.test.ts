/** The challenges narrative from minimal hand-made facts, in both languages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ChallengesFacts, RegionChallenge } from "../../src/analysis/challenges.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
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
