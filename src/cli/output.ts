import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RegeconError } from "../types/errors.js";

/**
 * Write all files or none: each goes to a temporary file beside its target first; only when every
 * temporary file is written are they renamed into place. On failure the temporaries are removed and
 * RegeconError `WRITE_FAILED` names the file, so no partial output is left behind.
 */
export function writeAllOrNothing(files: readonly { path: string; content: string | Buffer }[]): void {
  const temps: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(path.dirname(f.path), { recursive: true });
      const tmp = `${f.path}.tmp-${process.pid}`;
      temps.push(tmp);
      writeFileSync(tmp, f.content);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw new RegeconError("WRITE_FAILED", `无法写入输出文件：${(e as Error).message}`, "检查输出目录是否存在且可写。");
  }
  files.forEach((f, i) => renameSync(temps[i]!, f.path));
}
