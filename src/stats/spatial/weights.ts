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
  const lists = [pairs, options.extraLinks ?? []];
  const links = lists.reduce((s, l) => s + l.length, 0);
  const from = new Int32Array(links);
  const to = new Int32Array(links);
  let e = 0;
  for (const list of lists)
    for (const [a, b] of list) {
      const ia = index.get(a);
      const ib = index.get(b);
      if (ia === undefined || ib === undefined) throw new RangeError(`contiguityWeights: pair ${a}–${b} names an id that is not among the ${ids.length} units`);
      if (ia === ib) throw new RangeError(`contiguityWeights: self-link ${a}–${b}`);
      from[e] = ia;
      to[e++] = ib;
    }
  return weightsFromLinks(ids, from, to, options);
}

/**
 * As {@link contiguityWeights}, from links given as unit indices into `ids`: link e joins
 * `from[e]` and `to[e]` (one direction is enough; the list is symmetrised and de-duplicated here).
 * For callers that already hold indices (synthetic lattices, large link lists): no id lookup.
 * Throws RangeError on arrays of different lengths, an index outside `ids`, a self-link, and as
 * `contiguityWeights` on islands (with `islands: "error"`) or fewer than 3 units left.
 */
export function weightsFromLinks(ids: readonly string[], from: Int32Array, to: Int32Array, options: Pick<ContiguityOptions, "islands"> = {}): SpatialWeights {
  if (from.length !== to.length) throw new RangeError(`weightsFromLinks: ${from.length} link starts but ${to.length} link ends`);
  for (let e = 0; e < from.length; e++) {
    const a = from[e]!;
    const b = to[e]!;
    if (a < 0 || b < 0 || a >= ids.length || b >= ids.length) throw new RangeError(`weightsFromLinks: link ${e} joins units ${a} and ${b}; there are ${ids.length} units`);
    if (a === b) throw new RangeError(`weightsFromLinks: self-link of unit ${ids[a]}`);
  }
  const both = (a: Int32Array, b: Int32Array) => {
    const out = new Int32Array(2 * a.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  const rows = neighbourRows(ids.length, both(from, to), both(to, from));
  const islands = ids.filter((_, i) => rows.offsets[i + 1] === rows.offsets[i]);
  if (islands.length > 0 && options.islands === "error") throw new RangeError(`contiguityWeights: units without neighbours: ${islands.join(", ")}`);
  const keep = ids.map((_, i) => i).filter((i) => rows.offsets[i + 1]! > rows.offsets[i]!);
  if (keep.length < 3) throw new RangeError(`contiguityWeights: only ${keep.length} connected units; need at least 3`);
  // Islands have no links, so dropping them only renumbers the others (order kept).
  const newIndex = new Int32Array(ids.length).fill(-1);
  keep.forEach((old, k) => (newIndex[old] = k));
  const offsets = new Int32Array(keep.length + 1);
  const total = rows.offsets[ids.length]!;
  const neighbours = new Int32Array(total);
  const weights = new Float64Array(total);
  let m = 0;
  keep.forEach((old, k) => {
    const start = rows.offsets[old]!;
    const end = rows.offsets[old + 1]!;
    for (let q = start; q < end; q++) {
      neighbours[m] = newIndex[rows.neighbours[q]!]!;
      weights[m++] = 1 / (end - start);
    }
    offsets[k + 1] = m;
  });
  return {
    ids: keep.map((i) => ids[i]!),
    offsets,
    neighbours,
    weights,
    excluded: islands,
  };
}

/**
 * Compressed rows of a directed link list: row i holds the distinct `to` of every link from i, in
 * ascending order (a counting sort by `from`, then each short row sorted and de-duplicated).
 * O(links + n) memory, no per-unit Set.
 */
function neighbourRows(n: number, from: Int32Array, to: Int32Array): { offsets: Int32Array; neighbours: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) start[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const all = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) all[fill[from[e]!]!++] = to[e]!;
  const offsets = new Int32Array(n + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const row = all.subarray(start[i]!, start[i + 1]!).sort();
    for (let q = 0; q < row.length; q++) if (q === 0 || row[q] !== row[q - 1]) all[m++] = row[q]!;
    offsets[i + 1] = m;
  }
  return { offsets, neighbours: all.subarray(0, m) };
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
 * Row-standardised rook contiguity on a rows × cols grid (ids "r,c", row by row), for synthetic tests
 * and the benchmark.
 */
export function gridRookWeights(rows: number, cols: number): SpatialWeights {
  const ids: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      ids.push(`${r},${c}`);
      if (c + 1 < cols) from.push(i), to.push(i + 1);
      if (r + 1 < rows) from.push(i), to.push(i + cols);
    }
  return weightsFromLinks(ids, new Int32Array(from), new Int32Array(to));
}
