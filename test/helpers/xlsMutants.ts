/**
 * The seeded corruption that produced the XLS files of test/fixtures/xls-crash/ from the real export
 * test/fixtures/raw-exports/classic-xls_分省年度数据.xls: mutation `k` overwrites 1–6 places with a
 * random byte, 0xFF, or a random 32-bit word (shifted by 0–3 bytes). Regenerate the fixtures with
 * `node --import tsx scripts/make-xls-crash-fixtures.ts`.
 */
export function xlsMutant(source: Uint8Array, k: number): Buffer {
  let seed = (k * 2654435761) >>> 0;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const b = Buffer.from(source);
  const m = 1 + Math.floor(rnd() * 6);
  for (let j = 0; j < m; j++) {
    const pos = Math.floor(rnd() * (b.length - 4));
    const r = rnd();
    if (r < 0.5) b.writeUInt32LE(Math.floor(rnd() * 4294967296) >>> (Math.floor(rnd() * 4) * 8), pos);
    else b[pos] = r < 0.7 ? 0xff : Math.floor(rnd() * 256);
  }
  return b;
}

/** The mutation numbers kept as fixtures (each killed Node 20 with the importer as it was; see the README there). */
export const CRASHING_MUTANTS = [22, 27] as const;
