/**
 * Long sentences (F13 of the fresh-user test: 2000 clauses joined by commas took 21 s, 8000 took 4 min,
 * because the reader's work per figure grew with the sentence's length): sentences longer than
 * MAX_SENTENCE_CHARS are cut at clause separators, so the check is linear in the text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { checkText } from "../../../src/check/check.js";
import { ClaimReader } from "../../../src/check/extract/claims.js";
import { MAX_SENTENCE_CHARS, paragraphs } from "../../../src/check/extract/segments.js";
import { vintagesFromFolder } from "../../../src/check/verify/vintages.js";
import { DEFAULT_DATASET_DIR } from "../../../src/data/paths.js";
import { loadRegistry } from "../../../src/data/registry.js";

const registry = loadRegistry();
const views = vintagesFromFolder(DEFAULT_DATASET_DIR, registry);
const reader = new ClaimReader(registry);

test("a long sentence is cut into pieces of at most MAX_SENTENCE_CHARS that keep exact offsets (property)", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom("东部", "2024年", "增长5.0%", "，", "（见图1，", "）", "123456789", " "), { minLength: 50, maxLength: 600 }), (parts) => {
      const text = parts.join("");
      return paragraphs(text).every((p) => p.sentences.every((s) => s.text.length <= MAX_SENTENCE_CHARS && text.slice(s.start, s.end) === s.text) && p.sentences.map((s) => s.text).join("").replace(/\s/g, "") === p.text.replace(/\s/g, ""));
    }),
  );
});

test("a cut falls after a clause separator, so the figures of a long list keep their subjects and units", () => {
  const text = `${Array.from({ length: 200 }, () => "2024年广东增长3.5%").join("，")}。`;
  const r = checkText("long.txt", text, views, registry, "en", reader);
  assert.equal(r.claims.length, 200);
  assert.equal(r.byVerdict.verified, 200, JSON.stringify(r.byVerdict));
});

/** CPU milliseconds of checking `n` clauses "2024年广东增长3.5%" joined by commas into one sentence. */
function cpuMs(n: number): number {
  const text = `${Array.from({ length: n }, () => "2024年广东增长3.5%").join("，")}。`;
  const before = process.cpuUsage();
  const r = checkText("long.txt", text, views, registry, "en", reader);
  const used = process.cpuUsage(before);
  assert.equal(r.claims.length, n);
  return (used.user + used.system) / 1000;
}

test("time is linear in the number of clauses of one sentence (8000 clauses: 4 min before the cut)", () => {
  cpuMs(500); // warm-up: compiled patterns, caches of the calculator
  const small = cpuMs(2000);
  const large = cpuMs(8000);
  // linear: 4× the clauses cost about 4× the time; quadratic would be 16×. CPU time, not wall time, so
  // that other processes on a shared machine do not count; 200 ms of slack for the collector.
  assert.ok(large < 8 * small + 200, `2000 clauses ${small.toFixed(0)} ms, 8000 clauses ${large.toFixed(0)} ms`);
  assert.ok(large < 20_000, `8000 clauses took ${large.toFixed(0)} ms of CPU`);
});
