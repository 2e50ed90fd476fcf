import { test } from "node:test";
import assert from "node:assert/strict";
import { joinNegativeValues, parseCommandArgs, type Command } from "../../src/cli/command.js";
import { RegeconError } from "../../src/types/errors.js";

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
