import { JSDuckDBValueConverter, type DuckDBConnection } from "@duckdb/node-api";

/**
 * SQL helpers of the store. Every value that comes from input (a file's notes, a title, an indicator id,
 * a path) is bound as a named parameter (`$name`), never spliced into the statement text: a quote or a
 * NUL in a note is data, not SQL. Statement text is built only from constants and from identifiers the
 * code itself chooses.
 */

/** A value bound to a `$name` parameter. */
export type SqlParam = string | number | boolean | null;

/** Named parameters of one statement: exactly the `$name`s it uses (DuckDB refuses unused ones). */
export type SqlParams = Record<string, SqlParam>;

/** One result row as plain JS values (integers as numbers when they fit, see `plainValue`). */
export type SqlRow = Record<string, unknown>;

/**
 * A result cell as a plain JS value: BIGINT/HUGEINT become numbers when they are safe integers, else
 * decimal strings (JSON cannot hold bigints); lists and structs are converted element by element.
 */
export function plainValue(v: unknown): unknown {
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Array.isArray(v)) return v.map(plainValue);
  if (v !== null && typeof v === "object" && !(v instanceof Date) && !(v instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainValue(x)]));
  }
  return v;
}

/** `undefined` as SQL NULL (optional fields of a parsed file). */
export function orNull(v: string | number | undefined): string | number | null {
  return v === undefined ? null : v;
}

/**
 * A DuckDB connection with bound-parameter helpers. `onError` turns a DuckDB error into the error to
 * throw (the store maps I/O and checksum errors of a damaged file to `STORE_UNAVAILABLE`).
 */
export class SqlConnection {
  constructor(
    readonly conn: DuckDBConnection,
    private readonly onError: (e: unknown) => unknown = (e) => e,
  ) {}

  /** Run a statement; returns the number of rows it changed. */
  async run(sql: string, params?: SqlParams): Promise<number> {
    try {
      return (await this.conn.run(sql, params)).rowsChanged;
    } catch (e) {
      throw this.onError(e);
    }
  }

  /** All rows of a query as objects of plain JS values. For small results; `chunks` streams large ones. */
  async rows(sql: string, params?: SqlParams): Promise<SqlRow[]> {
    let reader;
    try {
      reader = await this.conn.runAndReadAll(sql, params);
    } catch (e) {
      throw this.onError(e);
    }
    return reader.getRowObjectsJS().map((r) => plainValue(r) as SqlRow);
  }

  /** The first column of the first row, or undefined when there is no row. */
  async scalar(sql: string, params?: SqlParams): Promise<unknown> {
    const [r] = await this.rows(sql, params);
    return r === undefined ? undefined : Object.values(r)[0];
  }

  /**
   * Stream a query's result in DuckDB's chunks (about 2,048 rows each) so that memory stays bounded
   * whatever the result's size: `onColumns` gets the column names once, then each chunk's rows (plain
   * JS values, as `plainValue`) go to `onRows`, which may return a promise (back-pressure of a file or
   * a pipe). When `onRows` returns `false` no further chunk is fetched. Returns the number of rows
   * handed to `onRows`.
   */
  async chunks(
    sql: string,
    params: SqlParams | undefined,
    onColumns: (names: string[]) => void,
    onRows: (rows: unknown[][]) => void | boolean | Promise<void | boolean>,
  ): Promise<number> {
    const duckdb = async <T>(f: () => Promise<T>): Promise<T> => {
      try {
        return await f();
      } catch (e) {
        throw this.onError(e);
      }
    };
    const result = await duckdb(() => this.conn.stream(sql, params));
    onColumns(result.columnNames());
    let total = 0;
    for (;;) {
      const chunk = await duckdb(() => result.fetchChunk());
      if (!chunk || chunk.rowCount === 0) return total;
      total += chunk.rowCount;
      if ((await onRows(chunk.convertRows(JSDuckDBValueConverter).map((r) => r.map(plainValue)))) === false) return total;
    }
  }

  /**
   * Insert rows of text into a table whose columns are all VARCHAR (e.g. a temporary lookup table) with
   * DuckDB's appender: the values never become SQL text. `catalog` "temp" for a temporary table.
   */
  async appendText(table: string, rows: readonly (readonly (string | null)[])[], catalog?: string): Promise<void> {
    try {
      const appender = await this.conn.createAppender(table, "main", catalog);
      for (const row of rows) {
        for (const v of row) {
          if (v === null) appender.appendNull();
          else appender.appendVarchar(v);
        }
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
    } catch (e) {
      throw this.onError(e);
    }
  }

  /** Run `fn` in one transaction: all of it is committed, or nothing (rolled back on any error). */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    await this.run("BEGIN TRANSACTION");
    try {
      const r = await fn();
      await this.run("COMMIT");
      return r;
    } catch (e) {
      await this.conn.run("ROLLBACK").catch(() => undefined);
      throw e;
    }
  }
}
