/**
 * Where data labels go, decided on plain numbers before ECharts draws anything: value axes with
 * explicit round bounds (so a value's pixel position is known), a one-dimensional dodge that keeps
 * stacked end labels apart, and the choice between "above the bar" and "inside the bar" when a bar's
 * label would sit on the line label of a bar + line chart.
 */

/** A value axis with explicit bounds and tick interval (ECharts `min`, `max`, `interval`). */
export interface AxisScale {
  min: number;
  max: number;
  interval: number;
}

/** Read a float at 12 significant digits, so 0.1 × 3 is 0.3 and not 0.30000000000000004. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * A round step for a span cut into about `splitNumber` intervals: 1, 2, 5 or 10 × 10^k, the smallest
 * not below span / splitNumber (as ECharts' own "nice" ticks). Span ≤ 0 or non-finite gives 1.
 */
export function niceStep(span: number, splitNumber = 5): number {
  if (!Number.isFinite(span) || span <= 0) return 1;
  const raw = span / splitNumber;
  const p = 10 ** Math.floor(Math.log10(raw));
  const mantissa = [1, 2, 5, 10].find((f) => f * p >= raw * (1 - 1e-12))!;
  return clean(mantissa * p);
}

/**
 * A value axis covering [lo, hi] with round bounds: the bounds are the multiples of {@link niceStep}
 * just outside the data. `lo === hi` widens to one step on each side that is not zero. Non-finite
 * input throws RangeError.
 */
export function niceScale(lo: number, hi: number, splitNumber = 5): AxisScale {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) throw new RangeError(`niceScale: bad range ${lo} … ${hi}`);
  const step = niceStep(hi - lo || Math.abs(hi) || 1, splitNumber);
  let min = clean(Math.floor(lo / step + 1e-9) * step);
  let max = clean(Math.ceil(hi / step - 1e-9) * step);
  if (min === max) {
    if (min !== 0 || lo < 0) min = clean(min - step);
    if (max !== 0 || hi > 0 || min === max) max = clean(max + step);
  }
  return { min, max, interval: step };
}

/** Number of tick intervals of a scale. */
export function intervals(scale: AxisScale): number {
  return Math.round((scale.max - scale.min) / scale.interval);
}

/**
 * Two scales (left and right axis) with the same number of intervals, so their grid lines coincide:
 * the one with fewer intervals is extended upwards (its maximum grows by whole intervals).
 */
export function alignScales(a: AxisScale, b: AxisScale): [AxisScale, AxisScale] {
  const n = Math.max(intervals(a), intervals(b));
  const grow = (s: AxisScale): AxisScale => ({ ...s, max: clean(s.min + n * s.interval) });
  return [grow(a), grow(b)];
}

/** Vertical pixel position of `value` on `scale` drawn between `top` and `bottom` (px from the top). */
export function pixelY(value: number, scale: AxisScale, plot: { top: number; bottom: number }): number {
  return plot.bottom - ((value - scale.min) / (scale.max - scale.min)) * (plot.bottom - plot.top);
}

/**
 * One-dimensional label dodge: move positions (px, e.g. the y of line end labels) apart so that any
 * two are at least `gap` apart, keep their order, stay within [lo, hi] where the room allows, and move
 * each label as little as possible — a group of colliding labels is centred on the mean of its wanted
 * positions (the method of direct-label placement in, e.g., R's `directlabels` "last.qp"). Positions
 * already `gap` apart are returned unchanged. Output in input order; undefined stays undefined.
 * Throws RangeError for gap < 0.
 */
export function dodge(wanted: readonly (number | undefined)[], gap: number, lo = -Infinity, hi = Infinity): (number | undefined)[] {
  if (!(gap >= 0)) throw new RangeError(`dodge: gap must be ≥ 0, got ${gap}`);
  const order = wanted
    .map((y, i) => ({ y, i }))
    .filter((e): e is { y: number; i: number } => e.y !== undefined && Number.isFinite(e.y))
    .sort((a, b) => a.y - b.y || a.i - b.i);
  // Clusters of labels packed at `gap`: `start` is the first label's position.
  const clusters: { start: number; members: { y: number; i: number }[] }[] = [];
  const place = (members: { y: number; i: number }[]): number => {
    const mean = members.reduce((s, m, k) => s + m.y - k * gap, 0) / members.length;
    const span = (members.length - 1) * gap;
    // Inside [lo, hi] when it fits; when it cannot fit, start at lo.
    return Math.max(lo, Math.min(mean, hi - span));
  };
  for (const e of order) {
    clusters.push({ start: place([e]), members: [e] });
    while (clusters.length > 1) {
      const b = clusters[clusters.length - 1]!;
      const a = clusters[clusters.length - 2]!;
      if (a.start + a.members.length * gap <= b.start + 1e-9) break;
      const members = [...a.members, ...b.members];
      clusters.splice(-2, 2, { start: place(members), members });
    }
  }
  const out: (number | undefined)[] = wanted.map(() => undefined);
  for (const c of clusters) c.members.forEach((m, k) => (out[m.i] = clean(c.start + k * gap)));
  return out;
}

/** Where the labels of one category of a bar + line chart go. */
export interface BarLineLabelPlace {
  /** "top": above the bar; "insideTop": inside the bar under its top (light text on the bar). */
  bar: "top" | "insideTop";
  /** "top": above the line's point; "bottom": below it. */
  line: "top" | "bottom";
}

