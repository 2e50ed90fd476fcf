import { mapNotes, renderChoropleth } from "../charts/choropleth.js";
import * as charts from "../messages/charts.js";
import { quantileBreaks } from "../stats/breaks.js";
import type { Block } from "../types/document.js";
import type { Text } from "../types/text.js";
import { figure } from "./blocks.js";
import type { ReportContext } from "./context.js";

export interface MapFigureSpec {
  caption: Text;
  legendTitle: Text;
  values: { code: string; value: number | undefined }[];
  /** Decimals of class breaks and legend labels. */
  decimals: number;
  /** Indicators and years feeding the "资料来源" line. */
  indicators: string[];
  years: number[];
  notes?: Text[];
}

/**
 * A choropleth figure of China by province with quantile classes (5 classes, legend at displayed
 * precision), each province named on the map in the report's language (the registry's short names,
 * 台湾/香港/澳门 from the catalogue), the method and boundary-origin note and the 审图号 line — or,
 * without `--map-approval`, the notice that the map is a schematic not to be published as it is; or
 * nothing when the report has no map boundaries. Map warnings (incomplete boundaries, no 审图号) are
 * added to `ctx.warnings` once, in the report's language.
 */
export function mapFigure(ctx: ReportContext, spec: MapFigureSpec): Block[] {
  if (!ctx.map) return [];
  const present = spec.values.map((v) => v.value).filter((v): v is number => v !== undefined);
  if (present.length === 0) return [];
  const breaks = quantileBreaks(present, 5, spec.decimals);
  const chart = renderChoropleth({
    boundaries: ctx.map.boundaries,
    values: spec.values,
    breaks: breaks.length > 0 ? breaks : [present[0]!],
    decimals: spec.decimals,
    legendTitle: spec.legendTitle[ctx.lang],
    noDataLabel: charts.noData[ctx.lang],
    lang: ctx.lang,
    regionLabels: mapLabels(ctx),
  });
  const { notes, warnings } = mapNotes(ctx.map.boundaries, ctx.map.approval);
  for (const w of warnings) if (!ctx.warnings.some((x) => x.code === w.code)) ctx.warnings.push({ code: w.code, message: w.message[ctx.lang] });
  return [
    figure(ctx, {
      caption: spec.caption,
      chart,
      data: { indicators: spec.indicators, years: spec.years, provincesOnly: true },
      notes: [...(spec.notes ?? []), charts.mapMethodNote(ctx.map.boundaries.credit), ...notes],
    }),
  ];
}

/** Names to print on the map by code: the 31 provinces' short names (or English names) and 台湾/香港/澳门. */
function mapLabels(ctx: ReportContext): Map<string, string> {
  const names = new Map(ctx.registry.provinces.map((p) => [p.code, ctx.lang === "zh" ? p.name : p.nameEn]));
  for (const [code, name] of Object.entries(charts.mapUnitNames)) names.set(code, name[ctx.lang]);
  return names;
}
