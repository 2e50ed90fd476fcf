import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { CHART_FONT } from "../charts/render.js";
import * as m from "../messages/serve.js";
import type { Lang } from "../types/text.js";
import type { ServeData } from "./data.js";
import type { Lists } from "./views/lists.js";

/**
 * The page and the files it loads. Everything is served by regecon itself (no CDN, works offline):
 * the page's own HTML/CSS/JS from `assets/` (copied to dist/server/assets by `npm run build`),
 * ECharts from its npm package's dist file, and (font.ts) a subset of the bundled Noto Sans SC font
 * as a fallback for machines without a Chinese font. Only the files listed at start are served (no
 * path from a request reaches the file system).
 */

/** The page's own assets (src/server/assets, or dist/server/assets after the build). */
export const ASSETS_DIR = fileURLToPath(new URL("./assets/", import.meta.url));

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** File name as requested → file on disk, per kind; fixed when the module loads. */
const FILES: Record<"assets" | "vendor", Map<string, string>> = {
  assets: new Map(readdirSync(ASSETS_DIR).filter((f) => f !== "index.html" && path.extname(f) in TYPES).map((f) => [f, path.join(ASSETS_DIR, f)])),
  vendor: new Map([["echarts.js", path.join(path.dirname(createRequire(import.meta.url).resolve("echarts")), "echarts.esm.min.mjs")]]),
};

/** Browser caching: the page's own files briefly (they change with regecon), ECharts for a day. */
const MAX_AGE = { assets: 300, vendor: 86400 };

/** The subset font (see PageFont): its name changes with its characters, so a browser may keep it for a day. */
export function fontResponse(bytes: Buffer): Response {
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": "font/otf", "Cache-Control": "public, max-age=86400" } });
}

/** File bytes, plain and gzipped, read and compressed once (the files do not change while serving). */
const bytes = new Map<string, { plain: Buffer; gzip?: Buffer }>();

/**
 * The response for an allowed file, or undefined (the caller answers 404). Text files go gzipped when
 * the browser accepts it (compressed once, not per request: ECharts is 1.1 MB).
 */
export function assetResponse(name: string, kind: keyof typeof FILES = "assets", acceptEncoding = ""): Response | undefined {
  const file = FILES[kind].get(name);
  if (file === undefined) return undefined;
  let body = bytes.get(file);
  if (!body) {
    const plain = readFileSync(file);
    bytes.set(file, (body = { plain, gzip: TYPES[path.extname(file)]!.startsWith("text/") ? gzipSync(plain) : undefined }));
  }
  const headers: Record<string, string> = { "Content-Type": TYPES[path.extname(file)]!, "Cache-Control": `public, max-age=${MAX_AGE[kind]}`, Vary: "Accept-Encoding" };
  if (body.gzip && /\bgzip\b/.test(acceptEncoding)) return new Response(new Uint8Array(body.gzip), { headers: { ...headers, "Content-Encoding": "gzip" } });
  return new Response(new Uint8Array(body.plain), { headers });
}

const TEMPLATE = readFileSync(path.join(ASSETS_DIR, "index.html"), "utf8");

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The page in `lang`: the template with `{{key}}` replaced by the catalogue's page words,
 * `{{fontFile}}` by the subset font's file name and `{{config}}` by the JSON the scripts read
 * (language, every page word, the chart font, the data label, and the lists the pages choose from,
 * which spares the page three requests).
 */
export function pageHtml(lang: Lang, data: ServeData, lists: Lists, fontFile: string): string {
  const words = Object.fromEntries(Object.entries(m.pageWords).map(([k, t]) => [k, t[lang]]));
  const config = { lang, words, font: CHART_FONT, data: data.label[lang], lists };
  // "<" in JSON inside a script element is escaped so no data can close the element.
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  const fill: Record<string, string> = { config: json, lang, fontFile: escapeHtml(fontFile) };
  return TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, key: string) => fill[key] ?? escapeHtml(words[key] ?? `{{${key}}}`));
}
