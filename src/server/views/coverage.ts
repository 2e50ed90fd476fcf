import { indicatorCatalogue } from "../../data/indicators.js";
import * as m from "../../messages/serve.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import type { ViewContext } from "./context.js";

/** One cell of the coverage matrix: provinces with a value, whether a national value exists, and the vintages. */
export interface CoverageCell {
  provinces: number;
  national: boolean;
  vintages: string[];
}

export interface CoverageView {
  years: number[];
  indicators: { id: string; name: string; unit: string; label: string; cells: (CoverageCell | undefined)[]; vintages: string[] }[];
  /** The store's vintages (imports), newest last; empty when reading a data folder. */
  imports: { id: number; vintage: string; label: string; kind: string; file?: string; importedAt: string; rows: number; currentRows: number }[];
  provinceCount: number;
  legend: string;
}

/**
 * The data page: for every indicator of the dataset and every year, how many of the 31 provinces have
 * a value, whether the national value is there, and from which vintages (what `regecon data` shows
 * from the store); then the store's vintages (each import) when the data come from the store.
 */
export function coverageView(ctx: ViewContext): CoverageView {
  const { dataset, registry } = ctx.data;
  const catalogue = indicatorCatalogue();
  const ids = dataset.indicators().sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  function order(id: string): number {
    const keys = [...catalogue.keys()];
    return keys.includes(id) ? keys.indexOf(id) : keys.length;
  }
  const years = [...new Set(ids.flatMap((i) => dataset.years(i)))].sort((a, b) => a - b);
  return {
    years,
    indicators: ids.map((id) => {
      const obs = dataset.observations(id);
      const def = catalogue.get(id);
      const cells = years.map((y) => {
        const inYear = obs.filter((o) => o.year === y);
        if (inYear.length === 0) return undefined;
        return {
          provinces: inYear.filter((o) => registry.isProvince(o.regionCode)).length,
          national: inYear.some((o) => o.regionCode === NATIONAL_CODE),
          vintages: [...new Set(inYear.map((o) => o.vintage))].sort(),
        };
      });
      const name = def ? { zh: def.nameZh, en: def.nameEn } : { zh: id, en: id };
      const unit = def ? { zh: def.unit, en: def.unitEn } : { zh: obs[0]?.unit ?? "", en: obs[0]?.unit ?? "" };
      return {
        id,
        name: ctx.say(name),
        unit: ctx.say(unit),
        label: ctx.say(m.legendTitle(name, unit)),
        cells,
        vintages: [...new Set(obs.map((o) => o.vintage))].sort().map((v) => ctx.vintageLabel(v)),
      };
    }),
    imports: ctx.data.vintages.map((v) => ({ id: v.id, vintage: v.vintage, label: ctx.vintageLabel(v.vintage), kind: v.kind, file: v.file, importedAt: v.importedAt, rows: v.rows, currentRows: v.currentRows })),
    provinceCount: registry.provinces.length,
    legend: ctx.say(m.coverageLegend(registry.provinces.length)),
  };
}
