import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const SNAPSHOT_DIR = fileURLToPath(new URL("../snapshots/", import.meta.url));

/**
 * Compare `svg` with the committed snapshot `test/snapshots/<name>.svg`. When it differs (or is
 * missing), the new rendering is written beside it as `<name>.new.svg` for review and the test
 * fails; with UPDATE_SNAPSHOTS=1 the snapshot is rewritten instead.
 */
export function assertSnapshot(name: string, svg: string): void {
  const file = path.join(SNAPSHOT_DIR, `${name}.svg`);
  const fresh = path.join(SNAPSHOT_DIR, `${name}.new.svg`);
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
      ? `snapshot ${name}.svg is missing; wrote ${path.relative(process.cwd(), fresh)} — review it and run with UPDATE_SNAPSHOTS=1 to accept`
      : `SVG differs from snapshot ${name}.svg; wrote ${path.relative(process.cwd(), fresh)} — review the difference and run with UPDATE_SNAPSHOTS=1 to accept`,
  );
}
