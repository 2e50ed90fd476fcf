import { loadRegistry } from "../data/registry.js";
import { Store, sqlString } from "../data/store/store.js";
import { RegeconError } from "../types/errors.js";
import { stringOption, type Command } from "./command.js";
import { DB_OPTION } from "./import.js";

const HELP = {
  zh: `用法：regecon data [--indicator ID] [--db FILE] [--json] [--lang zh|en]

显示数据库的覆盖情况：指标 × 年份的矩阵，以及每个数据版本（来源、文件、导入时间、注释）。
矩阵单元格：数字 = 有数据的省份数（31 为齐全）；数字后的 + = 另有全国值；“全” = 只有全国值、没有省份值；. = 没有数据。

选项：
  --indicator ID   只显示这一指标（矩阵和数据版本都按它筛选）；库中没有的 id 报 UNKNOWN_INDICATOR
  --db FILE        数据库文件（默认：用户数据目录下的 regecon/regecon.duckdb；也可用环境变量 REGECON_DB）
  --json           以 JSON 输出 {db, coverage, vintages}
  --lang zh|en     输出语言（默认 zh）
`,
  en: `Usage: regecon data [--indicator ID] [--db FILE] [--json] [--lang zh|en]

Show the store's coverage as an indicator × year matrix, and every vintage (source, file, import time, notes).
Cells: a number = provinces present (31 = complete); a trailing + = a national value too; N = national value
only, no provinces; . = no data.

Options:
  --indicator ID   only this indicator (filters both the matrix and the vintages); an id not in the store is UNKNOWN_INDICATOR
  --db FILE        database file (default: regecon/regecon.duckdb in the user data directory; or REGECON_DB)
  --json           JSON {db, coverage, vintages} on stdout
  --lang zh|en     output language (default zh)
`,
};

/** One coverage-matrix cell: provinces present, `+` when a national value is present too, 全/N for national only. */
export function coverageCell(regions: number, hasNational: boolean, lang: "zh" | "en"): string {
  if (regions === 0) return hasNational ? (lang === "zh" ? "全" : "N") : ".";
  return `${regions}${hasNational ? "+" : ""}`;
}

export const dataCommand: Command = {
  name: "data",
  help: HELP,
  options: { ...DB_OPTION, indicator: { type: "string" }, json: { type: "boolean" } },
  async run(args) {
    const store = await Store.open(stringOption(args, "db"), loadRegistry(), { readOnly: true });
    try {
      const filter = stringOption(args, "indicator");
      if (filter !== undefined) {
        const known = (await store.rows("SELECT DISTINCT indicator FROM observations_all ORDER BY indicator")).map((r) => r.indicator as string);
        if (!known.includes(filter)) {
          throw new RegeconError("UNKNOWN_INDICATOR", `--indicator ${filter}：数据库中没有这个指标`, `库中的指标：${known.join(", ")}`);
        }
      }
      const where = filter !== undefined ? `WHERE indicator = ${sqlString(filter)}` : "";
      const cov = await store.rows(`SELECT * FROM coverage ${where} ORDER BY indicator, year`);
      const vintages = await store.rows(
        `SELECT vintage_id, vintage, kind, source_id, title, file_name, imported_at::VARCHAR AS imported_at, census_name, notes, row_count, current_rows, superseded_by FROM vintages_view
         ${filter !== undefined ? `WHERE vintage_id IN (SELECT DISTINCT vintage_id FROM observations_all ${where})` : ""} ORDER BY vintage_id`,
      );
      if (args.values.json) {
        process.stdout.write(JSON.stringify({ db: store.path, coverage: cov, vintages }, null, 2) + "\n");
        return 0;
      }
      const zh = args.lang === "zh";
      const years = [...new Set(cov.map((c) => c.year as number))].sort((a, b) => a - b);
      const inds = [...new Set(cov.map((c) => c.indicator as string))];
      const w = Math.max(10, ...inds.map((i) => i.length));
      const out: string[] = [`${zh ? "数据库" : "Store"}：${store.path}`, ""];
      out.push(`${"".padEnd(w)} ${years.map((y) => String(y).slice(2).padStart(4)).join("")}   ${zh ? "版本" : "vintages"}`);
      for (const ind of inds) {
        const cells = years.map((y) => {
          const c = cov.find((x) => x.indicator === ind && x.year === y);
          const s = c ? coverageCell(c.regions as number, c.has_national === true, args.lang) : ".";
          return s === "全" ? s.padStart(3) : s.padStart(4); // 全 is double width
        });
        const vs = [...new Set(cov.filter((x) => x.indicator === ind).flatMap((x) => String(x.vintages).split(",")))];
        out.push(`${ind.padEnd(w)} ${cells.join("")}   ${vs.join(",")}`);
      }
      out.push(
        "",
        zh
          ? "图例：数字 = 有数据的省份数（31 为齐全）；+ = 另有全国值；全 = 只有全国值（无省份）；. = 无数据；年份为后两位"
          : "Legend: number = provinces present (31 = complete); + = national value too; N = national value only (no provinces); . = no data; years as last two digits",
      );
      out.push("", zh ? "数据版本：" : "Vintages:");
      for (const v of vintages) {
        out.push(
          `  #${v.vintage_id} ${v.vintage} [${v.kind}] ${v.source_id} ${v.title} — ${v.file_name ?? ""} ${v.imported_at}；${v.current_rows}/${v.row_count} ${zh ? "当前" : "current"}${v.superseded_by ? `，${zh ? "已被版本" : "superseded by"} ${v.superseded_by}${zh ? " 替代" : ""}` : ""}${v.census_name ? `；${v.census_name}` : ""}`,
        );
      }
      process.stdout.write(out.join("\n") + "\n");
      return 0;
    } finally {
      store.close();
    }
  },
};
