import os from "node:os";
import path from "node:path";

/**
 * Where the store lives unless `--db FILE` says otherwise: the user's data directory.
 * - Linux and other Unix: `$XDG_DATA_HOME/regecon/regecon.duckdb`, else `~/.local/share/regecon/regecon.duckdb`;
 * - macOS: `~/Library/Application Support/regecon/regecon.duckdb`;
 * - Windows: `%APPDATA%\regecon\regecon.duckdb` (else `~\AppData\Roaming\regecon\…`).
 * `REGECON_DB` in the environment overrides all of these.
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (env.REGECON_DB) return env.REGECON_DB;
  if (platform === "win32") return path.win32.join(env.APPDATA || path.win32.join(home, "AppData", "Roaming"), "regecon", "regecon.duckdb");
  if (platform === "darwin") return path.posix.join(home, "Library", "Application Support", "regecon", "regecon.duckdb");
  const base = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(home, ".local", "share");
  return path.join(base, "regecon", "regecon.duckdb");
}
