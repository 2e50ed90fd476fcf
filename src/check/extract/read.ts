import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import * as m from "../../messages/check.js";
import { RegeconError } from "../../types/errors.js";
import { verbatim } from "../../types/text.js";
import { decodeBuffer } from "../../data/import/decode.js";
import { htmlToText } from "./html.js";
import { markdownToText } from "./markdown.js";
import { hasWebTables, normaliseWebTables } from "./webTables.js";

/** Document formats `regecon check` reads. */
export const DOCUMENT_FORMATS = ["txt", "md", "html", "docx"] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/**
 * A document as plain text: one paragraph per line (blank lines allowed), table rows as lines of
 * tab-separated cells. Claim offsets (`start`/`end`) refer to `text`.
 */
export interface PlainDocument {
  file: string;
  format: DocumentFormat;
  text: string;
}

const EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
};

/** The format of a file from its extension; undefined when `regecon check` cannot read it. */
export function formatOf(file: string): DocumentFormat | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/**
 * Read a report as plain text: TXT (tables copied from web pages, one cell per line, become tab-separated
 * rows: `normaliseWebTables`), Markdown and HTML (tags dropped, blocks as lines, table cells tab-separated,
 * SVG and scripts left out), decoded as the importer and bulletins decode text (`decodeBuffer`: UTF-8 with
 * or without BOM, GBK/GB18030, UTF-16 with a BOM or recognised by its NUL bytes), and Word DOCX (through
 * mammoth's HTML conversion, so tables keep their cells). Throws RegeconError `FILE_UNREADABLE` when the
 * file cannot be read, `DOCUMENT_UNREADABLE` for another file type or a DOCX that is not a Word document,
 * `UNSUPPORTED_ENCODING` for a binary file (NUL bytes) and `BAD_ENCODING` for undecodable bytes.
 */
export async function readDocument(file: string): Promise<PlainDocument> {
  const format = formatOf(file);
  if (format === undefined) throw new RegeconError("DOCUMENT_UNREADABLE", m.unsupportedDocument(file, path.extname(file)), m.unsupportedDocumentHint);
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new RegeconError("FILE_UNREADABLE", m.isDirectory(file), m.fileUnreadableHint);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof RegeconError) throw e;
    throw new RegeconError("FILE_UNREADABLE", m.fileUnreadable(file, verbatim((e as Error).message)), m.fileUnreadableHint);
  }
  return { file, format, text: await documentText(bytes, format, file) };
}

/**
 * Zero-width characters that typesetting puts inside numbers and words to steer line breaks (U+200D,
 * which regecon's own Word reports put between a number and its unit; U+2060 word joiner; U+200B
 * zero-width space; U+00AD soft hyphen; U+FEFF): invisible to a reader, so removed before claims are read.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Plain text of a document's bytes in `format` (see `readDocument`), without zero-width characters. */
export async function documentText(bytes: Buffer, format: DocumentFormat, file: string): Promise<string> {
  return (await rawDocumentText(bytes, format, file)).replace(INVISIBLE, "");
}

async function rawDocumentText(bytes: Buffer, format: DocumentFormat, file: string): Promise<string> {
  if (format === "docx") {
    const mammoth = (await import("mammoth")).default;
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    } catch (e) {
      throw new RegeconError("DOCUMENT_UNREADABLE", m.notADocx(file, verbatim((e as Error).message)), m.notADocxHint);
    }
    return htmlToText(html);
  }
  const text = decodeBuffer(bytes, path.basename(file), { utf16: true, what: "text" }).text.replace(/\r\n?/g, "\n");
  if (format === "md") return markdownToText(text);
  if (format === "html") return htmlToText(text);
  return hasWebTables(text) ? normaliseWebTables(text) : text;
}
