/**
 * The dashboard in a real browser: Chromium (playwright-core, never downloaded) drives the real
 * `regecon serve` process on loopback, reading a temporary store filled with the bundled data. What a
 * user sees is checked against the store and against the report's own analysis functions.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { growthPatternFacts } from "../../src/analysis/growthPattern.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { loadRegistry } from "../../src/data/registry.js";
import { Store } from "../../src/data/store/store.js";
import { startServe, type ServeProcess } from "../helpers/serve.js";
import { readZip } from "../helpers/zip.js";
import * as m from "../../src/messages/serve.js";
import { launchChromium } from "./chromium.js";

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const registry = loadRegistry();
// The store is filled from the bundled folder, so the report's analysis on that folder gives the numbers to expect.
const bundled = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-browser-"));
const db = path.join(dir, "store.duckdb");
let serve: ServeProcess;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

before(async () => {
  (await Store.open(db, registry)).close(); // a new store, filled with the bundled data (serve only reads)
  [serve, browser] = await Promise.all([startServe(["--db", db]), launchChromium()]);
  page = await browser.context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
});

after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Wait until the page has drawn the tab `tab` (app.js sets data-ready when a tab's data are shown). */
async function ready(tab: string): Promise<void> {
  await page.waitForFunction((t) => document.body.dataset.ready === t, tab);
}

/** Visible text of the page: rendered text (innerText) and the text of the drawn charts (SVG). */
function visibleText(): Promise<string> {
  return page.evaluate(() => {
    const svgText = [...document.querySelectorAll("section:not([hidden]) svg text")].map((t) => t.textContent ?? "");
    const clone = document.body.innerText.replace(document.getElementById("lang-switch")!.innerText, "");
    return [clone, ...svgText].join("\n");
  });
}

/** Ranking table rows of the map tab: [rank text, region, value]. */
function rankingRows(): Promise<string[][]> {
  return page.$$eval("#map-ranking tbody tr", (rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}

test("the map draws all 31 provinces with a ranking beside it; first page load is measured", async () => {
  await page.goto(`${serve.url}#map?indicator=gdp_current&year=2024`);
  await ready("map");
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { load: Math.round(nav.loadEventEnd), drawn: Math.round(performance.now()) };
  });
  process.stdout.write(`# first page load: load event ${timing.load} ms, map drawn at ${timing.drawn} ms\n`);
  assert.ok(timing.load < 15000, `first page load took ${timing.load} ms`);
  const classed = await page.evaluate(() => {
    const chart = (window as any).regeconCharts.get("map-figure-chart");
    const option = chart.getOption();
    const noData = option.visualMap[0].pieces.length - 1;
    return option.series[0].data.filter((d: { value: unknown }) => typeof d.value === "number" && d.value < noData).length;
  });
  assert.equal(classed, 31);
  const regions = await page.$$eval("#map-figure svg path", (paths) => paths.length);
  assert.ok(regions >= 34, `the SVG draws the 31 provinces, 港澳台 and the inset (${regions} paths)`);
  const rows = await rankingRows();
  assert.equal(rows.length, 31);
  const facts = growthPatternFacts(bundled, registry, { year: 2024 });
  for (const p of facts.provinces) {
    const row = rows.find((r) => r[1] === p.name)!;
    assert.equal(row[0], `${p.gdpTied ? "并列" : ""}第${p.gdpRank}位`, p.name);
    assert.equal(row[2], p.gdp!.toFixed(1), p.name);
  }
});

test("the slider changes the year, the ranking and the address", async () => {
  const slider = page.locator("#map-year");
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => document.getElementById("map-ranking-year")?.textContent === "2023");
  assert.equal(await page.textContent("#map-year-label"), "2023");
  const rows = await rankingRows();
  const henan = rows.find((r) => r[1] === "河南")!;
  assert.equal(Number(henan[2]), bundled.value("gdp_current", "410000", 2023));
  assert.match(page.url(), /#map\?indicator=gdp_current&year=2023$/);
});

test("hovering 河南 on the map shows a tooltip with its value, unit, rank and vintage", async () => {
  const point = await page.evaluate(async () => {
    const chart = (window as any).regeconCharts.get("map-figure-chart");
    const { geoJson } = await (await fetch("/api/boundaries")).json();
    const henan = geoJson.features.find((f: any) => f.properties.name === "河南");
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, henan.properties.cp);
    const box = document.getElementById("map-figure-chart")!.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  });
  await page.mouse.move(point.x, point.y);
  const tip = page.locator("#map-figure-chart div", { hasText: "排名" }).last();
  await tip.waitFor({ state: "visible" });
  const text = (await tip.innerText()).replace(/\s+/g, " ");
  const value = bundled.value("gdp_current", "410000", 2023)!.toFixed(1);
  assert.match(text, new RegExp(`^河南 ${value} 亿元 排名：(并列)?第\\d+位（31个省份中） 数据版本：`), text);
});

