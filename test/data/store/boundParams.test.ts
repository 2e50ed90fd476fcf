/**
 * Issue 9, class 6: text from input files is data, never SQL. A NUL or a quote in a file's notes, its
 * 数据库 line, its source text or its name round-trips through the store unchanged (spliced into a
 * statement, a NUL gave "unterminated quoted string", exit 1), and option values with quotes select
 * nothing instead of changing the statement.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseImportFile } from "../../../src/data/import/index.js";
import { loadRegistry } from "../../../src/data/registry.js";
import { importLogPath } from "../../../src/data/store/importLog.js";
import { Store } from "../../../src/data/store/store.js";
import { runCli } from "../../helpers/cli.js";

const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-bound-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const NASTY = "it's \"quoted\"\0 after a NUL; DROP TABLE observations; --";

test("notes, 数据库 line, source text, file name and override note with a NUL and quotes round-trip through an import", async () => {
  const db = path.join(tmp, "a", "regecon.duckdb");
  const file = path.join(tmp, "tidy.csv");
  writeFileSync(file, "region,year,indicator,value,unit,source\n北京,2031,gdp_current,1.5,亿元,test\n");
  const parsed = parseImportFile(file, registry);
  const hostile = { ...parsed, file: `o'ne\0.csv`, notes: [NASTY, "注：第二条'"], database: `库'\0`, sourceText: `来源'\0"`, timeLabel: `时间'\0` };
  const store = await Store.open(db, registry);
  try {
    const before = await store.fingerprint();
    const r = await store.importParsed(hostile, parsed.bytes, { note: `override'\0` });
    assert.equal(r.rows, 1);
    const [v] = await store.rows("SELECT file_name, notes, database_name, source_text, time_label, title, producer FROM vintages_view WHERE vintage_id = $id", { id: r.vintageId });
    assert.deepEqual(v, {
      file_name: `o'ne\0.csv`,
      notes: `${NASTY}\n注：第二条'\noverride'\0`,
      database_name: `库'\0`,
      source_text: `来源'\0"`,
      time_label: `时间'\0`,
      title: `库'\0（o'ne\0.csv）`,
      producer: `来源'\0"`,
    });
    assert.equal((await store.fingerprint()).observations, before.observations + 1);
    // the same bytes again: found by their hash (a bound parameter), not imported twice
    assert.equal((await store.alreadyImported(parsed.bytes))?.vintageId, r.vintageId);
  } finally {
    store.close();
  }
  assert.match(readFileSync(importLogPath(db), "utf8"), /override'\0/);
});

test("a new indicator id and unit with quotes are bound, and command options with quotes or NULs select nothing", async () => {
  const db = path.join(tmp, "b", "regecon.duckdb");
  const file = path.join(tmp, "new.csv");
  writeFileSync(file, `region,year,indicator,value,unit\n北京,2024,my_index,2,"点'数"\n`);
  const parsed = parseImportFile(file, registry, { allowNewIndicators: true });
  const store = await Store.open(db, registry);
  try {
    await store.importParsed(parsed, parsed.bytes);
    assert.deepEqual(await store.rows("SELECT id, unit FROM user_indicators"), [{ id: "my_index", unit: "点'数" }]);
  } finally {
    store.close();
  }
  const data = await runCli(["data", "--indicator", "x' OR '1'='1", "--db", db, "--lang", "en"]);
  assert.equal(data.code, 2);
  assert.match(data.err, /--indicator x' OR '1'='1: the store has no such indicator/);
  const exp = await runCli(["export", "--indicator", "gdp_current' OR '1'='1", "--out", path.join(tmp, "none.csv"), "--db", db, "--json"]);
  assert.equal(exp.code, 2);
  assert.equal((JSON.parse(exp.out) as { error: { code: string } }).error.code, "NO_DATA");
});
