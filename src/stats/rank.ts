/**
 * Standard competition ranking ("1224"): equal values share the best rank and the next rank skips,
 * as NBS and the report write ties (并列第2位, then 第4位).
 *
 * Input: values already rounded to the figures as published (rank on what readers see).
 * Output: ranks (1-based) in input order; `undefined` values (missing) get `undefined` rank and do
 * not occupy a place. `order` "desc" ranks the largest first (the default for GDP and growth).
 * Reference: "Ranking", standard competition ranking; DOMAIN notes on 并列.
 */
export function competitionRank(
  values: readonly (number | undefined)[],
  order: "desc" | "asc" = "desc",
): (number | undefined)[] {
  const present = values.filter((v): v is number => v !== undefined);
  return values.map((v) => {
    if (v === undefined) return undefined;
    const better = present.filter((w) => (order === "desc" ? w > v : w < v)).length;
    return better + 1;
  });
}

/** True when another value in `values` equals `values[index]` (a tie, 并列). */
export function isTied(values: readonly (number | undefined)[], index: number): boolean {
  const v = values[index];
  return v !== undefined && values.some((w, i) => i !== index && w === v);
}
