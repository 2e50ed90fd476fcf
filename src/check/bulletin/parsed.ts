import { readFileSync } from "node:fs";
import path from "node:path";
import type { Registry } from "../../data/registry.js";
import { StagedRows, type ParsedImport } from "../../data/import/types.js";
import { decodeBuffer } from "../../data/import/decode.js";
import * as m from "../../messages/bulletin.js";
import { RegeconError } from "../../types/errors.js";
import { verbatim } from "../../types/text.js";
import { readBulletin, type BulletinReading } from "./observations.js";

/**
 * A bulletin file read for import: the observations it proposes (`readBulletin`) and, ready for the
 * store's `importParsed`, a `ParsedImport` whose database name is the bulletin's title, so the new
 * vintage is named after the bulletin ("2024年全国科技经费投入统计公报（FILE）"), with its producer as
 * source and its footnotes as notes. This is the core `regecon import FILE.txt --bulletin` can call.
 * Throws RegeconError `FILE_UNREADABLE` when the file cannot be read, the decoder's codes for an
 * undecodable file, and `NOTHING_TO_IMPORT` when no observation was found.
 */
export function parseBulletinFile(file: string, registry: Registry): { parsed: ParsedImport; reading: BulletinReading; bytes: Buffer } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new RegeconError("FILE_UNREADABLE", m.fileUnreadable(file, verbatim((e as Error).message)), m.fileUnreadableHint);
  }
  const name = path.basename(file);
  const { text, encoding } = decodeBuffer(bytes, name, { utf16: true, what: "text" });
  const reading = readBulletin(text, registry);
  if (reading.observations.length === 0) throw new RegeconError("NOTHING_TO_IMPORT", m.nothingFound(name), m.nothingFoundHint);
  const rows = new StagedRows();
  for (const o of reading.observations) rows.add(o.regionCode, o.year, o.indicator, o.value, o.unit, o.line);
  const parsed: ParsedImport = {
    file: name,
    format: "bulletin-text",
    encoding,
    database: reading.title ?? name,
    notes: reading.notes,
    ...(reading.producer ? { sourceText: reading.producer } : {}),
    indicatorLabels: new Map(),
    rows,
    newIndicators: new Map(),
  };
  return { parsed, reading, bytes };
}
