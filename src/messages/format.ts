import { roundHalfUp } from "../stats/rounding.js";

/**
 * Number formatting in NBS style, in one place (Chinese and English). All functions take values in
 * the unit named and never print missing data as 0: pass `undefined` and get the missing marker.
 */
import type { Lang, Text } from "../types/text.js";
export type { Lang };

/** Marker for a missing value: "—" in tables. */
export const MISSING = "—";

/** Fixed decimals with trailing zeros kept (5 → "5.0"), half away from zero. */
export function fixed(x: number, decimals: number): string {
  return roundHalfUp(x, decimals).toFixed(decimals);
}

/**
 * An amount held in 亿元 for prose, at the precision NBS prose uses: zh whole 亿元 ("700858亿元"; tables
 * keep 0.1 亿元 with `yiCell`), en billion yuan to 0.1 ("70,085.8 billion yuan", the same precision,
 * 1 亿元 = 0.1 billion yuan). `decimals` overrides the Chinese precision.
 */
export function yi(x: number | undefined, lang: Lang, decimals = 0): string {
  if (x === undefined) return MISSING;
  return lang === "zh" ? `${fixed(x, decimals)}亿元` : `${yiNumber(x, "en")} billion yuan`;
}

/** The number of `yi` without its unit, for lists that name the unit once ("70,085.8, 28,651.4 … billion yuan"). */
export function yiNumber(x: number, lang: Lang): string {
  return lang === "zh" ? fixed(x, 0) : groupThousands(fixed(x / 10, 1));
}

/**
 * A large amount held in 亿元, for prose: zh 万亿元 with `decimals` (115049.6 → "11.50万亿元"; national GDP
 * 1349083.5 with 1 → "134.9万亿元"), en billion yuan without decimals ("11,505 billion yuan",
 * "134,908 billion yuan"): English uses one unit, the billion yuan of its tables, in prose too, so a
 * paragraph never mixes billion and trillion. Missing → "—".
 */
export function trillionsInText(x: number | undefined, lang: Lang, decimals = 2): string {
  if (x === undefined) return MISSING;
  return lang === "zh" ? `${fixed(x / 10000, decimals)}万亿元` : `${grouped(x / 10, 0, "en")} billion yuan`;
}

/**
 * A threshold of whole 万亿元 held in 亿元 (a milestone or size band: 130000 → zh "13万亿元"; en in
 * billion yuan, the English unit, "13,000 billion yuan"). `unit: false` gives the number alone, for
 * lists that name the unit once.
 */
export function thresholdInText(yiYuan: number, lang: Lang, unit = true): string {
  const n = lang === "zh" ? String(yiYuan / 10000) : grouped(yiYuan / 10, 0, "en");
  return unit ? `${n}${lang === "zh" ? "万亿元" : " billion yuan"}` : n;
}

/** Plain number with fixed decimals for tables (no unit); missing → "—". */
export function num(x: number | undefined, decimals: number): string {
  return x === undefined ? MISSING : fixed(x, decimals);
}

/** Percentage with fixed decimals: "5.0%". */
export function pct(x: number | undefined, decimals = 1): string {
  return x === undefined ? MISSING : `${fixed(x, decimals)}%`;
}

/**
 * A change in percentage points with its direction word, for "比上年…":
 * zh: "提高0.2个百分点" / "回落0.4个百分点" / "持平"; en: "up 0.2 percentage points" / "down 0.4 …" / "unchanged".
 * `words` chooses the zh verbs (rates: 提高/回落; shares: 上升/下降).
 */
export function points(diff: number | undefined, lang: Lang, words: "rate" | "share" = "rate", decimals = 1): string {
  if (diff === undefined) return MISSING;
  const d = roundHalfUp(diff, decimals);
  if (d === 0) return lang === "zh" ? "持平" : "unchanged";
  const abs = fixed(Math.abs(d), decimals);
  if (lang === "en") return `${d > 0 ? "up" : "down"} ${abs} percentage points`;
  const [upWord, downWord] = words === "rate" ? ["提高", "回落"] : ["上升", "下降"];
  return `${d > 0 ? upWord : downWord}${abs}个百分点`;
}

