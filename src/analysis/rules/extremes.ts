import { roundHalfUp } from "../../stats/rounding.js";

/**
 * What a "highest"/"lowest" judgement does when some items lack a value:
 * - "noJudgement": no judgement at all ([]), since a comparison over part of the items could name the
 *   wrong one (used for the four regions and the strategy regions, where every member matters);
 * - "skipMissing": compare the items that have a value (used for provinces, where the report states
 *   the coverage next to the judgement).
 */
export type WhenMissing = "noJudgement" | "skipMissing";

/**
 * The items with the highest (or lowest) value as displayed: values are rounded half-up to `decimals`
 * first (the figures readers see), so two items that print the same are tied and both returned.
 * Ties keep input order. [] when no item has a value, or when one lacks it and `whenMissing` is
 * "noJudgement".
 */
export function extremesOf<T>(items: readonly T[], valueOf: (item: T) => number | undefined, which: "highest" | "lowest", decimals: number, whenMissing: WhenMissing): T[] {
  const shown = items.map((item) => {
    const v = valueOf(item);
    return v === undefined ? undefined : roundHalfUp(v, decimals);
  });
  if (whenMissing === "noJudgement" && shown.some((v) => v === undefined)) return [];
  const present = shown.filter((v): v is number => v !== undefined);
  if (present.length === 0) return [];
  const target = which === "highest" ? Math.max(...present) : Math.min(...present);
  return items.filter((_, i) => shown[i] === target);
}
