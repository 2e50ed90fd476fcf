/** The strategies narrative from minimal hand-made facts, in both languages. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { StrategiesFacts, StrategyFact } from "../../src/analysis/strategies.js";
import type { GroupValue } from "../../src/analysis/aggregate.js";
import * as say from "../../src/narrative/strategies.js";

const value = (v: number | undefined): GroupValue => ({ value: v, missing: [], publishedTotal: false, sources: [], vintages: [] });

function strategy(name: string, nameEn: string, extra: Partial<StrategyFact> = {}): StrategyFact {
  return {
    id: nameEn,
    name,
    nameEn,
    members: ["a", "b", "c"],
    lateMembers: [],
    gdp: value(115049.6),
    shareSeries: [],
    realGrowth: value(5.2),
    perCapitaGdp: value(undefined),
    structureSeries: [],
    gdpSeries: [],
    levels: [{ year: 2024, gdp: 115049.6 }],
    nominalGrowth: [],
    perCapitaSeries: [],
    tertiaryShareSeries: [],
    ...extra,
  };
}

function facts(strategies: StrategyFact[], extra: Partial<StrategiesFacts> = {}): StrategiesFacts {
  return { year: 2024, strategies, fastest: [], starts: [], cityLevel: [], provinceSum: [], denominators: [], trendYears: [2014, 2024], sectorYears: [], ...extra };
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

test("one strategy: levels and nominal average growth, share and real growth, per-capita GDP, tertiary share and structure, members' shares", () => {
  const jjj = {
    ...JJJ,
    levels: [
      { year: 2014, gdp: 59970.8 },
      { year: 2018, gdp: 81519.5 },
      { year: 2024, gdp: 115049.6 },
    ],
    nominalGrowth: [
      { from: 2014, to: 2024, rate: 6.7349 },
      { from: 2018, to: 2024, rate: 5.9052 },
    ],
    perCapitaSeries: [
      { year: 2014, value: 54902.6 },
      { year: 2024, value: 105309.4 },
    ],
    tertiaryShareSeries: [
      { year: 2014, share: 59.966 },
      { year: 2024, share: 68.92 },
    ],
    memberShares: {
      first: { year: 2014, shares: [{ code: "110000", name: "北京", nameEn: "Beijing", share: 39.3 }, { code: "120000", name: "天津", nameEn: "Tianjin", share: 17.9 }, { code: "130000", name: "河北", nameEn: "Hebei", share: 42.8 }] },
      last: { year: 2024, shares: [{ code: "110000", name: "北京", nameEn: "Beijing", share: 43.2 }, { code: "120000", name: "天津", nameEn: "Tianjin", share: 15.6 }, { code: "130000", name: "河北", nameEn: "Hebei", share: 41.2 }] },
    },
  };
  const [levels, year, perCapita, structure, members] = say.strategyParagraph(facts([jjj]), jjj);
  assert.equal(levels!.zh, "京津冀地区生产总值由2014年的6.00万亿元、2018年的8.15万亿元增至2024年的11.50万亿元，2014~2024年和2018~2024年名义年均分别增长6.7%和5.9%。");
  assert.equal(levels!.en, "GDP of Beijing-Tianjin-Hebei rose from 5,997 billion yuan in 2014 and 8,152 billion yuan in 2018 to 11,505 billion yuan in 2024, a nominal average annual growth of 6.7% over 2014–2024 and 5.9% over 2018–2024.");
  assert.equal(year!.zh, "2024年，京津冀地区生产总值占31个省份合计的8.60%，比2014年下降0.49个百分点；按不变价格计算比上年增长5.2%。");
  assert.equal(year!.en, "In 2024, Beijing-Tianjin-Hebei accounted for 8.60% of the GDP of the 31 provinces (down 0.49 percentage points since 2014); real GDP was up 5.2% on the previous year.");
  assert.equal(perCapita!.zh, "人均地区生产总值由2014年的54903元增至2024年的105309元。");
  assert.equal(structure!.zh, "第三产业增加值占地区生产总值的比重由2014年的60.0%升至2024年的68.9%；三次产业结构由2019年的4.4:27.9:67.7调整至2024年的4.3:26.8:68.9。");
  assert.equal(structure!.en, "The tertiary industry's share of GDP rose from 60.0% in 2014 to 68.9% in 2024; the three-industry structure moved from 4.4:27.9:67.7 in 2019 to 4.3:26.8:68.9 in 2024.");
  assert.equal(members!.zh, "北京、天津、河北占京津冀地区生产总值的比重分别由2014年的39.3%、17.9%、42.8%变为2024年的43.2%、15.6%、41.2%。");
  assert.equal(members!.en, "The shares of Beijing, Tianjin and Hebei in the GDP of Beijing-Tianjin-Hebei moved from 39.3%, 17.9% and 42.8% in 2014 to 43.2%, 15.6% and 41.2% in 2024.");
  // More members than MAX_MEMBERS_LISTED: no list of shares.
  const many = { ...jjj, members: ["a", "b", "c", "d", "e"] };
  assert.equal(say.strategyParagraph(facts([many]), many).length, 4);
  // The report year alone: its level, growth said missing, no per-capita or structure sentence.
  const bare = say.strategyParagraph(facts([YRD]), { ...YRD, realGrowth: value(undefined) });
  assert.equal(bare[0]!.zh, "2024年，长三角地区生产总值为11.50万亿元。");
  assert.equal(bare[1]!.zh, "2024年，长三角实际增速数据缺失。");
  assert.match(bare[0]!.en, /^In 2024, GDP of the Yangtze River Delta was 11,505 billion yuan\.$/);
  assert.deepEqual(say.strategyParagraph(facts([JJJ]), { ...JJJ, gdp: value(undefined) }).map((t) => t.zh), ["2024年京津冀地区生产总值数据不全，无法合计。"]);
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
