import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Printable ASCII (digits, Latin labels, punctuation, escaped markup): in every font subset. */
export const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

/**
 * Every character that is not ASCII (Chinese words, full-width punctuation, ×, —, ≤, …) in the source
 * files of the given directories, named relative to this module (`"../messages/"`): the message
 * catalogue is the one home of the words regecon prints, so its files hold every character of its
 * charts and pages except those that come from the data. src/… when run from the sources, dist/… from
 * the compiled modules and from the bundle (dist/cli/: also two levels below the package root).
 */
export function sourceCharacters(dirs: readonly string[]): Set<string> {
  const chars = new Set<string>();
  for (const dir of dirs.map((d) => fileURLToPath(new URL(d, import.meta.url)))) {
    for (const f of readdirSync(dir).filter((x) => /\.(ts|js)$/.test(x) && !x.endsWith(".d.ts"))) {
      for (const ch of readFileSync(path.join(dir, f), "utf8")) if (ch > "\x7e") chars.add(ch);
    }
  }
  return chars;
}
