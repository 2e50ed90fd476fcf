import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as m from "../messages/store.js";
import { RegeconError } from "../types/errors.js";

/**
 * A new folder in the system's temporary folder (`TMPDIR`), named `prefix` + random characters: where the
 * store stages rows and DuckDB spills. Throws RegeconError `TEMP_UNAVAILABLE` naming the folder and the
 * reason when it cannot be made (TMPDIR missing, read-only or a file), instead of an internal error.
 */
export function temporaryFolder(prefix: string): string {
  try {
    return mkdtempSync(path.join(os.tmpdir(), prefix));
  } catch (e) {
    throw new RegeconError("TEMP_UNAVAILABLE", m.temporaryUnavailable(os.tmpdir(), (e as NodeJS.ErrnoException).code), m.temporaryUnavailableHint);
  }
}
