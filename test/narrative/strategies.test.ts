/** The strategies narrative from minimal hand-made facts, in both languages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { StrategiesFacts, StrategyFact } from "../../src/analysis/strategies.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
import * as say from "../../src/narrative/strategies.js";

const value = (v: number | undefined): GroupValue => ({ value: v, missing: [], publishedTotal: false, sources: [], vintages: [] });

function strategy(name: string, nameEn: string, extra: Partial<StrategyFact> = {}): StrategyFact {
  return { name, nameEn, members: ["a", "b", "c"], lateMembers: [], gdp: value(115049.6), shareSeries: [], realGrowth: value(5.2), perCapitaGdp: value(undefined), ...extra };
}

function facts(strategies: StrategyFact[], extra: Partial<StrategiesFacts> = {}): StrategiesFacts {
  return { year: 2024, strategies, fastest: [], starts: [], cityLevel: [], provinceSum: [], trendYears: [2014, 2024], sectorYears: [], ...extra };
}

const JJJ = strategy("京津冀", "Beijing-Tianjin-Hebei", {
  shareDisplay: 8.6,
  shareFirst: { year: 2014, shareDisplay: 9.09 },
  shareChange: -0.49,
  trend: "fell",
  perCapitaGdp: value(105309.4),
  structureFirst: { year: 2019, shares: [4.4, 27.9, 67.7] },
  structureLast: { year: 2024, shares: [4.3, 26.8, 68.9] },
});
const YRD = strategy("长三角", "Yangtze River Delta", { realGrowth: value(5.5), trend: "rose", shareFirst: { year: 2014, shareDisplay: 23.62 } });

test("one strategy: GDP, share and its change, growth, per-capita GDP, structure change; English names take the article", () => {
  const t = say.strategySentence(facts([JJJ]), JJJ);
  assert.equal(t.zh, "2024年，京津冀地区生产总值115050亿元，占31个省份合计的8.60%，比2014年下降0.49个百分点，按不变价格计算比上年增长5.2%，人均地区生产总值105309元，三次产业结构由2019年的4.4:27.9:67.7调整至4.3:26.8:68.9。");
  assert.equal(t.en, "In 2024, GDP of Beijing-Tianjin-Hebei was 11,505.0 billion yuan; 8.60% of the sum of the 31 provinces (down 0.49 percentage points since 2014); real GDP was up 5.2% on the previous year; GDP per capita was 105,309 yuan; its three-industry structure moved from 4.4:27.9:67.7 in 2019 to 4.3:26.8:68.9.");
  const bare = say.strategySentence(facts([YRD]), { ...YRD, realGrowth: value(undefined) });
  assert.equal(bare.zh, "2024年，长三角地区生产总值115050亿元，实际增速数据缺失。");
  assert.match(bare.en, /^In 2024, GDP of the Yangtze River Delta was/);
  assert.equal(say.strategySentence(facts([JJJ]), { ...JJJ, gdp: value(undefined) }).zh, "2024年京津冀地区生产总值数据不全，无法合计。");
});

test("overview: the fastest strategy region (ties 并列) and whose shares rose or fell since the first year", () => {
  const [fastest, trends] = say.strategiesOverview(facts([JJJ, YRD], { fastest: [YRD] }));
  assert.equal(fastest!.zh, "2024年，在四大区域重大战略覆盖的省份中，长三角经济增速最快（5.5%）。");
  assert.equal(trends!.zh, "与2014年相比，长三角占31个省份合计的比重上升，京津冀的比重下降。");
  assert.equal(trends!.en, "Compared with 2014, the shares of the Yangtze River Delta in the 31-province sum rose and those of Beijing-Tianjin-Hebei fell.");
  const onlyFell = say.strategiesOverview(facts([JJJ], { fastest: [JJJ] }))[1]!;
  assert.equal(onlyFell.en, "Compared with 2014, the shares of Beijing-Tianjin-Hebei in the 31-province sum fell.");
  assert.match(say.strategiesOverview(facts([JJJ, YRD], { fastest: [JJJ, YRD] }))[0]!.zh, /京津冀和长三角经济增速并列最快/);
  assert.match(say.strategiesOverview(facts([{ ...JJJ, realGrowth: value(undefined) }, YRD]))[0]!.zh, /部分区域重大战略地区的实际增速数据缺失/);
  assert.match(say.strategiesOverview(facts([{ ...JJJ, realGrowth: value(undefined), trend: undefined }]))[0]!.en, /cannot be computed for any strategy region/);
});

test("city-level strategies are named with their members and why they are not computed", () => {
  assert.equal(say.cityLevelSentence(facts([])), undefined);
  const t = say.cityLevelSentence(facts([], { cityLevel: [{ name: "粤港澳大湾区", nameEn: "Guangdong-Hong Kong-Macao Greater Bay Area", members: ["广州", "深圳"] }] }))!;
  assert.equal(t.zh, "粤港澳大湾区的成员为地级市及香港、澳门（广州、深圳），需要城市数据，现有分省数据无法计算，本节未列入。");
  assert.match(t.en, /^The Guangdong-Hong Kong-Macao Greater Bay Area consists of cities/);
});

test("composition note: late members with the year they joined; all members joining = the strategy's start; nothing for one year", () => {
  const anhui = { code: "340000", name: "安徽", nameEn: "Anhui", validFrom: 2019 };
  const yrd = { ...YRD, members: ["310000", "320000", "330000", "340000"], lateMembers: [anhui] };
  const yrb = strategy("黄河流域", "Yellow River Basin", { members: ["a", "b"], lateMembers: [{ code: "a", name: "甲", nameEn: "A", validFrom: 2019 }, { code: "b", name: "乙", nameEn: "B", validFrom: 2019 }] });
  const t = say.compositionNote(facts([yrd, yrb]))!;
  assert.match(t.zh, /^注：为保持口径一致，2014~2024年各年均按2024年的成员范围计算：长三角含安徽（2019年起正式纳入），黄河流域含全部2个省份（该战略2019年提出）。/);
  assert.match(t.en, /the Yangtze River Delta includes Anhui \(formally a member from 2019\) and the Yellow River Basin includes all 2 of its provinces \(strategy launched in 2019\)/);
  assert.equal(say.compositionNote(facts([yrd], { trendYears: [2024] })), undefined);
});

test("before any strategy: the note names when each was set up", () => {
  const starts = [
    { name: "长三角", nameEn: "Yangtze River Delta", startYear: 2010 },
    { name: "京津冀", nameEn: "Beijing-Tianjin-Hebei", startYear: 2014 },
    { name: "长江经济带", nameEn: "Yangtze River Economic Belt", startYear: 2014 },
  ];
  const t = say.notYetSetUpNote(facts([], { year: 2006, starts }));
  assert.equal(t.zh, "（区域重大战略从略：2006年尚未设立区域重大战略。按成员数据，长三角自2010年起设立，京津冀和长江经济带自2014年起设立。）");
  assert.equal(t.en, "(Major regional strategies omitted: none had been set up by 2006. According to the membership data, the Yangtze River Delta dates from 2010 and Beijing-Tianjin-Hebei and the Yangtze River Economic Belt from 2014.)");
  assert.match(say.notYetSetUpNote(facts([], { year: 2006 })).zh, /2006年没有以省份为成员的区域重大战略地区/);
});