test("Play stops when the user leaves the map: the address stays on the tab shown", async () => {
  await page.goto(`${serve.url}#map?indicator=gdp_current&year=2015`);
  await ready("map");
  await page.click("#map-play");
  await page.waitForFunction(() => /year=2016$/.test(location.hash));
  await page.click('[data-tab="groups"]');
  await ready("groups");
  const year = await page.textContent("#map-year-label");
  await page.waitForTimeout(3000); // the play timer ticks every 1.2 s
  assert.match(page.url(), /#groups\?/);
  assert.equal(await page.textContent("#map-year-label"), year, "the hidden map stopped advancing");
  assert.equal(await page.textContent("#map-play"), m.pageWords.play.zh);
});

test("compare groups: 四大板块 shares and growth equal the report's analysis for the same year", async () => {
  await page.click('[data-tab="groups"]');
  await ready("groups");
  await page.selectOption("#groups-measure", "share");
  await page.waitForFunction(() => location.hash.includes("measure=share"));
  const table = await page.$$eval("#groups-table tr", (rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? "")));
  const col = table[0]!.indexOf("2024");
  const facts = growthPatternFacts(bundled, registry, { year: 2024 });
  assert.deepEqual(
    table.slice(1).map((r) => [r[0], r[col]]),
    facts.regions.map((g) => [g.name, g.shareDisplay!.toFixed(2)]),
  );
  assert.equal(table[1]![col], "52.40");
  await page.selectOption("#groups-measure", "realGrowth");
  await page.waitForFunction(() => location.hash.includes("measure=realGrowth"));
  const growth = await page.$$eval("#groups-table tbody tr", (rows) => rows.map((r) => r.lastElementChild?.textContent ?? ""));
  assert.deepEqual(growth, facts.regions.map((g) => g.realGrowth.value!.toFixed(1)));
  assert.match(await page.textContent("#groups-figure .notes") ?? "", /以上年地区生产总值为权重/);
});

test("compare groups: 区域重大战略 offers the membership choice, the report's fixed membership first", async () => {
  assert.equal(await page.isHidden("#groups-membership-control"), true, "四大板块: no choice (its members never change)");
  await page.selectOption("#groups-grouping", "区域重大战略");
  await page.selectOption("#groups-measure", "share");
  await page.waitForFunction(() => location.hash.includes("measure=share&membership=fixed"));
  assert.equal(await page.isVisible("#groups-membership-control"), true);
  const cell = async (group: string, year: string) =>
    page.$$eval("#groups-table tr", (rows, [g, y]) => {
      const cells = rows.map((r) => [...r.children].map((c) => c.textContent ?? ""));
      return cells.find((r) => r[0] === g)?.[cells[0]!.indexOf(y!)];
    }, [group, year]);
  assert.equal(await cell("长三角", "2014"), "23.62"); // the report: 24.75%, 比2014年上升1.13个百分点
  await page.selectOption("#groups-membership", "yearly");
  await page.waitForFunction(() => location.hash.includes("membership=yearly"));
  assert.equal(await cell("黄河流域", "2014"), "—");
});

test("downloading the data as shown gives a CSV whose numbers equal the store's", async () => {
  await page.goto(`${serve.url}#map?indicator=gdp_current&year=2024`);
  await ready("map");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#map-figure .downloads a >> nth=0")]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const files = readZip((await import("node:fs")).readFileSync(file));
  const csv = [...files.entries()].find(([name]) => name.endsWith(".csv"))![1].toString("utf8").replace(/^\uFEFF/, "");
  const [, ...lines] = csv.trim().split("\r\n");
  const shown = new Map(lines.map((l) => l.split(",")).map((c) => [c[0]!, Number(c[3])]));
  const store = await Store.open(db, registry, { readOnly: true });
  try {
    const rows = await store.rows("SELECT region_code, value FROM observations_current WHERE indicator = 'gdp_current' AND year = 2024 AND region_code <> '100000'");
    assert.equal(rows.length, 31);
    assert.equal(shown.size, 31);
    for (const r of rows) assert.equal(shown.get(r.region_code as string), r.value, r.region_code as string);
  } finally {
    store.close();
  }
  assert.ok(files.has("metadata.json") && files.has("README.md"));
});

