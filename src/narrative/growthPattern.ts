import type { GroupFact, GrowthPatternFacts, ProvinceFact } from "../analysis/growthPattern.js";
import { MIN_GROWTH_GAP, eastWestPattern, extremeRegions, northSouthBalance, regionsBelowComparator } from "../analysis/judgements.js";
import { roundHalfUp } from "../stats/rounding.js";
import { differenceInPoints } from "../stats/share.js";
import { fixed, list, pct, points, rank, wanYi, yi, type Lang } from "../messages/format.js";

/**
 * Sentences of the section "区域经济增长格局" written from computed facts (NBS style in Chinese,
 * plain English with `lang: "en"`). Every number comes from `facts`; judgements come from the rules
 * in analysis/judgements.ts. Missing data are said to be missing, in place.
 */

/** The size milestone the ranking sentence counts provinces against: 10万亿元 = 100000 亿元. */
export const LARGE_ECONOMY = 100000;

const REGION_EN: Record<string, string> = { 东部: "the East", 中部: "the Central region", 西部: "the West", 东北: "the Northeast" };

function regionName(g: GroupFact, lang: Lang): string {
  return lang === "zh" ? `${g.name}地区` : REGION_EN[g.name] ?? g.nameEn;
}

function provName(p: ProvinceFact, lang: Lang): string {
  return lang === "zh" ? p.name : p.nameEn;
}

/** "31个省份合计" / "the sum of the 31 provinces" / "全国" — the denominator named in every share. */
export function denominatorName(facts: GrowthPatternFacts, lang: Lang): string {
  if (facts.denominator.kind === "national") return lang === "zh" ? "全国" : "the national total";
  if (facts.denominator.kind === "groupTotals") return lang === "zh" ? "四大板块合计" : "the sum of the four regions' totals";
  return lang === "zh" ? "31个省份合计" : "the sum of the 31 provinces";
}

/** Name of the growth comparator: "全国" or, when the national figure is missing, the weighted provincial mean. */
export function comparatorName(facts: GrowthPatternFacts, lang: Lang): string {
  if (facts.comparator?.kind === "national") return lang === "zh" ? "全国" : "the national rate";
  return lang === "zh" ? "31个省份加权平均" : "the 31-province weighted mean";
}

/** Opening judgement: "西快东慢" etc., the fastest and slowest regions. */
export function overviewSentence(facts: GrowthPatternFacts, lang: Lang): string {
  const pattern = eastWestPattern(facts);
  const fastest = extremeRegions(facts, "fastest");
  const slowest = extremeRegions(facts, "slowest");
  if (pattern === undefined || fastest.length === 0) {
    const none = facts.regions.every((g) => g.realGrowth.value === undefined);
    return lang === "zh"
      ? `${facts.year}年${none ? "四大板块" : "部分板块"}的实际增速无法计算（原因见增速表的注），无法判断四大板块的增长格局。`
      : `Real growth cannot be computed for ${none ? "any of the four regions" : "some regions"} in ${facts.year} (see the notes to the growth table), so their growth pattern cannot be judged.`;
  }
  const names = (gs: GroupFact[]) => list(gs.map((g) => regionName(g, lang)), lang);
  // The east–west gap is stated with the judgement, so a reader sees how large the difference is.
  const east = facts.regions.find((r) => r.name === "东部")!.realGrowth.value!;
  const west = facts.regions.find((r) => r.name === "西部")!.realGrowth.value!;
  const gap = fixed(Math.abs(differenceInPoints(west, east)), 1);
  const fastestIsWest = fastest.length === 1 && fastest[0]!.name === "西部";
  if (lang === "zh") {
    const opening =
      pattern === "similar"
        ? `东西部地区经济增速基本持平（西部地区增长${pct(west)}，东部地区增长${pct(east)}${west === east ? "" : `，相差不足${MIN_GROWTH_GAP.toFixed(1)}个百分点`}）`
        : `区域经济增长呈现${pattern === "westFaster" ? "“西快东慢”" : "“东快西慢”"}格局：西部地区增长${pct(west)}，比东部地区（${pct(east)}）${west > east ? "高" : "低"}${gap}个百分点`;
    const top = `${names(fastest)}增速${fastest.length > 1 ? "并列" : ""}最快${fastestIsWest && pattern !== "similar" ? "" : `（${pct(fastest[0]!.realGrowth.value)}）`}`;
    return `${facts.year}年，${opening}；四大板块中，${top}，${names(slowest)}增速最慢（${pct(slowest[0]!.realGrowth.value)}）。`;
  }
  const opening =
    pattern === "similar"
      ? `the East and the West grew at much the same rate (the West ${pct(west)}, the East ${pct(east)}${west === east ? "" : `, a gap below ${MIN_GROWTH_GAP.toFixed(1)} percentage points`})`
      : `${pattern === "westFaster" ? "the West grew faster than the East" : "the East grew faster than the West"} (${pct(west)} against ${pct(east)}, a gap of ${gap} percentage points)`;
  const top = fastestIsWest && pattern !== "similar" ? `it was the fastest of the four regions` : `${names(fastest)} grew fastest (${pct(fastest[0]!.realGrowth.value)})`;
  return `In ${facts.year}, ${opening}; ${top} and ${names(slowest)} the slowest (${pct(slowest[0]!.realGrowth.value)}).`;
}

