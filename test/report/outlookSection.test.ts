import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { loadFolderDataset } from "../../src/data/folder.js";
import { readGrowthTargets } from "../../src/data/growthTargets.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { DEFAULT_SECTIONS, SECTIONS, buildReport } from "../../src/report/build.js";
import { outlookSectionWith, rangeInput } from "../../src/report/sections/outlook.js";
import { outlookFacts } from "../../src/analysis/outlook/outlook.js";
import type { Block } from "../../src/types/document.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const FIXTURE = fileURLToPath(new URL("../fixtures/outlook/growth-targets-TEST-DATA.csv", import.meta.url));
const CJK = /[\u4e00-\u9fff]/;

/** The outlook as the report prints it alone: its part heading (the single section takes the part's title), then its blocks, up to the 数据说明. */
function section(lang: "zh" | "en", year = 2024, build = SECTIONS.outlook!): Block[] {
  const blocks = buildReport({ dataset, registry, year, lang, sections: [build] }).blocks;
  const start = blocks.findIndex((b) => b.kind === "heading" && b.level === 1);
  const end = blocks.findIndex((b, i) => i > start && b.kind === "heading" && b.level === 1);
  return blocks.slice(start, end);
}

test("the outlook is in the default report, last, as the general report's third part", () => {
  assert.equal(DEFAULT_SECTIONS[DEFAULT_SECTIONS.length - 1], SECTIONS.outlook);
  assert.equal(SECTIONS.outlook!.part, "outlook");
  const headings = buildReport({ dataset, registry, year: 2024, lang: "zh" }).blocks.filter((b) => b.kind === "heading" && b.level === 1).map((b) => (b as { text: string }).text);
  assert.ok(headings.includes("三 2025年中国区域经济发展展望"), headings.join(" | "));
});

test("zh: figures and tables with sources; every figure note names the scenarios and their assumptions", () => {
  const blocks = section("zh");
  assert.equal(blocks[0]!.kind === "heading" && blocks[0]!.text, "一 2025年中国区域经济发展展望");
  assert.ok(!blocks.some((b) => b.kind === "heading" && b.level === 2)); // a part of one section has no （一）
  const figures = blocks.filter((b) => b.kind === "figure");
  const tables = blocks.filter((b) => b.kind === "table");
  assert.deepEqual(figures.map((f) => f.caption), ["各情景下2025年四大板块及南北地区占比较2024年的变化", "回测：四大板块占比变化的推算值与实际值（2019~2024年）"]);
  assert.deepEqual(tables.map((t) => t.caption), ["展望情景及其假设", "各情景下2025年区域经济推算", "展望情景回测（2018~2023年各年为起点，推算下一年）"]);
  for (const b of [...figures, ...tables]) {
    assert.match(b.source, /^资料来源：.+数据版本：.+推算：按本节所列假设计算。$/);
  }
  for (const f of figures) {
    const notes = f.notes.join("");
    for (const word of ["情景假设：", "惯性情景——", "趋势情景——", "收敛情景——", "全国路径", "平减指数", "人口"]) assert.ok(notes.includes(word), `${f.caption}: ${word}`);
  }
  // the projection figure states the assumptions of the projected year, the back-test figure those relative to each origin
  assert.match(figures[0]!.notes.join(""), /惯性情景——各省份实际增速保持2024年的水平/);
  assert.match(figures[1]!.notes.join(""), /惯性情景——各省份实际增速保持起点年份的水平/);
  const text = blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
  assert.match(text, /以下推算是在所列假设下的条件结果，不是对未来的判断/);
  assert.match(text, /惯性情景的省份增速平均绝对误差最小（3\.06个百分点）/);
  assert.match(text, /目标情景未计算：没有提供各省份的增长目标。/);
  // no command in the report body: how to give targets goes to the warnings the CLI prints
  const all = blocks.flatMap((b) => (b.kind === "figure" ? [b.caption, b.source, ...b.notes] : b.kind === "table" ? [b.caption, ...b.header, ...b.rows.flat(), b.source, ...b.notes] : [b.text])).join("\n");
  assert.doesNotMatch(all, /regecon (outlook|report|import)|--targets|\.csv/);
  // only the computed scenarios have a column
  const projection = tables.find((t) => t.caption.startsWith("各情景下"));
  assert.ok(projection?.kind === "table");
  assert.deepEqual(projection.header, ["指标", "2024年实际", "惯性情景", "趋势情景", "收敛情景"]);
});

