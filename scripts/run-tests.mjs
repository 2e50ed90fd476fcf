// Runs every test/**/*.test.ts with Node's test runner through tsx (Node 20's runner has no glob
// support, so the files are collected here). Extra arguments are passed to `node --test`.
import { readdirSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

function collect(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" || e.name === "snapshots" ? [] : collect(p);
    return e.name.endsWith(".test.ts") ? [p] : [];
  });
}

const files = collect("test").sort();
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...process.argv.slice(2), ...files], { stdio: "inherit" });
process.exit(result.status ?? 1);
