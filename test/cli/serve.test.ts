/**
 * `regecon serve` as a command: help from the catalogue and a clear error on a bad or busy port. The
 * real process (URL on loopback, clean stop on a signal) is tested with the browser suite, which starts it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { once } from "node:events";
import * as cli from "../../src/messages/cli.js";
import * as m from "../../src/messages/serve.js";
import { runCli } from "../helpers/cli.js";

test("serve --help in both languages, from the catalogue; listed in regecon --help", async () => {
  assert.equal((await runCli(["serve", "--help"])).out, m.help.zh);
  assert.equal((await runCli(["serve", "--help", "--lang", "en"])).out, m.help.en);
  assert.match((await runCli(["--help"])).out, /serve +启动本地交互式区域经济数据看板/);
});

test("a bad port is BAD_ARGUMENT (exit 2) with the catalogue's words", async () => {
  const r = await runCli(["serve", "--port", "http", "--data", "data/nbs", "--lang", "en"]);
  assert.equal(r.code, 2);
  assert.ok(r.err.includes(m.badPort("http").en), r.err);
});

test("a negative port is a value, refused as out of range (not as an option without value)", async () => {
  for (const args of [["--port", "-1"], ["--port=-1"]]) {
    const r = await runCli(["serve", ...args, "--data", "data/nbs"]);
    assert.equal(r.code, 2);
    assert.ok(r.err.includes(m.badPort("-1").zh), r.err);
  }
});

test("an option repeated with different values is refused (as the API refuses a repeated parameter)", async () => {
  const r = await runCli(["serve", "--port", "8080", "--port", "0", "--data", "data/nbs", "--json"]);
  assert.equal(r.code, 2);
  const e = JSON.parse(r.out).error;
  assert.equal(e.code, "BAD_ARGUMENT");
  assert.deepEqual(e.message, cli.repeatedOption("serve", "--port", ["8080", "0"]));
});

test("a busy port is PORT_IN_USE (exit 2), naming the port and how to choose another", async () => {
  const blocker = createServer().listen(0, "127.0.0.1");
  await once(blocker, "listening");
  const port = (blocker.address() as { port: number }).port;
  try {
    const r = await runCli(["serve", "--port", String(port), "--data", "data/nbs", "--json"]);
    assert.equal(r.code, 2);
    const e = JSON.parse(r.out).error;
    assert.equal(e.code, "PORT_IN_USE");
    assert.deepEqual(e.message, m.portInUse("127.0.0.1", port));
    assert.deepEqual(e.hint, m.portInUseHint(port));
  } finally {
    blocker.close();
  }
});
