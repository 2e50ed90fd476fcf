import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { contiguityWeights, gridRookWeights, spatialLag, weightsFromLinks } from "../../../src/stats/spatial/weights.js";
import { moranI, moranPermutation, weightConstants } from "../../../src/stats/spatial/moran.js";
import { localMoran } from "../../../src/stats/spatial/localMoran.js";
import { mulberry32 } from "../../../src/stats/prng.js";

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);
const readCsv = (name: string) =>
  readFileSync(new URL(`../../fixtures/provinces/${name}`, import.meta.url), "utf8").trim().split(/\r?\n/).slice(1).map((l) => l.split(","));

// 2024 per-capita GDP (元/人) of the 31 provinces and the land-contiguity pairs; see
// test/fixtures/provinces/README.md for provenance.
const pc = new Map(readCsv("gdp-per-capita-2024.csv").map(([c, v]) => [c!, Number(v)] as [string, number]));
const pairs = readCsv("adjacency.csv").map(([a, b]) => [a!, b!] as [string, string]);
const w = contiguityWeights([...pc.keys()], pairs);
const x = w.ids.map((id) => pc.get(id)!);

test("海南 (460000) has no land neighbour: excluded by default and listed in `excluded`", () => {
  assert.equal(pc.size, 31);
  assert.deepEqual(w.excluded, ["460000"]);
  assert.equal(w.ids.length, 30);
  assert.throws(() => contiguityWeights([...pc.keys()], pairs, { islands: "error" }), /460000/);
  const linked = contiguityWeights([...pc.keys()], pairs, { extraLinks: [["460000", "440000"]] });
  assert.equal(linked.ids.length, 31);
  assert.deepEqual(linked.excluded, []);
});

test("row-standardised: every row sums to 1, weights do not depend on pair order", () => {
  for (let i = 0; i < w.ids.length; i++) {
    let s = 0;
    for (let e = w.offsets[i]!; e < w.offsets[i + 1]!; e++) s += w.weights[e]!;
    close(s, 1, 1e-15);
  }
  const w2 = contiguityWeights([...pc.keys()], [...pairs].reverse().map(([a, b]) => [b, a] as [string, string]));
  assert.deepEqual([...w2.neighbours], [...w.neighbours]);
  assert.throws(() => contiguityWeights(["a", "b"], [["a", "c"]]), /not among/);
  assert.throws(() => contiguityWeights(["a", "b", "c"], [["a", "a"]]), /self-link/);
});

// Expected values: R 4 + spdep (Debian r-cran-spdep), script test/fixtures/provinces/moran.R:
//   ids <- x$code[x$code != "460000"]   # Hainan excluded, as regecon's default rule
//   lw <- nb2listw(nb, style = "W")
//   moran.test(v, lw)                        # randomisation = TRUE (default), alternative "greater"
//   moran.test(v, lw, randomisation = FALSE)
//   moran.test(log(v), lw)
//   localmoran(v, lw)[1:3, 1:3]
test("Global Moran's I of 2024 per-capita GDP matches R spdep moran.test (30 provinces, Hainan excluded)", () => {
  const r = moranI(x, w);
  assert.equal(r.n, 30);
  close(r.I, 0.3307908384077304, 1e-12);
  close(r.expected, -0.0344827586206897, 1e-12);
  close(r.varianceRandomisation, 0.0122216249668825, 1e-12);
  close(r.zRandomisation, 3.304104732113, 1e-11);
  close(r.pRandomisation, 0.000476401150888, 1e-9);
  close(r.varianceNormality, 0.0136402992875175, 1e-12);
  close(r.zNormality, 3.127564908181, 1e-11);
  close(r.pNormality, 0.000881304477065, 1e-9);
  const lg = moranI(x.map(Math.log), w);
  close(lg.I, 0.3342671065427941, 1e-12);
  close(lg.varianceRandomisation, 0.0134204010367634, 1e-12);
  close(lg.zRandomisation, 3.183091502694, 1e-11);
});

test("local Moran Iᵢ matches R spdep localmoran (first three provinces)", () => {
  const l = localMoran(x, w, 99, 1);
  close(l.units[0]!.Ii, 0.168255270451716, 1e-12); // 北京
  close(l.units[1]!.Ii, 0.980331834264009, 1e-12); // 天津
  close(l.units[2]!.Ii, -0.2778123439137, 1e-12); // 河北
  assert.deepEqual(l.units.slice(0, 3).map((u) => u.quadrant), ["HH", "HH", "LH"]);
  // Σ Iᵢ = n · I for row-standardised weights with the m₂ = Σz²/n scaling
  close(l.units.reduce((s, u) => s + u.Ii, 0) / 30, moranI(x, w).I, 1e-12);
});

