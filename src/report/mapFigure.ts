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
 * A choropleth figure of China by province with quantile classes (5 classes), the 审图号 and
 * boundary-origin notes, or nothing when the report has no map boundaries. Map warnings
 * (incomplete boundaries, no 审图号) are added to `ctx.warnings` once, in the report's language.
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
  });
  const { notes, warnings } = mapNotes(ctx.map.boundaries, ctx.map.approval);
  for (const w of warnings) if (!ctx.warnings.some((x) => x.code === w.code)) ctx.warnings.push({ code: w.code, message: w.message[ctx.lang] });
  return [
    figure(ctx, {
      caption: spec.caption,
      chart,
      data: { indicators: spec.indicators, years: spec.years, provincesOnly: true },
      notes: [...(spec.notes ?? []), charts.mapMethodNote(ctx.map.boundaries.origin), ...notes],
    }),
  ];
}
