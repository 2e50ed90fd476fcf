/**
 * Issue 9, class 8 and the store parts of class 10: the store protects itself. Read-only commands open it
 * read-only and never change its bytes; a damaged or foreign file is refused at open with
 * STORE_UNAVAILABLE and a rebuild hint, and is never written; a second process waits for a held store and
 * then names the holder; extensions are never installed; a mistyped --db is not created by a read command.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { loadRegistry } from "../../../src/data/registry.js";
import { datasetFromStore } from "../../../src/data/store/dataset.js";
import { importLogPath } from "../../../src/data/store/importLog.js";
import { FULL_CHECK_MAX_ROWS } from "../../../src/data/store/open.js";
import { Store } from "../../../src/data/store/store.js";
import { parseImportFile } from "../../../src/data/import/index.js";
import { runCli } from "../../helpers/cli.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const FIX = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const registry = loadRegistry();
const tmp = mkdtempSync(path.join(os.tmpdir(), "regecon-protect-"));
after(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

/** A store created as `regecon import` creates one (bundled data loaded), closed. */
async function createdStore(): Promise<string> {
  const db = path.join(tmp, `s${++n}`, "regecon.duckdb");
  (await Store.open(db, registry)).close();
  return db;
}

/** Copy of a healthy store with `damage` applied. */
async function damagedStore(damage: (file: string) => void): Promise<string> {
  const good = await createdStore();
  const bad = path.join(tmp, `damaged${++n}.duckdb`);
  copyFileSync(good, bad);
  damage(bad);
  return bad;
}

const overwrite = (offset: number, bytes: number) => (file: string) => {
  const fd = openSync(file, "r+");
  writeSync(fd, Buffer.alloc(bytes, 0x5a), 0, bytes, offset);
  closeSync(fd);
};

test("read-only commands (data, sql, export, indicators, report's dataset) leave a healthy store byte for byte unchanged", async () => {
  const db = await createdStore();
  const before = { hash: sha(db), mtime: statSync(db).mtimeMs };
  for (const args of [["data"], ["sql", "SELECT count(*) FROM observations_current"], ["indicators"], ["export", "--out", path.join(tmp, "ro.csv")]]) {
    const r = await runCli([...args, "--db", db]);
    assert.equal(r.code, 0, `${args[0]}: ${r.err}`);
  }
  await datasetFromStore(db, registry); // what report and disparity read
  assert.deepEqual({ hash: sha(db), mtime: statSync(db).mtimeMs }, before);
  assert.equal(existsSync(`${db}.wal`), false);
});

test("a read-only command given a --db that does not exist says so and creates nothing (a typo never becomes a new store)", async () => {
  const typo = path.join(tmp, "typo", "regecon.duckbd");
  for (const args of [["sql", "SELECT 1"], ["data"], ["export", "--out", path.join(tmp, "t.csv")], ["indicators"]]) {
    const r = await runCli([...args, "--db", typo, "--json"]);
    assert.equal(r.code, 2, args[0]);
    const j = JSON.parse(r.out) as { error: { code: string; message: { zh: string; en: string }; hint: { en: string } } };
    assert.equal(j.error.code, "STORE_NOT_FOUND");
    assert.match(j.error.message.zh, /数据库文件 .*regecon\.duckbd 不存在/);
    assert.match(j.error.hint.en, /regecon import FILE --db .*regecon\.duckbd/);
  }
  await assert.rejects(datasetFromStore(typo, registry), (e: any) => e.code === "STORE_NOT_FOUND");
  assert.equal(existsSync(path.dirname(typo)), false);
  // a writing command creates it (and loads the bundled data first)
  const imp = await runCli(["import", path.join(FIX, "nbs-small/classic-small-gbk.csv"), "--db", typo]);
  assert.equal(imp.code, 0, imp.err);
  assert.equal((await runCli(["sql", "SELECT 1", "--db", typo])).code, 0);
});

