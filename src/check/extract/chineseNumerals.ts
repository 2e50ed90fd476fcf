import { CHINESE_DIGITS, CHINESE_LARGE_UNITS, CHINESE_POINT, CHINESE_SMALL_UNITS } from "../../messages/checkWords.js";

/** Characters a Chinese numeral is made of (digits, 十百千万亿, 点). */
export const CHINESE_NUMERAL_CHARS = new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(CHINESE_SMALL_UNITS), ...Object.keys(CHINESE_LARGE_UNITS), CHINESE_POINT]);

/**
 * The value of a Chinese numeral and its printed decimals: 十四 → 14, 一百零五 → 105, 两千 → 2000,
 * 十四万亿 → 1.4e13, 五点二 → 5.2 (1 decimal), 二〇二四 → 2024 (digit by digit). Undefined when the
 * string is not a well-formed numeral (e.g. 点 without digits after it).
 * Reference: the positional system with 十/百/千 inside sections of 万 and 亿 (e.g. 三千五百万 = 3500 × 10⁴).
 */
export function parseChineseNumeral(s: string): { value: number; decimals: number } | undefined {
  if (s === "") return undefined;
  const [intPart, fracPart, ...more] = s.split(CHINESE_POINT);
  if (more.length > 0) return undefined;
  let decimals = 0;
  let frac = 0;
  if (fracPart !== undefined) {
    if (fracPart === "" || [...fracPart].some((c) => CHINESE_DIGITS[c] === undefined)) return undefined;
    decimals = fracPart.length;
    frac = Number(`0.${[...fracPart].map((c) => CHINESE_DIGITS[c]).join("")}`);
  }
  const int = intPart === "" ? undefined : parseInteger(intPart!);
  if (int === undefined) return undefined;
  return { value: int + frac, decimals };
}

function parseInteger(s: string): number | undefined {
  const chars = [...s];
  // digit by digit (二〇二四): only digits, more than one
  if (chars.length > 1 && chars.every((c) => CHINESE_DIGITS[c] !== undefined)) return Number(chars.map((c) => CHINESE_DIGITS[c]).join(""));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row without a unit
      digit = d;
      continue;
    }
    const small = CHINESE_SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? (small === 10 ? 1 : NaN)) * small;
      if (Number.isNaN(section)) return undefined;
      digit = undefined;
      continue;
    }
    const large = CHINESE_LARGE_UNITS[c];
    if (large === undefined) return undefined;
    section += digit ?? 0;
    if (section === 0 && total === 0) return undefined;
    // 万亿: 亿 multiplies what came before, including a 万 section
    total = large > 1e4 && total > 0 && total < large ? (total + section) * large : total + section * large;
    section = 0;
    digit = undefined;
  }
  return total + section + (digit ?? 0);
}
