import { regionalGaps } from "../../analysis/regionalGap.js";
import { renderLines } from "../../charts/lines.js";
import { SIZE } from "../../charts/style.js";
import * as m from "../../messages/regionalGap.js";
import { regionalGapSentence } from "../../narrative/regionalGap.js";
import type { Block } from "../../types/document.js";
import { figure, paragraph } from "../blocks.js";
import type { ReportContext } from "../context.js";

/** The indicators behind the regional per-capita GDP (for the source line). */
const INPUTS = ["gdp_current", "population_year_end"];

/**
 * The gaps between the four regions' per-capita GDP, for the section 区域差距 next to the provincial
 * disparity indices: a sentence (ratio and difference of the East to each other region, first and
 * last year, with the verdicts of rules/regionalGap.ts) and 图: the ratios over the years. Only the
 * sentence when fewer than two years are complete.
 */
export function regionalGapBlocks(ctx: ReportContext): Block[] {
  const gaps = regionalGaps(ctx.dataset, ctx.registry, ctx.year);
  const blocks: Block[] = [...paragraph(ctx, [regionalGapSentence(gaps)])];
  const judged = gaps.filter((g) => g.judgement !== undefined);
  if (judged.length === 0) return blocks;
  const high = judged[0]!.high;
  const years = judged[0]!.years.map((r) => r.year);
  const chart = renderLines(
    {
      categories: years.map(String),
      series: judged.map((g) => ({ name: m.pairName(high, g.low)[ctx.lang], values: g.years.map((r) => r.ratio) })),
      unit: m.ratioUnit[ctx.lang],
      decimals: 2,
      labelLast: true,
      yMin: "auto",
    },
    SIZE.wide,
  );
  blocks.push(
    figure(ctx, {
      caption: m.figureCaption(years[0]!, years[years.length - 1]!, high),
      chart,
      data: { indicators: INPUTS, years, provincesOnly: true },
      notes: [m.figureNote(high)],
    }),
  );
  return blocks;
}
