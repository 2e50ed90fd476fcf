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
    const a = buildReport({ dataset, registry, year: 2024, lang });
    const b = buildReport({ dataset, registry, year: 2024, lang });
    assert.equal(renderHtml(a), renderHtml(b));
    assertSnapshot(`report-2024-${lang}`, `${textOf(a)}\n`, "txt");
  }
});

test("every figure and table is numbered in order and carries a source line with the vintage", () => {
  const doc = buildReport({ dataset, registry, year: 2024, lang: "zh" });
  const figures = doc.blocks.filter((b) => b.kind === "figure");
  const tables = doc.blocks.filter((b) => b.kind === "table");
  const body = tables.filter((t) => !t.label.startsWith("附表"));
  assert.deepEqual(figures.map((f) => f.label), figures.map((_, i) => `图${i + 1}`));
  assert.deepEqual(body.map((t) => t.label), body.map((_, i) => `表${i + 1}`));
  assert.deepEqual(tables.slice(body.length).map((t) => t.label), ["附表1"]); // the appendix, after every body table
  for (const b of [...figures, ...tables]) {
    assert.match(b.source, /^资料来源：.+数据版本：.+/);
  }
  const text = textOf(doc);
  assert.match(text, /52\.40%/);
  // West 5.1 vs East 5.0: below the 0.2-point tolerance, so described, not called 西快东慢 (and not
  // 基本持平 next to "西部地区增速最快"); north 5.1 vs south 5.0 is phrased by the same rule.
  assert.match(text, /西部地区经济增速（5\.1%）略高于东部地区（5\.0%），相差0\.1个百分点；四大板块中，西部地区增速最快/);
  assert.match(text, /北方地区增速（5\.1%）略高于南方地区（5\.0%）/);
  // …and so are the provinces against the weighted mean (5.0): 北京 5.1 略高于, 天津 4.9 略低于, never plain 高于.
  assert.match(text, /北京（5\.1%）略高于平均水平，天津（4\.9%）和上海（4\.9%）略低于平均水平/);
  assert.match(text, /辽宁（5\.1%）略高于平均水平/);
  assert.doesNotMatch(text, /（5\.1%）高于平均水平/);
  assert.doesNotMatch(text, /基本持平|西快东慢/);
  assert.match(text, /“南强北弱”/);
  assert.match(text, /第五次全国经济普查修订后/); // why 2023 differs from earlier publications
});

test("the HTML is self-contained: inline SVG, no scripts, no external references", () => {
  const html = renderHtml(buildReport({ dataset, registry, year: 2024, lang: "zh" }));
  assert.match(html, /<svg /);
  assert.doesNotMatch(html, /<script|<link |src="http|href="http/);
});

test("on the preliminary vintage the report says in place what is missing", () => {
  const prelim = loadFolderDataset(path.join(BUNDLED_DATA_DIR, "report-2024-prelim"), registry);
  const text = textOf(buildReport({ dataset: prelim, registry, year: 2024, lang: "zh" }));
  // 图3 keeps them on the axis (sorted last, no bar): the note says so and never that they are not shown.
  assert.match(text, /西藏、青海、宁夏的地区生产总值数据缺失，排在图的末尾，无柱形/);
  assert.doesNotMatch(text, /未列出/);
  assert.match(text, /2023年各省份的实际增速缺失；作为权重的2022年地区生产总值不在数据中/);
  assert.match(text, /52\.40%/);
});

test("a report for a year without growth data says so in place instead of drawing empty tables", () => {
  const doc = buildReport({ dataset, registry, year: 2006, lang: "zh" });
  const text = textOf(doc);
  assert.doesNotMatch(text, /缺少：）|缺少的数据/);
  assert.match(text, /四大板块增速对比表从略：数据中的增速年份为2016~2024年/);
  assert.match(text, /呈现“南强北弱”格局/); // no 2005 shares, so no claim that the pattern "has not changed"
});

test("observations from two vintages are flagged in the notes and the warnings, not hidden", () => {
  const imported = { ...dataset.source("NBS_PROV_GDP_2025V"), id: "IMPORT_1", vintage: "import-1", vintageLabel: "导入文件 x.csv", vintageLabelEn: "imported file x.csv" };
  const observations = dataset.all().map((o) => (o.indicator === "gdp_current" && o.regionCode === "440000" && o.year === 2024 ? { ...o, source: "IMPORT_1", vintage: "import-1" } : o));
  const mixed = new Dataset("mixed", observations, new Map([...dataset.sources, ["IMPORT_1", imported]]));
  const doc = buildReport({ dataset: mixed, registry, year: 2024, lang: "zh" });
  assert.ok(doc.warnings.some((w) => w.code === "MIXED_VINTAGES" && w.message.includes("导入文件 x.csv")));
  assert.match(textOf(doc), /注：地区生产总值数据混合了2个数据版本/);
});

