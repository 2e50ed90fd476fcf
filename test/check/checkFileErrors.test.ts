/**
 * `checkFile` (public API, src/index.ts) documents the error codes it throws; the document errors are
 * produced here and must be the ones its doc comment names (it once named DOCUMENT_UNREADABLE for a file
 * that cannot be read, where FILE_UNREADABLE is thrown).
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkFile } from "../../src/check/checkFile.js";
import { DEFAULT_DATASET_DIR } from "../../src/data/paths.js";
import { ERROR_CODES } from "../../src/types/codes.js";
import { RegeconError } from "../../src/types/errors.js";

const dir = mkdtempSync(path.join(tmpdir(), "regecon-checkfile-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The codes named (in backticks) in the doc comment right above `export async function checkFile`. */
function documentedCodes(): Set<string> {
  const source = readFileSync(fileURLToPath(new URL("../../src/check/checkFile.ts", import.meta.url)), "utf8");
  const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export async function checkFile\b/.exec(source)![1]!;
  return new Set([...doc.matchAll(/`([A-Z][A-Z_]+)`/g)].map((x) => x[1]!));
}

async function codeOf(file: string, options: Parameters<typeof checkFile>[1]): Promise<string> {
  try {
    await checkFile(file, options);
  } catch (e) {
    assert.ok(e instanceof RegeconError, String(e));
    return e.code;
  }
  assert.fail(`checkFile(${file}) did not throw`);
}

test("checkFile's doc comment names the codes it throws (FILE_UNREADABLE for a file it cannot read), and only real codes", async () => {
  const data = { data: DEFAULT_DATASET_DIR };
  writeFileSync(path.join(dir, "report.pdf"), "%PDF-1.7");
  writeFileSync(path.join(dir, "fake.docx"), "not a zip");
  writeFileSync(path.join(dir, "ok.md"), "2024年全国GDP增长5.0%。");
  writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x41, 0, 0x42, 0, 0, 0, 0x43, 0, 0, 0]));
  const cases: [string, string][] = [
    [path.join(dir, "missing.md"), "FILE_UNREADABLE"],
    [path.join(dir, "folder.md"), "FILE_UNREADABLE"],
    [path.join(dir, "report.pdf"), "DOCUMENT_UNREADABLE"],
    [path.join(dir, "fake.docx"), "DOCUMENT_UNREADABLE"],
  ];
  mkdirSync(path.join(dir, "folder.md"));
  const documented = documentedCodes();
  for (const [file, code] of cases) {
    assert.equal(await codeOf(file, data), code, file);
    assert.ok(documented.has(code), `${code} (thrown for ${path.basename(file)}) is not in checkFile's doc comment`);
  }
  assert.equal(await codeOf(path.join(dir, "x.md"), { data: DEFAULT_DATASET_DIR, db: "x.duckdb" }), "BAD_ARGUMENT");
  assert.equal(await codeOf(path.join(dir, "binary.txt"), data), "UNSUPPORTED_ENCODING");
  assert.equal(await codeOf(path.join(dir, "ok.md"), { data: path.join(dir, "no-such-folder") }), "DATA_FOLDER_UNREADABLE");
  for (const code of ["BAD_ARGUMENT", "UNSUPPORTED_ENCODING", "BAD_ENCODING", "DATA_FOLDER_UNREADABLE", "STORE_NOT_FOUND", "STORE_LOCKED"]) assert.ok(documented.has(code), code);
  for (const code of documented) assert.ok(code in ERROR_CODES, `${code} named in checkFile's doc comment is not an error code`);
});