/** Pixel geometry of one category of a bar + line chart (y grows downwards). */
export interface BarLineGeometry {
  /** y of the bar's top, and of its base (the zero line); undefined when the bar is missing. */
  barTop?: number;
  barBase?: number;
  /** y of the line's point; undefined when missing. */
  lineY?: number;
}

/** Label geometry in px: text height, gap between a label and its bar or point, the point's radius. */
export const LABEL_BOX = { height: 12, distance: 5, symbolRadius: 3 } as const;

/**
 * Label placement per category so that a bar's value label never overlaps the line's value label
 * (the reference case: 图2, the 东部 bar "700858" printed over the growth label "5.0"). Tries, in
 * order, bar above / line above, bar inside / line above, bar above / line below, bar inside / line
 * below, and takes the first where the two label boxes are apart; a bar label goes inside only when
 * the bar is tall enough to hold it. When none is clear (only for extreme geometry) the first is kept.
 */
export function placeBarLineLabels(categories: readonly BarLineGeometry[], box: { height: number; distance: number; symbolRadius: number } = LABEL_BOX): BarLineLabelPlace[] {
  const barBox = (g: BarLineGeometry, pos: BarLineLabelPlace["bar"]): [number, number] | undefined => {
    if (g.barTop === undefined || g.barBase === undefined) return undefined;
    const up = g.barTop <= g.barBase; // a negative bar grows downwards: "top" is its far end
    const d = box.distance;
    if (pos === "top") return up ? [g.barTop - d - box.height, g.barTop - d] : [g.barTop + d, g.barTop + d + box.height];
    return up ? [g.barTop + d, g.barTop + d + box.height] : [g.barTop - d - box.height, g.barTop - d];
  };
  const lineBox = (g: BarLineGeometry, pos: BarLineLabelPlace["line"]): [number, number] | undefined => {
    if (g.lineY === undefined) return undefined;
    const d = box.distance + box.symbolRadius;
    return pos === "top" ? [g.lineY - d - box.height, g.lineY - d] : [g.lineY + d, g.lineY + d + box.height];
  };
  const fitsInside = (g: BarLineGeometry) => g.barTop !== undefined && g.barBase !== undefined && Math.abs(g.barBase - g.barTop) >= box.height + 2 * box.distance;
  const candidates: BarLineLabelPlace[] = [
    { bar: "top", line: "top" },
    { bar: "insideTop", line: "top" },
    { bar: "top", line: "bottom" },
    { bar: "insideTop", line: "bottom" },
  ];
  return categories.map((g) => {
    const clear = (c: BarLineLabelPlace) => {
      if (c.bar === "insideTop" && !fitsInside(g)) return false;
      const a = barBox(g, c.bar);
      const b = lineBox(g, c.line);
      return a === undefined || b === undefined || a[1] <= b[0] || b[1] <= a[0];
    };
    return candidates.find(clear) ?? candidates[0]!;
  });
}

/** A label's box: centre (px) and size (px). */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Width in px of a label in the chart font (Noto Sans SC) at `fontSize`: Chinese characters are
 * square, Latin letters and digits about 0.58 em (an estimate on the safe side).
 */
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\ua4cf\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 1 : ch === " " ? 0.3 : 0.58;
  return em * fontSize;
}

/**
 * Two-dimensional label separation (for names on a map): boxes that overlap (closer than `gap` px) are
 * pushed apart, each by half the overlap, along the axis that needs the smaller move (vertically on a
 * tie); repeated until nothing overlaps or `rounds` passes are done, and no label moves more than
 * `maxShift` px from where it was (a name stays by its region: two labels that cannot be separated
 * within that leash keep some overlap). Boxes that do not overlap are not moved. Deterministic: pairs
 * are visited in input order. Output: each box's offset [dx, dy] in px, in input order.
 */
export function separateLabels(boxes: readonly LabelBox[], gap = 1, maxShift = 18, rounds = 60): [number, number][] {
  const at = boxes.map((b) => ({ x: b.x, y: b.y }));
  const clampTo = (i: number) => {
    const b = boxes[i]!;
    const p = at[i]!;
    p.x = b.x + Math.max(-maxShift, Math.min(maxShift, p.x - b.x));
    p.y = b.y + Math.max(-maxShift, Math.min(maxShift, p.y - b.y));
  };
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = at[i]!;
        const b = at[j]!;
        const ox = (boxes[i]!.width + boxes[j]!.width) / 2 + gap - Math.abs(a.x - b.x);
        const oy = (boxes[i]!.height + boxes[j]!.height) / 2 + gap - Math.abs(a.y - b.y);
        if (ox <= 1e-6 || oy <= 1e-6) continue;
        const vertical = oy <= ox;
        const sign = vertical ? (a.y < b.y || (a.y === b.y && i < j) ? -1 : 1) : a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
        const half = (vertical ? oy : ox) / 2;
        if (vertical) {
          a.y += sign * half;
          b.y -= sign * half;
        } else {
          a.x += sign * half;
          b.x -= sign * half;
        }
        clampTo(i);
        clampTo(j);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const tenth = (v: number) => Math.round(v * 10) / 10 + 0; // + 0: no -0 in the SVG
  return at.map((p, i) => [tenth(p.x - boxes[i]!.x), tenth(p.y - boxes[i]!.y)]);
}
