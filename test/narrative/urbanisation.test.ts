/** The urbanisation narrative from minimal hand-made facts, in both languages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ProvinceRate, RegionRate, UrbanisationFacts } from "../../src/analysis/urbanisation.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
import * as say from "../../src/narrative/urbanisation.js";

const value = (v: number | undefined): GroupValue => ({ value: v, missing: [], publishedTotal: false, sources: [], vintages: [] });
const region = (id: string, name: string, nameEn: string, rate: number | undefined): RegionRate => ({ id, name, nameEn, rate: value(rate) });
const prov = (code: string, name: string, nameEn: string, v: number | undefined): ProvinceRate => ({ code, name, nameEn, value: v });

const EAST = region("east", "东部", "East", 73.281);
const WEST = region("west", "西部", "West", 60.79);
const SH = prov("310000", "上海", "Shanghai", 89.844);
const XZ = prov("540000", "西藏", "Tibet", 39.73);

function facts(extra: Partial<UrbanisationFacts> = {}, judgements: Partial<UrbanisationFacts["judgements"]> = {}): UrbanisationFacts {
  return {
    year: 2024,
    nationalSeries: [],
    nationalRate: 67.0,
    nationalChange: { since: 2014, points: 11.25 },
    provinces: [SH, XZ],
    regions: [EAST, WEST],
    provinceSumRate: value(66.95),
    incomeRatio: { year: 2019, provinces: [], availableYears: [2014, 2015, 2016, 2017, 2018, 2019] },
    regionSeries: [],
    regionChanges: [],
    nationalIncomeRatio: [],
    ...extra,
    judgements: {
      highestProvinces: [SH],
      lowestProvinces: [XZ],
      highestRegions: [EAST],
      lowestRegions: [WEST],
      highestIncomeRatio: [prov("620000", "甘肃", "Gansu", 3.3612)],
      lowestIncomeRatio: [prov("120000", "天津", "Tianjin", 1.855)],
      ...judgements,
    },
  };
}

test("national rate and its change since the first year; missing said", () => {
  const t = say.nationalSentence(facts());
  assert.equal(t.zh, "2024年末，全国城镇化率（城镇人口占年末总人口的比重）为67.00%，比2014年末上升11.25个百分点。");
  assert.equal(t.en, "At the end of 2024, the national urbanisation rate (urban population as % of total year-end population) was 67.00%, up 11.25 percentage points since 2014.");
  assert.equal(say.nationalSentence(facts({ nationalChange: undefined })).zh, "2024年末，全国城镇化率（城镇人口占年末总人口的比重）为67.00%。");
  assert.match(say.nationalSentence(facts({ nationalRate: undefined })).zh, /无法计算全国城镇化率/);
});

test("regions and provinces: rates, highest and lowest (ties listed), provinces without data named", () => {
  const [regional, provinces] = say.regionalSentences(facts());
  assert.equal(regional!.zh, "分地区看，2024年城镇化率东部地区73.28%，西部地区60.79%，东部地区最高，西部地区最低。");
  assert.equal(regional!.en, "By region, the 2024 urbanisation rates were: the East 73.28%, the West 60.79%; the East was highest and the West lowest.");
  assert.equal(provinces!.zh, "分省份看，上海城镇化率最高（89.84%），西藏最低（39.73%）。");
  const tied = say.regionalSentences(facts({}, { highestRegions: [EAST, WEST] }))[0]!;
  assert.match(tied.zh, /东部地区和西部地区最高/);
  const missing = say.regionalSentences(facts({ provinces: [SH, prov("540000", "西藏", "Tibet", undefined)] }));
  assert.equal(missing[2]!.zh, "西藏数据缺失。");
  assert.deepEqual(say.regionalSentences(facts({ regions: [region("east", "东部", "East", undefined)] })).map((t) => t.zh), ["2024年分省城镇人口数据缺失，无法计算分地区城镇化率。"]);
});

test("urban–rural income ratio: the latest year with data, highest and lowest, later years said missing", () => {
  const t = say.incomeRatioSentence(facts());
  assert.equal(t.zh, "城乡差距方面，分省城镇、农村居民人均可支配收入仅有2014~2019年数据。2019年，城乡居民收入比（城镇居民人均可支配收入 ÷ 农村居民人均可支配收入）最高的是甘肃（3.36），最低的是天津（1.86）。2020年以后数据缺失，2024年城乡居民收入比无法用现有数据计算或核对。");
  assert.match(t.en, /Data for 2020 onwards are missing, so the 2024 ratio cannot be computed/);
  const current = say.incomeRatioSentence(facts({ year: 2019 }));
  assert.doesNotMatch(current.zh, /以后数据缺失/);
  assert.doesNotMatch(current.en, / $/);
  assert.match(say.incomeRatioSentence(facts({ incomeRatio: { provinces: [], availableYears: [] } })).zh, /无法计算城乡居民收入比/);
});

test("regional rates over time: changes of the complete regions, then the region lacking years with its members", () => {
  const f = facts({
    regionChanges: [
      { id: "east", name: "东部", nameEn: "East", since: 2014, from: 63.91, to: 73.28, points: 9.37 },
      { id: "central", name: "中部", nameEn: "Central", since: 2014, from: 49.79, to: 62.69, points: 12.9 },
    ],
  });
  const gaps = [{ id: "west", name: "西部", nameEn: "West", years: [2014, 2015, 2016], members: [{ name: "西藏", nameEn: "Tibet" }], latest: { year: 2024, rate: 60.79 } }];
  const [changes, coverage] = say.regionalTrendSentences(f, gaps);
  assert.equal(changes!.zh, "2014~2024年，东部和中部地区城镇化率分别由63.91%和49.79%提高至73.28%和62.69%，分别提高9.37和12.90个百分点。");
  assert.equal(changes!.en, "Over 2014–2024, the urbanisation rates of the East and the Central region rose from 63.91% and 49.79% to 73.28% and 62.69% respectively, up 9.37 and 12.90 percentage points.");
  assert.equal(coverage!.zh, "西藏2014~2016年城镇人口缺失，西部地区城镇化率只有2024年的数值（60.79%）。");
  assert.equal(coverage!.en, "Urban population of Tibet is missing for 2014–2016, so the rate of the West exists for 2024 only (60.79%).");
  // different first years or a fall: one clause per region
  const mixed = say.regionalTrendSentences(facts({ regionChanges: [{ id: "east", name: "东部", nameEn: "East", since: 2016, from: 70, to: 69.5, points: -0.5 }] }), [])[0]!;
  assert.equal(mixed.zh, "东部地区城镇化率由2016年的70.00%变为2024年的69.50%（下降0.50个百分点）。");
  assert.deepEqual(say.regionalTrendSentences(facts(), gaps), []);
});

test("coverage gaps name the members missing in the years a region lacks, and its report-year rate", () => {
  const f = facts({
    regionSeries: [
      { id: "west", name: "西部", nameEn: "West", points: [{ year: 2023, missing: ["540000"] }, { year: 2024, rate: 60.79, missing: [] }] },
      { id: "east", name: "东部", nameEn: "East", points: [{ year: 2023, rate: 72.58, missing: [] }, { year: 2024, rate: 73.28, missing: [] }] },
    ],
  });
  assert.deepEqual(say.coverageGaps(f, () => ({ name: "西藏", nameEn: "Tibet" })), [
    { id: "west", name: "西部", nameEn: "West", years: [2023], members: [{ name: "西藏", nameEn: "Tibet" }], latest: { year: 2024, rate: 60.79 } },
  ]);
});

test("national urban–rural income ratio: first and last year, narrowing said", () => {
  const t = say.nationalIncomeRatioSentence(facts({ nationalIncomeRatio: [{ year: 2014, ratio: 2.7499 }, { year: 2019, ratio: 2.644 }] }))!;
  assert.equal(t.zh, "全国城乡居民人均可支配收入之比由2014年的2.75缩小至2019年的2.64。");
  assert.equal(say.nationalIncomeRatioSentence(facts()), undefined);
});
