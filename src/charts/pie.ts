import type { ChartOption } from "./render.js";
import { FONT_SIZE, PALETTE, SIZE, fmt, legend, renderChart, type ChartSvg } from "./style.js";

/** One slice: a part of the whole (e.g. 东部 GDP in 亿元). */
export interface PieSlice {
  name: string;
  /** Non-negative value in any unit; shares are computed from the values. */
  value: number;
  /** Label text; default "名称\n52.40%". */
  label?: string;
}

/** Input of {@link pieOption}: the parts of a whole, in display order (clockwise from 12 o'clock). */
export interface PieInput {
  slices: readonly PieSlice[];
  /** Decimals of the share in default labels (percent); default 2. */
  shareDecimals?: number;
  /** Ring (donut) instead of a full pie; default true. */
  donut?: boolean;
}

/**
 * Share of each slice in percent of the sum (value / Σ values × 100), in input order.
 * Throws RangeError on a negative or non-finite value or a zero sum.
 */
export function pieShares(slices: readonly PieSlice[]): number[] {
  for (const s of slices) if (!Number.isFinite(s.value) || s.value < 0) throw new RangeError(`pie: slice "${s.name}" has invalid value ${s.value}`);
  const total = slices.reduce((a, s) => a + s.value, 0);
  if (total <= 0) throw new RangeError("pie: the values sum to zero");
  return slices.map((s) => (s.value / total) * 100);
}

/**
 * ECharts option for a pie of shares (e.g. 四大板块 GDP shares). Colours follow {@link PALETTE} in
 * input order. Throws RangeError as {@link pieShares}.
 */
export function pieOption(input: PieInput): ChartOption {
  const shares = pieShares(input.slices);
  const decimals = input.shareDecimals ?? 2;
  return {
    color: [...PALETTE],
    legend: { ...legend(input.slices.map((s) => s.name)), top: undefined, bottom: 6 },
    series: [
      {
        type: "pie",
        radius: input.donut === false ? ["0%", "62%"] : ["34%", "62%"],
        center: ["50%", "48%"],
        startAngle: 90,
        clockwise: true,
        avoidLabelOverlap: true,
        label: { fontSize: FONT_SIZE.label + 1, color: "#333", lineHeight: 16 },
        labelLine: { length: 12, length2: 10 },
        data: input.slices.map((s, i) => ({
          name: s.name,
          value: s.value,
          label: { formatter: s.label ?? `${s.name}\n${fmt(shares[i]!, decimals)}%` },
        })),
      },
    ],
  };
}

/** Render a pie to SVG (default 560×420 px). */
export function renderPie(input: PieInput, size: { width: number; height: number } = SIZE.square): ChartSvg {
  return renderChart(pieOption(input), size);
}
