/**
 * Whole reports on the bundled data for an early year (2006: before the strategies and most series),
 * a middle year (2015: first year of some series) and the latest year: no part is an empty shell.
 * A table has rows, a figure has drawn data (ECharts marks data elements `ecmeta_ssr_type="chart"`);
 * what cannot be shown is a note instead. Prose of the sections below follows the house style.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Dataset } from "../../src/data/dataset.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { buildReport } from "../../src/report/build.js";
import type { ReportContext } from "../../src/report/context.js";
import { challengesSection } from "../../src/report/sections/challenges.js";
import { disparitySection } from "../../src/report/sections/disparity.js";
import { strategiesSection } from "../../src/report/sections/strategies.js";
import { growthPatternSection } from "../../src/report/sections/growthPattern.js";
import { urbanisationSection } from "../../src/report/sections/urbanisation.js";
import type { Block } from "../../src/types/document.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const YEARS = [2006, 2015, 2024];
const LANGS = ["zh", "en"] as const;

test("every table has at least one row and every figure draws data (2006, 2015, 2024; zh and en)", () => {
  for (const year of YEARS) {
    for (const lang of LANGS) {
      const doc = buildReport({ dataset, registry, year, lang });
      for (const b of doc.blocks) {
        const where = `${year} ${lang} ${b.kind === "table" || b.kind === "figure" ? `${b.label} ${b.caption}` : ""}`;
        if (b.kind === "table") {
          assert.ok(b.rows.length >= 1, `${where}: table without rows`);
          assert.ok(b.rows.every((r) => r.length === b.header.length), `${where}: row width differs from the header`);
        }
        if (b.kind === "figure") assert.match(b.svg, /ecmeta_ssr_type="chart"/, `${where}: figure without data`);
      }
    }
  }
});

const SECTIONS = { growthPatternSection, strategiesSection, urbanisationSection, disparitySection, challengesSection };
const ctxOf = (year: number, lang: "zh" | "en"): ReportContext => ({ dataset, registry, year, lang, warnings: [] });
const prose = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === "figure" || b.kind === "table" ? [b.caption, ...b.notes] : b.kind === "heading" ? [] : [b.text]));

test("every section: no empty text, year ranges zh 2014~2019年 / en 2014–2019, no exponent notation, no province codes", () => {
  for (const year of YEARS) {
    for (const lang of LANGS) {
      for (const [name, section] of Object.entries(SECTIONS)) {
        for (const text of prose(section(ctxOf(year, lang)))) {
          assert.notEqual(text.trim(), "", `${name} ${year} ${lang}: empty text`);
          const where = `${name} ${year} ${lang}: ${text}`;
          if (lang === "zh") assert.doesNotMatch(text, /\d{4}\s*[–—-]\s*\d{4}/, where);
          else assert.doesNotMatch(text, /\d{4}\s*[~—]\s*\d{4}/, where);
          assert.doesNotMatch(text, /\d(\.\d+)?e[-+]?\d/i, where);
          assert.doesNotMatch(text, /(?<!\d)[1-8]\d0000(?!\d)/, where); // a GB/T 2260 province code
        }
      }
    }
  }
});

test("2006: the strategies section is a note naming the first year of each strategy, from the membership data", () => {
  const zh = strategiesSection(ctxOf(2006, "zh"));
  assert.deepEqual(zh.map((b) => b.kind), ["heading", "note"]);
  const text = (zh[1] as { text: string }).text;
  assert.match(text, /2006年尚未设立区域重大战略/);
  assert.match(text, /长三角自2010年起设立/);
  assert.match(text, /京津冀和长江经济带自2014年起设立/);
  assert.match(text, /黄河流域和粤港澳大湾区自2019年起设立/);
  const en = (strategiesSection(ctxOf(2006, "en"))[1] as { text: string }).text;
  assert.match(en, /the Yangtze River Delta dates from 2010, Beijing-Tianjin-Hebei and the Yangtze River Economic Belt from 2014/);
});

test("strategies 2024: the constant-composition note reads as sentences; English names take the article", () => {
  const notes = (lang: "zh" | "en") => prose(strategiesSection(ctxOf(2024, lang))).join("\n");
  assert.match(notes("zh"), /注：为保持口径一致，2014~2024年各年均按2024年的成员范围计算：长三角含安徽（2019年起正式纳入），黄河流域含全部9个省份（该战略2019年提出）。/);
  const en = notes("en");
  assert.match(en, /the Yangtze River Delta grew fastest/);
  assert.match(en, /the Yangtze River Delta includes Anhui \(formally a member from 2019\) and the Yellow River Basin includes all 9 of its provinces/);
  assert.match(en, /those of Beijing-Tianjin-Hebei and the Yellow River Basin fell/);
  assert.doesNotMatch(en, /of Yangtze|, Yangtze|of Yellow/);
  const table = strategiesSection(ctxOf(2024, "en")).find((b) => b.kind === "table");
  assert.ok(table && table.kind === "table");
  // English uses one unit convention: billion yuan, as in the prose (70,085.8 billion yuan).
  assert.equal(table.header[2], "GDP 2024 (billion yuan)");
  assert.equal(table.rows[0]![2], "11,504.96");
});

test("disparity: Theil groups in the grouping's order (东部、中部、西部、东北), slope in words, Moran list joined with and", () => {
  const zh = disparitySection(ctxOf(2024, "zh"));
  const theil = zh.find((b) => b.kind === "table" && /泰尔指数分解/.test(b.caption));
  assert.ok(theil && theil.kind === "table");
  assert.deepEqual(
    theil.rows.map((r) => r[1] ?? "").filter((c) => c.startsWith("组内")),
    ["组内：东部", "组内：中部", "组内：西部", "组内：东北", "组内：北方", "组内：南方"],
  );
  const text = prose(zh).join("\n");
  assert.match(text, /线性趋势为负（每年下降0\.0007，p=0\.067）/);
  assert.match(text, /局部莫兰指数在5%水平上显著的有：上海、江苏和浙江为高—高集聚，四川、云南和新疆为低—低集聚，内蒙古为高—低异常值/);
  const en = prose(disparitySection(ctxOf(2024, "en"))).join("\n");
  assert.match(en, /\(down 0\.0007 a year, p = 0\.067\)/);
  assert.match(en, /significant local clusters \(5%\): Shanghai, Jiangsu and Zhejiang high–high clusters/);
});

test("disparity 2015 (one complete year): no one-point time-series figures, the values are stated", () => {
  const blocks = disparitySection(ctxOf(2015, "zh"));
  assert.ok(!blocks.some((b) => b.kind === "figure" && /相对差距|绝对差距/.test(b.caption)));
  assert.ok(blocks.some((b) => b.kind === "paragraph" && /2015年，省际人均地区生产总值人口加权变异系数为0\.3886/.test(b.text)));
});

test("urbanisation 2015: the provincial note counts provincial observations only", () => {
  // Provincial urban population kept for 2024 only: the national series (2014–2024) must not make 2015 look present.
  const only2024 = new Dataset("only-2024", dataset.all().filter((o) => !(o.indicator === "population_urban" && o.regionCode !== "100000" && o.year < 2024)), dataset.sources);
  const text = prose(urbanisationSection({ ...ctxOf(2015, "zh"), dataset: only2024 })).join("\n");
  assert.match(text, /城镇人口分省数据仅有2024年，缺少2015年/);
  assert.doesNotMatch(text, /年末常住人口分省数据[^；]*缺少2015年/);
});

test("challenges: a fall in investment is said in words, not with a minus sign", () => {
  const zh = prose(challengesSection(ctxOf(2024, "zh"))).join("\n");
  assert.match(zh, /广东下降4\.5%/);
  const en = prose(challengesSection(ctxOf(2024, "en"))).join("\n");
  assert.match(en, /Guangdong down 4\.5%/);
});
