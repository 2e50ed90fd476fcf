import { NATIONAL_SUM_MAX_RATIO, NATIONAL_SUM_MIN_RATIO } from "../data/import/nationalTotals.js";
import { REVISION_FACTOR_LIMIT } from "../data/import/plausibility.js";
import { SERIES_JUMP_LIMIT } from "../data/import/seriesJumps.js";
import type { ParsedImport } from "../data/import/types.js";
import type { Registry } from "../data/registry.js";
import type { StoreFindings } from "../data/store/importChecks.js";
import * as m from "../messages/import.js";
import { RegeconError } from "../types/errors.js";
import { joinText, verbatim, type Text } from "../types/text.js";

/**
 * What `regecon import` does with the findings of `compareWithStore`: refuse the command
 * (IMPLAUSIBLE_VALUE, nothing written) unless the option that overrides a kind of finding was given;
 * an override is recorded in the vintage's notes and said in the output.
 */

/** At most this many findings of a kind are listed in the error (the count says how many there are). */
const SHOWN = 5;

/** The options that let findings in. */
export interface Overrides {
  /** `--allow-revision`: values far from the ones they replace, and existing values moved to other cells. */
  revision: boolean;
  /** `--allow-inconsistent`: values of new years far from the adjacent years of their series, national levels far from the provinces' sum. */
  inconsistent: boolean;
}

/** A region as the catalogue words it: a province's short name, else its code. */
function regionWords(code: string, registry: Registry): Text {
  const p = registry.isProvince(code) ? registry.province(code) : undefined;
  return p ? { zh: p.name, en: p.nameEn } : verbatim(code);
}

/** One section of the refusal per kind of finding that is not overridden, each with its hint. */
function sections(all: readonly [ParsedImport, StoreFindings][], overrides: Overrides, registry: Registry): { text: Text; hint: Text }[] {
  const out: { text: Text; hint: Text }[] = [];
  const revisions = all.flatMap(([p, f]) => f.revisions.map((r) => ({ p, r })));
  if (revisions.length > 0 && !overrides.revision) {
    const shown = revisions.slice(0, SHOWN).map(({ p, r }) => revisionWords(p, r, registry));
    out.push({ text: m.implausibleRevisions(shown, revisions.length, REVISION_FACTOR_LIMIT), hint: m.implausibleRevisionsHint });
  }
  const permuted = all.flatMap(([p, f]) => f.permuted.map((v) => ({ p, v })));
  if (permuted.length > 0 && !overrides.revision) {
    out.push({ text: m.permutedValues(permuted.slice(0, SHOWN).map(({ p, v }) => permutedWords(p, v, registry)), permuted.length), hint: m.permutedValuesHint });
  }
  const jumps = all.flatMap(([p, f]) => f.jumps.map((j) => ({ p, j })));
  if (jumps.length > 0 && !overrides.inconsistent) {
    out.push({ text: m.seriesJumps(jumps.slice(0, SHOWN).map(({ p, j }) => jumpWords(p, j, registry)), jumps.length, SERIES_JUMP_LIMIT), hint: m.seriesJumpsHint });
  }
  const totals = all.flatMap(([p, f]) => f.totals.map((t) => ({ p, t })));
  if (totals.length > 0 && !overrides.inconsistent) {
    out.push({ text: m.nationalTotals(totals.slice(0, SHOWN).map(({ p, t }) => ({ ...t, file: p.file })), totals.length, NATIONAL_SUM_MIN_RATIO, NATIONAL_SUM_MAX_RATIO), hint: m.nationalTotalsHint });
  }
  return out;
}

/**
 * Throw IMPLAUSIBLE_VALUE listing every kind of finding not overridden (the first few of each, with
 * counts), with the hints that say how to check the file and which option imports it anyway.
 */
export function refuseFindings(findings: Map<ParsedImport, StoreFindings>, overrides: Overrides, registry: Registry, fileCount: number): void {
  const found = sections([...findings], overrides, registry);
  if (found.length === 0) return;
  const lines = { zh: "\n", en: "\n" };
  const hints = found.map((s) => s.hint);
  if (fileCount > 1) hints.push(m.noneImported(fileCount));
  throw new RegeconError("IMPLAUSIBLE_VALUE", joinText(found.map((s) => s.text), lines), joinText([...new Set(hints)], lines));
}

/**
 * The overrides that let a file's values in: the note recorded with its vintage (both languages) and the
 * lines printed after its import.
 */
export function overridesUsed(parsed: ParsedImport, f: StoreFindings | undefined, registry: Registry): { note?: string; lines: Text[] } {
  const notes: Text[] = [];
  const lines: Text[] = [];
  if (f && f.revisions.length > 0) {
    notes.push(m.allowedRevisionNote(f.revisions.length, REVISION_FACTOR_LIMIT, revisionWords(parsed, f.revisions[0]!, registry)));
    lines.push(m.allowedRevisionLine(f.revisions.length, REVISION_FACTOR_LIMIT));
  }
  if (f && f.permuted.length > 0) {
    notes.push(m.allowedPermutedNote(f.permuted.length, permutedWords(parsed, f.permuted[0]!, registry)));
    lines.push(m.allowedPermutedLine(f.permuted.length));
  }
  if (f && f.jumps.length > 0) {
    notes.push(m.allowedJumpsNote(f.jumps.length, SERIES_JUMP_LIMIT, jumpWords(parsed, f.jumps[0]!, registry)));
    lines.push(m.allowedJumpsLine(f.jumps.length, SERIES_JUMP_LIMIT));
  }
  if (f && f.totals.length > 0) {
    notes.push(m.allowedTotalsNote(f.totals.length, { ...f.totals[0]!, file: parsed.file }));
    lines.push(m.allowedTotalsLine(f.totals.length));
  }
  if (notes.length === 0) return { lines };
  return { note: `${notes.map((n) => n.zh).join("\n")}\n${notes.map((n) => n.en).join("\n")}`, lines };
}

function revisionWords(parsed: ParsedImport, r: StoreFindings["revisions"][number], registry: Registry): m.RevisionWords {
  return { ...r, file: parsed.file, region: regionWords(r.regionCode, registry) };
}

function permutedWords(parsed: ParsedImport, v: StoreFindings["permuted"][number], registry: Registry): m.PermutedWords {
  return { ...v, file: parsed.file, region: regionWords(v.regionCode, registry), holderRegion: regionWords(v.holder.regionCode, registry), holderYear: v.holder.year };
}

function jumpWords(parsed: ParsedImport, j: StoreFindings["jumps"][number], registry: Registry): m.JumpWords {
  return { ...j, file: parsed.file, region: regionWords(j.regionCode, registry), neighbourYear: j.neighbour.year, neighbourValue: j.neighbour.value, neighbourVintage: j.neighbour.vintage };
}
