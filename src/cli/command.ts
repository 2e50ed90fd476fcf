import { parseArgs, type ParseArgsConfig } from "node:util";
import { RegeconError } from "../types/errors.js";

/** One `regecon` sub-command. `run` returns the process exit code. */
export interface Command {
  name: string;
  /** Full `--help` text (Chinese / English). */
  help: { zh: string; en: string };
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Whether positional arguments are accepted (e.g. files for `import`). */
  positionals?: boolean;
  run(args: ParsedArgs): Promise<number>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  lang: "zh" | "en";
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
    // Node's messages are English (and the unknown-option one has an unbalanced quote): say it in Chinese
    const err = e as Error & { code?: string };
    const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? "";
    const option = quoted.replace(/ <value>$/, "").split(", ").pop()!;
    const hint = `运行 regecon ${cmd.name} --help 查看用法。`;
    const what =
      err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `未知选项 ${option}`
        : err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /argument missing/.test(err.message)
          ? `选项 ${option} 缺少取值`
          : err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
            ? `选项 ${option} 不接受取值`
            : err.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
              ? `不接受位置参数“${quoted}”`
              : err.message;
    const positionalHint = err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && cmd.positionals ? "（以 - 开头的参数若不是选项，请放在 -- 之后）" : "";
    throw new RegeconError("BAD_ARGUMENT", `regecon ${cmd.name}：${what}`, hint + positionalHint);
  }
  const lang = (parsed.values.lang as string | undefined) ?? "zh";
  if (lang !== "zh" && lang !== "en") throw new RegeconError("BAD_ARGUMENT", `--lang 只能是 zh 或 en，收到 ${lang}`, "例如 --lang en").en(`--lang must be zh or en, got ${lang}`, "e.g. --lang en");
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
  if (!/^\d{4}$/.test(v)) throw new RegeconError("BAD_YEAR", `--${name} 应为四位年份，收到 "${v}"`, "例如 --year 2024").en(`--${name} must be a four-digit year, got "${v}"`, "e.g. --year 2024");
  return Number(v);
}
