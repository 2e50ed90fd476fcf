import {
  BAND_WORDS,
  CHINESE_POINT,
  COUNT_END,
  COUNT_UNIT,
  LABEL_BEFORE,
  MONTH_AFTER,
  NOT_BAND_FOLLOWERS,
  NOT_TOP_BEFORE,
  OPERAND_BEFORE,
  RANGE_AFTER,
  RANGE_BETWEEN,
  RANGE_WORD,
  RANGE_BETWEEN_WORDED,
  RANK_LEAD,
  RANK_SUFFIXES,
  RANK_SUFFIX_AFTER,
  TIME_UNITS,
  TOP_WORD,
  TRAILING_LARGE_UNITS,
  URL,
  YEAR_SPAN,
  YEAR_SUFFIX,
  APPROX_AFTER,
  APPROX_BEFORE,
  COUNT_HAS,
  HALF,
  NOT_NUMERALS,
  OTHER_UNITS,
  PERCENT_PREFIX,
  PROVINCE_NOUNS,
  RANK_PREFIX,
  RANK_RANGE_AFTER,
  SHARED_UNIT_GAP,
  UNITS,
} from "../../messages/checkWords.js";
import type { NumberToken } from "../types.js";
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./chineseNumerals.js";

/** Runs of Chinese numeral characters, not starting with 点. */
const CHINESE_RUN = new RegExp(`[${[...CHINESE_NUMERAL_CHARS].filter((c) => c !== CHINESE_POINT).join("")}][${[...CHINESE_NUMERAL_CHARS].join("")}]*`, "g");

/** A year named in the text: "2024年", "2024 年", a span "2014~2024年" (`from` 2014). */
export interface YearMention {
  start: number;
  end: number;
  year: number;
  from?: number;
}

/** A rank "第3位", "第五", "首位"; `top` for "前十" (top N); `to` ends a range of ranks ("第1至4位"). */
export interface RankMention {
  start: number;
  end: number;
  rank: number;
  to?: number;
  top: boolean;
  raw: string;
  decimals: 0;
  chinese: boolean;
}

/** Everything numeric in a piece of text, with offsets into the whole document. */
export interface NumericMentions {
  numbers: NumberToken[];
  years: YearMention[];
  ranks: RankMention[];
}

const ARABIC = /[-−+]?\d+(?:,\d{3})*(?:\.\d+)?/g;
const SORTED_UNITS = [...UNITS].sort((a, b) => b.unit.length - a.unit.length);
const SORTED_OTHER = [...OTHER_UNITS, ...TIME_UNITS].sort((a, b) => b.length - a.length);
const SORTED_PROVINCE_NOUNS = [...PROVINCE_NOUNS].sort((a, b) => b.length - a.length);
const SORTED_APPROX_BEFORE = [...APPROX_BEFORE].sort((a, b) => b.word.length - a.word.length);
const SORTED_APPROX_AFTER = [...APPROX_AFTER].sort((a, b) => b.word.length - a.word.length);

/**
 * Find the numbers, years and ranks of `text` (a sentence, paragraph or document starting at offset
 * `offset` of the plain text). Numbers carry their unit (the longest unit word after them, spaces
 * allowed: "134.9 万亿元"), printed decimals, approximate words before ("约", "近", "超过" …) or after
 * ("左右", "多", "以上"), and whether they were written in Chinese numerals (百分之五点二, 十四万亿,
 * 两千亿元). Counts of provinces ("7个省份", "有6个") get the unit class "count". Years, figure and
 * table labels (图1), footnote marks, month spans (1~7月) and digits inside URLs or names (PM2.5) are
 * not numbers.
 */
export function scanNumbers(text: string, offset = 0): NumericMentions {
  const masked = text.replace(URL, (u) => " ".repeat(u.length));
  const years: YearMention[] = [];
  const taken = new Set<number>();
  for (const mt of masked.matchAll(YEAR_SPAN)) {
    const start = mt.index!;
    const end = start + mt[0].length;
    const year = Number(mt[2] ?? mt[3]);
    years.push({ start: offset + start, end: offset + end, year, ...(mt[1] ? { from: Number(mt[1]) } : {}) });
    for (let i = start; i < end; i++) taken.add(i);
  }
  const numbers: NumberToken[] = [];
  const ranks: RankMention[] = [];
  for (const mt of masked.matchAll(ARABIC)) {
    const start = mt.index!;
    if (taken.has(start)) continue;
    const raw = mt[0];
    if (LABEL_BEFORE.test(masked.slice(Math.max(0, start - 3), start)) && !/[-−+]/.test(raw[0]!)) continue;
    if (/\d/.test(masked[start - 1] ?? "") || /^[.\d]/.test(masked[start + raw.length] ?? "x")) continue;
    if (/[-−+]/.test(raw[0]!) && OPERAND_BEFORE.test(masked.slice(0, start))) continue;
    const value = Number(raw.replace(/,/g, "").replace("−", "-").replace("+", ""));
    const decimals = raw.includes(".") ? raw.split(".")[1]!.length : 0;
    const lead = RANK_LEAD.exec(masked.slice(Math.max(0, start - 3), start));
    if (lead) {
      const top = lead[1] === TOP_WORD;
      const range = top ? null : RANK_RANGE_AFTER.exec(masked.slice(start + raw.length));
      const after = RANK_SUFFIX_AFTER.exec(masked.slice(start + raw.length));
      const end = start + raw.length + (range ? range[0].length : top || !after ? 0 : after[0].length);
      if (range) taken.add(start + raw.length + range[0].indexOf(range[1]!));
      ranks.push({ start: offset + start - lead[0].length, end: offset + end, rank: value, ...(range ? { to: Number(range[1]) } : {}), top, raw, decimals: 0, chinese: false });
      continue;
    }
    if (MONTH_AFTER.test(masked.slice(start + raw.length, start + raw.length + 8))) continue;
    const percentPrefix = masked.slice(Math.max(0, start - PERCENT_PREFIX.length), start) === PERCENT_PREFIX;
    const tok = withUnit(masked, start, start + raw.length, raw, value, decimals, false, offset, percentPrefix);
    if (tok) numbers.push(tok);
  }
  scanChinese(masked, offset, numbers, ranks);
  numbers.sort((a, b) => a.start - b.start);
  ranks.sort((a, b) => a.start - b.start);
  return { numbers: shareListUnits(joinRanges(numbers, masked, offset), masked, offset), years, ranks };
}

