import type { Text } from "../types/text.js";
import { list } from "./format.js";

/**
 * Words of the outlook (展望): scenario names and assumptions, table headers, captions, notes, the
 * sentence templates of narrative/outlook.ts and the help and messages of `regecon outlook`. Numbers
 * arrive already formatted (messages/format.ts) with the decimals the rules allow.
 */

type ScenarioKey = "persistence" | "trend" | "convergence" | "targets";

// ---- separators -------------------------------------------------------------------------------------

/** Between clauses of one sentence: "；" / "; ". */
export const clauseSep: Text = { zh: "；", en: "; " };
/** Between items of an enumeration: "、" / ", ". */
export const itemSep: Text = { zh: "、", en: ", " };
/** Between sentences of a paragraph: nothing in Chinese, a space in English. */
export const sentenceSep: Text = { zh: "", en: " " };
/** Between parallel clauses: "，" / ", ". */
export const commaSep: Text = { zh: "，", en: ", " };

/** Clauses ended as a sentence: "价格：…；人口：…。" */
export const asSentence = (clauses: Text): Text => ({ zh: `${clauses.zh}。`, en: `${clauses.en}.` });

/** A national path with the remark that persistence has none: "…（惯性情景不设全国路径）". */
export const withPersistenceRemark = (path: Text): Text => ({
  zh: `${path.zh}（惯性情景不设全国路径）`,
  en: `${path.en} (the persistence scenario has none)`,
});

/** "东部52.4%" / "East 52.4%". */
export const shareItem = (region: Text, share: string): Text => ({ zh: `${region.zh}${share}%`, en: `${region.en} ${share}%` });

/** "实际增速（gdp_index_prev_year）数据" / "The … data": what a vintage note is about. */
export const indicatorData = (label: Text): Text => ({ zh: `${label.zh}数据`, en: `The ${label.en} data` });

// ---- names ------------------------------------------------------------------------------------------

export const sectionTitle: Text = { zh: "区域经济展望", en: "Outlook" };

export const scenarioName: Readonly<Record<ScenarioKey, Text>> = {
  persistence: { zh: "惯性情景", en: "Persistence" },
  trend: { zh: "趋势情景", en: "Trend" },
  convergence: { zh: "收敛情景", en: "Convergence" },
  targets: { zh: "目标情景", en: "Targets" },
};

/** Scenario names in running text: lower case in English ("persistence"); Chinese unchanged. */
export const scenarioInProse = (s: ScenarioKey): Text => ({ zh: scenarioName[s].zh, en: scenarioName[s].en.toLowerCase() });

/** The scenario's name inside an English sentence ("the persistence scenario"); Chinese unchanged. */
export const scenarioInSentence = (s: ScenarioKey): Text => ({ zh: scenarioName[s].zh, en: `the ${scenarioName[s].en.toLowerCase()} scenario` });

// ---- assumptions ------------------------------------------------------------------------------------

/** `years`: "2024年" or "2022~2024年" (format.yearRange). */
export const persistenceAssumption = (years: string, oneYear: boolean): Text => ({
  zh: oneYear ? `各省份实际增速保持${years}的水平` : `各省份实际增速保持${years}的平均水平`,
  en: oneYear ? `each province's real growth stays at its ${years} rate` : `each province's real growth stays at its mean rate of ${years}`,
});

export const trendAssumption = (years: string): Text => ({
  zh: `各省份实际增速与31个省份平均增速之差保持${years}的平均值`,
  en: `each province's growth differential to the 31-province mean stays at its ${years} average`,
});

export const convergenceAssumption = (years: string, beta: string, se: string): Text => ({
  zh: `人均地区生产总值增速差异由${years}估计的β收敛关系决定（β=${beta}，标准误${se}）`,
  en: `growth differentials of GDP per capita follow the β-convergence relation estimated over ${years} (β = ${beta}, s.e. ${se})`,
});