test("one province without GDP: shares are missing and say why, ranks say they cover the provinces with data", () => {
  const observations = dataset.all().filter((o) => !(o.indicator === "gdp_current" && o.regionCode === "440000" && o.year === 2024));
  const gap = new Dataset("gap", observations, dataset.sources);
  const text = textOf(buildReport({ dataset: gap, registry, year: 2024, lang: "zh" }));
  assert.match(text, /因缺少广东的地区生产总值，本节无法计算占比/);
  assert.match(text, /2024年东部地区生产总值无法计算（缺少广东的数据）/);
  assert.match(text, /从经济总量看，在有数据的30个省份中，居前五位的依次是江苏（136697亿元）/);
  assert.doesNotMatch(text, /440000/);
});

test("a section that cannot be built becomes its heading and a note; the warning names it; the rest is built", () => {
  const failing = {
    title: { zh: "测试章节", en: "Test section" },
    build: () => {
      throw new RegeconError("INDICATOR_MISSING", m.noGdpAtAll("test"), m.noGdpAtAllHint);
    },
  };
  const doc = buildReport({ dataset, registry, year: 2024, lang: "zh", sections: [failing, SECTIONS.growthPattern!] });
  const text = textOf(doc);
  assert.ok(text.includes(`## （一）测试章节\n\n（本节从略：${m.noGdpAtAll("test").zh}。${m.noGdpAtAllHint.zh}）`), text.slice(0, 300));
  assert.match(text, /## （二）区域经济增长格局/);
  assert.ok(doc.warnings.some((w) => w.code === "INDICATOR_MISSING" && w.message.startsWith("测试章节")));
  // In English the note and the warning use the error's English text, not its Chinese message.
  const bilingual = { ...failing, build: () => { throw new RegeconError("INDICATOR_MISSING", { zh: "缺少某指标", en: "an indicator is missing" }, { zh: "导入它", en: "import it" }); } };
  const en = buildReport({ dataset, registry, year: 2024, lang: "en", sections: [bilingual, SECTIONS.growthPattern!] });
  assert.match(textOf(en), /## 1\.1 Test section\n\n\(Section omitted: an indicator is missing\. import it\)/);
  assert.ok(en.warnings.some((w) => w.message === "Test section: an indicator is missing"));
});

const levelOne = (doc: ReportDocument) => doc.blocks.filter((b) => b.kind === "heading" && b.level === 1).map((b) => (b as { text: string }).text);

test("the document's frame: 摘要 first, parts 一 二 三 as in the general report, 附表 and 数据说明 last; the subtitle names source and cut-off", () => {
  const zh = buildReport({ dataset, registry, year: 2024, lang: "zh" });
  assert.equal(zh.title, "2024~2025年中国区域经济发展形势与展望");
  assert.equal(zh.subtitle, "资料来源：国家统计局等　数据截至2026年5月");
  assert.deepEqual(levelOne(zh), ["摘要", "一 2024年中国区域经济发展态势分析", "二 2025年中国区域经济发展面临的挑战", "三 2025年中国区域经济发展展望", "附表", "数据说明"]);
  assert.deepEqual(zh.blocks[0], { kind: "heading", level: 1, text: "摘要" });
  const en = buildReport({ dataset, registry, year: 2024, lang: "en" });
  assert.equal(en.subtitle, "Source: National Bureau of Statistics of China and others · data as of May 2026");
  assert.deepEqual(levelOne(en), ["Summary", "1. China's regional economy in 2024", "2. Challenges for regional development in 2025", "3. Outlook for 2025", "Appendix", "Notes on the data"]);
  // Sections are numbered within their part; a part of one section takes the part's title only.
  const level2 = en.blocks.filter((b) => b.kind === "heading" && b.level === 2).map((b) => (b as { text: string }).text);
  assert.deepEqual(level2.map((t) => t.split(" ")[0]), ["1.1", "1.2", "1.3", "1.4", "1.5"]);
  // The appendix table is 附表1, apart from the body's 表N.
  const tables = zh.blocks.filter((b) => b.kind === "table");
  assert.equal(tables.at(-1)!.label, "附表1");
  assert.equal(tables.at(-1)!.rows.length, 31);
  assert.deepEqual(tables.at(-1)!.rows.find((r) => r[0] === "甘肃"), ["甘肃", "西部", "13020.5", "27", "5.8", "并列3"]);
});

test("the summary: 4–6 sentences of headline judgements, the same numbers and verdicts as the sections", () => {
  const doc = buildReport({ dataset, registry, year: 2024, lang: "zh" });
  const summary = (doc.blocks[1] as { text: string }).text;
  const sentences = summary.split("。").filter((s) => s !== "");
  assert.ok(sentences.length >= 4 && sentences.length <= 6, summary);
  const body = textOf({ ...doc, blocks: doc.blocks.slice(3) });
  for (const claim of ["134.9万亿元，首次突破130万亿元", "西部地区经济增速（5.1%）略高于东部地区（5.0%），相差0.1个百分点", "52.40%", "64.8%", "“南强北弱”格局没有改变", "长三角", "5.5%", "67.00%", "11.25个百分点", "1.80", "1.65", "30308元", "48489元"]) {
    assert.ok(summary.includes(claim), `summary: ${claim}`);
    assert.ok(body.includes(claim), `body: ${claim}`);
  }
  assert.match(summary, /相对差距略有缩小、绝对差距扩大/); // the section: 相对差距略有缩小（趋势不显著）… 绝对差距扩大
  assert.match((doc.blocks[2] as { text: string }).text, /^关键词：区域经济增长格局　区域重大战略　城镇化　区域差距/);
  const en = buildReport({ dataset, registry, year: 2024, lang: "en" });
  assert.match((en.blocks[1] as { text: string }).text, /^In 2024, national GDP reached 134,908 billion yuan, above 130,000 billion yuan for the first time; growth in the West \(5\.1%\) was slightly above that of the East/);
});

test("the data notes name sources and vintages by their names, the year's choice and what is missing; commands only in warnings", () => {
  const doc = buildReport({ dataset, registry, year: 2024, lang: "zh", yearChoice: { year: 2024, reason: "complete", incompleteLater: [] } });
  const start = doc.blocks.findIndex((b) => b.kind === "heading" && b.text === "数据说明");
  const notes = doc.blocks.slice(start + 1).map((b) => (b as { text: string }).text).join("\n");
  assert.match(notes, /^本报告数据截至2026年5月，所用资料为：国家统计局，分省年度数据·地区生产总值；/);
  assert.match(notes, /数据版本：[^\n]*国家统计局数据库（第五次全国经济普查修订后）/);
  assert.match(notes, /报告年份为2024年：31个省份地区生产总值和实际增速数据齐全的最近年份/);
  assert.doesNotMatch(notes, /以下数据缺失/); // the bundled data lack nothing the sections need for 2024
  // Without the R&D data, the notes say so in words and the import command is a warning.
  const withoutRd = new Dataset("test", dataset.all().filter((o) => !o.indicator.startsWith("rd_")), dataset.sources);
  const gap = buildReport({ dataset: withoutRd, registry, year: 2024, lang: "zh" });
  const gapNotes = gap.blocks.slice(gap.blocks.findIndex((b) => b.kind === "heading" && b.text === "数据说明") + 1).map((b) => (b as { text: string }).text).join("\n");
  assert.match(gapNotes, /以下数据缺失，相关内容从略或在文中注明：研究与试验发展（R&D）经费无分省数据/);
  assert.doesNotMatch(gapNotes, /rd_expenditure|regecon/);
  assert.ok(gap.warnings.some((w) => w.code === "DATA_MISSING" && w.message.includes("--indicator rd_expenditure")));
});

/** Text a reader sees in the Markdown, with Markdown's escapes undone and figure file links removed. */
function readerText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\\([\\`*_<>#.+-])/g, "$1");
}

test("no developer text in the document (zh and en Markdown): no snake_case ids, no commands, no repository names", async () => {
  const { renderMarkdown } = await import("../../src/report/markdown.js");
  for (const lang of ["zh", "en"] as const) {
    const text = readerText(renderMarkdown(buildReport({ dataset, registry, year: 2024, lang })).markdown);
    assert.doesNotMatch(text, /\b[a-z][a-z0-9]*_[a-z][a-z0-9]*(?:_[a-z0-9]+)*\b/, `${lang}: snake_case identifier`);
    assert.doesNotMatch(text, /\bregecon\b/i, `${lang}: the tool or its commands`);
    assert.doesNotMatch(text, /(?<![\w/.])[a-z0-9][a-z0-9-]{2,}\/[a-z][a-z0-9._-]{2,}/, `${lang}: a repository-like owner/name`);
    assert.doesNotMatch(text, /data\/|\.csv\b/, `${lang}: a path`);
    if (lang === "en") assert.doesNotMatch(text, /trillion/, "en: one unit for large amounts (billion yuan), as in the tables");
  }
  // The check itself can fail: each pattern finds what it is meant to find.
  assert.match(readerText("导入：regecon import FILE --indicator income\\_per\\_capita\\_urban"), /\b[a-z][a-z0-9]*_[a-z][a-z0-9]*(?:_[a-z0-9]+)*\b/);
  assert.match("经第三方抓取程序整理：naoaki-rmrb/chinastatistics", /(?<![\w/.])[a-z0-9][a-z0-9-]{2,}\/[a-z][a-z0-9._-]{2,}/);
});
