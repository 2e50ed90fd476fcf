import * as m from "../../messages/check.js";
import { say, type Lang } from "../../types/text.js";
import type { CheckResult } from "../check.js";
import { VERDICTS } from "../types.js";

/** How many contradicted or mismatched claims the terminal summary lists before pointing to --json/--out. */
export const SUMMARY_LIST_LIMIT = 30;

/**
 * The terminal summary of `regecon check`: coverage first (numbers found, claims, checkable claims),
 * then verdict counts, the contradicted and vintage-mismatched claims with their explanations, flags and
 * places the registry does not know.
 */
export function checkSummary(r: CheckResult, lang: Lang): string {
  const lines: string[] = [];
  const checkable = r.claims.length - r.byVerdict.not_checkable;
  lines.push(say(m.summaryCoverage(r.file, r.numbersFound, r.claims.length, checkable), lang));
  if (r.numbersFound === 0) lines.push(say(m.summaryNoNumbers, lang));
  lines.push(say(m.summaryVerdictCounts(VERDICTS.map((v) => [m.verdictName[v]!, r.byVerdict[v]])), lang));
  const listed = r.claims.filter((c) => c.verdict === "contradicted" || c.verdict === "vintage_mismatch");
  if (listed.length > 0) {
    lines.push("", say(m.summaryListHeading, lang));
    for (const c of listed.slice(0, SUMMARY_LIST_LIMIT)) lines.push(say(m.summaryClaimLine(c.id, m.verdictName[c.verdict]!, c.span, c.subjectLabel?.[lang], c.year, c.explanation), lang));
    if (listed.length > SUMMARY_LIST_LIMIT) lines.push(`  ${say(m.summaryMore(listed.length - SUMMARY_LIST_LIMIT), lang)}`);
  }
  const flagged = r.claims.filter((c) => c.flags.length > 0);
  if (flagged.length > 0) {
    lines.push("", say(m.summaryFlagsHeading, lang));
    for (const c of flagged.slice(0, SUMMARY_LIST_LIMIT)) for (const f of c.flags) lines.push(`  [${c.id}] ${f.detail}`);
  }
  if (r.unknownSubjects.length > 0) lines.push("", say(m.summaryUnknownSubjects(r.unknownSubjects), lang));
  return `${lines.join("\n")}\n`;
}