/**
 * Two figures joined by a dash or tilde ("5万亿~10万亿元", "5%~6%"; 至 when 之间 follows) become one range
 * token: value and `upper` in the second figure's unit, approx "between". The first figure may carry its
 * own unit prefix ("5000亿~1万亿元": 5000 亿元 = 0.5 万亿元).
 */
function joinRanges(numbers: NumberToken[], text: string, offset: number): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i]!;
    const b = numbers[i + 1];
    const between = b ? text.slice(a.end - offset, b.start - offset) : "";
    const worded = b !== undefined && RANGE_BETWEEN_WORDED.test(between) && RANGE_AFTER.test(text.slice(b.end - offset));
    if (!b || b.unit === "" || a.unitClass !== "plain" && a.unit !== b.unit || a.chinese || b.chinese || !(RANGE_BETWEEN.test(between) || worded)) {
      out.push(a);
      continue;
    }
    const prefix = (RANGE_BETWEEN.exec(between) ?? RANGE_BETWEEN_WORDED.exec(between))![1];
    const aUnit = prefix ? UNITS.find((u) => u.unit === prefix + b.unit.slice(-1) && u.baseUnit === b.baseUnit) : b;
    if (!aUnit) {
      out.push(a);
      continue;
    }
    out.push({ ...b, start: a.start, raw: text.slice(a.start - offset, b.end - offset), value: (a.value * aUnit.scale) / b.scale, upper: b.value, decimals: Math.max(a.decimals, b.decimals), approx: "between", approxWord: worded ? RANGE_WORD : between.slice(-1) });
    i++;
  }
  return out;
}

/** A plain figure of a list ("9.37、12.90和8.33个百分点") takes the unit of the figure after it. */
function shareListUnits(numbers: NumberToken[], text: string, offset: number): NumberToken[] {
  for (let i = numbers.length - 2; i >= 0; i--) {
    const a = numbers[i]!;
    const b = numbers[i + 1]!;
    if (a.unit !== "" || a.unitClass !== "plain" || a.chinese || b.unit === "" || b.unitClass === "count" || b.unitClass === "other") continue;
    if (!SHARED_UNIT_GAP.test(text.slice(a.end - offset, b.start - offset))) continue;
    numbers[i] = { ...a, unit: b.unit, unitClass: b.unitClass, scale: b.scale, baseUnit: b.baseUnit };
  }
  return numbers;
}

function rankSuffixLength(text: string, at: number): number {
  return RANK_SUFFIXES.includes(text[at] ?? "") ? 1 : 0;
}

