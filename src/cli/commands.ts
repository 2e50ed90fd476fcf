import type { Command } from "./command.js";
import { reportCommand } from "./report.js";

/** Every `regecon` sub-command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [reportCommand];
