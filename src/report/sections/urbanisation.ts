import { INCOME_RATIO_DECIMALS, RATE_DECIMALS, urbanisationFacts, type UrbanisationFacts } from "../../analysis/urbanisation.js";
import { renderLines } from "../../charts/lines.js";
import { renderSortedBars } from "../../charts/sortedBars.js";
import { SIZE } from "../../charts/style.js";
import { num, yearRange } from "../../messages/format.js";
import * as say from "../../narrative/urbanisation.js";
import type { Block } from "../../types/document.js";
import { nextFigureLabel, nextTableLabel, type ReportContext } from "../context.js";
import { mapFigure } from "../mapFigure.js";
import { indicatorsMissingIn, missingDataNote, yearSpan } from "../missingData.js";
import { sourceLine } from "../sourceLine.js";

const NATIONAL = ["population_urban", "population_year_end_total_national"];
const PROVINCIAL = ["population_urban", "population_year_end"];
const INCOME = ["income_per_capita_urban", "income_per_capita_rural"];

/**
 * Section "城乡与城镇化": national urbanisation trend (lines), four-region and provincial rates in the
 * report year (table; choropleth map when the report has map boundaries), urban–rural income ratio by
 * province in the latest year with data (sorted bars) with the missing later years stated. Parts whose
 * indicators are missing become notes naming them; when all are missing the section is one note.
 */
export function urbanisationSection(ctx: ReportContext): Block[] {
  const zh = ctx.lang === "zh";
  const y = ctx.year;
  const heading: Block = { kind: "heading", level: 2, text: zh ? "城乡与城镇化" : "Urbanisation and the urban–rural gap" };
  const facts = urbanisationFacts(ctx.dataset, ctx.registry, y);
  const hasNational = facts.nationalSeries.length > 0;
  const hasProvincial = facts.provinces.some((p) => p.value !== undefined);
  const hasIncome = facts.incomeRatio.year !== undefined;
  if (!hasNational && !hasProvincial && !hasIncome) {
    return [heading, missingDataNote(ctx, zh ? "城乡与城镇化分析" : "The urbanisation analysis", [...new Set([...PROVINCIAL, ...NATIONAL, ...INCOME])], y)];
  }
  const blocks: Block[] = [heading];
  const methodRate = zh
    ? "注：城镇化率 = 城镇人口 ÷ 人口 × 100（计算值）。全国以年末总人口为分母；省份以年末常住人口为分母；四大板块为所辖省份城镇人口之和 ÷ 年末常住人口之和，而非各省城镇化率的平均。"
    : "Note: urbanisation rate = urban population ÷ population × 100 (computed). National: total year-end population; provinces: year-end resident population; regions: Σ urban ÷ Σ resident population of the member provinces, not the mean of provincial rates.";

  if (hasNational) {
    blocks.push({ kind: "paragraph", text: say.nationalSentence(facts, ctx.lang) });
    const s = facts.nationalSeries;
    if (s.length > 1) {
      const chart = renderLines(
        { categories: s.map((p) => String(p.year)), series: [{ name: zh ? "全国城镇化率" : "National urbanisation rate", values: s.map((p) => p.rate) }], unit: "%", decimals: RATE_DECIMALS, labelLast: true, yMin: "auto" },
        SIZE.wide,
      );
      blocks.push({
        kind: "figure",
        label: nextFigureLabel(ctx),
        caption: zh ? `${yearRange(s[0]!.year, s[s.length - 1]!.year, "zh")}全国城镇化率` : `National urbanisation rate, ${yearRange(s[0]!.year, s[s.length - 1]!.year, "en")}`,
        ...chart,
        source: sourceLine(ctx, NATIONAL, s.map((p) => p.year)),
        notes: [methodRate],
      });
    }
  } else {
    blocks.push(missingDataNote(ctx, zh ? "全国城镇化率" : "The national urbanisation rate", indicatorsMissingIn(ctx, NATIONAL, y), y));
  }

  if (hasProvincial) {
    blocks.push({ kind: "paragraph", text: say.regionalSentence(facts, ctx.lang) });
    blocks.push(regionTable(ctx, facts, methodRate));
    blocks.push(
      ...mapFigure(ctx, {
        caption: zh ? `${y}年分省份城镇化率` : `Urbanisation rate by province, ${y}`,
        legendTitle: zh ? "城镇化率（%）" : "Urbanisation rate (%)",
        values: facts.provinces.map((p) => ({ code: p.code, value: p.value })),
        decimals: 1,
        indicators: PROVINCIAL,
        years: [y],
        notes: [methodRate],
      }),
    );
  } else {
    // Provincial observations only: the national urban population does not make provincial rates computable.
    const missing = indicatorsMissingIn(ctx, PROVINCIAL, y, { provincesOnly: true });
    blocks.push(missingDataNote(ctx, zh ? `${y}年分地区、分省份城镇化率` : `Regional and provincial urbanisation rates for ${y}`, missing.length ? missing : PROVINCIAL, y, { provincesOnly: true }));
  }

  if (hasIncome) {
    const ir = facts.incomeRatio;
    blocks.push({ kind: "paragraph", text: say.incomeRatioSentence(facts, ctx.lang) });
    const chart = renderSortedBars(
      {
        items: ir.provinces.map((p) => ({ name: zh ? p.name : p.nameEn, value: p.value })),
        bar: { name: zh ? "城乡居民收入比" : "Urban–rural income ratio", unit: zh ? "农村居民=1" : "rural = 1", decimals: INCOME_RATIO_DECIMALS },
      },
      { width: 900, height: 420 },
    );
    const notes = [
      zh
        ? "注：城乡居民收入比 = 城镇居民人均可支配收入 ÷ 农村居民人均可支配收入（计算值）；省份按收入比从高到低排列。"
        : "Note: urban–rural income ratio = urban ÷ rural per-capita disposable income (computed); provinces sorted from highest to lowest.",
    ];
    if (ir.year! < y) {
      notes.push(
        zh
          ? `注：分省城镇、农村居民人均可支配收入仅有${yearSpan(ir.availableYears, "zh")}数据，${ir.year! + 1}年以后数据缺失，故${y}年的城乡居民收入比（含全国数）无法计算或核对（数据缺失）。导入：regecon import FILE --indicator income_per_capita_urban；regecon import FILE --indicator income_per_capita_rural。`
          : `Note: provincial urban and rural per-capita disposable income exist for ${yearSpan(ir.availableYears, "en")} only; data after ${ir.year} are missing, so the ${y} ratio (national included) cannot be computed or checked. Import: regecon import FILE --indicator income_per_capita_urban; regecon import FILE --indicator income_per_capita_rural.`,
      );
    }
    blocks.push({
      kind: "figure",
      label: nextFigureLabel(ctx),
      caption: zh ? `${ir.year}年分省份城乡居民收入比` : `Urban–rural income ratio by province, ${ir.year}`,
      ...chart,
      source: sourceLine(ctx, INCOME, [ir.year!], { provincesOnly: true }),
      notes,
    });
  } else {
    blocks.push(missingDataNote(ctx, zh ? "城乡居民收入比" : "The urban–rural income ratio", INCOME, y));
  }
  return blocks;
}

