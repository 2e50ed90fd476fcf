/**
 * `regecon serve` as a command: help from the catalogue, a clear error on a bad or busy port, and the
 * warning when listening beyond this machine. The real process (URL on loopback, clean stop on a
 * signal) is also tested with the browser suite, which starts it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { once } from "node:events";
import * as cli from "../../src/messages/cli.js";
import * as m from "../../src/messages/serve.js";
import { isLoopback } from "../../src/server/listen.js";
import { runCli } from "../helpers/cli.js";
import { startServe } from "../helpers/serve.js";

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

test("--host 0.0.0.0 prints the loopback URL to open and warns that the network can reach the dashboard", async () => {
  const serve = await startServe(["--host", "0.0.0.0", "--data", "data/nbs", "--lang", "en"]);
  const { code, err } = await serve.stop("SIGTERM");
  assert.equal(code, 0, err);
  assert.match(serve.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.ok(err.includes(m.reachableFromNetwork("0.0.0.0").en), err);
  const local = await startServe(["--data", "data/nbs"]);
  const quiet = await local.stop("SIGTERM");
  assert.ok(!quiet.err.includes(m.reachableFromNetwork("127.0.0.1").zh), quiet.err);
});

test("loopback addresses: only 127.x, ::1 and localhost are this machine alone", () => {
  for (const h of ["127.0.0.1", "127.1.2.3", "::1", "localhost"]) assert.equal(isLoopback(h), true, h);
  for (const h of ["0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "128.0.0.1", "fe80::1"]) assert.equal(isLoopback(h), false, h);
});
