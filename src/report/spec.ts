import { readFileSync } from "node:fs";
import * as m from "../messages/reportCommand.js";
import { RegeconError } from "../types/errors.js";
import { verbatim, type Text } from "../types/text.js";
import { REPORT_FORMATS, type ReportFormat } from "./outputs.js";

/**
 * A report spec: which sections, year, language and formats — a user can write their own as JSON
 * (`regecon report --spec my-report.json`); `specs/default.json` reproduces the general report.
 *
 * Fields (all optional): `year` (number; default the latest year with GDP), `lang` ("zh" | "en"),
 * `formats` (subset of html/docx/md), `sections` (names from SECTION_NAMES, in order), `title`
 * (string, replaces the generated title).
 */
export interface ReportSpec {
  year?: number;
  lang?: "zh" | "en";
  formats?: ReportFormat[];
  sections?: string[];
  title?: string;
}

const KEYS = ["$comment", "year", "lang", "formats", "sections", "title"] as const;

/**
 * Validate a parsed JSON value as a ReportSpec against the available section names. Throws
 * RegeconError `BAD_SPEC` naming the field (JSON path) and what is allowed; unknown keys are errors,
 * so a typo is never ignored silently.
 */
export function validateSpec(value: unknown, sectionNames: readonly string[], where = "spec"): ReportSpec {
  const fail = (path: string | Text, problem: Text, hint: Text): never => {
    throw new RegeconError("BAD_SPEC", m.specField(where, typeof path === "string" ? verbatim(path) : path, problem), hint);
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(m.specTopLevel, m.specNotObject, m.specFields(KEYS));
  const v = value as Record<string, unknown>;
  for (const k of Object.keys(v)) if (!(KEYS as readonly string[]).includes(k)) fail(k, m.specUnknownKey, m.specKnownFields(KEYS));
  const spec: ReportSpec = {};
  if (v.year !== undefined) {
    if (!Number.isInteger(v.year) || (v.year as number) < 1949 || (v.year as number) > 2100) fail("year", m.specBadYear(JSON.stringify(v.year)), m.specYearHint);
    spec.year = v.year as number;
  }
  if (v.lang !== undefined) {
    if (v.lang !== "zh" && v.lang !== "en") fail("lang", m.specBadLang(JSON.stringify(v.lang)), m.specLangHint);
    spec.lang = v.lang as "zh" | "en";
  }
  if (v.formats !== undefined) {
    if (!Array.isArray(v.formats) || v.formats.length === 0) fail("formats", m.specNonEmptyArray, m.specFormatsHint);
    (v.formats as unknown[]).forEach((f, i) => {
      if (!(REPORT_FORMATS as readonly unknown[]).includes(f)) fail(`formats[${i}]`, m.specUnknownFormat(JSON.stringify(f)), m.formatsHint(REPORT_FORMATS));
    });
    spec.formats = [...new Set(v.formats as ReportFormat[])];
  }
  if (v.sections !== undefined) {
    if (!Array.isArray(v.sections) || v.sections.length === 0) fail("sections", m.specNonEmptyArray, m.specSectionsHint(sectionNames));
    (v.sections as unknown[]).forEach((s, i) => {
      if (typeof s !== "string" || !sectionNames.includes(s)) fail(`sections[${i}]`, m.specUnknownSection(JSON.stringify(s)), m.specSectionsHint(sectionNames));
    });
    spec.sections = v.sections as string[];
  }
  if (v.title !== undefined) {
    if (typeof v.title !== "string" || v.title.trim() === "") fail("title", m.specBadTitle, m.specTitleHint);
    spec.title = v.title as string;
  }
  return spec;
}

/** Read and validate a spec file; RegeconError `BAD_SPEC` for unreadable files or invalid JSON (with position). */
export function readSpec(file: string, sectionNames: readonly string[]): ReportSpec {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new RegeconError("BAD_SPEC", m.specUnreadable(file, (e as Error).message), m.specUnreadableHint);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new RegeconError("BAD_SPEC", m.specNotJson(file, (e as Error).message), m.specNotJsonHint);
  }
  return validateSpec(json, sectionNames, file);
}
