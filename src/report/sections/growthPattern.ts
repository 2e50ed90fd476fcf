import { growthPatternFacts, type GroupFact, type GrowthPatternFacts } from "../../analysis/growthPattern.js";
import { realGrowthOf } from "../../analysis/aggregate.js";
import { renderBarLine } from "../../charts/barLine.js";
import { renderPie } from "../../charts/pie.js";
import { renderSortedBars } from "../../charts/sortedBars.js";
import { SIZE } from "../../charts/style.js";
import * as say from "../../narrative/growthPattern.js";
import { num, signedPoints, yearRange, type Lang } from "../../messages/format.js";
import type { Block } from "../../types/document.js";
import { nextFigureLabel, nextTableLabel, type ReportContext } from "../context.js";
import { sourceLine } from "../sourceLine.js";
import { mapFigure } from "../mapFigure.js";
import { mixedVintageNotes } from "../vintageNote.js";
import { missingGrowthNote as sharedMissingGrowthNote } from "../missingData.js";

const GDP = ["gdp_current"];
const GROWTH = ["gdp_index_prev_year", "gdp_real_growth"];
const PROVINCES_ONLY = { provincesOnly: true };

/**
 * Section "区域经济增长格局" (regional growth pattern): narrative, 图 four-region shares (pie),
 * 图 four-region GDP and growth (bars + line), 图 provinces sorted by GDP with growth, 表 growth of
 * the four regions in the previous and current year. Throws what growthPatternFacts throws.
 */
export function growthPatternSection(ctx: ReportContext): Block[] {
  const facts = growthPatternFacts(ctx.dataset, ctx.registry, { year: ctx.year });
  const { lang } = ctx;
  const zh = lang === "zh";
  const y = facts.year;
  const years = [facts.prevYear, y];
  const join = (parts: string[]) => parts.filter(Boolean).join(zh ? "" : " ");
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: zh ? "区域经济增长格局" : "Regional growth pattern" },
    { kind: "paragraph", text: say.overviewSentence(facts, lang) },
    { kind: "paragraph", text: say.contextSentence(facts, lang) },
    { kind: "paragraph", text: join(facts.regions.map((g) => say.regionSentence(facts, g, lang))) },
  ];
  const methodNotes = methodNotesFor(ctx, facts);

  const withGdp = facts.regions.filter((g) => g.gdp.value !== undefined);
  if (withGdp.length === facts.regions.length) {
    const pie = renderPie({ slices: facts.regions.map((g) => ({ name: regionLabel(g, lang), value: g.gdp.value!, label: `${regionLabel(g, lang)}\n${num(g.shareDisplay, 2)}%` })) }, SIZE.square);
    blocks.push({
      kind: "figure",
      label: nextFigureLabel(ctx),
      caption: zh ? `${y}年四大板块地区生产总值占比` : `Shares of the four regions in GDP, ${y}`,
      ...pie,
      source: sourceLine(ctx, GDP, [y], PROVINCES_ONLY),
      notes: [methodNotes.share, ...publishedTotalNote(facts.regions, lang), ...methodNotes.gdpVintages],
    });
  } else {
    blocks.push(missingNote(lang, zh ? `${y}年四大板块占比图` : `the ${y} regional share chart`, facts.regions.flatMap((g) => g.gdp.missing), ctx));
  }
  const bars = renderBarLine(
    {
      categories: facts.regions.map((g) => regionLabel(g, lang)),
      bar: { name: zh ? "地区生产总值" : "GDP", unit: zh ? "亿元" : "100 mn yuan", values: facts.regions.map((g) => g.gdp.value), decimals: 0 },
      line: { name: zh ? "实际增速" : "Real growth", unit: "%", values: facts.regions.map((g) => g.realGrowth.value), decimals: 1 },
    },
    SIZE.wide,
  );
  blocks.push({
    kind: "figure",
    label: nextFigureLabel(ctx),
    caption: facts.regions.some((g) => g.realGrowth.value !== undefined)
      ? zh
        ? `${y}年四大板块地区生产总值及实际增速`
        : `GDP and real growth of the four regions, ${y}`
      : zh
        ? `${y}年四大板块地区生产总值（实际增速数据缺失）`
        : `GDP of the four regions, ${y} (real growth missing)`,
    ...bars,
    source: sourceLine(ctx, [...GDP, ...GROWTH], years, PROVINCES_ONLY),
    notes: [methodNotes.growth, ...methodNotes.gdpVintages, ...methodNotes.growthVintages],
  });

  blocks.push({ kind: "paragraph", text: join(say.rankingSentences(facts, lang)) });
  const provChart = renderSortedBars(
    {
      items: facts.provinces.map((p) => ({ name: zh ? p.name : p.nameEn, value: p.gdp, lineValue: p.realGrowth })),
      bar: { name: zh ? "地区生产总值" : "GDP", unit: zh ? "亿元" : "100 mn yuan", decimals: 0 },
      line: { name: zh ? "实际增速" : "Real growth", unit: "%", decimals: 1 },
    },
    { width: 900, height: 460 },
  );
  blocks.push({
    kind: "figure",
    label: nextFigureLabel(ctx),
    caption: facts.provinces.some((p) => p.realGrowth !== undefined)
      ? zh
        ? `${y}年分省份地区生产总值和实际增速`
        : `GDP and real growth by province, ${y}`
      : zh
        ? `${y}年分省份地区生产总值（实际增速数据缺失）`
        : `GDP by province, ${y} (real growth missing)`,
    ...provChart,
    source: sourceLine(ctx, [...GDP, ...GROWTH], [y], PROVINCES_ONLY),
    notes: [zh ? "注：省份按地区生产总值从高到低排列；增速按不变价格计算。" : "Note: provinces sorted by GDP; growth at constant prices.", ...missingProvinceNote(facts, lang)],
  });

  blocks.push(
    ...mapFigure(ctx, {
      caption: zh ? `${y}年各省份地区生产总值实际增速` : `Real GDP growth by province, ${y}`,
      legendTitle: zh ? "实际增速（%）" : "Real growth (%)",
      values: facts.provinces.map((p) => ({ code: p.code, value: p.realGrowth })),
      decimals: 1,
      indicators: GROWTH,
      years: [y],
    }),
  );
  // The table (with notes on what is missing) when any province has growth for either year; else a note.
  const anyGrowth = ctx.registry.provinces.some((p) => [facts.prevYear, y].some((year) => realGrowthOf(ctx.dataset, p.code, year) !== undefined));
  if (anyGrowth) blocks.push(growthTable(ctx, facts, methodNotes));
  else blocks.push(missingIndicatorNote(ctx, facts));
  const belowNational = say.belowComparatorSentence(facts, lang);
  if (belowNational) blocks.push({ kind: "paragraph", text: belowNational });
  blocks.push({ kind: "paragraph", text: join(facts.regions.map((g) => say.aboveComparatorSentence(facts, g, lang))) });
  blocks.push({ kind: "paragraph", text: join(facts.regions.map((g) => say.extremesSentence(facts, g, lang))) });
  blocks.push({ kind: "paragraph", text: say.northSouthSentence(facts, lang) });
  blocks.push(northSouthTable(ctx, facts));
  // Sentences with nothing to say (e.g. no growth data) leave no empty paragraphs behind.
  return blocks.filter((b) => b.kind !== "paragraph" || b.text !== "");
}

