/**
 * The disparity sentences (src/narrative/disparity.ts) from minimal, made-up facts: each judgement is
 * phrased as decided, every number is printed with its stated decimals, English has no Chinese.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadRegistry } from "../../src/data/registry.js";
import type { BetaOverPeriod, DisparityIndices, DisparitySeries, MoranOfYear, TheilByGrouping } from "../../src/analysis/disparity.js";
import type { DisparityJudgement } from "../../src/analysis/rules/disparity.js";
import type { BetaConvergence, SigmaConvergence } from "../../src/stats/convergence.js";
import type { LocalMoranUnit } from "../../src/stats/spatial/localMoran.js";
import {
  LEVEL,
  betaParagraph,
  coverageText,
  gapText,
  islandsWarning,
  judgementLine,
  judgementWords,
  moranParagraph,
  provinceNames,
  quadrantCounts,
  seriesParagraph,
  singleYearParagraph,
  theilParagraph,
} from "../../src/narrative/disparity.js";

const registry = loadRegistry();
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** Indices of one year with the four judged figures set (the others are not read by the narrative). */
const indices = (williamsonCV: number, theilTWeighted: number, sd: number, range: number): DisparityIndices =>
  ({ williamsonCV, theilTWeighted, sd, range }) as DisparityIndices;

const sigma = (slope: number, pValue: number): SigmaConvergence => ({ years: [], dispersion: [], slope, standardError: 0, tValue: 0, pValue, converging: false, diverging: false });

function series(judgement: DisparityJudgement | undefined, trend?: SigmaConvergence): DisparitySeries {
  const year = (y: number, ix: DisparityIndices | undefined) => ({ year: y, indicator: "gdp_per_capita", indices: ix, missing: [], missingPopulation: [], invalid: [] });
  return {
    indicator: "gdp_per_capita",
    years: [year(2015, indices(0.38864, 0.06756, 22580.5, 92060.4)), year(2016, undefined), year(2024, indices(0.38676, 0.06605, 42415.2, 174559.5))],
    firstYear: 2015,
    lastYear: 2024,
    judgement,
    sigmaWilliamson: trend,
    sigmaLog: undefined,
  };
}

test("judgement words: each direction, and slight only as decided", () => {
  const w = (relative: DisparityJudgement["relative"], relativeSlight: boolean, absolute: DisparityJudgement["absolute"]) => judgementWords({ relative, relativeSlight, absolute });
  assert.deepEqual(w("narrowed", true, "widened"), { relative: { zh: "略有缩小（趋势不显著）", en: "narrowed slightly (no significant trend)" }, absolute: { zh: "扩大", en: "widened" } });
  assert.deepEqual(w("widened", true, "narrowed").relative, { zh: "略有扩大（趋势不显著）", en: "widened slightly (no significant trend)" });
  assert.deepEqual(w("narrowed", false, "unchanged"), { relative: { zh: "缩小", en: "narrowed" }, absolute: { zh: "基本不变", en: "was broadly unchanged" } });
  // One wording for "mixed" everywhere (the report said 变化方向不一, the command 变化不一).
  assert.deepEqual(w("mixed", false, "mixed").relative, { zh: "变化方向不一", en: "moved in different directions" });
});

test("judgement line (the command's): years, both clauses; too few years is said so", () => {
  assert.deepEqual(judgementLine(series({ relative: "narrowed", relativeSlight: true, absolute: "widened" })), {
    zh: "2015~2024年：相对差距略有缩小（趋势不显著），绝对差距扩大。",
    en: "2015–2024: relative disparity narrowed slightly (no significant trend), absolute disparity widened.",
  });
  const none = { ...series(undefined), firstYear: 2024, lastYear: 2024 };
  assert.equal(judgementLine(none).en, "2024: relative disparity could not be judged (too few years), absolute disparity could not be judged (too few years).");
});

