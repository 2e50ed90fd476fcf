import path from "node:path";
import { existsSync } from "node:fs";
import type { ProposedObservation } from "../check/bulletin/observations.js";
import { parseBulletinFile } from "../check/bulletin/parsed.js";
import { reviewProposals } from "../check/bulletin/review.js";
import { loadRegistry } from "../data/registry.js";
import { defaultDbPath } from "../data/store/paths.js";
import { Store } from "../data/store/store.js";
import * as m from "../messages/bulletin.js";
import { RegeconError } from "../types/errors.js";
import { say } from "../types/text.js";
import { stringOption, type Command } from "./command.js";

/**
 * `regecon bulletin FILE [--yes]` (also `regecon import FILE --bulletin`): list the observations a
 * statistical bulletin proposes (src/check/bulletin/) next to the current values they would replace, and
 * with `--yes` write them to the store as a new vintage named after the bulletin.
 */
export const bulletinCommand: Command = {
  name: "bulletin",
  help: m.bulletinHelp,
  options: { db: { type: "string" }, yes: { type: "boolean" }, json: { type: "boolean" } },
  positionals: true,
  async run(args) {
    const lang = args.lang;
    const file = args.positionals[0];
    if (file === undefined) throw new RegeconError("BAD_ARGUMENT", m.noFileGiven, m.noFileGivenHint);
    if (args.positionals.length > 1) throw new RegeconError("BAD_ARGUMENT", m.oneBulletinOnly, m.noFileGivenHint);
    const registry = loadRegistry();
    const { parsed, reading, bytes } = parseBulletinFile(file, registry);
    const title = reading.title ?? path.basename(file);
    const dbOption = stringOption(args, "db");
    const reviewed = await reviewProposals(reading.observations, dbOption, registry);
    let written: unknown = null;
    const storeFile = path.resolve(dbOption ?? defaultDbPath());
    const lines: string[] = [say(m.heading(title, reading.observations.length), lang), say(m.reviewAgainst(existsSync(storeFile) ? storeFile : undefined), lang), say(m.columns, lang)];
    for (const o of reviewed) lines.push(`${o.regionName}\t${o.year}\t${o.indicator}\t${o.value}\t${o.unit}\t${say(m.origin(o.origin, o.line), lang)}\t${say(m.effect(o.effect, o.held?.value, o.value), lang)}`);
    const count = (e: string) => reviewed.filter((o) => o.effect === e).length;
    lines.push(say(m.reviewSummary(count("new"), count("same"), count("replace")), lang));
    for (const c of reading.conflicts) lines.push(say(m.conflict(c.kept.indicator, c.kept.regionName, c.kept.year, c.kept.value, c.dropped.value, c.dropped.line), lang));
    for (const r of reading.rounded) lines.push(say(m.roundedFigure(r.regionName, r.year, r.indicator, r.printed, r.line), lang));
    if (reading.skippedColumns.length > 0) lines.push(say(m.skippedColumns(reading.skippedColumns.length), lang));
    if (args.values.yes) {
      const dbPath = dbOption;
      const store = await Store.open(dbPath === undefined ? defaultDbPath() : path.resolve(dbPath), registry);
      try {
        const dup = await store.alreadyImported(bytes);
        if (dup) lines.push(say(m.alreadyImported(dup.vintageId, dup.importedAt), lang));
        else {
          const r = await store.importParsed(parsed, bytes);
          written = { vintage_id: r.vintageId, vintage: r.vintage, rows: r.rows, superseded: r.superseded, superseded_identical: r.supersededIdentical };
          lines.push(say(m.written(r.vintageId, title, r.rows, r.superseded, r.supersededIdentical), lang));
        }
      } finally {
        store.close();
      }
    } else lines.push(say(m.reviewOnly, lang));
    if (args.values.json) {
      const observation = (o: ProposedObservation) => ({ region_code: o.regionCode, region_name: o.regionName, year: o.year, indicator: o.indicator, value: o.value, unit: o.unit, origin: o.origin, line: o.line, text: o.source });
      process.stdout.write(
        `${JSON.stringify(
          {
            file,
            title,
            producer: reading.producer ?? null,
            observations: reviewed.map((o) => ({ ...observation(o), current: o.held ? { value: o.held.value, vintage: o.held.vintage } : null, effect: o.effect })),
            conflicts: reading.conflicts.map((c) => ({ kept: observation(c.kept), dropped: observation(c.dropped) })),
            rounded: reading.rounded.map((r) => ({ region_name: r.regionName, year: r.year, indicator: r.indicator, printed: r.printed, line: r.line })),
            skipped_columns: reading.skippedColumns,
            written,
          },
          null,
          2,
        )}\n`,
      );
    } else process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  },
};

