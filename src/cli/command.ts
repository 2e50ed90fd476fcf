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

type Options = NonNullable<ParseArgsConfig["options"]>;

/** A negative number as a command-line token: -2, -0.5, -.5, -1e3. */
const NEGATIVE_NUMBER = /^-\.?\d/;

/**
 * Node's parseArgs reads a token starting with "-" as an option, so `--horizon -1` would be "--horizon
 * without a value" and "-1" an unknown option. A token that looks like a negative number right after an
 * option that takes a value is that option's value: it is joined to it (`--horizon=-1`, `-x-1`) before
 * parsing. Tokens after `--` are left alone.
 */
export function joinNegativeValues(argv: readonly string[], options: Options): string[] {
  const takesValue = (token: string): string | undefined => {
    if (token.startsWith("--") && !token.includes("=")) return options[token.slice(2)]?.type === "string" ? token : undefined;
    if (/^-[^-]$/.test(token)) return Object.values(options).some((o) => o.short === token.slice(1) && o.type === "string") ? token : undefined;
    return undefined;
  };
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") return [...out, ...argv.slice(i)];
    const option = takesValue(token);
    const next = argv[i + 1];
    if (option !== undefined && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(option.startsWith("--") ? `${option}=${next}` : `${option}${next}`);
      i++;
    } else out.push(token);
  }
  return out;
}

/**
 * Parse argv for a command. Unknown options, an option given twice with different values and bad --lang
 * values become RegeconError `BAD_ARGUMENT` with the command's name, so the user sees what was wrong and
 * where to look. Negative numbers are read as values (`joinNegativeValues`).
 */
export function parseCommandArgs(cmd: Command, argv: string[]): ParsedArgs {
  const options = { ...COMMON_OPTIONS, ...cmd.options };
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, options), options, allowPositionals: cmd.positionals ?? false, strict: true, tokens: true });
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
  refuseConflictingRepeats(cmd, options, parsed.tokens);
  const lang = (parsed.values.lang as string | undefined) ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new RegeconError("BAD_ARGUMENT", m.badLang(lang), m.badLangHint);
  return { values: parsed.values as ParsedArgs["values"], positionals: parsed.positionals, lang };
}

/**
 * parseArgs keeps the last of an option given twice (`--from 2023 --from 2024` → 2024) silently: refuse
 * it with RegeconError `BAD_ARGUMENT` when the values differ (a repeat with the same value is harmless).
 * Options declared `multiple` are meant to repeat.
 */
function refuseConflictingRepeats(cmd: Command, options: Options, tokens: readonly { kind: string; name?: string; value?: string | undefined }[] | undefined): void {
  const seen = new Map<string, string[]>();
  for (const t of tokens ?? []) {
    if (t.kind !== "option" || t.name === undefined || options[t.name]?.multiple) continue;
    seen.set(t.name, [...(seen.get(t.name) ?? []), t.value ?? ""]);
  }
  for (const [name, values] of seen) {
    if (new Set(values).size > 1) throw new RegeconError("BAD_ARGUMENT", m.repeatedOption(cmd.name, `--${name}`, values), m.seeCommandHelp(cmd.name));
  }
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
