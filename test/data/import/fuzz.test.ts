/**
 * Issue #9: bad input never becomes wrong data. Seeded mutations of the real exports (bytes, cells,
 * rows, truncation; see test/helpers/importFuzz.ts) go through `regecon import`: every one ends with
 * exit 0 or 2 (never a crash or an internal error), a refusal leaves the store file byte-for-byte
 * unchanged, and an accepted file stores only numbers written in it. Bounded here (count and time);
 * `npm run fuzz` runs 1,000.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mutate, runFuzz, SEEDS } from "../../helpers/importFuzz.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

test("mutations are deterministic: the same number gives the same bytes", () => {
  const raw = fileURLToPath(new URL("../../fixtures/raw-exports/", import.meta.url));
  for (const id of [0, 1, 7, 42]) {
    const seed = SEEDS[id % SEEDS.length]!;
    const source = readFileSync(path.join(raw, seed.file));
    assert.deepEqual(mutate(source, seed, id), mutate(source, seed, id));
  }
});

test("fuzzed exports: exit 0 or 2, refusals leave the store unchanged, accepted values are in the file", async () => {
  const s = await runFuzz({ from: 0, to: 18, seconds: 25 });
  assert.ok(s.mutations >= 4, `only ${s.mutations} mutations ran in the time allowed`);
  assert.deepEqual(s.failures, []);
  assert.equal(s.internalErrors, 0);
  assert.equal(s.storeChangesOnRefusal, 0);
  assert.equal(s.acceptedWithForeignValues, 0);
});
