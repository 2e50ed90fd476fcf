/**
 * Errors the public API (src/index.ts) throws are read by library users too: a hint that names a CLI
 * flag (--db, --data, --boundaries, --allow-older) must also say what it is outside the command line
 * ("CLI: --x" / "--x on the command line", with the library's option where there is one).
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadBoundaries } from "../../src/charts/boundaries.js";
import { loadFolderDataset } from "../../src/data/folder.js";
import { loadRegistry } from "../../src/data/registry.js";
import { Store } from "../../src/data/store/store.js";
import * as charts from "../../src/messages/charts.js";
import * as store from "../../src/messages/store.js";
import { RegeconError } from "../../src/types/errors.js";
import type { Text } from "../../src/types/text.js";

const registry = loadRegistry();
const dir = mkdtempSync(path.join(tmpdir(), "regecon-hints-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A whole command line in a hint ("regecon import FILE --db x") is plainly the CLI's: left out of the check. */
const COMMAND_EXAMPLE = /regecon [a-z]+[^；;。（()]*/g;

/** Every --flag a hint names outside a command example comes with its library reading ("CLI: --x", "--x on the command line", "命令行：--x"). */
function flagsExplained(hint: Text | undefined, where: string): void {
  assert.ok(hint, `${where}: no hint`);
  for (const lang of ["zh", "en"] as const) {
    const prose = hint[lang].replace(COMMAND_EXAMPLE, "");
    for (const flag of prose.match(/--[a-z][a-z-]+/g) ?? []) {
      const explained = lang === "en" ? new RegExp(`CLI: ${flag}|${flag} on the command line`).test(prose) : new RegExp(`命令行[：的用]\\s*${flag}`).test(prose);
      assert.ok(explained, `${where} (${lang}) names ${flag} as if every reader used the CLI: ${hint[lang]}`);
    }
  }
}

async function hintOf(run: () => unknown): Promise<Text | undefined> {
  try {
    await run();
  } catch (e) {
    assert.ok(e instanceof RegeconError, String(e));
    return e.hintText;
  }
  assert.fail("did not throw");
}

test("hints of errors thrown by the public API name CLI flags only with their library reading", async () => {
  const notAStore = path.join(dir, "not-a-store.duckdb");
  writeFileSync(notAStore, "plain text");
  flagsExplained(await hintOf(() => Store.open(path.join(dir, "missing.duckdb"), registry, { readOnly: true })), "Store.open (missing file)");
  flagsExplained(await hintOf(() => Store.open(notAStore, registry, { readOnly: true })), "Store.open (not a store)");
  flagsExplained(await hintOf(() => loadFolderDataset(path.join(dir, "no-folder"), registry)), "loadFolderDataset");
  flagsExplained(await hintOf(() => loadBoundaries(registry, { file: path.join(dir, "none.geojson") })), "loadBoundaries");
  // hints of conditions that are costly to produce here (a store of another schema, an older census, no permission)
  flagsExplained(store.olderVintageHint, "OLDER_VINTAGE (Store.importParsed)");
  flagsExplained(store.schemaMismatchHint, "STORE_SCHEMA_MISMATCH");
  flagsExplained(store.cannotOpenHint, "STORE_UNAVAILABLE");
  // a warning buildReport returns (MAP_NO_APPROVAL_NUMBER)
  flagsExplained(charts.noApprovalNumber, "MAP_NO_APPROVAL_NUMBER");
  assert.match(store.olderVintageHint.en, /option allowOlder \(CLI: --allow-older/);
});