/** Attach unit and approximate words to a number found at [start, end) of `text`. */
function withUnit(text: string, start: number, end: number, raw: string, value: number, decimals: number, chinese: boolean, offset: number, percentPrefix: boolean): NumberToken | undefined {
  let pos = end;
  let approx: NumberToken["approx"] = "exact";
  let approxWord: string | undefined;
  const before = text.slice(Math.max(0, (percentPrefix ? start - PERCENT_PREFIX.length : start) - 3), percentPrefix ? start - PERCENT_PREFIX.length : start).replace(/\s+$/, "");
  const b = SORTED_APPROX_BEFORE.find((a) => before.endsWith(a.word));
  if (b) {
    approx = b.approx;
    approxWord = b.word;
  }
  const skipSpaces = () => {
    while (text[pos] === " ") pos++;
  };
  skipSpaces();
  const afterWord = () => SORTED_APPROX_AFTER.find((a) => text.startsWith(a.word, pos));
  let a = afterWord();
  // 5000多亿元, 2000余家: 多 or 余 between number and unit
  if (a && BAND_WORDS.includes(a.word) && (SORTED_UNITS.some((u) => text.startsWith(u.unit, pos + a!.word.length)) || SORTED_OTHER.some((u) => text.startsWith(u, pos + a!.word.length)))) {
    approx = "over";
    approxWord = a.word;
    pos += a.word.length;
  }
  let unitWord = SORTED_UNITS.find((u) => text.startsWith(u.unit, pos));
  let unit = "";
  let unitClass: NumberToken["unitClass"] = "plain";
  let scale = 1;
  let baseUnit = "";
  if (percentPrefix) {
    unit = "%";
    unitClass = "percent";
    baseUnit = "%";
  } else if (unitWord) {
    unit = unitWord.unit;
    unitClass = unitWord.unitClass;
    scale = unitWord.scale;
    baseUnit = unitWord.baseUnit;
    pos += unit.length;
  } else {
    const count = countNoun(text, pos);
    if (count !== undefined || (text.slice(Math.max(0, start - 1), start) === COUNT_HAS && text[pos] === COUNT_UNIT && COUNT_END.test(text.slice(pos + 1, pos + 2)))) {
      unit = COUNT_UNIT;
      unitClass = "count";
      pos += count ?? 1;
    } else {
      const other = SORTED_OTHER.find((u) => text.startsWith(u, pos));
      if (other) {
        unit = other;
        unitClass = "other";
        pos += other.length;
      }
    }
  }
  const endOfUnit = pos;
  skipSpaces();
  a = afterWord();
  if (a && approx === "exact" && !(BAND_WORDS.includes(a.word) && NOT_BAND_FOLLOWERS.test(text[pos + 1] ?? ""))) {
    approx = a.approx;
    approxWord = a.word;
  }
  if (!chinese && raw.length === 0) return undefined;
  return {
    start: offset + (percentPrefix ? start - PERCENT_PREFIX.length : start),
    end: offset + (unit === "" ? end : endOfUnit),
    raw,
    value,
    decimals,
    unit,
    unitClass,
    scale,
    baseUnit,
    approx,
    ...(approxWord !== undefined ? { approxWord } : {}),
    chinese,
  };
}

/** Length of "个省份" / "个省（区、市）" at `pos`, or undefined. */
function countNoun(text: string, pos: number): number | undefined {
  if (text[pos] !== COUNT_UNIT) return undefined;
  const noun = SORTED_PROVINCE_NOUNS.find((n) => text.startsWith(n, pos + 1));
  return noun === undefined ? undefined : 1 + noun.length;
}

/** Chinese numerals: only where a unit, 第/前 or 百分之 makes them quantities. */
function scanChinese(text: string, offset: number, numbers: NumberToken[], ranks: RankMention[]): void {
  for (const mt of text.matchAll(CHINESE_RUN)) {
    const run = mt[0];
    const start = mt.index!;
    const j = start + run.length;
    if (NOT_NUMERALS.some((w) => coveredBy(text, start, j, w))) continue;
    if (text.startsWith(HALF, start)) continue;
    const prev = text[start - 1] ?? "";
    const percent = text.slice(Math.max(0, start - PERCENT_PREFIX.length), start) === PERCENT_PREFIX;
    if (prev === RANK_PREFIX || prev === TOP_WORD) {
      const n = parseChineseNumeral(run.replace(TRAILING_LARGE_UNITS, ""));
      if (n === undefined || n.decimals > 0) continue;
      if (prev === TOP_WORD && text[start - 2] !== undefined && NOT_TOP_BEFORE.test(text[start - 2]!)) continue;
      ranks.push({ start: offset + start - 1, end: offset + j + (prev === RANK_PREFIX ? rankSuffixLength(text, j) : 0), rank: n.value, top: prev === TOP_WORD, raw: run, decimals: 0, chinese: true });
      continue;
    }
    // the shortest numeral followed by a unit: 十四万亿元 → 十四 + 万亿元, 两万六千三百三十七亿元 → … + 亿元
    for (let k = percent ? run.length : 1; k <= run.length; k++) {
      const head = run.slice(0, k);
      const rest = text.slice(start + k);
      const unitFollows = percent || SORTED_UNITS.some((u) => rest.startsWith(u.unit)) || rest.startsWith(COUNT_UNIT) || SORTED_OTHER.some((u) => rest.startsWith(u) && u !== YEAR_SUFFIX);
      if (!unitFollows) continue;
      const n = parseChineseNumeral(head);
      if (n === undefined) continue;
      if (!percent && rest.startsWith(COUNT_UNIT) && countNoun(text, start + k) === undefined) break;
      const tok = withUnit(text, start, start + k, head, n.value, n.decimals, true, offset, percent);
      if (tok && (tok.unitClass !== "plain" || percent)) numbers.push(tok);
      break;
    }
  }
}

/** True when the word `w` occurs in `text` overlapping [start, end). */
function coveredBy(text: string, start: number, end: number, w: string): boolean {
  for (let s = Math.max(0, start - w.length + 1); s < end; s++) if (text.startsWith(w, s)) return true;
  return false;
}
