import { fastestStrategies, shareTrend, type IndustryStructure, type StrategiesFacts, type StrategyFact } from "../analysis/strategies.js";
import { fixed, list, pct, points, yi, type Lang } from "./format.js";

/**
 * Sentences of the section "区域重大战略" from computed facts. Every number comes from `facts`;
 * judgements (fastest strategy region, share rising or falling) follow the rules in
 * analysis/strategies.ts. Missing values are said to be missing.
 */

export function strategyName(s: { name: string; nameEn: string }, lang: Lang): string {
  return lang === "zh" ? s.name : s.nameEn;
}

/** "1.2:35.0:63.8" — the structure as printed in NBS text. */
export function structureRatio(st: IndustryStructure): string {
  return st.shares.map((x) => fixed(x, 1)).join(":");
}

/** 元/人 with no decimals: "123456元" / "123,456 yuan". */
export function yuanPerPerson(x: number | undefined, lang: Lang): string {
  if (x === undefined) return "—";
  const v = fixed(x, 0);
  return lang === "zh" ? `${v}元` : `${v.replace(/\B(?=(\d{3})+(?!\d))/g, ",")} yuan`;
}

/** One sentence per strategy region: GDP, share, growth, per-capita GDP, structure change. */
export function strategySentence(facts: StrategiesFacts, s: StrategyFact, lang: Lang): string {
  const zh = lang === "zh";
  const name = strategyName(s, lang);
  const y = facts.year;
  if (s.gdp.value === undefined) {
    return zh ? `${y}年${name}地区生产总值数据不全，无法合计。` : `GDP of ${name} in ${y} cannot be summed: data are incomplete.`;
  }
  const parts: string[] = [];
  parts.push(zh ? `${y}年，${name}地区生产总值${yi(s.gdp.value, lang)}` : `In ${y}, GDP of ${name} was ${yi(s.gdp.value, lang)}`);
  if (s.shareDisplay !== undefined) {
    const since =
      s.shareFirst && s.shareChange !== undefined
        ? zh
          ? `，比${s.shareFirst.year}年${points(s.shareChange, lang, "share", 2)}`
          : ` (${points(s.shareChange, lang, "share", 2)} since ${s.shareFirst.year})`
        : "";
    parts.push(zh ? `占31个省份合计的${fixed(s.shareDisplay, 2)}%${since}` : `${fixed(s.shareDisplay, 2)}% of the sum of the 31 provinces${since}`);
  }
  parts.push(
    s.realGrowth.value === undefined
      ? zh
        ? "实际增速数据缺失"
        : "real growth is missing"
      : zh
        ? `按不变价格计算比上年增长${pct(s.realGrowth.value)}`
        : `real growth was ${pct(s.realGrowth.value)}`,
  );
  if (s.perCapitaGdp.value !== undefined) parts.push(zh ? `人均地区生产总值${yuanPerPerson(s.perCapitaGdp.value, lang)}` : `GDP per capita was ${yuanPerPerson(s.perCapitaGdp.value, lang)}`);
  if (s.structureLast) {
    parts.push(
      s.structureFirst
        ? zh
          ? `三次产业结构由${s.structureFirst.year}年的${structureRatio(s.structureFirst)}调整至${structureRatio(s.structureLast)}`
          : `its three-industry structure moved from ${structureRatio(s.structureFirst)} in ${s.structureFirst.year} to ${structureRatio(s.structureLast)}`
        : zh
          ? `三次产业结构为${structureRatio(s.structureLast)}`
          : `its three-industry structure was ${structureRatio(s.structureLast)}`,
    );
  }
  return zh ? `${parts.join("，")}。` : `${parts.join("; ")}.`;
}

/** Opening judgement: the fastest-growing strategy region(s) and which shares rose or fell since the first trend year. */
export function strategiesOverview(facts: StrategiesFacts, lang: Lang): string {
  const zh = lang === "zh";
  const out: string[] = [];
  const fastest = fastestStrategies(facts);
  if (fastest.length > 0) {
    const names = list(fastest.map((s) => strategyName(s, lang)), lang);
    out.push(
      zh
        ? `${facts.year}年，在四大区域重大战略覆盖的省份中，${names}经济增速${fastest.length > 1 ? "并列" : ""}最快（${pct(fastest[0]!.realGrowth.value)}）。`
        : `In ${facts.year}, of the four major regional strategies at province level, ${names} grew fastest (${pct(fastest[0]!.realGrowth.value)}).`,
    );
  } else {
    out.push(zh ? `${facts.year}年部分区域重大战略地区的实际增速数据缺失，无法比较增速快慢。` : `Real growth is missing for some strategy regions in ${facts.year}, so their growth cannot be compared.`);
  }
  const rose = facts.strategies.filter((s) => shareTrend(s) === "rose");
  const fell = facts.strategies.filter((s) => shareTrend(s) === "fell");
  const firstYear = facts.strategies.find((s) => s.shareFirst)?.shareFirst?.year;
  if (firstYear !== undefined && rose.length + fell.length > 0) {
    const names = (ss: StrategyFact[]) => list(ss.map((s) => strategyName(s, lang)), lang);
    const clauses: string[] = [];
    if (rose.length) clauses.push(zh ? `${names(rose)}占31个省份合计的比重上升` : `the shares of ${names(rose)} in the 31-province sum rose`);
    if (fell.length) clauses.push(zh ? `${names(fell)}的比重下降` : `those of ${names(fell)} fell`);
    out.push(zh ? `与${firstYear}年相比，${clauses.join("，")}。` : `Compared with ${firstYear}, ${clauses.join(" and ")}.`);
  }
  return out.join(zh ? "" : " ");
}

/** City-level strategies (粤港澳大湾区): named, with the reason they are not computed. */
export function cityLevelSentence(facts: StrategiesFacts, lang: Lang): string {
  if (facts.cityLevel.length === 0) return "";
  const names = list(facts.cityLevel.map((c) => strategyName(c, lang)), lang);
  return lang === "zh"
    ? `${names}的成员为地级市及香港、澳门（${facts.cityLevel.map((c) => c.members.join("、")).join("；")}），需要城市数据，现有分省数据无法计算，本节未列入。`
    : `${names} consists of cities plus Hong Kong and Macao; it needs city-level data, which the provincial data do not provide, so it is not computed here.`;
}
