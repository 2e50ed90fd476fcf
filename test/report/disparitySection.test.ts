import { test } from "node:test";
import assert from "node:assert/strict";
import { loadRegistry } from "../../src/data/registry.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { disparitySection } from "../../src/report/sections/disparity.js";
import { Dataset } from "../../src/data/dataset.js";
import type { Block } from "../../src/types/document.js";
import type { ReportContext } from "../../src/report/context.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const ctx = (lang: "zh" | "en", year = 2024): ReportContext => ({ dataset, registry, year, lang, warnings: [] });

test("区域差距 section: figures, tables, sources and a judgement that follows the numbers", () => {
  const c = ctx("zh");
  const blocks = disparitySection(c);
  assert.deepEqual(blocks[0], { kind: "heading", level: 2, text: "区域差距" });
  const figs = blocks.filter((b) => b.kind === "figure");
  const tables = blocks.filter((b) => b.kind === "table");
  // A section numbers nothing: build.ts numbers every figure and table of the report once.
  assert.deepEqual(figs.map((f) => f.label), ["", "", ""]);
  assert.equal(figs[2]!.caption, "2015~2024年东部地区与其他板块人均地区生产总值之比");
  assert.deepEqual(tables.map((t) => t.label), ["", "", ""]);
  for (const b of [...figs, ...tables]) {
    assert.match(b.source, /^资料来源：/);
    assert.ok(b.notes.length > 0);
  }
  const text = blocks.filter((b) => b.kind === "paragraph").map((b) => b.text).join("\n");
  // 2015→2024: weighted CV 0.3886 → 0.3868 and weighted Theil T 0.0676 → 0.0661 both fall; SD and range rise
  // the σ-trend is not significant (p = 0.067), so the narrowing is called slight
  assert.match(text, /2015~2024年，.*由0\.3886变为0\.3868.*相对差距略有缩小（趋势不显著）.*绝对差距扩大/);
  assert.match(text, /四大板块之间的差距占总体差距的45\.8%/);
  assert.match(text, /全局莫兰指数为0\.3308/);
  // Between regions, next to the provincial indices: East/West 1.80 → 1.65 and 30308 → 48489 元 (test/analysis/growthClaims.test.ts).
  assert.match(text, /东部与中部、西部地区之间相对差距缩小、绝对差距扩大，东部与东北地区之间相对差距和绝对差距均扩大/);
  assert.equal(figs.length, 3);
});

test("English section and a year without complete data give a note, not zeros", () => {
  const en = disparitySection(ctx("en"));
  assert.equal((en[0] as { text: string }).text, "Regional disparities");
  assert.ok(en.some((b) => b.kind === "paragraph" && /relative disparity narrowed/.test(b.text)));
  const none = disparitySection(ctx("zh", 2010));
  assert.equal(none.length, 2);
  assert.equal(none[1]!.kind, "note");
  // The note names the indicator (Chinese name and id) and the years it has (2014: 30 provinces, 西藏 missing).
  assert.match((none[1] as { text: string }).text, /年末常住人口分省数据仅有2014~2024年，缺少2010年/);
});

const textOf = (blocks: Block[]) => blocks.map((b) => (b.kind === "figure" || b.kind === "table" ? [b.caption, b.source, ...b.notes].join("\n") : b.kind === "heading" ? "" : b.text)).join("\n");
const withData = (observations: ReturnType<typeof dataset.all>, sources = dataset.sources) => new Dataset("test", observations, sources);
const sectionOn = (ds: Dataset, lang: "zh" | "en" = "zh") => {
  const c: ReportContext = { dataset: ds, registry, year: 2024, lang, warnings: [] };
  return { blocks: disparitySection(c), warnings: c.warnings };
};

