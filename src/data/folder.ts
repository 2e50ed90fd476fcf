import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Observation, SourceInfo } from "../types/observation.js";
import { NATIONAL_CODE } from "../types/observation.js";
import { RegeconError } from "../types/errors.js";
import { readCsv } from "./csv.js";
import { Dataset } from "./dataset.js";
import * as m from "../messages/data.js";
import { acceptsUnit, checkValue, indicatorCatalogue, valueError } from "./indicators.js";
import { parseYear } from "./import/year.js";
import type { Registry } from "./registry.js";

/** Columns of an observation file of a data folder (any `*.csv` but sources.csv and group_totals.csv). */
export const OBS_COLUMNS = ["region_code", "year", "indicator", "value", "unit", "source_id"] as const;
const GROUP_COLUMNS = ["grouping", "group", "year", "indicator", "value", "unit", "source_id"] as const;
/** The folder's provenance file: every source_id of an observation file must be listed there. */
export const SOURCES_FILE = "sources.csv";
const SOURCE_COLUMNS = ["source_id", "producer", "title", "producer_en", "title_en", "vintage", "vintage_label", "vintage_label_en", "retrieved"] as const;

/** Key of a group-level observation's region: "四大板块/东部". */
export function groupKey(grouping: string, group: string): string {
  return `${grouping}/${group}`;
}

/**
 * Load a data folder: `sources.csv` (provenance and vintage per source id), any number of long-format
 * observation CSVs (region_code, [region_name,] year, indicator, value, unit, source_id) and an
 * optional `group_totals.csv` (grouping, group, year, indicator, value, unit, source_id) for totals a
 * source publishes for a group directly. A region code is the national code (100000), a province's,
 * or that of a city-level member of a grouping (粤港澳大湾区, registry `city`).
 *
 * Empty value cells are missing (skipped), never 0. Throws RegeconError naming file and line for:
 * an unreadable folder (`DATA_FOLDER_UNREADABLE`), a region code not in the registry, a non-numeric
 * value, a year that is not a four-digit year from 1949 to the current one (`BAD_YEAR`), an implausible
 * value (`checkValue`: not finite, `NOT_NUMERIC`; outside the indicator's plausible range for a province,
 * or for the nation and groups, `IMPLAUSIBLE_VALUE`), an indicator not in the catalogue, a unit that
 * differs from the catalogue's, a source id without provenance, or a duplicate observation.
 */
export function loadFolderDataset(dir: string, registry: Registry): Dataset {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RegeconError("DATA_FOLDER_UNREADABLE", m.folderMissing(dir), m.folderMissingHint);
  const sourcesFile = path.join(dir, SOURCES_FILE);
  if (!existsSync(sourcesFile)) throw new RegeconError("DATA_FOLDER_UNREADABLE", m.folderWithoutSources(dir), m.sourcesColumnsHint(SOURCE_COLUMNS));
  const sources = new Map<string, SourceInfo>();
  for (const { fields: f } of readCsv(sourcesFile, SOURCE_COLUMNS)) {
    sources.set(f.source_id!, {
      id: f.source_id!,
      producer: f.producer!,
      title: f.title!,
      producerEn: f.producer_en!,
      titleEn: f.title_en!,
      vintage: f.vintage!,
      vintageLabel: f.vintage_label!,
      vintageLabelEn: f.vintage_label_en!,
      retrieved: f.retrieved!,
    });
  }
  const catalogue = indicatorCatalogue();
  const groupNames = new Set(registry.groupings.flatMap((g) => g.groups.map((x) => groupKey(g.name, x.name))));
  const observations: Observation[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".csv") && f !== SOURCES_FILE).sort();
  for (const name of files) {
    const file = path.join(dir, name);
    const isGroupFile = name === "group_totals.csv";
    for (const { fields: f, line } of readCsv(file, isGroupFile ? GROUP_COLUMNS : OBS_COLUMNS)) {
      const where = m.at({ file, line });
      const column = (c: string) => ({ file, line, column: Object.keys(f).indexOf(c) + 1, label: c });
      if (f.value === undefined || f.value.trim() === "") continue;
      let regionCode: string;
      if (isGroupFile) {
        regionCode = groupKey(f.grouping!, f.group!);
        if (!groupNames.has(regionCode)) throw new RegeconError("UNKNOWN_GROUPING", m.unknownGroup(where, regionCode), m.groupsHint);
      } else {
        regionCode = f.region_code!.trim();
        if (regionCode !== NATIONAL_CODE && !registry.isProvince(regionCode) && !registry.city(regionCode)) throw new RegeconError("UNKNOWN_REGION", m.unknownRegionCode(where, regionCode), m.folderRegionHint);
      }
      const year = parseYear(f.year!.trim());
      if ("problem" in year) throw new RegeconError("BAD_YEAR", m.badYear(m.at(column("year")), year.problem), m.badYearHint);
      const valueWhere = column("value");
      const raw = f.value.trim();
      const value = Number(raw);
      if (Number.isNaN(value)) throw new RegeconError("NOT_NUMERIC", m.notNumericValue(m.at(valueWhere), raw), m.notNumericHint);
      const def = catalogue.get(f.indicator!);
      if (!def) throw new RegeconError("UNKNOWN_INDICATOR", m.unknownIndicatorAt(where, f.indicator!), m.catalogueHint);
      if (!acceptsUnit(def, f.unit!)) throw new RegeconError("UNIT_MISMATCH", m.unitNotCatalogue(where, def, f.unit!), m.convertUnitHint);
      const problem = checkValue(def, value, isGroupFile || regionCode === NATIONAL_CODE ? "aggregate" : "province");
      if (problem) throw valueError(problem, valueWhere, raw);
      const source = sources.get(f.source_id!);
      if (!source) throw new RegeconError("UNKNOWN_SOURCE", m.unknownSource(where, f.source_id!), m.unknownSourceHint);
      observations.push({ regionCode, year: year.year, indicator: def.id, value, unit: def.unit, source: source.id, vintage: source.vintage });
    }
  }
  if (observations.length === 0) throw new RegeconError("DATA_FOLDER_EMPTY", m.folderEmpty(dir), m.folderEmptyHint);
  return new Dataset(dir, observations, sources);
}
