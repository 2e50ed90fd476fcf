/** docs/errors.md documents exactly the codes of src/types/codes.ts, each error with its exit code. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ERROR_CODES, WARNING_CODES } from "../../src/types/codes.js";

const DOC = readFileSync(new URL("../../docs/errors.md", import.meta.url), "utf8");

test("every error code is documented with its exit code, and nothing else is", () => {
  const documented = new Map([...DOC.matchAll(/^#### ([A-Z_]+)\n(?:exit (\d))?/gm)].map((m) => [m[1]!, m[2] === undefined ? undefined : Number(m[2])]));
  const expected = new Map<string, number | undefined>([...Object.entries(ERROR_CODES), ...WARNING_CODES.map((w) => [w, undefined] as const)]);
  assert.deepEqual([...documented.keys()].sort(), [...expected.keys()].sort());
  for (const [code, exit] of expected) assert.equal(documented.get(code), exit, code);
});
