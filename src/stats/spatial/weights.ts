/**
 * Row-standardised contiguity weights (空间权重矩阵, spdep style "W") in compressed sparse row form.
 *
 * Unit i's neighbours are `neighbours[offsets[i] .. offsets[i+1])`, each with weight 1/kᵢ
 * (kᵢ = number of neighbours), so every row sums to 1 (spdep `nb2listw(nb, style = "W")`, PySAL
 * `w.transform = "r"`).
 */
export interface SpatialWeights {
  /** Ids of the units kept, in the order values must be given. */
  ids: string[];
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /**
   * Units dropped because they had no neighbour (islands, e.g. 海南 460000 in a land-contiguity
   * list). Rule: a k-nearest-neighbour fallback needs coordinates, which the registry does not hold,
   * so by default such units are EXCLUDED from the weights (and from every spatial statistic computed
   * with them: n, mean and variance are over the connected units only). This matches R spdep with
   * the island removed before `nb2listw`. Pass `extraLinks` (e.g. 海南–广东 across the Qiongzhou
   * Strait) to keep them instead, or `islands: "error"` to refuse. The caller words the warning
   * (statistics carry data, not messages).
   */
  excluded: string[];
}

export interface ContiguityOptions {
  /** Extra undirected links added to the contiguity list (e.g. [["460000", "440000"]]). */
  extraLinks?: readonly (readonly [string, string])[];
  /** What to do with units that have no neighbour: exclude with a warning (default) or throw. */
  islands?: "exclude" | "error";
}

/**
 * Build row-standardised weights from unit ids and undirected neighbour pairs (an adjacency list such
 * as data/regions/adjacency.csv). Pairs are symmetrised and de-duplicated; neighbour order within a
 * row follows `ids` order, so the result does not depend on the order of `pairs`.
 *
 * Throws RangeError for duplicate ids, a pair naming an id not in `ids`, a self-link, or (with
 * `islands: "error"`) a unit without neighbours; throws when fewer than 3 units remain.
 */
export function contiguityWeights(ids: readonly string[], pairs: readonly (readonly [string, string])[], options: ContiguityOptions = {}): SpatialWeights {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new RangeError(`contiguityWeights: duplicate id ${id}`);
    index.set(id, i);
  });
  const sets = ids.map(() => new Set<number>());
  for (const [a, b] of [...pairs, ...(options.extraLinks ?? [])]) {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) throw new RangeError(`contiguityWeights: pair ${a}–${b} names an id that is not among the ${ids.length} units`);
    if (ia === ib) throw new RangeError(`contiguityWeights: self-link ${a}–${b}`);
    sets[ia]!.add(ib);
    sets[ib]!.add(ia);
  }
  const islands = ids.filter((_, i) => sets[i]!.size === 0);
  if (islands.length > 0 && options.islands === "error") throw new RangeError(`contiguityWeights: units without neighbours: ${islands.join(", ")}`);
  const keep = ids.map((_, i) => i).filter((i) => sets[i]!.size > 0);
  if (keep.length < 3) throw new RangeError(`contiguityWeights: only ${keep.length} connected units; need at least 3`);
  const newIndex = new Map<number, number>(keep.map((old, k) => [old, k]));
  const offsets = new Int32Array(keep.length + 1);
  let total = 0;
  keep.forEach((old, k) => {
    total += sets[old]!.size;
    offsets[k + 1] = total;
  });
  const neighbours = new Int32Array(total);
  const weights = new Float64Array(total);
  keep.forEach((old, k) => {
    const row = [...sets[old]!].map((j) => newIndex.get(j)!).sort((x, y) => x - y);
    row.forEach((j, m) => {
      neighbours[offsets[k]! + m] = j;
      weights[offsets[k]! + m] = 1 / row.length;
    });
  });
  return {
    ids: keep.map((i) => ids[i]!),
    offsets,
    neighbours,
    weights,
    excluded: islands,
  };
}

/** Spatial lag Σⱼ wᵢⱼ xⱼ for every unit (values aligned with `w.ids`). */
export function spatialLag(w: SpatialWeights, values: ArrayLike<number>): Float64Array {
  const n = w.ids.length;
  if (values.length !== n) throw new RangeError(`spatialLag: ${values.length} values for ${n} units`);
  const lag = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let e = w.offsets[i]!; e < w.offsets[i + 1]!; e++) s += w.weights[e]! * values[w.neighbours[e]!]!;
    lag[i] = s;
  }
  return lag;
}

/**
 * Row-standardised rook contiguity on a rows × cols grid (ids "r,c"), for synthetic tests and the
 * benchmark.
 */
export function gridRookWeights(rows: number, cols: number): SpatialWeights {
  const ids: string[] = [];
  const pairs: [string, string][] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      ids.push(`${r},${c}`);
      if (c + 1 < cols) pairs.push([`${r},${c}`, `${r},${c + 1}`]);
      if (r + 1 < rows) pairs.push([`${r},${c}`, `${r + 1},${c}`]);
    }
  return contiguityWeights(ids, pairs);
}
