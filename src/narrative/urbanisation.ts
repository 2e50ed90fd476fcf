import { extremeProvinces, INCOME_RATIO_DECIMALS, RATE_DECIMALS, type ProvinceRate, type UrbanisationFacts } from "../analysis/urbanisation.js";
import { fixed, list, pct, points, yearRange, type Lang } from "../messages/format.js";

/**
 * Sentences of the section "城乡与城镇化" from computed facts. Every number comes from `facts`;
 * highest/lowest follow the rule in analysis/urbanisation.ts (displayed values compared).
 */

const REGION_EN: Record<string, string> = { 东部: "the East", 中部: "the Central region", 西部: "the West", 东北: "the Northeast" };

const names = (rs: readonly ProvinceRate[], lang: Lang) => list(rs.map((r) => (lang === "zh" ? r.name : r.nameEn)), lang);

/** National rate in the report year and its change since the first year of the series. */
export function nationalSentence(facts: UrbanisationFacts, lang: Lang): string {
  const zh = lang === "zh";
  const s = facts.nationalSeries;
  if (facts.nationalRate === undefined) {
    return zh ? `${facts.year}年全国城镇人口或年末总人口数据缺失，无法计算全国城镇化率。` : `National urban or total population is missing for ${facts.year}; the national urbanisation rate cannot be computed.`;
  }
  const first = s[0]!;
  const now = fixed(facts.nationalRate, RATE_DECIMALS);
  const change = first.year < facts.year ? Number(now) - Number(fixed(first.rate, RATE_DECIMALS)) : undefined;
  if (zh) {
    return `${facts.year}年末，全国城镇化率（城镇人口占年末总人口的比重）为${now}%${change === undefined ? "" : `，比${first.year}年末${points(change, lang, "share", 2)}`}。`;
  }
  return `At the end of ${facts.year}, the national urbanisation rate (urban population as % of total year-end population) was ${now}%${change === undefined ? "" : `, ${points(change, lang, "share", 2)} since ${first.year}`}.`;
}

/** Four-region rates and the highest/lowest provinces in the report year. */
export function regionalSentence(facts: UrbanisationFacts, lang: Lang): string {
  const zh = lang === "zh";
  const withRate = facts.regions.filter((r) => r.rate.value !== undefined);
  if (withRate.length === 0) return zh ? `${facts.year}年分省城镇人口数据缺失，无法计算分地区城镇化率。` : `Provincial urban population is missing for ${facts.year}; regional rates cannot be computed.`;
  const items = withRate.map((r) => (zh ? `${r.name}地区${pct(r.rate.value, RATE_DECIMALS)}` : `${REGION_EN[r.name] ?? r.nameEn} ${pct(r.rate.value, RATE_DECIMALS)}`));
  const sorted = [...withRate].sort((a, b) => b.rate.value! - a.rate.value!);
  const { highest, lowest } = extremeProvinces(facts.provinces, RATE_DECIMALS);
  const out: string[] = [];
  out.push(
    zh
      ? `分地区看，${facts.year}年城镇化率${items.join("，")}，${sorted[0]!.name}地区最高，${sorted[sorted.length - 1]!.name}地区最低。`
      : `By region, the ${facts.year} urbanisation rates were: ${items.join(", ")}; ${REGION_EN[sorted[0]!.name] ?? sorted[0]!.nameEn} was highest and ${REGION_EN[sorted[sorted.length - 1]!.name] ?? sorted[sorted.length - 1]!.nameEn} lowest.`,
  );
  if (highest.length > 0) {
    out.push(
      zh
        ? `分省份看，${names(highest, lang)}城镇化率最高（${pct(highest[0]!.value, RATE_DECIMALS)}），${names(lowest, lang)}最低（${pct(lowest[0]!.value, RATE_DECIMALS)}）。`
        : `By province, ${names(highest, lang)} had the highest rate (${pct(highest[0]!.value, RATE_DECIMALS)}) and ${names(lowest, lang)} the lowest (${pct(lowest[0]!.value, RATE_DECIMALS)}).`,
    );
  }
  const missing = facts.provinces.filter((p) => p.value === undefined);
  if (missing.length > 0) out.push(zh ? `${names(missing, lang)}数据缺失。` : `Data are missing for ${names(missing, lang)}.`);
  return out.join(zh ? "" : " ");
}

/** Urban–rural income ratio in the latest year with data, and the statement that later years are missing. */
export function incomeRatioSentence(facts: UrbanisationFacts, lang: Lang): string {
  const zh = lang === "zh";
  const ir = facts.incomeRatio;
  if (ir.year === undefined) {
    return zh ? "分省城镇、农村居民人均可支配收入数据缺失，无法计算城乡居民收入比。" : "Provincial urban and rural per-capita disposable income are missing; the urban–rural income ratio cannot be computed.";
  }
  const { highest, lowest } = extremeProvinces(ir.provinces, INCOME_RATIO_DECIMALS);
  const gap = ir.year < facts.year ? (zh ? `${ir.year + 1}年以后数据缺失，${facts.year}年城乡居民收入比无法用现有数据计算或核对。` : `Data for ${ir.year + 1} onwards are missing, so the ${facts.year} ratio cannot be computed or checked with these data.`) : "";
  return zh
    ? `城乡差距方面，分省城镇、农村居民人均可支配收入仅有${yearRange(ir.availableYears[0]!, ir.availableYears[ir.availableYears.length - 1]!, "zh")}数据。${ir.year}年，城乡居民收入比（城镇居民人均可支配收入 ÷ 农村居民人均可支配收入）最高的是${names(highest, lang)}（${fixed(highest[0]!.value!, INCOME_RATIO_DECIMALS)}），最低的是${names(lowest, lang)}（${fixed(lowest[0]!.value!, INCOME_RATIO_DECIMALS)}）。${gap}`
    : `For the urban–rural gap, provincial urban and rural per-capita disposable income exist for ${yearRange(ir.availableYears[0]!, ir.availableYears[ir.availableYears.length - 1]!, "en")} only. In ${ir.year}, the urban–rural income ratio (urban ÷ rural per-capita disposable income) was highest in ${names(highest, lang)} (${fixed(highest[0]!.value!, INCOME_RATIO_DECIMALS)}) and lowest in ${names(lowest, lang)} (${fixed(lowest[0]!.value!, INCOME_RATIO_DECIMALS)}). ${gap}`.trim();
}
