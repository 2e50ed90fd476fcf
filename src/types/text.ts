/**
 * The two languages regecon speaks, and a piece of user-facing text in both. Every message of the
 * catalogue (`src/messages/`) is a `Text` or a small function returning one; code elsewhere picks the
 * language at the last moment with `say(text, lang)`.
 */
export type Lang = "zh" | "en";

/** One user-facing text in Chinese and English. */
export interface Text {
  zh: string;
  en: string;
}

/** The text in `lang`. */
export function say(text: Text, lang: Lang): string {
  return text[lang];
}

/** Text that is the same in both languages (quoted data: a file name, a province name from a file). */
export function verbatim(s: string): Text {
  return { zh: s, en: s };
}

/** Join texts language by language with a separator per language (default: nothing in zh, a space in en). */
export function joinText(parts: readonly Text[], sep: Text = { zh: "", en: " " }): Text {
  return { zh: parts.map((p) => p.zh).join(sep.zh), en: parts.map((p) => p.en).join(sep.en) };
}