export const targetsAssumption: Text = {
  zh: "各省份增速取本省公布的增长目标，按同一比例缩放使31个省份平均增速等于全国路径，没有目标的省份按全国路径",
  en: "each province grows at its announced target, all targets scaled by one factor so that the 31-province mean equals the national path, and provinces without a target follow the national path",
};

/** The national path's label in notes. */
export const nationalPathLabel: Text = { zh: "全国路径：", en: "National path: " };

/** Assumptions of the back-test, relative to each origin year (the projected year's assumptions name years). */
export const backtestAssumption = {
  persistence: (): Text => ({ zh: "各省份实际增速保持起点年份的水平", en: "each province's real growth stays at its origin-year rate" }),
  trend: (years: number): Text => ({
    zh: `各省份实际增速与31个省份平均增速之差保持截至起点年份${years}年的平均值`,
    en: `each province's growth differential to the 31-province mean stays at its average of the ${years} years to the origin`,
  }),
  convergence: (years: number): Text => ({
    zh: `人均地区生产总值增速差异由起点年份及之前${years}年估计的β收敛关系决定`,
    en: `growth differentials of GDP per capita follow the β-convergence relation estimated over the origin year and the ${years} years before it`,
  }),
};

/** `withTargets`: the targets scenario is shown (it uses the file's national target of the year when given). */
export const backtestCommonAssumptions = (withTargets: boolean): Text => ({
  zh: `全国路径取起点年份的31个省份平均实际增速（惯性情景不设全国路径${withTargets ? "；目标情景在文件给出全国目标的年份取全国目标" : ""}）；各省份平减指数变化率和人口增长率保持起点年份的水平`,
  en: `The national path is the origin year's 31-province mean real growth (none for the persistence scenario${withTargets ? "; the targets scenario uses the file's national target where given" : ""}); each province's deflator change and population growth stay at their origin-year rates`,
});

/** `growth`: "5.0". */
export const nationalPathOriginMean = (year: number, growth: string): Text => ({
  zh: `31个省份实际增速（以上年地区生产总值加权）保持${year}年的${growth}%`,
  en: `the 31-province real growth (weighted by previous-year GDP) stays at its ${year} rate of ${growth}%`,
});

export const nationalPathStated = (growth: string): Text => ({
  zh: `设定为${growth}%（用户给定）`,
  en: `${growth}% (stated by the user)`,
});

export const nationalPathTarget = (year: number, growth: string, source: string): Text => ({
  zh: `目标情景${year}年的全国路径取全国增长目标${growth}%（${source}）`,
  en: `the targets scenario's national path for ${year} is the national growth target of ${growth}% (${source})`,
});

export const priceAssumption = (year: number): Text => ({
  zh: `价格：各省份地区生产总值平减指数保持${year}年的变化率（${year}年现价增长与实际增长之比）`,
  en: `Prices: each province's GDP deflator changes as it did in ${year} (its ${year} nominal over real growth)`,
});

export const populationAssumption = (year: number): Text => ({
  zh: `人口：各省份年末常住人口保持${year}年的增长率`,
  en: `Population: each province's year-end resident population grows at its ${year} rate`,
});

export const noNationalPath: Text = { zh: "不设（31个省份平均增速由各省份增速决定）", en: "none (the 31-province mean follows from the provinces)" };

// ---- section sentences ------------------------------------------------------------------------------

/** `years`: the projected years ("2025年" / "2025–2027"). */
export const intro = (origin: number, years: string, scenarios: string, backtestYears: string): Text => ({
  zh: `以${origin}年为起点，按${scenarios}推算${years}各地区的实际增速、经济总量占比和人均地区生产总值差距，每种情景都写明假设，并先用${backtestYears}的历史数据回测。`,
  en: `Regional real growth, shares of GDP and the disparity of GDP per capita are projected for ${years} from ${origin} under the ${scenarios} scenarios, each with its assumptions stated and first tested on the history of ${backtestYears}.`,
});

export const conditional: Text = {
  zh: "以下推算是在所列假设下的条件结果，不是对未来的判断：假设不成立，结果随之改变。推算值的小数位数不超过回测误差所能支持的精度。",
  en: "The projections are conditional on the stated assumptions, not forecasts of what will happen: if an assumption fails, so does the projection. They are printed no more precisely than their back-test errors support.",
};