function regionLabel(g: GroupFact, lang: Lang): string {
  return lang === "zh" ? g.name : g.nameEn;
}

function growthTable(ctx: ReportContext, facts: GrowthPatternFacts, notes: ReturnType<typeof methodNotesFor>): Block {
  const zh = ctx.lang === "zh";
  const { year: y, prevYear: p } = facts;
  const kind = (facts.comparator ?? facts.comparatorPrev)?.kind;
  const nationalRow = [
    kind === "national" ? (zh ? "全国" : "National") : zh ? "31个省份（加权）" : "31 provinces (weighted)",
    num(facts.comparatorPrev?.value, 1),
    num(facts.comparator?.value, 1),
    signedPoints(facts.comparator && facts.comparatorPrev ? facts.comparator.value - facts.comparatorPrev.value : undefined),
  ];
  return {
    kind: "table",
    label: nextTableLabel(ctx),
    caption: zh ? `${yearRange(p, y, "zh")}四大板块经济增速对比` : `Real GDP growth of the four regions, ${yearRange(p, y, "en")}`,
    header: zh ? ["地区", `${p}年增速（%）`, `${y}年增速（%）`, "变化（个百分点）"] : ["Region", `${p} growth (%)`, `${y} growth (%)`, "Change (pp)"],
    align: ["left", "right", "right", "right"],
    rows: [
      ...facts.regions.map((g) => [regionLabel(g, ctx.lang), num(g.realGrowthPrev.value, 1), num(g.realGrowth.value, 1), signedPoints(g.growthChange)]),
      nationalRow,
    ],
    source: sourceLine(ctx, [...GDP, ...GROWTH], [p - 1, p, y]),
    notes: [notes.growth, ...notes.growthVintages, ...(notes.revision ? [notes.revision] : []), ...(notes.comparator ? [notes.comparator] : []), ...missingGrowthNote(ctx, facts)],
  };
}

