import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { runCli } from "../helpers/cli.js";

const DATA = ["--data", DEFAULT_DATASET_DIR];
const FIXTURE = fileURLToPath(new URL("../fixtures/outlook/growth-targets-TEST-DATA.csv", import.meta.url));
const CJK = /[\u4e00-\u9fff]/;

test("regecon outlook prints assumptions, projections, β, the back-test and the conditional sentence", async () => {
  const r = await runCli(["outlook", ...DATA]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /区域经济展望：以2024年为起点推算2025年/);
  assert.match(r.out, /惯性情景：各省份实际增速保持2024年的水平；全国路径：不设/);
  assert.match(r.out, /东部占比（%）\s+52\.40\s+52\.4\s+52\.4\s+52\.4\s+—/);
  assert.match(r.out, /β收敛系数为-0\.0038（标准误0\.0035/);
  assert.match(r.out, /惯性情景\s+6\s+3\.06\s+0\.17\s+2\/6\s+4\/6/);
  assert.match(r.out, /推算是所列假设下的条件结果，不是预测结论。/);
});

test("--lang en prints English only (province names quoted from data aside, there are none here)", async () => {
  const r = await runCli(["outlook", ...DATA, "--lang", "en", "--horizon", "2"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Projections for 2026/);
  assert.match(r.out, /Back-test: origins 2018–2022, 2 years ahead/);
  assert.doesNotMatch(r.out, CJK);
});

test("--json: the documented shape, unrounded numbers with the decimals they may be printed to", async () => {
  const r = await runCli(["outlook", ...DATA, "--json", "--horizon", "3", "--national-growth", "4.5", "--targets", FIXTURE]);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.ok, true);
  assert.deepEqual([j.origin, j.horizon, j.years], [2024, 3, [2025, 2026, 2027]]);
  assert.deepEqual(j.nationalPath, { kind: "stated", growth: 4.5 });
  assert.deepEqual(j.scenarios.map((s: { id: string }) => s.id), ["persistence", "trend", "convergence", "targets"]);
  const trend = j.scenarios[1];
  assert.equal(trend.years.length, 3);
  assert.ok(Math.abs(trend.years[0].meanGrowth - 4.5) < 1e-9);
  assert.equal(trend.years[0].provinces.length, 31);
  assert.ok(Math.abs(trend.years[0].regions.reduce((a: number, g: { shareDisplay: number }) => a + g.shareDisplay, 0) - 100) < 1e-9);
  assert.deepEqual(trend.years[0].decimals, { growth: 0, share: 1, theil: 3, cv: 3 });
  assert.equal(trend.backtest.length, 3);
  assert.deepEqual(trend.backtest[0].origins, [2018, 2019, 2020, 2021, 2022, 2023]);
  const convergence = j.scenarios[2].convergence;
  assert.deepEqual([convergence.fromYear, convergence.toYear, convergence.verdict], [2021, 2024, "notSignificant"]);
  assert.ok(convergence.standardError > 0 && convergence.halfLife > 0);
  const targets = j.scenarios[3];
  // the fixture has targets for 2025 only (and 2024 for the back-test): the scenario stops after 2025
  assert.equal(targets.years.length, 1);
  assert.equal(targets.years[0].nationalGrowth, 5); // the file's national target for 2025
  assert.equal(targets.targets[0].missing.length, 26);
  assert.equal(targets.targets[1].scale, null);
  assert.deepEqual(j.best, { growth: ["persistence"], share: ["convergence"] });
  assert.equal(j.targetsComparison.length, 4);
});

test("bad options and unusable origins are refused with exit 2 and a hint, in the chosen language", async () => {
  const cases: [string[], string, RegExp][] = [
    [["--horizon", "9"], "BAD_ARGUMENT", /--horizon must be a whole number from 1 to 5/],
    [["--scenario", "hope"], "BAD_ARGUMENT", /unknown scenario "hope"/],
    [["--scenario", "targets"], "BAD_ARGUMENT", /needs a growth-targets file/],
    [["--national-growth", "five"], "BAD_ARGUMENT", /--national-growth must be a rate/],
    [["--from", "2012"], "YEAR_NOT_AVAILABLE", /cannot project from 2012/],
    [["--targets", "no-such-file.csv"], "FILE_UNREADABLE", /cannot read the growth-targets file/],
  ];
  for (const [args, code, message] of cases) {
    const r = await runCli(["outlook", ...DATA, ...args, "--lang", "en", "--json"]);
    assert.equal(r.code, 2, args.join(" "));
    const j = JSON.parse(r.out);
    assert.equal(j.error.code, code);
    assert.match(j.error.message.en, message);
    assert.ok(j.error.message.zh.length > 0 && j.error.hint !== null);
    assert.doesNotMatch(r.err, CJK);
  }
  const r = await runCli(["outlook", ...DATA, "--from", "2012", "--lang", "en"]);
  assert.match(r.err, /Years that can serve as origin: 2016–2024/);
});

test("regecon --help lists outlook; outlook --help in both languages", async () => {
  const top = await runCli(["--help", "--lang", "en"]);
  assert.match(top.out, /outlook\s+regional outlook: scenario projections/);
  const zh = await runCli(["outlook", "--help"]);
  assert.match(zh.out, /用法：regecon outlook/);
  const en = await runCli(["outlook", "--help", "--lang", "en"]);
  assert.match(en.out, /Usage: regecon outlook/);
  assert.doesNotMatch(en.out, CJK);
});

test("regecon report --targets computes the outlook's targets scenario and cites the file by name", async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  const dir = mkdtempSync(path.join(tmpdir(), "regecon-outlook-"));
  const spec = path.join(dir, "outlook-only.json");
  writeFileSync(spec, JSON.stringify({ sections: ["outlook"] }));
  const out = path.join(dir, "r");
  const r = await runCli(["report", ...DATA, "--spec", spec, "--format", "html", "--no-maps", "--out", out, "--targets", FIXTURE]);
  assert.equal(r.code, 0, r.err);
  const html = readFileSync(`${out}.html`, "utf8");
  assert.match(html, /没有2025年的增长目标（26个省份）/);
  assert.match(html, /增长目标：用户文件 growth-targets-TEST-DATA\.csv/);
});