test("series paragraph: first and last figures at 4 decimals and whole yuan, the judgement, the σ-trend sentence", () => {
  const p = seriesParagraph(series({ relative: "narrowed", relativeSlight: true, absolute: "widened" }, sigma(-0.00067, 0.0674)), { mixedVintages: false });
  assert.equal(
    p.zh,
    "2015~2024年，省际人均地区生产总值人口加权变异系数由0.3886变为0.3868，人口加权泰尔指数由0.0676变为0.0661，相对差距略有缩小（趋势不显著）；标准差由22581元变为42415元，极差由92060元变为174560元，绝对差距扩大。加权变异系数对年份的线性趋势为负（每年下降0.0007，p=0.067），在5%水平上不显著，σ收敛证据不足。",
  );
  assert.equal(
    p.en,
    "From 2015 to 2024, the population-weighted CV of provincial GDP per capita went from 0.3886 to 0.3868 and the population-weighted Theil T from 0.0676 to 0.0661: relative disparity narrowed slightly (no significant trend). The standard deviation went from 22,581 to 42,415 yuan and the range from 92,060 to 174,560 yuan: absolute disparity widened. The linear trend of the weighted CV on year is negative (down 0.0007 a year, p = 0.067), not significant at 5%: no firm evidence of σ-convergence.",
  );
  // A significant trend is named as σ-convergence / divergence.
  assert.match(seriesParagraph(series({ relative: "narrowed", relativeSlight: false, absolute: "widened" }, sigma(-0.001, 0.01)), { mixedVintages: false }).zh, /相对差距缩小；.*在5%水平上显著，存在σ收敛。$/);
  assert.match(seriesParagraph(series({ relative: "widened", relativeSlight: false, absolute: "widened" }, sigma(0.001, 0.01)), { mixedVintages: false }).en, /positive \(up 0\.0010 a year, p = 0\.010\), significant at 5%: σ-divergence\.$/);
  // No trend test: no trend sentence. A vintage break: the clause after the absolute judgement.
  const broken = seriesParagraph(series({ relative: "mixed", relativeSlight: false, absolute: "widened" }), { mixedVintages: true });
  assert.match(broken.zh, /相对差距变化方向不一；.*绝对差距扩大（注意：序列跨越不同数据版本，变化可能含统计修订因素）。$/);
  assert.match(broken.en, /absolute disparity widened \(note: the comparison crosses a data-version break; the change may partly reflect statistical revisions\)\.$/);
  // A series that stops before the report year opens with why.
  const early = seriesParagraph(series({ relative: "narrowed", relativeSlight: false, absolute: "widened" }), { mixedVintages: false, endsEarly: { zh: "2025年缺少广东的地区生产总值（gdp_current）", en: "in 2025, GDP (current prices) (gdp_current) is missing for Guangdong" } });
  assert.match(early.zh, /^2025年缺少广东的地区生产总值（gdp_current）；差距指标须逐年覆盖全部31个省份才可比较，以下变化截至2024年。2015~2024年，/);
  assert.match(early.en, /^In 2025, GDP .* is missing for Guangdong; the indices compare only with all 31 provinces in every year, so the change below ends in 2024\. From 2015 to 2024,/);
});

test("single complete year: its figures and why no change is judged", () => {
  const p = singleYearParagraph(2024, indices(0.38676, 0.06605, 42415.2, 174559.5));
  assert.equal(p.zh, "2024年，省际人均地区生产总值人口加权变异系数为0.3868，人口加权泰尔指数为0.0661，标准差为42415元，极差为174560元；此前没有完整的分省数据，无法判断差距的变化。");
  assert.doesNotMatch(p.en, CJK);
});

