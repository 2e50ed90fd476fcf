import { SENTENCE_CLOSERS, SENTENCE_ENDS } from "../../messages/checkWords.js";

/** A piece of the plain text with its offsets (`text === whole.slice(start, end)`). */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** A paragraph (one line of the plain text) and its sentences; a table row has tab-separated cells. */
export interface Paragraph extends Segment {
  sentences: Segment[];
  isTableRow: boolean;
}

/**
 * Paragraphs (non-blank lines) of a plain text and their sentences. A sentence ends after 。！？!?；;
 * (the mark belongs to the sentence) or at the end of the line; a closing quote or bracket right after
 * the mark stays with the sentence. Offsets are into `text`.
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    if (line.trim() !== "") out.push({ start: m.index!, end: m.index! + line.length, text: line, sentences: sentencesOf(line, m.index!), isTableRow: line.includes("\t") });
  }
  return out;
}

const escapeClass = (chars: string) => chars.replace(/[\]\\^-]/g, "\\$&");
/** A sentence: anything up to and including an end mark and the closing quotes or brackets after it, or the rest of the line. */
const SENTENCE = new RegExp(`[^${escapeClass(SENTENCE_ENDS)}]*(?:[${escapeClass(SENTENCE_ENDS)}][${escapeClass(SENTENCE_CLOSERS)}]*|$)`, "g");

function sentencesOf(line: string, offset: number): Segment[] {
  const out: Segment[] = [];
  for (const m of line.matchAll(SENTENCE)) {
    if (m[0] === "") continue;
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text !== "") out.push({ start: offset + m.index! + lead, end: offset + m.index! + lead + text.length, text });
  }
  return out;
}
