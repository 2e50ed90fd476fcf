import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const SNAPSHOT_DIR = fileURLToPath(new URL("../snapshots/", import.meta.url));

/**
 * Compare `svg` (or any text) with the committed snapshot `test/snapshots/<name>.<ext>`. When it
 * differs (or is missing), the new rendering is written beside it as `<name>.new.<ext>` for review
 * and the test fails; with UPDATE_SNAPSHOTS=1 the snapshot is rewritten instead.
 */
export function assertSnapshot(name: string, svg: string, ext = "svg"): void {
  const file = path.join(SNAPSHOT_DIR, `${name}.${ext}`);
  const fresh = path.join(SNAPSHOT_DIR, `${name}.new.${ext}`);
  if (process.env.UPDATE_SNAPSHOTS === "1") {
    fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
    fs.writeFileSync(file, svg);
    fs.rmSync(fresh, { force: true });
    return;
  }
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (old === svg) {
    fs.rmSync(fresh, { force: true });
    return;
  }
  fs.writeFileSync(fresh, svg);
  assert.fail(
    old === undefined
      ? `snapshot ${name}.${ext} is missing; wrote ${path.relative(process.cwd(), fresh)} — review it and run with UPDATE_SNAPSHOTS=1 to accept`
      : `Output differs from snapshot ${name}.${ext}; wrote ${path.relative(process.cwd(), fresh)} — review the difference and run with UPDATE_SNAPSHOTS=1 to accept`,
  );
}
