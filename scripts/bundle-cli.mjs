// Bundles the CLI (`dist/cli/bin.js`, what `regecon` runs) with esbuild after `tsc` has compiled
// dist/: one entry file plus chunks that each command and each output format load only when used
// (code splitting follows the dynamic imports). Loading a few bundled files instead of hundreds of
// modules (ECharts alone has ~600) is most of a report's start-up time.
//
// Native bindings stay external (@duckdb/node-bindings, @resvg/resvg-js: their .node binaries are
// resolved from node_modules at run time), as do files read at run time (fonts, harfbuzz wasm, data/).
// DuckDB's JavaScript API (@duckdb/node-api, 124 CommonJS files) is bundled: imported from ESM, Node
// would scan every one of its files for exports at each start.
// Every output file lies in dist/cli/, two levels below the package root like the compiled modules,
// so paths built from import.meta.url ("../../data/", "../../package.json") still resolve.
import { cpSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, "dist", "cli");
for (const f of readdirSync(outdir)) if (f.startsWith("bundle-")) rmSync(path.join(outdir, f));
// The dashboard finds its page files at new URL("./assets/", import.meta.url): beside the bundle too.
rmSync(path.join(outdir, "assets"), { recursive: true, force: true });
cpSync(path.join(root, "src", "server", "assets"), path.join(outdir, "assets"), { recursive: true });

/**
 * A few lines of docx 9.7.1 (its dist/index.mjs) that cost most of the time of writing a Word file with
 * two dozen figures are swapped in the bundle for equivalents (same file names, same XML; the build
 * fails if docx changes one of them):
 * - docx names each image after a SHA-1 of its bytes, computed by a JavaScript SHA-1 (hash.js) that
 *   first copies the bytes into an array: ~20 ms per 100 KB PNG. node:crypto gives the same hex digest
 *   in microseconds.
 * - It puts each image's relationship id into the document XML with one regular-expression pass over
 *   the whole XML (1 MB for the report) per image, and finds the images an XML uses with another pass
 *   per image. One pass that looks every `{…}` placeholder up in a map gives the same XML.
 * - It deflates the images (PNG, already compressed) into the .docx; stored as they are, the Word file is
 *   a little larger and written without that work.
 */
const DOCX_PATCHES = [
  {
    why: "image names by node:crypto's SHA-1",
    find: 'var hashedId = (data) => import_hash.default.sha1().update(data instanceof ArrayBuffer ? new Uint8Array(data) : data).digest("hex");',
    replace: 'var hashedId = (data) => __regeconCreateHash("sha1").update(data instanceof ArrayBuffer ? new Uint8Array(data) : data).digest("hex");',
  },
  {
    why: "image placeholders replaced in one pass",
    find: `		let currentXmlData = xmlData;
		mediaData.forEach((image, i) => {
			currentXmlData = currentXmlData.replace(new RegExp(\`{\${image.fileName}}\`, "g"), (offset + i).toString());
		});
		return currentXmlData;`,
    replace: `		const ids = new Map(mediaData.map((image, i) => [\`{\${image.fileName}}\`, (offset + i).toString()]));
		return ids.size === 0 ? xmlData : xmlData.replace(/\\{[^{}<>]{1,200}\\}/g, (token) => ids.get(token) ?? token);`,
  },
  {
    why: "images an XML uses found in one pass",
    find: "		return media.Array.filter((image) => xmlData.search(`{${image.fileName}}`) > 0);",
    replace: "		const used = new Set(xmlData.match(/\\{[^{}<>]{1,200}\\}/g));\n		return media.Array.filter((image) => used.has(`{${image.fileName}}`));",
  },
  {
    why: "images stored, not deflated",
    find: "for (const data of file.Media.Array) if (data.type !== \"svg\") zip.file(`word/media/${data.fileName}`, data.data);",
    replace: "for (const data of file.Media.Array) if (data.type !== \"svg\") zip.file(`word/media/${data.fileName}`, data.data, { compression: \"STORE\" });",
  },
];

const docxSpeed = {
  name: "docx-speed",
  setup(b) {
    b.onLoad({ filter: /[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      let source = readFileSync(args.path, "utf8");
      for (const patch of DOCX_PATCHES) {
        if (source.split(patch.find).length !== 2) throw new Error(`${args.path}: docx changed where the bundle swaps a line (${patch.why}); update DOCX_PATCHES in scripts/bundle-cli.mjs`);
        source = source.replace(patch.find, () => patch.replace);
      }
      return { contents: `import { createHash as __regeconCreateHash } from "node:crypto";\n${source}`, loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { bin: "src/cli/bin.ts" },
  outdir,
  chunkNames: "bundle-[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["@duckdb/node-bindings", "@resvg/resvg-js"],
  // Bundled CommonJS packages (iconv-lite, …) call require() for Node's built-in modules.
  banner: { js: 'import { createRequire as __regeconCreateRequire } from "node:module"; const require = __regeconCreateRequire(import.meta.url);' },
  plugins: [docxSpeed],
  legalComments: "none",
  logLevel: "warning",
});
