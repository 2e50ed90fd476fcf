/**
 * ARCHITECTURE.md is a map for newcomers: every file or folder of the project it names must exist, so a
 * renamed module cannot leave the pipeline diagram or a recipe pointing nowhere. A placeholder such as
 * `src/messages/<area>.ts` is checked up to its folder.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Project paths named in a text: src/…, test/…, docs/…, data/…, specs/…, scripts/…, bench/…. */
function projectPaths(text: string): string[] {
  const found = text.match(/(?<![\w/.-])(?:src|test|docs|data|specs|scripts|bench)\/[\w./-]*/g) ?? [];
  return [...new Set(found.map((p) => p.replace(/\.+$/, "")))].sort();
}

test("the path pattern finds paths and cuts placeholders at their folder", () => {
  assert.deepEqual(projectPaths("see `src/messages/<area>.ts`, src/report/build.ts. and vega-lite's src/x"), ["src/messages/", "src/report/build.ts", "src/x"]);
});

test("every project path ARCHITECTURE.md names exists", () => {
  const paths = projectPaths(readFileSync(path.join(ROOT, "ARCHITECTURE.md"), "utf8"));
  assert.ok(paths.length > 40, `ARCHITECTURE.md names ${paths.length} paths`);
  assert.deepEqual(paths.filter((p) => !existsSync(path.join(ROOT, p))), []);
});
