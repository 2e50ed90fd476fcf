import type { Observation } from "../../types/observation.js";
import { Dataset } from "../dataset.js";
import type { Registry } from "../registry.js";
import { defaultDbPath } from "./paths.js";
import { Store } from "./store.js";

export { defaultDbPath } from "./paths.js";

/**
 * The in-memory `Dataset` (the same class the bundled-folder loader returns) from the store at
 * `dbPath` (default `defaultDbPath()`): the current, non-superseded vintage of every series, with
 * `sources` carrying each source id's SourceInfo (vintage id and labels). Opens the store, creating
 * it and loading the bundled `data/nbs` folder on first use, and closes it again.
 * Throws RegeconError `STORE_UNAVAILABLE` when the database cannot be opened.
 */
export async function datasetFromStore(dbPath: string | undefined, registry: Registry): Promise<Dataset> {
  const store = await Store.open(dbPath, registry);
  try {
    const sources = await store.sources();
    const reader = await store.conn.runAndReadAll(
      "SELECT region_code, year, indicator, value, unit, source_id, vintage FROM observations_current ORDER BY indicator, region_code, year",
    );
    const cols = reader.getColumnsJS();
    const n = reader.currentRowCount;
    const observations: Observation[] = new Array(n);
    const [rc, yr, ind, val, unit, src, vin] = cols as [string[], number[], string[], number[], string[], string[], string[]];
    for (let i = 0; i < n; i++) {
      observations[i] = { regionCode: rc[i]!, year: yr[i]!, indicator: ind[i]!, value: val[i]!, unit: unit[i]!, source: src[i]!, vintage: vin[i]! };
    }
    return new Dataset(dbPath ?? defaultDbPath(), observations, sources);
  } finally {
    store.close();
  }
}
