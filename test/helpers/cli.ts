import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main.js";

// CLI tests never touch the user's own store, even when REGECON_DB is set: every store they open
// lives in a temporary folder.
process.env.REGECON_DB = path.join(mkdtempSync(path.join(tmpdir(), "regecon-test-db-")), "test.duckdb");

/**
 * Run the CLI in-process and capture what it prints. Only string writes are captured: Node's test
 * runner reports to the parent process through stdout with binary (Buffer) writes, which pass through.
 */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  const capture = (append: (s: string) => void, original: typeof process.stdout.write) =>
    ((chunk: unknown, ...rest: unknown[]) => (typeof chunk === "string" ? (append(chunk), true) : (original as (...a: unknown[]) => boolean)(chunk, ...rest))) as typeof process.stdout.write;
  process.stdout.write = capture((s) => (out += s), w1);
  process.stderr.write = capture((s) => (err += s), w2);
  try {
    return { code: await main(args), out, err };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
  }
}
