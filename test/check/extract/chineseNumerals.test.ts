import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseChineseNumeral } from "../../../src/check/extract/chineseNumerals.js";

test("known numerals: positional units, 两, 零, sections of 万 and 亿, decimals", () => {
  assert.deepEqual(parseChineseNumeral("十四"), { value: 14, decimals: 0 });
  assert.deepEqual(parseChineseNumeral("一百零五"), { value: 105, decimals: 0 });
  assert.deepEqual(parseChineseNumeral("两千"), { value: 2000, decimals: 0 });
  assert.deepEqual(parseChineseNumeral("三千五百万"), { value: 35_000_000, decimals: 0 });
  assert.deepEqual(parseChineseNumeral("十四万亿"), { value: 1.4e13, decimals: 0 });
  assert.deepEqual(parseChineseNumeral("三亿五千万"), { value: 350_000_000, decimals: 0 });
  assert.deepEqual(parseChineseNumeral("五点二"), { value: 5.2, decimals: 1 });
  assert.deepEqual(parseChineseNumeral("一百三十四点九"), { value: 134.9, decimals: 1 });
  assert.deepEqual(parseChineseNumeral("二〇二四"), { value: 2024, decimals: 0 });
});

test("malformed numerals are refused", () => {
  assert.equal(parseChineseNumeral(""), undefined);
  assert.equal(parseChineseNumeral("点五"), undefined);
  assert.equal(parseChineseNumeral("五点"), undefined);
  assert.equal(parseChineseNumeral("五点二点三"), undefined);
  assert.equal(parseChineseNumeral("万"), undefined);
});

/** Write n (< 10^8) in Chinese numerals the way prose does (十四, 一百零五, 三万二千零四十六). */
function chinese(n: number): string {
  const digits = "零一二三四五六七八九";
  const section = (x: number): string => {
    let s = "";
    let zero = false;
    for (const [unit, name] of [[1000, "千"], [100, "百"], [10, "十"], [1, ""]] as const) {
      const d = Math.floor(x / unit) % 10;
      if (d === 0) {
        if (s !== "") zero = true;
        continue;
      }
      if (zero) s += "零";
      zero = false;
      s += digits[d] + name;
    }
    return s;
  };
  if (n === 0) return "零";
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let s = high > 0 ? `${section(high)}万` : "";
  if (low > 0) s += (high > 0 && low < 1000 ? "零" : "") + section(low);
  return s.startsWith("一十") ? s.slice(1) : s;
}

test("property: every integer below 10^8 written in Chinese numerals reads back as itself", () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => parseChineseNumeral(chinese(n))?.value === n));
});
