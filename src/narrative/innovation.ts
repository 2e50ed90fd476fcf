import type { InnovationFacts } from "../analysis/innovation.js";
import { INTENSITY_DECIMALS } from "../analysis/rules/innovation.js";
import * as m from "../messages/innovation.js";
import type { Text } from "../types/text.js";

/**
 * Sentences of the section "新质生产力与创新" from the R&D facts: the national figures, the provinces at the
 * top and above the national level, the changes from the revised previous year, the regions. Every
 * number comes from the facts; the judgements (ranking, above national, direction of change, highest and
 * lowest region) from rules/innovation.ts, carried in the facts. Parts without data are left out.
 */
export function innovationSentences(f: InnovationFacts): Text[] {
  const out: Text[] = [];
  const n = f.national;
  if (n.intensity !== undefined) out.push(m.national({ year: f.year, expenditure: n.expenditure, intensity: n.intensity, previous: n.previous, change: n.change?.points, decimals: INTENSITY_DECIMALS }));
  const j = f.judgements;
  if (j.top.length > 0) out.push(m.ranking({ top: j.top.map((p) => ({ ...p, intensity: p.intensity! })), aboveNational: j.aboveNational.length, national: n.intensity, decimals: INTENSITY_DECIMALS }));
  if (j.rose.length + j.fell.length + j.unchanged.length > 0) {
    out.push(m.changes({ year: f.year, rose: j.rose.length, fell: j.fell, unchanged: j.unchanged, largest: j.largestRise.map((p) => ({ ...p, points: p.change!.points })), decimals: INTENSITY_DECIMALS }));
  }
  if (f.regions.every((r) => r.expenditure.value !== undefined && r.share !== undefined)) {
    out.push(
      m.regions({
        regions: f.regions.map((r) => ({ ...r, expenditure: r.expenditure.value!, share: r.share!, intensity: r.intensity?.value })),
        decimals: f.regionDecimals,
        highest: j.highestRegion,
        lowest: j.lowestRegion,
      }),
    );
  }
  return out;
}
