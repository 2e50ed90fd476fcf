/**
 * Standard competition ranking ("1224"): equal values share the best rank and the next rank skips,
 * as NBS and the report write ties (并列第2位, then 第4位).
 *
 * Input: values already rounded to the figures as published (rank on what readers see).
 * Output: ranks (1-based) in input order. A value that is not a finite number — `undefined` (missing),
 * `NaN` (e.g. 0/0 upstream) or ±Infinity — is treated as missing: it gets an `undefined` rank and does not
 * occupy a place, so the ranks of the finite values are the same as without it (callers show such a
 * province unranked, as for missing data). Never throws. `order` "desc" ranks the largest first (the
 * default for GDP and growth).
 * Reference: "Ranking", standard competition ranking; DOMAIN notes on 并列.
 */
export function competitionRank(
  values: readonly (number | undefined)[],
  order: "desc" | "asc" = "desc",
): (number | undefined)[] {
  const present = values.filter(isRankable);
  return values.map((v) => {
    if (!isRankable(v)) return undefined;
    const better = present.filter((w) => (order === "desc" ? w > v : w < v)).length;
    return better + 1;
  });
}

/** True when another value in `values` equals `values[index]` (a tie, 并列); never for a value `competitionRank` leaves unranked. */
export function isTied(values: readonly (number | undefined)[], index: number): boolean {
  const v = values[index];
  return isRankable(v) && values.some((w, i) => i !== index && w === v);
}

/** Only finite numbers take a place in a ranking; undefined, NaN and ±Infinity count as missing. */
function isRankable(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v);
}