/** One sentence per region: GDP, share of the denominator, real growth and its change on the previous year. */
export function regionSentence(facts: GrowthPatternFacts, g: GroupFact, lang: Lang): string {
  const name = regionName(g, lang);
  const y = facts.year;
  if (g.gdp.value === undefined) {
    const missing = g.gdp.missing.map((c) => {
      const p = facts.provinces.find((x) => x.code === c);
      return p ? provName(p, lang) : c;
    });
    return lang === "zh"
      ? `${y}年${name}生产总值无法计算（缺少${missing.join("、")}的数据）。`
      : `GDP of ${name} in ${y} cannot be computed (no data for ${list(missing, lang)}).`;
  }
  const share = g.shareDisplay === undefined ? "" : lang === "zh" ? `，占${denominatorName(facts, lang)}的${fixed(g.shareDisplay, 2)}%` : `, ${fixed(g.shareDisplay, 2)}% of ${denominatorName(facts, lang)}`;
  let growth: string;
  if (g.realGrowth.value === undefined) {
    growth = lang === "zh" ? "，实际增速数据缺失" : "; real growth is missing";
  } else {
    const change =
      g.growthChange === undefined
        ? ""
        : lang === "zh"
          ? `，增速${g.growthChange === 0 ? "与上年持平" : `比上年${points(g.growthChange, lang)}`}`
          : `, ${points(g.growthChange, lang)} on the previous year`;
    growth = lang === "zh" ? `，按不变价格计算比上年增长${pct(g.realGrowth.value)}${change}` : `; real growth was ${pct(g.realGrowth.value)}${change}`;
  }
  return lang === "zh" ? `${y}年，${name}生产总值${yi(g.gdp.value, lang)}${share}${growth}。` : `In ${y}, GDP of ${name} was ${yi(g.gdp.value, lang)}${share}${growth}.`;
}

/** Provinces above the growth comparator in a region, e.g. "东部地区有7个省份增速高于全国：…". */
export function aboveComparatorSentence(facts: GrowthPatternFacts, g: GroupFact, lang: Lang): string {
  if (!facts.comparator) return "";
  const c = comparatorName(facts, lang);
  const items = g.aboveComparator.map((p) => (lang === "zh" ? `${p.name}（${pct(p.realGrowth)}）` : `${p.nameEn} (${pct(p.realGrowth)})`));
  if (lang === "zh") {
    return items.length === 0
      ? `${regionName(g, lang)}没有省份增速高于${c}水平（${pct(facts.comparator.value)}）。`
      : `${regionName(g, lang)}有${items.length}个省份增速高于${c}水平（${pct(facts.comparator.value)}），${items.length === 1 ? "为" : "分别是"}${items.join("、")}${missingGrowthClause(facts, g, lang)}。`;
  }
  return items.length === 0
    ? `No province of ${regionName(g, lang)} grew faster than ${c} (${pct(facts.comparator.value)}).`
    : `${items.length} ${items.length === 1 ? "province" : "provinces"} of ${regionName(g, lang)} grew faster than ${c} (${pct(facts.comparator.value)}): ${items.join(", ")}${missingGrowthClause(facts, g, lang)}.`;
}

