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

/** The scenario's name inside an English sentence ("the persistence scenario"); Chinese unchanged. */
export const scenarioInSentence = (s: ScenarioKey): Text => ({ zh: scenarioName[s].zh, en: `the ${scenarioName[s].en.toLowerCase()} scenario` });

/** Several scenarios in a sentence: "惯性情景、趋势情景和收敛情景" / "the persistence, trend and convergence scenarios" (singular for one). */
export const scenariosInSentence = (ids: readonly ScenarioKey[]): Text => ({
  zh: list(ids.map((s) => scenarioName[s].zh), "zh"),
  en: ids.length === 1 ? scenarioInSentence(ids[0]!).en : `the ${list(ids.map((s) => scenarioName[s].en.toLowerCase()), "en")} scenarios`,
});

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
  zh: "各省份增速取本省公布的增长目标，所有目标平移同一幅度，使31个省份平均增速（以上年地区生产总值加权）等于全国路径，省份之间的目标差距不变；没有目标的省份按全国路径",
  en: "each province grows at its announced target, every target shifted by the same number of points so that the 31-province mean (weighted by previous-year GDP) equals the national path, keeping the differences between provinces; provinces without a target follow the national path",
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

/** The targets scenario's path in a year the file gives the national target for. */
export const nationalPathTarget = (year: number, growth: string, source: string): Text => ({
  zh: `${year}年取全国增长目标${growth}%（${source}）`,
  en: `the national growth target of ${growth}% for ${year} (${source})`,
});

/** The targets scenario's path in the other years: the common path. */
export const nationalPathOtherYears = (common: Text): Text => ({ zh: `其他年份${common.zh}`, en: `in other years, ${common.en}` });

/** One national path and the scenarios using it, in the assumptions note. */
export const nationalPathFor = (scenarios: Text, path: Text): Text => ({ zh: `${scenarios.zh}，${path.zh}`, en: `for ${scenarios.en}, ${path.en}` });

/** The persistence scenario in the assumptions note's national path. */
export const noNationalPathFor: Text = { zh: "惯性情景不设", en: "none for the persistence scenario" };

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

/**
 * `years`: the projected years ("2025年" / "2025–2027"); `scenarios` scenariosInSentence of `count`
 * scenarios; `origins` of the back-test, or undefined without one.
 */
