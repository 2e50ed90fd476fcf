import { test } from "node:test";
import assert from "node:assert/strict";
import { loadRegistry } from "../../src/data/registry.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { disparitySection } from "../../src/report/sections/disparity.js";
import type { ReportContext } from "../../src/report/context.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const ctx = (lang: "zh" | "en", year = 2024): ReportContext => ({ dataset, registry, year, lang, counters: { figure: 2, table: 1 }, warnings: [] });

test("区域差距 section: figures, tables, sources and a judgement that follows the numbers", () => {
  const c = ctx("zh");
  const blocks = disparitySection(c);
  assert.deepEqual(blocks[0], { kind: "heading", level: 2, text: "区域差距" });
  const figs = blocks.filter((b) => b.kind === "figure");
  const tables = blocks.filter((b) => b.kind === "table");
  assert.deepEqual(figs.map((f) => f.label), ["图3", "图4"]);
  assert.deepEqual(tables.map((t) => t.label), ["表2", "表3", "表4"]);
  for (const b of [...figs, ...tables]) {
    assert.match(b.source, /^资料来源：/);
    assert.ok(b.notes.length > 0);
  }
  const text = blocks.filter((b) => b.kind === "paragraph").map((b) => b.text).join("\n");
  // 2015→2024: weighted CV 0.3886 → 0.3868 and weighted Theil T 0.0676 → 0.0661 both fall; SD and range rise
  assert.match(text, /2015~2024年，.*由0\.3886变为0\.3868.*相对差距缩小.*绝对差距扩大/);
  assert.match(text, /四大板块之间的差距占总体差距的45\.8%/);
  assert.match(text, /全局莫兰指数为0\.3308/);
  assert.equal(c.counters.figure, 4);
});

test("English section and a year without complete data give a note, not zeros", () => {
  const en = disparitySection(ctx("en"));
  assert.equal((en[0] as { text: string }).text, "Regional disparities");
  assert.ok(en.some((b) => b.kind === "paragraph" && /relative disparity narrowed/.test(b.text)));
  const none = disparitySection(ctx("zh", 2010));
  assert.equal(none.length, 2);
  assert.equal(none[1]!.kind, "note");
});

test("same input gives byte-identical SVG", () => {
  const a = disparitySection(ctx("zh")).filter((b) => b.kind === "figure");
  const b = disparitySection(ctx("zh")).filter((b) => b.kind === "figure");
  assert.deepEqual(a, b);
});
