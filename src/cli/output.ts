import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeDirectory } from "../data/makeDirectory.js";
import { cleanUpOnInterrupt } from "../data/onInterrupt.js";
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
  const at = { current: "" };
  try {
    for (const f of files) {
      at.current = f.path;
      const tmp = temporaryFor(f.path);
      temps.push(tmp);
      writeFileSync(tmp, f.content);
    }
  } catch (e) {
    temps.forEach(removeQuietly);
    throw writeFailed(at.current, e);
  }
  placeAll(files, temps);
}

/**
 * `writeAllOrNothing` for output produced in a stream (a query result of any size, a file DuckDB
 * writes): `write` receives the temporary path to fill and resolves when it is complete. Errors of
 * `write` (a full disk, a failed COPY) become `WRITE_FAILED` naming the target, except user errors
 * (RegeconError: an SQL error, a damaged store), which pass through as they are; nothing is left behind,
 * also when the command is interrupted (Ctrl-C, SIGTERM) while writing.
 */
export async function writeAllOrNothingStreamed(files: readonly { path: string; write: (temporaryPath: string) => Promise<void> }[]): Promise<void> {
  const temps: string[] = [];
  const at = { current: "" };
  const removeTemps = () => temps.forEach(removeQuietly);
  const off = cleanUpOnInterrupt(removeTemps);
  try {
    for (const f of files) {
      at.current = f.path;
      const tmp = temporaryFor(f.path);
      temps.push(tmp);
      await f.write(tmp);
    }
  } catch (e) {
    removeTemps();
    throw writeFailed(at.current, e);
  } finally {
    off();
  }
  placeAll(files, temps);
}

/**
 * Before long work (building a report): make the output file's folder and write and remove its temporary
 * file, so an output that cannot be written is refused at once with `WRITE_FAILED` naming the file and
 * the reason, not after minutes of work. Nothing is left but the folder.
 */
export function checkWritable(file: string): void {
  try {
    const tmp = temporaryFor(file);
    writeFileSync(tmp, "");
    rmSync(tmp, { force: true });
  } catch (e) {
    throw writeFailed(file, e);
  }
}

/** The temporary file beside a target (its folder created); refuses a target that is a folder. */
function temporaryFor(target: string): string {
  makeDirectory(path.dirname(target));
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    /* does not exist yet */
  }
  if (isDir) throw new RegeconError("WRITE_FAILED", m.targetIsFolder);
  return `${target}.tmp-${process.pid}`;
}

/** Remove a file if it is there; a path that cannot hold one (under a regular file) has nothing to remove. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    /* ENOTDIR and the like: nothing was written there */
  }
}

/** Rename every temporary into place; on failure remove the temporaries and the files already placed. */
function placeAll(files: readonly { path: string }[], temps: readonly string[]): void {
  const placed: string[] = [];
  let current = "";
  try {
    files.forEach((f, i) => {
      current = f.path;
      renameSync(temps[i]!, f.path);
      placed.push(f.path);
    });
  } catch (e) {
    temps.forEach(removeQuietly);
    placed.forEach(removeQuietly);
    throw writeFailed(current, e);
  }
}

/** `WRITE_FAILED` naming the file; a user error raised while producing the content (an SQL error, a damaged store) passes through as it is. */
function writeFailed(file: string, e: unknown): RegeconError {
  if (e instanceof RegeconError && e.code !== "WRITE_FAILED") return e;
  const reason = e instanceof RegeconError ? e.text : (m.writeProblem((e as NodeJS.ErrnoException).code) ?? verbatim(e instanceof Error ? e.message : String(e)));
  return new RegeconError("WRITE_FAILED", m.writeFailed(file, reason), m.writeFailedHint);
}
