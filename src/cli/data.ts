import { loadRegistry } from "../data/registry.js";
import { Store } from "../data/store/store.js";
import { stringOption, type Command } from "./command.js";
import { DB_OPTION } from "./import.js";

const HELP = {
  zh: `用法：regecon data [--indicator ID] [--db FILE] [--json]

显示数据库的覆盖情况：指标 × 年份的省份数（31 为齐全，“全”表示另有全国值），以及每个数据版本（来源、文件、导入时间、注释）。
`,
  en: `Usage: regecon data [--indicator ID] [--db FILE] [--json]

Show the store's coverage: provinces present per indicator × year (31 = complete; "+N" = national value too),
and every vintage (source, file, import time, notes).
`,
};

export const dataCommand: Command = {
  name: "data",
  help: HELP,
  options: { ...DB_OPTION, indicator: { type: "string" }, json: { type: "boolean" } },
  async run(args) {
    const store = await Store.open(stringOption(args, "db"), loadRegistry(), { readOnly: true });
    try {
      const filter = stringOption(args, "indicator");
      const where = filter ? `WHERE indicator = '${filter.replace(/'/g, "''")}'` : "";
      const cov = await store.rows(`SELECT * FROM coverage ${where} ORDER BY indicator, year`);
      const vintages = await store.rows(
        "SELECT vintage_id, vintage, kind, source_id, title, file_name, imported_at::VARCHAR AS imported_at, census_name, notes, row_count, current_rows, superseded_by FROM vintages_view ORDER BY vintage_id",
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
      out.push(`${"".padEnd(w)} ${years.map((y) => String(y).slice(2).padStart(3)).join("")}   ${zh ? "版本" : "vintages"}`);
      for (const ind of inds) {
        const cells = years.map((y) => {
          const c = cov.find((x) => x.indicator === ind && x.year === y);
          if (!c) return "  .";
          const n = c.regions as number;
          return (n === 0 && c.has_national ? "全" : String(n)).padStart(3);
        });
        const vs = [...new Set(cov.filter((x) => x.indicator === ind).flatMap((x) => String(x.vintages).split(",")))];
        out.push(`${ind.padEnd(w)} ${cells.join("")}   ${vs.join(",")}`);
      }
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