test("warnings carry what the report may not say: how to give targets, a refused scenario", () => {
  const doc = buildReport({ dataset, registry, year: 2024, lang: "en", sections: [SECTIONS.outlook!] });
  const warning = doc.warnings.find((w) => w.code === "TARGETS_NOT_GIVEN");
  assert.match(warning?.message ?? "", /growth-targets\.csv .* --targets FILE/);
  const targets = { file: "mixneg.csv", targets: [{ code: "110000", year: 2025, target: -4, source: "x", line: 2 }, { code: "310000", year: 2025, target: 4, source: "x", line: 3 }] };
  const refused = buildReport({ dataset, registry, year: 2024, lang: "en", sections: [{ title: SECTIONS.outlook!.title, build: outlookSectionWith({ targets }) }] });
  assert.ok(refused.warnings.some((w) => w.code === "OUTLOOK_SCENARIO_REFUSED" && /shifted by 4\.85 points/.test(w.message)));
  const notes = refused.blocks.filter((b) => b.kind === "note").map((b) => (b.kind === "note" ? b.text : ""));
  assert.ok(notes.some((n) => /^Targets scenario not computed: /.test(n)));
  assert.ok(refused.blocks.some((b) => b.kind === "table" && b.header.join("|") === "Indicator|2024 actual|Persistence|Trend|Convergence"));
});

test("the range figure's whiskers: the four regions' share error for the regions, the north–south one for North and South", () => {
  const f = outlookFacts(dataset, registry, { origin: 2024 });
  assert.ok("scenarios" in f);
  const input = rangeInput(f, "en");
  assert.deepEqual(input.categories, ["East", "Central", "West", "Northeast", "North", "South"]);
  const b = f.scenarios[0]!.backtests[0]!;
  assert.deepEqual(input.series[0]!.errors, [b.maeShare, b.maeShare, b.maeShare, b.maeShare, b.maeNorthSouthShare, b.maeNorthSouthShare]);
  assert.notEqual(b.maeShare, b.maeNorthSouthShare);
});

test("en: the same section in English, no Chinese outside quoted data", () => {
  const blocks = section("en");
  for (const b of blocks) {
    const parts = b.kind === "figure" ? [b.caption, b.source, ...b.notes] : b.kind === "table" ? [b.caption, ...b.header, ...b.rows.flat(), b.source, ...b.notes] : [b.text];
    for (const p of parts) assert.doesNotMatch(p, CJK, p);
  }
  const figure = blocks.find((b) => b.kind === "figure")!;
  assert.ok(figure.kind === "figure" && figure.notes.some((n) => n.startsWith("Scenario assumptions: Persistence: ")));
});

test("a report year without growth data gets one note naming what is missing and the usable origins", () => {
  const blocks = section("zh", 2010);
  assert.equal(blocks.length, 2);
  const note = blocks[1]!;
  assert.ok(note.kind === "note");
  // gaps in order of year: 2009 first
  assert.match(note.text, /以2010年为起点的推算缺少各省份2009年的年末常住人口；缺少各省份2010年的地区生产总值指数/);
  assert.match(note.text, /可作为起点的年份：2016~2024年/);
  assert.doesNotMatch(section("en", 2010)[1]!.kind === "note" ? (section("en", 2010)[1] as { text: string }).text : "", CJK);
});

test("with a targets file the targets scenario is computed, its file cited by name and its gaps listed", () => {
  const targets = readGrowthTargets(FIXTURE, registry);
  const blocks = section("zh", 2024, { title: SECTIONS.outlook!.title, build: outlookSectionWith({ targets }) });
  const table = blocks.find((b) => b.kind === "table" && b.caption.startsWith("各情景下"));
  assert.ok(table?.kind === "table");
  assert.match(table.source, /增长目标：用户文件 growth-targets-TEST-DATA\.csv（来源：TEST DATA \(made up\)）。$/);
  assert.doesNotMatch(table.source, /fixtures/);
  const text = blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
  assert.match(text, /没有2025年的增长目标（26个省份）/);
  assert.match(text, /目标情景可回测的起点为2023年（1次）/);
  // one run is too few to set the print precision: shares of the targets column in whole points
  assert.deepEqual(table.rows[0]!.slice(-1), ["52"]);
});