export const conditionalNote: Text = {
  zh: "推算是所列假设下的条件结果，不是预测结论。",
  en: "Projections are conditional on the stated assumptions, not forecasts.",
};

/** The β verdict at significance `level` ("5%"). */
export const betaVerdictText = (verdict: "convergence" | "divergence" | "notSignificant", level: string): Text =>
  ({
    convergence: { zh: `在${level}水平上显著，省份间存在β收敛`, en: `significant at ${level}: provinces converge (β-convergence)` },
    divergence: { zh: `在${level}水平上显著为正，省份间趋于发散`, en: `significantly positive at ${level}: provinces diverge` },
    notSignificant: { zh: `在${level}水平上不显著，β收敛证据不足`, en: `not significant at ${level}: no firm evidence of β-convergence` },
  })[verdict];

/** β sentence; `speed` in % a year and `halfLife` in years, or undefined when not defined. */
export const convergenceSentence = (years: string, beta: string, se: string, p: string, verdict: Text, speed: string | undefined, halfLife: string | undefined): Text => ({
  zh: `按${years}数据估计，实际人均地区生产总值的绝对β收敛系数为${beta}（标准误${se}，p=${p}），${verdict.zh}${speed === undefined ? "" : `；隐含收敛速度每年${speed}%`}${halfLife === undefined ? "" : `，半衰期约${halfLife}年`}。`,
  en: `Estimated over ${years}, the absolute β-convergence coefficient of real GDP per capita is ${beta} (s.e. ${se}, p = ${p}), ${verdict.en}${speed === undefined ? "" : `; the implied speed is ${speed}% a year`}${halfLife === undefined ? "" : `, a half-life of about ${halfLife} years`}.`,
});

export const gapChangeWord = {
  widened: { zh: "扩大", en: "widens" },
  narrowed: { zh: "缩小", en: "narrows" },
  unchanged: { zh: "基本不变", en: "is broadly unchanged" },
} satisfies Record<string, Text>;

/** σ beside β (OECD practice): `cv0` observed in `origin`, `cv1` projected for `year`. */
export const sigmaSentence = (year: number, origin: number, cv1: string, cv0: string, change: Text): Text => ({
  zh: `收敛情景下，${year}年人均地区生产总值的人口加权变异系数（σ）为${cv1}（${origin}年为${cv0}），离散程度${change.zh}。β收敛与σ收敛未必同步：较落后省份增长较快时，省份间离散程度仍可能扩大，故二者并列。`,
  en: `Under the convergence scenario, the population-weighted coefficient of variation (σ) of GDP per capita is ${cv1} in ${year} (${cv0} in ${origin}): the dispersion ${change.en}. β- and σ-convergence need not move together (poorer provinces may grow faster while the spread still widens), so both are shown.`,
});

/** One scenario's projected shares in a sentence part, e.g. "惯性情景下东部地区52.4%、中部地区21.4%…". */
export const sharesUnder = (scenario: Text, items: string): Text => ({
  zh: `${scenario.zh}下${items}`,
  en: `under ${scenario.en}, ${items}`,
});

export const sharesSentence = (year: number, parts: string): Text => ({
  zh: `推算${year}年四大板块占31个省份地区生产总值的比重：${parts}。`,
  en: `Projected shares of the 31-province GDP in ${year}: ${parts}.`,
});

/** One gap's movement under some scenarios: "在惯性情景和收敛情景下基本不变" / "is broadly unchanged under …". */
export const gapUnder = (change: Text, scenarios: string): Text => ({
  zh: `在${scenarios}下${change.zh}`,
  en: `${change.en} under ${scenarios}`,
});

/** Several gap movements: "在趋势情景下缩小，在惯性情景下基本不变" / "narrows under … and is broadly unchanged under …". */
export const joinMoves = (moves: readonly Text[]): Text => ({ zh: moves.map((x) => x.zh).join("，"), en: list(moves.map((x) => x.en), "en") });

