import { readFileSync } from "node:fs";
import * as m from "../messages/cli.js";
import { RegeconError } from "../types/errors.js";
import { say, type Lang } from "../types/text.js";
import { parseCommandArgs } from "./command.js";
import { COMMANDS } from "./commands.js";

/** The package version, read from package.json (one place to change it). */
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** The value of the last `--lang X` / `--lang=X` anywhere in argv (before or after the command), if any. */
function langValueOf(argv: readonly string[]): string | undefined {
  const i = argv.lastIndexOf("--lang");
  const inline = argv.filter((a) => a.startsWith("--lang=")).pop();
  return inline !== undefined ? inline.slice("--lang=".length) : i >= 0 ? argv[i + 1] : undefined;
}

/**
 * Leading `--lang X` / `--lang=X` before the command name: moved after it, so `regecon --lang en report`
 * runs the command in English as `regecon report --lang en` does.
 */
function withoutLeadingLang(argv: readonly string[]): string[] {
  const rest = [...argv];
  const lang: string[] = [];
  for (;;) {
    if (rest[0] === "--lang" && rest.length >= 2) lang.push(...rest.splice(0, 2));
    else if (rest[0]?.startsWith("--lang=")) lang.push(...rest.splice(0, 1));
    else return rest.length === 0 ? rest : [rest[0]!, ...lang, ...rest.slice(1)];
  }
}

/**
 * Run the CLI; returns the exit code (0 ok, 1 internal error, 2 bad input, 3 a check failed as asked).
 * Errors users can cause (RegeconError) print message and hint in the chosen language on stderr; with
 * `--json` the error also goes to stdout as JSON with both languages.
 */
export async function main(argv: string[]): Promise<number> {
  // `--lang en` chooses English for the shell's own words too; an unknown language is refused before
  // anything else, in both languages (it cannot be known which one the user reads).
  const asked = langValueOf(argv);
  if (asked !== undefined && !asked.startsWith("-") && asked !== "zh" && asked !== "en") {
    return fail(new RegeconError("BAD_ARGUMENT", m.badLang(asked), m.badLangHint), "zh", argv.includes("--json"));
  }
  const lang: Lang = asked === "en" ? "en" : "zh";
  const [name, ...rest] = withoutLeadingLang(argv);
  const help = say(m.topHelp(VERSION, COMMANDS), lang);
  // `regecon help outlook`: the command's own help, as `regecon outlook --help`.
  const helpFor = name === "help" ? withoutLeadingLang(rest).filter((a) => !a.startsWith("-"))[0] : undefined;
  if (helpFor !== undefined) {
    const entry = COMMANDS.find((c) => c.name === helpFor);
    if (!entry) return fail(new RegeconError("BAD_ARGUMENT", m.unknownCommand(helpFor), m.seeTopHelp), lang, false, help);
    process.stdout.write(say((await entry.load()).help, lang));
    return 0;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    if (name === undefined) process.stderr.write(`${say(m.errorPrefix, lang)}${say(m.noCommand, lang)}\n\n`);
    (name === undefined ? process.stderr : process.stdout).write(help);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const json = rest.includes("--json");
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) return fail(new RegeconError("BAD_ARGUMENT", m.unknownCommand(name), m.seeTopHelp), lang, json, help);
  try {
    const cmd = await entry.load();
    const args = parseCommandArgs(cmd, rest);
    if (args.values.help) {
      process.stdout.write(cmd.help[args.lang]);
      return 0;
    }
    return await cmd.run(args);
  } catch (e) {
    if (e instanceof RegeconError) return fail(e, lang, json);
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: { code: "INTERNAL", exit_code: 1, message: { zh: String(e), en: String(e) } } }, null, 2)}\n`);
    process.stderr.write(`${say(m.internalErrorPrefix, lang)}${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

/** Print a RegeconError (and, with --json, its JSON on stdout); returns its exit code. */
function fail(e: RegeconError, lang: Lang, json: boolean, after?: string): number {
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: e.toJSON() }, null, 2)}\n`);
  const { message, hint } = e.localized(lang);
  process.stderr.write(`${say(m.errorPrefix, lang)}${message}\n`);
  if (hint) process.stderr.write(`${say(m.hintPrefix, lang)}${hint}\n`);
  if (after) process.stderr.write(`\n${after}`);
  return e.exitCode;
}
