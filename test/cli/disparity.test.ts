import { test } from "node:test";
import assert from "node:assert/strict";
import { runCli } from "../helpers/cli.js";
import { loadRegistry } from "../../src/data/registry.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { disparitySection } from "../../src/report/sections/disparity.js";
import { judgementWords } from "../../src/narrative/disparity.js";
import type { ReportContext } from "../../src/report/context.js";

const run = runCli;
/** The bundled data folder, read directly (faster than the store, and the same data). */
const DATA = ["--data", DEFAULT_DATASET_DIR];
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

test("regecon disparity prints the indices of the latest year and the weighted Theil decomposition", async () => {
  const r = await run(["disparity"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /2024年/);
  assert.match(r.out, /人口加权泰尔指数T按四大板块分解/);
  assert.match(r.out, /组间\s+0\.0303\s+45\.8/);
  assert.match(r.out, /全局莫兰指数 I = 0\.3308.*在5%水平上显著为正/);
  assert.match(r.out, /注意：海南无陆地相邻省份，已从空间权重中剔除/); // the Hainan exclusion warning names the province
  assert.doesNotMatch(r.out, /460000/);
});

test("--json --years gives machine-readable series, judgement, β and Moran results with their verdicts", async () => {
  const r = await run(["disparity", "--years", "2015-2024", "--group", "南北", "--json", ...DATA]);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.year, 2024);
  assert.deepEqual(j.availableYears, [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  assert.equal(j.series.years.length, 10);
  assert.deepEqual([j.series.relative, j.series.relativeSlight, j.series.absolute], ["narrowed", true, "widened"]);
  assert.equal(j.series.judgement, "2015~2024年：相对差距略有缩小（趋势不显著），绝对差距扩大。");
  assert.equal(j.series.sigmaWilliamson.verdict, "notSignificant");
  assert.equal(j.theil.grouping, "南北");
  assert.deepEqual(j.theil.groups.map((g: { group: string }) => g.group), ["北方", "南方"]);
  assert.ok(Math.abs(j.theil.between + j.theil.within - j.theil.total) < 1e-12);
  assert.ok(Math.abs(j.theil.shares.between + j.theil.shares.within - 100) < 1e-9);
  assert.ok(Math.abs(j.moran.global.I - 0.3307908384077304) < 1e-12);
  assert.equal(j.moran.verdict, "clustered");
  assert.deepEqual(j.moran.excluded, ["460000"]);
  assert.equal(j.beta.fromYear, 2015);
  assert.ok(j.beta.absolute.beta < 0);
  assert.equal(j.beta.absolute.verdict, "notSignificant");
});

/** The report's disparity section for 2024 on the bundled data, as text. */
function reportText(lang: "zh" | "en"): string {
  const registry = loadRegistry();
  const ctx: ReportContext = { dataset: loadFolderDataset(DEFAULT_DATASET_DIR, registry), registry, year: 2024, lang, warnings: [] };
  return disparitySection(ctx)
    .map((b) => (b.kind === "paragraph" || b.kind === "note" ? b.text : b.kind === "table" ? b.rows.map((r) => r.join(" | ")).join("\n") : ""))
    .join("\n");
}

test("the report and regecon disparity print the same digits and the same judgement for the same data", async () => {
  const json = JSON.parse((await run(["disparity", "--years", "2015-2024", "--json", ...DATA])).out);
  const words = judgementWords({ relative: json.series.relative, relativeSlight: json.series.relativeSlight, absolute: json.series.absolute });
  for (const lang of ["zh", "en"] as const) {
    const cli = await run(["disparity", "--years", "2015-2024", "--lang", lang, ...DATA]);
    assert.equal(cli.code, 0, cli.err);
    const report = reportText(lang);
    // Series table rows of the first and last year: year, CV, weighted CV, weighted Theil T, weighted Gini, SD, range.
    const row = (y: number) => new RegExp(`^${y}\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)$`, "m").exec(cli.out)!.slice(1);
    const [, cv0, theil0, , sd0, range0] = row(2015);
    const [, cv1, theil1, , sd1, range1] = row(2024);
    if (lang === "zh") {
      assert.ok(report.includes(`人口加权变异系数由${cv0}变为${cv1}，人口加权泰尔指数由${theil0}变为${theil1}，相对差距${words.relative.zh}；标准差由${sd0}元变为${sd1}元，极差由${range0}元变为${range1}元，绝对差距${words.absolute.zh}`), report);
      assert.ok(cli.out.includes(`相对差距${words.relative.zh}，绝对差距${words.absolute.zh}`));
    } else {
      // English prose groups thousands (22,581) as the rest of the English report does; the digits are the table's.
      const g = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      assert.ok(report.includes(`went from ${cv0} to ${cv1} and the population-weighted Theil T from ${theil0} to ${theil1}: relative disparity ${words.relative.en}. The standard deviation went from ${g(sd0!)} to ${g(sd1!)} yuan and the range from ${g(range0!)} to ${g(range1!)} yuan: absolute disparity ${words.absolute.en}`), report);
      assert.ok(cli.out.includes(`relative disparity ${words.relative.en}, absolute disparity ${words.absolute.en}`));
    }
    assert.deepEqual([cv0, cv1, theil0, theil1, sd0, sd1], ["0.3886", "0.3868", "0.0676", "0.0661", "22581", "42415"]);
    // σ-trend: slope per year, p and verdict in the same words.
    const sigma = (lang === "zh" ? /斜率(每年下降[\d.]+)，t = \S+，p = ([\d.]+)；(.+)$/m : /slope (down [\d.]+ a year), t = \S+, p = ([\d.]+); (.+)$/m).exec(cli.out)!.slice(1);
    assert.ok(report.includes(lang === "zh" ? `（${sigma[0]}，p=${sigma[1]}），${sigma[2]}。` : `(${sigma[0]}, p = ${sigma[1]}), ${sigma[2]}.`), `${sigma}\n${report}`);
    // Absolute β, its p and verdict.
    const beta = (lang === "zh" ? /绝对β收敛.*β = (\S+)（标准误 \S+，p = ([\d.]+)）.*；(.+)$/m : /Absolute β-convergence.*β = (\S+) \(s\.e\. \S+, p = ([\d.]+)\).*; (.+)$/m).exec(cli.out)!.slice(1);
    assert.ok(report.includes(lang === "zh" ? `绝对β系数为${beta[0]}（p=${beta[1]}），${beta[2]}` : `absolute β of ${beta[0]} (p = ${beta[1]}), ${beta[2]}`), `${beta}\n${report}`);
    // Theil between-group share of the four regions and Moran's I.
    const between = (lang === "zh" ? /^组间\s+\S+\s+(\S+)$/m : /^between\s+\S+\s+(\S+)$/m).exec(cli.out)![1];
    assert.ok(report.includes(`${between}%`));
    const moranI = /I = (-?[\d.]+)/.exec(cli.out)![1]!;
    assert.ok(report.includes(lang === "zh" ? `全局莫兰指数为${moranI}` : `Moran's I of GDP per capita is ${moranI}`));
  }
});

test("--lang en prints English", async () => {
  const r = await run(["disparity", "--year", "2020", "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /GDP per capita \(computed: GDP ÷ year-end resident population\), 2020/);
  assert.match(r.out, /Population-weighted Theil T by four regions/);
  assert.doesNotMatch(r.out + r.err, CJK);
});

/** Output with the user's own (quoted) arguments removed: what remains must be English. */
const withoutQuoted = (text: string, args: readonly string[]) => args.reduce((t, a) => t.split(a).join(""), text);

test("--lang en: every output and every error path is English; --json errors carry both languages", async () => {
  const outputs = [
    ["disparity", "--years", "2015-2024", "--lang", "en", ...DATA],
    ["disparity", "--years", "2015-2024", "--group", "north-south", "--json", "--lang", "en", ...DATA],
    ["disparity", "--indicator", "gdp_per_capita_published", "--year", "2019", "--lang", "en", ...DATA],
    ["disparity", "--help", "--lang", "en"],
  ];
  for (const args of outputs) {
    const r = await run(args);
    assert.equal(r.code, 0, `${args.join(" ")}: ${r.err}`);
    assert.doesNotMatch(r.out + r.err, CJK, args.join(" "));
  }
  const errors: [string[], string, RegExp][] = [
    [["--years", "2024"], "BAD_YEAR", /--years must be "first-last", got "2024"/],
    [["--years", "2024-2015"], "BAD_YEAR", /the last year 2015 of --years must be later than the first year 2024/],
    [["--year", "24"], "BAD_YEAR", /--year must be a four-digit year/],
    [["--year", "2024", "--years", "2015-2024"], "BAD_ARGUMENT", /give either --year or --years, not both/],
    [["--group", "五大板块"], "UNKNOWN_GROUPING", /unknown grouping: .*\nHint: Groupings usable for a Theil decomposition \(partitions\): "four regions", "north-south"/],
    [["--group", "区域重大战略"], "GROUPING_NOT_PARTITION", /the grouping "major regional strategies" is not a partition in 2024: \w+ belongs to both/],
    [["--year", "2010"], "YEAR_NOT_AVAILABLE", /gdp_per_capita has no complete provincial data for 2010\nHint: Years with complete provincial data: 2015–2024/],
    [["--years", "2012-2024"], "YEAR_NOT_AVAILABLE", /no complete provincial data for 2012/],
    [["--indicator", "gdp_current"], "UNKNOWN_INDICATOR", /no regional disparity can be computed for the indicator gdp_current\nHint: Usable indicators: gdp_per_capita/],
  ];
  for (const [args, code, message] of errors) {
    const r = await run(["disparity", ...args, "--lang", "en", ...DATA]);
    assert.equal(r.code, 2, args.join(" "));
    assert.match(r.err, message, args.join(" "));
    assert.doesNotMatch(withoutQuoted(r.out + r.err, args), CJK, args.join(" "));
    const j = await run(["disparity", ...args, "--json", "--lang", "en", ...DATA]);
    const error = JSON.parse(j.out).error;
    assert.equal(error.code, code, args.join(" "));
    assert.ok(error.message.zh && error.message.en && error.message.zh !== error.message.en, args.join(" "));
    assert.ok(error.hint.zh && error.hint.en, args.join(" "));
    assert.match(error.message.zh, CJK);
  }
});

test("published per-capita GDP is accepted as an indicator", async () => {
  const r = await run(["disparity", "--indicator", "gdp_per_capita_published", "--year", "2019", "--json", ...DATA]);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out).availableYears, [2019, 2020, 2021, 2022, 2023, 2024]);
});

test("years outside the data: exit 2, say which years exist", async () => {
  const r = await run(["disparity", "--year", "2010"]);
  assert.equal(r.code, 2);
  assert.match(r.err, /没有 2010 年的完整分省数据/);
  assert.match(r.err, /提示：有完整分省数据的年份：2015~2024年/);
  const r2 = await run(["disparity", "--years", "2012-2024", ...DATA]);
  assert.equal(r2.code, 2);
  assert.match(r2.err, /2015~2024年/);
});

test("bad year syntax, unknown grouping, non-partition grouping and unknown indicator are clear errors", async () => {
  assert.equal((await run(["disparity", "--year", "24", ...DATA])).code, 2);
  const bad = await run(["disparity", "--years", "2024-2015", ...DATA]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /晚于/);
  const g = await run(["disparity", "--group", "五大板块", ...DATA]);
  assert.equal(g.code, 2);
  assert.match(g.err, /未知的地区分组：五大板块/);
  // The hint offers only groupings a decomposition can use: never 区域重大战略 (overlapping groups).
  assert.match(g.err, /可用于泰尔指数分解的分组（互斥划分）：四大板块、南北/);
  assert.doesNotMatch(g.err, /区域重大战略/);
  const p = await run(["disparity", "--group", "区域重大战略", ...DATA]);
  assert.equal(p.code, 2);
  assert.match(p.err, /不是互斥划分/);
  assert.match(p.err, /提示：可用于泰尔指数分解的分组（互斥划分）：四大板块、南北（/);
  const i = await run(["disparity", "--indicator", "gdp_current", ...DATA]);
  assert.equal(i.code, 2);
  assert.match(i.err, /无法计算区域差距的指标：gdp_current/);
  assert.match(i.err, /gdp_per_capita/);
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

test("English output: the Hainan warning is English and names the province; groups in the grouping's order; numbers as displayed", async () => {
  const r = await run(["disparity", "--years", "2015-2024", "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Warning: Hainan has no land neighbour and was excluded from the spatial weights/);
  assert.doesNotMatch(r.out, /460000|无陆地/);
  assert.match(r.out, /  East .*\n  Central .*\n  West .*\n  Northeast /);
  assert.match(r.out, /slope down 0\.0007 a year, t = -2\.11, p = 0\.067; not significant at 5%/);
  assert.doesNotMatch(r.out, /\de-\d/);
  assert.match(r.out, /^2015–2024: relative disparity narrowed slightly \(no significant trend\), absolute disparity widened\./m);
  const zh = await run(["disparity", "--years", "2015~2024", ...DATA]);
  assert.equal(zh.code, 0, zh.err);
  assert.match(zh.out, /  东部 .*\n  中部 .*\n  西部 .*\n  东北 /);
  assert.match(zh.out, /^2015~2024年：相对差距略有缩小（趋势不显著），绝对差距扩大。/m);
});
