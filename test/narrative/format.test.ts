import { test } from "node:test";
import assert from "node:assert/strict";
import { fixed, list, ordinal, pct, points, rank, signedPoints, wanYi, yi, MISSING } from "../../src/narrative/format.js";

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