/** "（增速数据缺失：广西、贵州）" when members lack growth data, so comparisons state their coverage. */
function missingGrowthClause(facts: GrowthPatternFacts, g: GroupFact, lang: Lang): string {
  const missing = facts.provinces.filter((p) => g.members.includes(p.code) && p.realGrowth === undefined).map((p) => provName(p, lang));
  if (missing.length === 0) return "";
  return lang === "zh" ? `（${missing.join("、")}增速数据缺失，未参与比较）` : ` (growth missing for ${missing.join(", ")}; not compared)`;
}

/** Fastest and slowest province within a region. */
export function extremesSentence(facts: GrowthPatternFacts, g: GroupFact, lang: Lang): string {
  if (g.fastest.length === 0) return "";
  const gap = fixed(differenceInPoints(g.fastest[0]!.realGrowth!, g.slowest[0]!.realGrowth!), 1);
  const coverage = missingGrowthClause(facts, g, lang);
  const names = (ps: ProvinceFact[]) => list(ps.map((p) => provName(p, lang)), lang);
  return lang === "zh"
    ? `${regionName(g, lang)}内部，${names(g.fastest)}增速最快（${pct(g.fastest[0]!.realGrowth)}），${names(g.slowest)}增速最慢（${pct(g.slowest[0]!.realGrowth)}），相差${gap}个百分点${coverage}。`
    : `Within ${regionName(g, lang)}, ${names(g.fastest)} grew fastest (${pct(g.fastest[0]!.realGrowth)}) and ${names(g.slowest)} slowest (${pct(g.slowest[0]!.realGrowth)}), a gap of ${gap} percentage points${coverage}.`;
}