test("permutation pseudo p-values: reproducible by seed, in (0, 1], (count + 1)/(perms + 1) grid", () => {
  const a = moranPermutation(x, w, 999, 42);
  const b = moranPermutation(x, w, 999, 42);
  assert.deepEqual(a, b);
  assert.ok(a.pValue > 0 && a.pValue < 0.05); // R moran.mc(v, lw, nsim=999) with set.seed(1): p = 0.005
  assert.equal(Math.round(a.pValue * 1000) / 1000, a.pValue);
  close(a.simulatedMean, -1 / 29, 0.3);
  const l = localMoran(x, w, 999, 42);
  for (const u of l.units) assert.ok(u.pValue >= 1 / 1000 && u.pValue <= 0.5 + 1 / 1000);
  assert.deepEqual(localMoran(x, w, 99, 5), localMoran(x, w, 99, 5));
});

test("constant values, missing values and short inputs throw instead of producing NaN", () => {
  assert.throws(() => moranI(x.map(() => 1), w), /all values are equal/);
  assert.throws(() => moranI([...x.slice(0, 29), Number.NaN], w), /missing values must be removed/);
  assert.throws(() => moranI(x.slice(1), w), /29 values for 30 units/);
  assert.throws(() => localMoran(x.map(() => 2), w), /all values are equal/);
});

test("grid rook weights: S0 = n for row-standardised W; checkerboard gives I = −1", () => {
  const g = gridRookWeights(4, 5);
  assert.equal(g.ids.length, 20);
  close(weightConstants(g).s0, 20, 1e-12);
  const chess = g.ids.map((id) => {
    const [r, c] = id.split(",").map(Number);
    return (r! + c!) % 2;
  });
  close(moranI(chess, g).I, -1, 1e-12);
});

test("property: relabelling units (permuting ids with their values) changes neither I nor its variance", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
      const rng = mulberry32(seed);
      const ids = [...pc.keys()];
      const order = ids.map((id) => ({ id, k: rng.next() })).sort((a, b) => a.k - b.k).map((o) => o.id);
      const w2 = contiguityWeights(order, pairs);
      const x2 = w2.ids.map((id) => pc.get(id)!);
      const a = moranI(x, w);
      const b = moranI(x2, w2);
      close(b.I, a.I, 1e-12);
      close(b.varianceRandomisation, a.varianceRandomisation, 1e-12);
      const lagA = spatialLag(w, x);
      const lagB = spatialLag(w2, x2);
      w2.ids.forEach((id, j) => close(lagB[j]!, lagA[w.ids.indexOf(id)]!, 1e-12));
    }),
    { numRuns: 30 },
  );
});

test("property: Moran's I is invariant to affine rescaling of the values", () => {
  fc.assert(
    fc.property(fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.double({ min: -1e5, max: 1e5, noNaN: true }), (a, b) => {
      close(moranI(x.map((v) => a * v + b), w).I, moranI(x, w).I, 1e-9);
    }),
    { numRuns: 50 },
  );
});

test("property: S0, S1, S2 in O(links) equal their dense definitions, asymmetric and duplicate-free sparse weights", () => {
  fc.assert(
    fc.property(fc.integer({ min: 3, max: 12 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.double({ min: 0.01, max: 5, noNaN: true })), { maxLength: 60 }), (n, cells) => {
      const dense = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      for (const [a, b, v] of cells) if (a % n !== b % n) dense[a % n]![b % n] = v;
      const offsets = new Int32Array(n + 1);
      const neighbours: number[] = [];
      const weights: number[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = n - 1; j >= 0; j--) if (dense[i]![j]! > 0) (neighbours.push(j), weights.push(dense[i]![j]!)); // any order within a row
        offsets[i + 1] = neighbours.length;
      }
      const w = { ids: dense.map((_, i) => String(i)), offsets, neighbours: Int32Array.from(neighbours), weights: Float64Array.from(weights), excluded: [] };
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        let row = 0;
        let col = 0;
        for (let j = 0; j < n; j++) {
          s0 += dense[i]![j]!;
          s1 += (dense[i]![j]! + dense[j]![i]!) ** 2 / 2;
          row += dense[i]![j]!;
          col += dense[j]![i]!;
        }
        s2 += (row + col) ** 2;
      }
      const got = weightConstants(w);
      close(got.s0, s0, 1e-12);
      close(got.s1, s1, 1e-12);
      close(got.s2, s2, 1e-12);
    }),
    { numRuns: 200 },
  );
});

