import { indicatorCatalogue } from "../data/indicators.js";
import { loadRegistry } from "../data/registry.js";
import { REGION_NAMES_TABLE } from "../data/store/schema.js";
import { Store } from "../data/store/store.js";
import * as m from "../messages/dataCommand.js";
import { MISSING } from "../messages/format.js";
import type { AggregationKind } from "../types/indicator.js";
import { say, type Lang, type Text } from "../types/text.js";
import { stringOption, type Command } from "./command.js";
import { DB_OPTION } from "./import.js";
import { leftAlignedLines } from "./textTable.js";

/** One indicator as `regecon indicators --json` prints it. */
export interface IndicatorEntry {
  id: string;
  name: Text;
  unit: Text;
  /** The catalogue's aggregation kind; null for an indicator a user created with --new-indicators. */
  aggregation: AggregationKind | null;
  /** How groups aggregate it, in words. */
  aggregationText: Text;
  /** Years of the current series in the store (null when it holds none). */
  firstYear: number | null;
  lastYear: number | null;
  years: number;
  /** Distinct provinces with a value in any year. */
  provinces: number;
  national: boolean;
  /** Regions other than provinces and the national total (city or county panels). */
  otherRegions: number;
  observations: number;
  vintages: string[];
}

/**
 * The users' map of the data: every catalogue indicator and every user-created one, with what the
 * store's current series holds of it.
 */
export async function indicatorEntries(store: Store): Promise<IndicatorEntry[]> {
  const held = new Map(
    (
      await store.rows(
        `SELECT indicator, min(year) AS first, max(year) AS last, count(DISTINCT year) AS years,
                count(DISTINCT region_code) FILTER (WHERE known AND region_code <> '100000') AS provinces,
                bool_or(region_code = '100000') AS national,
                count(DISTINCT region_code) FILTER (WHERE known IS NULL) AS other,
                count(*) AS n, list(DISTINCT vintage ORDER BY vintage) AS vintages
         FROM observations_current LEFT JOIN (SELECT region_code, true AS known FROM ${REGION_NAMES_TABLE}) USING (region_code)
         GROUP BY indicator`,
      )
    ).map((r) => [r.indicator as string, r]),
  );
  const user = await store.rows("SELECT id, unit FROM user_indicators ORDER BY id");
  const entry = (id: string, name: Text, unit: Text, aggregation: AggregationKind | null, aggregationText: Text): IndicatorEntry => {
    const h = held.get(id);
    return {
      id,
      name,
      unit,
      aggregation,
      aggregationText,
      firstYear: (h?.first as number | undefined) ?? null,
      lastYear: (h?.last as number | undefined) ?? null,
      years: (h?.years as number | undefined) ?? 0,
      provinces: (h?.provinces as number | undefined) ?? 0,
      national: h?.national === true,
      otherRegions: (h?.other as number | undefined) ?? 0,
      observations: (h?.n as number | undefined) ?? 0,
      vintages: (h?.vintages as string[] | undefined) ?? [],
    };
  };
  return [
    ...[...indicatorCatalogue().values()].map((d) =>
      entry(d.id, { zh: d.nameZh, en: d.nameEn }, { zh: d.unit, en: d.unitEn }, d.aggregation, m.aggregation(d.aggregation, d.ratioOf, d.weightIndicator)),
    ),
    ...user.map((u) => entry(u.id as string, { zh: u.id as string, en: u.id as string }, { zh: u.unit as string, en: u.unit as string }, null, m.userIndicator)),
  ];
}

function row(e: IndicatorEntry, lang: Lang): string[] {
  const years = e.firstYear === null || e.lastYear === null ? say(m.noDataHeld, lang) : say(m.yearsHeld(e.firstYear, e.lastYear, e.years), lang);
  const regions = e.observations === 0 ? MISSING : say(m.regionsHeld(e.provinces, e.national, e.otherRegions), lang);
  return [e.id, say(e.name, lang), say(e.unit, lang), say(e.aggregationText, lang), years, regions, e.vintages.join(",") || MISSING];
}

export const indicatorsCommand: Command = {
  name: "indicators",
  help: m.indicatorsHelp,
  options: { ...DB_OPTION, json: { type: "boolean" } },
  async run(args) {
    const store = await Store.open(stringOption(args, "db"), loadRegistry(), { readOnly: true, onWait: (line) => process.stderr.write(`${say(line, args.lang)}\n`) });
    let entries: IndicatorEntry[];
    try {
      entries = await indicatorEntries(store);
    } finally {
      store.close();
    }
    if (args.values.json) process.stdout.write(JSON.stringify(entries, null, 2) + "\n");
    else process.stdout.write(leftAlignedLines([m.indicatorsHeader.map((h) => say(h, args.lang)), ...entries.map((e) => row(e, args.lang))]).join("\n") + "\n");
    return 0;
  },
};
