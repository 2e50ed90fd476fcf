import { test } from "node:test";
import assert from "node:assert/strict";
import { outlookFacts, type OutlookFacts } from "../../src/analysis/outlook/outlook.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import * as say from "../../src/narrative/outlook.js";
import { backtestTable, projectionTable } from "../../src/narrative/outlookTables.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const names: say.OutlookNames = {
  province: (c) => ({ zh: registry.province(c).name, en: registry.province(c).nameEn }),
  indicator: (id) => ({ zh: id, en: id }),
};
const CJK = /[\u4e00-\u9fff]/;

function facts(): OutlookFacts {
  const f = outlookFacts(dataset, registry, { origin: 2024 });
  assert.ok("scenarios" in f);
  return f;
}

test("every scenario states its assumption; persistence imposes no national path; a stated path is named", () => {
  const f = facts();
  assert.equal(say.growthAssumption(f.scenarios[0]!, f).zh, "各省份实际增速保持2024年的水平");
  assert.equal(say.growthAssumption(f.scenarios[1]!, f).en, "each province's growth differential to the 31-province mean stays at its 2022–2024 average");
  assert.match(say.growthAssumption(f.scenarios[2]!, f).zh, /^人均地区生产总值增速差异由2021~2024年估计的β收敛关系决定（β=-0\.0038，标准误0\.0035）$/);
  assert.match(say.nationalPathText(f.scenarios[0]!, f).zh, /^不设/);
  assert.match(say.nationalPathText(f.scenarios[1]!, f).zh, /保持2024年的5\.0%/);
  const stated = { ...f, nationalPath: { kind: "stated" as const, growth: 4.5 } };
  assert.equal(say.nationalPathText(stated.scenarios[1]!, stated).en, "4.5% (stated by the user)");
  const note = say.assumptionsNote(f, f.scenarios.slice(0, 3));
  for (const word of ["惯性情景——", "趋势情景——", "收敛情景——", "全国路径：", "价格：", "人口："]) assert.ok(note.zh.includes(word), word);
  assert.doesNotMatch(note.zh, /目标情景/);
  assert.doesNotMatch(note.en, CJK);
});

test("the opening paragraph says that projections are conditional on their assumptions", () => {
  const p = say.introParagraph(facts());
  assert.match(p.zh, /以下推算是在所列假设下的条件结果，不是对未来的判断/);
  assert.match(p.en, /conditional on the stated assumptions/);
  assert.match(p.zh, /2018~2023年的历史数据回测/);
});

test("β with standard error, speed and half-life; σ beside it, judged on the printed digits", () => {
  const f = facts();
  const p = say.convergenceParagraph(f)!;
  assert.match(p.zh, /β收敛系数为-0\.0038（标准误0\.0035，p=0\.280），在5%水平上不显著/);
  assert.match(p.zh, /半衰期约181年/);
  assert.match(p.zh, /变异系数（σ）为0\.386（2024年为0\.387），离散程度缩小/);
  // a significant negative β is called convergence
  const c = structuredClone(f);
  c.scenarios[2]!.convergence!.estimate.betaPValue = 0.01;
  assert.match(say.convergenceParagraph(c)!.en, /significant at 5%: provinces converge/);
  // without the convergence scenario there is no paragraph
  assert.equal(say.convergenceParagraph({ ...f, scenarios: f.scenarios.slice(0, 2) }), undefined);
});

test("gap movements are grouped by verdict: one clause per verdict, scenarios listed", () => {
  const f = structuredClone(facts());
  f.scenarios[0]!.years[0]!.eastWest = "widened";
  f.scenarios[1]!.years[0]!.eastWest = "narrowed";
  f.scenarios[2]!.years[0]!.eastWest = "widened";
  const p = say.sharesParagraph(f)!;
  assert.match(p.zh, /东部与西部的占比差距在惯性情景和收敛情景下扩大，在趋势情景下缩小；/);
  assert.match(p.en, /widens under the persistence scenario and the convergence scenario and narrows under the trend scenario/);
  assert.match(p.zh, /惯性情景下东部52\.4%、中部21\.4%/);
});

test("the back-test paragraph names the scenario with the smallest error and the precision that follows", () => {
  const f = facts();
  const p = say.backtestParagraph(f)!;
  assert.match(p.zh, /惯性情景的省份增速平均绝对误差最小（3\.06个百分点），收敛情景的四大板块占比平均绝对误差最小（0\.12个百分点）/);
  assert.match(p.zh, /推算的增速最多保留到整数位，占比最多保留到小数点后1位/);
  assert.equal(say.worstYear(f)?.year, 2022);
});

test("the targets paragraph: no file → not computed (how to give one is a CLI warning); with a file → missing provinces and the scale", () => {
  const f = facts();
  assert.match(say.targetsParagraph(f, names)!.zh, /目标情景未计算：没有提供各省份的增长目标/);
  const targets = {
    file: "t.csv",
    targets: ["110000", "440000"].map((code, i) => ({ code, year: 2025, target: 5.5, source: "TEST", line: i + 2 })),
  };
  const t = outlookFacts(dataset, registry, { origin: 2024, targets });
  assert.ok("scenarios" in t);
  const p = say.targetsParagraph(t, names)!;
  assert.match(p.zh, /天津、河北.*没有2025年的增长目标（29个省份），按全国路径计算/);
  assert.match(p.zh, /各省份目标的加权平均为5\.50%，全国路径为5\.0%，各省份目标按系数0\.911等比例缩放/);
  assert.match(p.zh, /目标情景无法回测/);
});

test("tables print actual values at published precision and projections at their back-test precision", () => {
  const f = facts();
  const t = projectionTable(f, "zh");
  assert.deepEqual(t.header, ["指标", "2024年实际", "惯性情景", "趋势情景", "收敛情景", "目标情景"]);
  assert.deepEqual(t.rows[0], ["东部占比（%）", "52.40", "52.4", "52.4", "52.4", "—"]);
  assert.deepEqual(t.rows[6], ["31个省份平均实际增速（%）", "5.0", "5", "5", "5", "—"]);
  const b = backtestTable(f, "en");
  assert.deepEqual(b.rows[0], ["Persistence", "6", "3.06", "0.17", "2 of 6", "4 of 6", "0.0017", "0.0057"]);
  for (const row of [...projectionTable(f, "en").rows, ...b.rows]) for (const cell of row) assert.doesNotMatch(cell, CJK);
});
