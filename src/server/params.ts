import type { ProvinceSeries } from "../analysis/provinceSeries.js";
import type { Registry } from "../data/registry.js";
import * as m from "../messages/serve.js";
import { RegeconError } from "../types/errors.js";
import type { Grouping } from "../types/region.js";
import type { Lang } from "../types/text.js";

/**
 * Checks of the query parameters of the JSON API. Every parameter is bounded: at most
 * MAX_PARAM_LENGTH characters, and one of a known set (indicators of the data, years of the chosen
 * series, the 31 provinces, the registry's groupings); anything else is a RegeconError whose text
 * the API returns with HTTP 400 in the requested language. No parameter reaches SQL or the file system.
 */

/** Longest accepted parameter value (the longest id or name is far shorter). */
export const MAX_PARAM_LENGTH = 64;

/** The value of a parameter, bounded in length; undefined when absent or empty. */
export function param(query: URLSearchParams, name: string): string | undefined {
  const v = query.get(name);
  if (v === null || v === "") return undefined;
  if (v.length > MAX_PARAM_LENGTH) throw new RegeconError("BAD_ARGUMENT", m.paramTooLong(name, MAX_PARAM_LENGTH), m.paramTooLongHint);
  return v;
}

/** Refuse parameters other than `allowed` (and repeated ones) with `BAD_ARGUMENT`, naming them and the accepted ones. */
export function onlyParams(query: URLSearchParams, allowed: readonly string[]): void {
  const names = [...query.keys()];
  const unknown = names.find((k) => !allowed.includes(k));
  if (unknown !== undefined) throw new RegeconError("BAD_ARGUMENT", m.unknownParam(unknown.slice(0, MAX_PARAM_LENGTH)), m.paramsAccepted(allowed));
  const repeated = names.find((k, i) => names.indexOf(k) !== i);
  if (repeated !== undefined) throw new RegeconError("BAD_ARGUMENT", m.repeatedParam(repeated), m.paramsAccepted(allowed));
}

/** A required parameter; throws `BAD_ARGUMENT` naming it when absent. */
export function required(query: URLSearchParams, name: string): string {
  const v = param(query, name);
  if (v === undefined) throw new RegeconError("BAD_ARGUMENT", m.paramMissing(name), m.paramMissingHint(name));
  return v;
}

/** `lang=zh|en` (default `fallback`); anything else is `BAD_ARGUMENT`. */
export function langParam(query: URLSearchParams, fallback: Lang): Lang {
  const v = param(query, "lang");
  if (v === undefined) return fallback;
  if (v !== "zh" && v !== "en") throw new RegeconError("BAD_ARGUMENT", m.badLang(v), m.badLangHint);
  return v;
}

/** A provincial series by id (`indicator=`); `UNKNOWN_INDICATOR` listing the ids otherwise. */
export function seriesParam(query: URLSearchParams, series: readonly ProvinceSeries[], name = "indicator"): ProvinceSeries {
  const id = required(query, name);
  const found = series.find((s) => s.id === id);
  if (!found) throw new RegeconError("UNKNOWN_INDICATOR", m.unknownIndicator(id), m.indicatorsAvailable(series.map((s) => s.id)));
  return found;
}

/**
 * A year (`year=`) among `years` (default: the last of them). A value that is not four digits is
 * `BAD_YEAR`; a year the series lacks is `YEAR_NOT_AVAILABLE`, naming the years it has.
 */
export function yearParam(query: URLSearchParams, years: readonly number[], name = "year"): number {
  const v = param(query, name);
  if (v === undefined) {
    const last = years[years.length - 1];
    if (last === undefined) throw new RegeconError("YEAR_NOT_AVAILABLE", m.noYears, m.noYearsHint);
    return last;
  }
  if (!/^\d{4}$/.test(v)) throw new RegeconError("BAD_YEAR", m.badYear(name, v), m.badYearHint(name));
  const year = Number(v);
  if (!years.includes(year)) throw new RegeconError("YEAR_NOT_AVAILABLE", m.yearNotAvailable(year), m.yearsAvailable(years));
  return year;
}

/** A province (`region=`) by code or any name the registry knows; `UNKNOWN_REGION` otherwise. */
export function provinceParam(query: URLSearchParams, registry: Registry, name = "region"): string {
  const v = required(query, name);
  const code = registry.lookup(v);
  if (code === undefined || !registry.isProvince(code)) throw new RegeconError("UNKNOWN_REGION", m.unknownRegion(v), m.unknownRegionHint);
  return code;
}

/** A grouping (`grouping=`) by Chinese or English name among `allowed`; `UNKNOWN_GROUPING` otherwise. */
export function groupingParam(query: URLSearchParams, allowed: readonly Grouping[], fallback: string, name = "grouping"): Grouping {
  const v = param(query, name) ?? fallback;
  const g = allowed.find((x) => x.name === v || x.nameEn.toLowerCase() === v.toLowerCase());
  if (!g) throw new RegeconError("UNKNOWN_GROUPING", m.unknownGrouping(v), m.groupingsAvailable(allowed));
  return g;
}

/** One of a fixed set of values (`default` when absent); `BAD_ARGUMENT` listing the choices otherwise. */
export function choiceParam<T extends string>(query: URLSearchParams, name: string, choices: readonly T[], fallback: T): T {
  const v = param(query, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new RegeconError("BAD_ARGUMENT", m.badChoice(name, v), m.choices(choices));
  return v as T;
}
