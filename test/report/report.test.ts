import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { loadFolderDataset } from "../../src/data/folder.js";
import { Dataset } from "../../src/data/dataset.js";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { SECTIONS, buildReport } from "../../src/report/build.js";
import { RegeconError } from "../../src/types/errors.js";
import * as m from "../../src/messages/report.js";
import { renderHtml } from "../../src/report/html.js";
import type { ReportDocument } from "../../src/types/document.js";
import { assertSnapshot } from "../helpers/snapshot.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);

/** The report's text without figure SVG (the charts have their own snapshots). */
function textOf(doc: ReportDocument): string {
  return doc.blocks
    .map((b) => {
      switch (b.kind) {
        case "heading":
          return `${"#".repeat(b.level)} ${b.text}`;
        case "figure":
          return [`${b.label} ${b.caption}`, b.source, ...b.notes].join("\n");
        case "table":
          return [`${b.label} ${b.caption}`, b.header.join(" | "), ...b.rows.map((r) => r.join(" | ")), b.source, ...b.notes].join("\n");
        default:
          return b.text;
      }
    })
    .join("\n\n");
}

test("the 2024 report is deterministic and its text matches the snapshot (zh and en)", () => {
  for (const lang of ["zh", "en"] as const) {
    const a = buildReport({ dataset, registry, year: 2024, lang, datasetLabel: "test" });
    const b = buildReport({ dataset, registry, year: 2024, lang, datasetLabel: "test" });
    assert.equal(renderHtml(a), renderHtml(b));
    assertSnapshot(`report-2024-${lang}`, `${textOf(a)}\n`, "txt");
  }
});

test("every figure and table is numbered in order and carries a source line with the vintage", () => {
  const doc = buildReport({ dataset, registry, year: 2024, lang: "zh", datasetLabel: "test" });
  const figures = doc.blocks.filter((b) => b.kind === "figure");
  const tables = doc.blocks.filter((b) => b.kind === "table");
  assert.deepEqual(figures.map((f) => f.label), figures.map((_, i) => `图${i + 1}`));
  assert.deepEqual(tables.map((t) => t.label), tables.map((_, i) => `表${i + 1}`));
  for (const b of [...figures, ...tables]) {
    assert.match(b.source, /^资料来源：.+数据版本：.+/);
  }
  const text = textOf(doc);
  assert.match(text, /52\.40%/);
  // West 5.1 vs East 5.0: below the 0.2-point tolerance, so described, not called 西快东慢 (and not
  // 基本持平 next to "西部地区增速最快").
  assert.match(text, /西部地区经济增速略高于东部地区（西部地区增长5\.1%，东部地区增长5\.0%，相差0\.1个百分点）/);
  assert.doesNotMatch(text, /基本持平/);
  assert.match(text, /“南强北弱”/);
  assert.match(text, /第五次全国经济普查修订后/); // why 2023 differs from earlier publications
});

test("the HTML is self-contained: inline SVG, no scripts, no external references", () => {
  const html = renderHtml(buildReport({ dataset, registry, year: 2024, lang: "zh", datasetLabel: "test" }));
  assert.match(html, /<svg /);
  assert.doesNotMatch(html, /<script|<link |src="http|href="http/);
});

test("on the preliminary vintage the report says in place what is missing", () => {
  const prelim = loadFolderDataset(path.join(BUNDLED_DATA_DIR, "report-2024-prelim"), registry);
  const text = textOf(buildReport({ dataset: prelim, registry, year: 2024, lang: "zh", datasetLabel: "test" }));
  assert.match(text, /西藏、青海、宁夏的地区生产总值数据缺失/);
  assert.match(text, /2023年各省份的实际增速缺失；作为权重的2022年地区生产总值不在数据中/);
  assert.match(text, /52\.40%/);
});

test("a report for a year without growth data says so in place instead of drawing empty tables", () => {
  const doc = buildReport({ dataset, registry, year: 2006, lang: "zh", datasetLabel: "test" });
  const text = textOf(doc);
  assert.doesNotMatch(text, /缺少：）|缺少的数据/);
  assert.match(text, /四大板块增速对比表从略：数据中的增速年份为2016~2024年/);
  assert.match(text, /呈现“南强北弱”格局/); // no 2005 shares, so no claim that the pattern "has not changed"
});

test("observations from two vintages are flagged in the notes and the warnings, not hidden", () => {
  const imported = { ...dataset.source("NBS_PROV_GDP_2025V"), id: "IMPORT_1", vintage: "import-1", vintageLabel: "导入文件 x.csv", vintageLabelEn: "imported file x.csv" };
  const observations = dataset.all().map((o) => (o.indicator === "gdp_current" && o.regionCode === "440000" && o.year === 2024 ? { ...o, source: "IMPORT_1", vintage: "import-1" } : o));
  const mixed = new Dataset("mixed", observations, new Map([...dataset.sources, ["IMPORT_1", imported]]));
  const doc = buildReport({ dataset: mixed, registry, year: 2024, lang: "zh", datasetLabel: "test" });
  assert.ok(doc.warnings.some((w) => w.code === "MIXED_VINTAGES" && w.message.includes("导入文件 x.csv")));
  assert.match(textOf(doc), /注：地区生产总值数据混合了2个数据版本/);
});

test("one province without GDP: shares are missing and say why, ranks say they cover the provinces with data", () => {
  const observations = dataset.all().filter((o) => !(o.indicator === "gdp_current" && o.regionCode === "440000" && o.year === 2024));
  const gap = new Dataset("gap", observations, dataset.sources);
  const text = textOf(buildReport({ dataset: gap, registry, year: 2024, lang: "zh", datasetLabel: "test" }));
  assert.match(text, /因缺少广东的地区生产总值，本节无法计算占比/);
  assert.match(text, /2024年东部地区生产总值无法计算（缺少广东的数据）/);
  assert.match(text, /从经济总量看，在有数据的30个省份中，江苏136696\.9亿元，居第1位/);
  assert.doesNotMatch(text, /440000/);
});

test("a section that cannot be built becomes its heading and a note; the warning names it; the rest is built", () => {
  const failing = {
    title: { zh: "测试章节", en: "Test section" },
    build: () => {
      throw new RegeconError("INDICATOR_MISSING", m.noGdpAtAll("test"), m.noGdpAtAllHint);
    },
  };
  const doc = buildReport({ dataset, registry, year: 2024, lang: "zh", datasetLabel: "test", sections: [failing, SECTIONS.growthPattern!] });
  const text = textOf(doc);
  assert.ok(text.includes(`## （一）测试章节\n\n（本节从略：${m.noGdpAtAll("test").zh}。${m.noGdpAtAllHint.zh}）`), text.slice(0, 300));
  assert.match(text, /## （二）区域经济增长格局/);
  assert.ok(doc.warnings.some((w) => w.code === "INDICATOR_MISSING" && w.message.startsWith("测试章节")));
});
