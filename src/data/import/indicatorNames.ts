import path from "node:path";
import * as m from "../../messages/import.js";
import { at, type Location } from "../../messages/data.js";
import { RegeconError } from "../../types/errors.js";
import { readCsv } from "../csv.js";
import { indicatorCatalogue } from "../indicators.js";
import { BUNDLED_DATA_DIR } from "../paths.js";

let byName: Map<string, string> | undefined;
let namesById: Map<string, Set<string>> | undefined;

/** Normalise an NBS indicator name for matching: no spaces, half-width parentheses, lower case. */
export function normaliseIndicatorName(name: string): string {
  return name.replace(/[\s\u3000]+/g, "").replace(/（/g, "(").replace(/）/g, ")").toLowerCase();
}

/**
 * NBS name → indicator id, from the `nbs_names` column of `data/indicators.csv` (alternative names
 * separated by `|`) plus each indicator's own `name_zh`. Data, not code: add a spelling there.
 */
export function nbsNameTable(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  namesById = new Map();
  const rows = readCsv(path.join(BUNDLED_DATA_DIR, "indicators.csv"), ["id", "name_zh"]);
  for (const { fields: f } of rows) {
    const names = new Set<string>();
    namesById.set(f.id!, names);
    for (const n of [f.name_zh!, ...(f.nbs_names ? f.nbs_names.split("|") : [])]) {
      const key = normaliseIndicatorName(n);
      if (key) names.add(key);
      if (key && !byName.has(key)) byName.set(key, f.id!);
    }
  }
  return byName;
}

/**
 * Whether an indicator label a file writes (its 指标 line) fits the catalogue indicator `id`: true when
 * the label's name is one of `id`'s names (`name_zh`, `nbs_names`; so 地区生产总值指数 fits both
 * gdp_index_prev_year and gdp_index_prev_year_pre5census) or names no catalogue indicator at all (then
 * `--indicator` is how the file's indicator is given). False when it names another catalogue indicator:
 * `--indicator population_year_end` on a file whose 指标 line is 城镇单位就业人员.
 * Returns the id the label names when it does not fit.
 */
export function labelContradicts(label: string, id: string): string | undefined {
  const key = normaliseIndicatorName(splitNameUnit(label).name);
  const named = nbsNameTable().get(key);
  if (named === undefined || named === id || namesById!.get(id)?.has(key)) return undefined;
  return named;
}

/**
 * Split an NBS indicator label into name and unit: "地区生产总值(亿元)", "地区生产总值 (亿元) ",
 * "地区生产总值指数(上年=100)". The unit is the last parenthesised group; undefined when absent.
 */
export function splitNameUnit(label: string): { name: string; unit?: string } {
  const s = label.replace(/[\s\u3000]+$/g, "").replace(/^[\s\u3000]+/g, "");
  const m = /^(.*?)[\s\u3000]*[(（]([^()（）]*)[)）]$/.exec(s);
  if (!m) return { name: s };
  return { name: m[1]!.trim(), unit: m[2]!.trim() };
}

/**
 * Resolve an NBS indicator label to a catalogue id and check its unit. Returns undefined when the
 * name is not in the table (callers collect and report all unknown names at once).
 * Throws `UNIT_MISMATCH` (naming `where`) when the file's unit differs from the catalogue's.
 */
export function resolveIndicatorLabel(label: string, where: Location): { id: string; unit: string } | undefined {
  const { name, unit } = splitNameUnit(label);
  const id = nbsNameTable().get(normaliseIndicatorName(name));
  if (!id) return undefined;
  return { id, unit: checkUnit(id, unit, where) };
}

/**
 * The catalogue unit of `id`, after checking the file's unit (if it states one) against it.
 * Throws `UNKNOWN_INDICATOR` for an id not in the catalogue and `UNIT_MISMATCH` for a different unit.
 */
export function checkUnit(id: string, fileUnit: string | undefined, where: Location): string {
  refuseUnknownIndicatorOption(id, where);
  const def = indicatorCatalogue().get(id)!;
  const file = fileUnit === undefined ? "" : normaliseIndicatorName(fileUnit);
  if (file !== "" && ![def.unit, ...def.unitAliases].some((u) => normaliseIndicatorName(u) === file)) {
    throw new RegeconError("UNIT_MISMATCH", m.fileUnitMismatch(at(where), fileUnit!, def), m.fileUnitMismatchHint);
  }
  return def.unit;
}

/**
 * Refuse an `--indicator` id (`ImportOptions.indicator`) that the catalogue does not hold, whatever the
 * file's layout: RegeconError `UNKNOWN_INDICATOR` naming `where` (the file, and the line when known) and
 * the id; the hint lists the known ids. Does nothing when `id` is undefined or known.
 */
export function refuseUnknownIndicatorOption(id: string | undefined, where: Location): void {
  if (id === undefined || indicatorCatalogue().has(id)) return;
  const { text, hint } = m.unknownIndicatorOption(at(where), id, [...indicatorCatalogue().keys()]);
  throw new RegeconError("UNKNOWN_INDICATOR", text, hint);
}

/**
 * Indicator ids whose NBS names occur in a file name, to suggest in the hint when a file does not name
 * its indicator. A name found only as part of a longer name found (地区生产总值 inside 地区生产总值指数)
 * is not a separate suggestion. A suggestion only: the importer never guesses.
 */
export function suggestIndicatorsFromFileName(file: string): string[] {
  const base = normaliseIndicatorName(path.basename(file));
  const hits = [...nbsNameTable().entries()].filter(([n]) => base.includes(n));
  const distinct = hits.filter(([n]) => !hits.some(([other]) => other !== n && other.includes(n) && occurrences(base, other) >= occurrences(base, n)));
  return [...new Set(distinct.sort((a, b) => b[0].length - a[0].length).map(([, id]) => id))];
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}
