import type { Command } from "./command.js";
import { reportCommand } from "./report.js";
import { disparityCommand } from "./disparity.js";

/** Every `regecon` sub-command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [reportCommand, disparityCommand];