/** Top provinces by GDP with ranks (ties as 并列), and the top by growth. */
export function rankingSentences(facts: GrowthPatternFacts, lang: Lang, top = 5): string[] {
  const byGdp = facts.provinces.filter((p) => p.gdpRank !== undefined).sort((a, b) => a.gdpRank! - b.gdpRank! || a.code.localeCompare(b.code));
  const byGrowth = facts.provinces.filter((p) => p.growthRank !== undefined).sort((a, b) => a.growthRank! - b.growthRank! || a.code.localeCompare(b.code));
  const out: string[] = [];
  const missingGdp = facts.provinces.filter((p) => p.gdp === undefined).map((p) => provName(p, lang));
  const gdpTop = byGdp.filter((p) => p.gdpRank! <= top);
  // Ranks among the provinces with data: "居全国第N位" only when all 31 are present.
  const complete = missingGdp.length === 0;
  if (gdpTop.length > 0) {
    const items = gdpTop.map((p) => (lang === "zh" ? `${p.name}${yi(p.gdp, lang)}，居${complete ? "全国" : ""}${rank(p.gdpRank, p.gdpTied, lang)}` : `${p.nameEn} ${yi(p.gdp, lang)} (${rank(p.gdpRank, p.gdpTied, lang)})`));
    // Count of provinces at or above LARGE_ECONOMY, said only when there are any.
    const n = byGdp.filter((p) => p.gdp! >= LARGE_ECONOMY).length;
    const threshold = `${LARGE_ECONOMY / 10000}${lang === "zh" ? "万亿元" : " trillion yuan"}`;
    const above = n === 0 ? "" : lang === "zh" ? `地区生产总值超过${threshold}的省份有${n}个。` : ` ${n} ${n === 1 ? "province" : "provinces"} had GDP above ${threshold}.`;
    const scope = complete ? "" : lang === "zh" ? `在有数据的${byGdp.length}个省份中，` : ` (among the ${byGdp.length} provinces with data)`;
    out.push(lang === "zh" ? `从经济总量看，${scope}${items.join("；")}。${above}` : `By size${scope}: ${items.join("; ")}.${above}`);
  }
  const growthTop = byGrowth.filter((p) => p.growthRank! <= top);
  if (growthTop.length > 0) {
    const items = growthTop.map((p) => (lang === "zh" ? `${p.name}（${pct(p.realGrowth)}，${rank(p.growthRank, p.growthTied, lang)}）` : `${p.nameEn} (${pct(p.realGrowth)}, ${rank(p.growthRank, p.growthTied, lang)})`));
    const incomplete = byGrowth.length < facts.provinces.length;
    out.push(
      lang === "zh"
        ? `从经济增速看，${incomplete ? `在有增速数据的${byGrowth.length}个省份中，` : ""}增速居前的省份是${items.join("、")}。`
        : `By growth${incomplete ? ` (among the ${byGrowth.length} provinces with growth data)` : ""}, the leading provinces were ${items.join(", ")}.`,
    );
  }
  if (missingGdp.length > 0) {
    out.push(lang === "zh" ? `${list(missingGdp, lang)}${facts.year}年地区生产总值数据缺失，未参与经济总量排序。` : `GDP for ${list(missingGdp, lang)} in ${facts.year} is missing; they are not ranked by size.`);
  }
  return out;
}

/** North–south shares (one decimal, as usually quoted), their change, and the "南强北弱" judgement. */
export function northSouthSentence(facts: GrowthPatternFacts, lang: Lang): string {
  const balance = northSouthBalance(facts);
  const north = facts.northSouth.find((g) => g.name === "北方");
  const south = facts.northSouth.find((g) => g.name === "南方");
  if (!balance || !north || !south) {
    return lang === "zh" ? `${facts.year}年南北地区生产总值数据不全，无法计算南北占比。` : `North–south shares for ${facts.year} cannot be computed: data are incomplete.`;
  }
  const one = (x: number | undefined) => (x === undefined ? undefined : roundHalfUp(x, 1));
  const change = (g: GroupFact) => (g.share !== undefined && g.sharePrev !== undefined ? differenceInPoints(one(g.share)!, one(g.sharePrev)!) : undefined);
  const denom = denominatorName(facts, lang);
  // Rule: the side with the larger share is "strong"; "仍未改变" only when it was also larger the year before.
  const prevSouthStronger = south.sharePrev !== undefined && north.sharePrev !== undefined ? south.sharePrev > north.sharePrev : undefined;
  if (lang === "zh") {
    const part = (g: GroupFact) => `${g.name}地区经济总量占${denom}的${pct(one(g.share))}${change(g) === undefined ? "" : change(g) === 0 ? "，与上年持平" : `，比上年${points(change(g), lang, "share")}`}`;
    const pattern = balance.southStronger ? "“南强北弱”" : "“北强南弱”";
    const verdict = prevSouthStronger === undefined ? `呈现${pattern}格局` : prevSouthStronger === balance.southStronger ? `${pattern}格局没有改变` : `由上年的${prevSouthStronger ? "“南强北弱”" : "“北强南弱”"}转为${pattern}`;
    const growth = north.realGrowth.value !== undefined && south.realGrowth.value !== undefined ? `南方地区实际增长${pct(south.realGrowth.value)}，北方地区增长${pct(north.realGrowth.value)}。` : "";
    return `${facts.year}年，${part(south)}；${part(north)}，${verdict}。${growth}${priceClause(north, south, change(north), lang)}`;
  }
  const part = (g: GroupFact) => `the ${g.nameEn.toLowerCase()} accounted for ${pct(one(g.share))} of ${denom}${change(g) === undefined ? "" : ` (${points(change(g), lang, "share")})`}`;
  const growth = north.realGrowth.value !== undefined && south.realGrowth.value !== undefined ? ` Real growth was ${pct(south.realGrowth.value)} in the south and ${pct(north.realGrowth.value)} in the north.` : "";
  return `In ${facts.year}, ${part(south)} and ${part(north)}; the ${balance.southStronger ? "south" : "north"} ${prevSouthStronger === balance.southStronger ? "remains" : "is"} the larger economy.${growth}${priceClause(north, south, change(north), lang)}`;
}

