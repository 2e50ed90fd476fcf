import { growthPatternFacts } from "../analysis/growthPattern.js";
import { regionalGaps } from "../analysis/regionalGap.js";
import { COMPUTED_GDP_PER_CAPITA, disparityCoverage, disparitySeries } from "../analysis/disparity.js";
import { strategiesFacts } from "../analysis/strategies.js";
import { urbanisationFacts } from "../analysis/urbanisation.js";
import * as say from "../narrative/summary.js";
import { RegeconError } from "../types/errors.js";
import type { Text } from "../types/text.js";
import type { ReportContext } from "./context.js";

/**
 * The 摘要's sentences of each section (by section id, as in build.ts SECTIONS), computed from the
 * same analysis the section runs on the same data: the summary can never state a number or a verdict
 * the section does not. A section without an entry (or whose analysis refuses the data) adds nothing.
 */
const SUMMARIES: Readonly<Record<string, (ctx: ReportContext) => Text[]>> = {
  growthPattern: (ctx) => say.growthSummary(growthPatternFacts(ctx.dataset, ctx.registry, { year: ctx.year })),
  strategies: (ctx) => say.strategiesSummary(strategiesFacts(ctx.dataset, ctx.registry, ctx.year)),
  urbanisation: (ctx) => say.urbanisationSummary(urbanisationFacts(ctx.dataset, ctx.registry, ctx.year)),
  disparity: (ctx) => {
    const cov = disparityCoverage(ctx.dataset, ctx.registry, ctx.year, COMPUTED_GDP_PER_CAPITA);
    const series = cov.completeYears.length >= 2 ? disparitySeries(ctx.dataset, ctx.registry, cov.span, COMPUTED_GDP_PER_CAPITA) : undefined;
    return say.disparitySummary(series, regionalGaps(ctx.dataset, ctx.registry, ctx.year));
  },
};

/** The summary sentences of the sections `ids`, in the order given; errors of a section's analysis leave it out. */
export function summarySentences(ctx: ReportContext, ids: readonly string[]): Text[] {
  return ids.flatMap((id) => {
    const build = SUMMARIES[id];
    if (!build) return [];
    try {
      return build(ctx);
    } catch (e) {
      if (e instanceof RegeconError || e instanceof RangeError) return [];
      throw e;
    }
  });
}
