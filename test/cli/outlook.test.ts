import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { runCli } from "../helpers/cli.js";

const DATA = ["--data", DEFAULT_DATASET_DIR];
const FIXTURE = fileURLToPath(new URL("../fixtures/outlook/growth-targets-TEST-DATA.csv", import.meta.url));
const TEMPLATE = fileURLToPath(new URL("../../data/templates/growth-targets.csv", import.meta.url));
const CJK = /[\u4e00-\u9fff]/;
const dir = mkdtempSync(path.join(tmpdir(), "regecon-outlook-cli-"));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

test("regecon outlook prints assumptions, projections, β, the back-test and the conditional sentence", async () => {
  const r = await runCli(["outlook", ...DATA]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /区域经济展望：以2024年为起点推算2025年/);
  assert.match(r.out, /惯性情景：各省份实际增速保持2024年的水平；全国路径：不设/);
  // only the computed scenarios have a column
  assert.match(r.out, /东部占比（%）\s+52\.4\s+52\.4\s+52\.4\s+52\.4\n/);
  assert.match(r.out, /北方占比（2024年价格，%）\s+35\.2\s+35\.2\s+35\.2\s+35\.1\n/);
  assert.match(r.out, /β收敛系数为-0\.0038（标准误0\.0035/);
  assert.match(r.out, /惯性情景\s+6\s+3\.06\s+0\.17\s+0\.16\s+2\/6\s+4\/6/);
  assert.match(r.out, /以下推算是在所列假设下的条件结果，不是对未来的判断/);
  assert.match(r.out, /所用数据是现行（修订后的）序列，而不是各起点年份当时已公布的数据/);
  // on the command line (not in a report) the how-to for targets
  assert.match(r.out, /目标情景未计算：各省份的增长目标可按模板 data\/templates\/growth-targets\.csv 填写.*用 --targets 文件 计算。/);
});

test("--lang en prints English only; the back-test never looks past the origin", async () => {
  const r = await runCli(["outlook", ...DATA, "--lang", "en", "--horizon", "2"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Projections for 2026/);
  assert.match(r.out, /Back-test: origins 2018–2022, 2 years ahead/);
  assert.doesNotMatch(r.out, CJK);
  const from2023 = await runCli(["outlook", ...DATA, "--lang", "en", "--from", "2023", "--horizon", "3"]);
  assert.match(from2023.out, /first back-tested from the origins 2018–2022\./);
  assert.match(from2023.out, /Back-test: origins 2018–2022, one year ahead/);
  assert.match(from2023.out, /Back-test: origins 2018–2020, 3 years ahead/);
});

test("--json: the documented shape, unrounded numbers with the decimals they may be printed to", async () => {
  const r = await runCli(["outlook", ...DATA, "--json", "--horizon", "3", "--national-growth", "4.5", "--targets", FIXTURE]);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.ok, true);
  assert.deepEqual([j.origin, j.horizon, j.years], [2024, 3, [2025, 2026, 2027]]);
  assert.deepEqual(j.nationalPath, { kind: "stated", growth: 4.5 });
  assert.equal(j.latestUnusable, null);
  assert.deepEqual(j.observed, []);
  assert.deepEqual(j.scenarios.map((s: { id: string }) => s.id), ["persistence", "trend", "convergence", "targets"]);
  const trend = j.scenarios[1];
  assert.equal(trend.years.length, 3);
  assert.ok(Math.abs(trend.years[0].meanGrowth - 4.5) < 1e-9);
  assert.equal(trend.years[0].provinces.length, 31);
  assert.ok(Math.abs(trend.years[0].regions.reduce((a: number, g: { shareDisplay: number }) => a + g.shareDisplay, 0) - 100) < 1e-9);
  assert.deepEqual(trend.years[0].regions.map((g: { id: string }) => g.id), ["east", "central", "west", "northeast"]);
  assert.ok(trend.years[0].regions[0].realShare > 0);
  // one precision for all three years
  for (const y of trend.years) assert.deepEqual(y.decimals, { growth: 0, share: 1, theil: 3, cv: 3 });
  assert.deepEqual(Object.keys(trend.years[0].eastWest).sort(), ["error", "gap", "gapAtOriginPrices", "priceDriven", "verdict", "verdictAtOriginPrices"]);
  assert.equal(trend.backtest.length, 3);
  assert.deepEqual(trend.backtest[0].origins, [2018, 2019, 2020, 2021, 2022, 2023]);
  assert.ok(trend.backtest[0].maeNorthSouthShare > 0 && trend.backtest[0].maeEastWestGap > 0);
  const convergence = j.scenarios[2].convergence;
  assert.deepEqual([convergence.fromYear, convergence.toYear, convergence.verdict, convergence.driver], [2021, 2024, "notSignificant", "population"]);
  assert.ok(convergence.standardError > 0 && convergence.halfLife > 0);
  const targets = j.scenarios[3];
  // the fixture has targets for 2025 only (and 2024 for the back-test): the scenario stops after 2025
  assert.equal(targets.years.length, 1);
  assert.equal(targets.years[0].nationalGrowth, 5); // the file's national target for 2025
  assert.equal(targets.targets[0].missing.length, 26);
  assert.ok(Math.abs(targets.targets[0].shift - (5 - targets.targets[0].meanTarget)) < 1e-12);
  assert.equal(targets.targets[0].size, "ordinary");
  assert.equal(targets.targets[1].shift, null);
  assert.deepEqual(j.best, { growth: ["persistence"], share: ["convergence"] });
  assert.deepEqual(j.largestErrors.map((e: { year: number }) => e.year), [2021, 2022]);
  assert.equal(j.targetsComparison.length, 4);
});

