/**
 * Independent reader for the project's long-format data files, for tests: plain string splitting,
 * no code under test, so expected values are computed apart from the engine.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { BUNDLED_DATA_DIR, DEFAULT_DATASET_DIR } from "../../src/data/paths.js";

export function readLong(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, "utf8").trim().split("\n");
  const cols = header!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
}

/** value[indicator][code][year] from a long CSV (only rows without quoted commas, as in data/nbs). */
export function valueTable(file: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of readLong(file)) if (r.value !== "") m.set(`${r.indicator}|${r.region_code}|${r.year}`, Number(r.value));
  return m;
}

/** `valueTable` of a file in the bundled data/nbs folder, e.g. `bundledTable("gdp.csv")`. */
export function bundledTable(file: string): Map<string, number> {
  return valueTable(path.join(DEFAULT_DATASET_DIR, file));
}

// Columns before the last one (basis, which may hold quoted commas) are read safely by readLong.
const groupRows = readLong(path.join(BUNDLED_DATA_DIR, "regions", "groupings.csv"));

/** Member codes of a group as listed in data/regions/groupings.csv (all validity periods). */
export function groupMembers(grouping: string, group: string): string[] {
  return groupRows.filter((r) => r.grouping === grouping && r.group === group).map((r) => r.member_code!);
}

/** The 31 provinces: the members of 四大板块. */
export const ALL_PROVINCES: string[] = groupRows.filter((r) => r.grouping === "四大板块").map((r) => r.member_code!);

/** Half-up rounding for expected values (independent of src/stats/rounding.ts). */
export function round(x: number, decimals: number): number {
  return Math.round(x * 10 ** decimals + 1e-9) / 10 ** decimals;
}
