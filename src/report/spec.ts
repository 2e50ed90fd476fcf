import { readFileSync } from "node:fs";
import { RegeconError } from "../types/errors.js";
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
  const fail = (path: string, problem: string, hint: string): never => {
    throw new RegeconError("BAD_SPEC", `${where}：${path} ${problem}`, hint);
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail("顶层", "应为 JSON 对象", `字段：${KEYS.join(", ")}`);
  const v = value as Record<string, unknown>;
  for (const k of Object.keys(v)) if (!(KEYS as readonly string[]).includes(k)) fail(k, "不是已知字段", `可用字段：${KEYS.join(", ")}`);
  const spec: ReportSpec = {};
  if (v.year !== undefined) {
    if (!Number.isInteger(v.year) || (v.year as number) < 1949 || (v.year as number) > 2100) fail("year", `应为四位年份，收到 ${JSON.stringify(v.year)}`, '例如 "year": 2024');
    spec.year = v.year as number;
  }
  if (v.lang !== undefined) {
    if (v.lang !== "zh" && v.lang !== "en") fail("lang", `应为 "zh" 或 "en"，收到 ${JSON.stringify(v.lang)}`, '例如 "lang": "zh"');
    spec.lang = v.lang as "zh" | "en";
  }
  if (v.formats !== undefined) {
    if (!Array.isArray(v.formats) || v.formats.length === 0) fail("formats", "应为非空数组", `例如 "formats": ["html", "docx"]`);
    (v.formats as unknown[]).forEach((f, i) => {
      if (!(REPORT_FORMATS as readonly unknown[]).includes(f)) fail(`formats[${i}]`, `未知格式 ${JSON.stringify(f)}`, `可用格式：${REPORT_FORMATS.join(", ")}`);
    });
    spec.formats = [...new Set(v.formats as ReportFormat[])];
  }
  if (v.sections !== undefined) {
    if (!Array.isArray(v.sections) || v.sections.length === 0) fail("sections", "应为非空数组", `可用章节：${sectionNames.join(", ")}`);
    (v.sections as unknown[]).forEach((s, i) => {
      if (typeof s !== "string" || !sectionNames.includes(s)) fail(`sections[${i}]`, `未知章节 ${JSON.stringify(s)}`, `可用章节：${sectionNames.join(", ")}`);
    });
    spec.sections = v.sections as string[];
  }
  if (v.title !== undefined) {
    if (typeof v.title !== "string" || v.title.trim() === "") fail("title", "应为非空字符串", '例如 "title": "2024年长三角经济形势"');
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
    throw new RegeconError("BAD_SPEC", `无法读取报告配置 ${file}：${(e as Error).message}`, "检查 --spec 的路径。");
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new RegeconError("BAD_SPEC", `${file} 不是有效的 JSON：${(e as Error).message}`, "参照 specs/default.json 的格式。");
  }
  return validateSpec(json, sectionNames, file);
}
