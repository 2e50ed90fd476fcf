import path from "node:path";
import { Dataset } from "../../data/dataset.js";
import { loadFolderDataset } from "../../data/folder.js";
import { BUNDLED_DATA_DIR } from "../../data/paths.js";
import type { Registry } from "../../data/registry.js";
import { datasetFromStore } from "../../data/store/dataset.js";
import { Store } from "../../data/store/store.js";
import { NATIONAL_CODE, type Observation, type SourceInfo } from "../../types/observation.js";
import { joinText } from "../../types/text.js";
import { vintageSeparator } from "../../messages/check.js";

/**
 * One vintage a claim can be checked against: the current data, or an older or preliminary vintage.
 * A non-current vintage is seen as a complete dataset: its own observations, with the current data
 * filling every series it does not hold (a 2025 report computes shares from the preliminary 2024
 * figures and the revised 2023 figures the database then held).
 */
export interface VintageView {
  /** Vintage id ("nbs-db-post5census", "prelim-2025-01", "import-7"). */
  name: string;
  /** Vintage label as the source describes it, zh and en. */
  label: { zh: string; en: string };
  current: boolean;
  dataset: Dataset;
}

/** The bundled preliminary 2024 figures (初步核算, January 2025 bulletins): a separate, non-current vintage. */
export const PRELIM_DIR = path.join(BUNDLED_DATA_DIR, "report-2024-prelim");

/**
 * Every vintage of the store at `dbPath`: the current dataset (`datasetFromStore`), the earlier-vintage
 * series it holds under another id (`EARLIER_VINTAGE_SERIES`), one view per vintage that has superseded
 * observations (read-only query of `observations_all`), and the bundled preliminary 2024 figures unless
 * the store already holds their vintage.
 * Throws RegeconError `STORE_UNAVAILABLE` when the store cannot be opened.
 */
export async function vintagesFromStore(dbPath: string, registry: Registry): Promise<VintageView[]> {
  const current = await datasetFromStore(dbPath, registry);
  const store = await Store.open(dbPath, registry, { readOnly: true });
  let rows: Record<string, unknown>[];
  let sources: Map<string, SourceInfo>;
  try {
    sources = await store.sources();
    const codes = [NATIONAL_CODE, ...registry.provinces.map((p) => p.code)].map((c) => `'${c}'`).join(", ");
    rows = await store.rows(
      `SELECT region_code, year, indicator, value, unit, source_id, vintage FROM observations_all
       WHERE NOT is_current AND (region_code IN (${codes}) OR region_code LIKE '%/%') ORDER BY vintage, indicator, region_code, year`,
    );
  } finally {
    store.close();
  }
  const byVintage = new Map<string, Observation[]>();
  for (const r of rows) {
    const o: Observation = { regionCode: r.region_code as string, year: r.year as number, indicator: r.indicator as string, value: r.value as number, unit: r.unit as string, source: r.source_id as string, vintage: r.vintage as string };
    let list = byVintage.get(o.vintage);
    if (!list) byVintage.set(o.vintage, (list = []));
    list.push(o);
  }
  const views: VintageView[] = [currentView(current), ...earlierSeriesViews(current)];
  for (const [name, obs] of byVintage) {
    const source = sources.get(obs[0]!.source);
    views.push({ name, label: { zh: source?.vintageLabel ?? name, en: source?.vintageLabelEn ?? name }, current: false, dataset: overlay(current, obs, sources) });
  }
  return withPrelim(views, registry);
}

/** The vintages seen from a data folder (`--data DIR`): the folder as current, and the preliminary figures. */
export function vintagesFromFolder(dir: string, registry: Registry): VintageView[] {
  const current = loadFolderDataset(dir, registry);
  return withPrelim([currentView(current), ...earlierSeriesViews(current)], registry);
}

/**
 * Series the catalogue holds under a second id as an earlier vintage of another indicator: the GDP index
 * published before the 5th economic census revision (gdp_index_prev_year_pre5census) is the earlier
 * vintage of gdp_index_prev_year. Each gives a view where it replaces the later series.
 */
export const EARLIER_VINTAGE_SERIES: Readonly<Record<string, string>> = { gdp_index_prev_year_pre5census: "gdp_index_prev_year" };

/** Views of the earlier-vintage series the current data hold (`EARLIER_VINTAGE_SERIES`). */
export function earlierSeriesViews(current: Dataset): VintageView[] {
  const out: VintageView[] = [];
  for (const [earlier, later] of Object.entries(EARLIER_VINTAGE_SERIES)) {
    const obs = current.observations(earlier).map((o) => ({ ...o, indicator: later }));
    if (obs.length === 0) continue;
    const source = current.source(obs[0]!.source);
    out.push({ name: source.vintage, label: { zh: source.vintageLabel, en: source.vintageLabelEn }, current: false, dataset: overlay(current, obs, current.sources) });
  }
  return out;
}

/** Add the bundled preliminary vintage unless a view of the same vintage is present already. */
export function withPrelim(views: VintageView[], registry: Registry): VintageView[] {
  const prelim = loadFolderDataset(PRELIM_DIR, registry);
  const source = [...prelim.sources.values()][0]!;
  if (views.some((v) => v.name === source.vintage)) return views;
  const current = views.find((v) => v.current)!;
  return [...views, { name: source.vintage, label: { zh: source.vintageLabel, en: source.vintageLabelEn }, current: false, dataset: overlay(current.dataset, prelim.all(), prelim.sources) }];
}

function currentView(dataset: Dataset): VintageView {
  const labels = new Map<string, SourceInfo>();
  for (const s of dataset.sources.values()) labels.set(s.vintage, s);
  const names = [...labels.keys()].sort();
  return {
    name: names.join(","),
    label: joinText(
      [...labels.values()].map((s) => ({ zh: s.vintageLabel, en: s.vintageLabelEn })),
      vintageSeparator,
    ),
    current: true,
    dataset,
  };
}

/** `base` with `observations` replacing (or adding) the values of the same indicator, region and year. */
export function overlay(base: Dataset, observations: readonly Observation[], sources: ReadonlyMap<string, SourceInfo>): Dataset {
  const key = (o: Observation) => `${o.indicator}|${o.regionCode}|${o.year}`;
  const merged = new Map<string, Observation>();
  for (const o of base.all()) merged.set(key(o), o);
  for (const o of observations) merged.set(key(o), o);
  const allSources = new Map(base.sources);
  for (const [id, s] of sources) allSources.set(id, s);
  return new Dataset(base.label, merged.values(), allSources);
}
