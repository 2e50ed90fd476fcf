/**
 * Self-consistency: `regecon check` on regecon's own report, generated here from the bundled data (so the
 * test follows any change of the report's wording), verifies at least 95% of its checkable claims and
 * contradicts none, in Markdown and in Word (DOCX). A seeded mutation test then raises every exactly
 * stated, verified number of the Markdown report beyond its rounding interval (by 8–30% of its value and
 * at least three units of its last digit; ranks and counts by 2–4) and requires each to be contradicted —
 * or, when the raised number happens to be what another vintage gives, vintage_mismatch naming that
 * vintage (see `refuted`).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkText, type CheckResult } from "../../src/check/check.js";
import { ClaimReader } from "../../src/check/extract/claims.js";
import { documentText } from "../../src/check/extract/read.js";
import { vintagesFromFolder } from "../../src/check/verify/vintages.js";
import type { CheckedClaim } from "../../src/check/types.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { buildReport } from "../../src/report/build.js";
import { renderDocx } from "../../src/report/docx.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { mulberry32 } from "../../src/stats/prng.js";

const registry = loadRegistry();
const dataset = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const years = dataset.years("gdp_current");
const doc = buildReport({ dataset, registry, year: years[years.length - 1]!, lang: "zh" });
const views = vintagesFromFolder(DEFAULT_DATASET_DIR, registry);
const reader = new ClaimReader(registry);
const markdown = await documentText(Buffer.from(renderMarkdown(doc, { figureDir: "figures" }).markdown), "md", "report.md");

/** Share of checkable claims (verdict other than not_checkable) that are verified. */
function verifiedShare(r: CheckResult): number {
  const checkable = r.claims.length - r.byVerdict.not_checkable;
  return r.byVerdict.verified / checkable;
}

function describe(r: CheckResult): string {
  const bad = r.claims.filter((c) => c.verdict !== "verified" && c.verdict !== "not_checkable");
  return `${JSON.stringify(r.byVerdict)}; ${bad.map((c) => `${c.span} (${c.sentence.slice(0, 30)}): ${c.explanation}`).join(" | ")}`;
}

for (const format of ["md", "docx"] as const) {
  test(`regecon's own report (${format}) verifies ≥ 95% of its checkable claims and contradicts none`, async () => {
    const text = format === "md" ? markdown : await documentText(await renderDocx(doc), "docx", "report.docx");
    const r = checkText(`report.${format}`, text, views, registry, "en", reader);
    assert.equal(r.byVerdict.contradicted, 0, describe(r));
    assert.ok(r.claims.length - r.byVerdict.not_checkable >= 150, `only ${r.claims.length - r.byVerdict.not_checkable} checkable claims: ${describe(r)}`);
    assert.ok(verifiedShare(r) >= 0.95, describe(r));
  });
}

// the reports of earlier years word other facts (shares falling, ties, other milestones): none is contradicted either
for (const year of [2018, 2022]) {
  test(`regecon's own report for ${year} (md) contradicts none of its claims`, async () => {
    const earlier = buildReport({ dataset, registry, year, lang: "zh" });
    const text = await documentText(Buffer.from(renderMarkdown(earlier, { figureDir: "figures" }).markdown), "md", `report-${year}.md`);
    const r = checkText(`report-${year}.md`, text, views, registry, "en", reader);
    assert.equal(r.byVerdict.contradicted, 0, describe(r));
  });
}

/** The stated number of a claim raised beyond its rounding interval, as it would be printed; undefined when not mutable. */
function raised(c: CheckedClaim, rng: () => number): string | undefined {
  const s = c.stated;
  if (s.chinese || s.approx !== "exact" || !/^[-+]?[\d,]+(\.\d+)?$/.test(s.raw)) return undefined;
  if (c.kind === "rank" || c.kind === "count") return String(s.value + 2 + Math.floor(rng() * 3));
  const unit = 10 ** -s.decimals;
  const delta = Math.max(Math.abs(s.value) * (0.08 + 0.22 * rng()), 3 * unit);
  const v = s.value + (s.raw.startsWith("-") ? -delta : delta);
  return `${v > 0 && s.raw.startsWith("+") ? "+" : ""}${v.toFixed(s.decimals)}`;
}

/**
 * A mutated claim is refuted when it is contradicted, or when it is vintage_mismatch: the raised number then
 * equals what a non-current vintage gives (e.g. a change of 西部's share of +0.08 raised to +0.11, which
 * the preliminary 2024 figures give) and the current data still disagree with it. That verdict is the
 * checker doing its job (the reference report's preliminary figures are reported the same way), and it is
 * not a hidden contradiction: the current data never verify the raised number, and the explanation names
 * the other vintage and gives the current value. Any other verdict (verified by the method that matched the
 * original, no_data, not_checkable) fails.
 */
function refuted(c: CheckedClaim, r: CheckResult, original: CheckedClaim): boolean {
  if (c.verdict === "contradicted") return true;
  // Likewise when the raised number is what another documented alternative gives and the original one
  // did not match it: "货物进出口总额" names no breakdown, so the checker tries both (compute.ts
  // TRADE_BREAKDOWNS) and a 6.2 raised to 7.0 may be the other breakdown's 7.027. The explanation names
  // the method that matched; the number is a true statement under it, not a hidden contradiction.
  if (c.verdict === "verified" && c.computed && original.computed && c.computed.method !== original.computed.method) return true;
  if (c.verdict !== "vintage_mismatch" || !c.computed) return false;
  return r.vintages.some((v) => !v.current && v.name === c.computed!.vintage);
}

for (const seed of [20240101, 7, 99]) {
  test(`seeded mutation (seed ${seed}): every verified number raised beyond its interval is contradicted`, () => {
    const rng = mulberry32(seed).next;
    const original = checkText("report.md", markdown, views, registry, "en", reader);
    const mutated = new Map<number, string>();
    let text = "";
    let at = 0;
    const seen = new Set<string>();
    original.claims.forEach((c, i) => {
      const key = `${c.start}:${c.end}`;
      if (c.verdict !== "verified" || seen.has(key)) return;
      seen.add(key);
      const replacement = raised(c, rng);
      if (replacement === undefined) return;
      const numberAt = c.start + c.span.indexOf(c.stated.raw);
      text += markdown.slice(at, numberAt) + replacement;
      at = numberAt + c.stated.raw.length;
      mutated.set(i, replacement);
    });
    text += markdown.slice(at);
    assert.ok(mutated.size >= 150, `only ${mutated.size} claims mutated`);
    const after = checkText("mutated.md", text, views, registry, "en", reader);
    assert.equal(after.claims.length, original.claims.length, "the mutated report yields the same claims");
    const survivors = [...mutated].filter(([i]) => !refuted(after.claims[i]!, after, original.claims[i]!)).map(([i, v]) => `${original.claims[i]!.span} → ${v} (${after.claims[i]!.sentence.slice(0, 40)}): ${after.claims[i]!.verdict} ${after.claims[i]!.explanation}`);
    assert.deepEqual(survivors, []);
  });
}
