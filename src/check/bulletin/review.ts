import { existsSync } from "node:fs";
import path from "node:path";
import { loadFolderDataset } from "../../data/folder.js";
import { DEFAULT_DATASET_DIR } from "../../data/paths.js";
import type { Registry } from "../../data/registry.js";
import { defaultDbPath } from "../../data/store/paths.js";
import { Store } from "../../data/store/store.js";
import type { ProposedObservation } from "./observations.js";

/** The value a proposed observation would replace: the current value for its indicator, region and year. */
export interface HeldValue {
  value: number;
  vintage: string;
}

/** What importing a proposal does to one key: adds a value, keeps an equal one, or replaces a different one. */
export type ReviewEffect = "new" | "same" | "replace";

export interface ReviewedObservation extends ProposedObservation {
  held?: HeldValue;
  effect: ReviewEffect;
}

const keyOf = (indicator: string, region: string, year: number) => `${indicator}\u0000${region}\u0000${year}`;

/**
 * The proposals of a bulletin next to the values they would replace, for review before `--yes`: read from
 * the store at `dbPath` (opened read-only) or, when no store exists yet, from the bundled data a new store
 * is filled with (nothing is created). An equal value is kept as it is ("same"), a different one replaced.
 */
export async function reviewProposals(observations: readonly ProposedObservation[], dbPath: string | undefined, registry: Registry): Promise<ReviewedObservation[]> {
  const held = new Map<string, HeldValue>();
  const file = path.resolve(dbPath ?? defaultDbPath());
  if (existsSync(file)) {
    const store = await Store.open(file, registry, { readOnly: true });
    try {
      for (const indicator of new Set(observations.map((o) => o.indicator))) {
        for (const r of await store.rows("SELECT region_code, year, value, vintage FROM observations_current WHERE indicator = $indicator", { indicator })) {
          held.set(keyOf(indicator, r.region_code as string, r.year as number), { value: r.value as number, vintage: r.vintage as string });
        }
      }
    } finally {
      store.close();
    }
  } else {
    const bundled = loadFolderDataset(DEFAULT_DATASET_DIR, registry);
    for (const o of observations) {
      const b = bundled.get(o.indicator, o.regionCode, o.year);
      if (b) held.set(keyOf(o.indicator, o.regionCode, o.year), { value: b.value, vintage: b.vintage });
    }
  }
  return observations.map((o) => {
    const h = held.get(keyOf(o.indicator, o.regionCode, o.year));
    return { ...o, ...(h ? { held: h } : {}), effect: !h ? "new" : h.value === o.value ? "same" : "replace" };
  });
}
