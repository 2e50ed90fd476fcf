/**
 * Seeded mutations of the real portal exports (test/fixtures/raw-exports/), imported with the real CLI
 * (`regecon import`, in-process) into a copy of a fresh store. For each mutation it records the exit
 * code, whether a refusal left the store file byte-for-byte unchanged, and whether every value an
 * accepted import stored is a number present in the mutated file (read independently of the importer).
 * Used by test/data/import/fuzz.test.ts (a few mutations, bounded in time) and bench/fuzz.ts (`npm run fuzz`, 1,000).
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import iconv from "iconv-lite";
import { loadRegistry } from "../../src/data/registry.js";
import { Store } from "../../src/data/store/store.js";
import { runCli } from "./cli.js";

const RAW = fileURLToPath(new URL("../fixtures/raw-exports/", import.meta.url));

/** A real export and the options a user would give to import it. */
interface Seed {
  file: string;
  args: string[];
  encoding: "gb18030" | "utf-8-bom" | "binary";
}

/** The seeds: every portal layout (classic GBK CSV, classic XLS, both 2026 layouts) and a foreign workbook. */
export const SEEDS: readonly Seed[] = [
  { file: "classic-gbk_地区生产总值.csv", args: [], encoding: "gb18030" },
  { file: "classic-gbk_城镇单位就业人员.csv", args: [], encoding: "gb18030" },
  { file: "classic-xls_分省年度数据.xls", args: ["--allow-older"], encoding: "binary" },
  { file: "new-platform-utf8_地区生产总值指数.csv", args: ["--indicator", "gdp_index_prev_year"], encoding: "utf-8-bom" },
  { file: "new-platform-utf8_分省年度数据2024-多指标.csv", args: [], encoding: "utf-8-bom" },
  { file: "gba-stats-xls_BayArea-zh-CN-2_本地生产总值.xls", args: [], encoding: "binary" },
];

export type MutationKind = "bytes" | "cells" | "rows" | "truncate";

/** mulberry32: a small seeded PRNG, so every mutation can be reproduced from its number. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** Values a mutated cell may get: empty, text, huge, negative, non-finite, scaled by a unit factor, padded. */
const CELL_VALUES = ["", "abc", "1.7e308", "99999999999999999999999", "1e400", "-1", "0", "NaN", "\t", "2099", "105.1", "0.001", "\u0000"];

function decode(bytes: Buffer, encoding: Seed["encoding"]): string {
  return encoding === "gb18030" ? iconv.decode(bytes, "gb18030") : bytes.toString("utf8");
}

function encode(text: string, encoding: Seed["encoding"]): Buffer {
  return encoding === "gb18030" ? iconv.encode(text, "gb18030") : Buffer.from(text, "utf8");
}

/** Mutation number `id` of `seed`'s bytes: which kind, and the mutated bytes. Deterministic. */
export function mutate(source: Buffer, seed: Seed, id: number): { kind: MutationKind; bytes: Buffer } {
  const rnd = prng(id * 7919 + 17);
  const text = seed.encoding !== "binary";
  const kind: MutationKind = text ? pick(rnd, ["bytes", "cells", "rows", "truncate"] as const) : pick(rnd, ["bytes", "bytes", "truncate"] as const);
  if (kind === "truncate") return { kind, bytes: source.subarray(0, Math.floor(rnd() * source.length)) };
  if (kind === "bytes") {
    const b = Buffer.from(source);
    const n = 1 + Math.floor(rnd() * 8);
    for (let k = 0; k < n; k++) {
      const at = Math.floor(rnd() * b.length);
      const r = rnd();
      if (r < 0.3 && at + 4 <= b.length) b.writeUInt32LE(Math.floor(rnd() * 2 ** 32) >>> (8 * Math.floor(rnd() * 4)), at);
      else b[at] = r < 0.5 ? 0xff : r < 0.6 ? 0 : r < 0.8 ? 0x30 + Math.floor(rnd() * 10) : Math.floor(rnd() * 256);
    }
    return { kind, bytes: b };
  }
  const lines = decode(source, seed.encoding).split("\n");
  const n = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rnd() * lines.length);
    const cells = lines[i]!.split(",");
    if (kind === "cells") {
      const c = Math.floor(rnd() * cells.length);
      const old = cells[c]!;
      const num = Number(old.trim());
      const choice = rnd();
      cells[c] =
        choice < 0.5
          ? pick(rnd, CELL_VALUES)
          : choice < 0.7 && Number.isFinite(num)
            ? String(num * pick(rnd, [10, 100, 10000, 0.1, -1]))
            : choice < 0.85
              ? (lines[Math.floor(rnd() * lines.length)]!.split(",")[c] ?? "")
              : old.replace(/\d/, String(Math.floor(rnd() * 10)));
      lines[i] = cells.join(",");
    } else {
      const r = rnd();
      const j = Math.floor(rnd() * lines.length);
      if (r < 0.2) lines.splice(i, 1);
      else if (r < 0.35) lines.splice(i, 0, lines[i]!);
      else if (r < 0.5) [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else if (r < 0.6) lines.splice(i, 0, "");
      else if (r < 0.85) {
        cells.splice(Math.floor(rnd() * cells.length), 1); // a row one cell short (issue #9 class 1)
        lines[i] = cells.join(",");
      } else {
        cells.splice(Math.floor(rnd() * cells.length), 0, pick(rnd, ["", "1", "\t"]));
        lines[i] = cells.join(",");
      }
    }
  }
  return { kind, bytes: encode(lines.join("\n"), seed.encoding) };
}

