import { strategiesFacts, TREND_START, type IndustryStructure, type StrategiesFacts } from "../../analysis/strategies.js";
import { renderLines } from "../../charts/lines.js";
import { SIZE } from "../../charts/style.js";
import { list, num, signedPoints, yearRange, yiUnit } from "../../messages/format.js";
import * as say from "../../narrative/strategies.js";
import type { Block } from "../../types/document.js";
import { nextFigureLabel, nextTableLabel, type ReportContext } from "../context.js";
import { absentIndicators, indicatorsMissingIn, missingDataNote, missingGrowthNote, yearsOf, yearSpan } from "../missingData.js";
import { sourceLine } from "../sourceLine.js";

const GDP = ["gdp_current"];
const GROWTH = ["gdp_index_prev_year", "gdp_real_growth"];
const POP = ["population_year_end"];
const SECTORS = ["va_primary", "va_secondary", "va_tertiary"];

/**
 * Section "区域重大战略": narrative, 图 share of each strategy region in the 31-province GDP sum since
 * 2014 (lines, constant composition), 表 GDP, share, real growth, per-capita GDP and three-industry
 * structure of every province-level strategy; notes for what is missing (city-level 粤港澳大湾区,
 * population, sectors). Without gdp_current the section is a note naming the missing indicator.
 */
export function strategiesSection(ctx: ReportContext): Block[] {
  const zh = ctx.lang === "zh";
  const heading: Block = { kind: "heading", level: 2, text: zh ? "区域重大战略" : "Major regional strategies" };
  if (absentIndicators(ctx, GDP).length > 0) return [heading, missingDataNote(ctx, zh ? "区域重大战略分析" : "The analysis of the major regional strategies", GDP)];
  const facts = strategiesFacts(ctx.dataset, ctx.registry, ctx.year);
  // Before the strategies were set up (e.g. 2006) there is nothing to show: a note, no empty table.
  if (facts.strategies.length === 0) return [heading, { kind: "note", text: say.notYetSetUpNote(facts, ctx.lang) }];
  const y = facts.year;
  const blocks: Block[] = [heading];
  const overview = say.strategiesOverview(facts, ctx.lang);
  if (overview) blocks.push({ kind: "paragraph", text: overview });
  blocks.push({ kind: "paragraph", text: facts.strategies.map((s) => say.strategySentence(facts, s, ctx.lang)).join(zh ? "" : " ") });
  const city = say.cityLevelSentence(facts, ctx.lang);
  if (city) blocks.push({ kind: "note", text: zh ? `（${city}）` : `(${city})` });

  const composition = say.compositionNote(facts, ctx.lang);
  if (facts.trendYears.length > 1 && facts.strategies.some((s) => s.shareSeries.some((p) => p.share !== undefined))) {
    const chart = renderLines(
      {
        categories: facts.trendYears.map(String),
        series: facts.strategies.map((s) => ({ name: say.strategyName(s, ctx.lang), values: s.shareSeries.map((p) => p.share) })),
        unit: "%",
        decimals: 2,
        labelLast: true,
        yMin: 0,
      },
      SIZE.wide,
    );
    const t0 = facts.trendYears[0]!;
    blocks.push({
      kind: "figure",
      label: nextFigureLabel(ctx),
      caption: zh ? `${yearRange(t0, y, "zh")}区域重大战略地区生产总值占31个省份合计的比重` : `Shares of the major strategy regions in the GDP of the 31 provinces, ${yearRange(t0, y, "en")}`,
      ...chart,
      source: sourceLine(ctx, GDP, facts.trendYears, { provincesOnly: true }),
      notes: [
        zh
          ? "注：比重 = 战略区域所辖省份地区生产总值之和 ÷ 当年31个省份地区生产总值合计 × 100（现价）；各战略区域相互重叠（如长三角属于长江经济带），比重不可相加。"
          : "Note: share = Σ GDP of the member provinces ÷ Σ GDP of the 31 provinces in the same year × 100 (current prices); the strategy regions overlap (the Yangtze River Delta lies within the Yangtze River Economic Belt), so shares do not add up.",
        ...(composition ? [composition] : []),
        ...missingShareNote(ctx, facts),
      ],
    });
  }
  blocks.push(strategyTable(ctx, facts, composition));
  return blocks;
}

