import { NATIONAL_CODE, type Observation } from "../../types/observation.js";
import { Dataset } from "../dataset.js";
import type { Registry } from "../registry.js";
import { defaultDbPath } from "./paths.js";
import { Store } from "./store.js";

export { defaultDbPath } from "./paths.js";

/**
 * The in-memory `Dataset` (the same class the bundled-folder loader returns) from the store at
 * `dbPath` (default `defaultDbPath()`): the current, non-superseded vintage of every provincial and national series and of the
 * city members of groupings (other county or city rows stay in the store), with
 * `sources` carrying each source id's SourceInfo (vintage id and labels). Opens the store, creating
 * it and loading the bundled `data/nbs` folder on first use, and closes it again.
 * Throws RegeconError `STORE_UNAVAILABLE` when the database cannot be opened.
 */
export async function datasetFromStore(
  dbPath: string | undefined,
  registry: Registry,
  /** Called with `BUNDLED_DATA_CHANGED` when the store was filled from other bundled data than this version ships. */
  onWarning?: (warning: { code: string; message: string; messageEn: string }) => void,
): Promise<Dataset> {
  const store = await Store.open(dbPath, registry);
  if (store.bundledOutdated) {
    onWarning?.({
      code: "BUNDLED_DATA_CHANGED",
      message: `数据库 ${store.path} 中的内置数据来自另一版本的 regecon，与本版本所带的 data/nbs 不同；数据库未自动更新。要使用新的内置数据，请用 --db 指定新文件，或用 --data data/nbs 直接读取。`,
      messageEn: `The store ${store.path} holds the bundled data of another regecon version, not this version's data/nbs; it was not updated. To use the new bundled data, give a new file with --db, or read the folder with --data data/nbs.`,
    });
  }
  try {
    const sources = await store.sources();
    const reader = await store.conn.runAndReadAll(
      // Only the provinces, the national total and the city members of groupings (粤港澳大湾区): other
      // county or city panels in the store are not read into the analyses (memory and time for nothing).
      `SELECT region_code, year, indicator, value, unit, source_id, vintage FROM observations_current
       WHERE region_code IN (${[NATIONAL_CODE, ...registry.provinces.map((p) => p.code), ...registry.cityCodes()].map((c) => `'${c}'`).join(", ")})
       ORDER BY indicator, region_code, year`,
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