test("gap text: missing provinces (all 31 = every province), unusable values quoted as read, insufficient data", () => {
  const t = gapText(registry, 2024, [
    { indicator: "gdp_current", missing: ["440000"], invalid: [{ code: "420000", value: 0 }] },
    { indicator: "population_year_end", missing: registry.provinces.map((p) => p.code), invalid: [{ code: "540000", value: -1 }, { code: "650000", value: 0 }] },
  ]);
  assert.equal(
    t.zh,
    "2024年缺少广东的地区生产总值；湖北的地区生产总值不是正数（0），无法取对数和比值，已剔除；缺少各省份的年末常住人口；西藏和新疆的年末常住人口不是正数（西藏：-1，新疆：0），无法取对数和比值，已剔除",
  );
  assert.match(t.en, /^in 2024, GDP \(current prices\) is missing for Guangdong; .* is not positive for Hubei \(0\) and cannot enter logs and ratios, so it was excluded; .* is missing for every province; .* is not positive for Tibet and Xinjiang \(Tibet: -1, Xinjiang: 0\) .* so they were excluded$/);
  assert.deepEqual(gapText(registry, 2024, []), { zh: "2024年数据不足", en: "the data for 2024 are insufficient" });
  assert.deepEqual(coverageText(registry, Array(30).fill("x"), ["440000"]), { zh: "30个省份，缺少广东", en: "30 provinces; Guangdong missing" });
  assert.deepEqual(provinceNames(registry, ["460000", "540000"]), { zh: "海南和西藏", en: "Hainan and Tibet" });
});

const part = (group: string, withinContribution: number) => ({ group, n: 1, populationShare: 0, incomeShare: 0, mean: 1, index: 0, withinContribution });
const theil = (groups: [string, string, number][], total: number, between: number): TheilByGrouping => ({
  indicator: "gdp_per_capita",
  year: 2024,
  grouping: "四大板块",
  decomposition: { kind: "T", weighted: true, total, between, within: total - between, betweenShare: between / total, groups: groups.map(([g, , w]) => part(g, w)) },
  missing: [],
  covered: [],
  ungrouped: [],
  groupNames: new Map(groups.map(([zh, en]) => [zh, { zh, en }])),
});

test("Theil paragraph: between-group shares at one decimal, the largest within-group part (ties named together)", () => {
  const four = theil([["东部", "East", 0.0279], ["中部", "Central", 0.0025], ["西部", "West", 0.0049], ["东北", "Northeast", 0.0006]], 0.0661, 0.0302);
  const ns = theil([["北方", "North", 0.0229], ["南方", "South", 0.038]], 0.0661, 0.0053);
  const p = theilParagraph(2024, { fourRegions: four, northSouth: ns }, undefined);
  assert.equal(p.zh, "按人口加权泰尔指数分解，2024年四大板块之间的差距占总体差距的45.7%，南北之间的差距占8.0%；板块内部差距以东部最大，贡献42.2%。");
  assert.equal(p.en, "Decomposing the population-weighted Theil T for 2024, gaps between the four regions account for 45.7% of the total, and the north–south gap for 8.0%; within-region inequality is largest in the East (42.2% of the total).");
  const tied = theilParagraph(2024, { fourRegions: theil([["东部", "East", 0.3], ["西部", "West", 0.3]], 1, 0.4) }, { zh: "30个省份，缺少广东", en: "30 provinces; Guangdong missing" });
  assert.equal(tied.zh, "按人口加权泰尔指数分解，2024年（30个省份，缺少广东）四大板块之间的差距占总体差距的40.0%；板块内部差距以东部和西部最大，贡献30.0%。");
  // No disparity (total 0): the share is missing, not 0%, and no group is called largest.
  assert.equal(theilParagraph(2024, { fourRegions: theil([["东部", "East", 0]], 0, 0) }, undefined).zh, "按人口加权泰尔指数分解，2024年四大板块之间的差距占总体差距的—。");
});

const betaFit = (beta: number, betaPValue: number): BetaConvergence => ({ period: 9, n: 31, alpha: 0, beta, betaStandardError: 0.0046, betaTValue: 0, betaPValue, rSquared: 0.03, speed: undefined, halfLife: undefined, dummies: [], converging: false });
const beta = (absolute: BetaConvergence, conditional?: BetaConvergence): BetaOverPeriod => ({ indicator: "gdp_per_capita", fromYear: 2015, toYear: 2024, absolute, conditional, conditionalOn: "四大板块", missing: [], covered: [] });

