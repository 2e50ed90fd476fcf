import { completeYears } from "../../analysis/disparity.js";
import { membersInYear } from "../../data/registry.js";
import * as m from "../../messages/serve.js";
import type { ViewContext } from "./context.js";
import { disparityIndicators, partitionGroupings } from "./disparity.js";
import { groupIndicators, hasDatedMembers } from "./groups.js";

/**
 * The lists the pages choose from: provincial indicators (map, with their years), indicators and
 * measures of the compare page, per-capita indicators of the disparity page, provinces and groupings.
 * They depend only on the data, so the app computes them once per language.
 */
export interface Lists {
  indicators: { indicators: unknown[]; groups: unknown[]; disparity: unknown[] };
  regions: { regions: unknown[] };
  groupings: { groupings: unknown[] };
}

export function lists(ctx: ViewContext): Lists {
  const { data } = ctx;
  const latest = Math.max(0, ...data.dataset.years("gdp_current"));
  const partitions = new Set(partitionGroupings(ctx, completeYears(data.dataset, data.registry)).map((g) => g.name));
  return {
    indicators: {
      indicators: data.series.map((s) => ({
        id: s.id,
        name: ctx.say(s.name),
        unit: ctx.say(s.unit),
        label: ctx.say(m.legendTitle(s.name, s.unit)),
        decimals: s.decimals,
        years: s.years,
        method: s.method ? ctx.say(s.method) : undefined,
        sourceIndicators: s.sourceIndicators,
      })),
      groups: groupIndicators(ctx),
      disparity: disparityIndicators(ctx),
    },
    regions: { regions: data.registry.provinces.map((p) => ({ code: p.code, name: ctx.regionName(p.code), nameZh: p.name, nameEn: p.nameEn })) },
    groupings: {
      groupings: data.registry.groupings.map((g) => ({
        name: g.name,
        label: ctx.lang === "zh" ? g.name : g.nameEn,
        partition: partitions.has(g.name),
        datedMembers: hasDatedMembers(g),
        groups: g.groups.map((x) => ({ name: x.name, label: ctx.lang === "zh" ? x.name : x.nameEn, members: membersInYear(x, latest) })),
      })),
    },
  };
}