/** "东部与西部的占比差距在趋势情景下缩小，在惯性情景和收敛情景下基本不变" — `moves` joined already. */
export const gapSentence = (gap: Text, moves: Text): Text => ({
  zh: `${gap.zh}${moves.zh}`,
  en: `${gap.en} ${moves.en}`,
});

export const eastWestGapName: Text = { zh: "东部与西部的占比差距", en: "the gap between the shares of the East and the West" };
export const southNorthGapName: Text = { zh: "南方与北方的占比差距", en: "the gap between the shares of the South and the North" };

export const gapsSentence = (year: number, eastWest: Text, southNorth: Text): Text => ({
  zh: `与${year}年相比，${eastWest.zh}；${southNorth.zh}。`,
  en: `Compared with ${year}, ${eastWest.en}; ${southNorth.en}.`,
});

/** Back-test result sentence: best scenario(s) by provincial growth and by regional shares. */
export const bestSentence = (years: string, n: number, bestGrowth: string, maeGrowth: string, bestShare: string, maeShare: string): Text => ({
  zh: `回测（${years}各年为起点、推算下一年，共${n}次）中，${bestGrowth}的省份增速平均绝对误差最小（${maeGrowth}个百分点），${bestShare}的四大板块占比平均绝对误差最小（${maeShare}个百分点）。`,
  en: `In the back-test (each year of ${years} as origin, projecting the next year: ${n} runs), ${bestGrowth} had the smallest mean absolute error of provincial growth (${maeGrowth} percentage points) and ${bestShare} the smallest of the four regions' shares (${maeShare} points).`,
});

export const worstYearSentence = (year: number, mae: string): Text => ({
  zh: `误差最大的是${year}年（各情景省份增速平均绝对误差${mae}个百分点）：由往年外推的情景无法预见增速的突然变化。`,
  en: `The largest errors were for ${year} (a mean absolute error of provincial growth of ${mae} points across the scenarios): scenarios that extrapolate past years cannot foresee a sudden change of growth.`,
});

export const precisionSentence = (growthDecimals: string, shareDecimals: string): Text => ({
  zh: `据此，推算的增速最多保留到${growthDecimals}，占比最多保留到${shareDecimals}（各情景按其回测误差分别确定）。`,
  en: `Accordingly, projected growth is printed to at most ${growthDecimals} and shares to at most ${shareDecimals} (each scenario by its own back-test error).`,
});

export const decimalsUnit = (decimals: number): Text =>
  decimals === 0 ? { zh: "整数位", en: "whole points" } : { zh: `小数点后${decimals}位`, en: `${decimals} decimal${decimals > 1 ? "s" : ""}` };

export const targetsNotRun: Text = {
  zh: "目标情景未计算：没有提供各省份的增长目标。",
  en: "The targets scenario was not computed: no provincial growth targets were given.",
};

/** How to run the targets scenario: a warning of the command line, not text of the document. */
export const targetsHowTo: Text = {
  zh: "目标情景未计算：各省份的增长目标可按模板 data/templates/growth-targets.csv 填写（地区、年份、目标、来源），用 --targets 文件 计算。",
  en: "The targets scenario was not computed: enter provincial targets in the template data/templates/growth-targets.csv (region, year, target, source) and pass the file with --targets FILE.",
};

export const targetsMissing = (year: number, provinces: string, count: number): Text => ({
  zh: `目标情景：${provinces}没有${year}年的增长目标（${count}个省份），按全国路径计算。`,
  en: `Targets scenario: ${provinces} ${count > 1 ? "have" : "has"} no growth target for ${year} (${count} province${count > 1 ? "s" : ""}); ${count > 1 ? "they follow" : "it follows"} the national path.`,
});

export const targetsComplete = (year: number): Text => ({
  zh: `目标情景：31个省份都有${year}年的增长目标。`,
  en: `Targets scenario: all 31 provinces have a growth target for ${year}.`,
});

