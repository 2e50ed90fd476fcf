import { test } from "node:test";
import assert from "node:assert/strict";
import { importedFile } from "../../src/messages/import.js";

test("the import line names up to 10 indicators; more are summarised as the first … the last with the count", () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `zz_${String(i).padStart(3, "0")}`);
  const ten = importedFile("a.csv", 310, "import-3", "tidy-csv", "utf-8", ids(10));
  for (const id of ids(10)) assert.ok(ten.zh.includes(id) && ten.en.includes(id), id);
  const many = importedFile("a.csv", 12400, "import-4", "tidy-csv", "utf-8", ids(400));
  assert.match(many.zh, /指标 zz_000 … zz_399（共 400 个）$/);
  assert.match(many.en, /indicators zz_000 … zz_399 \(400 in all\)$/);
  assert.ok(!many.en.includes("zz_001"));
});
