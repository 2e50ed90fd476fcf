import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { loadFolderDataset } from "../../src/data/folder.js";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { buildReport } from "../../src/report/build.js";
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
  assert.match(text, /“西快东慢”/);
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
  assert.match(text, /2023年.+数据缺失/);
  assert.match(text, /52\.40%/);
});