function strategyTable(ctx: ReportContext, facts: StrategiesFacts, composition: string): Block {
  const zh = ctx.lang === "zh";
  const y = facts.year;
  const firstYear = facts.strategies.find((s) => s.shareFirst)?.shareFirst?.year;
  const structFirst = facts.strategies.find((s) => s.structureFirst)?.structureFirst?.year;
  const header = zh
    ? ["战略区域", "省份数", `${y}年地区生产总值（${yiUnit("zh")}）`, "占31个省份合计（%）", firstYear ? `比${firstYear}年变化（个百分点）` : "比重变化（个百分点）", "实际增速（%）", "人均地区生产总值（元/人）", structFirst ? `${structFirst}年三次产业结构` : "期初三次产业结构", `${y}年三次产业结构`]
    : ["Strategy region", "Provinces", `GDP ${y} (${yiUnit("en")})`, "Share of 31 provinces (%)", firstYear ? `Change since ${firstYear} (pp)` : "Change (pp)", "Real growth (%)", "GDP per capita (yuan)", structFirst ? `Structure ${structFirst}` : "Structure, first year", `Structure ${y}`];
  const notes: string[] = [
    zh
      ? "注：实际增速为所辖省份按不变价格计算的增速以上年地区生产总值（现价）为权重的加权平均；人均地区生产总值 = 所辖省份地区生产总值之和 ÷ 年末常住人口之和 × 10⁴（计算值，非公布值）；三次产业结构为第一、二、三产业增加值之和占三者合计的比重（%，一位小数，按最大余数法修约使合计为100.0）。"
      : "Note: real growth is the mean of member provinces' constant-price growth weighted by previous-year current-price GDP; GDP per capita = Σ GDP ÷ Σ year-end resident population × 10⁴ (computed, not published); structure = value added of the primary, secondary and tertiary industries as % of their sum (one decimal, largest-remainder rounding to 100.0).",
    ...(composition ? [composition] : []),
  ];
  notes.push(...columnNotes(ctx, facts));
  const st = (x: IndustryStructure | undefined) => (x ? say.structureRatio(x) : "—");
  return {
    kind: "table",
    label: nextTableLabel(ctx),
    caption: zh ? `${y}年区域重大战略地区主要经济指标` : `Main indicators of the major strategy regions, ${y}`,
    header,
    align: ["left", "right", "right", "right", "right", "right", "right", "right", "right"],
    rows: facts.strategies.map((s) => [
      say.strategyName(s, ctx.lang),
      String(s.members.length),
      num(s.gdp.value, 1),
      num(s.shareDisplay, 2),
      signedPoints(s.shareChange, 2),
      num(s.realGrowth.value, 1),
      num(s.perCapitaGdp.value, 0),
      st(s.structureFirst),
      st(s.structureLast),
    ]),
    source: sourceLine(ctx, [...GDP, ...GROWTH, ...POP, ...SECTORS], [...new Set([...facts.trendYears.slice(0, 1), y - 1, y, ...facts.sectorYears.slice(0, 1)])], { provincesOnly: true }),
    notes,
  };
}

/**
 * Notes explaining every "—" of the table, column by column: a column that is "—" in every row
 * always gets a note naming the indicator and the years the data have; partial gaps name the
 * strategy regions' missing members (and, for growth, whether the rate or its weight is missing).
 */
