import type { Registry } from "../data/registry.js";
import type { Lang } from "../types/text.js";
import { ClaimReader } from "./extract/claims.js";
import { VERDICTS, type CheckedClaim, type Subject, type Verdict } from "./types.js";
import { verifyClaims } from "./verify/verify.js";
import type { VintageView } from "./verify/vintages.js";

/** The result of checking one document (see `toJson` for the `--json` shape). */
export interface CheckResult {
  file: string;
  text: string;
  numbersFound: number;
  claims: CheckedClaim[];
  byVerdict: Record<Verdict, number>;
  unknownSubjects: string[];
  vintages: { name: string; label: { zh: string; en: string }; current: boolean }[];
}

/**
 * Check a document's plain text: the pipeline of `regecon check`.
 *
 *   plain text → paragraphs/sentences → number tokens, years, regions, indicators (extract/)
 *              → typed claims with carried context (ClaimReader)
 *              → computations in every vintage × method (verify/compute.ts)
 *              → verdicts by the rules of analysis/rules/claimMatch.ts (verify/verify.ts)
 *
 * `reader` may be passed to reuse its compiled patterns across documents.
 */
export function checkText(file: string, text: string, views: readonly VintageView[], registry: Registry, lang: Lang, reader = new ClaimReader(registry)): CheckResult {
  const extraction = reader.read(text);
  const claims = verifyClaims(extraction.claims, views, registry, lang);
  const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of claims) byVerdict[c.verdict]++;
  return {
    file,
    text,
    numbersFound: extraction.numbersFound,
    claims,
    byVerdict,
    unknownSubjects: extraction.unknownSubjects,
    vintages: views.map((v) => ({ name: v.name, label: v.label, current: v.current })),
  };
}

/** Name of a subject as the JSON prints it (the registry's short name, 全国, or the 31-province sum). */
function subjectName(s: Subject | undefined): string | null {
  return s ? s.name : null;
}

/** The `--json` document (issue 11's interface; extra fields: flags, vintages, unknown_subjects). */
export function toJson(r: CheckResult): unknown {
  return {
    file: r.file,
    summary: { numbers_found: r.numbersFound, claims: r.claims.length, by_verdict: r.byVerdict },
    vintages: r.vintages,
    unknown_subjects: r.unknownSubjects,
    claims: r.claims.map((c) => ({
      id: c.id,
      sentence: c.sentence,
      span: c.span,
      start: c.start,
      end: c.end,
      kind: c.kind,
      subject: c.subject ? subjectName(c.subject) : c.unknownSubject ?? null,
      year: c.year ?? null,
      indicator: c.indicator ?? null,
      stated: { value: c.stated.value * (c.measure && "sign" in c.measure && c.measure.sign === -1 ? -1 : 1), unit: c.stated.unit, decimals: c.stated.decimals, approx: c.stated.approx === "exact" ? null : (c.stated.approxWord ?? c.stated.approx) },
      computed: c.computed ? { value: c.computed.value, interval: c.computed.interval.map((x) => (Number.isFinite(x) ? x : null)), vintage: c.computed.vintage, method: c.computed.method } : null,
      verdict: c.verdict,
      explanation: c.explanation,
      flags: c.flags,
    })),
  };
}
