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
 * docx 9.7.1 names each image after a SHA-1 of its bytes, computed by a JavaScript SHA-1 (hash.js,
 * inlined in docx's dist) that first copies the bytes into an array: ~20 ms per 100 KB PNG, most of
 * the cost of adding a figure to a Word file. node:crypto gives the same hex digest in microseconds,
 * so the bundle swaps that one line (same file names, same .docx). The build fails if docx changes it.
 */
const nodeCryptoImageHash = {
  name: "docx-image-hash",
  setup(b) {
    b.onLoad({ filter: /[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const js = 'var hashedId = (data) => import_hash.default.sha1().update(data instanceof ArrayBuffer ? new Uint8Array(data) : data).digest("hex");';
      if (source.split(js).length !== 2) throw new Error(`${args.path}: docx's hashedId changed; update the docx-image-hash step of scripts/bundle-cli.mjs`);
      const native = 'var hashedId = (data) => __regeconCreateHash("sha1").update(data instanceof ArrayBuffer ? new Uint8Array(data) : data).digest("hex");';
      return { contents: `import { createHash as __regeconCreateHash } from "node:crypto";\n${source.replace(js, native)}`, loader: "js", resolveDir: path.dirname(args.path) };
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
  plugins: [nodeCryptoImageHash],
  legalComments: "none",
  logLevel: "warning",
});
