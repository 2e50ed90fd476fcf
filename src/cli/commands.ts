import type { Command } from "./command.js";
import { reportCommand } from "./report.js";
import { importCommand } from "./import.js";
import { dataCommand } from "./data.js";
import { sqlCommand } from "./sql.js";
import { exportCommand } from "./export.js";
import { disparityCommand } from "./disparity.js";

/** Every `regecon` sub-command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [reportCommand, disparityCommand, importCommand, dataCommand, sqlCommand, exportCommand];
