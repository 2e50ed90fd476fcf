import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../helpers/cli.js";

const run = runCli;

const dir = mkdtempSync(path.join(tmpdir(), "regecon-cli-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test("regecon report writes the HTML report and reports what it wrote (--json)", async () => {
  const out = path.join(dir, "r.html");
  const r = await run(["report", "--year", "2024", "--out", out, "--json"]);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out);
  assert.equal(summary.ok, true);
  // html and docx by default, side by side.
  assert.deepEqual(summary.outputs, [out, out.replace(/\.html$/, ".docx")]);
  assert.ok(summary.figures >= 4);
  assert.ok(summary.warnings.some((w: { code: string }) => w.code === "MAP_NO_APPROVAL_NUMBER"));
  assert.equal(readFileSync(out.replace(/\.html$/, ".docx")).subarray(0, 2).toString(), "PK");
  const html = readFileSync(out, "utf8");
  assert.match(html, /图1/);
  assert.match(html, /表1/);
});

test("--lang en writes English; --format md writes Markdown with its figures; 审图号 printed under maps", async () => {
  const md = path.join(dir, "r.md");
  const m = await run(["report", "--format", "md", "--out", md, "--map-approval", "GS(2024)0650号"]);
  assert.equal(m.code, 0, m.err);
  assert.match(readFileSync(md, "utf8"), /审图号：GS\(2024\)0650号/);
  assert.ok(existsSync(path.join(dir, "r_figures", "fig1.svg")));
  assert.doesNotMatch(m.err, /MAP_NO_APPROVAL_NUMBER/);
  const out = path.join(dir, "en.html");
  const r = await run(["report", "--lang", "en", "--format", "html", "--out", out]);
  assert.equal(r.code, 0, r.err);
  assert.match(readFileSync(out, "utf8"), /Figure 1/);
});

test("bad input: clear message, exit 2, no output file left", async () => {
  const cases: [string[], RegExp][] = [
    [["report", "--year", "1990"], /1990.*\n.*2006~2024年/],
    [["report", "--year", "20x4"], /四位年份/],
    [["report", "--data", path.join(dir, "nope")], /数据目录不存在/],
    [["report", "--bogus"], /bogus/],
    [["report", "--lang", "fr"], /zh 或 en/],
    [["report", "--format", "pdf"], /未知的输出格式：pdf/],
    [["report", "--boundaries", path.join(dir, "none.json")], /无法读取边界文件/],
    [["nosuchcommand"], /未知命令/],
  ];
  // Sequential: runs share the captured process.stdout/stderr.
  const results: { r: Awaited<ReturnType<typeof run>>; out: string }[] = [];
  for (const [i, [args]] of cases.entries()) {
    const out = path.join(dir, `bad${i}.html`);
    results.push({ r: await run([...args, ...(args[0] === "report" ? ["--out", out] : [])]), out });
  }
  results.forEach(({ r, out }, i) => {
    const [args, message] = cases[i]!;
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.err, message, args.join(" "));
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(out.replace(/\.html$/, ".docx")), false);
  });
  assert.ok(!readdirSync(dir).some((f) => f.includes(".tmp-")));
});

test("with --lang en, errors that have English wording print it; --json puts the error on stdout", async () => {
  const r = await run(["report", "--year", "1990", "--lang", "en", "--json"]);
  assert.equal(r.code, 2);
  assert.match(r.err, /^Error: The data have no GDP \(gdp_current\) for 1990\nHint: Years available: 2006–2024/m);
  const json = JSON.parse(r.out);
  assert.equal(json.ok, false);
  assert.equal(json.error.code, "YEAR_NOT_AVAILABLE");
  assert.match(json.error.message.en, /for 1990/);
});

test("--help prints usage in the chosen language", async () => {
  assert.match((await run(["report", "--help"])).out, /用法：regecon report/);
  assert.match((await run(["report", "--help", "--lang", "en"])).out, /Usage: regecon report/);
  assert.match((await run(["--help"])).out, /report/);
});