export const targetsScale = (year: number, mean: string, national: string, scale: string): Text => ({
  zh: `${year}年各省份目标的加权平均为${mean}%，全国路径为${national}%，各省份目标按系数${scale}等比例缩放。`,
  en: `The weighted mean of the provincial targets for ${year} is ${mean}%, against a national path of ${national}%, so the targets are scaled by ${scale}.`,
});

export const targetsNoYear = (year: number): Text => ({
  zh: `目标情景在${year}年及以后没有增长目标，推算到此为止。`,
  en: `The targets scenario has no targets for ${year} or later, so its projection stops there.`,
});

export const targetsNotBacktested: Text = {
  zh: "目标情景无法回测：增长目标文件中没有可与实际结果对照的往年目标。",
  en: "The targets scenario could not be back-tested: the targets file has no past targets to compare with outcomes.",
};

/** `others`: the other scenarios' errors on the same origins, e.g. "惯性情景1.06、趋势情景0.78" / "1.06 (persistence), 0.78 (trend)". */
export const targetsBacktested = (years: string, n: number, mae: string, others: string): Text => ({
  zh: `目标情景可回测的起点为${years}（${n}次），省份增速平均绝对误差${mae}个百分点；同一起点上其他情景为${others}。`,
  en: `The targets scenario could be back-tested from ${years} (${n} run${n > 1 ? "s" : ""}): a mean absolute error of provincial growth of ${mae} points, against ${others} for the other scenarios from the same origins.`,
});

/** One other scenario's error in that comparison. */
export const otherError = (scenario: ScenarioKey, mae: string): Text => ({ zh: `${scenarioName[scenario].zh}${mae}`, en: `${mae} (${scenarioName[scenario].en.toLowerCase()})` });

export const scenarioUnavailable = (scenario: Text, reason: string): Text => ({
  zh: `${scenario.zh}未计算：${reason}。`,
  en: `${scenario.en} scenario not computed: ${reason}.`,
});

/** "缺少广东2021年的实际增速" — `what`: indicator label. */
export const dataGap = (provinces: string, year: number, what: string): Text => ({
  zh: `缺少${provinces}${year}年的${what}`,
  en: `${what} for ${year} is missing for ${provinces}`,
});

export const everyProvince: Text = { zh: "各省份", en: "every province" };

export const sectionOmitted = (year: number, reason: string, origins: string): Text => ({
  zh: `（本节从略：以${year}年为起点的推算${reason}。${origins}）`,
  en: `(Section omitted: projections from ${year} need data that are missing: ${reason}. ${origins})`,
});

export const originsAvailable = (years: string): Text => ({
  zh: `可作为起点的年份：${years}。`,
  en: `Years that can serve as origin: ${years}.`,
});

export const noOrigins: Text = { zh: "数据中没有可作为起点的年份。", en: "No year in the data can serve as origin." };

// ---- tables and figures -----------------------------------------------------------------------------

export const assumptionsCaption: Text = { zh: "展望情景及其假设", en: "Outlook scenarios and their assumptions" };
export const assumptionsHeader = {
  zh: ["情景", "增速假设", "全国路径"],
  en: ["Scenario", "Growth assumption", "National path"],
};

export const projectionCaption = (year: number): Text => ({ zh: `各情景下${year}年区域经济推算`, en: `Regional projections for ${year} by scenario` });

export const actualColumn = (year: number): Text => ({ zh: `${year}年实际`, en: `${year} actual` });

export const rowShare = (group: Text): Text => ({ zh: `${group.zh}占比（%）`, en: `${group.en} share (%)` });
export const rowGrowth = (group: Text): Text => ({ zh: `${group.zh}实际增速（%）`, en: `${group.en} real growth (%)` });
export const rowMeanGrowth: Text = { zh: "31个省份平均实际增速（%）", en: "31-province mean real growth (%)" };
export const rowTheil: Text = { zh: "人均地区生产总值泰尔指数（人口加权）", en: "Theil T of GDP per capita (population-weighted)" };
export const rowCv: Text = { zh: "人均地区生产总值变异系数（人口加权，σ）", en: "CV of GDP per capita (population-weighted, σ)" };
export const indicatorColumn: Text = { zh: "指标", en: "Indicator" };

