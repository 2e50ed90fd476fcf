import type { Text } from "../types/text.js";

/** Words of the options every data-reading command shares: `--data DIR` and `--db FILE`. */

export const dataAndDb: Text = { zh: "--data 与 --db 不能同时使用", en: "--data and --db cannot be used together" };

export const dataAndDbHint: Text = {
  zh: "--data 读取一个数据目录；--db 读取数据库（含导入的数据）。二选一。",
  en: "--data reads a data folder; --db reads the store (with imported data). Choose one.",
};

/** How reports name the store as their data (never a path on the author's machine). */
export const storeLabel: Text = { zh: "regecon 数据库（国家统计局数据及导入的数据版本）", en: "regecon store (NBS data and imported vintages)" };