/** Signed points for tables: "+0.2" / "-0.4" / "0.0". */
export function signedPoints(diff: number | undefined, decimals = 1): string {
  if (diff === undefined) return MISSING;
  const d = roundHalfUp(diff, decimals);
  return d > 0 ? `+${fixed(d, decimals)}` : fixed(d, decimals);
}

/** Rank: "第3位" / "并列第3位"; en "3rd" / "joint 3rd". */
export function rank(r: number | undefined, tied: boolean, lang: Lang): string {
  if (r === undefined) return MISSING;
  if (lang === "zh") return `${tied ? "并列" : ""}第${r}位`;
  return `${tied ? "joint " : ""}${ordinal(r)}`;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** Join a list: zh "甲、乙和丙"; en "A, B and C". */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const sep = lang === "zh" ? "、" : ", ";
  const and = lang === "zh" ? "和" : " and ";
  return `${items.slice(0, -1).join(sep)}${and}${items[items.length - 1]}`;
}

function groupThousands(s: string): string {
  const [int, frac] = s.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * A span of years in the report's convention: zh "2014~2019年" (tilde, as the reference report's
 * "2013~2019年"), en "2014–2019" (en dash). A one-year span is the year alone ("2019年" / "2019").
 */
export function yearRange(a: number, b: number, lang: Lang): string {
  const span = a === b ? `${a}` : `${a}${lang === "zh" ? "~" : "–"}${b}`;
  return lang === "zh" ? `${span}年` : span;
}

/**
 * A number with `digits` significant digits in plain decimal notation, never exponent notation
 * (-6.759e-4 → "-0.0006759" with 4 digits; 1234.5 → "1235"). At most 10 decimals (smaller
 * magnitudes print as "0.0000000000"); missing → "—".
 */
export function significant(x: number | undefined, digits: number): string {
  if (x === undefined) return MISSING;
  if (x === 0) return "0";
  const exponent = Math.floor(Math.log10(Math.abs(x)));
  return fixed(x, Math.min(10, Math.max(0, digits - 1 - exponent)));
}

/**
 * A trend slope per year in words, for prose: zh "每年下降0.0007" / "每年上升0.0012" / "基本持平";
 * en "down 0.0007 a year" / "up 0.0012 a year" / "flat". `decimals` fixed decimals; a slope that
 * rounds to zero but is not zero gets two significant digits instead (never exponent notation).
 */
export function perYear(slope: number | undefined, lang: Lang, decimals = 4): string {
  if (slope === undefined) return MISSING;
  if (slope === 0) return lang === "zh" ? "基本持平" : "flat";
  const shown = roundHalfUp(Math.abs(slope), decimals) === 0 ? significant(Math.abs(slope), 2) : fixed(Math.abs(slope), decimals);
  if (lang === "zh") return `每年${slope < 0 ? "下降" : "上升"}${shown}`;
  return `${slope < 0 ? "down" : "up"} ${shown} a year`;
}

/**
 * A growth rate (%) as a change in words, for prose: zh "增长5.2%" / "下降4.5%" / "持平";
 * en "up 5.2%" / "down 4.5%" / "unchanged" (compared as displayed, `decimals` places). Tables keep
 * the signed number ("-4.5").
 */
export function growthWords(rate: number | undefined, lang: Lang, decimals = 1): string {
  if (rate === undefined) return MISSING;
  const r = roundHalfUp(rate, decimals);
  if (r === 0) return lang === "zh" ? "持平" : "unchanged";
  const abs = pct(Math.abs(r), decimals);
  if (lang === "zh") return `${r > 0 ? "增长" : "下降"}${abs}`;
  return `${r > 0 ? "up" : "down"} ${abs}`;
}

/** Unit of amounts held in 亿元, for table headers and chart axes: zh "亿元", en "billion yuan" (values through `yiShown`). */
export function yiUnit(lang: Lang): string {
  return lang === "zh" ? "亿元" : "billion yuan";
}

