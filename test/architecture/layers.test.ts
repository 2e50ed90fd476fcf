/**
 * The layering rule of ARCHITECTURE.md, checked on the sources: types → stats → messages → data → analysis →
 * narrative/charts → report → cli/server; a module may import only its own layer or lower ones.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const RANK: Record<string, number> = { types: 0, stats: 1, messages: 2, data: 3, analysis: 4, narrative: 5, charts: 5, check: 5, report: 6, cli: 7, server: 7 };

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

test("no module imports a higher layer", () => {
  const violations: string[] = [];
  for (const file of files(SRC)) {
    const layer = path.relative(SRC, file).split(path.sep)[0]!;
    if (!(layer in RANK)) continue; // src/index.ts and the like may import anything
    for (const m of readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)[^'"]*from\s+["'](\.[^"']+)["']/gm)) {
      const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!)).split(path.sep)[0]!;
      if (target in RANK && RANK[target]! > RANK[layer]! && !(layer === "narrative" && target === "charts") && !(layer === "charts" && target === "narrative")) {
        violations.push(`${path.relative(SRC, file)} imports ${m[1]} (${layer} → ${target})`);
      }
    }
  }
  assert.deepEqual(violations, []);
});
