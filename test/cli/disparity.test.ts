import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";

const run = runCli;

test("regecon disparity prints the indices of the latest year and the weighted Theil decomposition", async () => {
  const r = await run(["disparity"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /2024年/);
  assert.match(r.out, /人口加权泰尔指数T按四大板块分解/);
  assert.match(r.out, /组间\s+0\.0303\s+45\.8/);
  assert.match(r.out, /全局莫兰指数 I = 0\.3308/);
  assert.match(r.out, /注意：海南无陆地相邻省份，已从空间权重中剔除/); // the Hainan exclusion warning names the province
  assert.doesNotMatch(r.out, /460000/);
});

test("--json --years gives machine-readable series, β and Moran results", async () => {
  const r = await run(["disparity", "--years", "2015-2024", "--group", "南北", "--json"]);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.year, 2024);
  assert.deepEqual(j.availableYears, [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  assert.equal(j.series.years.length, 10);
  assert.equal(j.series.relative, "narrowed");
  assert.equal(j.series.absolute, "widened");
  assert.equal(j.theil.grouping, "南北");
  assert.ok(Math.abs(j.theil.between + j.theil.within - j.theil.total) < 1e-12);
  assert.ok(Math.abs(j.moran.global.I - 0.3307908384077304) < 1e-12);
  assert.deepEqual(j.moran.excluded, ["460000"]);
  assert.equal(j.beta.fromYear, 2015);
  assert.ok(j.beta.absolute.beta < 0);
});

test("--lang en prints English", async () => {
  const r = await run(["disparity", "--year", "2020", "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /GDP per capita \(computed from GDP and year-end resident population\), 2020/);
  assert.match(r.out, /Population-weighted Theil T by four regions/);
});

test("published per-capita GDP is accepted as an indicator", async () => {
  const r = await run(["disparity", "--indicator", "gdp_per_capita_published", "--year", "2019", "--json"]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out).availableYears, [2019, 2020, 2021, 2022, 2023, 2024]);
});

test("years outside the data: exit 2, say which years exist", async () => {
  const r = await run(["disparity", "--year", "2010"]);
  assert.equal(r.code, 2);
  assert.match(r.err, /没有 2010 年/);
  assert.match(r.err, /2015~2024年/);
  const r2 = await run(["disparity", "--years", "2012-2024"]);
  assert.equal(r2.code, 2);
  assert.match(r2.err, /2015~2024年/);
});

test("bad year syntax, unknown grouping, non-partition grouping and unknown indicator are clear errors", async () => {
  assert.equal((await run(["disparity", "--year", "24"])).code, 2);
  const bad = await run(["disparity", "--years", "2024-2015"]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /晚于/);
  const g = await run(["disparity", "--group", "五大板块"]);
  assert.equal(g.code, 2);
  assert.match(g.err, /未知的地区分组：五大板块/);
  assert.match(g.err, /四大板块/);
  // The hint offers only groupings a decomposition can use: never 区域重大战略 (overlapping groups).
  assert.match(g.err, /可用于泰尔指数分解的分组（互斥划分）：四大板块、南北/);
  assert.doesNotMatch(g.err, /区域重大战略/);
  const p = await run(["disparity", "--group", "区域重大战略"]);
  assert.equal(p.code, 2);
  assert.match(p.err, /不是互斥划分/);
  assert.match(p.err, /提示：可用于泰尔指数分解的分组（互斥划分）：四大板块、南北（/);
  const i = await run(["disparity", "--indicator", "gdp_current"]);
  assert.equal(i.code, 2);
  assert.match(i.err, /无法计算区域差距的指标：gdp_current/);
  assert.match(i.err, /gdp_per_capita/);
  assert.equal((await run(["disparity", "--year", "2024", "--years", "2015-2024"])).code, 2);
});

test("--help documents --db (default store), --data, --json and --lang in both languages", async () => {
  const zh = await run(["disparity", "--help"]);
  assert.equal(zh.code, 0);
  assert.match(zh.out, /--db FILE\s+数据库文件（默认：用户数据目录中的 regecon\.duckdb；首次使用时自动载入内置数据/);
  assert.match(zh.out, /--data DIR\s+改为直接读取一个数据目录/);
  assert.doesNotMatch(zh.out, /默认 data\/nbs/); // the store, not data/nbs, is the default
  for (const opt of ["--json", "--lang zh\\|en"]) assert.match(zh.out, new RegExp(`^  ${opt}`, "m"));
  const en = await run(["disparity", "--help", "--lang", "en"]);
  assert.match(en.out, /--db FILE\s+database file \(default: regecon\.duckdb in the user's data directory; loaded with the\s+bundled data on first use/);
  assert.match(en.out, /--data DIR\s+read a data folder directly instead/);
  for (const opt of ["--json", "--lang zh\\|en"]) assert.match(en.out, new RegExp(`^  ${opt}`, "m"));
});

test("English output: the Hainan warning is English and names the province; groups in the grouping's order; no exponent", async () => {
  const r = await run(["disparity", "--years", "2015-2024", "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Warning: Hainan has no land neighbour and was excluded from the spatial weights/);
  assert.doesNotMatch(r.out, /460000|无陆地/);
  assert.match(r.out, /  East .*\n  Central .*\n  West .*\n  Northeast /);
  assert.match(r.out, /slope -0\.0006759 per year/);
  assert.doesNotMatch(r.out, /\de-\d/);
  assert.match(r.out, /^2015–2024: relative disparity narrowed/m);
  const zh = await run(["disparity", "--years", "2015~2024"]);
  assert.equal(zh.code, 0, zh.err);
  assert.match(zh.out, /  东部 .*\n  中部 .*\n  西部 .*\n  东北 /);
  assert.match(zh.out, /^2015~2024年：相对差距缩小/m);
});