function columnNotes(ctx: ReportContext, facts: StrategiesFacts): string[] {
  const zh = ctx.lang === "zh";
  const y = facts.year;
  const ss = facts.strategies;
  const P = { provincesOnly: true };
  const notes: string[] = [];
  const allMissing = (f: (s: (typeof ss)[number]) => unknown) => ss.every((s) => f(s) === undefined);
  const anyMissing = (f: (s: (typeof ss)[number]) => unknown) => ss.some((s) => f(s) === undefined);

  // GDP of a strategy region (its members' sum).
  const gdpGaps = ss.filter((s) => s.gdp.value === undefined);
  if (gdpGaps.length) notes.push(noteText(ctx, zh ? `${list(gdpGaps.map((s) => say.strategyName(s, "zh")), "zh")}的${y}年地区生产总值` : `The ${y} GDP of ${list(gdpGaps.map((s) => say.strategyName(s, "en")), "en")}`, [], y, gdpGaps.flatMap((s) => s.gdp.missing), zh ? "地区生产总值" : "GDP"));

  // Share of the 31-province sum, and its change since the first trend year.
  const sumNow = facts.provinceSum.find((p) => p.year === y);
  if (sumNow && sumNow.value === undefined) {
    notes.push(noteText(ctx, zh ? `${y}年31个省份合计及比重` : `The ${y} sum of the 31 provinces and the shares`, [], y, sumNow.missing, zh ? "地区生产总值" : "GDP"));
  } else if (allMissing((s) => s.shareChange) && !allMissing((s) => s.shareDisplay)) {
    const gdpYears = yearsOf(ctx, "gdp_current");
    notes.push(
      facts.trendYears.length <= 1
        ? zh
          ? `注：比重变化从${TREND_START}年（区域重大战略陆续提出）或数据中最早的年份起计算；${y}年即为起始年${gdpYears.length ? `（地区生产总值（gdp_current）有${yearSpan(gdpYears, "zh")}数据）` : ""}，没有可比的上一时点，以“—”表示。`
          : `Note: the share change is measured from ${TREND_START} (when the strategies were launched) or the first year of the data; ${y} is that first year${gdpYears.length ? ` (GDP, gdp_current, covers ${yearSpan(gdpYears, "en")})` : ""}, so there is nothing to compare with ("—").`
        : zh
          ? `注：${yearSpan(facts.trendYears.filter((t) => t < y), "zh")}的31个省份地区生产总值不全，比重变化无法计算，以“—”表示。`
          : `Note: provincial GDP is incomplete in ${yearSpan(facts.trendYears.filter((t) => t < y), "en")}; the share change cannot be computed ("—").`,
    );
  }

  // Real growth: the rate itself or its weight (previous-year GDP).
  if (anyMissing((s) => s.realGrowth.value)) {
    if (absentIndicators(ctx, GROWTH).length === GROWTH.length) notes.push(noteText(ctx, zh ? "实际增速" : "Real growth", ["gdp_index_prev_year"], y));
    else {
      const all = allMissing((s) => s.realGrowth.value);
      const who = ss.filter((s) => s.realGrowth.value === undefined);
      const affected = all
        ? { zh: "各战略区域的实际增速", en: "the real growth of every strategy region" }
        : { zh: `${list(who.map((s) => say.strategyName(s, "zh")), "zh")}的实际增速`, en: `the real growth of ${list(who.map((s) => say.strategyNameInText(s, "en")), "en")}` };
      notes.push(...missingGrowthNote(ctx, [{ year: y, missing: who.flatMap((s) => s.realGrowth.missing) }], affected, { withYears: true }));
    }
  }

  // GDP per capita: population of the members.
  const popMissing = indicatorsMissingIn(ctx, POP, y, P);
  if (popMissing.length) notes.push(noteText(ctx, zh ? "人均地区生产总值" : "GDP per capita", popMissing, y, [], "", P));
  else if (anyMissing((s) => s.perCapitaGdp.value)) {
    const who = ss.filter((s) => s.perCapitaGdp.value === undefined);
    notes.push(noteText(ctx, zh ? `${list(who.map((s) => say.strategyName(s, "zh")), "zh")}的人均地区生产总值` : `GDP per capita of ${list(who.map((s) => say.strategyNameInText(s, "en")), "en")}`, [], y, who.flatMap((s) => s.perCapitaGdp.missing), zh ? "地区生产总值或年末常住人口" : "GDP or year-end population"));
  }

  // Three-industry structure, first year and report year.
  const sectMissing = indicatorsMissingIn(ctx, SECTORS, y, P);
  if (sectMissing.length) notes.push(noteText(ctx, zh ? "三次产业结构" : "The industry structure", sectMissing, y, [], "", P));
  else {
    const lastGaps = ss.filter((s) => s.structureLast === undefined);
    if (lastGaps.length) notes.push(noteText(ctx, zh ? `${list(lastGaps.map((s) => say.strategyName(s, "zh")), "zh")}的${y}年三次产业结构` : `The ${y} industry structure of ${list(lastGaps.map((s) => say.strategyNameInText(s, "en")), "en")}`, [], y, [], zh ? "分产业增加值" : "value added by industry"));
    const firstSector = facts.sectorYears[0];
    if (allMissing((s) => s.structureFirst) && firstSector !== undefined) {
      notes.push(
        zh
          ? `注：分省三次产业增加值（va_primary、va_secondary、va_tertiary）仅有${yearSpan(facts.sectorYears, "zh")}数据${firstSector >= y ? `，${y}年之前没有可比年份，期初三次产业结构以“—”表示` : ""}。`
          : `Note: provincial value added by industry (va_primary, va_secondary, va_tertiary) covers ${yearSpan(facts.sectorYears, "en")} only${firstSector >= y ? `; there is no earlier year to compare with, so the first-year structure is "—"` : ""}.`,
      );
    } else if (firstSector !== undefined && firstSector > (facts.trendYears[0] ?? y)) {
      notes.push(
        zh
          ? `注：分省三次产业增加值仅有${yearSpan(facts.sectorYears, "zh")}数据（第五次全国经济普查修订后版本），产业结构变化自${firstSector}年起计算。`
          : `Note: provincial value added by industry is available for ${yearSpan(facts.sectorYears, "en")} only (post-5th-census vintage); the structure change starts in ${firstSector}.`,
      );
    }
  }
  return notes;
}