/** Every number written in a file: tokens of the decoded text, or cells (numbers and numeric text) of a workbook. */
export function numbersIn(bytes: Buffer, seed: Seed): Set<number> {
  const out = new Set<number>();
  if (seed.encoding === "binary") {
    const wb = XLSX.read(bytes, { type: "buffer", dense: true });
    for (const name of wb.SheetNames) {
      for (const row of (wb.Sheets[name]!["!data"] ?? []) as (XLSX.CellObject | undefined)[][]) {
        for (const cell of row ?? []) {
          if (cell && typeof cell.v === "number") out.add(cell.v);
          else if (cell && typeof cell.v === "string") for (const t of tokens(cell.v)) out.add(t);
        }
      }
    }
    return out;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, "gb18030");
  }
  for (const t of tokens(text)) out.add(t);
  return out;
}

function tokens(text: string): number[] {
  return (text.match(/[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/g) ?? []).map(Number);
}

/** The outcome of one mutation. */
export interface FuzzResult {
  id: number;
  seed: string;
  kind: MutationKind;
  /** Exit code of `regecon import`: 0 accepted, 2 refused; anything else is a failure. */
  code: number;
  /** The error code printed with --json, when refused. */
  error?: string;
  /** A refusal changed the store file. */
  storeChanged: boolean;
  /** Stored values (of an accepted import) that appear nowhere in the file. */
  valuesNotInFile: number[];
  ms: number;
}

/** Totals over a run, as reported in the closing note of issue #9. */
export interface FuzzSummary {
  mutations: number;
  accepted: number;
  refused: number;
  /** Exit codes other than 0 and 2 (1 = internal error). */
  internalErrors: number;
  storeChangesOnRefusal: number;
  acceptedWithForeignValues: number;
  byError: Record<string, number>;
  byKind: Record<string, { accepted: number; refused: number }>;
  seconds: number;
  failures: FuzzResult[];
}

const hashOf = (file: string) => (existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : "absent");

/**
 * Run mutations `from`…`to`−1 (cycling through SEEDS), stopping early after `seconds`. Each imports
 * into a fresh copy of one bundled store. `onResult` sees every result (progress).
 */
export async function runFuzz(opts: { from: number; to: number; seconds: number; onResult?: (r: FuzzResult) => void }): Promise<FuzzSummary> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "regecon-fuzz-"));
  const started = Date.now();
  const results: FuzzResult[] = [];
  try {
    const pristine = path.join(dir, "pristine.duckdb");
    const registry = loadRegistry();
    (await Store.open(pristine, registry)).close();
    const db = path.join(dir, "work", "regecon.duckdb");
    mkdirSync(path.dirname(db));
    for (let id = opts.from; id < opts.to && Date.now() - started < opts.seconds * 1000; id++) {
      const seed = SEEDS[id % SEEDS.length]!;
      const { kind, bytes } = mutate(readFileSync(path.join(RAW, seed.file)), seed, id);
      const file = path.join(dir, `m${id}${path.extname(seed.file)}`);
      writeFileSync(file, bytes);
      rmSync(`${db}.wal`, { force: true });
      copyFileSync(pristine, db);
      const before = `${hashOf(db)}/${hashOf(`${db}.wal`)}`;
      const t = Date.now();
      const r = await runCli(["import", file, "--db", db, "--json", ...seed.args]);
      const ms = Date.now() - t;
      const result: FuzzResult = { id, seed: seed.file, kind, code: r.code, storeChanged: false, valuesNotInFile: [], ms };
      if (r.code === 2) {
        result.error = (JSON.parse(r.out) as { error: { code: string } }).error.code;
        result.storeChanged = `${hashOf(db)}/${hashOf(`${db}.wal`)}` !== before;
      } else if (r.code === 0) {
        const present = numbersIn(bytes, seed);
        const store = await Store.open(db, registry, { readOnly: true });
        const stored = (await store.rows("SELECT value FROM observations WHERE vintage_id = (SELECT max(vintage_id) FROM vintages WHERE kind = 'import')")).map((row) => Number(row.value));
        store.close();
        result.valuesNotInFile = [...new Set(stored.filter((v) => !present.has(v)))].slice(0, 5);
      }
      rmSync(file, { force: true });
      results.push(result);
      opts.onResult?.(result);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const byError: Record<string, number> = {};
  const byKind: Record<string, { accepted: number; refused: number }> = {};
  for (const r of results) {
    if (r.error) byError[r.error] = (byError[r.error] ?? 0) + 1;
    const k = (byKind[r.kind] ??= { accepted: 0, refused: 0 });
    if (r.code === 0) k.accepted++;
    else if (r.code === 2) k.refused++;
  }
  const failures = results.filter((r) => (r.code !== 0 && r.code !== 2) || r.storeChanged || r.valuesNotInFile.length > 0);
  return {
    mutations: results.length,
    accepted: results.filter((r) => r.code === 0).length,
    refused: results.filter((r) => r.code === 2).length,
    internalErrors: results.filter((r) => r.code !== 0 && r.code !== 2).length,
    storeChangesOnRefusal: results.filter((r) => r.storeChanged).length,
    acceptedWithForeignValues: results.filter((r) => r.valuesNotInFile.length > 0).length,
    byError,
    byKind,
    seconds: (Date.now() - started) / 1000,
    failures,
  };
}
