import { test } from "node:test";
import assert from "node:assert/strict";
import { outlookFacts, type OutlookFacts, type OutlookOptions } from "../../src/analysis/outlook/outlook.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import * as say from "../../src/narrative/outlook.js";
import { backtestTable, projectionTable } from "../../src/narrative/outlookTables.js";
import { RegeconError } from "../../src/types/errors.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const names: say.OutlookNames = {
  province: (c) => ({ zh: registry.province(c).name, en: registry.province(c).nameEn }),
  indicator: (id) => ({ zh: id, en: id }),
};
const CJK = /[\u4e00-\u9fff]/;
const COMMAND = /regecon|--targets|\.csv/;

function facts(options: OutlookOptions = {}): OutlookFacts {
  const f = outlookFacts(dataset, registry, { origin: 2024, ...options });
  assert.ok("scenarios" in f);
  return f;
}

const targetsFile = (rows: [string, number, number][]) => ({ file: "t.csv", targets: rows.map(([code, year, target], i) => ({ code, year, target, source: "TEST", line: i + 2 })) });

test("every scenario states its assumption; persistence imposes no national path; a stated path is named", () => {
  const f = facts();
  assert.equal(say.growthAssumption(f.scenarios[0]!, f).zh, "各省份实际增速保持2024年的水平");
  assert.equal(say.growthAssumption(f.scenarios[1]!, f).en, "each province's growth differential to the 31-province mean stays at its 2022–2024 average");
  assert.match(say.growthAssumption(f.scenarios[2]!, f).zh, /^人均地区生产总值增速差异由2021~2024年估计的β收敛关系决定（β=-0\.0038，标准误0\.0035）$/);
  assert.match(say.nationalPathText(f.scenarios[0]!, f).zh, /^不设/);
  assert.match(say.nationalPathText(f.scenarios[1]!, f).zh, /保持2024年的5\.0%/);
  const stated = { ...f, nationalPath: { kind: "stated" as const, growth: 4.5 } };
  assert.equal(say.nationalPathText(stated.scenarios[1]!, stated).en, "4.5% (stated by the user)");
  const note = say.assumptionsNote(f);
  for (const word of ["惯性情景——", "趋势情景——", "收敛情景——", "全国路径：趋势情景和收敛情景，", "惯性情景不设", "价格：", "人口："]) assert.ok(note.zh.includes(word), word);
  // the targets scenario was not computed: it is not described as if it had been
  assert.doesNotMatch(note.zh, /目标情景/);
  assert.doesNotMatch(note.en, CJK);
});

test("the targets scenario has one national path: the file's national target, not the common path as well", () => {
  const targets = targetsFile([["100000", 2025, 5], ["110000", 2025, 5], ["440000", 2025, 5.5]]);
  const f = facts({ targets, nationalGrowth: 4 });
  const t = f.scenarios.find((s) => s.scenario === "targets")!;
  assert.equal(say.nationalPathText(t, f).en, "the national growth target of 5.0% for 2025 (TEST)");
  const note = say.assumptionsNote(f).en;
  assert.match(note, /National path: for the trend and convergence scenarios, 4\.0% \(stated by the user\); for the targets scenario, the national growth target of 5\.0% for 2025 \(TEST\); none for the persistence scenario/);
  // without a national row the targets follow the common path, stated once
  const plain = facts({ targets: targetsFile([["110000", 2025, 5], ["440000", 2025, 5.5]]) });
  assert.match(say.assumptionsNote(plain).en, /for the trend, convergence and targets scenarios, the 31-province real growth/);
});

