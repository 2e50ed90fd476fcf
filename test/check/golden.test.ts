/**
 * Golden specs of the claim checker: sentence → expected claims → expected verdicts, checked against the
 * bundled data (data/nbs as the current vintage, data/report-2024-prelim and the pre-census GDP index as
 * other vintages). Expected values were worked out from the bundled data by hand (the values quoted in each
 * file's cases: e.g. 北京 2024 GDP 49670.2亿元 in data/nbs/gdp.csv, 49843亿元 in data/report-2024-prelim).
 * Files: test/check/golden/*.json, each { title, cases: [{ id, text, format?, claims: [{ span, kind,
 * subject, year, verdict, indicator?, value?, decimals?, unit?, approx?, tied?, flags? }] }] }.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkText } from "../../src/check/check.js";
import { ClaimReader } from "../../src/check/extract/claims.js";
import { markdownToText } from "../../src/check/extract/markdown.js";
import { signedValue } from "../../src/check/verify/verify.js";
import { vintagesFromFolder } from "../../src/check/verify/vintages.js";
import { loadRegistry } from "../../src/data/registry.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";

interface Expected {
  span: string;
  kind: string;
  subject: string | null;
  year: number | null;
  verdict: string;
  indicator?: string;
  value?: number;
  decimals?: number;
  unit?: string;
  approx?: string;
  tied?: boolean;
  flags?: string[];
}
interface Case {
  id: string;
  text: string;
  format?: "md";
  claims: Expected[];
}

const DIR = fileURLToPath(new URL("./golden/", import.meta.url));
const registry = loadRegistry();
const views = vintagesFromFolder(DEFAULT_DATASET_DIR, registry);
const reader = new ClaimReader(registry);
const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();

test("the golden specs hold at least 150 cases", () => {
  const n = files.reduce((a, f) => a + (JSON.parse(readFileSync(path.join(DIR, f), "utf8")) as { cases: Case[] }).cases.length, 0);
  assert.ok(n >= 150, `${n} cases`);
});

for (const file of files) {
  const spec = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as { title: string; cases: Case[] };
  test(`golden ${file}: ${spec.title}`, async (t) => {
    for (const c of spec.cases) {
      await t.test(c.id, () => {
        const text = c.format === "md" ? markdownToText(c.text) : c.text;
        const got = checkText(c.id, text, views, registry, "en", reader).claims;
        const shown = got.map((g) => `${g.span}|${g.kind}|${g.subject?.name ?? g.unknownSubject ?? null}|${g.year ?? null}|${g.verdict}`);
        assert.equal(got.length, c.claims.length, `claims of "${c.text}": ${JSON.stringify(shown)}`);
        c.claims.forEach((e, i) => {
          const g = got[i]!;
          const where = `${c.id} claim ${i + 1} (${g.span}): ${g.explanation}`;
          assert.equal(g.span, e.span, where);
          assert.equal(g.kind, e.kind, where);
          assert.equal(g.subject?.name ?? g.unknownSubject ?? null, e.subject, where);
          assert.equal(g.year ?? null, e.year, where);
          assert.equal(g.verdict, e.verdict, where);
          if (e.indicator !== undefined) assert.equal(g.indicator, e.indicator, where);
          if (e.value !== undefined) assert.equal(signedValue(g), e.value, where);
          if (e.decimals !== undefined) assert.equal(g.stated.decimals, e.decimals, where);
          if (e.unit !== undefined) assert.equal(g.stated.unit, e.unit, where);
          if (e.approx !== undefined) assert.equal(g.stated.approxWord, e.approx, where);
          if (e.tied !== undefined) assert.equal(g.measure?.kind === "rank" && g.measure.tied === true, e.tied, where);
          if (e.flags !== undefined) assert.deepEqual(g.flags.map((f) => f.flag), e.flags, where);
        });
      });
    }
  });
}