test("a damaged store (truncated, bad checksum) is refused at open with STORE_UNAVAILABLE and a rebuild hint, by every command, and never written", async () => {
  const damages: [string, (f: string) => void][] = [
    ["truncated to half", (f) => truncateSync(f, Math.floor(statSync(f).size / 2))],
    ["cut inside the data blocks", (f) => truncateSync(f, statSync(f).size - 300_000)],
    ["garbage in a header block", overwrite(5000, 100)],
    ["garbage in the catalogue block", overwrite(13000, 4096)],
  ];
  for (const [what, damage] of damages) {
    const db = await damagedStore(damage);
    const before = sha(db);
    for (const args of [["sql", "SELECT 1"], ["data"], ["indicators"], ["export", "--out", path.join(tmp, "d.csv")], ["import", path.join(FIX, "nbs-small/classic-small-gbk.csv")]]) {
      const r = await runCli([...args, "--db", db, "--lang", "en"]);
      assert.equal(r.code, 2, `${what}, ${args[0]}: ${r.err}`);
      assert.match(r.err, /^Error: the store .* is damaged: .*Nothing was changed\nHint: To rebuild: move the damaged file away/, `${what}, ${args[0]}`);
      assert.doesNotMatch(r.err, /Internal error|[\u4e00-\u9fff]/, `${what}, ${args[0]}`);
    }
    await assert.rejects(datasetFromStore(db, registry), (e: any) => e.code === "STORE_UNAVAILABLE", what);
    assert.equal(sha(db), before, `${what}: the damaged file was written`);
  }
});

test("a large store (over FULL_CHECK_MAX_ROWS observations) is checked whole before a write, and block by block as a read-only query reads it", async () => {
  const db = await createdStore();
  const store = await Store.open(db, registry);
  try {
    // the bundled observations copied until there are more than FULL_CHECK_MAX_ROWS (same keys: only the size matters)
    const copies = Math.ceil(FULL_CHECK_MAX_ROWS / Number(await store.sql.scalar("SELECT count(*) FROM observations")));
    await store.sql.run("INSERT INTO observations SELECT region_code, year, indicator, value + range, unit, source_id, vintage_id, superseded_by FROM observations, range($copies)", { copies });
  } finally {
    store.close();
  }
  truncateSync(db, Math.floor(statSync(db).size * 0.6));
  const before = sha(db);
  const read = await runCli(["sql", "SELECT sum(value) FROM observations_current", "--db", db, "--lang", "en", "--json"]);
  assert.equal(read.code, 2, read.err);
  assert.equal((JSON.parse(read.out) as { error: { code: string } }).error.code, "STORE_UNAVAILABLE");
  assert.match(read.err, /^Error: the store .* is damaged: DuckDB says: .*\nHint: To rebuild/);
  const write = await runCli(["import", path.join(FIX, "nbs-small/classic-small-gbk.csv"), "--db", db, "--lang", "en"]);
  assert.equal(write.code, 2, write.err);
  assert.match(write.err, /is damaged/);
  assert.equal(sha(db), before);
});

