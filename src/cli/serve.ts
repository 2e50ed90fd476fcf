import * as m from "../messages/serve.js";
import { createApp } from "../server/app.js";
import { ServeData } from "../server/data.js";
import { DEFAULT_HOST, DEFAULT_PORT, listen } from "../server/listen.js";
import { RegeconError } from "../types/errors.js";
import { say } from "../types/text.js";
import { stringOption, type Command } from "./command.js";
import { DATASET_OPTIONS } from "./datasetOption.js";

/** `--port` as an integer 0–65535; throws RegeconError `BAD_ARGUMENT` otherwise. */
export function portOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65535) throw new RegeconError("BAD_ARGUMENT", m.badPort(value), m.badPortHint);
  return n;
}

/**
 * `regecon serve`: load the data once, serve the dashboard on loopback (by default), print the URL,
 * and on SIGINT/SIGTERM close the server and the store, then return 0.
 */
export const serveCommand: Command = {
  name: "serve",
  help: m.help,
  options: { ...DATASET_OPTIONS, port: { type: "string" }, host: { type: "string" }, boundaries: { type: "string" }, "map-approval": { type: "string" }, json: { type: "boolean" } },
  async run(args) {
    const lang = args.lang;
    const port = portOption(stringOption(args, "port"));
    const host = stringOption(args, "host") ?? DEFAULT_HOST;
    process.stderr.write(`${say(m.loading, lang)}\n`);
    const data = await ServeData.load(
      { db: stringOption(args, "db"), dataDir: stringOption(args, "data"), boundaries: stringOption(args, "boundaries"), mapApproval: stringOption(args, "map-approval") },
      (code, text) => process.stderr.write(`${say(m.warningLine(code, text), lang)}\n`),
      (line) => process.stderr.write(`${say(line, lang)}\n`),
    );
    let server;
    let app;
    try {
      for (const w of data.boundaries.warnings) process.stderr.write(`${say(m.warningLine(w.code, w.message), lang)}\n`);
      app = createApp(data, lang);
      server = await listen(app, host, port);
    } catch (e) {
      data.close();
      throw e;
    }
    // Listen for Ctrl-C before printing the URL: whoever reads it may stop the server at once.
    const stopped = new Promise<NodeJS.Signals>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    process.stdout.write(args.values.json ? `${JSON.stringify({ ok: true, url: server.url, reachableFromNetwork: server.reachableFromNetwork })}\n` : `${say(m.listening(server.url), lang)}\n`);
    if (server.reachableFromNetwork) process.stderr.write(`${say(m.reachableFromNetwork(host), lang)}\n`);
    app.prepare().catch(() => undefined); // a failure shows again when the page asks
    const signal = await stopped;
    await server.close();
    data.close();
    process.stderr.write(`${say(m.stopped, lang)} (${signal})\n`);
    return 0;
  },
};
