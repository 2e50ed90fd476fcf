/**
 * A user-facing error: `code` is a stable name tests assert, `message` says what was wrong and
 * `hint` how to fix it (Chinese). `en()` attaches the English wording, printed with `--lang en`
 * (errors without it are printed in Chinese). The CLI prints message and hint and exits with `exitCode`.
 */
export class RegeconError extends Error {
  /** English message and hint, when given. */
  english?: { message: string; hint?: string };

  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = "RegeconError";
  }

  /** Attach the English wording; returns the error, for `throw new RegeconError(…).en(…)`. */
  en(message: string, hint?: string): this {
    this.english = { message, hint };
    return this;
  }
}
