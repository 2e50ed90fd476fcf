import { test } from "node:test";
import assert from "node:assert/strict";
import { capitalise, fixed, grouped, growthWords, list, listText, ordinal, pct, perYear, points, rank, signedPoints, significant, thresholdInText, trillionsInText, yearRange, yearSpans, yi, yiCell, yiShown, yiUnit, yuan, MISSING } from "../../src/messages/format.js";

test("NBS number style: one-decimal growth with trailing zero, 亿元/万亿元, 个百分点", () => {
  assert.equal(pct(5), "5.0%");
  assert.equal(pct(5.05), "5.1%");
  assert.equal(yi(700858.1, "zh"), "700858亿元"); // prose: whole 亿元, as NBS text writes them
  assert.equal(yi(700858.1, "zh", 1), "700858.1亿元");
  assert.equal(trillionsInText(1349083.5, "zh", 1), "134.9万亿元"); // the report's "134.9万亿元"
  assert.equal(thresholdInText(1300000, "zh"), "130万亿元");
  assert.equal(thresholdInText(50000, "zh", false), "5");
  assert.equal(points(-0.4, "zh"), "回落0.4个百分点");
  assert.equal(points(0.1, "zh", "share"), "上升0.1个百分点");
  assert.equal(points(-0.1, "zh", "share"), "下降0.1个百分点");
  assert.equal(points(0, "zh"), "持平");
  assert.equal(signedPoints(-0.6), "-0.6");
  assert.equal(signedPoints(0.12, 2), "+0.12");
  assert.equal(fixed(52.39654, 2), "52.40");
});

test("ranks: 第N位 and 并列第N位; English ordinals", () => {
  assert.equal(rank(3, false, "zh"), "第3位");
  assert.equal(rank(3, true, "zh"), "并列第3位");
  assert.equal(rank(3, true, "en"), "joint 3rd");
  assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal), ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]);
});

test("missing values print as a dash, never 0", () => {
  assert.equal(pct(undefined), MISSING);
  assert.equal(yi(undefined, "zh"), MISSING);
  assert.equal(points(undefined, "zh"), MISSING);
});

test("English amounts and lists", () => {
  assert.equal(yi(700858.1, "en"), "70,085.8 billion yuan");
  // English has one unit for large amounts, the billion yuan of its tables, in prose too: never trillion.
  assert.equal(trillionsInText(1349083.5, "en", 1), "134,908 billion yuan");
  assert.equal(trillionsInText(115049.6, "en"), "11,505 billion yuan");
  assert.equal(thresholdInText(1300000, "en"), "130,000 billion yuan");
  assert.equal(thresholdInText(10000, "en"), "1,000 billion yuan");
  assert.equal(thresholdInText(50000, "en", false), "5,000");
  assert.equal(list(["江苏", "山东", "浙江"], "zh"), "江苏、山东和浙江");
  assert.equal(list(["A", "B"], "en"), "A and B");
});

test("year ranges: zh with a tilde and 年 (the reference report's 2013~2019年), en with an en dash", () => {
  assert.equal(yearRange(2014, 2019, "zh"), "2014~2019年");
  assert.equal(yearRange(2014, 2019, "en"), "2014–2019");
  assert.equal(yearRange(2019, 2019, "zh"), "2019年");
  assert.equal(yearRange(2019, 2019, "en"), "2019");
});

test("small numbers never print in exponent notation", () => {
  assert.equal(significant(-6.759e-4, 4), "-0.0006759");
  assert.equal(significant(1234.56, 4), "1235");
  assert.equal(significant(0, 4), "0");
  assert.equal(significant(undefined, 4), MISSING);
  assert.equal(perYear(-6.759e-4, "zh"), "每年下降0.0007");
  assert.equal(perYear(-6.759e-4, "en"), "down 0.0007 a year");
  assert.equal(perYear(1.2e-6, "zh"), "每年上升0.0000012"); // rounds to 0 at 4 decimals: significant digits instead
  assert.equal(perYear(0, "en"), "flat");
  for (const x of [-6.76e-4, 3e-9, 1.5e-7, 42]) {
    assert.doesNotMatch(significant(x, 3), /e/);
    assert.doesNotMatch(perYear(x, "en"), /e-/);
  }
});

test("changes in prose are words: 增长/下降, up/down; table units are labelled", () => {
  assert.equal(growthWords(5.2, "zh"), "增长5.2%");
  assert.equal(growthWords(-4.5, "zh"), "下降4.5%");
  assert.equal(growthWords(-4.5, "en"), "down 4.5%");
  assert.equal(growthWords(0.04, "en"), "unchanged");
  assert.equal(yiUnit("zh"), "亿元");
  assert.equal(yiUnit("en"), "billion yuan");
  assert.equal(capitalise("the Yellow River Basin"), "The Yellow River Basin");
});

test("half-up on the decimal value, where toFixed (binary value) differs in the last digit", () => {
  // 5.05 and 4.35 are stored just below the half (5.04999…, 4.34999…): toFixed rounds them down, while
  // NBS prints the published one-decimal growth 5.1 and 4.4; 1.005 → 1.01 likewise at two decimals.
  for (const [x, d, toFixed, halfUp] of [[5.05, 1, "5.0", "5.1"], [4.35, 1, "4.3", "4.4"], [1.005, 2, "1.00", "1.01"], [35.175, 2, "35.17", "35.18"]] as const) {
    assert.equal(x.toFixed(d), toFixed, `toFixed(${x})`);
    assert.equal(fixed(x, d), halfUp, `fixed(${x})`);
    assert.equal(pct(x, d), `${halfUp}%`);
  }
});

test("English: one unit convention (billion yuan) with thousands separators; Chinese: 亿元 without", () => {
  assert.equal(grouped(1283801.54, 1, "en"), "1,283,801.5");
  assert.equal(grouped(1283801.54, 1, "zh"), "1283801.5");
  assert.equal(grouped(undefined, 1, "en"), MISSING);
  assert.equal(yuan(52433.4, "zh"), "52433元");
  assert.equal(yuan(52433.4, "en"), "52,433 yuan");
  assert.equal(yiShown(115049.6, "zh"), 115049.6);
  assert.equal(yiShown(115049.6, "en"), 11504.96);
  assert.equal(yiCell(115049.6, "zh"), "115049.6");
  assert.equal(yiCell(115049.6, "en"), "11,504.96"); // same precision as 0.1 亿元
  assert.equal(yiCell(undefined, "en"), MISSING);
  assert.equal(yi(1337605.8, "en"), "133,760.6 billion yuan");
});

test("lists of texts and year spans", () => {
  assert.deepEqual(listText([{ zh: "东部地区", en: "the East" }, { zh: "西部地区", en: "the West" }]), { zh: "东部地区和西部地区", en: "the East and the West" });
  assert.equal(yearSpans([2014, 2015, 2016, 2019, 2021, 2022], "zh"), "2014~2016年、2019年、2021~2022年");
  assert.equal(yearSpans([2014, 2015, 2016, 2019], "en"), "2014–2016, 2019");
  assert.equal(yearSpans([], "en"), "");
});
