import type { Server } from "node:http";
import { isIPv4, type AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { Hono } from "hono";
import * as m from "../messages/serve.js";
import { RegeconError } from "../types/errors.js";

/** Default port of `regecon serve`, and the loopback address it listens on unless told otherwise. */
export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = "127.0.0.1";

/** A running server: its URL and how to stop it. */
export interface Listening {
  /** The URL to open on this machine: a wildcard host (0.0.0.0, ::) is shown as the loopback address. */
  url: string;
  port: number;
  /** True when the host is not a loopback address: other machines can reach the server. */
  reachableFromNetwork: boolean;
  /** Stop accepting connections, end open ones and resolve when the server is closed. */
  close(): Promise<void>;
}

/**
 * Serve `app` on `host:port` (port 0 = any free port). Resolves once listening. Throws RegeconError
 * `PORT_IN_USE` when the port is taken and `CANNOT_LISTEN` for any other reason the system gives
 * (address not available, no permission).
 */
export async function listen(app: Hono, host: string, port: number): Promise<Listening> {
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) => {
      reject(
        e.code === "EADDRINUSE"
          ? new RegeconError("PORT_IN_USE", m.portInUse(host, port), m.portInUseHint(port))
          : new RegeconError("CANNOT_LISTEN", m.cannotListen(host, port, e.message), m.cannotListenHint),
      );
    });
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  // Browsers cannot open a wildcard address: show the loopback address of the same family.
  const address = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  const shown = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${shown}:${actual}/`,
    port: actual,
    reachableFromNetwork: !isLoopback(host),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** True for addresses of this machine only: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  if (host === "localhost" || host === "::1") return true;
  return isIPv4(host) && host.startsWith("127.");
}