test("property: contiguity rows are the symmetrised, de-duplicated pairs in id order, whatever the pair order and repeats", () => {
  fc.assert(
    fc.property(fc.integer({ min: 3, max: 15 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 3, maxLength: 50 }), (n, raw) => {
      const ids = Array.from({ length: n }, (_, i) => `u${i}`);
      const pairs = raw.map(([a, b]) => [a % n, b % n] as const).filter(([a, b]) => a !== b);
      const sets = ids.map(() => new Set<number>());
      for (const [a, b] of pairs) (sets[a]!.add(b), sets[b]!.add(a));
      const kept = ids.map((_, i) => i).filter((i) => sets[i]!.size > 0);
      fc.pre(kept.length >= 3);
      const w = contiguityWeights(ids, pairs.map(([a, b]) => [ids[a]!, ids[b]!] as [string, string]));
      assert.deepEqual(w.ids, kept.map((i) => ids[i]!));
      assert.deepEqual(w.excluded, ids.filter((_, i) => sets[i]!.size === 0));
      kept.forEach((old, k) => {
        const row = [...w.neighbours.subarray(w.offsets[k]!, w.offsets[k + 1]!)].map((j) => kept[j]!);
        assert.deepEqual(row, [...sets[old]!].sort((a, b) => a - b));
        for (let e = w.offsets[k]!; e < w.offsets[k + 1]!; e++) assert.equal(w.weights[e], 1 / row.length);
      });
    }),
    { numRuns: 200 },
  );
});

test("weightsFromLinks refuses links outside the units, self-links and unequal arrays", () => {
  const ids = ["a", "b", "c"];
  assert.throws(() => weightsFromLinks(ids, Int32Array.of(0, 1), Int32Array.of(1)), /2 link starts but 1 link ends/);
  assert.throws(() => weightsFromLinks(ids, Int32Array.of(0), Int32Array.of(3)), /link 0 joins units 0 and 3; there are 3 units/);
  assert.throws(() => weightsFromLinks(ids, Int32Array.of(1), Int32Array.of(1)), /self-link of unit b/);
  assert.deepEqual([...weightsFromLinks(ids, Int32Array.of(0, 1), Int32Array.of(1, 2)).neighbours], [1, 0, 2, 1]);
});

test("local Moran on a complete graph: every conditional permutation gives the observed Iᵢ, so p = 1/(permutations + 1) (draws never include unit i, never repeat)", () => {
  const n = 7;
  const ids = Array.from({ length: n }, (_, i) => String(i));
  const pairsK: [string, string][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairsK.push([ids[i]!, ids[j]!]);
  const l = localMoran([3, 1, 4, 1, 5, 9, 2], contiguityWeights(ids, pairsK), 199, 3);
  for (const u of l.units) assert.equal(u.pValue, 1 / 200);
});

test("local Moran pseudo p-values agree with the exact conditional-permutation p-values (enumerated) within Monte-Carlo error", () => {
  // 3 × 3 rook lattice: corners have 2 neighbours, edges 3, the centre 4. The exact distribution of
  // unit i's permuted lag is over every ordered draw of kᵢ of the other 8 values (≤ 8·7·6·5 = 1680).
  const g = gridRookWeights(3, 3);
  const x = [5, 3, 8, 1, 9, 2, 7, 4, 6];
  const perms = 9999;
  const l = localMoran(x, g, perms, 11);
  const mean = x.reduce((a, b) => a + b, 0) / x.length;
  const z = x.map((v) => v - mean);
  const m2 = z.reduce((a, b) => a + b * b, 0) / x.length;
  for (let i = 0; i < 9; i++) {
    const k = g.offsets[i + 1]! - g.offsets[i]!;
    const others = z.filter((_, j) => j !== i);
    let total = 0;
    let atLeast = 0;
    const Ii = l.units[i]!.Ii;
    const walk = (chosen: number[]) => {
      if (chosen.length === k) {
        total++;
        const lag = chosen.reduce((s, j) => s + others[j]!, 0) / k;
        if ((z[i]! / m2) * lag >= Ii - 1e-12 * Math.max(1, Math.abs(Ii))) atLeast++;
        return;
      }
      for (let j = 0; j < others.length; j++) if (!chosen.includes(j)) walk([...chosen, j]);
    };
    walk([]);
    const share = Math.min(atLeast, total - atLeast) / total;
    const exact = (perms * share + 1) / (perms + 1);
    const se = Math.sqrt((share * (1 - share)) / perms);
    assert.ok(Math.abs(l.units[i]!.pValue - exact) <= 4 * se + 2 / perms, `unit ${i}: ${l.units[i]!.pValue} vs exact ${exact}`);
  }
});
