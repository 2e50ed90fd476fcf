/** `regecon check`: JSON interface, exit codes, the annotated page, English output, every vintage of a store. */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { runCli } from "../helpers/cli.js";

const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-check-test-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const report = path.join(tmp, "report.txt");
// 东部 2024 GDP 700858.1 (data/nbs); 广东 share of the nation is 10.5%, not 10.8%; 金昌市 is no region
writeFileSync(report, "2024年，东部地区生产总值700858.1亿元，广东地区生产总值占全国的10.8%。\n2024年，金昌市经济增速为13.6%。\n");

test("--json follows the interface: file, summary (numbers_found, claims, by_verdict), claims with stated and computed", async () => {
  const r = await runCli(["check", report, "--data", DEFAULT_DATASET_DIR, "--json"]);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out) as { file: string; summary: { numbers_found: number; claims: number; by_verdict: Record<string, number> }; claims: Record<string, unknown>[] };
  assert.equal(j.file, report);
  assert.deepEqual(Object.keys(j.summary.by_verdict).sort(), ["contradicted", "no_data", "not_checkable", "verified", "vintage_mismatch"]);
  assert.equal(j.summary.claims, 3);
  assert.equal(j.summary.numbers_found, 3);
  assert.deepEqual(j.summary.by_verdict, { verified: 1, vintage_mismatch: 0, contradicted: 1, no_data: 0, not_checkable: 1 });
  const [level, share, unknown] = j.claims;
  for (const k of ["id", "sentence", "span", "start", "end", "kind", "subject", "year", "indicator", "stated", "computed", "verdict", "explanation"]) assert.ok(k in level!, k);
  assert.deepEqual(level!.stated, { value: 700858.1, unit: "亿元", decimals: 1, approx: null });
  assert.equal(readFileSync(report, "utf8").slice(level!.start as number, level!.end as number), level!.span);
  assert.equal(share!.verdict, "contradicted");
  assert.equal((share!.computed as { value: number }).value.toFixed(2), "10.58"); // nearest: the 31-province sum
  assert.equal(unknown!.subject, "金昌市");
  assert.equal(unknown!.verdict, "not_checkable");
});

test("exit codes: 0 whatever the verdicts, 3 with --fail-on contradicted, 2 for bad input", async () => {
  assert.equal((await runCli(["check", report, "--data", DEFAULT_DATASET_DIR])).code, 0);
  assert.equal((await runCli(["check", report, "--data", DEFAULT_DATASET_DIR, "--fail-on", "contradicted"])).code, 3);
  assert.equal((await runCli(["check", report, "--data", DEFAULT_DATASET_DIR, "--fail-on", "no_data"])).code, 0);
  const bad = await runCli(["check", report, "--fail-on", "wrong", "--json"]);
  assert.equal(bad.code, 2);
  assert.equal((JSON.parse(bad.out) as { error: { code: string } }).error.code, "BAD_ARGUMENT");
  assert.equal((await runCli(["check", path.join(tmp, "x.pdf")])).code, 2);
  assert.equal((await runCli(["check"])).code, 2);
  assert.equal((await runCli(["check", report, "--data", "a", "--db", "b"])).code, 2);
});

test("--out writes a self-contained annotated page; the terminal summary speaks English with --lang en", async () => {
  const out = path.join(tmp, "check.html");
  const r = await runCli(["check", report, "--data", DEFAULT_DATASET_DIR, "--out", out, "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  const html = readFileSync(out, "utf8");
  assert.match(html, /<mark class="v-contradicted" title="contradicted: the nearest computation gives 10\.578/);
  assert.match(html, /<mark class="v-verified"/);
  assert.doesNotMatch(html, /<script|https?:\/\//);
  assert.match(r.out, /3 numbers found, 3 claims extracted, 2 of them checkable/);
  assert.match(r.out, /Verdicts: verified 1, vintage mismatch 0, contradicted 1, no data 0, not checkable 1/);
  assert.match(r.out, /Places not in the registry \(not checked\): 金昌市/);
  assert.equal((await runCli(["check", report, "--out", path.join(tmp, "x.txt")])).code, 2);
  assert.ok(!existsSync(path.join(tmp, "x.txt")));
});

test("every vintage of the store: a value superseded by an import is found as a vintage mismatch", async () => {
  const db = path.join(tmp, "vintages.duckdb");
  const csv = path.join(tmp, "revision.csv");
  writeFileSync(csv, "region,year,indicator,value,unit\n北京,2024,gdp_current,50000,亿元\n");
  const imp = await runCli(["import", csv, "--db", db]);
  assert.equal(imp.code, 0, imp.err);
  const text = path.join(tmp, "beijing.txt");
  writeFileSync(text, "2024年，北京地区生产总值为49670.2亿元，北京地区生产总值为50000亿元，北京地区生产总值为49843亿元。\n");
  const r = await runCli(["check", text, "--db", db, "--json", "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  const claims = (JSON.parse(r.out) as { claims: { verdict: string; computed: { vintage: string } | null; explanation: string }[] }).claims;
  assert.deepEqual(claims.map((c) => c.verdict), ["vintage_mismatch", "verified", "vintage_mismatch"]);
  assert.equal(claims[0]!.computed!.vintage, "nbs-db-post5census");
  assert.match(claims[0]!.explanation, /the current data give 50000/);
  assert.equal(claims[2]!.computed!.vintage, "prelim-2025-01");
});
