import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { extremesOf } from "../../../src/analysis/rules/extremes.js";
import { fixed } from "../../../src/messages/format.js";

const items = (values: (number | undefined)[]) => values.map((v, i) => ({ i, v }));
const ids = (xs: { i: number }[]) => xs.map((x) => x.i);

test("values are compared as displayed: 5.149 and 5.05 both print 5.1 and tie", () => {
  const xs = items([5.149, 5.05, 4.96]);
  assert.deepEqual(ids(extremesOf(xs, (x) => x.v, "highest", 1, "noJudgement")), [0, 1]);
  assert.deepEqual(ids(extremesOf(xs, (x) => x.v, "lowest", 1, "noJudgement")), [2]); // 4.96 → 5.0
  assert.deepEqual(ids(extremesOf(xs, (x) => x.v, "highest", 3, "noJudgement")), [0]); // at three decimals they differ
});

test("missing values: no judgement at all, or the present ones compared", () => {
  const xs = items([3, undefined, 7]);
  assert.deepEqual(extremesOf(xs, (x) => x.v, "highest", 0, "noJudgement"), []);
  assert.deepEqual(ids(extremesOf(xs, (x) => x.v, "highest", 0, "skipMissing")), [2]);
  assert.deepEqual(ids(extremesOf(xs, (x) => x.v, "lowest", 0, "skipMissing")), [0]);
  assert.deepEqual(extremesOf(items([undefined, undefined]), (x) => x.v, "lowest", 0, "skipMissing"), []);
  assert.deepEqual(extremesOf([], (x: { v: number }) => x.v, "lowest", 0, "skipMissing"), []);
});

test("laws: the result is never empty for complete input, all its members print the same, and permuting the input permutes nothing else", () => {
  const value = fc.integer({ min: -500, max: 500 }).map((k) => k / 100);
  fc.assert(
    fc.property(fc.array(value, { minLength: 1, maxLength: 12 }), (vs) => {
      const xs = items(vs);
      const hi = extremesOf(xs, (x) => x.v, "highest", 1, "noJudgement");
      assert.ok(hi.length >= 1);
      const shown = new Set(hi.map((x) => fixed(x.v!, 1)));
      assert.equal(shown.size, 1);
      const reversed = extremesOf([...xs].reverse(), (x) => x.v, "highest", 1, "noJudgement");
      assert.deepEqual(ids(reversed).sort(), ids(hi).sort());
    }),
  );
});