export const sharesNote: Text = {
  zh: "注：占比为31个省份地区生产总值（现价）合计中的比重，按最大余数法修约，四大板块合计、南北合计均为100；地区增速为所辖省份实际增速以上年地区生产总值加权的平均；泰尔指数与变异系数以年末常住人口加权。",
  en: "Note: shares are of the sum of the 31 provinces' GDP at current prices, rounded by largest remainder so that the four regions and the north–south split each add to 100; a region's growth is its provinces' real growth weighted by previous-year GDP; Theil T and CV are weighted by year-end resident population.",
};

/** `untested`: how a scenario with too few back-test runs is printed (decimalsUnit texts). */
export const precisionNote = (minRuns: number, untested: { growth: Text; share: Text; index: Text }): Text => ({
  zh: `注：各情景推算值的小数位数由该情景的回测平均绝对误差决定：末位与误差的首位有效数字同位，不细于历史数据的发布精度；回测不足${minRuns}次的情景，增速保留到${untested.growth.zh}，占比保留到${untested.share.zh}，指数保留到${untested.index.zh}。`,
  en: `Note: each scenario's projections are printed with decimals set by its back-test mean absolute error: the last digit shown is the place of the error's first significant digit, never finer than published history; a scenario back-tested fewer than ${minRuns} times prints growth to ${untested.growth.en}, shares to ${untested.share.en} and indices to ${untested.index.en}.`,
});

/** The assumptions under a figure or table: `scenarios` one clause per scenario, `common` path, prices, population. */
export const assumptionsNote = (scenarios: string, common: string): Text => ({
  zh: `情景假设：${scenarios}。${common}。`,
  en: `Scenario assumptions: ${scenarios}. ${common}.`,
});

/** "惯性情景——各省份实际增速保持2024年的水平" */
export const scenarioClause = (scenario: Text, assumption: Text): Text => ({
  zh: `${scenario.zh}——${assumption.zh}`,
  en: `${scenario.en}: ${assumption.en}`,
});

export const rangeCaption = (origin: number, year: number): Text => ({
  zh: `各情景下${year}年四大板块及南北地区占比较${origin}年的变化`,
  en: `Change of regional shares from ${origin} to ${year} by scenario`,
});

export const rangeUnit: Text = { zh: "个百分点", en: "percentage points" };

export const rangeNote: Text = {
  zh: "注：圆点为各情景推算的占比变化，横线为该情景回测的占比平均绝对误差（±），灰色条为各情景推算值的范围；横线越长，推算越不确定。",
  en: "Note: dots are each scenario's projected change of the share, whiskers ± its back-test mean absolute error of shares, grey bars the range across scenarios; the longer the whisker, the less certain the projection.",
};

export const backtestCaption = (years: string): Text => ({ zh: `展望情景回测（${years}各年为起点，推算下一年）`, en: `Back-test of the scenarios (origins ${years}, one year ahead)` });

export const backtestHeader = {
  zh: ["情景", "回测次数", "省份增速平均绝对误差（个百分点）", "四大板块占比平均绝对误差（个百分点）", "东西差距方向正确", "南北差距方向正确", "泰尔指数平均绝对误差", "变异系数平均绝对误差"],
  en: ["Scenario", "Runs", "MAE of provincial growth (pp)", "MAE of regional shares (pp)", "East–west gap direction right", "North–south gap direction right", "MAE of Theil T", "MAE of CV"],
};

/** "4/6" */
export const hits = (right: number, n: number): Text => ({ zh: `${right}/${n}`, en: `${right} of ${n}` });

