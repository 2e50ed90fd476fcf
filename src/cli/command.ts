import { parseArgs, type ParseArgsConfig } from "node:util";
import * as m from "../messages/cli.js";
import { RegeconError } from "../types/errors.js";
import { joinText, type Lang, type Text } from "../types/text.js";

/** One `regecon` sub-command. `run` returns the process exit code. */
export interface Command {
  name: string;
  /** Full `--help` text, from the command's catalogue module. */
  help: Text;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Whether positional arguments are accepted (e.g. files for `import`). */
  positionals?: boolean;
  run(args: ParsedArgs): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  lang: Lang;
}

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Parse argv for a command. Unknown options and bad --lang values become RegeconError `BAD_ARGUMENT`
 * with the command's name, so the user sees what was wrong and where to look.
 */
export function parseCommandArgs(cmd: Command, argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...cmd.options }, allowPositionals: cmd.positionals ?? false, strict: true });
  } catch (e) {
    // Node's messages are English only (and the unknown-option one has an unbalanced quote): say it from the catalogue.
    const err = e as Error & { code?: string };
    const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? "";
    const option = quoted.replace(/ <value>$/, "").split(", ").pop()!;
    const what =
      err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? m.unknownOption(cmd.name, option)
        : err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /argument missing/.test(err.message)
          ? m.optionMissingValue(cmd.name, option)
          : err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
            ? m.optionTakesNoValue(cmd.name, option)
            : err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
              ? m.unexpectedPositional(cmd.name, quoted)
              : m.badArguments(cmd.name, err.message);
    const hint = m.seeCommandHelp(cmd.name);
    const withDash = err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && cmd.positionals;
    throw new RegeconError("BAD_ARGUMENT", what, withDash ? joinText([hint, m.dashDashHint], { zh: "", en: "" }) : hint);
  }
  const lang = (parsed.values.lang as string | undefined) ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new RegeconError("BAD_ARGUMENT", m.badLang(lang), m.badLangHint);
  return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals, lang };
}

/** A string option's value or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
}

/**
 * Parse an integer year option; throws RegeconError `BAD_YEAR` for anything that is not a 4-digit year.
 */
export function yearOption(args: ParsedArgs, name: string): number | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v)) throw new RegeconError("BAD_YEAR", m.badYearOption(name, v), m.yearOptionHint(name));
  return Number(v);
}
