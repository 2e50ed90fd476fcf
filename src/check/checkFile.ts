import path from "node:path";
import { loadRegistry, type Registry } from "../data/registry.js";
import { defaultDbPath } from "../data/store/paths.js";
import * as m from "../messages/datasetOption.js";
import { RegeconError } from "../types/errors.js";
import type { Lang } from "../types/text.js";
import { checkText, type CheckResult } from "./check.js";
import { readDocument } from "./extract/read.js";
import { vintagesFromFolder, vintagesFromStore } from "./verify/vintages.js";

/** Where `checkFile` reads the data: a data folder (`data`) or the store (`db`; default the user's store). */
export interface CheckDataOptions {
  /** A data folder (such as `data/nbs`), read as is; not together with `db`. */
  data?: string;
  /** The store file; default `defaultDbPath()` (created and filled with the bundled data on first use). */
  db?: string;
  /** Language of the explanations in the result (default "zh"). */
  lang?: Lang;
  /** The region registry (default: the bundled one, `loadRegistry()`). */
  registry?: Registry;
}

/**
 * Check every quantitative claim of a report file against every vintage of the data: the library form
 * of `regecon check FILE` (the pipeline is `checkText`'s). Reads the document (`.txt`, `.md`, `.html`,
 * `.docx`, see `readDocument`), builds the vintage views of the folder or store
 * (`vintagesFromFolder` / `vintagesFromStore`, plus the bundled 2024 preliminary figures) and returns
 * the claims with their verdicts (`verified`, `vintage_mismatch`, `contradicted`, `no_data`,
 * `not_checkable`) and counts per verdict; `toJson(result)` gives the `--json` document.
 *
 * Throws RegeconError:
 * - `BAD_ARGUMENT` when both `data` and `db` are given;
 * - reading the document (`readDocument`): `FILE_UNREADABLE` when the file cannot be read (missing, a
 *   folder, no permission), `DOCUMENT_UNREADABLE` for a file type other than .txt/.md/.html/.docx or a
 *   .docx that is not a Word document, `UNSUPPORTED_ENCODING` for a binary file (NUL bytes),
 *   `BAD_ENCODING` for bytes that decode in no supported encoding;
 * - with `data`, the data folder's (`loadFolderDataset`): `DATA_FOLDER_UNREADABLE`, `DATA_FOLDER_EMPTY`,
 *   `CSV_UNREADABLE`, `CSV_MISSING_COLUMNS`, `BAD_YEAR`, `NOT_NUMERIC`, `IMPLAUSIBLE_VALUE`,
 *   `UNKNOWN_REGION`, `UNKNOWN_GROUPING`, `UNKNOWN_INDICATOR`, `UNIT_MISMATCH`, `UNKNOWN_SOURCE`,
 *   `DUPLICATE_OBSERVATION`;
 * - otherwise the store's (`Store.open`): `STORE_NOT_FOUND`, `STORE_UNAVAILABLE`, `STORE_LOCKED`,
 *   `STORE_SCHEMA_MISMATCH`.
 */
export async function checkFile(file: string, options: CheckDataOptions = {}): Promise<CheckResult> {
  if (options.data !== undefined && options.db !== undefined) throw new RegeconError("BAD_ARGUMENT", m.dataAndDb, m.dataAndDbHint);
  const registry = options.registry ?? loadRegistry();
  const doc = await readDocument(file);
  const views =
    options.data !== undefined
      ? vintagesFromFolder(path.resolve(options.data), registry)
      : await vintagesFromStore(options.db === undefined ? defaultDbPath() : path.resolve(options.db), registry);
  return checkText(file, doc.text, views, registry, options.lang ?? "zh");
}