export const intro = (origin: number, years: string, scenarios: Text, count: number, origins: string | undefined): Text => ({
  zh: `以${origin}年为起点，按${scenarios.zh}推算${years}各地区的实际增速、经济总量占比和人均地区生产总值差距，${count > 1 ? "每种情景都写明假设" : "并写明其假设"}，${origins ? `并先以${origins}各年为起点回测` : "数据中没有可供回测的更早起点"}。`,
  en: `Regional real growth, shares of GDP and the disparity of GDP per capita are projected for ${years} from ${origin} under ${scenarios.en}, ${count > 1 ? "each with its assumptions stated" : "with its assumptions stated"}${origins ? ` and first back-tested from the origins ${origins}` : `; the data hold no earlier origin to back-test ${count > 1 ? "them" : "it"} from`}.`,
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

/**
 * β sentence. `pace`: the implied speed (% a year) and half-life (years) of a significant convergence;
 * "notSignificant" when β is not significant (then neither is given); undefined otherwise.
 */
export const convergenceSentence = (years: string, beta: string, se: string, p: string, verdict: Text, pace: { speed: string; halfLife: string | undefined } | "notSignificant" | undefined): Text => ({
  zh: `按${years}数据估计，实际人均地区生产总值的绝对β收敛系数为${beta}（标准误${se}，p=${p}），${verdict.zh}${pace === "notSignificant" ? "；β不显著，不给出收敛速度和半衰期" : pace ? `；隐含收敛速度每年${pace.speed}%${pace.halfLife === undefined ? "" : `，半衰期约${pace.halfLife}年`}` : ""}。`,
  en: `Estimated over ${years}, the absolute β-convergence coefficient of real GDP per capita is ${beta} (s.e. ${se}, p = ${p}), ${verdict.en}${pace === "notSignificant" ? "; no speed or half-life is given for a β that is not significant" : pace ? `; the implied speed is ${pace.speed}% a year${pace.halfLife === undefined ? "" : `, a half-life of about ${pace.halfLife} years`}` : ""}.`,
});

/** Why this β differs from the one in the regional disparity section: window and price basis. */
export const betaWindowSentence = (years: string): Text => ({
  zh: `该β以实际人均地区生产总值按收敛情景的估计窗口（${years}）估计；区域差距部分的β以现价人均地区生产总值按数据覆盖的全部年份估计，两者窗口和价格口径不同，数值也不同。`,
  en: `This β is estimated on real GDP per capita over the scenario's window (${years}); the β of the regional disparity section is estimated on GDP per capita at current prices over all the years the data hold, so the two differ in window and price basis.`,
});

/** The convergence scenario's differentials come mainly from population growth (spreads in points). */
export const populationDrivenSentence = (betaSpread: string, populationSpread: string): Text => ({
  zh: `收敛情景下各省份实际增速的差异主要来自人口增长假设（各省份间以地区生产总值加权的标准差为${populationSpread}个百分点），而不是β项（${betaSpread}个百分点），因此该情景下各地区占比差距的变化主要反映人口增长，而不是收敛。`,
  en: `Under the convergence scenario, provinces' real GDP growth differs mainly through the assumed population growth (a GDP-weighted standard deviation across provinces of ${populationSpread} points) rather than through the β term (${betaSpread} points), so the regional gaps under this scenario move with population, not with convergence.`,
});

type MovementKey = "widens" | "narrows" | "withinError" | "untested";

/** How a gap moves (rules/outlook.ts movement), in a sentence about the gap. */
export const gapMovementWord: Readonly<Record<MovementKey, Text>> = {
  widens: { zh: "扩大", en: "widens" },
  narrows: { zh: "缩小", en: "narrows" },
  withinError: { zh: "的变化在回测误差之内，大体不变", en: "is broadly unchanged within the back-test error" },
  untested: { zh: "因回测次数不足不判断方向", en: "is not judged (too few back-test runs)" },
};

/** How σ moves: `change` and `error` formatted (absolute values), undefined error when untested. */
export const sigmaMovement = (verdict: MovementKey, change: string, error: string | undefined): Text =>
  ({
    widens: { zh: `离散程度扩大（变化${change}，超过回测误差${error}）`, en: `the dispersion widens (a change of ${change}, more than the back-test error of ${error})` },
    narrows: { zh: `离散程度缩小（变化${change}，超过回测误差${error}）`, en: `the dispersion narrows (a change of ${change}, more than the back-test error of ${error})` },
    withinError: { zh: `变化${change}在回测误差${error}之内，离散程度大体不变`, en: `the change of ${change} is within the back-test error of ${error}: the dispersion is broadly unchanged` },
    untested: { zh: "回测次数不足，不判断离散程度的变化方向", en: "there are too few back-test runs to judge the direction of the dispersion" },
  })[verdict];

/** σ beside β (OECD practice): `cv0` observed in `origin`, `cv1` projected for `year`. */
export const sigmaSentence = (year: number, origin: number, cv1: string, cv0: string, move: Text): Text => ({
  zh: `收敛情景下，${year}年人均地区生产总值的人口加权变异系数（σ）为${cv1}（${origin}年为${cv0}），${move.zh}。β收敛与σ收敛未必同步：较落后省份增长较快时，省份间离散程度仍可能扩大，故二者并列。`,
  en: `Under the convergence scenario, the population-weighted coefficient of variation (σ) of GDP per capita is ${cv1} in ${year} (${cv0} in ${origin}); ${move.en}. β- and σ-convergence need not move together (poorer provinces may grow faster while the spread still widens), so both are shown.`,
});

/** One scenario's projected shares in a sentence part, e.g. "惯性情景下东部地区52.4%、中部地区21.4%…". */
export const sharesUnder = (scenario: Text, items: string): Text => ({
  zh: `${scenario.zh}下${items}`,
  en: `under ${scenario.en}, ${items}`,
});

export const sharesSentence = (year: number, parts: string): Text => ({
  zh: `推算${year}年四大板块占31个省份地区生产总值（现价）的比重：${parts}。`,
  en: `Projected shares of the 31-province GDP at current prices in ${year}: ${parts}.`,
});

/** Shares at current prices move with the price assumption; the tables give them at origin-year prices too. */
export const priceBasisSentence = (origin: number): Text => ({
  zh: `现价占比的变化既来自实际增长，也来自各省份平减指数的假设；表中另列按${origin}年价格计算的占比。`,
  en: `Shares at current prices move with the assumed deflators as well as with real growth; the tables also give them at ${origin} prices.`,
});

/** Back-test direction record of the scenarios in one gap clause: `items` hitsItem joined. */
export const hitsClause = (items: string): Text => ({ zh: `（回测中方向正确：${items}）`, en: ` (direction right in the back-test: ${items})` });
export const hitsItem = (scenario: ScenarioKey, right: number, n: number): Text => ({
  zh: `${scenarioName[scenario].zh}${right}/${n}`,
  en: `${scenarioName[scenario].en.toLowerCase()} ${right} of ${n}`,
});

/** A gap whose current-price movement comes from the price assumption (rules/outlook.ts gapMovement). */
export const priceDrivenSentence = (origin: number, gap: Text, scenarios: Text, realMove: Text): Text => ({
  zh: `按${origin}年价格计算，${gap.zh}在${scenarios.zh}下${realMove.zh}：上述现价变化来自平减指数假设，而不是实际增长。`,
  en: `At ${origin} prices, ${gap.en} ${realMove.en} under ${scenarios.en}: the change at current prices comes from the assumed deflators, not from real growth.`,
});

/** One gap's movement under some scenarios: "在惯性情景和趋势情景下扩大" / "widens under …"; `hits` the direction record or empty. */
export const gapUnder = (change: Text, scenarios: Text, hits: Text): Text => ({
  zh: `在${scenarios.zh}下${change.zh}${hits.zh}`,
  en: `${change.en} under ${scenarios.en}${hits.en}`,
});

/** Several gap movements: "在趋势情景下缩小，在惯性情景下基本不变" / "narrows under … and is broadly unchanged under …". */
export const joinMoves = (moves: readonly Text[]): Text => ({ zh: moves.map((x) => x.zh).join("，"), en: list(moves.map((x) => x.en), "en") });

/** "东部与西部的占比差距在趋势情景下缩小，…" — `moves` joined already. */
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

/** One scenario's back-test result (no comparison with itself). */
export const singleBacktestSentence = (years: string, n: number, scenario: Text, maeGrowth: string, maeShare: string): Text => ({
  zh: `回测（${years}各年为起点、推算下一年，共${n}次）中，${scenario.zh}的省份增速平均绝对误差为${maeGrowth}个百分点，四大板块占比平均绝对误差为${maeShare}个百分点。`,
  en: `In the back-test (each year of ${years} as origin, projecting the next year: ${n} runs), ${scenario.en} had a mean absolute error of provincial growth of ${maeGrowth} percentage points and of the four regions' shares of ${maeShare} points.`,
});

/** The outcome years with the largest errors: `items` largestErrorItem joined; `close` several years; `several` scenarios averaged. */
export const largestErrorsSentence = (items: string, close: boolean, several: boolean): Text => ({
  zh: `误差最大的是${items}（括号内为${several ? "所列各情景" : "该情景"}的省份增速平均绝对误差，个百分点${close ? "，相差无几" : ""}）：由往年外推的情景无法预见增速的突然变化。`,
  en: `The largest errors were for ${items} (mean absolute error of provincial growth ${several ? "across the scenarios shown" : "of the scenario"}, in points${close ? "; close to each other" : ""}): scenarios that extrapolate past years cannot foresee a sudden change of growth.`,
});

export const largestErrorItem = (year: number, mae: string): Text => ({ zh: `${year}年（${mae}）`, en: `${year} (${mae})` });

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

/** The file has no provincial target for the first projected year: `years` it has targets for (or undefined). */
export const targetsNoneForYear = (year: number, years: string | undefined, national: boolean): Text => ({
  zh: `目标情景未计算：增长目标文件中没有${year}年的省份目标（${years ? `文件中的省份目标属于${years}` : "文件中没有任何省份目标"}${national ? `；${year}年只有全国目标` : ""}）。`,
  en: `The targets scenario was not computed: the growth-targets file has no provincial target for ${year} (${years ? `its provincial targets are for ${years}` : "it has no provincial targets at all"}${national ? `; for ${year} it has only the national target` : ""}).`,
});

export const targetsMissing = (year: number, provinces: string, count: number): Text => ({
  zh: `目标情景：${provinces}没有${year}年的增长目标（${count}个省份），按全国路径计算。`,
  en: `Targets scenario: ${provinces} ${count > 1 ? "have" : "has"} no growth target for ${year} (${count} province${count > 1 ? "s" : ""}); ${count > 1 ? "they follow" : "it follows"} the national path.`,
});

export const targetsComplete = (year: number): Text => ({
  zh: `目标情景：31个省份都有${year}年的增长目标。`,
  en: `Targets scenario: all 31 provinces have a growth target for ${year}.`,
});

/** The targets' shift to the national path: `shift` formatted without sign, `direction` from the printed value. */
export const targetsShiftSentence = (year: number, mean: string, national: string, shift: string, direction: "up" | "down" | "none"): Text => ({
  zh: `${year}年各省份目标以上年地区生产总值加权的平均为${mean}%，全国路径为${national}%，${direction === "none" ? "各省份目标不作平移" : `每个目标${direction === "up" ? "上调" : "下调"}${shift}个百分点（省份之间的目标差距不变）`}。`,
  en: `The mean of the provincial targets for ${year}, weighted by previous-year GDP, is ${mean}%, against a national path of ${national}%: ${direction === "none" ? "the targets are not shifted" : `every target is shifted ${direction} by ${shift} points, keeping the differences between provinces`}.`,
});

/** A shift beyond the ordinary size (rules/outlook.ts TARGETS_SHIFT_ORDINARY). */
export const targetsShiftLarge = (limit: number): Text => ({
  zh: `平移幅度超过${limit}个百分点：增长目标与全国路径对增长水平的设定差别较大，该情景只保留各省份目标之间的差异。`,
  en: `The shift is more than ${limit} point${limit === 1 ? "" : "s"}: the targets and the national path differ on the level of growth, and the scenario keeps only the differences between the provinces' targets.`,
});

/** Warning (CLI, report) for a large shift. */
export const targetsShiftWarning = (year: number, shift: string, limit: number): Text => ({
  zh: `目标情景把${year}年每个省份目标平移${shift}个百分点（超过${limit}个百分点）才与全国路径一致`,
  en: `the targets scenario shifts every provincial target for ${year} by ${shift} points (more than ${limit}) to reach the national path`,
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
export const targetsBacktested = (years: string, n: number, mae: string, others: string | undefined): Text => ({
  zh: `目标情景可回测的起点为${years}（${n}次），省份增速平均绝对误差${mae}个百分点${others ? `；同一起点上其他情景为${others}` : ""}。`,
  en: `The targets scenario could be back-tested from ${years} (${n} run${n > 1 ? "s" : ""}): a mean absolute error of provincial growth of ${mae} points${others ? `, against ${others} for the other scenarios from the same origins` : ""}.`,
});

/** One other scenario's error in that comparison. */
export const otherError = (scenario: ScenarioKey, mae: string): Text => ({ zh: `${scenarioName[scenario].zh}${mae}`, en: `${mae} (${scenarioName[scenario].en.toLowerCase()})` });

export const scenarioUnavailable = (scenario: Text, reason: string): Text => ({
  zh: `${scenario.zh}未计算：${reason}。`,
  en: `${scenario.en} scenario not computed: ${reason}.`,
});

/** A scenario refused by a RegeconError: `reason` is the error's text. */
export const scenarioRefused = (scenario: Text, reason: Text): Text => ({
  zh: `${scenario.zh}未计算：${reason.zh}。`,
  en: `${scenario.en} scenario not computed: ${reason.en}.`,
});

/** A projected level that would not be positive (PROJECTION_NOT_POSITIVE); `detail` projectionInputs. */
export const projectionNotPositive = (year: number, code: string, detail: Text): Text => ({
  zh: `${year}年地区 ${code} 的推算地区生产总值或人口不为正（${detail.zh}），泰尔指数等差距指标无法计算`,
  en: `the projected GDP or population of region ${code} in ${year} is not positive (${detail.en}), which no disparity index can take`,
});

export const projectionInputs = (growth: string, price: string, population: string): Text => ({
  zh: `实际增速${growth}%，平减指数变化${price}%，人口增长${population}%`,
  en: `real growth ${growth}%, deflator change ${price}%, population growth ${population}%`,
});

export const projectionNotPositiveHint: Text = {
  zh: "检查起点年份的地区生产总值、地区生产总值指数和年末常住人口数据：增速或变化率不能低于 -100%。",
  en: "Check the origin year's GDP, GDP index and year-end population: no growth rate or change can be −100% or less.",
};

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

/** The default origin is not the latest data year: why (data gaps), and the origin used instead. */
export const latestNotOrigin = (latest: number, reason: string, origin: number): Text => ({
  zh: `${latest}年不能作为起点：${reason}；改以${origin}年为起点。`,
  en: `${latest} cannot be the origin: ${reason}; projecting from ${origin} instead.`,
});

/** How to import missing inputs (command line only): one command per indicator id. */
export const importMissing = (ids: readonly string[]): Text => ({
  zh: `缺少的数据可用 ${ids.map((id) => `regecon import 文件 --indicator ${id}`).join("、")} 导入。`,
  en: `Import the missing data with ${ids.map((id) => `regecon import FILE --indicator ${id}`).join(", ")}.`,
});

// ---- tables and figures -----------------------------------------------------------------------------

export const assumptionsCaption: Text = { zh: "展望情景及其假设", en: "Outlook scenarios and their assumptions" };
export const assumptionsHeader = {
  zh: ["情景", "增速假设", "全国路径"],
  en: ["Scenario", "Growth assumption", "National path"],
};

export const projectionCaption = (year: number): Text => ({ zh: `各情景下${year}年区域经济推算`, en: `Regional projections for ${year} by scenario` });

export const actualColumn = (year: number): Text => ({ zh: `${year}年实际`, en: `${year} actual` });

/**
 * Note under the projection table: actual values printed at the precision of their row's projections,
 * with the published values (`rows`: row label and published value), and the imposed national path
 * printed at its stated precision (`imposedPath`).
 */
export const actualRoundedNote = (origin: number, rows: readonly { kind: "share" | "growth" | "index"; name: string; published: string }[], imposedPath: boolean): Text => {
  const of = (kind: "share" | "growth" | "index", lang: "zh" | "en") =>
    rows.filter((r) => r.kind === kind).map((r) => (lang === "zh" ? `${r.name}${r.published}` : `${r.name} ${r.published}`)).join(lang === "zh" ? "、" : ", ");
  const groups = (lang: "zh" | "en") =>
    (["share", "growth", "index"] as const).filter((k) => of(k, lang)).map((k) => `${PUBLISHED_KIND[k][lang]}${lang === "zh" ? "" : " "}${of(k, lang)}`);
  const zh = [
    rows.length ? `${origin}年实际值按同一行推算值的精度列示，以便比较（公布精度的数值：${groups("zh").join("；")}）` : "",
    imposedPath ? "施加全国路径的情景中，31个省份平均实际增速是设定值，按设定的一位小数列示，不是推算值" : "",
  ].filter((x) => x);
  const en = [
    rows.length ? `${origin} actual values are printed at the precision of the projections in the same row, so that they compare (at published precision: ${groups("en").join("; ")})` : "",
    imposedPath ? "in scenarios that impose the national path, the 31-province mean growth is that assumption, printed at its stated one decimal, not a projection" : "",
  ].filter((x) => x);
  return { zh: `注：${zh.join("；")}。`, en: `Note: ${en.join("; ")}.` };
};

/** Kinds of value in {@link actualRoundedNote}. */
const PUBLISHED_KIND = {
  share: { zh: "占比（%）", en: "shares (%)" },
  growth: { zh: "实际增速（%）", en: "real growth (%)" },
  index: { zh: "", en: "" },
} satisfies Record<string, Text>;

/** Short names of the table's rows in {@link actualRoundedNote}. */
export const meanGrowthName: Text = { zh: "31个省份平均", en: "31-province mean" };
export const theilName: Text = { zh: "泰尔指数", en: "Theil T" };
export const cvName: Text = { zh: "变异系数", en: "CV" };

/** A projected year the data already hold, beside the projections. */
export const observedColumn = (year: number): Text => ({ zh: `${year}年实际（已有数据）`, en: `${year} actual (in the data)` });

/** The projected years the data already hold: shown beside the projections, as a check out of sample. */
export const observedSentence = (years: string): Text => ({
  zh: `数据中已有${years}的实际值，表中与推算值并列，可直接检验推算。`,
  en: `The data already hold ${years}: the tables show what happened beside the projections, a direct check of them.`,
});

export const rowShare = (group: Text): Text => ({ zh: `${group.zh}占比（%）`, en: `${group.en} share (%)` });
export const rowRealShare = (group: Text, origin: number): Text => ({ zh: `${group.zh}占比（${origin}年价格，%）`, en: `${group.en} share at ${origin} prices (%)` });
export const rowGrowth = (group: Text): Text => ({ zh: `${group.zh}实际增速（%）`, en: `${group.en} real growth (%)` });
export const rowMeanGrowth: Text = { zh: "31个省份平均实际增速（%）", en: "31-province mean real growth (%)" };
export const rowTheil: Text = { zh: "人均地区生产总值泰尔指数（人口加权）", en: "Theil T of GDP per capita (population-weighted)" };
export const rowCv: Text = { zh: "人均地区生产总值变异系数（人口加权，σ）", en: "CV of GDP per capita (population-weighted, σ)" };
export const indicatorColumn: Text = { zh: "指标", en: "Indicator" };

export const sharesNote = (origin: number): Text => ({
  zh: `注：占比为31个省份地区生产总值（现价）合计中的比重，按最大余数法修约，四大板块合计、南北合计均为100；“${origin}年价格”的占比以${origin}年现价地区生产总值按推算的实际增速连乘，不含价格假设；地区增速为所辖省份实际增速以上年地区生产总值加权的平均；泰尔指数与变异系数以年末常住人口加权。`,
  en: `Note: shares are of the sum of the 31 provinces' GDP at current prices, rounded by largest remainder so that the four regions and the north–south split each add to 100; shares at ${origin} prices chain ${origin} GDP with the projected real growth only, without the price assumption; a region's growth is its provinces' real growth weighted by previous-year GDP; Theil T and CV are weighted by year-end resident population.`,
});

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
  zh: "注：圆点为各情景推算的现价占比变化，横线为该情景回测的占比平均绝对误差（±；四大板块用四大板块占比的误差，北方、南方用南北占比的误差），灰色条为各情景推算值的范围；横线越长，推算越不确定。",
  en: "Note: dots are each scenario's projected change of the share at current prices, whiskers ± its back-test mean absolute error of shares (of the four regions' shares for the regions, of the north–south shares for North and South), grey bars the range across scenarios; the longer the whisker, the less certain the projection.",
};

export const backtestCaption = (years: string): Text => ({ zh: `展望情景回测（${years}各年为起点，推算下一年）`, en: `Back-test of the scenarios (origins ${years}, one year ahead)` });

export const backtestHeader = {
  zh: ["情景", "回测次数", "省份增速平均绝对误差（个百分点）", "四大板块占比平均绝对误差（个百分点）", "南北占比平均绝对误差（个百分点）", "东西差距方向正确", "南北差距方向正确", "泰尔指数平均绝对误差", "变异系数平均绝对误差"],
  en: ["Scenario", "Runs", "MAE of provincial growth (pp)", "MAE of regional shares (pp)", "MAE of north–south shares (pp)", "East–west gap direction right", "North–south gap direction right", "MAE of Theil T", "MAE of CV"],
};

/** "4/6" */
export const hits = (right: number, n: number): Text => ({ zh: `${right}/${n}`, en: `${right} of ${n}` });

/** `origins`: the origin years (report), or undefined (the command names them above each table). */
export const backtestNote = (origins: string | undefined): Text => ({
  zh: `注：每个起点年份只用当年及以前的数据推算，再与实际结果比较，结果年份都不晚于本次推算的起点；平均绝对误差对省份（或板块）和起点年份求平均。所用数据是现行（修订后的）序列，而不是各起点年份当时已公布的数据，因此这是准样本外检验，实时推算的误差可能更大。东西差距为东部与西部占比之差，南北差距为南方与北方占比之差，方向指差距扩大或缩小。${origins ? `起点年份：${origins}。` : ""}`,
  en: `Note: from each origin year only data up to that year are used, and the projection is compared with the outcome; no outcome year is later than the origin of the projection itself. Mean absolute errors average over provinces (or regions) and origins. The data are today's revised series, not those published at each origin, so this is a pseudo out-of-sample test: real-time errors may be larger. The east–west gap is the East's share minus the West's, the north–south gap the South's minus the North's; direction means whether the gap widened or narrowed.${origins ? ` Origins: ${origins}.` : ""}`,
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
  targets       目标：各省份公布的增长目标（--targets 文件），统一平移至全国路径（省份间差距不变）
价格与人口假设：各省份平减指数变化率、人口增长率保持起点年份的水平。
回测：每种情景从数据允许的每个往年起点推算 1~N 年（N 即 --horizon），只用结果年份不晚于本次起点的
起点，与实际比较（省份增速与占比的平均绝对误差、东西与南北差距方向的正确次数）；所用数据为现行修订后
序列。推算值的小数位数不超过回测误差支持的精度，各年相同；差距与σ的变化超过回测误差才判断方向。

选项：
  --from YYYY            起点年份（默认：数据中最新的可用年份）
  --horizon N            推算年数，1~5（默认 1）；回测同样推算 1~N 年
  --scenario LIST        情景，逗号分隔（默认全部）
  --targets FILE         增长目标文件（CSV：region,year,target,source；模板 data/templates/growth-targets.csv）
  --national-growth X    全国路径（%，-10~30，可为负数，如全国增长目标 5.0；默认：起点年份31个省份平均
                         增速；只用于推算，不用于回测）
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
  targets       announced provincial targets (--targets FILE), shifted by one number of points to the
                national path (differences between provinces kept)
Prices and population: each province's deflator change and population growth stay at their origin-year rates.
Back-test: every scenario is re-run 1 to N years ahead (N = --horizon) from each past origin the data allow
whose outcome year is not later than the origin, and compared with the outcome (mean absolute errors of
provincial growth and shares; how often the east–west and north–south gaps moved the right way), on
today's revised series. Projections are printed no finer than those errors support, with the same decimals
in every year; a change of a gap or of σ is called a direction only when it exceeds its back-test error.

Options:
  --from YYYY            origin year (default: the latest usable year in the data)
  --horizon N            years to project, 1 to 5 (default 1); the back-test projects 1 to N years too
  --scenario LIST        comma-separated scenarios (default all)
  --targets FILE         growth-targets file (CSV: region,year,target,source; template data/templates/growth-targets.csv)
  --national-growth X    national path in %, -10 to 30, negative allowed (e.g. the national target 5.0;
                         default: the origin year's 31-province mean; used for the projection, not the back-test)
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

export const duplicateScenario = (got: string): Text => ({
  zh: `--scenario 中情景“${got}”重复`,
  en: `--scenario lists "${got}" more than once`,
});

export const targetsForYearHint = (year: number): Text => ({
  zh: `在增长目标文件中加入${year}年的省份目标，或用 --from 选择文件目标所对应年份的上一年为起点。`,
  en: `Add the provincial targets for ${year} to the growth-targets file, or choose with --from the year before a year the file has targets for.`,
});

export const targetsIgnored: Text = {
  zh: "--targets 未使用：--scenario 中没有 targets（目标情景）",
  en: "--targets is not used: targets is not among --scenario",
};

export const nationalGrowthIgnored: Text = {
  zh: "--national-growth 未使用：所选情景都不设全国路径（惯性情景不设）",
  en: "--national-growth is not used: none of the scenarios chosen has a national path (persistence has none)",
};

export const targetsNeedFile: Text = {
  zh: "目标情景需要增长目标文件：--scenario targets 须与 --targets FILE 同用",
  en: "the targets scenario needs a growth-targets file: use --scenario targets with --targets FILE",
};

export const targetsNeedFileHint: Text = {
  zh: "模板见 data/templates/growth-targets.csv。",
  en: "The template is data/templates/growth-targets.csv.",
};

export const badNationalGrowth = (got: string, min: number, max: number): Text => ({
  zh: `--national-growth 应为 ${min}~${max} 之间的百分数数值（如 5.0），收到“${got}”`,
  en: `--national-growth must be a rate in % from ${min} to ${max} (e.g. 5.0), got "${got}"`,
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
