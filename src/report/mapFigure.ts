import { mapNotes, renderChoropleth } from "../charts/choropleth.js";
import { quantileBreaks } from "../stats/breaks.js";
import type { Block } from "../types/document.js";
import { nextFigureLabel, type ReportContext } from "./context.js";
import { sourceLine } from "./sourceLine.js";

export interface MapFigureSpec {
  caption: string;
  legendTitle: string;
  values: { code: string; value: number | undefined }[];
  /** Decimals of class breaks and legend labels. */
  decimals: number;
  /** Indicators and years feeding the "资料来源" line. */
  indicators: string[];
  years: number[];
  notes?: string[];
}

/**
 * A choropleth figure of China by province with quantile classes (5 classes), the 审图号 and
 * boundary-origin notes, or nothing when the report has no map boundaries. Map warnings
 * (incomplete boundaries, no 审图号) are added to `ctx.warnings` once.
 */
export function mapFigure(ctx: ReportContext, spec: MapFigureSpec): Block[] {
  if (!ctx.map) return [];
  const present = spec.values.map((v) => v.value).filter((v): v is number => v !== undefined);
  if (present.length === 0) return [];
  const breaks = quantileBreaks(present, 5, spec.decimals);
  const zh = ctx.lang === "zh";
  const svg = renderChoropleth({
    boundaries: ctx.map.boundaries,
    values: spec.values,
    breaks: breaks.length > 0 ? breaks : [present[0]!],
    decimals: spec.decimals,
    legendTitle: spec.legendTitle,
    noDataLabel: zh ? "无数据" : "no data",
  });
  const { notes, warnings } = mapNotes(ctx.map.boundaries, ctx.map.approval, ctx.lang);
  for (const w of warnings) if (!ctx.warnings.some((x) => x.code === w.code)) ctx.warnings.push(w);
  return [
    {
      kind: "figure",
      label: nextFigureLabel(ctx),
      caption: spec.caption,
      ...svg,
      source: sourceLine(ctx, spec.indicators, spec.years, { provincesOnly: true }),
      notes: [
        ...(spec.notes ?? []),
        zh ? `注：分级为五分位数分组；边界数据：${ctx.map.boundaries.origin}。` : `Note: classes are quintiles; boundaries: ${ctx.map.boundaries.origin}.`,
        ...notes,
      ],
    },
  ];
}
