import * as m from "../../messages/sql.js";
import { RegeconError } from "../../types/errors.js";
import type { Store } from "./store.js";

/**
 * The user's own SQL (`regecon sql`), run read-only and streamed. The store is opened READ_ONLY by the
 * caller; here external file access is disabled and the configuration locked before the statement runs,
 * and only one query statement is accepted.
 */

const ALLOWED_START = /^\s*(\(\s*)*(select|with|from|values|describe|show|summarize|explain|table)\b/i;
const REFUSED = /read-only|read only|external access|disabled by configuration|Permission Error|\block(ed)?\b|lock_configuration/i;

/**
 * Run one read-only statement on `store` and stream its rows: `onColumns` gets the column names,
 * `onRows` each chunk of rows (see `SqlConnection.chunks`; return `false` to stop early).
 * Returns the number of rows handed to `onRows`. Throws RegeconError `SQL_NOT_READ_ONLY` for anything but one query
 * statement (writes, ATTACH, COPY, reading files) and `SQL_ERROR` with DuckDB's message for parser,
 * binder, catalog or conversion errors. Errors of `onRows` (a full disk) pass through unchanged.
 */
export async function streamUserQuery(
  store: Store,
  sql: string,
  onColumns: (names: string[]) => void,
  onRows: (rows: unknown[][]) => void | boolean | Promise<void | boolean>,
): Promise<number> {
  let statements;
  try {
    statements = await store.conn.extractStatements(sql);
  } catch (e) {
    throw sqlError(e);
  }
  if (statements.count !== 1 || !ALLOWED_START.test(sql.replace(/^\s*--.*$/gm, ""))) throw new RegeconError("SQL_NOT_READ_ONLY", m.oneQueryOnly, m.viewsHint);
  await store.conn.run("SET enable_external_access = false");
  await store.conn.run("SET lock_configuration = true");
  const fromSink = new Set<unknown>();
  try {
    return await store.sql.chunks(sql, undefined, onColumns, async (rows) => {
      try {
        return await onRows(rows);
      } catch (e) {
        fromSink.add(e);
        throw e;
      }
    });
  } catch (e) {
    if (fromSink.has(e) || e instanceof RegeconError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    if (REFUSED.test(msg)) throw new RegeconError("SQL_NOT_READ_ONLY", m.refusedReadOnly(msg), m.refusedReadOnlyHint);
    throw sqlError(e);
  }
}

/** RegeconError `SQL_ERROR` carrying DuckDB's message (parser, binder, catalog, conversion…) and the view list. */
function sqlError(e: unknown): RegeconError {
  const msg = (e instanceof Error ? e.message : String(e)).replace(/^Failed to extract statements:\s*/, "");
  return new RegeconError("SQL_ERROR", m.sqlError(msg), m.viewsHint);
}

/**
 * How many rows the user's statement gives, counted by DuckDB (`SELECT count(*) FROM (…)`) without
 * fetching them; statements that cannot be a subquery are counted by streaming them. Call after
 * `streamUserQuery` accepted the statement (it checks and locks the connection).
 */
export async function countUserQuery(store: Store, sql: string): Promise<number> {
  const body = sql.replace(/;\s*$/, "");
  try {
    // the statement was accepted as one read-only query; the newline ends a trailing -- comment
    return Number(await store.sql.scalar(`SELECT count(*) FROM (\n${body}\n)`));
  } catch {
    let n = 0;
    await store.sql.chunks(sql, undefined, () => undefined, (rows) => void (n += rows.length));
    return n;
  }
}
