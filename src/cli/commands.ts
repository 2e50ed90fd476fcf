import { commandSummary } from "../messages/cli.js";
import type { Text } from "../types/text.js";
import type { Command } from "./command.js";

/** A sub-command as listed by `regecon --help`; its module (and its libraries) load only when it runs. */
export interface CommandEntry {
  name: string;
  /** One line for `regecon --help`. */
  summary: Text;
  load: () => Promise<Command>;
}

/** Every `regecon` sub-command, in the order `--help` lists them. */
export const COMMANDS: CommandEntry[] = [
  { name: "report", summary: commandSummary.report, load: async () => (await import("./report.js")).reportCommand },
  { name: "disparity", summary: commandSummary.disparity, load: async () => (await import("./disparity.js")).disparityCommand },
  { name: "outlook", summary: commandSummary.outlook, load: async () => (await import("./outlook.js")).outlookCommand },
  { name: "import", summary: commandSummary.import, load: async () => (await import("./import.js")).importCommand },
  { name: "data", summary: commandSummary.data, load: async () => (await import("./data.js")).dataCommand },
  { name: "indicators", summary: commandSummary.indicators, load: async () => (await import("./indicators.js")).indicatorsCommand },
  { name: "sql", summary: commandSummary.sql, load: async () => (await import("./sql.js")).sqlCommand },
  { name: "export", summary: commandSummary.export, load: async () => (await import("./export.js")).exportCommand },
];
