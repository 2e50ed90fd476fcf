import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import * as m from "../messages/outlookTargets.js";
import { RegeconError } from "../types/errors.js";
import { NATIONAL_CODE } from "../types/observation.js";
import type { Text } from "../types/text.js";
import { decodeBuffer } from "./import/decode.js";
import type { Registry } from "./registry.js";

/** Columns of a growth-targets file (a `note` column may follow; other columns are ignored). */
export const TARGET_COLUMNS = ["region", "year", "target", "source"] as const;

/**
 * Plausible range of an annual real GDP growth target, in %: wider than any target announced since
 * 1978, narrow enough to catch 0.05 (a share) or 105 (an index) typed for 5.
 */
export const TARGET_RANGE = { min: -10, max: 30 } as const;

/** One announced growth target: province code (or the national code 100000), year, % and its source. */
export interface GrowthTarget {
  code: string;
  year: number;
  /** Real GDP growth target, %. */
  target: number;
  /** Where the target was announced, as the user wrote it (quoted data). */
  source: string;
  /** 1-based line of the file, for messages. */
  line: number;
}

/** The targets read from a user's file. */
export interface GrowthTargets {
  file: string;
  targets: GrowthTarget[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Read a growth-targets file: CSV (UTF-8 with or without BOM, or GBK) with the header
 * region,year,target,source; lines starting with # are instructions. `region` is any spelling the
 * registry knows (全国 for the national target); `target` a number in % (a trailing % is accepted);
 * `source` must not be empty. The template is data/templates/growth-targets.csv.
 *
 * Throws RegeconError: FILE_UNREADABLE, CSV_UNREADABLE, CSV_MISSING_COLUMNS, UNKNOWN_REGION_NAMES (all
 * unmatched names with their lines), BAD_YEAR, NOT_NUMERIC, IMPLAUSIBLE_VALUE (outside TARGET_RANGE),
 * MISSING_SOURCE, DUPLICATE_OBSERVATION (a region and year twice); each names file and line.
 */
export function readGrowthTargets(file: string, registry: Registry): GrowthTargets {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (e) {
    throw new RegeconError("FILE_UNREADABLE", m.targetsUnreadable(file, m.fileProblem((e as NodeJS.ErrnoException).code)), m.targetsUnreadableHint);
  }
  const { text } = decodeBuffer(buffer, file);
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), comment: "#", comment_no_infix: true, skip_empty_lines: true, info: true, trim: true });
  } catch (e) {
    throw new RegeconError("CSV_UNREADABLE", m.targetsNotCsv(file, (e as Error).message), m.targetsNotCsvHint);
  }
  const header = rows.length > 0 ? Object.keys(rows[0]!.record) : headerOf(text);
  const missingColumns = TARGET_COLUMNS.filter((c) => !header.includes(c));
  if (missingColumns.length > 0) throw new RegeconError("CSV_MISSING_COLUMNS", m.targetsMissingColumns(file, missingColumns, header), m.targetsColumnsHint(TARGET_COLUMNS));

  const unknown = rows.filter((r) => registry.lookup(r.record.region ?? "") === undefined).map((r) => ({ line: r.info.lines, name: r.record.region ?? "" }));
  if (unknown.length > 0) throw new RegeconError("UNKNOWN_REGION_NAMES", m.targetsUnknownRegions(file, unknown), m.targetsUnknownRegionsHint);

  const targets = rows.map((r) => toTarget(file, registry, r.record, r.info.lines));
  const seen = new Map<string, number[]>();
  for (const t of targets) seen.set(`${t.code}/${t.year}`, [...(seen.get(`${t.code}/${t.year}`) ?? []), t.line]);
  for (const t of targets) {
    const lines = seen.get(`${t.code}/${t.year}`)!;
    if (lines.length > 1) throw new RegeconError("DUPLICATE_OBSERVATION", m.targetsDuplicate(file, regionName(registry, t.code), t.year, lines), m.targetsDuplicateHint);
  }
  return { file, targets };
}

function toTarget(file: string, registry: Registry, record: Record<string, string>, line: number): GrowthTarget {
  const year = record.year ?? "";
  if (!/^\d{4}$/.test(year)) throw new RegeconError("BAD_YEAR", m.targetsBadYear(file, line, year), m.targetsBadYearHint);
  const raw = record.target ?? "";
  const cleaned = raw.replace(/%$/, "").trim();
  if (!NUMBER.test(cleaned)) throw new RegeconError("NOT_NUMERIC", m.targetsNotNumeric(file, line, raw), m.targetsNotNumericHint);
  const target = Number(cleaned);
  if (target < TARGET_RANGE.min || target > TARGET_RANGE.max) {
    throw new RegeconError("IMPLAUSIBLE_VALUE", m.targetsImplausible(file, line, target, TARGET_RANGE.min, TARGET_RANGE.max), m.targetsImplausibleHint);
  }
  const source = record.source ?? "";
  if (source === "") throw new RegeconError("MISSING_SOURCE", m.targetsMissingSource(file, line), m.targetsMissingSourceHint);
  return { code: registry.lookup(record.region!)!, year: Number(year), target, source, line };
}

function regionName(registry: Registry, code: string): Text {
  if (code === NATIONAL_CODE) return m.nationalRegion;
  const p = registry.province(code);
  return { zh: p.name, en: p.nameEn };
}

function headerOf(text: string): string[] {
  const first = text.replace(/^\uFEFF/, "").split(/\r?\n/).find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  return first.split(",").map((c) => c.trim().toLowerCase()).filter((c) => c !== "");
}