export const backtestNote = (origins: string): Text => ({
  zh: `注：每个起点年份只用当年及以前的数据推算下一年，再与实际结果比较；平均绝对误差对省份（或板块）和起点年份求平均。东西差距为东部与西部占比之差，南北差距为南方与北方占比之差，方向指差距扩大或缩小。起点年份：${origins}。`,
  en: `Note: from each origin year, only data up to that year are used to project the next year, then compared with the outcome; mean absolute errors average over provinces (or regions) and origins. The east–west gap is the East's share minus the West's, the north–south gap the South's minus the North's; direction means whether the gap widened or narrowed. Origins: ${origins}.`,
});

export const scatterCaption = (years: string): Text => ({
  zh: `回测：四大板块占比变化的推算值与实际值（${years}）`,
  en: `Back-test: projected against actual change of the four regions' shares (${years})`,
});

export const scatterAxes = {
  projected: { zh: "推算变化（个百分点）", en: "projected change (pp)" },
  actual: { zh: "实际变化（个百分点）", en: "actual change (pp)" },
} satisfies Record<string, Text>;

export const diagonalName: Text = { zh: "推算=实际", en: "projected = actual" };

export const scatterNote: Text = {
  zh: "注：每个点为一个起点年份、一个板块；落在对角线上表示推算准确，落在与对角线同向的象限表示方向正确。",
  en: "Note: each dot is one origin year and one region; dots on the diagonal were projected exactly, dots in the quadrants the diagonal crosses got the direction right.",
};

export const targetsSource = (file: string, sources: string): Text => ({
  zh: `增长目标：用户文件 ${file}（来源：${sources}）。`,
  en: `Growth targets: the user's file ${file} (sources: ${sources}).`,
});

export const projectionSource: Text = {
  zh: "推算：按本节所列假设计算。",
  en: "Projections: computed under the assumptions stated in this section.",
};

// ---- command line -----------------------------------------------------------------------------------

export const help: Text = {
  zh: `regecon outlook：区域经济展望——透明的情景推算（占比、增速、差距），附历史回测

用法：regecon outlook [--from 2024] [--horizon 1..5] [--scenario persistence|trend|convergence|targets]
                      [--targets FILE] [--national-growth 5.0] [--db FILE | --data DIR] [--json] [--lang zh|en]

情景（每种都打印其假设）：
  persistence   惯性：各省份实际增速保持起点年份的水平
  trend         趋势：各省份与31个省份平均增速之差保持近3年平均值
  convergence   收敛：按近3年估计的β收敛关系（含标准误、收敛速度、半衰期）决定增速差异
  targets       目标：各省份公布的增长目标（--targets 文件），按比例缩放至全国路径
价格与人口假设：各省份平减指数变化率、人口增长率保持起点年份的水平。
回测：每种情景从每个数据允许的往年起点推算下一年，与实际比较（省份增速与四大板块占比的平均绝对误差、
东西与南北差距方向的正确次数）；推算值的小数位数不超过回测误差支持的精度。

选项：
  --from YYYY            起点年份（默认：数据中最新的可用年份）
  --horizon N            推算年数，1~5（默认 1）
  --scenario LIST        情景，逗号分隔（默认全部）
  --targets FILE         增长目标文件（CSV：region,year,target,source；模板 data/templates/growth-targets.csv）
  --national-growth X    全国路径（%，如全国增长目标 5.0；默认：起点年份31个省份平均增速）
  --db FILE              数据库文件（默认：用户数据目录中的 regecon.duckdb）
  --data DIR             改为直接读取一个数据目录，如 data/nbs；不能与 --db 同用
  --json                 输出机器可读的 JSON（字段说明见 docs/outlook.md）
  --lang zh|en           输出语言（默认 zh）
  -h, --help             显示本帮助
`,
  en: `regecon outlook: regional outlook — transparent scenario projections (shares, growth, disparity), back-tested

Usage: regecon outlook [--from 2024] [--horizon 1..5] [--scenario persistence|trend|convergence|targets]
                       [--targets FILE] [--national-growth 5.0] [--db FILE | --data DIR] [--json] [--lang zh|en]

Scenarios (each prints its assumptions):
  persistence   each province's real growth stays at its origin-year rate
  trend         each province's differential to the 31-province mean stays at its 3-year average
  convergence   the β-convergence relation estimated over 3 years (with s.e., speed, half-life) drives differentials
  targets       announced provincial targets (--targets FILE), scaled to the national path
Prices and population: each province's deflator change and population growth stay at their origin-year rates.
Back-test: every scenario is re-run from each past origin the data allow, one year ahead, and compared with
the outcome (mean absolute errors of provincial growth and regional shares; how often the east–west and
north–south gaps moved the right way); projections are printed no finer than those errors support.

Options:
  --from YYYY            origin year (default: the latest usable year in the data)
  --horizon N            years to project, 1 to 5 (default 1)
  --scenario LIST        comma-separated scenarios (default all)
  --targets FILE         growth-targets file (CSV: region,year,target,source; template data/templates/growth-targets.csv)
  --national-growth X    national path in % (e.g. the national target 5.0; default: the origin year's 31-province mean)
  --db FILE              database file (default: regecon.duckdb in the user's data directory)
  --data DIR             read a data folder directly instead, e.g. data/nbs; not with --db
  --json                 machine-readable JSON (fields in docs/outlook.md)
  --lang zh|en           output language (default zh)
  -h, --help             show this help
`,
};

