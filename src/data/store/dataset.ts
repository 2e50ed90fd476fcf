import type { Observation } from "../../types/observation.js";
import * as m from "../../messages/store.js";
import type { Text } from "../../types/text.js";
import { Dataset } from "../dataset.js";
import type { Registry } from "../registry.js";
import { defaultDbPath } from "./paths.js";
import { REGION_NAMES_TABLE } from "./schema.js";
import { Store } from "./store.js";

export { defaultDbPath } from "./paths.js";

/**
 * The in-memory `Dataset` (the same class the bundled-folder loader returns) from the store at
 * `dbPath` (default `defaultDbPath()`): the current, non-superseded vintage of every provincial and
 * national series and of the city members of groupings (粤港澳大湾区; other county or city rows stay in the
 * store), with `sources` carrying each source id's
 * SourceInfo (vintage id and labels); with `indicators`, only those series (a report reads the catalogue's,
 * not a 4.5 M-row panel of other indicators the store may hold). Opens the store read-only (the default store is created and
 * loaded with the bundled `data/nbs` folder on first use) and closes it again.
 * Throws RegeconError `STORE_NOT_FOUND`, `STORE_UNAVAILABLE`, `STORE_LOCKED` or `STORE_SCHEMA_MISMATCH`.
 */
export async function datasetFromStore(
  dbPath: string | undefined,
  registry: Registry,
  /** Called with `BUNDLED_DATA_CHANGED` when the store was filled from other bundled data than this version ships. */
  onWarning?: (warning: { code: string; message: string; messageEn: string }) => void,
  /** Told once when another process holds the store and the command waits for it (a progress line). */
  onWait?: (line: Text) => void,
  /** The indicator ids to read; every indicator when absent. */
  indicators?: readonly string[],
): Promise<Dataset> {
  const store = await Store.open(dbPath, registry, { readOnly: true, onWait });
  if (store.bundledOutdated) {
    const w = m.bundledDataChanged(store.path);
    onWarning?.({ code: "BUNDLED_DATA_CHANGED", message: w.zh, messageEn: w.en });
  }
  try {
    const sources = await store.sources();
    // Only the provinces, the national total (the region-name table) and the city members of groupings
    // (粤港澳大湾区): other county or city panels in the store are not read (memory and time for nothing).
    const rows = await store.rows(
      `SELECT region_code, year, indicator, value, unit, source_id, vintage FROM observations_current
       WHERE (region_code IN (SELECT region_code FROM ${REGION_NAMES_TABLE})
          OR region_code IN (${registry.cityCodes().map((c) => `'${c}'`).join(", ") || "''"}))
         ${indicators ? "AND indicator IN (SELECT unnest(string_split($indicators, ',')))" : ""}
       ORDER BY indicator, region_code, year`,
      indicators ? { indicators: indicators.join(",") } : undefined,
    );
    const observations: Observation[] = rows.map((r) => ({
      regionCode: r.region_code as string,
      year: r.year as number,
      indicator: r.indicator as string,
      value: r.value as number,
      unit: r.unit as string,
      source: r.source_id as string,
      vintage: r.vintage as string,
    }));
    return new Dataset(dbPath ?? defaultDbPath(), observations, sources);
  } finally {
    store.close();
  }
}
