import { gzipSync } from "node:zlib";
import { Hono, type Context } from "hono";
import { compress } from "hono/compress";
import * as m from "../messages/serve.js";
import { RegeconError } from "../types/errors.js";
import type { Lang } from "../types/text.js";
import { chartFigurePng, chartFigureSvg } from "./chart.js";
import type { ServeData } from "./data.js";
import { downloadZip, type DownloadFormat, type DownloadScope } from "./downloads.js";
import { BoundedCache } from "./cache.js";
import { PageFont, pageCharacters } from "./font.js";
import { assetResponse, fontResponse, pageHtml } from "./page.js";
import { choiceParam, langParam, onlyParams, param, provinceParam, seriesParam, yearParam } from "./params.js";
import { ViewContext } from "./views/context.js";
import { coverageView } from "./views/coverage.js";
import { lists, type Lists } from "./views/lists.js";
import { VIEW_NAMES, VIEW_PARAMS, buildView, type BuiltView, type ViewName } from "./views/index.js";

/** Longest accepted URL (path and query); longer requests are refused with 414 before any work. */
export const MAX_URL_LENGTH = 1024;
/** Views kept in memory (the data do not change while the server runs). */
export const VIEW_CACHE_SIZE = 512;

/**
 * The dashboard as a Hono app: the page, its assets, and the JSON API documented in docs/api.md.
 * Runs in-process for tests (`app.request(url)`) and behind `@hono/node-server` for `regecon serve`;
 * `regecon serve` calls `prepare` once listening, so a first visit finds the font and the default map made.
 * Every API error a user can cause is a RegeconError returned as HTTP 400 (404 for an unknown path)
 * with `{ error: { code, message, hint } }` in the requested language.
 */
