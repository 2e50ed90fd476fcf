import { existsSync } from "node:fs";
import path from "node:path";
import { indicatorCatalogue } from "../indicators.js";
import { permutedValues, type CurrentValue, type PermutedValue } from "../import/permutedValues.js";
import { nationalTotalProblems, type NationalTotalProblem } from "../import/nationalTotals.js";
import { implausibleRevisions, type ImplausibleRevision } from "../import/plausibility.js";
import { seriesJumps, type SeriesJump } from "../import/seriesJumps.js";
import type { ParsedImport } from "../import/types.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import type { Registry } from "../registry.js";
import { defaultDbPath } from "./paths.js";
import { Store } from "./store.js";

/**
 * What the store's current values say about a file to import, before anything is written (the rules are
 * in src/data/import/: each returns what it finds, `regecon import` decides what to refuse):
 * - `revisions`: values that replace the current value of the same cell by more than ×5 (`implausibleRevisions`);
 * - `permuted`: changed values that are the current values of other cells (`permutedValues`);
 * - `jumps`: values of new years far from the adjacent years of the same series (`seriesJumps`);
 * - `totals`: years whose national level is far from the sum of the 31 provinces (`nationalTotalProblems`).
 */
export interface StoreFindings {
  revisions: ImplausibleRevision[];
  permuted: PermutedValue[];
  jumps: SeriesJump[];
  totals: NationalTotalProblem[];
}

/** The current values of the indicators files touch, by indicator, then region and year. */
class CurrentValues {
  private readonly byIndicator = new Map<string, Map<string, CurrentValue & { regionCode: string; year: number }>>();

  private cellsOf(indicator: string) {
    let cells = this.byIndicator.get(indicator);
    if (!cells) this.byIndicator.set(indicator, (cells = new Map()));
    return cells;
  }

  get(indicator: string, regionCode: string, year: number): CurrentValue | undefined {
    return this.byIndicator.get(indicator)?.get(`${regionCode}\u0000${year}`);
  }

  set(indicator: string, regionCode: string, year: number, value: CurrentValue): void {
    this.cellsOf(indicator).set(`${regionCode}\u0000${year}`, { ...value, regionCode, year });
  }

  cells(indicator: string): Iterable<{ regionCode: string; year: number; value: number }> {
    return this.byIndicator.get(indicator)?.values() ?? [];
  }
}

/**
 * Compare each file with the store's current values (the store opened read-only; a store that does not
 * exist yet is created with the bundled data, as the import would). A later file is compared with what the
 * earlier files of the same command would make current. Files read directly by DuckDB (tidy CSV of 8 MiB
 * and more, `ParsedImport.direct`) keep no values in memory: the store compares them while inserting them
 * (`directFindings`, through `ImportOptions.review`).
 */
export async function compareWithStore(db: string | undefined, registry: Registry, parsedFiles: readonly ParsedImport[]): Promise<Map<ParsedImport, StoreFindings>> {
  const catalogue = indicatorCatalogue();
  const defOf = (id: string) => catalogue.get(id);
  const indicators = new Set(parsedFiles.flatMap((p) => [...p.rows.indicators.keys()]));
  const store = await Store.open(db, registry, existsSync(path.resolve(db ?? defaultDbPath())) ? { readOnly: true } : {});
  const current = new CurrentValues();
  try {
    for (const indicator of indicators) {
      const rows = await store.rows("SELECT region_code, year, value, vintage FROM observations_current WHERE indicator = $indicator", { indicator });
      for (const r of rows) current.set(indicator, r.region_code as string, r.year as number, { value: r.value as number, vintage: r.vintage as string });
    }
  } finally {
    store.close();
  }
  const provinceCodes = registry.provinces.map((p) => p.code);
  const out = new Map<ParsedImport, StoreFindings>();
  const get = (i: string, r: string, y: number) => current.get(i, r, y);
  for (const parsed of parsedFiles) {
    const entries = parsed.rows.entries();
    const own = new CurrentValues();
    for (const e of entries) own.set(e.indicator, e.regionCode, e.year, { value: e.value, vintage: parsed.file });
    const after = (i: string, r: string, y: number) => own.get(i, r, y) ?? current.get(i, r, y);
    out.set(parsed, {
      revisions: implausibleRevisions(entries, get, defOf),
      permuted: permutedValues(entries, get, (i) => current.cells(i), defOf),
      jumps: seriesJumps(entries, get, after, defOf),
      totals: nationalTotalProblems(touchedYears(entries, registry), after, provinceCodes, defOf),
    });
    for (const e of entries) current.set(e.indicator, e.regionCode, e.year, { value: e.value, vintage: parsed.file });
  }
  return out;
}

/** The (indicator, year) pairs where a file brings a national or provincial value. */
function touchedYears(entries: readonly { indicator: string; regionCode: string; year: number }[], registry: Registry): { indicator: string; year: number }[] {
  const seen = new Map<string, { indicator: string; year: number }>();
  for (const e of entries) {
    if (e.regionCode !== NATIONAL_CODE && !registry.isProvince(e.regionCode)) continue;
    const key = `${e.indicator}\u0000${e.year}`;
    if (!seen.has(key)) seen.set(key, { indicator: e.indicator, year: e.year });
  }
  return [...seen.values()];
}
