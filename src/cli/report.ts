import type { Command } from "./command.js";

export const reportCommand: Command = {
  name: "report",
  summary: { zh: "生成区域经济形势报告（HTML）", en: "write the regional economic situation report (HTML)" },
  help: { zh: "", en: "" },
  options: {},
  async run() {
    return 1;
  },
};
