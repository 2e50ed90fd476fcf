import { readFileSync } from "node:fs";
import { RegeconError } from "../types/errors.js";
import { parseCommandArgs } from "./command.js";
import { COMMANDS } from "./commands.js";

/** The package version, read from package.json (one place to change it). */
const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

function topHelp(lang: "zh" | "en"): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary[lang]}`);
  return lang === "zh"
    ? `regecon ${VERSION}：中国区域经济分析与年度形势报告\n\n用法：regecon <命令> [选项]\n\n命令：\n${lines.join("\n")}\n\n每个命令都接受 --help 与 --lang zh|en，多数命令接受 --json（机器可读输出）。\n数据默认读写用户数据目录中的 regecon 数据库（首次使用时自动载入内置数据）；--db FILE 或环境变量 REGECON_DB 指定另一个文件。\n示例：\n  regecon report --year 2024\n  regecon import 分省年度数据.csv\n`
    : `regecon ${VERSION}: China regional economy analysis and the annual situation report\n\nUsage: regecon <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nEvery command accepts --help and --lang zh|en; most accept --json (machine-readable output).\nData are read from and written to the regecon store in the user's data directory (loaded with the\nbundled data on first use); --db FILE or the REGECON_DB environment variable chooses another file.\nExamples:\n  regecon report --year 2024 --lang en\n  regecon import 分省年度数据.csv\n`;
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
    const json = rest.includes("--json");
    if (e instanceof RegeconError) {
      // With --json, scripts get the error on stdout as JSON too (the human text still goes to stderr).
      if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: { code: e.code, message: e.message, hint: e.hint ?? null, english: e.english ?? null } }, null, 2)}\n`);
      const text = lang === "en" && e.english ? e.english : { message: e.message, hint: e.hint };
      process.stderr.write(`${lang === "zh" ? "错误：" : "Error: "}${text.message}\n`);
      if (text.hint) process.stderr.write(`${lang === "zh" ? "提示：" : "Hint: "}${text.hint}\n`);
      return e.exitCode;
    }
    if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: { code: "INTERNAL", message: String(e) } }, null, 2)}\n`);
    process.stderr.write(`${lang === "zh" ? "内部错误：" : "Internal error: "}${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