/** Note text (for a table's notes) naming missing indicators or members, with the import command. */
function noteText(ctx: ReportContext, what: string, ids: string[], year: number, members: string[] = [], dataName = "", options: { provincesOnly?: boolean } = {}): string {
  const zh = ctx.lang === "zh";
  const names = [...new Set(members)].map((c) => (ctx.registry.isProvince(c) ? ctx.registry.province(c)[zh ? "name" : "nameEn"] : c));
  const memberPart = names.length ? (zh ? `缺少${names.join("、")}的${dataName || "数据"}` : `${dataName || "data"} missing for ${names.join(", ")}`) : "";
  const idNote = ids.length ? (missingDataNote(ctx, what, ids, year, options) as { text: string }).text.replace(/^（|）$|^\(|\)$/g, "") : "";
  if (idNote) return zh ? `注：${idNote}` : `Note: ${idNote}`;
  return zh ? `注：${what}无法计算（${memberPart}），以“—”表示。` : `Note: ${what} cannot be computed (${memberPart}); shown as "—".`;
}

function missingShareNote(ctx: ReportContext, facts: StrategiesFacts): string[] {
  const zh = ctx.lang === "zh";
  const gaps = facts.provinceSum.filter((p) => p.value === undefined).map((p) => p.year);
  if (gaps.length === 0) return [];
  return [zh ? `注：${yearSpan(gaps, "zh")}部分省份地区生产总值缺失，比重无法计算，折线在该处断开。` : `Note: provincial GDP is incomplete in ${yearSpan(gaps, "en")}; shares cannot be computed and the lines have gaps.`];
}
