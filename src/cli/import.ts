import { statSync } from "node:fs";
import path from "node:path";
import { parseImportFile, type FileContent, type ParsedImport } from "../data/import/index.js";
import { loadRegistry } from "../data/registry.js";
import { parseExportFile } from "../data/store/exportReader.js";
import { compareWithStore, type StoreFindings } from "../data/store/importChecks.js";
import { Store, type ImportResult } from "../data/store/store.js";
import { yearRange } from "../messages/format.js";
import * as m from "../messages/import.js";
import { errorPrefix, hintPrefix } from "../messages/cli.js";
import { RegeconError } from "../types/errors.js";
import { joinText, say, verbatim, type Lang, type Text } from "../types/text.js";
import { bulletinCommand } from "./bulletin.js";
import { stringOption, type Command } from "./command.js";
import { overridesUsed, refuseFindings } from "./importChecks.js";

/** `--db FILE`, accepted by every store command. */
export const DB_OPTION = { db: { type: "string" } } as const;

/** What happened to one file of `regecon import FILE…` (the `--json` entry for a file not imported). */
export type FileOutcome =
  | ({ status: "imported" } & ImportResult)
  | { status: "unchanged"; file: string; code: "ALREADY_IMPORTED"; vintageId: number; vintage: string; message: string }
  | { status: "refused"; file: string; code: string; message: Text; hint: Text | null }
  | { status: "not-attempted"; file: string };

export const importCommand: Command = {
  name: "import",
  help: m.importHelp,
  options: {
    ...DB_OPTION,
    indicator: { type: "string" },
    "new-indicators": { type: "boolean" },
    "allow-subprovincial": { type: "boolean" },
    "allow-older": { type: "boolean" },
    "allow-revision": { type: "boolean" },
    "allow-inconsistent": { type: "boolean" },
    bulletin: { type: "boolean" },
    yes: { type: "boolean" },
    json: { type: "boolean" },
  },
  positionals: true,
  async run(args) {
    const lang = args.lang;
    const json = args.values.json === true;
    const files = args.positionals;
    // a statistical bulletin: the same reading, review and write as `regecon bulletin`
    if (args.values.bulletin === true) return bulletinCommand.run(args);
    if (args.values.yes === true) throw new RegeconError("BAD_ARGUMENT", m.yesWithoutBulletin, m.yesWithoutBulletinHint);
    if (files.length === 0) throw new RegeconError("BAD_ARGUMENT", m.noFiles, m.noFilesHint);
    const registry = loadRegistry();
    const db = stringOption(args, "db");
    // 1. read and validate every file before anything is written: a bad file anywhere imports nothing
    const parsedFiles: ParsedImport[] = [];
    const bytesOf: FileContent[] = [];
    for (const file of files) {
      const big = sizeOf(file) > 20 * 2 ** 20;
      const onProgress = big ? (f: number) => process.stderr.write(say(m.readingProgress(file, Math.round(f * 100)), lang)) : undefined;
      try {
        // one file: a large tidy CSV is validated while the store inserts it (DuckDB reads it once); several: all before any is written
        const options = {
          indicator: stringOption(args, "indicator"),
          allowNewIndicators: args.values["new-indicators"] === true,
          allowSubprovincial: args.values["allow-subprovincial"] === true,
          onProgress,
          validateAtImport: files.length === 1,
        };
        // the XLSX and Parquet files `regecon export` writes are read back as tidy tables; anything else by content
        const { bytes, ...parsed } = (await parseExportFile(file, registry, options)) ?? (await parseImportFile(file, registry, options));
        parsedFiles.push(parsed);
        bytesOf.push(bytes);
      } catch (e) {
        if (e instanceof RegeconError && files.length > 1) {
          const none = m.noneImported(files.length);
          throw new RegeconError(e.code, e.text, e.hintText ? joinText([e.hintText, none], { zh: "\n", en: "\n" }) : none);
        }
        throw e;
      } finally {
        // end the progress line, also before an error message
        if (big) process.stderr.write("\n");
      }
    }
    // 2. compare with the store's current values (read-only): implausible revisions, moved values and jumps are refused
    const findings = await compareWithStore(db, registry, parsedFiles);
    const allow = { revision: args.values["allow-revision"] === true, inconsistent: args.values["allow-inconsistent"] === true };
    refuseFindings(findings, allow, registry, files.length);
    // 3. import them in order, each as its own vintage
    const store = await Store.open(db, registry);
    const outcomes: FileOutcome[] = [];
    let refusal: RegeconError | undefined;
    try {
      for (let k = 0; k < files.length; k++) {
        const file = files[k]!;
        const parsed = parsedFiles[k]!;
        if (refusal) {
          outcomes.push({ status: "not-attempted", file });
          continue;
        }
        const dup = await store.alreadyImported(bytesOf[k]!);
        if (dup) {
          // a byte-identical re-import is not bad input: a notice, nothing changed, the other files go on
          const message = say(m.unchangedFile(file, dup.vintage, dup.vintageId, dup.importedAt.slice(0, 19)), lang);
          outcomes.push({ status: "unchanged", file, code: "ALREADY_IMPORTED", vintageId: dup.vintageId, vintage: dup.vintage, message });
          if (!json) process.stdout.write(`${message}\n`);
          continue;
        }
        if (parsed.direct || parsed.rows.count > 1_000_000) process.stderr.write(say(m.writingProgress, lang)); // a file DuckDB reads is large
        let r: ImportResult;
        let overrides = overridesUsed(parsed, findings.get(parsed), registry);
        // a file DuckDB reads keeps no rows in memory: the store compares it while inserting it, refusing as step 2 does
        const review = (found: StoreFindings): string | undefined => {
          refuseFindings(new Map([[parsed, found]]), allow, registry, files.length);
          return (overrides = overridesUsed(parsed, found, registry)).note;
        };
        try {
          // an override is recorded with the vintage it let in (vintages.notes) and in the import log
          r = await store.importParsed(parsed, bytesOf[k]!, { allowOlder: args.values["allow-older"] === true, note: overrides.note, sourcePath: path.resolve(file), review });
        } catch (e) {
          if (!(e instanceof RegeconError)) throw e;
          // a store-level refusal (OLDER_VINTAGE, DUPLICATE_OBSERVATION, …): this file is not imported, nor the later ones
          refusal = e;
          outcomes.push({ status: "refused", file, code: e.code, message: e.text, hint: e.hintText ?? null });
          continue;
        }
        outcomes.push({ status: "imported", ...r });
        if (!json) process.stdout.write(importedLines(file, parsed, r, overrides.lines, lang).join("\n") + "\n");
      }
    } finally {
      store.close();
    }
    if (!refusal) {
      if (json) process.stdout.write(JSON.stringify(outcomes, null, 2) + "\n");
      return 0;
    }
    if (json) process.stdout.write(JSON.stringify({ ok: false, error: refusal.toJSON(), files: outcomes }, null, 2) + "\n");
    const { message, hint } = refusal.localized(lang);
    process.stderr.write(`${say(errorPrefix, lang)}${message}\n`);
    if (hint) process.stderr.write(`${say(hintPrefix, lang)}${hint}\n`);
    if (files.length > 1) process.stderr.write(outcomeSummary(outcomes, lang).join("\n") + "\n");
    return refusal.exitCode;
  },
};

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // parseImportFile reports it
  }
}

