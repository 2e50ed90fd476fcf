/**
 * Reading a statistical bulletin: the 2024 national R&D bulletin (test/fixtures/bulletins, verbatim from
 * stats.gov.cn with its web table layout) must give 附表2 exactly as rd.csv (transcribed from the same
 * table, 96 values: 32 regions × R&D expenditure 2024, intensity 2024, revised intensity 2023); the prose
 * figures must agree with the table; `regecon bulletin` lists without writing, writes with --yes as a
 * vintage named after the bulletin, and `regecon check` then verifies an R&D sentence against it.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readBulletin } from "../../src/check/bulletin/observations.js";
import { normaliseWebTables } from "../../src/check/extract/webTables.js";
import { readCsv } from "../../src/data/csv.js";
import { loadRegistry } from "../../src/data/registry.js";
import { readOnlyQuery } from "../../src/cli/sql.js";
import { runCli } from "../helpers/cli.js";

const FIX = fileURLToPath(new URL("../fixtures/bulletins/", import.meta.url));
const BULLETIN = path.join(FIX, "2024年全国科技经费投入统计公报.txt");
const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-bulletin-test-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const expected = readCsv(path.join(FIX, "rd.csv"), ["region_code", "year", "indicator", "value", "unit"])
  .map(({ fields: f }) => `${f.region_code} ${f.year} ${f.indicator} ${Number(f.value)} ${f.unit}`)
  .sort();
const key = (o: { regionCode: string; year: number; indicator: string; value: number; unit: string }) => `${o.regionCode} ${o.year} ${o.indicator} ${o.value} ${o.unit}`;

test("附表2 of the R&D bulletin comes out equal to rd.csv", () => {
  const reading = readBulletin(readFileSync(BULLETIN, "utf8"), registry);
  const fromTables = reading.observations.filter((o) => o.origin === "table").map(key).sort();
  assert.equal(expected.length, 96);
  assert.deepEqual(fromTables, expected);
});

test("the bulletin's prose figures agree with its table: no conflict, nothing beyond rd.csv", () => {
  const reading = readBulletin(readFileSync(BULLETIN, "utf8"), registry);
  assert.deepEqual(reading.conflicts, []);
  assert.deepEqual(reading.observations.map(key).sort(), expected);
  assert.equal(reading.title, "2024年全国科技经费投入统计公报");
  assert.equal(reading.producer, "国家统计局");
  // the fiscal table's columns name no catalogue indicator: reported, not imported
  assert.equal(reading.skippedColumns.length, 3);
});

test("web tables (one cell per line, tab lines between cells) become tab-separated rows", () => {
  const web = "表 X\n\n \n\n地 区\n\n\t\n\n2024年R&D经费\n\n（亿元）\n\n\n\n\n 北 京\n\n\t\n\n3278.4\n\n\n\n\n注：…";
  assert.equal(normaliseWebTables(web), "表 X\n\n地 区\t2024年R&D经费（亿元）\n\n北 京\t3278.4\n\n注：…");
});

test("regecon bulletin lists without writing; --yes writes a vintage named after the bulletin; check then verifies against it", async () => {
  const db = path.join(tmp, "bulletin.duckdb");
  const list = await runCli(["bulletin", BULLETIN, "--db", db, "--json"]);
  assert.equal(list.code, 0, list.err);
  const listed = JSON.parse(list.out) as { observations: unknown[]; written: unknown };
  assert.equal(listed.observations.length, 96);
  assert.equal(listed.written, null);
  assert.ok(!existsSync(db), "listing alone creates no store");

  const yes = await runCli(["bulletin", BULLETIN, "--db", db, "--yes", "--lang", "en"]);
  assert.equal(yes.code, 0, yes.err);
  assert.match(yes.out, /Wrote vintage \d+ \("2024年全国科技经费投入统计公报"\): 96 observations/);
  const v = await readOnlyQuery(db, "SELECT title, format, row_count FROM vintages_view WHERE kind = 'import'");
  assert.deepEqual(v.rows, [["2024年全国科技经费投入统计公报（2024年全国科技经费投入统计公报.txt）", "bulletin-text", 96]]);

  const again = await runCli(["bulletin", BULLETIN, "--db", db, "--yes"]);
  assert.equal(again.code, 0);
  assert.match(again.out, /导入为版本 \d+，数据库未改动/);

  const report = path.join(tmp, "rd.txt");
  writeFileSync(report, "2024年，安徽R&D经费1396.2亿元，广东R&D经费投入强度为3.60%。\n");
  const checked = await runCli(["check", report, "--db", db, "--json"]);
  assert.equal(checked.code, 0, checked.err);
  const verdicts = (JSON.parse(checked.out) as { claims: { span: string; verdict: string }[] }).claims.map((c) => `${c.span} ${c.verdict}`);
  assert.deepEqual(verdicts, ["1396.2亿元 verified", "3.60% verified"]);
});

test("a text with no observation is refused with NOTHING_TO_IMPORT (exit 2)", async () => {
  const empty = path.join(tmp, "empty.txt");
  writeFileSync(empty, "这是一份没有数字的说明。\n");
  const r = await runCli(["bulletin", empty, "--json"]);
  assert.equal(r.code, 2);
  assert.equal((JSON.parse(r.out) as { error: { code: string } }).error.code, "NOTHING_TO_IMPORT");
});

test("the review lists the current value each proposal would replace; the bundled rd.csv holds the same values, so all are kept (F15)", async () => {
  const r = await runCli(["bulletin", BULLETIN, "--db", path.join(tmp, "none.duckdb"), "--json"]);
  assert.equal(r.code, 0, r.err);
  const listed = JSON.parse(r.out) as { observations: { region_code: string; region_name: string; value: number; current: { value: number } | null; effect: string }[] };
  assert.equal(listed.observations.length, 96);
  assert.deepEqual([...new Set(listed.observations.map((o) => o.effect))], ["same"]);
  assert.ok(listed.observations.every((o) => o.current?.value === o.value));
  // the bulletin pads names ("北 京"); the list gives the registry's
  assert.ok(listed.observations.some((o) => o.region_code === "110000" && o.region_name === "北京"));
  assert.ok(!existsSync(path.join(tmp, "none.duckdb")), "the review creates no store");
});

test("a prose figure rounded more coarsely than the store keeps is listed, not proposed: 134.9万亿元 does not replace 1349083.5亿元 (F15)", () => {
  const reading = readBulletin("2024年国民经济和社会发展统计公报\n2024年，全国国内生产总值134.9万亿元；广东地区生产总值141488.9亿元。\n", registry);
  assert.deepEqual(reading.observations.map((o) => `${o.regionName} ${o.indicator} ${o.value}`), ["广东 gdp_current 141488.9"]);
  assert.deepEqual(reading.rounded.map((x) => `${x.regionName} ${x.year} ${x.indicator} ${x.printed}`), ["全国 2024 gdp_current 134.9万亿元"]);
});

test("regecon import FILE --bulletin is regecon bulletin: review without --yes, a vintage with it; --yes alone is refused", async () => {
  const db = path.join(tmp, "import-bulletin.duckdb");
  const list = await runCli(["import", BULLETIN, "--bulletin", "--db", db, "--json"]);
  assert.equal(list.code, 0, list.err);
  assert.equal((JSON.parse(list.out) as { observations: unknown[]; written: unknown }).written, null);
  assert.ok(!existsSync(db));
  const yes = await runCli(["import", BULLETIN, "--bulletin", "--yes", "--db", db, "--lang", "en"]);
  assert.equal(yes.code, 0, yes.err);
  assert.match(yes.out, /Wrote vintage \d+ \("2024年全国科技经费投入统计公报"\): 96 observations/);
  const bad = await runCli(["import", BULLETIN, "--yes", "--db", db]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--bulletin/);
});
