// Part of `npm test` (and so of .ci/run): the browser tests drive a real Chromium and never download
// one. When no browser is installed (/usr/bin/chromium, or REGECON_CHROMIUM), install Debian's
// `chromium` package with apt-get (as root, or through sudo). If that is impossible, stop with a clear
// message: the browser suite must run, it is never skipped.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const browser = process.env.REGECON_CHROMIUM ?? "/usr/bin/chromium";
if (existsSync(browser)) process.exit(0);

if (process.env.REGECON_CHROMIUM) {
  console.error(`REGECON_CHROMIUM=${browser} does not exist. Point it at a Chromium or Chrome executable, or unset it to use Debian's chromium.`);
  process.exit(1);
}
const root = typeof process.getuid === "function" && process.getuid() === 0;
const sudo = !root && spawnSync("sudo", ["-n", "true"]).status === 0 ? ["sudo", "-n"] : [];
if (!root && sudo.length === 0) {
  console.error("The browser tests need Chromium at /usr/bin/chromium. Install it with: sudo apt-get install -y chromium (or set REGECON_CHROMIUM).");
  process.exit(1);
}
console.error("Installing Debian's chromium for the browser tests (apt-get install chromium)…");
const run = (args) => {
  const [cmd, ...rest] = [...sudo, ...args];
  const r = spawnSync(cmd, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (r.status !== 0) {
    console.error(`\`${args.join(" ")}\` failed (exit ${r.status}); install chromium yourself or set REGECON_CHROMIUM.`);
    process.exit(1);
  }
};
run(["apt-get", "update", "-qq"]);
run(["apt-get", "install", "-y", "-qq", "chromium"]);
if (!existsSync(browser)) {
  console.error(`apt-get installed chromium, but ${browser} is still missing.`);
  process.exit(1);
}