test("a link naming something the dashboard does not have says what is shown instead (zh, en); a good link or a new choice shows no notice", async () => {
  // Before, #map?indicator=zzz fell back to the first indicator without a word.
  const noticeText = () => page.evaluate(() => (document.getElementById("notice")!.hidden ? "" : document.getElementById("notice")!.textContent));
  const noticeIs = (text: string) => page.waitForFunction((t) => (document.getElementById("notice")!.hidden ? "" : document.getElementById("notice")!.textContent) === t, text);
  await page.goto(`${serve.url}#map?indicator=zzz&year=1800`);
  await ready("map");
  const indicator = await page.$eval("#map-indicator", (s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);
  const year = await page.textContent("#map-year-label");
  assert.equal(await noticeText(), `${m.pageWords.linkUnknown.zh}indicator=zzz → ${indicator}${m.pageWords.linkUnknownSeparator.zh}year=1800 → ${year}`);
  assert.match(page.url(), new RegExp(`#map\\?indicator=gdp_current&year=${year}$`), "the address shows what is shown");
  // an unknown tab: the map is shown, and said
  await page.goto(`${serve.url}#nosuchtab?indicator=gdp_current`);
  await noticeIs(`${m.pageWords.linkUnknown.zh}#nosuchtab → ${m.pageWords.tabMap.zh}`);
  // an unknown region; choosing a province clears the notice
  await page.goto(`${serve.url}#profile?region=999999`);
  await ready("profile");
  const region = await page.$eval("#profile-region", (s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);
  await noticeIs(`${m.pageWords.linkUnknown.zh}region=999999 → ${region}`);
  await page.selectOption("#profile-region", "410000");
  await page.waitForFunction(() => location.hash === "#profile?region=410000");
  assert.equal(await noticeText(), "");
  // a link that names only known things shows none
  await page.goto(`${serve.url}#map?indicator=gdp_current&year=2024`);
  await noticeIs("");
  // in English, with the page's words
  await page.goto(`${serve.url}?lang=en#groups?grouping=nope&measure=bogus`);
  await ready("groups");
  const grouping = await page.$eval("#groups-grouping", (s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);
  const measure = await page.$eval("#groups-measure", (s: HTMLSelectElement) => s.selectedOptions[0]!.textContent);
  await noticeIs(`${m.pageWords.linkUnknown.en}grouping=nope → ${grouping}${m.pageWords.linkUnknownSeparator.en}measure=bogus → ${measure}`);
  assert.doesNotMatch((await noticeText()) ?? "", CJK);
  // back to the Chinese map, where the next test switches language
  await page.goto(`${serve.url}?lang=zh#map?indicator=gdp_current&year=2024`);
  await ready("map");
});

test("the English switch leaves no Chinese on any tab (outside the switch back to 中文)", async () => {
  await Promise.all([page.waitForNavigation(), page.click("#lang-switch")]);
  await ready("map");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  for (const tab of ["map", "groups", "profile", "disparity", "data"]) {
    await page.click(`[data-tab="${tab}"]`);
    await ready(tab);
    const text = await visibleText();
    const chinese = text.split("\n").filter((l) => CJK.test(l));
    assert.deepEqual(chinese, [], tab);
  }
});

test("charts do not wait for the fallback font: with its request never answered, the map is drawn", async () => {
  const other = await browser.context.newPage(); // routing disables the HTTP cache: the font is asked for again
  try {
    await other.route("**/fonts/*", () => undefined); // never answered
    await other.goto(`${serve.url}#map`, { waitUntil: "domcontentloaded" }); // a pending font holds back the load event
    await other.waitForFunction(() => document.body.dataset.ready === "map");
    const regions = await other.$$eval("#map-figure svg path", (paths) => paths.length);
    assert.ok(regions >= 34, `${regions} paths`);
  } finally {
    await other.close();
  }
});

test("on a phone-wide screen (420 px) the page does not scroll sideways and the whole map is inside its chart", async () => {
  const phone = await browser.context.newPage();
  try {
    await phone.setViewportSize({ width: 420, height: 900 });
    await phone.goto(`${serve.url}#map?indicator=gdp_per_capita&year=2019`);
    await phone.waitForFunction(() => document.body.dataset.ready === "map");
    const fit = await phone.evaluate(() => {
      const chart = document.getElementById("map-figure-chart")!.getBoundingClientRect();
      const shapes = [...document.querySelectorAll("#map-figure-chart svg path")].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0);
      return { page: document.documentElement.scrollWidth, left: Math.min(...shapes.map((r) => r.left)) - chart.left, right: chart.right - Math.max(...shapes.map((r) => r.right)) };
    });
    assert.ok(fit.page <= 420, `page ${fit.page} px wide`);
    assert.ok(fit.left >= 0 && fit.right >= 0, `map overflows its chart: ${JSON.stringify(fit)}`);
  } finally {
    await phone.close();
  }
});

test("the server stops cleanly on Ctrl-C (SIGINT): exit 0, store released", async () => {
  // While it runs, the server holds the store read-only: other readers may open it, a writer could not.
  const { code, err } = await serve.stop("SIGINT");
  assert.equal(code, 0, err);
  assert.match(err, /已停止。 \(SIGINT\)/);
  const store = await Store.open(db, registry); // read-write: only possible once the server let go
  store.close();
});
