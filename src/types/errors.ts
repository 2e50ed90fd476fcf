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
    text: Text | string,
    hint?: Text | string,
  ) {
    const t = typeof text === "string" ? { zh: text, en: text } : text;
    super(t.zh);
    this.name = "RegeconError";
    this.text = t;
    this.hintText = typeof hint === "string" ? { zh: hint, en: hint } : hint;
    this.exitCode = ERROR_CODES[code];
  }

  /**
   * @deprecated Transitional, while call sites move to the catalogue: pass `Text` from
   * `src/messages/` to the constructor instead. Replaces the English wording.
   */
  en(message: string, hint?: string): this {
    (this as { text: Text }).text = { zh: this.text.zh, en: message };
    if (hint !== undefined && this.hintText) (this as { hintText?: Text }).hintText = { zh: this.hintText.zh, en: hint };
    return this;
  }

  /** The Chinese hint (kept for callers that show Chinese only); see `hintText` for both languages. */
  get hint(): string | undefined {
    return this.hintText?.zh;
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