test("the opening paragraph: conditional; singular for one scenario; no back-test years when there are none", () => {
  const p = say.introParagraph(facts())!;
  assert.match(p.zh, /以下推算是在所列假设下的条件结果，不是对未来的判断/);
  assert.match(p.en, /under the persistence, trend and convergence scenarios, each with its assumptions stated and first back-tested from the origins 2018–2023\./);
  assert.match(p.zh, /并先以2018~2023年各年为起点回测/);
  assert.match(say.introParagraph(facts({ scenarios: ["persistence"] }))!.en, /under the persistence scenario, with its assumptions stated and first back-tested/);
  assert.doesNotMatch(p.en, /already hold/);
  assert.match(say.introParagraph(facts({ origin: 2022, horizon: 3 }))!.en, /The data already hold 2023–2024: the tables show what happened beside the projections/);
  // from 2016 only persistence can run and no earlier origin exists
  const early = say.introParagraph(facts({ origin: 2016 }))!;
  assert.match(early.en, /under the persistence scenario, with its assumptions stated; the data hold no earlier origin to back-test it from\./);
  assert.match(early.zh, /数据中没有可供回测的更早起点/);
  // the template (no provincial targets) with --scenario targets: nothing computed, no broken sentence
  assert.equal(say.introParagraph(facts({ scenarios: ["targets"], targets: { file: "t.csv", targets: [] } })), undefined);
});