export const badHorizon = (got: string, max: number): Text => ({
  zh: `--horizon 应为 1~${max} 的整数，收到“${got}”`,
  en: `--horizon must be a whole number from 1 to ${max}, got "${got}"`,
});

export const badHorizonHint: Text = { zh: "例如 --horizon 3", en: "e.g. --horizon 3" };

export const badScenario = (got: string, known: readonly string[]): Text => ({
  zh: `未知情景“${got}”；可用：${known.join("、")}`,
  en: `unknown scenario "${got}"; known: ${known.join(", ")}`,
});

export const badScenarioHint: Text = { zh: "例如 --scenario trend,convergence", en: "e.g. --scenario trend,convergence" };

export const targetsNeedFile: Text = {
  zh: "目标情景需要增长目标文件：--scenario targets 须与 --targets FILE 同用",
  en: "the targets scenario needs a growth-targets file: use --scenario targets with --targets FILE",
};

export const targetsNeedFileHint: Text = {
  zh: "模板见 data/templates/growth-targets.csv。",
  en: "The template is data/templates/growth-targets.csv.",
};

export const badNationalGrowth = (got: string): Text => ({
  zh: `--national-growth 应为百分数数值（如 5.0），收到“${got}”`,
  en: `--national-growth must be a rate in % (e.g. 5.0), got "${got}"`,
});

export const badNationalGrowthHint: Text = { zh: "例如 --national-growth 5.0", en: "e.g. --national-growth 5.0" };

export const originUnavailable = (year: number, reason: string): Text => ({
  zh: `无法以${year}年为起点推算：${reason}`,
  en: `cannot project from ${year}: ${reason}`,
});

export const cliHeading = (origin: number, years: string, data: string): Text => ({
  zh: `区域经济展望：以${origin}年为起点推算${years}（数据：${data}）`,
  en: `Regional outlook: projections for ${years} from ${origin} (data: ${data})`,
});

export const cliAssumptions: Text = { zh: "情景与假设", en: "Scenarios and assumptions" };
export const cliProjections = (year: number): Text => ({ zh: `${year}年推算`, en: `Projections for ${year}` });
export const cliBacktestAt = (horizon: number, origins: string): Text => ({
  zh: `回测：${origins}各年为起点，推算${horizon === 1 ? "下一年" : `${horizon}年后`}`,
  en: `Back-test: origins ${origins}, ${horizon === 1 ? "one year" : `${horizon} years`} ahead`,
});
export const cliCommon: Text = { zh: "共同假设：", en: "Common assumptions: " };

/** One scenario in the command's list: "惯性情景：各省份…；全国路径：不设…" */
export const cliScenarioLine = (scenario: Text, assumption: Text, path: Text): Text => ({
  zh: `${scenario.zh}：${assumption.zh}；全国路径：${path.zh}`,
  en: `${scenario.en}: ${assumption.en}; national path: ${path.en}`,
});
