/**
 * The block builders: caption, source line and vintage notes attached one way; an all-missing table
 * becomes a note; numbering happens once, in build.ts, so a dropped block or a failing section leaves
 * no gap in 图N/表N.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { SECTIONS, buildReport } from "../../src/report/build.js";
import { figure, paragraph, table } from "../../src/report/blocks.js";
import type { ReportContext } from "../../src/report/context.js";
import { RegeconError } from "../../src/types/errors.js";

const registry = loadRegistry();
const nbs = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const ctxOf = (dataset: Dataset, lang: "zh" | "en" = "zh"): ReportContext => ({ dataset, registry, year: 2024, lang, warnings: [] });
const chart = { svg: "<svg/>", width: 10, height: 10 };
const GDP = { indicators: ["gdp_current"], years: [2024], provincesOnly: true };

test("figure: caption and notes in the report's language, the source line from the data shown, no label yet", () => {
  const f = figure(ctxOf(nbs, "en"), { caption: { zh: "图题", en: "Caption" }, chart, data: GDP, notes: [{ zh: "注：甲", en: "Note: a" }] });
  assert.equal(f.label, "");
  assert.equal(f.caption, "Caption");
  assert.equal(f.source, "Source: National Bureau of Statistics of China: annual provincial data: gross regional product. Vintage: NBS database (revised after the 5th economic census).");
  assert.deepEqual(f.notes, ["Note: a"]);
});

test("a series that mixes vintages gets a note (after the section's notes) and one warning", () => {
  const imported = { ...nbs.source("NBS_PROV_GDP_2025V"), id: "IMPORT_1", vintage: "import-1", vintageLabel: "导入文件 x.csv", vintageLabelEn: "imported file x.csv" };
  const observations = nbs.all().map((o) => (o.indicator === "gdp_current" && o.regionCode === "440000" && o.year === 2024 ? { ...o, source: "IMPORT_1", vintage: "import-1" } : o));
  const ctx = ctxOf(new Dataset("mixed", observations, new Map([...nbs.sources, ["IMPORT_1", imported]])));
  const notes = (data: typeof GDP) => figure(ctx, { caption: { zh: "图", en: "F" }, chart, data, notes: [{ zh: "注：甲", en: "Note: a" }] }).notes;
  assert.deepEqual(notes(GDP), ["注：甲", "注：地区生产总值数据混合了2个数据版本：导入文件 x.csv；国家统计局数据库（第五次全国经济普查修订后）。跨版本的比较可能包含统计修订的影响。"]);
  notes(GDP);
  assert.equal(ctx.warnings.filter((w) => w.code === "MIXED_VINTAGES").length, 1);
  // 2023 alone is one vintage: nothing to say.
  assert.deepEqual(notes({ ...GDP, years: [2023] }), ["注：甲"]);
});

test("a table whose every data cell is missing becomes a note carrying its caption and notes", () => {
  const ctx = ctxOf(nbs);
  const spec = { caption: { zh: "表题", en: "T" }, header: [{ zh: "地区", en: "Region" }, { zh: "值", en: "Value" }], data: GDP, notes: [{ zh: "注：乙缺失。", en: "Note: b is missing." }] };
  assert.deepEqual(table(ctx, { ...spec, rows: [[{ zh: "东部", en: "East" }, "—"]] }), { kind: "note", text: "（表题：所需数据缺失，表格从略。注：乙缺失。）" });
  const t = table(ctxOf(nbs, "en"), { ...spec, rows: [[{ zh: "东部", en: "East" }, "1.0"]] });
  assert.equal(t.kind, "table");
  assert.deepEqual(t.kind === "table" && t.rows, [["East", "1.0"]]);
});

test("paragraphs join sentences as each language does and drop empty ones", () => {
  const ctx = ctxOf(nbs, "en");
  assert.deepEqual(paragraph(ctx, [{ zh: "甲。", en: "A." }, undefined, { zh: "", en: "" }, { zh: "乙。", en: "B." }]), [{ kind: "paragraph", text: "A. B." }]);
  assert.deepEqual(paragraph(ctxOf(nbs), [{ zh: "甲。", en: "A." }, { zh: "乙。", en: "B." }]), [{ kind: "paragraph", text: "甲。乙。" }]);
  assert.deepEqual(paragraph(ctx, [undefined]), []);
});

test("numbering happens once, after every block is in place: a section failing after building a figure leaves no gap", () => {
  const failing = {
    title: { zh: "测试章节", en: "Test section" },
    build: (ctx: ReportContext) => {
      figure(ctx, { caption: { zh: "不会出现的图", en: "never shown" }, chart, data: GDP });
      throw new RegeconError("INDICATOR_MISSING", { zh: "缺少某指标", en: "an indicator is missing" });
    },
  };
  for (const lang of ["zh", "en"] as const) {
    const doc = buildReport({ dataset: nbs, registry, year: 2024, lang, sections: [SECTIONS.strategies!, failing, SECTIONS.urbanisation!] });
    const figures = doc.blocks.filter((b) => b.kind === "figure");
    const tables = doc.blocks.filter((b) => b.kind === "table");
    const [fig, tab] = lang === "zh" ? ["图", "表"] : ["Figure ", "Table "];
    assert.deepEqual(figures.map((f) => f.label), figures.map((_, i) => `${fig}${i + 1}`));
    assert.deepEqual(tables.map((t) => t.label), tables.map((_, i) => `${tab}${i + 1}`));
    assert.ok(!figures.some((f) => /never|不会/.test(f.caption)));
    const headings = doc.blocks.filter((b) => b.kind === "heading" && b.level === 2).map((b) => (b as { text: string }).text);
    assert.deepEqual(headings, lang === "zh" ? ["（一）区域重大战略", "（二）测试章节", "（三）城乡与城镇化"] : ["1.1 Major regional strategies", "1.2 Test section", "1.3 Urbanisation and the urban–rural gap"]);
    assert.ok(doc.warnings.some((w) => w.message === (lang === "zh" ? "测试章节：缺少某指标" : "Test section: an indicator is missing")));
  }
});

test("under every map the boundaries are named in reader words, not by their file name (zh and en)", async () => {
  const { loadBoundaries } = await import("../../src/charts/boundaries.js");
  const { mapFigure } = await import("../../src/report/mapFigure.js");
  const boundaries = loadBoundaries(registry);
  const expected = { zh: "注：分级为五分位数分组；底图：行政区划示意底图（Apache ECharts 4.9.0 所附中国地图数据）。", en: "Note: classes are quintiles; base map: schematic boundaries from the Apache ECharts 4.9.0 map data." };
  for (const lang of ["zh", "en"] as const) {
    const ctx: ReportContext = { ...ctxOf(nbs, lang), map: { boundaries } };
    const [map] = mapFigure(ctx, { caption: { zh: "图", en: "Map" }, legendTitle: { zh: "亿元", en: "100 million yuan" }, values: registry.provinces.map((p, i) => ({ code: p.code, value: i + 1 })), decimals: 0, indicators: ["gdp_current"], years: [2024] });
    assert.ok(map?.kind === "figure");
    assert.ok(map.notes.includes(expected[lang]), map.notes.join("\n"));
    assert.doesNotMatch([map.source, ...map.notes].join("\n"), /china\.json|\.json\b/);
  }
});
