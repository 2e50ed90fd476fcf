import { readFileSync } from "node:fs";
import { RegeconError } from "../types/errors.js";
import { parseCommandArgs } from "./command.js";
import { COMMANDS } from "./commands.js";

/** The package version, read from package.json (one place to change it). */
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

function topHelp(lang: "zh" | "en"): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary[lang]}`);
  return lang === "zh"
    ? `regecon ${VERSION}：中国区域经济分析与年度形势报告\n\n用法：regecon <命令> [选项]\n\n命令：\n${lines.join("\n")}\n\n每个命令都接受 --help 与 --lang zh|en。示例：\n  regecon report --year 2024 --out out/report.html\n`
    : `regecon ${VERSION}: China regional economy analysis and the annual situation report\n\nUsage: regecon <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nEvery command accepts --help and --lang zh|en. Example:\n  regecon report --year 2024 --lang en\n`;
}

/** Run the CLI; returns the exit code (0 ok, 1 internal error, 2 bad input). */
export async function main(argv: string[]): Promise<number> {
  const lang = argv.includes("--lang") && argv[argv.indexOf("--lang") + 1] === "en" ? "en" : "zh";
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(topHelp(lang));
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(lang === "zh" ? `错误：未知命令 "${name}"。\n\n` : `Error: unknown command "${name}".\n\n`);
    process.stderr.write(topHelp(lang));
    return 2;
  }
  try {
    const cmd = await entry.load();
    const args = parseCommandArgs(cmd, rest);
    if (args.values.help) {
      process.stdout.write(cmd.help[args.lang]);
      return 0;
    }
    return await cmd.run(args);
  } catch (e) {
    if (e instanceof RegeconError) {
      process.stderr.write(`${lang === "zh" ? "错误" : "Error"}：${e.message}\n`);
      if (e.hint) process.stderr.write(`${lang === "zh" ? "提示" : "Hint"}：${e.hint}\n`);
      return e.exitCode;
    }
    process.stderr.write(`${lang === "zh" ? "内部错误" : "Internal error"}：${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
