import path from "node:path";
import { checkText, toJson } from "../check/check.js";
import { readDocument } from "../check/extract/read.js";
import { renderCheckHtml } from "../check/report/html.js";
import { checkSummary } from "../check/report/summary.js";
import { vintagesFromFolder, vintagesFromStore } from "../check/verify/vintages.js";
import type { Verdict } from "../check/types.js";
import { loadRegistry } from "../data/registry.js";
import { defaultDbPath } from "../data/store/paths.js";
import * as m from "../messages/check.js";
import * as cli from "../messages/cli.js";
import { RegeconError } from "../types/errors.js";
import { say } from "../types/text.js";
import { stringOption, type Command } from "./command.js";
import { DATASET_OPTIONS } from "./datasetOption.js";
import { writeAllOrNothing } from "./output.js";

/** Verdicts `--fail-on` accepts. */
const FAIL_ON: readonly Verdict[] = ["contradicted", "vintage_mismatch", "no_data"];

/**
 * `regecon check FILE`: extract and verify every quantitative claim of a report (src/check/check.ts),
 * print a summary (or `--json`), write an annotated page with `--out`. Exit 0 when the check ran, 3 with
 * `--fail-on VERDICT` when a claim got that verdict.
 */
export const checkCommand: Command = {
  name: "check",
  help: m.checkHelp,
  options: { ...DATASET_OPTIONS, json: { type: "boolean" }, out: { type: "string" }, "fail-on": { type: "string" } },
  positionals: true,
  async run(args) {
    const lang = args.lang;
    const [file, ...rest] = args.positionals;
    if (file === undefined) throw new RegeconError("BAD_ARGUMENT", m.noFileGiven, m.noFileGivenHint);
    if (rest.length > 0) throw new RegeconError("BAD_ARGUMENT", m.oneFileOnly, cli.seeCommandHelp("check"));
    const failOn = stringOption(args, "fail-on");
    if (failOn !== undefined && !FAIL_ON.includes(failOn as Verdict)) throw new RegeconError("BAD_ARGUMENT", m.badFailOn(failOn), m.badFailOnHint);
    const out = stringOption(args, "out");
    if (out !== undefined && !/\.html?$/i.test(out)) throw new RegeconError("BAD_FORMAT", m.outMustBeHtml(out), m.outMustBeHtmlHint);
    const dir = stringOption(args, "data");
    const db = stringOption(args, "db");
    if (dir !== undefined && db !== undefined) throw new RegeconError("BAD_ARGUMENT", cli.dataAndDbTogether, cli.dataAndDbTogetherHint);
    const progress = (text: { zh: string; en: string }) => {
      if (!args.values.json) process.stderr.write(`${say(text, lang)}\n`);
    };
    progress(m.progressReading(file));
    const doc = await readDocument(file);
    const registry = loadRegistry();
    progress(m.progressVintages);
    const views = dir !== undefined ? vintagesFromFolder(path.resolve(dir), registry) : await vintagesFromStore(db === undefined ? defaultDbPath() : path.resolve(db), registry);
    progress(m.progressChecking);
    const result = checkText(file, doc.text, views, registry, lang);
    if (out !== undefined) {
      writeAllOrNothing([{ path: path.resolve(out), content: renderCheckHtml(result, lang) }]);
      progress(m.wroteHtml(out));
    }
    if (args.values.json) process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
    else process.stdout.write(checkSummary(result, lang));
    return failOn !== undefined && result.byVerdict[failOn as Verdict] > 0 ? 3 : 0;
  },
};
