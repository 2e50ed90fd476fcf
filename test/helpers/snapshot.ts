import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const SNAPSHOT_DIR = fileURLToPath(new URL("../snapshots/", import.meta.url));

/**
 * Compare `content` with the committed snapshot `test/snapshots/<name>`. A first run writes it;
 * a difference writes `<name>.new` beside it for review and fails; UPDATE_SNAPSHOTS=1 rewrites it.
 */
export function matchSnapshot(name: string, content: string): void {
  const file = path.join(SNAPSHOT_DIR, name);
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS === "1") {
    writeFileSync(file, content);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (expected !== content) {
    writeFileSync(`${file}.new`, content);
    assert.fail(`snapshot ${name} changed; review ${file}.new (UPDATE_SNAPSHOTS=1 to accept)`);
  }
}
