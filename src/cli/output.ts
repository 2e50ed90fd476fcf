import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as m from "../messages/cli.js";
import { RegeconError } from "../types/errors.js";
import { verbatim } from "../types/text.js";

/**
 * Write all files or none: each goes to a temporary file beside its target first; only when every
 * temporary file is written are they renamed into place. On failure the temporaries (and any file
 * already renamed into place by this call) are removed and RegeconError `WRITE_FAILED` names the
 * file, so no partial output is left behind.
 */
export function writeAllOrNothing(files: readonly { path: string; content: string | Buffer }[]): void {
  const temps: string[] = [];
  let current = "";
  const fail = (e: unknown): RegeconError =>
    new RegeconError("WRITE_FAILED", m.writeFailed(current, e instanceof RegeconError ? e.text : verbatim((e as Error).message)), m.writeFailedHint);
  try {
    for (const f of files) {
      current = f.path;
      mkdirSync(path.dirname(f.path), { recursive: true });
      let isDir = false;
      try {
        isDir = statSync(f.path).isDirectory();
      } catch {
        /* does not exist yet */
      }
      if (isDir) throw new RegeconError("WRITE_FAILED", m.targetIsFolder);
      const tmp = `${f.path}.tmp-${process.pid}`;
      temps.push(tmp);
      writeFileSync(tmp, f.content);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw fail(e);
  }
  const placed: string[] = [];
  try {
    files.forEach((f, i) => {
      current = f.path;
      renameSync(temps[i]!, f.path);
      placed.push(f.path);
    });
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    for (const p of placed) rmSync(p, { force: true });
    throw fail(e);
  }
}
