/**
 * The page's fallback Chinese font: a subset of the bundled Noto Sans SC that holds every character
 * the dashboard prints (checked against the text of the page and of the API's answers in both
 * languages), served under the name the page's @font-face asks for, and a small fraction of the 8 MB
 * full font.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { statSync } from "node:fs";
import { rasterFontFiles } from "../../src/charts/rasterize.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { createApp } from "../../src/server/app.js";
import { ServeData } from "../../src/server/data.js";
import { pageCharacters } from "../../src/server/font.js";
import { ViewContext } from "../../src/server/views/context.js";
import { lists } from "../../src/server/views/lists.js";

const data = await ServeData.load({ dataDir: DEFAULT_DATASET_DIR });
const app = createApp(data, "zh");
const text = async (url: string) => (await app.request(url)).text();

test("the page names the subset font; it is served as OpenType, a small fraction of the full font; other names are 404", async () => {
  const html = await text("/");
  const file = /url\("\/fonts\/([^"]+)"\)/.exec(html)?.[1];
  assert.ok(file, "the page's @font-face names a font");
  assert.equal(/url\("\/fonts\/([^"]+)"\)/.exec(await text("/?lang=en"))?.[1], file, "one font for both languages");
  const r = await app.request(`/fonts/${file}`);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get("content-type"), "font/otf");
  const bytes = Buffer.from(await r.arrayBuffer());
  assert.equal(bytes.subarray(0, 4).toString("latin1"), "OTTO", "an OpenType (CFF) font");
  const full = statSync(rasterFontFiles().regular).size;
  assert.ok(bytes.length < full / 10, `subset ${bytes.length} B, full font ${full} B`);
  for (const other of ["NotoSansSC-Regular.otf", "NotoSansSC-000000000000.otf", "..%2Fpackage.json"]) assert.equal((await app.request(`/fonts/${other}`)).status, 404, other);
});

test("the subset holds every character of the page and of the API's answers, in Chinese and in English", async () => {
  const chars = new Set(pageCharacters(data, [lists(new ViewContext(data, "zh")), lists(new ViewContext(data, "en"))]));
  const urls = ["/", "/api/indicators", "/api/regions", "/api/groupings", "/api/coverage", "/api/disparity"];
  for (const s of data.series) urls.push(`/api/map?indicator=${s.id}&year=${s.years[s.years.length - 1]}`);
  for (const g of data.registry.groupings) for (const measure of ["level", "share", "realGrowth"]) urls.push(`/api/groups?grouping=${encodeURIComponent(g.name)}&indicator=gdp_current&measure=${measure}`);
  for (const region of ["110000", "410000", "540000", "650000"]) urls.push(`/api/profile?region=${region}`);
  urls.push("/api/map?indicator=nope"); // an error message and its hint
  for (const lang of ["zh", "en"]) {
    for (const url of urls) {
      const body = await text(`${url}${url.includes("?") ? "&" : "?"}lang=${lang}`);
      const missing = [...new Set(body)].filter((c) => !chars.has(c) && c !== "\n");
      assert.deepEqual(missing, [], `${url} (${lang})`);
    }
  }
});
