import { test } from "node:test";
import assert from "node:assert/strict";
import { capitalise, fixed, growthWords, list, ordinal, pct, perYear, points, rank, signedPoints, significant, wanYi, yearRange, yi, yiUnit, MISSING } from "../../src/messages/format.js";

test("NBS number style: one-decimal growth with trailing zero, 亿元/万亿元, 个百分点", () => {
  assert.equal(pct(5), "5.0%");
  assert.equal(pct(5.05), "5.1%");
  assert.equal(yi(700858.1, "zh"), "700858.1亿元");
  assert.equal(wanYi(1349083.5, "zh"), "134.9万亿元"); // the report's "134.9万亿元"
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
  assert.equal(wanYi(1349083.5, "en"), "134.9 trillion yuan");
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
  assert.equal(yiUnit("en"), "100 million yuan");
  assert.equal(capitalise("the Yellow River Basin"), "The Yellow River Basin");
});
