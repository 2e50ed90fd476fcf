/** Sections on data lacking their indicators give a note naming them (and how to import), never throw. */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import type { ReportContext } from "../../src/report/context.js";
import { strategiesSection } from "../../src/report/sections/strategies.js";
import { urbanisationSection } from "../../src/report/sections/urbanisation.js";
import { challengesSection } from "../../src/report/sections/challenges.js";
import type { Block } from "../../src/types/document.js";

const registry = loadRegistry();
const prelim = loadFolderDataset(path.join(BUNDLED_DATA_DIR, "report-2024-prelim"), registry);
const nbs = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const ctxOf = (dataset: typeof nbs, lang: "zh" | "en" = "zh"): ReportContext => ({ dataset, registry, year: 2024, lang, warnings: [] });
const textOf = (blocks: Block[]) => blocks.map((b) => (b.kind === "figure" || b.kind === "table" ? [b.caption, b.source, ...b.notes].join("\n") : b.text)).join("\n");

test("urbanisation and challenges on the preliminary vintage are one note naming the indicators; the import commands are warnings", () => {
  for (const [section, names, ids] of [
    [urbanisationSection, ["城镇人口", "城镇居民人均可支配收入"], ["population_urban", "income_per_capita_urban"]],
    [challengesSection, ["居民人均可支配收入", "地方一般公共预算收入", "货物进出口总额（按经营单位所在地分）"], ["income_per_capita_all", "fiscal_revenue_general_budget", "trade_total_by_operator_location"]],
  ] as const) {
    const ctx = ctxOf(prelim);
    const blocks = section(ctx);
    assert.deepEqual(blocks.map((b) => b.kind), ["heading", "note"]);
    for (const name of names) assert.match(textOf(blocks), new RegExp(`${name.replace(/[()（）]/g, ".")}无数据`));
    assert.doesNotMatch(textOf(blocks), /regecon|[a-z]+_[a-z]+/); // commands and ids are for the command line
    for (const id of ids) assert.ok(ctx.warnings.some((w) => w.code === "DATA_MISSING" && w.message.includes(`--indicator ${id}`)), id);
  }
});

test("a --data run names the CSV file to add to that folder; a run on the store names the import command", () => {
  const dir = path.join(BUNDLED_DATA_DIR, "report-2024-prelim");
  const folderRun = { ...ctxOf(prelim), dataFolder: dir };
  urbanisationSection(folderRun);
  const folderWarnings = folderRun.warnings.filter((w) => w.code === "DATA_MISSING").map((w) => w.message);
  assert.ok(folderWarnings.length > 0);
  for (const w of folderWarnings) assert.doesNotMatch(w, /regecon import/);
  const urban = folderWarnings.find((w) => w.includes("城镇人口"))!;
  assert.ok(urban.includes(`在数据目录中添加以下 CSV 文件后重新生成报告即可补上：${path.join(dir, "population_urban.csv")}（indicator 列为 population_urban，unit 列为 万人）`), urban);
  assert.match(urban, /每个文件的列为 region_code,year,indicator,value,unit,source_id，source_id 须在同一目录的 sources\.csv 中列出出处$/);
  const en = { ...ctxOf(prelim, "en"), dataFolder: dir };
  urbanisationSection(en);
  const urbanEn = en.warnings.find((w) => w.code === "DATA_MISSING" && w.message.includes("population_urban"))!.message;
  assert.ok(urbanEn.includes(`Add these CSV files to the data folder and rebuild the report: ${path.join(dir, "population_urban.csv")} (indicator population_urban, unit 万人)`), urbanEn);
  assert.doesNotMatch(urbanEn.replace(/unit (万人|元)/g, ""), /regecon import|[\u4e00-\u9fff]/u); // the unit as the file must carry it is the only Chinese
  const storeRun = ctxOf(prelim);
  urbanisationSection(storeRun);
  assert.ok(storeRun.warnings.some((w) => w.code === "DATA_MISSING" && w.message.includes("regecon import 文件 --indicator population_urban")));
  assert.ok(storeRun.warnings.every((w) => !w.message.includes(".csv")));
});

test("strategies on the preliminary vintage: GDP shown, per-capita and structure noted missing, import commands as warnings", () => {
  const ctx = ctxOf(prelim);
  const text = textOf(strategiesSection(ctx));
  assert.match(text, /年末常住人口无分省数据/);
  assert.ok(ctx.warnings.some((w) => w.code === "DATA_MISSING" && w.message.includes("regecon import 文件 --indicator va_primary")));
  // Shares are filled with the four regions' published totals as denominator (the 31-province sum is missing), and the note says so.
  assert.match(text, /2024年西藏、青海、宁夏的地区生产总值缺失，31个省份合计无法计算；比重的分母为资料来源公布的四大板块地区生产总值之和（1340313亿元）/);
  assert.match(text, /京津冀地区生产总值占四大板块公布数合计的8\.61%/);
});

test("a dataset without GDP gives the strategies note, not an error", () => {
  const out = strategiesSection(ctxOf(new Dataset("empty", [], nbs.sources)));
  assert.deepEqual(out.map((b) => b.kind), ["heading", "note"]);
  assert.match(textOf(out), /地区生产总值无数据/);
});

