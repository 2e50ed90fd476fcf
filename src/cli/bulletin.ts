import path from "node:path";
import { parseBulletinFile } from "../check/bulletin/parsed.js";
import { loadRegistry } from "../data/registry.js";
import { defaultDbPath } from "../data/store/paths.js";
import { Store } from "../data/store/store.js";
import * as m from "../messages/bulletin.js";
import { RegeconError } from "../types/errors.js";
import { say } from "../types/text.js";
import { stringOption, type Command } from "./command.js";

/**
 * `regecon bulletin FILE [--yes]`: list the observations a statistical bulletin proposes
 * (src/check/bulletin/), and with `--yes` write them to the store as a new vintage named after the
 * bulletin. The lead can wire `parseBulletinFile` into `regecon import FILE --bulletin` later.
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
    const registry = loadRegistry();
    const { parsed, reading, bytes } = parseBulletinFile(file, registry);
    const title = reading.title ?? path.basename(file);
    let written: unknown = null;
    const lines: string[] = [say(m.heading(title, reading.observations.length), lang), say(m.columns, lang)];
    for (const o of reading.observations) lines.push(`${o.regionName}\t${o.year}\t${o.indicator}\t${o.value}\t${o.unit}\t${say(m.origin(o.origin, o.line), lang)}`);
    for (const c of reading.conflicts) lines.push(say(m.conflict(c.kept.indicator, c.kept.regionName, c.kept.year, c.kept.value, c.dropped.value, c.dropped.line), lang));
    if (reading.skippedColumns.length > 0) lines.push(say(m.skippedColumns(reading.skippedColumns.length), lang));
    if (args.values.yes) {
      const dbPath = stringOption(args, "db");
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
      process.stdout.write(
        `${JSON.stringify({ file, title, producer: reading.producer ?? null, observations: reading.observations.map(({ source, ...o }) => ({ ...o, text: source })), conflicts: reading.conflicts, skipped_columns: reading.skippedColumns, written }, null, 2)}\n`,
      );
    } else process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  },
};