test("a census break in the series (4th-census GDP for 2015~2019) is flagged in every affected figure/table and in the judgement", () => {
  const imported = { ...dataset.source("NBS_PROV_GDP_2025V"), id: "IMPORT_20", vintage: "import-20", vintageLabel: "导入文件 分省年度数据.xls（第四次全国经济普查修订后）", vintageLabelEn: "imported file (after the 4th economic census)" };
  // 4th-census GDP was lower; scale provinces unevenly so the indices move as after a real import.
  const observations = dataset.all().map((o) =>
    o.indicator === "gdp_current" && o.year <= 2019 && registry.isProvince(o.regionCode) ? { ...o, source: "IMPORT_20", vintage: "import-20", value: o.value * (Number(o.regionCode.slice(0, 2)) % 2 ? 0.9 : 1) } : o,
  );
  const mixed = withData(observations, new Map([...dataset.sources, ["IMPORT_20", imported]]));
  for (const lang of ["zh", "en"] as const) {
    const { blocks, warnings } = sectionOn(mixed, lang);
    const label = lang === "zh" ? "导入文件 分省年度数据.xls（第四次全国经济普查修订后）" : "imported file (after the 4th economic census)";
    const all = blocks.filter((b) => b.kind === "figure");
    assert.equal(all.length, 3);
    const figures = all.slice(0, 2);
    // The regional-gap figure (from 2015) crosses the break too and says so, in its note and in the sentence.
    assert.ok(all[2]!.notes.some((n) => n.includes(label)), all[2]!.caption);
    for (const f of figures) assert.ok(f.notes.some((n) => n.includes(label) && n.includes(lang === "zh" ? "地区生产总值数据混合了2个数据版本" : "mixes 2 vintages")), f.caption);
    const tables = blocks.filter((b) => b.kind === "table");
    const beta = tables.find((t) => /β/.test(t.caption))!;
    assert.ok(beta.notes.some((n) => n.includes(label)), "β compares 2015 with 2024: mixed");
    for (const t of tables.filter((t) => t !== beta)) assert.ok(!t.notes.some((n) => n.includes(label)), `${t.caption}: one year, one vintage`);
    const text = textOf(blocks);
    assert.match(text, lang === "zh" ? /绝对差距(扩大|缩小|变化方向不一|基本不变)（注意：序列跨越不同数据版本，变化可能含统计修订因素）。/ : /absolute disparity \w+[^.]*\(note: the comparison crosses a data-version break/);
    // One warning per message, naming the vintage by its label, never raw vintage ids.
    assert.match(text, lang === "zh" ? /相对差距[^。]*（注意：比较跨越不同数据版本，变化可能含统计修订因素）。/ : /gap \w+ \(note: the comparison crosses a data-version break/);
    const mv = warnings.filter((w) => w.code === "MIXED_VINTAGES");
    assert.ok(mv.length >= 1);
    for (const w of mv) assert.match(w.message, new RegExp(label.replace(/[()（）.]/g, ".")));
    assert.doesNotMatch(JSON.stringify({ blocks: textOf(blocks), warnings }), /import-20|nbs-db-post5census|series mixes/);
  }
  // One vintage: no note, no clause, no warning.
  const clean = sectionOn(dataset);
  assert.doesNotMatch(textOf(clean.blocks), /数据版本不同|跨越不同数据版本|混合了/);
  assert.equal(clean.warnings.length, 0);
});

test("one missing cell (广东 2024 gdp_current) names province, indicator and year; the rest is computed with its coverage", () => {
  const gap = withData(dataset.all().filter((o) => !(o.indicator === "gdp_current" && o.regionCode === "440000" && o.year === 2024)));
  const { blocks } = sectionOn(gap);
  const text = textOf(blocks);
  assert.doesNotMatch(text, /缺少完整的分省地区生产总值或年末常住人口数据/);
  // The series (same 31 provinces each year) ends at the last complete year and says why.
  assert.match(text, /2024年缺少广东的地区生产总值；差距指标须逐年覆盖全部31个省份才可比较，以下变化截至2023年。2015~2023年/);
  // The regional gap: 广东 is in the East, so 2024 has no East figure and the comparison ends in 2023, with the year named.
  const figures = blocks.filter((b) => b.kind === "figure");
  assert.deepEqual(figures.map((f) => f.caption), ["2015~2023年省际人均地区生产总值相对差距", "2015~2023年省际人均地区生产总值绝对差距", "2015~2024年东部地区与其他板块人均地区生产总值之比"]);
  assert.ok(figures[2]!.notes.includes("注：2024年广东的数据不全，该年不计算，图中断开。"), figures[2]!.notes.join("\n"));
  assert.match(text, /从四大板块之间看，2015~2023年，/);
  // Single cross-sections over the 30 provinces with data, coverage stated.
  const tables = blocks.filter((b) => b.kind === "table");
  assert.deepEqual(tables.map((t) => t.caption), ["2024年人均地区生产总值泰尔指数分解（30个省份，缺少广东）", "2015~2024年人均地区生产总值β收敛检验（30个省份，缺少广东）"]);
  assert.match(text, /本表按其余30个省份计算，与31个省份的结果不可直接比较/);
  // Moran's I needs the whole map: omitted, with the reason.
  assert.match(text, /（2024年空间自相关检验从略：2024年缺少广东的地区生产总值；莫兰指数依赖完整的省际邻接关系/);
  const en = textOf(sectionOn(gap, "en").blocks);
  assert.match(en, /In 2024, GDP \(current prices\) is missing for Guangdong; the indices compare only with all 31 provinces in every year, so the change below ends in 2023/);
  assert.match(en, /Theil decomposition of GDP per capita, 2024 \(30 provinces; Guangdong missing\)/);
});

test("a gap inside the series is a named gap in the figures, not indices over fewer provinces", () => {
  const gap = withData(dataset.all().filter((o) => !(o.indicator === "population_year_end" && o.regionCode === "440000" && o.year === 2018)));
  const { blocks } = sectionOn(gap);
  const figures = blocks.filter((b) => b.kind === "figure");
  assert.match(figures[0]!.caption, /2015~2024年/);
  for (const f of figures.slice(0, 2)) assert.ok(f.notes.includes("注：2018年缺少广东的年末常住人口；这些年份不计算指标，图中断开。"), f.notes.join("\n"));
  assert.ok(figures[2]!.notes.includes("注：2018年广东的数据不全，该年不计算，图中断开。"), figures[2]!.notes.join("\n"));
});

test("a zero value never reaches the stats: the province is excluded by name, no RangeError", () => {
  const zero = withData(dataset.all().map((o) => (o.indicator === "gdp_current" && o.regionCode === "420000" && o.year === 2024 ? { ...o, value: 0 } : o)));
  for (const lang of ["zh", "en"] as const) {
    const { blocks } = sectionOn(zero, lang);
    const text = textOf(blocks);
    assert.match(text, lang === "zh" ? /2024年湖北的地区生产总值不是正数（0），无法取对数和比值，已剔除/ : /GDP \(current prices\) is not positive for Hubei \(0\)/);
    assert.match(text, lang === "zh" ? /30个省份，缺少湖北/ : /30 provinces; Hubei missing/);
  }
  // A zero population in a year inside the series: that year is a gap, named.
  const zeroPop = withData(dataset.all().map((o) => (o.indicator === "population_year_end" && o.regionCode === "540000" && o.year === 2020 ? { ...o, value: 0 } : o)));
  assert.match(textOf(sectionOn(zeroPop).blocks), /2020年西藏的年末常住人口不是正数（0）/);
});

test("same input gives byte-identical SVG", () => {
  const a = disparitySection(ctx("zh")).filter((b) => b.kind === "figure");
  const b = disparitySection(ctx("zh")).filter((b) => b.kind === "figure");
  assert.deepEqual(a, b);
});

test("the English section has no Chinese text (captions, cells, sources, notes), also when data are missing", () => {
  const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;
  const cells = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === "table" ? [...b.header, ...b.rows.flat()] : []));
  const gap = withData(dataset.all().filter((o) => !(o.indicator === "gdp_current" && o.regionCode === "440000" && o.year === 2024)));
  for (const blocks of [disparitySection(ctx("en")), sectionOn(gap, "en").blocks, disparitySection(ctx("en", 2010))]) {
    const text = [textOf(blocks), ...cells(blocks)].join("\n");
    assert.doesNotMatch(text, CJK, text.match(new RegExp(`.{0,40}${CJK.source}.{0,40}`))?.[0]);
  }
});

test("the judgement sentence states the rule's decision: 'slight' because the σ-trend is not significant at 5%", () => {
  const zh = disparitySection(ctx("zh"));
  const para = zh.find((b) => b.kind === "paragraph")!;
  assert.match((para as { text: string }).text, /相对差距略有缩小（趋势不显著）；.*p=0\.067），在5%水平上不显著，σ收敛证据不足。$/);
  const rule = zh.filter((b) => b.kind === "figure").flatMap((f) => f.notes).find((n) => n.startsWith("注：判断规则"))!;
  assert.match(rule, /其余为“变化方向不一”；.*在5%水平上不显著时，称“略有缩小”或“略有扩大”。$/);
});