test("β: no speed or half-life when not significant; the window explained; population named as the driver; σ within its error", () => {
  const f = facts();
  const p = say.convergenceParagraph(f)!;
  assert.match(p.zh, /β收敛系数为-0\.0038（标准误0\.0035，p=0\.280），在5%水平上不显著，β收敛证据不足；β不显著，不给出收敛速度和半衰期。/);
  assert.doesNotMatch(p.zh, /半衰期约/);
  assert.match(p.en, /This β is estimated on real GDP per capita over the scenario's window \(2021–2024\); the β of the regional disparity section is estimated on GDP per capita at current prices/);
  assert.match(p.en, /differs mainly through the assumed population growth \(a GDP-weighted standard deviation across provinces of 0\.41 points\) rather than through the β term \(0\.14 points\)/);
  assert.match(p.zh, /变异系数（σ）为0\.386（2024年为0\.387），变化0\.0008在回测误差0\.0044之内，离散程度大体不变/);
  assert.doesNotMatch(p.zh, /离散程度缩小/);
  // a significant negative β gets its speed and half-life
  const c = structuredClone(f);
  c.scenarios[2]!.convergence!.estimate.betaPValue = 0.01;
  const significant = say.convergenceParagraph(c)!;
  assert.match(significant.en, /significant at 5%: provinces converge \(β-convergence\); the implied speed is 0\.4% a year, a half-life of about 181 years/);
  // β as the driver: no population sentence
  c.scenarios[2]!.convergence!.driver = "beta";
  assert.doesNotMatch(say.convergenceParagraph(c)!.en, /population growth \(a GDP-weighted/);
  // without the convergence scenario there is no paragraph
  assert.equal(say.convergenceParagraph(facts({ scenarios: ["persistence", "trend"] })), undefined);
});

test("gaps: a direction only beyond the back-test error, with its direction record; price-driven moves named", () => {
  const f = facts();
  const p = say.sharesParagraph(f)!;
  assert.match(p.en, /the gap between the shares of the East and the West is broadly unchanged within the back-test error under the persistence, trend and convergence scenarios/);
  assert.match(p.en, /the gap between the shares of the South and the North widens under the convergence scenario \(direction right in the back-test: convergence 4 of 6\)/);
  assert.match(p.en, /At 2024 prices, the gap between the shares of the South and the North is broadly unchanged within the back-test error under the convergence scenario: the change at current prices comes from the assumed deflators/);
  assert.match(p.zh, /现价占比的变化既来自实际增长，也来自各省份平减指数的假设；表中另列按2024年价格计算的占比/);
  assert.match(p.zh, /惯性情景下东部52\.4%、中部21\.4%/);
  // grouping by verdict: one clause per verdict, scenarios listed, records only for directions
  const g = structuredClone(f);
  g.scenarios[0]!.years[0]!.eastWest.movement = { nominal: "widens", real: "widens", priceDriven: false };
  g.scenarios[2]!.years[0]!.eastWest.movement = { nominal: "widens", real: "widens", priceDriven: false };
  assert.match(say.sharesParagraph(g)!.zh, /东部与西部的占比差距在惯性情景和收敛情景下扩大（回测中方向正确：惯性情景2\/6，收敛情景3\/6），在趋势情景下的变化在回测误差之内，大体不变；/);
  g.scenarios[1]!.years[0]!.eastWest.movement = { nominal: "untested", real: "untested", priceDriven: false };
  assert.match(say.sharesParagraph(g)!.en, /is not judged \(too few back-test runs\) under the trend scenario/);
});

test("with a horizon of several years the shares and gaps are those of the last year, like σ", () => {
  const f = facts({ horizon: 3 });
  const p = say.sharesParagraph(f)!;
  assert.match(p.zh, /推算2027年四大板块/);
  assert.match(say.convergenceParagraph(f)!.zh, /2027年人均地区生产总值的人口加权变异系数/);
});

test("the back-test paragraph: the best of several, one scenario's own errors, the near-tie years named together", () => {
  const p = say.backtestParagraph(facts())!;
  assert.match(p.zh, /惯性情景的省份增速平均绝对误差最小（3\.06个百分点），收敛情景的四大板块占比平均绝对误差最小（0\.12个百分点）/);
  assert.match(p.zh, /误差最大的是2021年（5\.24）和2022年（5\.26）（括号内为所列各情景的省份增速平均绝对误差，个百分点，相差无几）/);
  assert.match(p.zh, /推算的增速最多保留到整数位，占比最多保留到小数点后1位/);
  const one = say.backtestParagraph(facts({ scenarios: ["persistence"] }))!;
  assert.match(one.en, /the persistence scenario had a mean absolute error of provincial growth of 3\.06 percentage points and of the four regions' shares of 0\.17 points/);
  assert.doesNotMatch(one.en, /smallest|across the scenarios/);
});

test("the targets paragraph: why not computed (no command in it); with a file the missing provinces and the shift", () => {
  const none = say.targetsParagraph(facts(), names)!;
  assert.equal(none.zh, "目标情景未计算：没有提供各省份的增长目标。");
  assert.doesNotMatch(none.zh + none.en, COMMAND);
  const template = say.targetsParagraph(facts({ targets: { file: "t.csv", targets: [] } }), names)!;
  assert.equal(template.en, "The targets scenario was not computed: the growth-targets file has no provincial target for 2025 (it has no provincial targets at all).");
  const later = say.targetsParagraph(facts({ targets: targetsFile([["100000", 2025, 5], ["110000", 2030, 5]]) }), names)!;
  assert.equal(later.zh, "目标情景未计算：增长目标文件中没有2025年的省份目标（文件中的省份目标属于2030年；2025年只有全国目标）。");
  const t = say.targetsParagraph(facts({ targets: targetsFile([["110000", 2025, 5.5], ["440000", 2025, 5.5]]) }), names)!;
  assert.match(t.zh, /天津、河北.*没有2025年的增长目标（29个省份），按全国路径计算/);
  // national path = 2024 mean 5.01…%; mean target 5.50%: every target shifted down by 0.49 points
  assert.match(t.zh, /各省份目标以上年地区生产总值加权的平均为5\.50%，全国路径为5\.01%，每个目标下调0\.49个百分点（省份之间的目标差距不变）/);
  assert.match(t.zh, /目标情景无法回测/);
  assert.deepEqual(say.largeTargetsShifts(facts({ targets: targetsFile([["110000", 2025, 5.5]]) })), []);
  // a shift of 1.5 points is applied, stated and warned
  const large = facts({ targets: targetsFile([["110000", 2025, 6.5], ["440000", 2025, 6.5]]) });
  assert.match(say.targetsParagraph(large, names)!.en, /shifted down by 1\.49 points.*The shift is more than 1 point: the targets and the national path differ on the level of growth/);
  assert.deepEqual(say.largeTargetsShifts(large).map((s) => s.year), [2025]);
  assert.match(say.targetsShiftWarning(say.largeTargetsShifts(large)[0]!).en, /shifts every provincial target for 2025 by 1\.49 points \(more than 1\)/);
});

test("unavailable reasons: data gaps in order of year, refusals with their error", () => {
  const early = facts({ origin: 2016 });
  const trend = early.scenarios.find((s) => s.scenario === "trend")!;
  assert.equal(
    say.unavailableReason(trend, names, 31).en,
    "Trend scenario not computed: gdp_index_prev_year for 2014 is missing for every province; gdp_index_prev_year for 2015 is missing for every province.",
  );
  const refused = facts({ targets: targetsFile([["110000", 2025, -4], ["310000", 2025, 4]]) }).scenarios.find((s) => s.scenario === "targets")!;
  assert.match(say.unavailableReason(refused, names, 31).en, /^Targets scenario not computed: the GDP-weighted mean of the provincial growth targets for 2025 is 0\.16% .* more than the limit of 3 points/);
  assert.ok(refused.unavailable?.kind === "refused" && refused.unavailable.error instanceof RegeconError);
});

test("tables: only computed scenarios; shares at current and origin-year prices; the north–south share error", () => {
  const f = facts();
  const t = projectionTable(f, "zh");
  assert.deepEqual(t.header, ["指标", "2024年实际", "惯性情景", "趋势情景", "收敛情景"]);
  // Each row at one precision: the actual at its row's projection precision, the published value in the note
  // (a published 4.4 beside projections of 4 read as a projected slowdown).
  assert.deepEqual(t.rows[0], ["东部占比（%）", "52.4", "52.4", "52.4", "52.4"]);
  assert.deepEqual(t.rows[4], ["北方占比（%）", "35.2", "35.1", "35.1", "35.0"]);
  // at 2024 prices the North keeps more of its share: the fall at current prices is the deflators'
  assert.deepEqual(t.rows[10], ["北方占比（2024年价格，%）", "35.2", "35.2", "35.2", "35.1"]);
  // Trend and convergence impose the national path: the assumption at its stated one decimal, not a projection.
  assert.deepEqual(t.rows[12], ["31个省份平均实际增速（%）", "5", "5", "5.0", "5.0"]);
  assert.deepEqual(t.rows[16], ["东北实际增速（%）", "4", "4", "4", "4"]);
  assert.match(t.actualNote!, /公布精度的数值：占比（%）东部52\.40、.*实际增速（%）31个省份平均5\.0、东部5\.0、中部5\.0、西部5\.1、东北4\.4；/);
  assert.match(t.actualNote!, /31个省份平均实际增速是设定值，按设定的一位小数列示/);
  const b = backtestTable(f, "en");
  assert.deepEqual(b.rows[0], ["Persistence", "6", "3.06", "0.17", "0.16", "2 of 6", "4 of 6", "0.0017", "0.0057"]);
  for (const row of [...projectionTable(f, "en").rows, ...b.rows]) for (const cell of row) assert.doesNotMatch(cell, CJK);
  // from 2016: one column, no back-test rows for scenarios that did not run
  const early = facts({ origin: 2016 });
  assert.deepEqual(projectionTable(early, "en").header, ["Indicator", "2016 actual", "Persistence", "2017 actual (in the data)"]);
  assert.deepEqual(backtestTable(early, "en").rows, []);
  // a projected year in the data gets its own column, as published
  const observed = projectionTable(facts({ origin: 2023 }), "en");
  assert.deepEqual(observed.header, ["Indicator", "2023 actual", "Persistence", "Trend", "Convergence", "2024 actual (in the data)"]);
  assert.deepEqual(observed.rows[0]!.slice(-1), ["52.40"]);
});