test("bad options and unusable origins are refused with exit 2 and a hint, in the chosen language", async () => {
  const folder = path.join(dir, "a-folder");
  cpSync(FIXTURE, path.join(folder, "x.csv"));
  const cases: [string[], string, RegExp][] = [
    [["--horizon", "9"], "BAD_ARGUMENT", /--horizon must be a whole number from 1 to 5, got "9"/],
    // a negative number is a value, not an option
    [["--horizon", "-1"], "BAD_ARGUMENT", /--horizon must be a whole number from 1 to 5, got "-1"/],
    [["--national-growth", "-90"], "BAD_ARGUMENT", /--national-growth must be a rate in % from -10 to 30 \(e\.g\. 5\.0\), got "-90"/],
    [["--national-growth", "500"], "BAD_ARGUMENT", /from -10 to 30/],
    [["--national-growth", "five"], "BAD_ARGUMENT", /--national-growth must be a rate/],
    [["--scenario", "hope"], "BAD_ARGUMENT", /unknown scenario "hope"/],
    [["--scenario", "trend,trend"], "BAD_ARGUMENT", /--scenario lists "trend" more than once/],
    [["--from", "2023", "--from", "2024"], "BAD_ARGUMENT", /option --from is given more than once with different values \("2023", "2024"\)/],
    [["--scenario", "targets"], "BAD_ARGUMENT", /needs a growth-targets file/],
    [["--from", "2012"], "YEAR_NOT_AVAILABLE", /cannot project from 2012/],
    [["--targets", "no-such-file.csv"], "FILE_UNREADABLE", /cannot read the growth-targets file no-such-file\.csv: the file does not exist$/],
    [["--targets", folder], "FILE_UNREADABLE", /: it is a folder, not a file$/],
    [["--scenario", "targets", "--targets", TEMPLATE], "TARGETS_NOT_FOR_YEAR", /no provincial target for 2025 \(it has no provincial targets at all\)/],
    [["--targets", file("mixneg.csv", "region,year,target,source\n北京,2025,-4,x\n上海,2025,4,x\n")], "TARGETS_INCONSISTENT", /shifted by 4\.85 points, more than the limit of 3 points/],
    [["--scenario", "trend", "--from", "2016"], "YEAR_NOT_AVAILABLE", /Trend scenario not computed: .*for 2014 is missing for every province/],
  ];
  for (const [args, code, message] of cases) {
    const r = await runCli(["outlook", ...DATA, ...args, "--lang", "en", "--json"]);
    assert.equal(r.code, 2, args.join(" "));
    const j = JSON.parse(r.out);
    assert.equal(j.error.code, code, args.join(" "));
    assert.match(j.error.message.en, message);
    assert.ok(j.error.message.zh.length > 0 && j.error.hint !== null);
    assert.doesNotMatch(r.err, CJK);
    assert.doesNotMatch(r.err, /ENOENT|EISDIR|Internal error/);
  }
  const r = await runCli(["outlook", ...DATA, "--from", "2012", "--lang", "en"]);
  assert.match(r.err, /Years that can serve as origin: 2016–2024\. Import the missing data with regecon import FILE --indicator gdp_index_prev_year/);
});

test("negative numbers are values: --national-growth -2 sets a national path of −2%", async () => {
  for (const args of [["--national-growth", "-2"], ["--national-growth=-2"]]) {
    const r = await runCli(["outlook", ...DATA, "--json", ...args]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).nationalPath, { kind: "stated", growth: -2 });
  }
});

