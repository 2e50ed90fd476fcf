import path from "node:path";
import type { Dataset } from "../data/dataset.js";
import { loadFolderDataset } from "../data/folder.js";
import { DEFAULT_DATASET_DIR } from "../data/paths.js";
import type { Registry } from "../data/registry.js";
import { stringOption, type ParsedArgs } from "./command.js";

/** Options shared by commands that read data: `--data DIR` (a data folder). */
export const DATASET_OPTIONS = {
  data: { type: "string" },
} as const;

/**
 * The dataset a command reads: `--data DIR` (a folder such as data/report-2024-prelim), or the
 * bundled default (data/nbs). Returns the dataset and a short label for output.
 */
export async function datasetFromArgs(args: ParsedArgs, registry: Registry): Promise<{ dataset: Dataset; label: string }> {
  const dir = stringOption(args, "data");
  if (dir !== undefined) {
    const dataset = loadFolderDataset(path.resolve(dir), registry);
    return { dataset, label: dir };
  }
  return { dataset: loadFolderDataset(DEFAULT_DATASET_DIR, registry), label: args.lang === "zh" ? "regecon 内置数据（data/nbs）" : "regecon bundled data (data/nbs)" };
}
