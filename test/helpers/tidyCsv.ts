/**
 * Independent reader for the project's long-format data files, for tests: plain string splitting,
 * no code under test, so expected values are computed apart from the engine.
 */
import { readFileSync } from "node:fs";

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
