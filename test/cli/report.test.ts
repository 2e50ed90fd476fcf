import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";

/** Run the CLI in-process, capturing stdout/stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  try {
    return { code: await main(args), out, err };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}

const dir = mkdtempSync(path.join(tmpdir(), "regecon-cli-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test("regecon report writes the HTML report and reports what it wrote (--json)", async () => {
  const out = path.join(dir, "r.html");
  const r = await run(["report", "--year", "2024", "--out", out, "--json"]);
  assert.equal(r.code, 0, r.err);
  const summary = JSON.parse(r.out);
  assert.equal(summary.ok, true);
  assert.equal(summary.figures, 3);
  const html = readFileSync(out, "utf8");
  assert.match(html, /图1/);
  assert.match(html, /表1/);
});

test("--lang en writes English", async () => {
  const out = path.join(dir, "en.html");
  const r = await run(["report", "--lang", "en", "--out", out]);
  assert.equal(r.code, 0, r.err);
  assert.match(readFileSync(out, "utf8"), /Figure 1/);
});

test("bad input: clear message, exit 2, no output file left", async () => {
  const cases: [string[], RegExp][] = [
    [["report", "--year", "1990"], /1990.*\n.*2006–2024/],
    [["report", "--year", "20x4"], /四位年份/],
    [["report", "--data", path.join(dir, "nope")], /数据目录不存在/],
    [["report", "--bogus"], /bogus/],
    [["report", "--lang", "fr"], /zh 或 en/],
    [["nosuchcommand"], /未知命令/],
  ];
  for (const [args, message] of cases) {
    const out = path.join(dir, "bad.html");
    const r = await run([...args, ...(args[0] === "report" ? ["--out", out] : [])]);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.err, message, args.join(" "));
    assert.equal(existsSync(out), false);
  }
  assert.ok(!readdirSync(dir).some((f) => f.includes(".tmp-")));
});

test("--help prints usage in the chosen language", async () => {
  assert.match((await run(["report", "--help"])).out, /用法：regecon report/);
  assert.match((await run(["report", "--help", "--lang", "en"])).out, /Usage: regecon report/);
  assert.match((await run(["--help"])).out, /report/);
});
