import type { Command } from "./command.js";

/** A sub-command as listed by `regecon --help`; its module (and its libraries) load only when it runs. */
export interface CommandEntry {
  name: string;
  /** One line for `regecon --help` (Chinese / English). */
  summary: { zh: string; en: string };
  load: () => Promise<Command>;
}

/** Every `regecon` sub-command, in the order `--help` lists them. */
export const COMMANDS: CommandEntry[] = [
  { name: "report", summary: { zh: "生成区域经济形势报告（HTML、Word、Markdown）", en: "write the regional economic situation report (HTML, Word, Markdown)" }, load: async () => (await import("./report.js")).reportCommand },
  { name: "disparity", summary: { zh: "区域差距指标（泰尔分解、收敛、莫兰指数）", en: "regional disparity indices (Theil decomposition, convergence, Moran's I)" }, load: async () => (await import("./disparity.js")).disparityCommand },
  { name: "import", summary: { zh: "导入统计文件到数据库（每个文件一个数据版本）", en: "import statistics files into the store (one vintage each)" }, load: async () => (await import("./import.js")).importCommand },
  { name: "data", summary: { zh: "数据覆盖矩阵（指标 × 年份 × 省份）与数据版本", en: "coverage matrix (indicators × years × provinces) and vintages" }, load: async () => (await import("./data.js")).dataCommand },
  { name: "sql", summary: { zh: "对数据库视图执行只读 SQL", en: "read-only SQL over the store's views" }, load: async () => (await import("./sql.js")).sqlCommand },
  { name: "export", summary: { zh: "导出数据（CSV/XLSX/Parquet）及元数据文件", en: "export data (CSV/XLSX/Parquet) with a metadata file" }, load: async () => (await import("./export.js")).exportCommand },
];
