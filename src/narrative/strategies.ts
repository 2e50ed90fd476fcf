import { fastestStrategies, shareTrend, type IndustryStructure, type StrategiesFacts, type StrategyFact } from "../analysis/strategies.js";
import { capitalise, fixed, growthWords, list, pct, points, yearRange, yi, type Lang } from "../messages/format.js";

/**
 * Sentences of the section "区域重大战略" from computed facts. Every number comes from `facts`;
 * judgements (fastest strategy region, share rising or falling) follow the rules in
 * analysis/strategies.ts. Missing values are said to be missing.
 */

/** The strategy's name as a label (table rows, chart legends): "长三角" / "Yangtze River Delta". */
export function strategyName(s: { name: string; nameEn: string }, lang: Lang): string {
  return lang === "zh" ? s.name : s.nameEn;
}

/** English names ending in a common noun take the article in running text ("the Yellow River Basin"). */
const NEEDS_ARTICLE = /\b(Delta|Belt|Basin|Area|Region|Zone|Corridor|Bay)$/;

/**
 * The strategy's name inside a sentence: zh as is; en with "the" where English uses one
 * ("the Yangtze River Delta", "the Yellow River Basin", but "Beijing-Tianjin-Hebei").
 */
export function strategyNameInText(s: { name: string; nameEn: string }, lang: Lang): string {
  if (lang === "zh") return s.name;
  return NEEDS_ARTICLE.test(s.nameEn) ? `the ${s.nameEn}` : s.nameEn;
}

const namesInText = (ss: readonly { name: string; nameEn: string }[], lang: Lang) => list(ss.map((s) => strategyNameInText(s, lang)), lang);

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
  const name = strategyNameInText(s, lang);
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
        ? `按不变价格计算比上年${growthWords(s.realGrowth.value, lang)}`
        : `real GDP was ${growthWords(s.realGrowth.value, lang)} on the previous year`,
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
    const names = namesInText(fastest, lang);
    out.push(
      zh
        ? `${facts.year}年，在四大区域重大战略覆盖的省份中，${names}经济增速${fastest.length > 1 ? "并列" : ""}最快（${pct(fastest[0]!.realGrowth.value)}）。`
        : `In ${facts.year}, of the four major regional strategies at province level, ${names} grew fastest (${pct(fastest[0]!.realGrowth.value)}).`,
    );
  } else {
    const all = facts.strategies.every((s) => s.realGrowth.value === undefined);
    out.push(
      all
        ? zh
          ? `${facts.year}年各区域重大战略地区的实际增速均无法计算（原因见表注），无法比较增速快慢。`
          : `Real growth cannot be computed for any strategy region in ${facts.year} (the table notes say why), so their growth cannot be compared.`
        : zh
          ? `${facts.year}年部分区域重大战略地区的实际增速数据缺失，无法比较增速快慢。`
          : `Real growth is missing for some strategy regions in ${facts.year}, so their growth cannot be compared.`,
    );
  }
  const rose = facts.strategies.filter((s) => shareTrend(s) === "rose");
  const fell = facts.strategies.filter((s) => shareTrend(s) === "fell");
  const firstYear = facts.strategies.find((s) => s.shareFirst)?.shareFirst?.year;
  if (firstYear !== undefined && rose.length + fell.length > 0) {
    const names = (ss: StrategyFact[]) => namesInText(ss, lang);
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
  const names = namesInText(facts.cityLevel, lang);
  const one = facts.cityLevel.length === 1;
  return lang === "zh"
    ? `${names}的成员为地级市及香港、澳门（${facts.cityLevel.map((c) => c.members.join("、")).join("；")}），需要城市数据，现有分省数据无法计算，本节未列入。`
    : `${capitalise(names)} ${one ? "consists" : "consist"} of cities plus Hong Kong and Macao; ${one ? "it needs" : "they need"} city-level data, which the provincial data do not provide, so ${one ? "it is" : "they are"} not computed here.`;
}

/**
 * Constant-composition note, from the membership data: every year of the trend uses the members
 * valid in the report year; members that joined after the first trend year are named with the year
 * they joined (a strategy whose members all joined then is said to date from that year); "" when the
 * trend is the report year alone. E.g.
 * zh "注：为保持口径一致，2014~2024年各年均按2024年的成员范围计算：长三角含安徽（2019年起正式纳入），
 * 黄河流域含全部9个省份（该战略2019年提出）。…"
 */
export function compositionNote(facts: StrategiesFacts, lang: Lang): string {
  const zh = lang === "zh";
  const clauses = facts.strategies.flatMap((s) => {
    const byYear = new Map<number, { name: string; nameEn: string }[]>();
    for (const m of s.lateMembers) byYear.set(m.validFrom, [...(byYear.get(m.validFrom) ?? []), m]);
    const name = strategyNameInText(s, lang);
    return [...byYear].map(([from, members]) => {
      const all = members.length === s.members.length;
      const who = list(members.map((m) => (zh ? m.name : m.nameEn)), lang);
      if (zh) return all ? `${name}含全部${members.length}个省份（该战略${from}年提出）` : `${name}含${who}（${from}年起正式纳入）`;
      return all ? `${name} includes all ${members.length} of its provinces (strategy launched in ${from})` : `${name} includes ${who} (formally a member from ${from})`;
    });
  });
  const y = facts.year;
  const t0 = facts.trendYears[0] ?? y;
  if (t0 >= y) return ""; // one year only: nothing to keep constant
  if (zh) {
    return `注：为保持口径一致，${yearRange(t0, y, "zh")}各年均按${y}年的成员范围计算${clauses.length ? `：${clauses.join("，")}` : ""}。黄河流域、长江经济带等均按所辖省级行政区整体计算，而非按流域范围内的市县。`;
  }
  return `Note: to keep the coverage constant, every year of ${yearRange(t0, y, "en")} uses the ${y} membership${clauses.length ? `: ${list(clauses, lang)}` : ""}. Strategy regions are counted as whole provinces, not the prefectures within a river basin.`;
}

/**
 * Note replacing the section when no strategy has province members in the report year: the
 * strategies were set up later, with the first year of each from the membership data, e.g.
 * zh "（区域重大战略从略：2006年尚未设立区域重大战略。按成员数据，长三角自2010年起设立，京津冀和长江经济带自2014年起设立，…）"
 */
export function notYetSetUpNote(facts: StrategiesFacts, lang: Lang): string {
  const zh = lang === "zh";
  const y = facts.year;
  const later = facts.starts.filter((s) => s.startYear !== undefined && s.startYear > y);
  const years = [...new Set(later.map((s) => s.startYear!))].sort((a, b) => a - b);
  if (years.length === 0) {
    return zh ? `（区域重大战略从略：${y}年没有以省份为成员的区域重大战略地区。）` : `(Major regional strategies omitted: no strategy region had provincial members in ${y}.)`;
  }
  const parts = years.map((from, i) => {
    const group = later.filter((s) => s.startYear === from);
    const names = namesInText(group, lang);
    if (zh) return `${names}自${from}年起设立`;
    return i === 0 ? `${names} ${group.length > 1 ? "date" : "dates"} from ${from}` : `${names} from ${from}`;
  });
  return zh
    ? `（区域重大战略从略：${y}年尚未设立区域重大战略。按成员数据，${parts.join("，")}。）`
    : `(Major regional strategies omitted: none had been set up by ${y}. According to the membership data, ${list(parts, lang)}.)`;
}