test("options the chosen scenarios do not use are warned about, not silently dropped", async () => {
  const r = await runCli(["outlook", ...DATA, "--scenario", "persistence", "--targets", "no-such-file.csv", "--national-growth", "4", "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /Warning \[OPTION_IGNORED\]: --targets is not used: targets is not among --scenario/);
  assert.match(r.err, /Warning \[OPTION_IGNORED\]: --national-growth is not used/);
});

test("a targets file with no targets for the year says so (exit 0 when not asked for by name); a large shift is warned", async () => {
  const r = await runCli(["outlook", ...DATA, "--targets", TEMPLATE, "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /The targets scenario was not computed: the growth-targets file has no provincial target for 2025 \(it has no provincial targets at all\)\./);
  assert.doesNotMatch(r.out, /not computed: \./);
  const large = await runCli(["outlook", ...DATA, "--targets", file("high.csv", "region,year,target,source\n北京,2025,6.5,x\n广东,2025,6.5,x\n"), "--lang", "en"]);
  assert.equal(large.code, 0, large.err);
  assert.match(large.err, /Warning \[OUTLOOK_TARGETS_SHIFTED\]: the targets scenario shifts every provincial target for 2025 by 1\.49 points \(more than 1\)/);
  assert.match(large.out, /every target is shifted down by 1\.49 points/);
});

test("when the latest year cannot be the origin, the command says which year and why", async () => {
  const data = path.join(dir, "data-without-beijing-2024-index");
  cpSync(DEFAULT_DATASET_DIR, data, { recursive: true });
  const growth = path.join(data, "growth.csv");
  writeFileSync(growth, readFileSync(growth, "utf8").split("\n").filter((l) => !/^110000,[^,]*,2024,gdp_index_prev_year,/.test(l)).join("\n"));
  const r = await runCli(["outlook", "--data", data, "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /projections for 2024 from 2023/);
  assert.match(r.out, /2024 cannot be the origin: GDP index \(previous year = 100\) for 2024 is missing for Beijing; projecting from 2023 instead\./);
});

test("regecon --help lists outlook; outlook --help and regecon help outlook in both languages", async () => {
  const top = await runCli(["--help", "--lang", "en"]);
  assert.match(top.out, /outlook\s+regional outlook: scenario projections/);
  const zh = await runCli(["outlook", "--help"]);
  assert.match(zh.out, /用法：regecon outlook/);
  const en = await runCli(["outlook", "--help", "--lang", "en"]);
  assert.match(en.out, /Usage: regecon outlook/);
  assert.match(en.out, /the back-test projects 1 to N years too/);
  assert.doesNotMatch(en.out, CJK);
  for (const args of [["help", "outlook", "--lang", "en"], ["help", "--lang", "en", "outlook"]]) {
    const h = await runCli(args);
    assert.equal(h.code, 0);
    assert.equal(h.out, en.out);
  }
  const unknown = await runCli(["help", "nothing", "--lang", "en"]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "nothing"/);
});

test("regecon report --targets computes the outlook's targets scenario and cites the file by name", async () => {
  const spec = path.join(dir, "outlook-only.json");
  writeFileSync(spec, JSON.stringify({ sections: ["outlook"] }));
  const out = path.join(dir, "r");
  const r = await runCli(["report", ...DATA, "--spec", spec, "--format", "html", "--no-maps", "--out", out, "--targets", FIXTURE]);
  assert.equal(r.code, 0, r.err);
  const html = readFileSync(`${out}.html`, "utf8");
  assert.match(html, /没有2025年的增长目标（26个省份）/);
  assert.match(html, /增长目标：用户文件 growth-targets-TEST-DATA\.csv/);
});

test("regecon report: a refused targets scenario is a note and a warning; the other scenarios stay; no command in the report", async () => {
  const spec = path.join(dir, "outlook-only.json");
  writeFileSync(spec, JSON.stringify({ sections: ["outlook"] }));
  const out = path.join(dir, "refused");
  const targets = file("mixneg-report.csv", "region,year,target,source\n北京,2025,-4,x\n上海,2025,4,x\n");
  const r = await runCli(["report", ...DATA, "--spec", spec, "--format", "md", "--no-maps", "--out", out, "--targets", targets, "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  const md = readFileSync(`${out}.md`, "utf8");
  assert.match(md, /\| Indicator \| 2024 actual \| Persistence \| Trend \| Convergence \|/);
  assert.match(md, /> Targets scenario not computed: the GDP-weighted mean of the provincial growth targets for 2025 is 0\.16%/);
  assert.doesNotMatch(md, /Section omitted|theilT/);
  assert.match(r.err, /Warning \[OUTLOOK_SCENARIO_REFUSED\]/);
  const plain = await runCli(["report", ...DATA, "--spec", spec, "--format", "md", "--no-maps", "--out", path.join(dir, "plain"), "--lang", "en"]);
  assert.match(plain.err, /Warning \[TARGETS_NOT_GIVEN\]: The targets scenario was not computed: enter provincial targets in the template data\/templates\/growth-targets\.csv .* --targets FILE\./);
  assert.doesNotMatch(readFileSync(path.join(dir, "plain.md"), "utf8"), /regecon (outlook|report|import)|--targets/);
});
