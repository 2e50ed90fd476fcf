import path from "node:path";
import { loadRegistry } from "../data/registry.js";
import { importLogPath, readImportLog } from "../data/store/importLog.js";
import { defaultDbPath } from "../data/store/paths.js";
import { Store } from "../data/store/store.js";
import * as m from "../messages/dataCommand.js";
import { RegeconError } from "../types/errors.js";
import { say, type Lang } from "../types/text.js";
import { stringOption, type Command, type ParsedArgs } from "./command.js";
import { DB_OPTION } from "./import.js";
import { padDisplay, padStartDisplay } from "./textTable.js";

/** One coverage-matrix cell: provinces present, `+` when a national value is present too, 全/N for national only. */
export function coverageCell(regions: number, hasNational: boolean, lang: Lang): string {
  if (regions === 0) return hasNational ? say(m.nationalOnlyCell, lang) : ".";
  return `${regions}${hasNational ? "+" : ""}`;
}

export const dataCommand: Command = {
  name: "data",
  help: m.dataHelp,
  options: { ...DB_OPTION, indicator: { type: "string" }, imports: { type: "boolean" }, json: { type: "boolean" } },
  async run(args) {
    if (args.values.imports) return printImportLog(args);
    const store = await Store.open(stringOption(args, "db"), loadRegistry(), { readOnly: true, onWait: (line) => process.stderr.write(`${say(line, args.lang)}\n`) });
    try {
      const filter = stringOption(args, "indicator");
      if (filter !== undefined) {
        const known = (await store.rows("SELECT DISTINCT indicator FROM observations_all ORDER BY indicator")).map((r) => r.indicator as string);
        if (!known.includes(filter)) throw new RegeconError("UNKNOWN_INDICATOR", m.unknownIndicatorInStore(filter), m.indicatorsInStore(known));
      }
      const params = filter !== undefined ? { indicator: filter } : undefined;
      const cov = await store.rows(`SELECT * FROM coverage ${filter !== undefined ? "WHERE indicator = $indicator" : ""} ORDER BY indicator, year`, params);
      const vintages = await store.rows(
        `SELECT vintage_id, vintage, kind, source_id, title, title_en, file_name, imported_at::VARCHAR AS imported_at, census, census_name, notes, row_count, current_rows, superseded_by FROM vintages_view
         ${filter !== undefined ? "WHERE vintage_id IN (SELECT DISTINCT vintage_id FROM observations_all WHERE indicator = $indicator)" : ""} ORDER BY vintage_id`,
        params,
      );
      if (args.values.json) {
        process.stdout.write(JSON.stringify({ db: store.path, coverage: cov, vintages }, null, 2) + "\n");
        return 0;
      }
      const lang = args.lang;
      const years = [...new Set(cov.map((c) => c.year as number))].sort((a, b) => a - b);
      const inds = [...new Set(cov.map((c) => c.indicator as string))];
      const w = Math.max(10, ...inds.map((i) => i.length));
      const out: string[] = [say(m.storeLine(store.path), lang), ""];
      out.push(`${"".padEnd(w)} ${years.map((y) => String(y).slice(2).padStart(4)).join("")}   ${say(m.vintagesColumn, lang)}`);
      for (const ind of inds) {
        const cells = years.map((y) => {
          const c = cov.find((x) => x.indicator === ind && x.year === y);
          return padStartDisplay(c ? coverageCell(c.regions as number, c.has_national === true, lang) : ".", 4);
        });
        const vs = [...new Set(cov.filter((x) => x.indicator === ind).flatMap((x) => String(x.vintages).split(",")))];
        out.push(`${padDisplay(ind, w)} ${cells.join("")}   ${vs.join(",")}`);
      }
      out.push("", say(m.legend, lang), "", say(m.vintagesHeading, lang));
      for (const v of vintages) {
        const rows = say(m.vintageRows(v.current_rows as number, v.row_count as number, (v.superseded_by as number | null) ?? undefined), lang);
        out.push(`  #${v.vintage_id} ${v.vintage} [${v.kind}] ${v.source_id} ${lang === "en" && v.title_en ? v.title_en : v.title} — ${v.file_name ?? ""} ${v.imported_at}; ${rows}${v.census_name ? `; ${say(m.censusRevision(v.census as number, v.census_name as string), lang)}` : ""}`);
      }
      process.stdout.write(out.join("\n") + "\n");
      return 0;
    } finally {
      store.close();
    }
  },
};

/** `--imports`: the import log beside the store, read without opening the store (it may be damaged). */
function printImportLog(args: ParsedArgs): number {
  const db = path.resolve(stringOption(args, "db") ?? defaultDbPath());
  const log = importLogPath(db);
  const entries = readImportLog(log) ?? [];
  if (args.values.json) {
    process.stdout.write(JSON.stringify({ db, log, imports: entries }, null, 2) + "\n");
    return 0;
  }
  if (entries.length === 0) {
    process.stdout.write(`${say(m.noImportLog(log), args.lang)}\n`);
    return 0;
  }
  const lines = entries.map(
    (e) => `  #${e.vintageId} ${e.vintage} ${e.importedAt} ${e.file} [${e.indicators.join(",")}]${e.allowOlder ? say(m.allowOlderFlag, args.lang) : ""} sha256 ${e.sha256.slice(0, 12)}…${e.note ? ` — ${e.note}` : ""}`,
  );
  process.stdout.write([say(m.importLogHeading(log, entries.length), args.lang), ...lines].join("\n") + "\n");
  return 0;
}