function northSouthTable(ctx: ReportContext, facts: GrowthPatternFacts): Block {
  const zh = ctx.lang === "zh";
  const { year: y, prevYear: p } = facts;
  return {
    kind: "table",
    label: nextTableLabel(ctx),
    caption: zh ? `${yearRange(p, y, "zh")}南北地区经济总量占比` : `North and south shares of GDP, ${yearRange(p, y, "en")}`,
    header: zh ? ["地区", `${p}年占比（%）`, `${y}年占比（%）`, "变化（个百分点）", `${y}年实际增速（%）`] : ["Area", `${p} share (%)`, `${y} share (%)`, "Change (pp)", `${y} real growth (%)`],
    align: ["left", "right", "right", "right", "right"],
    rows: facts.northSouth.map((g) => [zh ? g.name : g.nameEn, num(g.sharePrevDisplay, 2), num(g.shareDisplay, 2), signedPoints(g.shareChange, 2), num(g.realGrowth.value, 1)]),
    source: sourceLine(ctx, [...GDP, ...GROWTH], [p - 1, p, y], PROVINCES_ONLY),
    notes: [
      zh
        ? `南北以秦岭—淮河一线划分（惯例划分，非官方统计分类）：北方为${ctx.registry.grouping("南北").groups.find((g) => g.name === "北方")!.members.map((m) => m.name).join("、")}，其余为南方。占比的分母为${say.denominatorName(facts, "zh")}。`
        : `North and south follow the conventional Qinling–Huaihe line (not an official NBS classification). Shares are of ${say.denominatorName(facts, "en")}.`,
    ],
  };
}

function methodNotesFor(ctx: ReportContext, facts: GrowthPatternFacts) {
  const zh = ctx.lang === "zh";
  const revised = facts.vintages.growth.some((v) => v.includes("post5census"));
  return {
    gdpVintages: mixedVintageNotes(ctx, { zh: "地区生产总值数据", en: "The GDP data" }, facts.vintages.gdp),
    growthVintages: mixedVintageNotes(ctx, { zh: "实际增速及其权重数据", en: "The real growth data and their weights" }, facts.vintages.growth),
    share: zh
      ? `注：占比 = 板块地区生产总值 ÷ ${say.denominatorName(facts, "zh")}（${num(facts.denominator.value, 1)}亿元）× 100；${facts.denominator.kind === "national" ? "" : "该合计与全国数不相等。"}显示值按最大余数法修约，使四个板块合计为100.00%。`
      : `Note: share = regional GDP ÷ ${say.denominatorName(facts, "en")} (${num(facts.denominator.value, 1)} × 100 mn yuan) × 100;${facts.denominator.kind === "national" ? "" : " this sum differs from the national figure."} Displayed shares use largest-remainder rounding so that they add to 100.00%.`,
    growth: zh
      ? "注：板块实际增速为所辖省份按不变价格计算的增速以上年地区生产总值（现价）为权重的加权平均；增速差按修约后的一位小数计算。"
      : "Note: a region's real growth is the mean of its provinces' constant-price growth rates weighted by their previous-year current-price GDP; differences use the rates rounded to one decimal.",
    revision: revised
      ? zh
        ? `注：${facts.prevYear}年及以前的增速为第五次全国经济普查修订后的数据库数值，与修订前发布的数值（如各地统计公报及据此编写的报告）可能不同：普查修订同时改变了不变价增速和作为权重的现价地区生产总值。`
        : `Note: growth for ${facts.prevYear} and earlier is the NBS database value after the 5th economic census revision and may differ from earlier publications (bulletins and reports based on them): the revision changed both the constant-price growth rates and the current-price GDP used as weights.`
      : undefined,
    comparator:
      facts.comparator?.kind === "provinceWeighted"
        ? zh
          ? "注：数据中没有全国国内生产总值指数，“全国”一行及“高于全国”的比较以31个省份按上年地区生产总值加权的平均增速代替。"
          : "Note: the data have no national GDP index; the national row and comparisons with it use the 31-province growth weighted by previous-year GDP instead."
        : undefined,
  };
}