test("β paragraph: each verdict at 5%, conditional β when estimated, coverage and break clause", () => {
  const notSig = betaParagraph(beta(betaFit(-0.00452, 0.3395), betaFit(0.0016, 0.7525)), { mixedVintages: false });
  assert.equal(notSig.zh, "以2015年人均地区生产总值对数为解释变量，2015~2024年年均增长率的绝对β系数为-0.0045（p=0.340），在5%水平上不显著，绝对β收敛不明显；控制四大板块虚拟变量后β系数为0.0016（p=0.753）。");
  assert.match(betaParagraph(beta(betaFit(-0.02, 0.01)), { mixedVintages: false }).zh, /在5%水平上显著为负，存在绝对β收敛。$/);
  assert.match(betaParagraph(beta(betaFit(0.02, 0.01)), { mixedVintages: false }).en, /significantly positive at 5%: divergence\.$/);
  const partial = betaParagraph(beta(betaFit(-0.02, 0.05)), { mixedVintages: true, coverage: { zh: "30个省份，缺少广东", en: "30 provinces; Guangdong missing" } });
  assert.match(partial.zh, /（p=0\.050；30个省份，缺少广东），在5%水平上不显著，绝对β收敛不明显（注意：序列跨越不同数据版本/);
  assert.doesNotMatch(partial.en, CJK);
});

const lisa = (id: string, quadrant: LocalMoranUnit["quadrant"], pValue: number): LocalMoranUnit => ({ id, quadrant, pValue, Ii: 0, z: 0, lag: 0 });
const moran = (pRandomisation: number, units: LocalMoranUnit[]): MoranOfYear =>
  ({
    indicator: "gdp_per_capita",
    year: 2024,
    transform: "level",
    global: { n: 30, I: 0.33079, expected: -0.0345, varianceNormality: 0, varianceRandomisation: 0.0122, zNormality: 0, zRandomisation: 3.3, pRandomisation, pNormality: 0 },
    permutation: undefined,
    local: { units, permutations: 999, seed: 1 },
    weights: { excluded: ["460000"] },
    missing: [],
  }) as unknown as MoranOfYear;

test("Moran paragraph: verdict at 5% and the significant local clusters by quadrant, named", () => {
  const units = [lisa("320000", "HH", 0.01), lisa("330000", "HH", 0.02), lisa("510000", "LL", 0.04), lisa("150000", "HL", 0.03), lisa("110000", "HH", 0.05)];
  const p = moranParagraph(registry, moran(0.0005, units));
  assert.equal(p.zh, "2024年人均地区生产总值的全局莫兰指数为0.3308，在5%水平上显著为正，省际人均地区生产总值呈空间集聚；局部莫兰指数在5%水平上显著的有：江苏和浙江为高—高集聚，四川为低—低集聚，内蒙古为高—低异常值。");
  assert.equal(p.en, "In 2024 the global Moran's I of GDP per capita is 0.3308, significantly positive at 5%: provincial GDP per capita is spatially clustered; significant local clusters (5%): Jiangsu and Zhejiang high–high clusters; Sichuan low–low clusters; Inner Mongolia high–low outliers.");
  assert.deepEqual(quadrantCounts(moran(0.0005, units)), { HH: 2, LL: 1, LH: 0, HL: 1 });
  assert.equal(moranParagraph(registry, moran(0.05, [])).zh, "2024年人均地区生产总值的全局莫兰指数为0.3308，在5%水平上不显著，空间集聚不明显。");
  assert.equal(LEVEL, "5%");
});

test("islands warning names the provinces in both languages; none when nothing is excluded", () => {
  assert.deepEqual(islandsWarning(registry, ["460000"]), {
    zh: "海南无陆地相邻省份，已从空间权重中剔除（莫兰指数不含该省）",
    en: "Hainan has no land neighbour and was excluded from the spatial weights (Moran's I leaves it out)",
  });
  assert.match(islandsWarning(registry, ["460000", "710000"])!.en, /^Hainan and 710000 have no land neighbour and were excluded .* leaves them out\)$/);
  assert.equal(islandsWarning(registry, []), undefined);
});
