import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A `regecon serve` process started by a test. */
export interface ServeProcess {
  url: string;
  /** Send `signal`, wait for the process to end; its exit code and everything it wrote on stderr. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; err: string }>;
}

/**
 * Start the real command (`regecon serve --port 0 …`, from the sources through tsx) and resolve once
 * it has printed its URL. `env` is added to the environment (e.g. REGECON_DB for a temporary store).
 */
export function startServe(args: readonly string[], env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/bin.ts", "serve", "--port", "0", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.setEncoding("utf8").on("data", (s: string) => (err += s));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      out += s;
      const url = /http:\/\/\S+\//.exec(out)?.[0];
      if (url) resolve({ url, stop: async (signal = "SIGINT") => (child.kill(signal), { code: await exited, err }) });
    });
    void exited.then((code) => reject(new Error(`regecon serve ended (exit ${code}) before printing its URL:\n${err}`)));
  });
}
