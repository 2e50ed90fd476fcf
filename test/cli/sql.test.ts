/**
 * Issue 9 class 7 and issue 13: `regecon sql` streams. The terminal table shows the first rows with the
 * total and a hint; `--out FILE` and `--format csv|json` give every row, read chunk by chunk in bounded
 * memory (the whole result was held in JS before: 2 M rows took 2.7 GB). The views carry province names.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadRegistry } from "../../src/data/registry.js";
import { Store } from "../../src/data/store/store.js";
import { runCli } from "../helpers/cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-sql-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
const db = path.join(tmp, "regecon.duckdb");
const ready = Store.open(db, loadRegistry()).then((s) => s.close());

test("the terminal table shows the first 50 rows, the total and how to get every row", async () => {
  await ready;
  const r = await runCli(["sql", "SELECT range AS i, range * 2 AS twice FROM range(120000)", "--db", db]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trimEnd().split("\n");
  assert.equal(lines.length, 1 + 50 + 1);
  assert.match(lines[0]!, /^i\s+twice$/);
  assert.match(lines[50]!, /^49\s+98$/);
  assert.equal(lines[51], "（显示前 50 行，共 120000 行；全部行请用 --out FILE 或 --format csv，或用 --rows N 多显示一些）");
  const en = await runCli(["sql", "SELECT range AS i FROM range(120000)", "--rows", "3", "--db", db, "--lang", "en"]);
  assert.deepEqual(en.out.trimEnd().split("\n"), ["i", "0", "1", "2", "(first 3 of 120000 rows; for every row use --out FILE or --format csv, or show more with --rows N)"]);
  const small = await runCli(["sql", "SELECT 1 AS one", "--db", db, "--lang", "en"]);
  assert.equal(small.out, "one\n1\n(1 row)\n");
});

test("--out FILE writes every row as CSV (or JSON), all or nothing; --format csv and --json print every row", async () => {
  await ready;
  const out = path.join(tmp, "out", "all.csv");
  const r = await runCli(["sql", "SELECT range AS i, 'a,b' AS t FROM range(100000)", "--out", out, "--db", db]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, `已写出 100000 行 → ${out}\n`);
  const lines = readFileSync(out, "utf8").trimEnd().split("\n");
  assert.equal(lines.length, 100001);
  assert.deepEqual([lines[0], lines[1], lines[100000]], ["i,t", '0,"a,b"', '99999,"a,b"']);
  const json = path.join(tmp, "out", "some.json");
  assert.equal((await runCli(["sql", "SELECT range AS i FROM range(3)", "--out", json, "--db", db])).code, 0);
  assert.deepEqual(JSON.parse(readFileSync(json, "utf8")), [{ i: 0 }, { i: 1 }, { i: 2 }]);
  const csv = await runCli(["sql", "SELECT range AS i FROM range(5000)", "--format", "csv", "--db", db]);
  assert.equal(csv.out.split("\n").length, 5002);
  const j = await runCli(["sql", "SELECT range AS i FROM range(5000)", "--json", "--db", db]);
  assert.equal((JSON.parse(j.out) as unknown[]).length, 5000);
  assert.deepEqual(JSON.parse((await runCli(["sql", "SELECT 1 AS x WHERE false", "--json", "--db", db])).out), []);
  // a target that is a folder: WRITE_FAILED and no temporary file left
  const dir = path.join(tmp, "taken");
  mkdirSync(path.join(dir, "x.csv"), { recursive: true });
  const bad = await runCli(["sql", "SELECT 1", "--out", path.join(dir, "x.csv"), "--db", db]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /无法写入输出文件 .*x\.csv/);
  assert.deepEqual(readdirSync(dir), ["x.csv"]);
  // an SQL error while writing leaves no file either
  const failing = path.join(tmp, "out", "failing.csv");
  const f = await runCli(["sql", "SELECT CAST('x' || range AS INTEGER) FROM range(10)", "--out", failing, "--db", db, "--json"]);
  assert.equal(f.code, 2);
  assert.equal((JSON.parse(f.out) as { error: { code: string } }).error.code, "SQL_ERROR");
  assert.match(f.err, /^错误：SQL 错误：Conversion Error/);
  assert.equal(existsSync(failing), false);
  assert.deepEqual(readdirSync(path.join(tmp, "out")).sort(), ["all.csv", "some.json"]);
});

test("every row streams in bounded memory: 1 million rows as CSV with a 64 MiB JavaScript heap (the old code ran out of memory)", async () => {
  await ready;
  const out = path.join(tmp, "big.csv");
  const fd = openSync(out, "w");
  const argv = ["--max-old-space-size=64", "--import", "tsx", path.join(ROOT, "src/cli/bin.ts"), "sql", "SELECT range AS i, range * 1.5 AS v FROM range(1000000)", "--format", "csv", "--db", db];
  const r = spawnSync(process.execPath, argv, { encoding: "utf8", cwd: ROOT, stdio: ["ignore", fd, "pipe"] });
  closeSync(fd);
  assert.equal(r.status, 0, r.stderr);
  const text = readFileSync(out, "utf8");
  assert.ok(text.startsWith("i,v\n0,0\n1,1.5\n"));
  assert.ok(text.endsWith("\n999999,1499998.5\n"));
  assert.equal(text.split("\n").length, 1000002);
});

test("the views carry province names (zh and en) beside region codes; other codes have none", async () => {
  await ready;
  const r = await runCli(["sql", "SELECT region_code, region_name_zh, region_name_en FROM observations_current WHERE indicator = 'gdp_current' AND year = 2024 AND region_code IN ('100000', '110000', '650000') ORDER BY region_code", "--json", "--db", db]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), [
    { region_code: "100000", region_name_zh: "全国", region_name_en: "China (national total)" },
    { region_code: "110000", region_name_zh: "北京", region_name_en: "Beijing" },
    { region_code: "650000", region_name_zh: "新疆", region_name_en: "Xinjiang" },
  ]);
  const cols = await runCli(["sql", "SELECT column_name FROM (DESCRIBE series_breaks)", "--format", "csv", "--db", db]);
  assert.equal(cols.out, "column_name\nindicator\nregion_code\nregion_name_zh\nregion_name_en\nyear\nvintage_before\nvintage_after\n");
  const names = await runCli(["sql", "SELECT count(*) AS n FROM region_names", "--format", "csv", "--db", db]);
  assert.equal(names.out, "n\n32\n");
});

test("interrupted (Ctrl-C) while writing --out, nothing is left: no file, no temporary file; the command ends by the signal", async () => {
  await ready;
  const { spawn } = await import("node:child_process");
  const dir = path.join(tmp, "interrupted");
  mkdirSync(dir);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/bin.ts"), "sql", "SELECT range AS i FROM range(200000000)", "--out", path.join(dir, "y.csv"), "--db", db], { cwd: ROOT, stdio: "ignore" });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  // interrupt once the temporary file is being written
  const started = Date.now();
  while (readdirSync(dir).length === 0 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 50));
  assert.ok(readdirSync(dir).some((f) => f.startsWith("y.csv.tmp-")), "the temporary file appeared");
  child.kill("SIGINT");
  assert.equal(await ended, "SIGINT");
  assert.deepEqual(readdirSync(dir), []);
});
