import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SECTIONS } from "../../src/report/build.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { readSpec, validateSpec } from "../../src/report/spec.js";
import { RegeconError } from "../../src/types/errors.js";
import { runCli } from "../helpers/cli.js";

const SPEC_DIR = fileURLToPath(new URL("../../specs/", import.meta.url));
const names = Object.keys(SECTIONS);

test("every spec shipped in specs/ is valid; the default one lists the general report's sections in order", () => {
  for (const f of readdirSync(SPEC_DIR).filter((f) => f.endsWith(".json"))) readSpec(path.join(SPEC_DIR, f), names);
  assert.deepEqual(readSpec(path.join(SPEC_DIR, "default.json"), names).sections, names);
});

test("invalid specs are rejected with the field and what is allowed", () => {
  const cases: [unknown, RegExp][] = [
    [[], /顶层/],
    [{ secitons: ["growthPattern"] }, /secitons 不是已知字段/],
    [{ sections: ["growthPattern", "weather"] }, /sections\[1\] 未知章节 "weather"/],
    [{ sections: [] }, /sections 应为非空数组/],
    [{ year: "2024" }, /year 应为四位年份/],
    [{ lang: "de" }, /lang/],
    [{ formats: ["pdf"] }, /formats\[0\] 未知格式/],
    [{ title: "" }, /title/],
  ];
  for (const [value, message] of cases) {
    assert.throws(() => validateSpec(value, names), (e: unknown) => e instanceof RegeconError && e.code === "BAD_SPEC" && message.test(e.message), JSON.stringify(value));
  }
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-spec-"));
  const bad = path.join(dir, "bad.json");
  writeFileSync(bad, '{"sections": [growthPattern]}');
  assert.throws(() => readSpec(bad, names), (e: unknown) => e instanceof RegeconError && /不是有效的 JSON/.test(e.message));
  rmSync(dir, { recursive: true, force: true });
});

test("regecon report --spec writes what the spec asks for; command-line options override it", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-spec-cli-"));
  try {
    const base = path.join(dir, "r");
    const r = await runCli(["report", "--spec", path.join(SPEC_DIR, "north-south-disparity.json"), "--data", DEFAULT_DATASET_DIR, "--out", base, "--no-maps", "--json"]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).outputs, [`${base}.html`, `${base}.md`]);
    const md = readFileSync(`${base}.md`, "utf8");
    assert.match(md, /^# Regional growth and disparities in China, 2024/);
    assert.match(md, /## 1\.1 Regional growth pattern/);
    assert.doesNotMatch(md, /Major regional strategies|区域重大战略/);
    const zh = await runCli(["report", "--spec", path.join(SPEC_DIR, "north-south-disparity.json"), "--data", DEFAULT_DATASET_DIR, "--lang", "zh", "--format", "md", "--out", base, "--no-maps"]);
    assert.equal(zh.code, 0, zh.err);
    assert.match(readFileSync(`${base}.md`, "utf8"), /区域经济增长格局/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
