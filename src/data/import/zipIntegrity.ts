import { inflateRawSync } from "node:zlib";

/**
 * Integrity of a ZIP archive (an XLSX workbook) before it is parsed. The spreadsheet library does not
 * check the CRC-32 that ZIP stores for every entry, and some writers (SheetJS among them) store the sheet
 * XML uncompressed, so a changed byte in a damaged file is still well-formed XML: a digit changed from 3 to 9
 * imported as 安徽 2017 GDP 90141.8 instead of 30141.8. Here every entry is read through the central
 * directory, inflated (bounded by the size the directory states), and its CRC-32 compared with the stated
 * one. XLS (BIFF8) files carry no checksum: a changed digit there cannot be detected (docs/data.md).
 *
 * Format: PKWARE APPNOTE.TXT 6.3.x, sections 4.3.7 (local header), 4.3.12 (central directory), 4.3.16
 * (end of central directory). ZIP64 archives (over 4 GiB or 65,535 entries, which no workbook the
 * importer accepts reaches) are not checked here.
 */

/** What is wrong with an archive: its directory (truncated, not a ZIP), or one entry. */
export type ZipProblem =
  | { kind: "directory" }
  | { kind: "entry"; entry: string; problem: "crc" | "size" | "data" | "method" }
  | { kind: "entryTooLarge"; entry: string; bytes: number; max: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;

/**
 * The first problem of the archive, or undefined when every entry's data match their CRC-32 and size (or
 * the archive is ZIP64, not checked). An entry stating more than `maxEntryBytes` uncompressed is refused
 * without inflating it (a workbook whose sheet XML exceeds the reader's heap cannot be read anyway).
 */
export function zipProblem(bytes: Uint8Array, maxEntryBytes: number): ZipProblem | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - EOCD_SEARCH); i--) {
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { kind: "directory" };
  const count = b.readUInt16LE(eocd + 10);
  const start = b.readUInt32LE(eocd + 16);
  if (count === 0xffff || start === 0xffffffff) return undefined; // ZIP64
  let p = start;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== CENTRAL) return { kind: "directory" };
    const method = b.readUInt16LE(p + 10);
    const crc = b.readUInt32LE(p + 16);
    const compressed = b.readUInt32LE(p + 20);
    const size = b.readUInt32LE(p + 24);
    const nameLength = b.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const entry = b.subarray(p + 46, p + 46 + nameLength).toString("utf8");
    if (compressed === 0xffffffff || size === 0xffffffff) return undefined; // ZIP64
    if (local + 30 > b.length || b.readUInt32LE(local) !== LOCAL) return { kind: "directory" };
    const dataStart = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (dataStart + compressed > b.length) return { kind: "directory" };
    if (size > maxEntryBytes) return { kind: "entryTooLarge", entry, bytes: size, max: maxEntryBytes };
    const problem = entryProblem(b.subarray(dataStart, dataStart + compressed), method, size, crc);
    if (problem) return { kind: "entry", entry, problem };
    p = next;
  }
  return undefined;
}

/** Inflate one entry (stored or deflated) and compare its length and CRC-32 with the directory's. */
function entryProblem(data: Buffer, method: number, size: number, crc: number): "crc" | "size" | "data" | "method" | undefined {
  let content: Buffer;
  if (method === 0) content = data;
  else if (method === 8) {
    try {
      content = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
    } catch (e) {
      return (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "size" : "data";
    }
  } else return "method";
  if (content.length !== size) return "size";
  return crc32(content) === crc ? undefined : "crc";
}

let table: Uint32Array | undefined;

/** CRC-32 (ISO-HDLC, polynomial 0xEDB88320, as ZIP and gzip use it) of `data`. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
