import { CLAUSE_SEPARATORS, CLOSE_BRACKETS, OPEN_BRACKETS, SENTENCE_CLOSERS, SENTENCE_ENDS } from "../../messages/checkWords.js";

/**
 * Longest sentence the claim reader reads as one: a longer one (a pasted table without sentence marks,
 * thousands of clauses joined by commas) is cut at clause separators into pieces of at most this many
 * characters, read as consecutive sentences. The reader's work per sentence grows with its length times
 * its figures, so the cut keeps the whole check linear in the text; real prose stays far below it (the
 * longest sentence of regecon's report is about 150 characters, of the reference report about 200).
 */
export const MAX_SENTENCE_CHARS = 400;

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
    if (text !== "") for (const piece of pieces({ start: offset + m.index! + lead, end: offset + m.index! + lead + text.length, text })) out.push(piece);
  }
  return out;
}

/**
 * A sentence cut into pieces of at most MAX_SENTENCE_CHARS: each piece ends after the last clause
 * separator (outside brackets) within the limit, else at the limit (moved back off a figure).
 */
function pieces(seg: Segment): Segment[] {
  if (seg.text.length <= MAX_SENTENCE_CHARS) return [seg];
  const out: Segment[] = [];
  let from = 0;
  while (seg.text.length - from > MAX_SENTENCE_CHARS) {
    let cut = -1;
    let depth = 0;
    for (let i = from; i < from + MAX_SENTENCE_CHARS; i++) {
      const c = seg.text[i]!;
      if (OPEN_BRACKETS.includes(c)) depth++;
      else if (CLOSE_BRACKETS.includes(c)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && CLAUSE_SEPARATORS.includes(c)) cut = i + 1;
    }
    if (cut <= from) {
      // no separator: cut at the limit, before the figure running across it unless the piece is all figure
      const limit = from + MAX_SENTENCE_CHARS;
      cut = limit;
      while (cut > from && /[\d.,%]/.test(seg.text[cut - 1]!)) cut--;
      if (cut === from) cut = limit;
    }
    out.push({ start: seg.start + from, end: seg.start + cut, text: seg.text.slice(from, cut) });
    from = cut;
  }
  out.push({ start: seg.start + from, end: seg.end, text: seg.text.slice(from) });
  return out;
}
