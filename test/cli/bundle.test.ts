/**
 * The bundled CLI (`dist/cli/bin.js`, what `regecon` runs; built by `npm run build`) swaps a few lines
 * of the docx library for faster equivalents (scripts/bundle-cli.mjs) and renders Word's figures on
 * worker threads while the report is built. Its Word file must hold exactly what the built library's
 * unbundled renderDocx writes for the same report: every part of the .docx byte for byte (document
 * XML with the images' relationship ids, relationships, media), except the creation time.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readZip } from "../helpers/zip.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TMP = mkdtempSync(path.join(tmpdir(), "regecon-bundle-"));
test.after(() => rmSync(TMP, { recursive: true, force: true }));

function node(args: string[]): string {
  const env = { ...process.env, REGECON_DB: path.join(TMP, "never-created.duckdb") };
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test("the bundled CLI writes the same Word file as the unbundled library (except its creation time)", () => {
  assert.ok(existsSync(path.join(ROOT, "dist/cli/bin.js")), "run `npm run build` first (`npm test` does)");
  const fromCli = path.join(TMP, "cli.docx");
  const fromLibrary = path.join(TMP, "library.docx");
  node(["dist/cli/bin.js", "report", "--data", "data/nbs", "--year", "2024", "--format", "docx", "--out", fromCli, "--json"]);
  node([
    "--input-type=module",
    "-e",
    `import { writeFileSync } from "node:fs";
     import { buildReport, renderDocx, loadRegistry, loadFolderDataset, loadBoundaries, DEFAULT_DATASET_DIR } from "regecon";
     const registry = loadRegistry();
     const doc = buildReport({ dataset: loadFolderDataset(DEFAULT_DATASET_DIR, registry), registry, year: 2024, lang: "zh", map: { boundaries: loadBoundaries(registry) } });
     writeFileSync(${JSON.stringify(fromLibrary)}, await renderDocx(doc));`,
  ]);
  const cli = readZip(readFileSync(fromCli));
  const library = readZip(readFileSync(fromLibrary));
  assert.deepEqual([...cli.keys()].sort(), [...library.keys()].sort());
  assert.ok([...cli.keys()].filter((k) => k.startsWith("word/media/")).length >= 10);
  for (const [name, bytes] of cli) {
    if (name === "docProps/core.xml") continue; // dcterms:created / modified: the time of writing
    assert.ok(bytes.equals(library.get(name)!), `${name} differs`);
  }
});
