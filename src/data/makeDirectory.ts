import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

/**
 * Create `dir` and its missing parents, one level at a time, like `mkdirSync(dir, { recursive: true })`
 * but always returning: Node 20's recursive mkdir never returns under /proc (it retries the parent it is
 * told does not exist), so `--out /proc/x/y.html` used to hang. Throws the file system's error (ENOENT,
 * EACCES, EROFS, ENOTDIR…, whose message names the level that could not be created); the caller says
 * which output it was for.
 */
export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !existsSync(d); d = path.dirname(d)) {
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      // made meanwhile by another process: fine
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}