test("the rebuild hint lists the files of the import log beside the store; regecon data --imports prints the log without opening the store", async () => {
  const db = await createdStore();
  const file = path.join(FIX, "raw-exports/new-platform-utf8_地区生产总值指数.csv");
  const store = await Store.open(db, registry);
  try {
    const parsed = await parseImportFile(file, registry, { indicator: "gdp_index_prev_year" });
    await store.importParsed(parsed, parsed.bytes, { sourcePath: file, note: "override: checked by hand" });
  } finally {
    store.close();
  }
  const log = readFileSync(importLogPath(db), "utf8");
  assert.match(log, /^imported_at,vintage_id,vintage,sha256,file,indicators,allow_older,note\n/);
  assert.match(log, /,(\d+),import-\1,[0-9a-f]{64},.*new-platform-utf8_地区生产总值指数\.csv,gdp_index_prev_year,,override: checked by hand\n$/);
  truncateSync(db, Math.floor(statSync(db).size / 2));
  const r = await runCli(["sql", "SELECT 1", "--db", db]);
  assert.equal(r.code, 2);
  assert.match(r.err, new RegExp(`提示：重建：.*按导入日志 .*imports\\.csv 的顺序重新导入其中的 1 个文件.*：\\n  regecon import ".*new-platform-utf8_地区生产总值指数\\.csv" --indicator gdp_index_prev_year --db`));
  const listed = await runCli(["data", "--imports", "--db", db, "--lang", "en"]);
  assert.equal(listed.code, 0, listed.err);
  assert.match(listed.out, /^Import log: .*imports\.csv \(1 files, in import order\)\n  #(\d+) import-\1 .* .*new-platform-utf8_地区生产总值指数\.csv \[gdp_index_prev_year\] sha256 [0-9a-f]{12}… — override: checked by hand\n$/);
  const none = await runCli(["data", "--imports", "--db", await createdStore(), "--json"]);
  assert.deepEqual((JSON.parse(none.out) as { imports: unknown[] }).imports, []);
});

test("files that are not a regecon store (SQLite, garbage, empty, another DuckDB database) are refused and left as they were; no extension is installed", async () => {
  const sqlite = path.join(tmp, "data.sqlite");
  writeFileSync(sqlite, Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4080)]));
  const garbage = path.join(tmp, "garbage.duckdb");
  writeFileSync(garbage, Buffer.alloc(20000, 7));
  const empty = path.join(tmp, "empty.duckdb");
  writeFileSync(empty, "");
  const foreign = path.join(tmp, "foreign.duckdb");
  const other = await DuckDBInstance.create(foreign);
  const c = await other.connect();
  await c.run("CREATE TABLE sales (x INTEGER)");
  c.closeSync();
  other.closeSync();
  const cases: [string, RegExp][] = [
    [sqlite, /is a SQLite database, not a regecon store/],
    [garbage, /is not a DuckDB database file/],
    [empty, /is an empty file/],
    [foreign, /is a DuckDB file but not a regecon store/],
  ];
  for (const [file, message] of cases) {
    const before = sha(file);
    for (const args of [["sql", "SELECT 1"], ["import", path.join(FIX, "nbs-small/classic-small-gbk.csv")]]) {
      const r = await runCli([...args, "--db", file, "--lang", "en"]);
      assert.equal(r.code, 2, `${file} ${args[0]}: ${r.err}`);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /download|http|INSTALL|Internal error/i);
    }
    assert.equal(sha(file), before, file);
  }
  // every store connection has DuckDB's extension auto-install and auto-load switched off
  const store = await Store.open(await createdStore(), registry, { readOnly: true });
  try {
    const [s] = await store.rows("SELECT current_setting('autoinstall_known_extensions') AS install, current_setting('autoload_known_extensions') AS load");
    assert.deepEqual(s, { install: false, load: false });
  } finally {
    store.close();
  }
});

/** Hold the store in another process (as a running import would) for `ms` milliseconds; resolves with its PID once it holds it. */
function holdStore(db: string, ms: number): Promise<{ pid: number; done: Promise<void> }> {
  const code = `const { DuckDBInstance } = await import("@duckdb/node-api");
    const i = await DuckDBInstance.create(process.env.HOLD_DB);
    process.stdout.write("held\\n");
    setTimeout(() => { i.closeSync(); process.exit(0); }, Number(process.env.HOLD_MS));`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, env: { ...process.env, HOLD_DB: db, HOLD_MS: String(ms) }, stdio: ["ignore", "pipe", "inherit"] });
  const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve({ pid: child.pid!, done }));
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

test("a store held by another process: a command waits (saying so) and goes on once it is free; past the wait STORE_LOCKED names the process", async () => {
  const db = await createdStore();
  const a = await holdStore(db, 1200);
  const r = await runCli(["sql", "SELECT count(*) AS n FROM coverage", "--db", db, "--lang", "en"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, new RegExp(`^the store .* is in use by another process \\(PID ${a.pid}, .*node\\); waiting up to 10 s…\\n$`));
  await a.done;
  const b = await holdStore(db, 1200);
  await assert.rejects(
    Store.open(db, registry, { lockWaitMs: 300 }),
    (e: any) => e.code === "STORE_LOCKED" && new RegExp(`PID ${b.pid}`).test(e.text.en) && /was not released within 0.3 s; nothing was changed/.test(e.text.en) && /ps -p/.test(e.hintText.en),
  );
  await b.done;
});
