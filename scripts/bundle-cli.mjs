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
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, "dist", "cli");
for (const f of readdirSync(outdir)) if (f.startsWith("bundle-")) rmSync(path.join(outdir, f));

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
  legalComments: "none",
  logLevel: "warning",
});
