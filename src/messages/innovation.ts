import type { Text } from "../types/text.js";
import { fixed, grouped, list, pct, points, yiUnit } from "./format.js";
import { regionInText, type Named, type NamedGroup } from "./names.js";

/**
 * Words of the section "新质生产力与创新" (R&D by province and region): title, sentence templates,
 * captions, table headers and notes.
 */

export const sectionTitle: Text = { zh: "新质生产力与创新", en: "New quality productive forces and innovation" };
export const analysis: Text = { zh: "研究与试验发展（R&D）经费分析", en: "The analysis of R&D expenditure" };

/** Whole 亿元 in prose: zh "36327亿元", en "3,633 billion yuan". */
function yiWhole(x: number, lang: "zh" | "en"): string {
  return lang === "zh" ? `${fixed(x, 0)}亿元` : `${grouped(x / 10, 0, "en")} billion yuan`;
}

/** The national R&D expenditure and intensity, and the change from the revised previous-year intensity. */
export const national = (p: { year: number; expenditure?: number; intensity: number; previous?: number; change?: number; decimals: number }): Text => {
  const exp = { zh: p.expenditure === undefined ? "" : `研究与试验发展（R&D）经费${yiWhole(p.expenditure, "zh")}，`, en: p.expenditure === undefined ? "" : `R&D expenditure was ${yiWhole(p.expenditure, "en")} and ` };
  const prev =
    p.previous === undefined || p.change === undefined
      ? { zh: "", en: "" }
      : { zh: `，比修订后的${p.year - 1}年（${pct(p.previous, p.decimals)}）${points(p.change, "zh", "rate", p.decimals)}`, en: `, ${points(p.change, "en", "rate", p.decimals)} on the revised ${p.year - 1} figure (${pct(p.previous, p.decimals)})` };
  return {
    zh: `${p.year}年，全国${exp.zh}R&D经费投入强度（R&D经费与国内生产总值之比）为${pct(p.intensity, p.decimals)}${prev.zh}。`,
    en: `In ${p.year}, national ${exp.en}R&D intensity (R&D expenditure as % of GDP) was ${pct(p.intensity, p.decimals)}${prev.en}.`,
  };
};

/** The provinces at the top of the ranking (ties included) and how many are above the national intensity. */
export const ranking = (p: { top: readonly (Named & { intensity: number })[]; aboveNational: number; national?: number; decimals: number }): Text => {
  const items = { zh: p.top.map((x) => `${x.name}（${pct(x.intensity, p.decimals)}）`), en: p.top.map((x) => `${x.nameEn} (${pct(x.intensity, p.decimals)})`) };
  const above = p.national === undefined ? { zh: "", en: "" } : { zh: `；${p.aboveNational}个省份高于全国水平`, en: `; ${p.aboveNational} provinces were above the national level` };
  return {
    zh: `分省份看，${list(items.zh, "zh")}R&D经费投入强度居前${p.top.length}位${above.zh}。`,
    en: `By province, ${list(items.en, "en")} had the highest R&D intensity${above.en}.`,
  };
};

/** How many provinces' intensity rose, fell or did not change from the revised previous year, and the largest rise. */
export const changes = (p: { year: number; rose: number; fell: readonly Named[]; unchanged: readonly Named[]; largest: readonly (Named & { points: number })[]; decimals: number }): Text => {
  const zh: string[] = [`${p.rose}个省份提高`];
  const en: string[] = [`${p.rose} provinces rose`];
  const named = (xs: readonly Named[], lang: "zh" | "en") => (lang === "zh" ? xs.map((x) => x.name).join("、") : list(xs.map((x) => x.nameEn), "en"));
  if (p.fell.length) {
    zh.push(`${p.fell.length}个下降（${named(p.fell, "zh")}）`);
    en.push(`${p.fell.length} fell (${named(p.fell, "en")})`);
  }
  if (p.unchanged.length) {
    zh.push(`${p.unchanged.length}个持平（${named(p.unchanged, "zh")}）`);
    en.push(`${p.unchanged.length} did not change (${named(p.unchanged, "en")})`);
  }
  const top = p.largest.length
    ? {
        zh: `；${named(p.largest, "zh")}提高最多${p.largest.length > 1 ? "，均" : ""}为${fixed(p.largest[0]!.points, p.decimals)}个百分点`,
        en: `; the largest rise was in ${named(p.largest, "en")} (${fixed(p.largest[0]!.points, p.decimals)} percentage points)`,
      }
    : { zh: "", en: "" };
  return {
    zh: `与修订后的${p.year - 1}年相比，${zh.join("，")}${top.zh}。`,
    en: `Compared with the revised ${p.year - 1} figures, ${list(en, "en")}${top.en}.`,
  };
};

