import type { GrowthTargets } from "../../data/growthTargets.js";
import { estimateConvergence, convergenceRule, CONVERGENCE_YEARS, type ConvergenceEstimate } from "./convergence.js";
import type { OutlookHistory } from "./history.js";
import type { OriginBase } from "./origin.js";
import { persistenceGrowth, persistenceRule, PERSISTENCE_YEARS } from "./persistence.js";
import { nationalTarget, targetsRule } from "./targets.js";
import { trendDifferentials, trendRule, TREND_YEARS } from "./trend.js";
import type { GrowthRule, Prepared, ScenarioId } from "./types.js";

/** The windows (years of history each scenario reads), printed with the assumptions. */
export const SCENARIO_WINDOWS: Readonly<Record<Exclude<ScenarioId, "targets">, number>> = {
  persistence: PERSISTENCE_YEARS,
  trend: TREND_YEARS,
  convergence: CONVERGENCE_YEARS,
};

/** A scenario ready to run from an origin: its growth rule and the national path it uses. */
export interface PreparedScenario {
  scenario: ScenarioId;
  rule: GrowthRule;
  /** N_t (%) of each projected year; undefined for persistence, which imposes no national path. */
  nationalPath: ((year: number) => number) | undefined;
  /** Trend: each province's average growth differential (points). */
  differentials?: number[];
  /** Convergence: the β estimate that drives the growth differentials. */
  convergence?: ConvergenceEstimate;
}

/**
 * Prepare scenario `id` from the origin `base`: read its window of history and build its rule.
 * `commonPath(year)` is the national path of trend and convergence (and of targets in a year without a
 * national target in the file). Targets need `targets`; without them the result is `{ ok: false, gaps: [] }`.
 */
export function prepareScenario(
  id: ScenarioId,
  history: OutlookHistory,
  base: OriginBase,
  commonPath: (year: number) => number,
  targets?: GrowthTargets,
): Prepared<PreparedScenario> {
  switch (id) {
    case "persistence": {
      const growth = persistenceGrowth(history, base.year);
      return growth.ok ? { ok: true, value: { scenario: id, rule: persistenceRule(growth.value), nationalPath: undefined } } : growth;
    }
    case "trend": {
      const d = trendDifferentials(history, base.year);
      return d.ok ? { ok: true, value: { scenario: id, rule: trendRule(d.value), nationalPath: commonPath, differentials: d.value } } : d;
    }
    case "convergence": {
      const c = estimateConvergence(history, base.year);
      return c.ok ? { ok: true, value: { scenario: id, rule: convergenceRule(c.value.estimate.beta), nationalPath: commonPath, convergence: c.value } } : c;
    }
    case "targets": {
      if (!targets) return { ok: false, gaps: [] };
      const path = (year: number) => nationalTarget(targets.targets, year)?.target ?? commonPath(year);
      return { ok: true, value: { scenario: id, rule: targetsRule(targets.targets, base.codes), nationalPath: path } };
    }
  }
}
