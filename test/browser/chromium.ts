import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/**
 * The Chromium the browser tests drive: Debian's `chromium` (installed by `npm test` through
 * scripts/ensure-chromium.mjs when missing), or REGECON_CHROMIUM. Nothing is ever downloaded here.
 */
export const CHROMIUM = process.env.REGECON_CHROMIUM ?? "/usr/bin/chromium";

/** Launch options that work headless in containers and CI, with no network traffic of its own. */
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * A headless Chromium with a new empty profile. Throws when no browser is installed (the suite fails;
 * it never skips).
 */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}. Run \`npm test\` (it installs Debian's chromium first) or set REGECON_CHROMIUM.`);
  const profile = mkdtempSync(path.join(os.tmpdir(), "regecon-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
