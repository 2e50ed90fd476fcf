/**
 * The sections built on the second and third rounds of data (strategies over time and 粤港澳大湾区, R&D,
 * regional urbanisation, growth by two methods and trade): what they state on the bundled data, what
 * they say on the preliminary vintage, and that their text carries no developer words.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { loadFolderDataset } from "../../src/data/folder.js";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import type { ReportContext } from "../../src/report/context.js";
import { challengesSection } from "../../src/report/sections/challenges.js";
import { innovationSection } from "../../src/report/sections/innovation.js";
import { strategiesSection } from "../../src/report/sections/strategies.js";
import { urbanisationSection } from "../../src/report/sections/urbanisation.js";
import { DEFAULT_SECTIONS, SECTIONS } from "../../src/report/build.js";
import type { Block } from "../../src/types/document.js";

const registry = loadRegistry();
const nbs = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const prelim = loadFolderDataset(path.join(BUNDLED_DATA_DIR, "report-2024-prelim"), registry);
const ctxOf = (dataset: typeof nbs, lang: "zh" | "en" = "zh"): ReportContext => ({ dataset, registry, year: 2024, lang, warnings: [] });
/** Prose, captions, notes and table cells (source lines are checked by the whole-document test). */
const words = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === "figure" ? [b.caption, ...b.notes] : b.kind === "table" ? [b.caption, ...b.header, ...b.rows.flat(), ...b.notes] : [b.text],
  );
const text = (blocks: Block[]) => words(blocks).join("\n");
const SECTION_BUILDERS = { strategiesSection, innovationSection, urbanisationSection, challengesSection };

test("the innovation section is registered after the strategies, in the default report too", () => {
  assert.equal(SECTIONS.innovation?.build, innovationSection);
  const order = DEFAULT_SECTIONS.map((s) => s.build);
  assert.equal(order.indexOf(innovationSection), order.indexOf(strategiesSection) + 1);
});

test("innovation on the bundled data: published 2024 intensities with the ranking and the change from 2023, the regions on the published basis", () => {
  const blocks = innovationSection(ctxOf(nbs));
  assert.deepEqual(blocks.map((b) => b.kind), ["heading", "paragraph", "figure", "table", "table"]); // no map without boundaries
  const t = text(blocks);
  assert.match(t, /2024年，全国研究与试验发展（R&D）经费36327亿元，R&D经费投入强度（R&D经费与国内生产总值之比）为2\.69%，比修订后的2023年（2\.58%）提高0\.11个百分点/);
  assert.match(t, /北京（6\.58%）、上海（4\.35%）、广东（3\.60%）、天津（3\.44%）和江苏（3\.36%）R&D经费投入强度居前5位；7个省份高于全国水平/);
  assert.match(t, /东部地区R&D经费投入强度约为3\.4%/);
  assert.match(t, /2024年强度以2024年地区生产总值初步核算数为分母，与数据库中后来核实的地区生产总值不同，本报告不用后者重新计算/);
  // 北京 on the database GDP would be 3278.4 / 49670.2 = 6.60: never printed
  assert.doesNotMatch(t, /6\.60/);
  const en = text(innovationSection(ctxOf(nbs, "en")));
  assert.match(en, /this report does not recompute them from the latter/);
});

test("innovation on the preliminary vintage: one note naming the missing R&D indicators", () => {
  const blocks = innovationSection(ctxOf(prelim));
  assert.deepEqual(blocks.map((b) => b.kind), ["heading", "note"]);
  assert.match(text(blocks), /研究与试验发展（R&D）经费无分省数据/);
});

test("strategies: 粤港澳大湾区 with its vintage stated, SARs in their own currencies; the old 'needs city data' note is gone", () => {
  const blocks = strategiesSection(ctxOf(nbs));
  const t = text(blocks);
  assert.match(t, /香港本地生产总值31751亿港元，比上年名义增长6\.4%；澳门本地生产总值4033亿澳门元，增长9\.2%（以本币计，未折算为人民币）/);
  assert.match(t, /内地城市2023年及以前为第五次全国经济普查修订前的数值/);
  assert.doesNotMatch(t, /需要城市数据/);
  const gba = blocks.find((b) => b.kind === "table" && b.caption.includes("粤港澳大湾区"));
  assert.ok(gba && gba.kind === "table");
  assert.deepEqual(gba.rows.map((r) => r[1]), [...Array(10).fill("亿元"), "亿港元", "亿澳门元"]);
  assert.match(gba.source, /广东省统计局、香港特别行政区政府统计处、澳门特别行政区政府统计暨普查局/);
  assert.match(gba.source, /粤港澳大湾区统计表（2025年6月版/);
  // the city figures' source line names the city table only, not the provincial GDP
  assert.doesNotMatch(gba.source, /分省年度数据/);
});

test("challenges: both growth methods named, trade totals in US dollars with the note that exports are not available", () => {
  const t = text(challengesSection(ctxOf(nbs)));
  assert.match(t, /按人口加权的板块均值计算，2024年东部、中部、西部和东北地区居民人均可支配收入分别名义增长4\.9%、5\.2%、5\.6%和5\.1%（2023年分别为5\.8%、6\.1%、6\.1%和5\.4%），增速均有回落/);
  assert.match(t, /按所辖省份增速的简单平均计算，2023年和2024年分别为东部地区5\.9%和4\.9%/);
  assert.match(t, /按经营单位所在地统计，货物进出口总额东部地区49088亿美元，比上年增长4\.1%/);
  assert.match(t, /故此处给出进出口总额而非出口额/);
});

test("urbanisation: regions 2014–2024 where complete, 西部 coverage stated", () => {
  const t = text(urbanisationSection(ctxOf(nbs)));
  assert.match(t, /2014~2024年，东部、中部和东北地区城镇化率分别由63\.91%、49\.79%和61\.84%提高至73\.28%、62\.69%和70\.17%/);
  assert.match(t, /西藏2014~2023年城镇人口缺失，西部地区城镇化率只有2024年的数值（60\.79%）/);
  assert.doesNotMatch(t, /分地区城镇化率无法给出历年变化/);
});

test("no commands, indicator ids or repository names in these sections' words; English without Chinese", () => {
  for (const [name, section] of Object.entries(SECTION_BUILDERS)) {
    for (const lang of ["zh", "en"] as const) {
      for (const w of words(section(ctxOf(nbs, lang)))) {
        const where = `${name} ${lang}: ${w}`;
        assert.doesNotMatch(w, /regecon|--[a-z]|\b[a-z]+_[a-z_]+\b|github|\w+\/\w+\.(csv|json)/i, where);
        if (lang === "en") assert.doesNotMatch(w, /[\u4e00-\u9fff]/, where);
      }
    }
  }
});
