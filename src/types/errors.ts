/**
 * A user-facing error: `code` is a stable name tests assert, `message` says what was wrong and
 * `hint` how to fix it. The CLI prints message and hint and exits with `exitCode`.
 */
export class RegeconError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "RegeconError";
  }
}