/** Explains "—" in the growth table in place (shared wording: missingData.ts `missingGrowthNote`). */
function missingGrowthNote(ctx: ReportContext, facts: GrowthPatternFacts): string[] {
  const gaps = [facts.prevYear, facts.year].map((year) => ({ year, missing: facts.regions.flatMap((g) => (year === facts.year ? g.realGrowth : g.realGrowthPrev).missing) }));
  return sharedMissingGrowthNote(ctx, gaps, { zh: "相关板块增速", en: "the affected regional rates" });
}

/** In place of the growth table when no regional growth can be computed for either year. */
function missingIndicatorNote(ctx: ReportContext, facts: GrowthPatternFacts): Block {
  const years = [...new Set([...ctx.dataset.years("gdp_index_prev_year"), ...ctx.dataset.years("gdp_real_growth")])].sort((a, b) => a - b);
  const have =
    years.length > 0
      ? ctx.lang === "zh"
        ? `数据中的增速年份为${yearRange(years[0]!, years[years.length - 1]!, "zh")}`
        : `the data have growth for ${yearRange(years[0]!, years[years.length - 1]!, "en")}`
      : ctx.lang === "zh"
        ? "数据中没有增速"
        : "the data have no growth rates";
  // Another vintage of the index may cover the year; it is named, never spliced in.
  const older = ctx.dataset.years("gdp_index_prev_year_pre5census");
  const other =
    older.includes(facts.year) || older.includes(facts.prevYear)
      ? ctx.lang === "zh"
        ? `数据中另有第五次全国经济普查修订前的地区生产总值指数（gdp_index_prev_year_pre5census，${yearRange(older[0]!, older[older.length - 1]!, "zh")}），属另一数据版本，不与修订后数据混用。`
        : ` The data also hold the index from before the 5th-census revision (gdp_index_prev_year_pre5census, ${yearRange(older[0]!, older[older.length - 1]!, "en")}), another vintage that is not spliced with the revised data.`
      : "";
  return {
    kind: "note",
    text:
      ctx.lang === "zh"
        ? `（${yearRange(facts.prevYear, facts.year, "zh")}四大板块增速对比表从略：${have}。需要地区生产总值指数 gdp_index_prev_year，可用 regecon import 文件 --indicator gdp_index_prev_year 导入。${other}）`
        : `(Growth table for ${yearRange(facts.prevYear, facts.year, "en")} omitted: ${have}. It needs the GDP index gdp_index_prev_year; import it with regecon import FILE --indicator gdp_index_prev_year.${other})`,
  };
}

function publishedTotalNote(regions: GroupFact[], lang: Lang): string[] {
  if (!regions.some((g) => g.gdp.publishedTotal)) return [];
  return [lang === "zh" ? "注：板块合计采用资料来源公布的板块总量，而非所辖省份相加。" : "Note: regional totals are the totals published by the source, not sums of provinces."];
}

function missingProvinceNote(facts: GrowthPatternFacts, lang: Lang): string[] {
  const missingGdp = facts.provinces.filter((p) => p.gdp === undefined).map((p) => (lang === "zh" ? p.name : p.nameEn));
  const missingGrowth = facts.provinces.filter((p) => p.gdp !== undefined && p.realGrowth === undefined).map((p) => (lang === "zh" ? p.name : p.nameEn));
  const out: string[] = [];
  if (missingGdp.length) out.push(lang === "zh" ? `注：${missingGdp.join("、")}的地区生产总值数据缺失，图中未列出。` : `Note: GDP is missing for ${missingGdp.join(", ")}; not shown.`);
  const withGdp = facts.provinces.filter((p) => p.gdp !== undefined).length;
  if (missingGrowth.length > 0 && missingGrowth.length === withGdp) {
    out.push(lang === "zh" ? `注：${facts.year}年各省份实际增速数据缺失，图中只有地区生产总值。` : `Note: real growth for ${facts.year} is missing for every province; only GDP is shown.`);
  } else if (missingGrowth.length > 0) {
    out.push(lang === "zh" ? `注：${missingGrowth.join("、")}的实际增速数据缺失，图中该处无增速点。` : `Note: real growth is missing for ${missingGrowth.join(", ")}; no growth point is drawn there.`);
  }
  return out;
}

function missingNote(lang: Lang, what: string, missing: string[], ctx: ReportContext): Block {
  const names = [...new Set(missing)].map((c) => (ctx.registry.isProvince(c) ? ctx.registry.province(c)[lang === "zh" ? "name" : "nameEn"] : c));
  return {
    kind: "note",
    text: lang === "zh" ? `（${what}从略：缺少${names.join("、")}的数据。）` : `(${what} omitted: data missing for ${names.join(", ")}.)`,
  };
}

