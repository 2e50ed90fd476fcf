import { seriesAll, type OutlookHistory } from "./history.js";
import type { GrowthRule, Prepared } from "./types.js";

/** Years averaged by the persistence scenario: 1 = each province's last-year rate. */
export const PERSISTENCE_YEARS = 1;

/**
 * Persistence (惯性情景): every province's real growth in every projected year equals its mean real
 * growth over the `years` years up to the origin (with the default 1: its origin-year rate). No
 * national path is imposed; the 31-province mean follows from the provinces. Needs real growth of
 * those years; otherwise the gaps. Output: % per province, aligned with `history.codes`.
 */
export function persistenceGrowth(history: OutlookHistory, origin: number, years = PERSISTENCE_YEARS): Prepared<number[]> {
  const window = Array.from({ length: years }, (_, j) => ["realGrowth", origin - j] as const);
  const inputs = seriesAll(history, window);
  if (!inputs.ok) return inputs;
  return { ok: true, value: history.codes.map((_, i) => inputs.value.reduce((s, g) => s + g[i]!, 0) / years) };
}

/** The persistence rule: the same growth every year. */
export function persistenceRule(growth: readonly number[]): GrowthRule {
  return () => [...growth];
}