/** First letter upper-cased, for a name that opens an English sentence ("the Yellow River Basin" → "The …"). */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** Join texts as a list in each language: zh "甲、乙和丙", en "A, B and C" (see `list`). */
export function listText(items: readonly Text[]): Text {
  return { zh: list(items.map((t) => t.zh), "zh"), en: list(items.map((t) => t.en), "en") };
}

/**
 * A number with thousands separators in English ("123,456.7") and without in Chinese ("123456.7"), as
 * each language prints figures; `decimals` fixed, half-up; missing → "—".
 */
export function grouped(x: number | undefined, decimals: number, lang: Lang): string {
  if (x === undefined) return MISSING;
  return lang === "zh" ? fixed(x, decimals) : groupThousands(fixed(x, decimals));
}

/** Whole 元 for prose: zh "52433元", en "52,433 yuan"; missing → "—". */
export function yuan(x: number | undefined, lang: Lang): string {
  if (x === undefined) return MISSING;
  return lang === "zh" ? `${fixed(x, 0)}元` : `${grouped(x, 0, "en")} yuan`;
}

/**
 * An amount held in 亿元, in the unit each language uses in tables and charts: zh 亿元 as is, en billion
 * yuan (÷ 10), one unit convention with the English prose (`yi`). Pair with `yiUnit`; `yiCell` formats it.
 */
export function yiShown(x: number | undefined, lang: Lang): number | undefined {
  // Read at 15 significant digits, so 115049.6 → 11504.96 (not 11504.960000000001).
  return x === undefined || lang === "zh" ? x : Number((x / 10).toPrecision(15));
}

/** A table cell for an amount in 亿元: zh "115049.6" (0.1 亿元), en "11,504.96" (billion yuan, same precision); missing → "—". */
export function yiCell(x: number | undefined, lang: Lang): string {
  return grouped(yiShown(x, lang), lang === "zh" ? 1 : 2, lang);
}

/**
 * An amount held in 千美元 (NBS trade tables), for prose: zh 亿美元 without decimals ("49088亿美元"), en
 * billion US dollars with one decimal ("US$490.9 billion"); missing → "—".
 */
export function usdInText(thousandUsd: number | undefined, lang: Lang): string {
  if (thousandUsd === undefined) return MISSING;
  return lang === "zh" ? `${fixed(thousandUsd / 1e5, 0)}亿美元` : `US$${grouped(thousandUsd / 1e6, 1, "en")} billion`;
}

/** A table cell for an amount held in 千美元: zh 亿美元 without decimals, en billion US dollars with one decimal (`usdUnit`). */
export function usdCell(thousandUsd: number | undefined, lang: Lang): string {
  if (thousandUsd === undefined) return MISSING;
  return lang === "zh" ? fixed(thousandUsd / 1e5, 0) : grouped(thousandUsd / 1e6, 1, "en");
}

/** Unit of `usdCell`: zh "亿美元", en "US$ billion". */
export function usdUnit(lang: Lang): string {
  return lang === "zh" ? "亿美元" : "US$ billion";
}

/**
 * Years as spans, consecutive years merged (see `yearRange`): zh "2014~2019年、2021年", en
 * "2014–2019, 2021"; "" when none. Input ascending.
 */
export function yearSpans(years: readonly number[], lang: Lang): string {
  if (years.length === 0) return "";
  const parts: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(yearRange(start, prev, lang));
    start = prev = y;
  }
  return parts.join(lang === "zh" ? "、" : ", ");
}

/**
 * Units and counters printed right after a number in Chinese text ("1.2万亿元", "5.1个百分点", "31个",
 * "2024年"): typesetting keeps each on its number's line (report/layout/noBreak.ts). Longest first, so
 * "万亿元" is found before "元".
 */
export const UNITS_AFTER_NUMBERS: readonly string[] = ["个百分点", "万亿元", "亿美元", "亿元", "万元", "美元", "万人", "元/人", "元", "倍", "年", "个", "位"];
