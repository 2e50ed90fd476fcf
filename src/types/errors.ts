import { ERROR_CODES, type ErrorCode } from "./codes.js";
import type { Lang, Text } from "./text.js";

/**
 * A user-facing error. `code` is a stable name from `ERROR_CODES` (documented in docs/errors.md) that
 * scripts and tests rely on; `text` says what was wrong and where (file, line, column), `hintText` how to
 * fix it, both in Chinese and English from the message catalogue (`src/messages/`). The CLI prints the
 * user's language and exits with `exitCode` (from the code's entry in ERROR_CODES); `--json` carries both.
 * `message` (the Error's own) is the Chinese text, so a stack trace still says what happened.
 */
export class RegeconError extends Error {
  readonly text: Text;
  readonly hintText?: Text;
  readonly exitCode: number;

  constructor(
    readonly code: ErrorCode,
    text: Text,
    hint?: Text,
  ) {
    super(text.zh);
    this.name = "RegeconError";
    this.text = text;
    this.hintText = hint;
    this.exitCode = ERROR_CODES[code];
  }

  /** Message and hint in one language. */
  localized(lang: Lang): { message: string; hint?: string } {
    return { message: this.text[lang], hint: this.hintText?.[lang] };
  }

  /** The error as `--json` prints it: code, exit code, and message and hint in both languages. */
  toJSON(): { code: ErrorCode; exit_code: number; message: Text; hint: Text | null } {
    return { code: this.code, exit_code: this.exitCode, message: this.text, hint: this.hintText ?? null };
  }
}
