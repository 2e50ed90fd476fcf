import { extremeRegion, type ChallengesFacts, type RegionChallenge } from "../analysis/challenges.js";
import { fixed, growthWords, list, pct, type Lang } from "../messages/format.js";

/**
 * Sentences of the section "挑战" from computed facts. Every number comes from `facts`; the
 * judgements (highest/lowest region) follow `extremeRegion` in analysis/challenges.ts: values compared
 * as displayed, and no judgement when any region's value is missing.
 */

const REGION_EN: Record<string, string> = { 东部: "the East", 中部: "the Central region", 西部: "the West", 东北: "the Northeast" };

export function regionName(r: { name: string; nameEn: string }, lang: Lang): string {
  return lang === "zh" ? `${r.name}地区` : REGION_EN[r.name] ?? r.nameEn;
}

const names = (rs: RegionChallenge[], lang: Lang) => list(rs.map((r) => regionName(r, lang)), lang);

/** Income and consumption per capita by region, the highest and lowest, and the gap (highest ÷ lowest). */
export function incomeSentence(facts: ChallengesFacts, lang: Lang): string {
  const zh = lang === "zh";
  const hi = extremeRegion(facts, (r) => r.income.value, "highest", 0);
  const lo = extremeRegion(facts, (r) => r.income.value, "lowest", 0);
  if (hi.length === 0) return "";
  const items = facts.regions.map((r) => (zh ? `${r.name}地区${fixed(r.income.value!, 0)}元` : `${regionName(r, lang)} ${fixed(r.income.value!, 0)} yuan`));
  const ratio = fixed(hi[0]!.income.value! / lo[0]!.income.value!, 2);
  const cons = extremeRegion(facts, (r) => r.consumption.value, "lowest", 0);
  const consPart =
    cons.length > 0
      ? zh
        ? `人均消费支出以${names(cons, lang)}最低（${fixed(cons[0]!.consumption.value!, 0)}元）。`
        : ` Per-capita consumption was lowest in ${names(cons, lang)} (${fixed(cons[0]!.consumption.value!, 0)} yuan).`
      : "";
  return zh
    ? `${facts.year}年，居民人均可支配收入${items.join("，")}；${names(hi, lang)}最高，${names(lo, lang)}最低，前者是后者的${ratio}倍。${consPart}`
    : `In ${facts.year}, per-capita disposable income was ${items.join(", ")}; ${names(hi, lang)} was highest and ${names(lo, lang)} lowest, the former ${ratio} times the latter.${consPart}`;
}

/** Retail sales nominal growth by region. */
export function retailSentence(facts: ChallengesFacts, lang: Lang): string {
  const zh = lang === "zh";
  const withGrowth = facts.regions.filter((r) => r.retailNominalGrowth !== undefined);
  if (withGrowth.length === 0) return "";
  const items = withGrowth.map((r) => (zh ? `${r.name}地区${pct(r.retailNominalGrowth)}` : `${regionName(r, lang)} ${pct(r.retailNominalGrowth)}`));
  const lo = extremeRegion(facts, (r) => r.retailNominalGrowth, "lowest", 1);
  const tail = lo.length ? (zh ? `，${names(lo, lang)}最低` : `; ${names(lo, lang)} was lowest`) : "";
  return zh ? `社会消费品零售总额名义增长（现价）${items.join("，")}${tail}。` : `Nominal growth of retail sales (current prices): ${items.join(", ")}${tail}.`;
}

/** FAI growth: provinces with negative growth per region and the national published rate. */
export function investmentSentence(facts: ChallengesFacts, lang: Lang): string {
  const zh = lang === "zh";
  if (facts.regions.every((r) => r.fai.every((f) => f.value === undefined))) return "";
  const parts = facts.regions.map((r) => {
    const neg = r.fai.filter((f) => f.value !== undefined && f.value < 0);
    const withData = r.fai.filter((f) => f.value !== undefined).length;
    if (zh) return neg.length ? `${r.name}地区${withData}个省份中有${neg.length}个（${neg.map((f) => `${f.name}${growthWords(f.value, lang)}`).join("、")}）` : `${r.name}地区${withData}个省份中没有`;
    return neg.length ? `${neg.length} of ${withData} in ${regionName(r, lang)} (${neg.map((f) => `${f.nameEn} ${growthWords(f.value, lang)}`).join(", ")})` : `none of ${withData} in ${regionName(r, lang)}`;
  });
  const nat = facts.nationalFai === undefined ? "" : zh ? `全国固定资产投资（不含农户）比上年${growthWords(facts.nationalFai, lang)}。` : `National fixed-asset investment (excl. rural households) was ${growthWords(facts.nationalFai, lang)} on the previous year. `;
  return zh ? `${nat}固定资产投资负增长的省份：${parts.join("；")}。` : `${nat}Provinces with falling fixed-asset investment: ${parts.join("; ")}.`;
}

/** Fiscal self-financing ratio by region and the lowest region. */
export function fiscalSentence(facts: ChallengesFacts, lang: Lang): string {
  const zh = lang === "zh";
  const lo = extremeRegion(facts, (r) => r.selfFinancingRatio, "lowest", 1);
  if (lo.length === 0) return "";
  const items = facts.regions.map((r) => (zh ? `${r.name}地区${pct(r.selfFinancingRatio)}` : `${regionName(r, lang)} ${pct(r.selfFinancingRatio)}`));
  return zh
    ? `财政收支方面，地方一般公共预算收入与支出之比（财政自给率）${items.join("，")}，${names(lo, lang)}最低，财政平衡压力最大。`
    : `In public finance, general-budget revenue as % of expenditure (self-financing ratio) was ${items.join(", ")}; ${names(lo, lang)} had the lowest ratio and the greatest fiscal strain.`;
}