export function createApp(data: ServeData, defaultLang: Lang): Hono & { prepare(): Promise<void> } {
  const app = new Hono();
  const views = new BoundedCache<BuiltView & { text: string; ranking?: string }>(VIEW_CACHE_SIZE);
  const contexts = { zh: new ViewContext(data, "zh"), en: new ViewContext(data, "en") };
  const listCache: Partial<Record<Lang, Lists>> = {};
  const listsOf = (lang: Lang): Lists => (listCache[lang] ??= lists(contexts[lang]));
  const pages: Partial<Record<Lang, string>> = {};
  let pageFont: PageFont | undefined;
  const font = () => (pageFont ??= new PageFont(pageCharacters(data, [listsOf("zh"), listsOf("en")])));
  const langOf = (c: Context): Lang => {
    const v = c.req.query("lang");
    return v === "en" || v === "zh" ? v : defaultLang;
  };
  const query = (c: Context) => new URL(c.req.url).searchParams;
  /**
   * A view from the cache or built now. Parameters other than the view's own (and `extra`, e.g. a
   * download's format) are refused; the key is the view name, its own parameters sorted and the language.
   */
  const view = (c: Context, name: ViewName, extra: readonly string[] = []) => {
    const q = query(c);
    onlyParams(q, [...VIEW_PARAMS[name], ...extra, "lang"]);
    const lang = langParam(q, defaultLang);
    const own = new URLSearchParams([...q].filter(([k]) => VIEW_PARAMS[name].includes(k)));
    own.sort();
    return views.get(`${name}?${own.toString()}&_lang=${lang}`, () => {
      const v = buildView(contexts[lang], name, q);
      const json = v.json as { indicator?: unknown; year?: number; ranking?: unknown };
      // Serialised once: a cached view is answered without building JSON again.
      return { ...v, text: JSON.stringify(v.json), ranking: name === "map" ? JSON.stringify({ indicator: json.indicator, year: json.year, ranking: json.ranking }) : undefined };
    });
  };

  app.use("*", async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) return c.json(errorBody(new RegeconError("BAD_ARGUMENT", m.urlTooLong(MAX_URL_LENGTH), m.urlTooLongHint), langOf(c)), 414);
    await next();
  });
  app.use("/api/*", compress());

  app.get("/", (c) => {
    const lang = langOf(c);
    return c.html((pages[lang] ??= pageHtml(lang, data, listsOf(lang), font().file)));
  });
  app.get("/assets/:file", (c) => assetResponse(c.req.param("file"), "assets", c.req.header("Accept-Encoding")) ?? notFound(c, langOf(c)));
  app.get("/vendor/:file", (c) => assetResponse(c.req.param("file"), "vendor", c.req.header("Accept-Encoding")) ?? notFound(c, langOf(c)));
  app.get("/fonts/:file", async (c) => (c.req.param("file") === font().file ? fontResponse(await font().load()) : notFound(c, langOf(c))));

  app.get("/api/health", (c) => c.json({ ok: true }));
  app.get("/api/indicators", (c) => c.json(listsOf(plain(c, [])).indicators));
  app.get("/api/regions", (c) => c.json(listsOf(plain(c, [])).regions));
  app.get("/api/groupings", (c) => c.json(listsOf(plain(c, [])).groupings));
  app.get("/api/observations", (c) => {
    const q = query(c);
    const ctx = contexts[plain(c, ["indicator", "region", "year"])];
    const series = seriesParam(q, data.series);
    const region = param(q, "region") === undefined ? undefined : provinceParam(q, data.registry);
    const year = param(q, "year") === undefined ? undefined : yearParam(q, series.years);
    const rows = data.registry.provinces
      .filter((p) => region === undefined || p.code === region)
      .flatMap((p) =>
        series.years
          .filter((y) => year === undefined || y === year)
          .flatMap((y) => {
            const v = series.value(p.code, y);
            return v ? [{ region: p.code, name: ctx.regionName(p.code), year: y, value: v.value, sources: v.sources, vintages: v.vintages }] : [];
          }),
      );
    return c.json({ indicator: { id: series.id, name: ctx.say(series.name), unit: ctx.say(series.unit) }, observations: rows });
  });
  // The boundaries (~470 KB of JSON, asked for by every first visit) are serialised and gzipped once.
  const boundaries = JSON.stringify({ mapName: data.boundaries.mapName, geoJson: data.boundaries.geoJson });
  let boundariesGzip: Uint8Array<ArrayBuffer> | undefined;
  app.get("/api/boundaries", (c) => {
    const headers = { "Content-Type": "application/json", "Cache-Control": "public, max-age=3600", Vary: "Accept-Encoding" };
    if (!/\bgzip\b/.test(c.req.header("Accept-Encoding") ?? "")) return c.body(boundaries, 200, headers);
    return c.body((boundariesGzip ??= new Uint8Array(gzipSync(boundaries))), 200, { ...headers, "Content-Encoding": "gzip" });
  });
  const JSON_TYPE = { "Content-Type": "application/json; charset=utf-8" };
  for (const name of VIEW_NAMES) app.get(`/api/${name}`, (c) => c.body(view(c, name).text, 200, JSON_TYPE));
  app.get("/api/ranking", (c) => c.body(view(c, "map").ranking!, 200, JSON_TYPE));
  const plain = (c: Context, allowed: readonly string[]) => {
    const q = query(c);
    onlyParams(q, [...allowed, "lang"]);
    return langParam(q, defaultLang);
  };
  app.get("/api/coverage", (c) => c.json(coverageView(contexts[plain(c, [])])));
  app.get("/api/download", async (c) => {
    const q = query(c);
    const lang = langParam(q, defaultLang);
    const name = choiceParam<ViewName>(q, "view", VIEW_NAMES, "map");
    const scope = choiceParam<DownloadScope>(q, "scope", ["shown", "full"], "shown");
    const format = choiceParam<DownloadFormat>(q, "format", ["csv", "xlsx"], "csv");
    const v = view(c, name, ["view", "scope", "format"]);
    const zip = await downloadZip(contexts[lang], v.meta, v.table, scope, format, v.params);
    return new Response(Buffer.from(zip.bytes), { headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${zip.name}"` } });
  });
  app.get("/api/chart", async (c) => {
    const q = query(c);
    const name = choiceParam<ViewName>(q, "view", VIEW_NAMES, "map");
    const format = choiceParam(q, "format", ["svg", "png"] as const, "svg");
    const v = view(c, name, ["view", "chart", "format"]);
    const id = choiceParam(q, "chart", v.charts.map((x) => x.id), v.charts[0]?.id ?? "");
    const chart = v.charts.find((x) => x.id === id)!;
    const file = `regecon-${v.meta.name}-${id}.${format}`;
    const disposition = { "Content-Disposition": `attachment; filename="${file}"` };
    if (format === "svg") return new Response(chartFigureSvg(chart).svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8", ...disposition } });
    return new Response(new Uint8Array(await chartFigurePng(chart)), { headers: { "Content-Type": "image/png", ...disposition } });
  });
  app.notFound((c) => notFound(c, langOf(c)));
  app.onError((e, c) => {
    if (e instanceof RegeconError) return c.json(errorBody(e, langOf(c)), 400);
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    return c.json({ error: { code: "INTERNAL", message: m.internalError[langOf(c)], hint: null } }, 500);
  });
  /**
   * What every first visit asks for, made ahead: the font subset (a moment of this thread's CPU), the
   * page and the default map (the first indicator in its latest year, as map.js opens).
   */
  const prepare = async () => {
    await font().load();
    const first = data.series[0];
    for (const lang of ["zh", "en"] as const) {
      await app.request(`/?lang=${lang}`);
      if (first) await app.request(`/api/map?indicator=${first.id}&year=${first.years[first.years.length - 1]}&lang=${lang}`);
    }
  };
  return Object.assign(app, { prepare });
}

function notFound(c: Context, lang: Lang): Response {
  return c.json(errorBody(new RegeconError("NOT_FOUND", m.notFound(new URL(c.req.url).pathname), m.notFoundHint), lang), 404);
}

/** The JSON body of an error: code, message and hint in the requested language. */
export function errorBody(e: RegeconError, lang: Lang): { error: { code: string; message: string; hint: string | null } } {
  const { message, hint } = e.localized(lang);
  return { error: { code: e.code, message, hint: hint ?? null } };
}
