import type { Observation, SourceInfo } from "../types/observation.js";
import * as m from "../messages/data.js";
import { RegeconError } from "../types/errors.js";

/**
 * A read-only set of observations with their sources: what every analysis reads, whether the data
 * came from a bundled folder or from the store. Lookups are by (indicator, region, year).
 */
export class Dataset {
  private readonly index = new Map<string, Map<string, Map<number, Observation>>>();

  /**
   * @param label where the data came from (folder or database path), shown in reports
   * @param observations at most one per (indicator, region, year); throws RegeconError `DUPLICATE_OBSERVATION` otherwise
   * @param sources provenance of every source id used by the observations
   */
  constructor(
    readonly label: string,
    observations: Iterable<Observation>,
    readonly sources: ReadonlyMap<string, SourceInfo>,
  ) {
    for (const o of observations) {
      let byRegion = this.index.get(o.indicator);
      if (!byRegion) this.index.set(o.indicator, (byRegion = new Map()));
      let byYear = byRegion.get(o.regionCode);
      if (!byYear) byRegion.set(o.regionCode, (byYear = new Map()));
      if (byYear.has(o.year)) {
        throw new RegeconError("DUPLICATE_OBSERVATION", m.duplicateInDataset(label, o.indicator, o.regionCode, o.year), m.oneValuePerKeyHint);
      }
      byYear.set(o.year, o);
    }
  }

  /** The observation or undefined when missing (missing is never 0). */
  get(indicator: string, regionCode: string, year: number): Observation | undefined {
    return this.index.get(indicator)?.get(regionCode)?.get(year);
  }

  /** The value or undefined when missing. */
  value(indicator: string, regionCode: string, year: number): number | undefined {
    return this.get(indicator, regionCode, year)?.value;
  }

  /** True when at least one observation of `indicator` exists. */
  has(indicator: string): boolean {
    return this.index.has(indicator);
  }

  /** Indicator ids present, sorted. */
  indicators(): string[] {
    return [...this.index.keys()].sort();
  }

  /** Years with at least one observation of `indicator`, ascending. */
  years(indicator: string): number[] {
    const ys = new Set<number>();
    for (const byYear of this.index.get(indicator)?.values() ?? []) for (const y of byYear.keys()) ys.add(y);
    return [...ys].sort((a, b) => a - b);
  }

  /** All observations of `indicator` (any region, any year). */
  observations(indicator: string): Observation[] {
    const out: Observation[] = [];
    for (const byYear of this.index.get(indicator)?.values() ?? []) out.push(...byYear.values());
    return out;
  }

  /** Every observation in the dataset. */
  all(): Observation[] {
    return this.indicators().flatMap((i) => this.observations(i));
  }

  /** Source information for an id; throws when the dataset lacks it (a loader bug, not user input). */
  source(id: string): SourceInfo {
    const s = this.sources.get(id);
    if (!s) throw new Error(`dataset ${this.label}: no provenance for source ${id}`);
    return s;
  }
}
