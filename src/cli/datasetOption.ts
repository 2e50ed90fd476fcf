import path from "node:path";
import type { Dataset } from "../data/dataset.js";
import { loadFolderDataset } from "../data/folder.js";
import type { Registry } from "../data/registry.js";
import { indicatorCatalogue } from "../data/indicators.js";
import { datasetFromStore, defaultDbPath } from "../data/store/dataset.js";
import { warningLine } from "../messages/cli.js";
import * as m from "../messages/datasetOption.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, type ParsedArgs } from "./command.js";

/** Options shared by commands that read data: `--data DIR` (a data folder) or `--db FILE` (the store). */
export const DATASET_OPTIONS = {
  data: { type: "string" },
  db: { type: "string" },
} as const;

/**
 * The dataset a command reads: `--data DIR` (a folder such as data/report-2024-prelim, read as is),
 * otherwise the store (`--db FILE`, default in the user's data directory; created and loaded with the
 * bundled data on first use, so it needs no set-up). Both give the same `Dataset` interface; the
 * label says where the data came from without exposing local paths.
 * `indicators`: read only these from the store (a folder is read whole: it is small).
 * Throws RegeconError `BAD_ARGUMENT` when both are given.
 */
export async function datasetFromArgs(args: ParsedArgs, registry: Registry, indicators?: readonly string[]): Promise<{ dataset: Dataset; label: string }> {
  const dir = stringOption(args, "data");
  const db = stringOption(args, "db");
  if (dir !== undefined && db !== undefined) {
    throw new RegeconError("BAD_ARGUMENT", m.dataAndDb, m.dataAndDbHint);
  }
  if (dir !== undefined) return { dataset: loadFolderDataset(path.resolve(dir), registry), label: dir };
  const file = db === undefined ? defaultDbPath() : path.resolve(db);
  // The label is printed in reports: name the store, not a path on the author's machine.
  const warn = (w: { code: string; message: string; messageEn: string }) => process.stderr.write(`${warningLine(w.code, args.lang === "zh" ? w.message : w.messageEn)[args.lang]}\n`);
  return { dataset: await datasetFromStore(file, registry, warn, undefined, indicators), label: m.storeLabel[args.lang] };
}

/** The catalogue's indicator ids (data/indicators.csv), plus `extra`: what the report and the analysis commands read. */
export function catalogueIndicators(...extra: (string | undefined)[]): string[] {
  return [...indicatorCatalogue().keys(), ...extra.filter((x): x is string => x !== undefined)];
}
