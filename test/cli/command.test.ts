import { test } from "node:test";
import assert from "node:assert/strict";
import { joinNegativeValues, parseCommandArgs, type Command } from "../../src/cli/command.js";
import { RegeconError } from "../../src/types/errors.js";
import { badLang, badLangHint } from "../../src/messages/cli.js";
import { runCli } from "../helpers/cli.js";

const OPTIONS = { horizon: { type: "string" }, json: { type: "boolean" }, out: { type: "string", short: "o" } } as const;
const cmd = (positionals = false): Command => ({ name: "demo", help: { zh: "", en: "" }, options: OPTIONS, positionals, run: async () => 0 });

test("a negative number after an option that takes a value is that value (long and short options)", () => {
  assert.deepEqual(joinNegativeValues(["--horizon", "-1"], OPTIONS), ["--horizon=-1"]);
  assert.deepEqual(joinNegativeValues(["--horizon", "-0.5", "--json"], OPTIONS), ["--horizon=-0.5", "--json"]);
  assert.deepEqual(joinNegativeValues(["--horizon", "-.5"], OPTIONS), ["--horizon=-.5"]);
  assert.deepEqual(joinNegativeValues(["-o", "-2"], OPTIONS), ["-o-2"]);
  // not after a boolean option, not a word starting with "-", not after "--", not an inline value
  assert.deepEqual(joinNegativeValues(["--json", "-2"], OPTIONS), ["--json", "-2"]);
  assert.deepEqual(joinNegativeValues(["--horizon", "--json"], OPTIONS), ["--horizon", "--json"]);
  assert.deepEqual(joinNegativeValues(["--", "--horizon", "-1"], OPTIONS), ["--", "--horizon", "-1"]);
  assert.deepEqual(joinNegativeValues(["--horizon=-3"], OPTIONS), ["--horizon=-3"]);
  assert.equal(parseCommandArgs(cmd(), ["--horizon", "-1"]).values.horizon, "-1");
  assert.equal(parseCommandArgs(cmd(), ["-o", "-2"]).values.out, "-2");
});

test("an option given twice with different values is refused; the same value twice is harmless", () => {
  assert.throws(
    () => parseCommandArgs(cmd(), ["--horizon", "2", "--horizon", "3"]),
    (e: unknown) => e instanceof RegeconError && e.code === "BAD_ARGUMENT" && /--horizon is given more than once with different values \("2", "3"\)/.test(e.text.en),
  );
  assert.equal(parseCommandArgs(cmd(), ["--horizon", "2", "--horizon=2", "--json", "--json"]).values.horizon, "2");
});

test("an unknown --lang is refused in both languages, exit 2, the hint naming zh and en — wherever --lang stands", async () => {
  // Before the fix the error was printed in Chinese only (the shell fell back to zh for an unknown language).
  for (const args of [["report", "--lang", "fr"], ["--lang", "fr", "report"], ["report", "--lang=fr"], ["help", "report", "--lang", "fr"], ["--lang", "fr"], ["indicators", "--lang", "de"]]) {
    const r = await runCli(args);
    const got = args.find((a) => a === "fr" || a === "de" || a.startsWith("--lang="))!.replace("--lang=", "");
    assert.equal(r.code, 2, args.join(" "));
    const [error, hint] = r.err.split("\n");
    assert.ok(error!.includes(badLang(got).zh) && error!.includes(`--lang 只能是 zh 或 en，收到“${got}”`) && error!.includes(`--lang must be zh or en, got "${got}"`), `${args.join(" ")}: ${r.err}`);
    assert.ok(hint!.includes(badLangHint.zh) && /--lang zh（中文/.test(hint!) && /--lang en \(English\)/.test(hint!), `${args.join(" ")}: ${r.err}`);
  }
  const json = await runCli(["report", "--lang", "fr", "--json"]);
  assert.equal(json.code, 2);
  const e = JSON.parse(json.out).error;
  assert.equal(e.code, "BAD_ARGUMENT");
  assert.match(e.message.en, /must be zh or en, got "fr"/);
  assert.match(e.message.en, /只能是 zh 或 en/);
  // the command parser says the same for a command run without the shell
  assert.throws(
    () => parseCommandArgs(cmd(), ["--lang", "fr"]),
    (e: unknown) => e instanceof RegeconError && e.code === "BAD_ARGUMENT" && e.text.zh === e.text.en && /只能是 zh 或 en/.test(e.text.en) && /must be zh or en/.test(e.text.zh),
  );
});
