import path from "node:path";
import { provinceSeriesList, type ProvinceSeries } from "../analysis/provinceSeries.js";
import { loadBoundaries, type Boundaries } from "../charts/boundaries.js";
import type { Dataset } from "../data/dataset.js";
import { loadFolderDataset } from "../data/folder.js";
import { loadRegistry, type Registry } from "../data/registry.js";
import { datasetFromStore } from "../data/store/dataset.js";
import { Store } from "../data/store/store.js";
import * as m from "../messages/serve.js";
import { RegeconError } from "../types/errors.js";
import type { Text } from "../types/text.js";

/** Where `regecon serve` reads its data and map from (the command's options). */
export interface ServeSource {
  /** Store file (`--db`); default: the user's store. Not with `dataDir`. */
  db?: string;
  /** A data folder read directly (`--data DIR`). */
  dataDir?: string;
  /** Province boundary GeoJSON (`--boundaries`); default: the bundled ECharts 4.9.0 china.json. */
  boundaries?: string;
  /** 审图号 printed under every map (`--map-approval`). */
  mapApproval?: string;
}

/** One vintage (import) of the store, as listed on the data page. */
export interface StoreVintage {
  id: number;
  vintage: string;
  kind: string;
  sourceId: string;
  title: string;
  file?: string;
  importedAt: string;
  rows: number;
  currentRows: number;
}

/**
 * Everything the dashboard reads, loaded once at start: the dataset (current vintage of every
 * provincial and national series), the registry, the boundaries, the provincial series of the
 * analysis, and — when reading the store — the store itself, held open read-only while the server runs
 * (other readers such as `regecon report` work alongside; an import cannot change the data under the
 * pages: it waits and then stops with STORE_LOCKED; `close` releases it) and its vintage list.
 */
export class ServeData {
  private constructor(
    readonly dataset: Dataset,
    readonly registry: Registry,
    readonly boundaries: Boundaries,
    readonly series: readonly ProvinceSeries[],
    /** Where the data came from, for the page footer and the download metadata. */
    readonly label: Text,
    readonly vintages: readonly StoreVintage[],
    readonly mapApproval: string | undefined,
    private readonly store: Store | undefined,
  ) {}

  /** Serve a dataset already in memory (a data folder, or tests); nothing to close. */
  static of(dataset: Dataset, registry: Registry, boundaries: Boundaries, options: { label: Text; mapApproval?: string }): ServeData {
    return new ServeData(dataset, registry, boundaries, provinceSeriesList(dataset, registry), options.label, [], options.mapApproval, undefined);
  }

  /**
   * Load the data. Throws RegeconError `BAD_ARGUMENT` when both a store and a folder are given, and
   * what the loaders throw (`STORE_NOT_FOUND`, `STORE_LOCKED`, `STORE_UNAVAILABLE`, `DATA_FOLDER_UNREADABLE`,
   * `BOUNDARY_FILE_…`). `onWait` is told when another process holds the store and loading waits for it.
   */
  static async load(source: ServeSource, onWarning?: (code: string, text: Text) => void, onWait?: (line: Text) => void): Promise<ServeData> {
    if (source.db !== undefined && source.dataDir !== undefined) throw new RegeconError("BAD_ARGUMENT", m.dataAndDb, m.dataAndDbHint);
    const registry = loadRegistry();
    const boundaries = loadBoundaries(registry, { file: source.boundaries });
    if (source.dataDir !== undefined) {
      const dataset = loadFolderDataset(path.resolve(source.dataDir), registry);
      return ServeData.of(dataset, registry, boundaries, { label: m.folderLabel(source.dataDir), mapApproval: source.mapApproval });
    }
    const dataset = await datasetFromStore(source.db, registry, (w) => onWarning?.(w.code, { zh: w.message, en: w.messageEn }), onWait);
    const store = await Store.open(source.db, registry, { readOnly: true, onWait });
    try {
      const rows = await store.rows(
        "SELECT vintage_id, vintage, kind, source_id, title, file_name, strftime(imported_at, '%Y-%m-%d %H:%M') AS imported_at, row_count, current_rows FROM vintages_view ORDER BY vintage_id",
      );
      const vintages = rows.map((r) => ({
        id: r.vintage_id as number,
        vintage: r.vintage as string,
        kind: r.kind as string,
        sourceId: r.source_id as string,
        title: r.title as string,
        file: (r.file_name as string | null) ?? undefined,
        importedAt: r.imported_at as string,
        rows: r.row_count as number,
        currentRows: r.current_rows as number,
      }));
      return new ServeData(dataset, registry, boundaries, provinceSeriesList(dataset, registry), m.storeLabel, vintages, source.mapApproval, store);
    } catch (e) {
      store.close();
      throw e;
    }
  }

  /** Release the store (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.store?.close();
  }

  private closed = false;
}
