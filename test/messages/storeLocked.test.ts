/**
 * The STORE_LOCKED hint states only what DuckDB's lock message told (src/data/store/open.ts lockHolder):
 * the holder's PID and program when named, otherwise how to find the holder. It once guessed "usually
 * another regecon import or regecon report", which is wrong when the holder is regecon serve or a DuckDB shell.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { storeLockedHint } from "../../src/messages/store.js";

test("STORE_LOCKED hint: the PID and program DuckDB named, no guess at the command", () => {
  const h = storeLockedHint("/data/regecon.duckdb", { pid: 4242, program: "/usr/bin/node" });
  assert.equal(h.en, "Retry when process 4242 (/usr/bin/node) has finished; ps -p 4242 -o args= shows its full command. Read-only commands can run side by side; a write (import) needs the store to itself.");
  assert.match(h.zh, /^等进程 4242（\/usr\/bin\/node）结束后重试；ps -p 4242 -o args= 显示它的完整命令。/);
  assert.match(storeLockedHint("/x.duckdb", { pid: 7 }).en, /^Retry when process 7 has finished; ps -p 7 -o args=/);
  for (const t of [h.zh, h.en]) assert.doesNotMatch(t, /regecon (import|report)|usually|通常/);
});

test("STORE_LOCKED hint without a holder in DuckDB's message: says it is not known and how to find it", () => {
  const h = storeLockedHint("/data/regecon.duckdb", {});
  assert.match(h.en, /DuckDB did not say which process it is \(lsof "\/data\/regecon\.duckdb" lists the processes that have it open\)/);
  assert.match(h.zh, /DuckDB 未说明是哪个进程（lsof "\/data\/regecon\.duckdb" 可列出打开它的进程）/);
  for (const t of [h.zh, h.en]) assert.doesNotMatch(t, /regecon (import|report)|usually|通常|ps -p/);
});
