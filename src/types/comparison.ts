/**
 * How one published growth rate compares with another — the decision of analysis/rules/growth.ts
 * `compareGrowth`, defined here (the lowest layer) so that the catalogue can phrase it with one set of
 * words (messages/growth.ts `comparedWith`) in every section:
 * - "same" (持平): the published rates are equal;
 * - "slightlyHigher" / "slightlyLower" (略高于 / 略低于): they differ by less than the tolerance
 *   (rules/growth.ts MIN_GROWTH_GAP);
 * - "higher" / "lower" (高于 / 低于): they differ by at least the tolerance.
 */
export type GrowthComparison = "higher" | "slightlyHigher" | "same" | "slightlyLower" | "lower";

/** Every comparison, highest first: the order in which the report lists provinces against a comparator. */
export const GROWTH_COMPARISONS: readonly GrowthComparison[] = ["higher", "slightlyHigher", "same", "slightlyLower", "lower"];
