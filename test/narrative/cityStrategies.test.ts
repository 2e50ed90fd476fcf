/** The 粤港澳大湾区 sentences from hand-made facts, in both languages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CityGdp, CityStrategyFacts } from "../../src/analysis/cityStrategies.js";
import { cityStrategyParagraph } from "../../src/narrative/cityStrategies.js";

const cityOf = (name: string, nameEn: string, value: number, nominalGrowth: number, unit = "亿元", unitEn = "100 million yuan"): CityGdp => ({
  code: name,
  name,
  nameEn,
  indicator: unit === "亿元" ? "gdp_current_city" : "gdp_current_hkd",
  unit,
  unitEn,
  value,
  nominalGrowth,
  growthVintages: ["v", "v"],
  byYear: [],
});
const SZ = cityOf("深圳", "Shenzhen", 36801.87, 6.34);
const GZ = cityOf("广州", "Guangzhou", 31032.5, 2.23);
const FS = cityOf("佛山", "Foshan", 13361.9, 0.6466);
const HZ = cityOf("惠州", "Huizhou", 6136.39, 8.81);
const HK = cityOf("香港", "Hong Kong", 31750.94, 6.43, "亿港元", "100 million Hong Kong dollars");
const MO = cityOf("澳门", "Macao", 4033.14, 9.2, "亿澳门元", "100 million patacas");

const facts = (extra: Partial<CityStrategyFacts> = {}): CityStrategyFacts => ({
  id: "greater_bay_area",
  name: "粤港澳大湾区",
  nameEn: "Guangdong-Hong Kong-Macao Greater Bay Area",
  year: 2024,
  mainland: [SZ, GZ, FS, HZ],
  ownCurrency: [HK, MO],
  withoutData: [],
  mainlandLevels: [
    { year: 2014, gdp: 57844.44 },
    { year: 2018, gdp: 80440.72 },
    { year: 2024, gdp: 115365.15 },
  ],
  mainlandTotals: [],
  mainlandAverageGrowth: [
    { from: 2014, rate: 7.147 },
    { from: 2018, rate: 6.194 },
  ],
  mainlandGrowth: 4.673,
  bands: [
    { trillions: 3, cities: [SZ, GZ] },
    { trillions: 1, cities: [FS] },
  ],
  trillionCount: [
    { year: 2014, count: 2 },
    { year: 2024, count: 3 },
  ],
  years: [2014, 2024],
  mainlandGrowthAcrossVintages: false,
  fastest: [HZ],
  slowest: [FS],
  notRankedAcrossVintages: [],
  ...extra,
});

test("mainland sum over time, its growth, bands, extremes and the SARs in their own currencies", () => {
  const [levels, growth, bands, extremes, sars] = cityStrategyParagraph(facts());
  assert.equal(levels!.zh, "粤港澳大湾区内地4市地区生产总值由2014年的5.78万亿元、2018年的8.04万亿元增至2024年的11.54万亿元，2014~2024年和2018~2024年名义年均分别增长7.1%和6.2%。");
  assert.equal(levels!.en, "GDP of the 4 mainland cities of the Guangdong-Hong Kong-Macao Greater Bay Area rose from 5,784 billion yuan in 2014 and 8,044 billion yuan in 2018 to 11,537 billion yuan in 2024, a nominal average annual growth of 7.1% over 2014–2024 and 6.2% over 2018–2024.");
  assert.equal(growth!.zh, "2024年内地城市地区生产总值合计比上年名义增长4.7%。");
  assert.equal(bands!.zh, "2024年，深圳、广州地区生产总值在3万亿元以上（分别为36802亿元、31033亿元），佛山在1万亿元以上（13362亿元）；地区生产总值在1万亿元以上的城市由2014年的2个增至3个。");
  assert.equal(bands!.en, "In 2024, Shenzhen and Guangzhou had GDP above 3,000 billion yuan (3,680 billion yuan and 3,103 billion yuan respectively) and Foshan above 1,000 billion yuan (1,336 billion yuan); the number of cities with GDP above 1,000 billion yuan went from 2 in 2014 to 3.");
  assert.equal(extremes!.zh, "内地城市中，名义增长最快的是惠州（8.8%），最慢的是佛山（0.6%）。");
  assert.equal(sars!.zh, "2024年，香港本地生产总值31751亿港元，比上年名义增长6.4%；澳门本地生产总值4033亿澳门元，增长9.2%（以本币计，未折算为人民币）。");
  assert.equal(sars!.en, "In 2024, Hong Kong's GDP was 3,175.1 billion Hong Kong dollars (up 6.4% in nominal terms) and Macao's 403.3 billion patacas (up 9.2%), in their own currencies, not converted into yuan.");
});

test("growth across two vintages: the sentence itself says so, and the cities are not ranked (all, or the ones concerned)", () => {
  const across = cityStrategyParagraph(facts({ mainlandGrowthAcrossVintages: true, fastest: [], slowest: [], notRankedAcrossVintages: [SZ, GZ, FS, HZ] }));
  assert.equal(across[1]!.zh, "2024年内地城市地区生产总值合计比上年名义增长4.7%（2023年与2024年数值分属不同数据版本，增长可能包含修订因素）。");
  assert.equal(across[3]!.zh, "各内地城市2023年与2024年的地区生产总值分属不同数据版本，名义增长可能包含修订因素，故不比较各城市增速快慢。");
  assert.equal(across[3]!.en, "For every mainland city, the 2023 and 2024 figures come from different vintages, so nominal growth may include revisions and the cities are not ranked by growth.");
  assert.ok(across.every((t) => !/最快|最慢|fastest|slowest/.test(`${t.zh}${t.en}`)));
  const some = cityStrategyParagraph(facts({ mainlandGrowthAcrossVintages: true, fastest: [SZ], slowest: [GZ], notRankedAcrossVintages: [HZ] }));
  assert.equal(some[3]!.zh, "内地城市中，名义增长最快的是深圳（6.3%），最慢的是广州（2.2%）。");
  assert.equal(some[4]!.zh, "惠州2023年与2024年的地区生产总值分属不同数据版本，名义增长可能包含修订因素，未参与增速快慢的比较。");
});

test("parts without data are left out: no mainland sum for the year, no bands, no SAR values", () => {
  const t = cityStrategyParagraph(facts({ mainlandLevels: [{ year: 2014, gdp: 1 }], mainlandGrowth: undefined, bands: [], fastest: [], ownCurrency: [{ ...HK, value: undefined }] }));
  assert.deepEqual(t, []);
});