/** The lines printed for one imported file. */
function importedLines(file: string, parsed: ParsedImport, r: ImportResult, overrideLines: readonly Text[], lang: Lang): string[] {
  const c = parsed.census;
  const years = c?.revisedFrom !== undefined ? yearRange(c.revisedFrom, c.revisedTo ?? c.revisedFrom, lang) : undefined;
  const lines: (Text | undefined)[] = [
    m.importedFile(file, r.rows, r.vintage, parsed.format, parsed.encoding, [...parsed.rows.indicators.keys()]),
    ...supersededLines(r),
    c ? m.censusRecognised(m.censusTitle(c.census), years) : undefined,
    r.replacedNewerCensus > 0 && c ? m.replacedNewerCensus(m.censusTitle(c.census), r.replacedNewerCensus) : undefined,
    ...overrideLines,
    parsed.notes.length ? m.fileNotes(parsed.notes.join(" ").slice(0, 120)) : undefined,
    ...r.mixedSeries.map((s) => m.mixedSeries(s.indicator, s.vintages)),
  ];
  return lines.map((t) => (t ? say(t, lang) : "")).filter(Boolean);
}

/**
 * After a refusal with several files: which files were imported (with their vintage ids), which were
 * unchanged (already imported), which was refused and which were not attempted.
 */
export function outcomeSummary(outcomes: readonly FileOutcome[], lang: Lang): string[] {
  const label = (o: FileOutcome): Text => {
    switch (o.status) {
      case "imported":
        return m.outcomeImported(o.vintage, o.vintageId);
      case "unchanged":
        return m.outcomeUnchanged(o.vintage, o.vintageId);
      case "refused":
        return m.outcomeRefused(o.code);
      case "not-attempted":
        return m.outcomeNotAttempted;
    }
  };
  return [say(m.filesHeading, lang), ...outcomes.map((o) => say(m.outcomeLine(o.file, label(o)), lang))];
}

/**
 * Lines saying how many current values an import superseded, from which vintages, and how many of
 * them were identical to the new values (same data re-encoded or re-exported). Empty when none.
 */
export function supersededLines(r: ImportResult): Text[] {
  const lines: Text[] = [];
  if (r.superseded > 0) {
    const from = r.supersededFrom.filter((f) => f.count > f.identical).map((f) => ({ vintage: f.vintage, vintageId: f.vintageId, changed: f.count - f.identical }));
    lines.push(m.supersededValues(r.superseded, from, r.supersededVintages));
  }
  if (r.supersededIdentical > 0) lines.push(m.identicalValues(r.supersededIdentical, r.superseded === 0));
  return lines;
}
