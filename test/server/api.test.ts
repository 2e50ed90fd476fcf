/**
 * The dashboard's JSON API, in process (Hono's `app.request`, no socket): every endpoint answers with
 * the analysis' numbers, bounded inputs give HTTP 400 with the error in the requested language, and
 * downloads carry the data, metadata.json and README.md.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { createApp } from "../../src/server/app.js";
import { ServeData } from "../../src/server/data.js";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { growthPatternFacts } from "../../src/analysis/growthPattern.js";
import * as m from "../../src/messages/serve.js";
import { Dataset } from "../../src/data/dataset.js";
import { readZip } from "../helpers/zip.js";
import { bundledTable } from "../helpers/tidyCsv.js";

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const data = await ServeData.load({ dataDir: DEFAULT_DATASET_DIR });
const app = createApp(data, "zh");
const get = (url: string) => Promise.resolve(app.request(url));
const json = async (url: string) => {
  const r = await get(url);
  return { status: r.status, body: (await r.json()) as any };
};
const gdp = bundledTable("gdp.csv");

test("map: 31 provinces with values, the report's ranks and classes, tooltips and notes", async () => {
  const { status, body } = await json("/api/map?indicator=gdp_current&year=2024");
  assert.equal(status, 200);
  assert.equal(body.provinces.length, 31);
  assert.equal(body.provinces.filter((p: any) => p.value !== undefined).length, 31);
  const facts = growthPatternFacts(data.dataset, data.registry, { year: 2024 });
  for (const p of body.provinces) {
    const f = facts.provinces.find((x) => x.code === p.code)!;
    assert.equal(p.rank, f.gdpRank, p.name);
    assert.equal(p.value, gdp.get(`gdp_current|${p.code}|2024`));
  }
  assert.equal(body.ranking[0].name, "广东");
  assert.equal(body.ranking[0].rankText, "第1位");
  const henan = body.provinces.find((p: any) => p.code === "410000");
  assert.deepEqual(henan.tooltip.slice(0, 2), ["河南", `${gdp.get("gdp_current|410000|2024")!.toFixed(1)} 亿元`]);
  // The option is the report's choropleth: quintile classes (5) + 无数据, every province classed.
  const pieces = body.chart.option.visualMap.pieces;
  assert.equal(pieces.length, 6);
  const classed = body.chart.option.series[0].data.filter((d: any) => typeof d.value === "number" && d.value < 5);
  assert.equal(classed.length, 31);
  assert.ok(body.chart.notes.some((n: string) => n === m.noApprovalNotice.zh), "the 审图号 notice");
  assert.match(body.chart.source, /^资料来源：国家统计局/);
});

test("map: a province missing in the year shows the nearest year's value, hatched and not ranked", async () => {
  const ds = data.dataset;
  const without = new Dataset("test", ds.all().filter((o) => !(o.regionCode === "410000" && o.indicator === "gdp_current" && o.year === 2024)), ds.sources);
  const r = await createApp(ServeData.of(without, data.registry, data.boundaries, { label: { zh: "test", en: "test" } }), "zh").request("/api/map?indicator=gdp_current&year=2024");
  const body = (await r.json()) as any;
  const henan = body.provinces.find((p: any) => p.code === "410000");
  assert.deepEqual([henan.otherYear, henan.value, henan.rank, henan.rankText], [2023, gdp.get("gdp_current|410000|2023"), undefined, "不参与排名"]);
  assert.ok(henan.tooltip.includes("数值为2023年（2024年缺失），不参与排名"));
  assert.equal(body.ranking.filter((p: any) => p.rank !== undefined).length, 30);
  assert.equal(body.ranking[30].code, "410000", "listed after the ranked provinces");
  const hatched = body.chart.option.series[0].data.filter((d: any) => d.itemStyle?.decal).map((d: any) => d.name);
  assert.deepEqual(hatched, ["河南"]);
  assert.ok(body.chart.notes.some((n: string) => n.includes("河南（2023年）没有2024年数据")));
});

test("ranking endpoint: the map's ranking alone; ties print as 并列", async () => {
  const { body } = await json("/api/ranking?indicator=gdp_real_growth&year=2024");
  assert.equal(body.ranking.length, 31);
  const tied = body.ranking.filter((r: any) => r.tied);
  assert.ok(tied.length > 0 && tied.every((r: any) => r.rankText.startsWith("并列第")));
});

test("groups: 四大板块 shares and growth as the report (2024: 东部 52.40; 西部 5.1)", async () => {
  const share = (await json("/api/groups?grouping=四大板块&indicator=gdp_current&measure=share")).body;
  const col = share.table.columns.indexOf("2024");
  const facts = growthPatternFacts(data.dataset, data.registry, { year: 2024 });
  assert.deepEqual(
    share.table.display.map((r: string[]) => [r[0], r[col]]),
    facts.regions.map((g) => [g.name, g.shareDisplay!.toFixed(2)]),
  );
  assert.equal(share.table.display[0][col], "52.40");
  assert.ok(share.chart.notes[0].startsWith("方法："));
  const growth = (await json("/api/groups?grouping=四大板块&measure=realGrowth")).body;
  assert.equal(growth.table.display.find((r: string[]) => r[0] === "西部").at(-1), "5.1");
  const en = (await json("/api/groups?grouping=four%20regions&measure=share&lang=en")).body;
  assert.equal(en.table.display[0][0], "East");
});

test("groups: 区域重大战略 shares with the report's fixed membership by default, yearly on request; the notes say which", async () => {
  const url = `/api/groups?grouping=${encodeURIComponent("区域重大战略")}&indicator=gdp_current&measure=share`;
  const cell = (body: any, group: string, year: number) => body.table.display.find((r: string[]) => r[0] === group)[body.table.columns.indexOf(String(year))];
  const fixed = (await json(url)).body;
  assert.equal(fixed.membership, "fixed");
  // The report: 长三角 24.75%, 比2014年上升1.13个百分点 (2014 with 安徽: 23.62).
  assert.deepEqual([cell(fixed, "长三角", 2014), cell(fixed, "长三角", 2024)], ["23.62", "24.75"]);
  assert.ok(fixed.chart.notes[1].startsWith(m.membershipFixed(2024, []).zh.slice(0, -1)), fixed.chart.notes[1]);
  assert.ok(fixed.chart.notes[1].includes("长三角2010年起（安徽2019年起纳入）"), fixed.chart.notes[1]);
  const yearly = (await json(`${url}&membership=yearly`)).body;
  assert.equal(yearly.membership, "yearly");
  assert.equal(cell(yearly, "长三角", 2019), "24.19");
  assert.notEqual(cell(yearly, "长三角", 2014), "23.62");
  assert.equal(cell(yearly, "黄河流域", 2014), "—");
  assert.equal(yearly.chart.notes[1], m.membershipYearly.zh);
  assert.equal((await json(`${url}&membership=often`)).status, 400);
  // 四大板块's members never change: no membership choice, no membership line.
  const four = (await json("/api/groups?grouping=四大板块&measure=share")).body;
  assert.equal(four.membership, undefined);
  assert.ok(!four.chart.notes.some((n: string) => n.startsWith("成员范围")));
});

test("groups with the report's preliminary data: the report's 52.40 / 21.43 / 21.44 / 4.73", async () => {
  const prelim = await ServeData.load({ dataDir: path.join(BUNDLED_DATA_DIR, "report-2024-prelim") });
  const { body } = await (async () => {
    const r = await createApp(prelim, "zh").request("/api/groups?grouping=四大板块&indicator=gdp_current&measure=share");
    return { body: (await r.json()) as any };
  })();
  assert.deepEqual(body.table.display.map((r: string[]) => r.at(-1)), ["52.40", "21.43", "21.44", "4.73"]);
  assert.ok(body.chart.notes.some((n: string) => n.includes("公布的地区合计数")));
});

test("profile: 河南 by name or code, with its place in 中部", async () => {
  const a = (await json(`/api/profile?region=${encodeURIComponent("河南")}`)).body;
  const b = (await json("/api/profile?region=410000")).body;
  assert.deepEqual(a, b);
  assert.match(a.summary, /^河南属于中部地区。2024年地区生产总值63557\.1亿元，居全国第6位/);
  assert.deepEqual(a.charts.map((c: any) => c.id), ["gdp", "structure"]);
});

test("disparity: complete years, decomposition parts add to the total, Moran's I and the LISA map", async () => {
  const { body } = await json("/api/disparity?grouping=南北&year=2024");
  assert.deepEqual(body.years, [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  assert.deepEqual(body.charts.map((c: any) => c.id), ["relative", "decomposition", "lisa"]);
  // Every LISA legend swatch shows on the white figure, and no two classes share a colour.
  const swatches = body.charts[2].option.visualMap.pieces.map((p: any) => p.color.toLowerCase());
  assert.ok(!swatches.includes("#ffffff") && !swatches.includes("#fff"), swatches.join(" "));
  assert.equal(new Set(swatches).size, swatches.length);
  const values = body.table.display.map((r: string[]) => Number(r[1]));
  assert.ok(Math.abs(values[0] - values.slice(1).reduce((a: number, b: number) => a + b, 0)) < 0.00025);
  assert.match(body.moran.sentence, /^2024年全局莫兰指数 I = 0\.\d{4}/);
  const bad = await json("/api/disparity?grouping=区域重大战略");
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, "UNKNOWN_GROUPING");
});

test("coverage, lists and observations", async () => {
  const cov = (await json("/api/coverage")).body;
  const g = cov.indicators.find((i: any) => i.id === "gdp_current");
  assert.equal(g.cells[cov.years.indexOf(2024)].provinces, 31);
  assert.equal(g.cells[cov.years.indexOf(2024)].national, true);
  assert.equal((await json("/api/regions")).body.regions.length, 31);
  assert.ok((await json("/api/groupings")).body.groupings.find((x: any) => x.name === "四大板块").partition);
  const obs = (await json("/api/observations?indicator=gdp_current&region=henan&year=2023")).body.observations;
  assert.deepEqual(obs.map((o: any) => [o.region, o.year, o.value]), [["410000", 2023, gdp.get("gdp_current|410000|2023")]]);
  assert.equal((await json("/api/observations?indicator=gdp_current")).body.observations.length, 31 * 19);
});

test("bounded inputs: unknown indicator, year, region → 400 in the requested language; unknown path 404; long input refused", async () => {
  const cases: [string, number, string][] = [
    ["/api/map?indicator=nope", 400, "UNKNOWN_INDICATOR"],
    ["/api/map?indicator=gdp_current&year=1990", 400, "YEAR_NOT_AVAILABLE"],
    ["/api/map?indicator=gdp_current&year=20x4", 400, "BAD_YEAR"],
    ["/api/map", 400, "BAD_ARGUMENT"],
    ["/api/profile?region=atlantis", 400, "UNKNOWN_REGION"],
    ["/api/groups?grouping=nope", 400, "UNKNOWN_GROUPING"],
    ["/api/groups?indicator=gdp_per_capita&measure=share", 400, "BAD_ARGUMENT"],
    ["/api/map?indicator=gdp_current&lang=fr", 400, "BAD_ARGUMENT"],
    [`/api/map?indicator=${"x".repeat(65)}`, 400, "BAD_ARGUMENT"],
    ["/api/download?view=secret", 400, "BAD_ARGUMENT"],
    ["/api/map?indicator=gdp_current&sql=select", 400, "BAD_ARGUMENT"],
    ["/api/map?indicator=gdp_current&year=2024&year=2023", 400, "BAD_ARGUMENT"],
    ["/api/regions?x=1", 400, "BAD_ARGUMENT"],
    ["/api/nothing", 404, "NOT_FOUND"],
    ["/assets/..%2F..%2Fpackage.json", 404, "NOT_FOUND"],
    [`/api/map?indicator=gdp_current&x=${"y".repeat(1100)}`, 414, "BAD_ARGUMENT"],
  ];
  for (const [url, status, code] of cases) {
    const zh = await json(url);
    assert.equal(zh.status, status, url);
    assert.equal(zh.body.error.code, code, url);
    assert.match(zh.body.error.message, CJK, `${url}: Chinese by default`);
    const en = await json(`${url}${url.includes("?") ? "&" : "?"}lang=en`);
    if (!url.includes("lang=fr") && status !== 414) assert.doesNotMatch(`${en.body.error.message} ${en.body.error.hint ?? ""}`.replace(/"[^"]*"/g, ""), CJK, `${url}: English`);
  }
});

test("English responses carry no Chinese except identifiers and map keys", async () => {
  // Chinese allowed only where it is an identifier or a key into the boundaries, never shown as text.
  const KEYS = [/\.feature$/, /\.nameZh$/, /^groupings\[\]\.(groups\[\]\.)?name$/, /^grouping\.name$/, /option\.series\[\]\.data\[\]\.name$/];
  for (const url of ["/api/map?indicator=gdp_per_capita&year=2016", "/api/groups?measure=realGrowth", "/api/profile?region=410000", "/api/disparity", "/api/coverage", "/api/indicators", "/api/groupings", "/api/regions"]) {
    const { body } = await json(`${url}${url.includes("?") ? "&" : "?"}lang=en`);
    const chinese: string[] = [];
    const walk = (v: unknown, at: string): void => {
      if (typeof v === "string" && CJK.test(v) && !KEYS.some((k) => k.test(at))) chinese.push(`${at}: ${v}`);
      else if (Array.isArray(v)) v.forEach((x) => walk(x, `${at}[]`));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, at ? `${at}.${k}` : k);
    };
    walk(body, "");
    assert.deepEqual(chinese, [], url);
  }
});

test("downloads: CSV of the data as shown equals the data; metadata.json and README.md travel with it", async () => {
  const r = await get("/api/download?view=map&indicator=gdp_current&year=2024&scope=shown&format=csv");
  assert.equal(r.headers.get("content-type"), "application/zip");
  assert.match(r.headers.get("content-disposition")!, /regecon-map-gdp_current-2024-shown-csv\.zip/);
  const files = readZip(Buffer.from(await r.arrayBuffer()));
  assert.deepEqual([...files.keys()].sort(), ["README.md", "metadata.json", "regecon-map-gdp_current-2024-shown.csv"]);
  const [header, ...lines] = files.get("regecon-map-gdp_current-2024-shown.csv")!.toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  assert.equal(header, "代码,地区,年份,数值（亿元）,排名,数值所属年份,数据版本");
  assert.equal(lines.length, 31);
  for (const line of lines) {
    const [code, , year, value] = line.split(",");
    assert.equal(Number(value), gdp.get(`gdp_current|${code}|${year}`), code);
  }
  const meta = JSON.parse(files.get("metadata.json")!.toString("utf8"));
  assert.deepEqual(meta.indicators[0], { id: "gdp_current", name: { zh: "地区生产总值", en: "GDP (current prices)" }, unit: { zh: "亿元", en: "100 million yuan" }, aggregation: "level" });
  assert.ok(meta.sources.length > 0 && meta.sources.every((s: any) => s.vintage && s.producer.zh));
  assert.ok(meta.licence && meta.citation && meta.notes.length > 0);
  assert.match(files.get("README.md")!.toString("utf8"), /^# 2024年各省份地区生产总值\n/);
});

test("downloads: full series as XLSX (data and metadata sheets), English README", async () => {
  const r = await get("/api/download?view=groups&grouping=南北&measure=share&scope=full&format=xlsx&lang=en");
  const files = readZip(Buffer.from(await r.arrayBuffer()));
  const name = [...files.keys()].find((k) => k.endsWith(".xlsx"))!;
  const XLSX = await import("@e965/xlsx");
  const wb = XLSX.read(files.get(name)!, { type: "buffer" });
  assert.deepEqual(wb.SheetNames, ["data", "metadata"]);
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.data!);
  const henan2024 = rows.find((x) => x.region_code === "410000" && x.year === 2024 && x.indicator === "gdp_current")!;
  assert.equal(henan2024.value, gdp.get("gdp_current|410000|2024"));
  assert.equal(henan2024.region_name, "Henan");
  assert.match(files.get("README.md")!.toString("utf8"), /^# Shares of north-south/);
});

test("charts download as SVG (title, chart, source) and PNG, from the same option", async () => {
  const svg = await get("/api/chart?view=groups&measure=realGrowth&format=svg");
  assert.equal(svg.headers.get("content-type"), "image/svg+xml; charset=utf-8");
  const text = await svg.text();
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.ok(text.includes("四大板块地区生产总值实际增速") && text.includes("资料来源"));
  const png = await get("/api/chart?view=groups&format=png");
  const bytes = Buffer.from(await png.arrayBuffer());
  assert.equal(bytes.subarray(1, 4).toString("ascii"), "PNG");
  assert.equal((await json("/api/chart?view=profile&region=410000&chart=nope")).status, 400);
});

test("the page's own files write no words: every text comes from the catalogue (no Chinese in them)", () => {
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "../../src/server/assets");
  for (const f of readdirSync(dir)) assert.doesNotMatch(readFileSync(path.join(dir, f), "utf8"), CJK, f);
});

test("the page: every placeholder filled, no CDN, words in the chosen language", async () => {
  for (const lang of ["zh", "en"] as const) {
    const html = await (await get(`/?lang=${lang}`)).text();
    assert.doesNotMatch(html, /\{\{\w+\}\}/);
    assert.doesNotMatch(html, /https?:\/\//, "every asset is served by regecon");
    assert.ok(html.includes(`<html lang="${lang}">`));
    const markup = html.replace(/<script type="application\/json" id="config">[\s\S]*?<\/script>/, "");
    if (lang === "en") assert.doesNotMatch(markup.replace(/中文/, ""), CJK);
  }
  for (const file of ["/assets/app.js", "/assets/app.css", "/vendor/echarts.js"]) assert.equal((await get(file)).status, 200, file);
  const gz = await app.request("/vendor/echarts.js", { headers: { "Accept-Encoding": "gzip" } });
  assert.equal(gz.headers.get("content-encoding"), "gzip");
  // The boundaries, preloaded by the page, come gzipped (compressed once) and equal the plain answer.
  assert.ok((await get(`/?lang=zh`).then((r) => r.text())).includes('<link rel="preload" href="/api/boundaries?lang=zh" as="fetch" crossorigin>'));
  const plain = await (await get("/api/boundaries")).text();
  const zipped = await app.request("/api/boundaries", { headers: { "Accept-Encoding": "gzip, br" } });
  assert.equal(zipped.headers.get("content-encoding"), "gzip");
  assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8"), plain);
  assert.equal(JSON.parse(plain).mapName, data.boundaries.mapName);
});