/**
 * When the north grew faster in real terms but lost share (or the reverse), say why: shares are of
 * current-price GDP, growth is at constant prices, so relative price changes move them apart.
 */
function priceClause(north: GroupFact, south: GroupFact, northShareChange: number | undefined, lang: Lang): string {
  const n = north.realGrowth.value;
  const s = south.realGrowth.value;
  if (n === undefined || s === undefined || northShareChange === undefined || n === s || northShareChange === 0) return "";
  if (n > s === northShareChange > 0) return "";
  const faster = n > s ? (lang === "zh" ? "北方" : "the north") : lang === "zh" ? "南方" : "the south";
  return lang === "zh"
    ? `${faster}实际增速较高而经济总量占比下降，是因为占比按现价计算、增速按不变价计算，两地价格变化不同。`
    : ` ${faster === "the north" ? "The north" : "The south"} grew faster in real terms yet lost share: shares are at current prices and growth at constant prices, and prices moved differently.`;
}

/** Regions below the comparator, e.g. "东北地区增速低于全国水平0.6个百分点". */
export function belowComparatorSentence(facts: GrowthPatternFacts, lang: Lang): string {
  const below = regionsBelowComparator(facts);
  if (!facts.comparator || below.length === 0) return "";
  const c = facts.comparator;
  const items = below.map((g) => `${regionName(g, lang)}${lang === "zh" ? "低于" : " was below "}${comparatorName(facts, lang)}${lang === "zh" ? "水平" : " by "}${fixed(differenceInPoints(c.value, g.realGrowth.value!), 1)}${lang === "zh" ? "个百分点" : " percentage points"}`);
  return lang === "zh" ? `四大板块中，${items.join("，")}。` : `Among the four regions, ${items.join("; ")}.`;
}

/** National context: total GDP in 万亿元 and the share denominator. */
export function contextSentence(facts: GrowthPatternFacts, lang: Lang): string {
  const national = facts.nationalGdp;
  const sum31 = facts.provinceSum.value;
  if (lang === "zh") {
    const parts = [national !== undefined ? `全国国内生产总值${wanYi(national, lang)}` : "全国国内生产总值数据缺失"];
    if (sum31 !== undefined) parts.push(`31个省份地区生产总值合计${wanYi(sum31, lang)}`);
    const names = facts.denominator.missing.map((c) => facts.provinces.find((p) => p.code === c)?.name ?? c);
    const shares = facts.denominator.value === undefined ? `因缺少${names.join("、")}的地区生产总值，本节无法计算占比。` : `本节占比均以${denominatorName(facts, lang)}为分母。`;
    return `${facts.year}年，${parts.join("，")}。${shares}`;
  }
  const parts = [national !== undefined ? `national GDP was ${wanYi(national, lang)}` : "national GDP is missing"];
  if (sum31 !== undefined) parts.push(`the 31 provinces together produced ${wanYi(sum31, lang)}`);
  const names = facts.denominator.missing.map((c) => facts.provinces.find((p) => p.code === c)?.nameEn ?? c);
  const shares = facts.denominator.value === undefined ? `Shares cannot be computed: GDP is missing for ${list(names, lang)}.` : `Shares in this section are shares of ${denominatorName(facts, lang)}.`;
  return `In ${facts.year}, ${parts.join(" and ")}. ${shares}`;
}
