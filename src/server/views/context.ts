import { indicatorCatalogue } from "../../data/indicators.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import type { Lang, Text } from "../../types/text.js";
import type { ReportContext } from "../../report/context.js";
import { sourceLine } from "../../report/sourceLine.js";
import { mixedVintageNotes } from "../../report/vintageNote.js";
import * as m from "../../messages/serve.js";
import type { ServeData } from "../data.js";

/**
 * What every dashboard view needs: the loaded data and the language, with the report's own source
 * line and vintage notes, so a figure on the page carries the same "资料来源" line as in the report.
 */
export class ViewContext {
  constructor(
    readonly data: ServeData,
    readonly lang: Lang,
  ) {}

  /** A text in the view's language. */
  say(text: Text): string {
    return text[this.lang];
  }

  /** A province's name (short Chinese name or English), the national total, or the code itself. */
  regionName(code: string): string {
    if (this.data.registry.isProvince(code)) {
      const p = this.data.registry.province(code);
      return this.lang === "zh" ? p.name : p.nameEn;
    }
    return code === NATIONAL_CODE ? this.say(m.nationalName) : code;
  }

  /** The report's "资料来源：…" line for `indicators` in `years` (provincial observations only by default). */
  source(indicators: readonly string[], years?: readonly number[], provincesOnly = true): string {
    return sourceLine(this.reportContext(), indicators, years, { provincesOnly });
  }

  /**
   * The report's note for each of `indicators` whose provincial observations in `years` mix vintages
   * (nothing when each has one vintage: series are never mixed silently).
   */
  vintageNotes(indicators: readonly string[], years: readonly number[]): string[] {
    const { dataset, registry } = this.data;
    return indicators.flatMap((id) => {
      const vintages = new Set(dataset.observations(id).filter((o) => years.includes(o.year) && registry.isProvince(o.regionCode)).map((o) => o.vintage));
      const def = indicatorCatalogue().get(id);
      return mixedVintageNotes(this.reportContext(), def ? { zh: def.nameZh, en: def.nameEn } : { zh: id, en: id }, [...vintages].sort());
    });
  }

  /** The label of a vintage id (e.g. "国家统计局数据库（第五次全国经济普查修订后）"), the id when unknown. */
  vintageLabel(vintage: string): string {
    const s = [...this.data.dataset.sources.values()].find((x) => x.vintage === vintage);
    return s ? (this.lang === "zh" ? s.vintageLabel : s.vintageLabelEn) : vintage;
  }

  private reportContext(): ReportContext {
    return { dataset: this.data.dataset, registry: this.data.registry, year: 0, lang: this.lang, warnings: [] };
  }
}

/**
 * A table of a view: column labels, the cells as downloaded ("data as shown": values unrounded, as
 * stored or computed) and the same cells as printed on the page (rounded, with ranks in words).
 */
export interface ViewTable {
  columns: string[];
  rows: (string | number | undefined)[][];
  display: string[][];
  /** Column labels of `display` when the page combines cells (e.g. value and rank in one); default `columns`. */
  displayColumns?: string[];
}

/** What a download of a view needs besides its table: the indicators behind it and the notes. */
export interface ViewMeta {
  /** File-name stem, e.g. "map-gdp_current-2024". */
  name: string;
  title: string;
  /** Dataset indicators whose observations the view uses (full series download, metadata). */
  indicators: string[];
  /** Method lines, notes and source lines shown with the view. */
  notes: string[];
}