/** Regions' R&D expenditure and share of the 31-province sum, and their intensity on the published basis. */
export const regions = (p: {
  regions: readonly (NamedGroup & { expenditure: number; share: number; intensity?: number })[];
  decimals: number;
  highest: readonly NamedGroup[];
  lowest: readonly NamedGroup[];
}): Text => {
  const first = p.regions[0]!;
  const rest = p.regions.slice(1);
  const withIntensity = p.regions.filter((r) => r.intensity !== undefined);
  const zhIntensity = withIntensity.length
    ? `按各省份公布的强度推算，${withIntensity.map((r, i) => `${regionInText(r).zh}${i === 0 ? "R&D经费投入强度约为" : ""}${fixed(r.intensity!, p.decimals)}%`).join("，")}${p.highest.length && p.lowest.length ? `，${p.highest.map((r) => regionInText(r).zh).join("和")}最高，${p.lowest.map((r) => regionInText(r).zh).join("和")}最低` : ""}。`
    : "";
  const enIntensity = withIntensity.length
    ? ` On the basis of the published provincial intensities, R&D intensity was about ${list(withIntensity.map((r) => `${fixed(r.intensity!, p.decimals)}% in ${regionInText(r).en}`), "en")}.`
    : "";
  return {
    zh: `分地区看，${regionInText(first).zh}R&D经费${yiWhole(first.expenditure, "zh")}，占31个省份合计的${pct(first.share)}${rest.length ? `；${list(rest.map((r) => r.name), "zh")}地区${rest.length > 1 ? "分别" : ""}为${list(rest.map((r) => yiWhole(r.expenditure, "zh")), "zh")}，${rest.length > 1 ? "分别" : ""}占${list(rest.map((r) => pct(r.share)), "zh")}` : ""}。${zhIntensity}`,
    en: `By region, R&D expenditure was ${list(p.regions.map((r) => `${yiWhole(r.expenditure, "en")} in ${regionInText(r).en}`), "en")}, or ${list(p.regions.map((r) => pct(r.share)), "en")} of the 31-province total.${enIntensity}`,
  };
};

// ---- figures, tables, notes ----------------------------------------------------------------------

export const mapCaption = (year: number): Text => ({ zh: `${year}年分省份R&D经费投入强度`, en: `R&D intensity by province, ${year}` });
export const mapLegend: Text = { zh: "R&D经费投入强度（%）", en: "R&D intensity (%)" };
export const rankingCaption = (year: number): Text => ({ zh: `${year}年各省份R&D经费投入强度`, en: `R&D intensity of the provinces, ${year}` });
export const intensitySeries: Text = { zh: "R&D经费投入强度", en: "R&D intensity" };
export const nationalLine: Text = { zh: "全国", en: "National" };

/** What the published intensities rest on, and that they are not recomputed. */
export const basisNote = (year: number): Text => ({
  zh: `注：R&D经费投入强度 = R&D经费 ÷ 地区生产总值 × 100，为国家统计局、科学技术部、财政部公布值。${year}年强度以${year}年地区生产总值初步核算数为分母，与数据库中后来核实的地区生产总值不同，本报告不用后者重新计算；${year - 1}年为根据第五次全国经济普查后地区生产总值最终核实数修订后的强度。`,
  en: `Note: R&D intensity = R&D expenditure ÷ GDP × 100, as published by NBS, the Ministry of Science and Technology and the Ministry of Finance. The ${year} intensities divide by the preliminary ${year} GDP, which differs from the GDP later verified in the database; this report does not recompute them from the latter. The ${year - 1} intensities are the ones revised to final GDP after the 5th economic census.`,
});

export const regionTableCaption = (year: number): Text => ({ zh: `${year}年四大板块R&D经费及投入强度`, en: `R&D expenditure and intensity of the four regions, ${year}` });
export const regionTableHeader: Text[] = [
  { zh: "地区", en: "Region" },
  { zh: `R&D经费（${yiUnit("zh")}）`, en: `R&D expenditure (${yiUnit("en")})` },
  { zh: "占31个省份合计（%）", en: "Share of 31 provinces (%)" },
  { zh: "R&D经费投入强度（%，推算）", en: "R&D intensity (%, derived)" },
];
export const provinceSumRow: Text = { zh: "31个省份合计", en: "31 provinces" };
export const nationalRow: Text = { zh: "全国（公布值）", en: "National (published)" };

/** How regional intensities are derived from the published ones, and the precision they support. */
export const regionMethodNote = (decimals: number): Text => ({
  zh: `注：板块R&D经费投入强度 = 所辖省份R&D经费之和 ÷ 各省份“R&D经费 ÷ 公布强度”之和 × 100，即以各省份公布强度所隐含的地区生产总值（初步核算数）为分母，不使用数据库中的地区生产总值；公布强度修约到0.01，据此推算的板块强度只精确到${decimals === 0 ? "整数" : `${fixed(10 ** -decimals, decimals)}`}。全国强度为公布值，其分母为国内生产总值，与31个省份之和不同。`,
  en: `Note: regional R&D intensity = Σ R&D expenditure of the member provinces ÷ Σ (R&D expenditure ÷ published intensity) × 100, i.e. divided by the GDP (preliminary) that each published intensity implies, not by the database GDP; the published intensities are rounded to 0.01, so the regional figures are precise to ${decimals === 0 ? "whole numbers" : fixed(10 ** -decimals, decimals)} only. The national intensity is the published figure, whose denominator is national GDP, not the sum of the provinces.`,
});

export const provinceTableCaption = (year: number): Text => ({ zh: `${year}年各省份R&D经费及投入强度`, en: `R&D expenditure and intensity by province, ${year}` });
export const provinceTableHeader = (year: number): Text[] => [
  { zh: "省份", en: "Province" },
  { zh: `R&D经费（${yiUnit("zh")}）`, en: `R&D expenditure (${yiUnit("en")})` },
  { zh: `${year}年强度（%）`, en: `Intensity ${year} (%)` },
  { zh: "位次", en: "Rank" },
  { zh: `修订后${year - 1}年强度（%）`, en: `Revised intensity ${year - 1} (%)` },
  { zh: "变化（个百分点）", en: "Change (pp)" },
];
export const rankNote: Text = {
  zh: "注：位次按公布的强度（两位小数）从高到低排列，数值相同者并列；省份按位次排列。",
  en: "Note: ranks by the published intensity (two decimals), highest first, equal values share a rank; provinces in rank order.",
};