function regionTable(ctx: ReportContext, facts: UrbanisationFacts, methodRate: string): Block {
  const zh = ctx.lang === "zh";
  const y = facts.year;
  const missing = [...new Set(facts.regions.flatMap((r) => r.rate.missing))];
  const rows = [
    ...facts.regions.map((r) => [zh ? r.name : r.nameEn, num(r.rate.value, RATE_DECIMALS)]),
    [zh ? "31个省份合计" : "31 provinces", num(facts.provinceSumRate.value, RATE_DECIMALS)],
    [zh ? "全国" : "National", num(facts.nationalRate, RATE_DECIMALS)],
  ];
  const notes = [
    methodRate,
    zh
      ? `注：分省城镇人口仅有${yearSpan(provinceUrbanYears(ctx), "zh")}数据，分地区城镇化率无法给出历年变化。`
      : `Note: provincial urban population exists for ${yearSpan(provinceUrbanYears(ctx), "en")} only; regional rates cannot be traced over time.`,
  ];
  if (missing.length) {
    const names = missing.map((c) => ctx.registry.province(c)[zh ? "name" : "nameEn"]);
    notes.push(zh ? `注：${names.join("、")}的城镇人口或年末常住人口缺失，相关板块以“—”表示。` : `Note: urban or resident population is missing for ${names.join(", ")}; affected regions show "—".`);
  }
  return {
    kind: "table",
    label: nextTableLabel(ctx),
    caption: zh ? `${y}年四大板块城镇化率` : `Urbanisation rate of the four regions, ${y}`,
    header: zh ? ["地区", "城镇化率（%）"] : ["Region", "Urbanisation rate (%)"],
    align: ["left", "right"],
    rows,
    source: sourceLine(ctx, [...PROVINCIAL, ...NATIONAL], [y]),
    notes,
  };
}

function provinceUrbanYears(ctx: ReportContext): number[] {
  return [...new Set(ctx.dataset.observations("population_urban").filter((o) => ctx.registry.isProvince(o.regionCode)).map((o) => o.year))].sort((a, b) => a - b);
}