test("on the bundled data: urban–rural ratio says 2020 onwards are missing and never prints the reference 2.34", () => {
  for (const lang of ["zh", "en"] as const) {
    const text = textOf(urbanisationSection(ctxOf(nbs, lang)));
    assert.match(text, lang === "zh" ? /2020年以后数据缺失/ : /after 2019 are missing|2020 onwards are missing/);
    assert.doesNotMatch(text, /2\.34/);
  }
  // Exports end in 2019: the trade totals are shown instead, and the note says so.
  assert.match(textOf(challengesSection(ctxOf(nbs))), /分省出口额、进口额仅有2014~2019年数据，其后只有进出口总额，故此处给出进出口总额而非出口额/);
  assert.match(textOf(challengesSection(ctxOf(nbs, "en"))), /Provincial exports and imports exist for 2014–2019 only, later years have totals only, so totals are shown here, not exports/);
  // 粤港澳大湾区 is computed from city data now, not noted as missing.
  const strategies = textOf(strategiesSection(ctxOf(nbs)));
  assert.match(strategies, /粤港澳大湾区内地9市地区生产总值由2014年的5\.78万亿元/);
  assert.doesNotMatch(strategies, /没有这些城市的地区生产总值/);
});

/** Every column of a table that is "—" in all rows (text columns after the first two). */
const emptyColumns = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === "table" ? b.header.map((h, j) => (j > 1 && b.rows.every((r) => r[j] === "—") ? h : "")).filter(Boolean) : []));

test("strategies growth note: all regions affected and the cause is the missing previous-year GDP (preliminary vintage)", () => {
  for (const lang of ["zh", "en"] as const) {
    const text = textOf(strategiesSection(ctxOf(prelim, lang)));
    if (lang === "zh") {
      // The rates of some members are missing, the 2023 weights of all: both said, and "各战略区域", not a list of 22 provinces.
      assert.match(text, /注：2024年贵州、云南、青海、宁夏、陕西的实际增速缺失；作为权重的2023年地区生产总值不在数据中，各战略区域的实际增速无法计算/);
      assert.doesNotMatch(text, /部分战略区域/);
      assert.doesNotMatch(text, /增速或上年地区生产总值/);
    } else {
      assert.match(text, /2023 GDP, the weight, is not in the data; the real growth of every strategy region cannot be computed/);
    }
  }
});

test("strategies in 2015: every all-— column is explained with the indicator and the years the data have", () => {
  for (const lang of ["zh", "en"] as const) {
    const blocks = strategiesSection({ ...ctxOf(nbs, lang), year: 2015 });
    const text = textOf(blocks);
    const empty = emptyColumns(blocks);
    assert.equal(empty.length, 3, `${lang}: ${empty.join(", ")}`); // growth and both structure columns
    if (lang === "zh") {
      assert.match(text, /2015年各省份的实际增速缺失（分省增速仅有2016~2024年数据），各战略区域的实际增速无法计算/);
      assert.match(text, /第一产业增加值分省数据仅有2019~2024年，缺少2015年/);
    } else {
      assert.match(text, /real growth is missing for every province \(provincial growth covers 2016–2024 only\)/);
      assert.match(text, /primary industry has provincial data for 2019–2024 only, not 2015/);
    }
  }
  // 2014: the share change has no earlier point either; said, with the GDP years.
  const t14 = textOf(strategiesSection({ ...ctxOf(nbs), year: 2014 }));
  assert.match(t14, /2014年即为起始年（地区生产总值（gdp_current）有2006~2024年数据），没有可比的上一时点/);
  // 2014 population of the strategy members is there (only 西藏, in no strategy region, lacks it): per-capita GDP is shown.
  assert.doesNotMatch(t14, /年末常住人口分省数据/);
  assert.match(t14, /京津冀.*人均地区生产总值为54903元/s);
});

test("strategies: only some regions without growth are named by region, with the members lacking the rate", () => {
  const observations = nbs.all().filter((o) => !(o.indicator === "gdp_index_prev_year" && o.regionCode === "110000" && o.year === 2024));
  const text = textOf(strategiesSection(ctxOf(new Dataset("gap", observations, nbs.sources))));
  assert.match(text, /注：2024年北京的实际增速缺失，京津冀的实际增速无法计算/);
});

test("挑战: retail growth spanning two vintages is flagged (a newer import for the report year only)", () => {
  const imported = { ...nbs.source("NBS_PROV_RETAIL_2026V"), id: "IMPORT_9", vintage: "import-9", vintageLabel: "导入文件 retail-2024.csv", vintageLabelEn: "imported file retail-2024.csv" };
  const observations = nbs.all().map((o) => (o.indicator === "retail_sales" && o.year === 2024 ? { ...o, source: "IMPORT_9", vintage: "import-9" } : o));
  const ctx = ctxOf(new Dataset("mixed", observations, new Map([...nbs.sources, ["IMPORT_9", imported]])));
  const text = textOf(challengesSection(ctx));
  assert.match(text, /注：社会消费品零售总额数据混合了2个数据版本：.*导入文件 retail-2024\.csv/);
  assert.ok(ctx.warnings.some((w) => w.code === "MIXED_VINTAGES"));
  // on the bundled data (one vintage) nothing is flagged
  assert.doesNotMatch(textOf(challengesSection(ctxOf(nbs))), /混合了/);
});
