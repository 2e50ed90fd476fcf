import { regionalGaps, type RegionalGapFacts } from "../../analysis/regionalGap.js";
import { namesOf } from "../../messages/names.js";
import type { Text } from "../../types/text.js";
import { renderLines } from "../../charts/lines.js";
import { SIZE } from "../../charts/style.js";
import * as m from "../../messages/regionalGap.js";
import { regionalGapSentence } from "../../narrative/regionalGap.js";
import type { Block } from "../../types/document.js";
import { figure, paragraph } from "../blocks.js";
import type { ReportContext } from "../context.js";

/** The years in which some member lacked GDP or population (no ratio that year), with those provinces. */
function gapNote(ctx: ReportContext, gaps: readonly RegionalGapFacts[]): Text[] {
  const years = gaps[0]!.years.map((r) => r.year);
  const items = years.flatMap((y) => {
    const missing = [...new Set(gaps.flatMap((g) => g.years.find((r) => r.year === y)?.missing ?? []))];
    return missing.length === 0 ? [] : [{ year: y, provinces: namesOf(missing.map((c) => ctx.registry.province(c))) }];
  });
  return items.length === 0 ? [] : [m.gapYearsNote(items)];
}

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
      notes: [m.figureNote(high), ...gapNote(ctx, judged)],
    }),
  );
  return blocks;
}
