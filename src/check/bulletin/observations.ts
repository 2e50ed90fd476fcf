import { acceptsUnit, indicatorCatalogue } from "../../data/indicators.js";
import { nbsNameTable, normaliseIndicatorName, splitNameUnit } from "../../data/import/indicatorNames.js";
import type { Registry } from "../../data/registry.js";
import { NATIONAL_CODE } from "../../types/observation.js";
import { isPreciseEnoughToStore } from "../../analysis/rules/claimMatch.js";
import { BULLETIN_FOOTNOTE, BULLETIN_PRODUCER, BULLETIN_TITLE, YEAR_IN_HEADER, YEAR_SPAN } from "../../messages/checkWords.js";
import { ClaimReader } from "../extract/claims.js";
import { paragraphs, type Paragraph } from "../extract/segments.js";
import { tableCaption, tableGrid } from "../extract/tables.js";
import { hasWebTables, normaliseWebTables } from "../extract/webTables.js";

/** One observation proposed from a bulletin, with where it was read. */
export interface ProposedObservation {
  regionCode: string;
  /** Region name as printed ("北 京"). */
  regionName: string;
  year: number;
  indicator: string;
  value: number;
  /** Catalogue unit of the indicator. */
  unit: string;
  origin: "table" | "prose";
  /** Line (1-based) of the plain text and the text read (table row or sentence). */
  line: number;
  source: string;
}

/** A value read twice with different figures (the table's is kept). */
export interface Conflict {
  kept: ProposedObservation;
  dropped: ProposedObservation;
}

/** A figure of the prose that is rounded too coarsely to be stored ("134.9万亿元"), with where it was read. */
export interface RoundedFigure {
  regionName: string;
  year: number;
  indicator: string;
  /** The figure as printed, with its unit. */
  printed: string;
  line: number;
}

/** What a bulletin yields: its title and producer, footnotes, observations, conflicts. */
export interface BulletinReading {
  title?: string;
  producer?: string;
  notes: string[];
  observations: ProposedObservation[];
  conflicts: Conflict[];
  /** Prose figures not proposed because they are rounded more coarsely than the store keeps (`isPreciseEnoughToStore`). */
  rounded: RoundedFigure[];
  /** Table columns whose header names no catalogue indicator (skipped), with the caption. */
  skippedColumns: string[];
}

/**
 * Read the observations of a statistical bulletin (统计公报) as text:
 * - tables (text tables and the web layout of stats.gov.cn, one cell per line): a column whose header
 *   names a catalogue indicator (data/indicators.csv name or nbs_names, after removing the year and the
 *   unit in brackets) and whose unit agrees with the catalogue gives one observation per row whose first
 *   cell is a region of the registry (全国 included; "北 京" matches 北京); the year comes from the
 *   header, else from the caption;
 * - prose: level claims of the claim grammar (`ClaimReader`) about a province or the nation with a year,
 *   an exact figure and a catalogue indicator in its unit ("全国共投入R&D经费36326.8亿元",
 *   "广东（5099.6亿元）"); a figure rounded more coarsely than the store keeps ("134.9万亿元") is listed
 *   in `rounded`, not proposed.
 * The same value read from table and prose is kept once; different values for the same key are a
 * conflict (the table's value is kept, both are reported).
 */
export function readBulletin(raw: string, registry: Registry): BulletinReading {
  const text = hasWebTables(raw) ? normaliseWebTables(raw) : raw.replace(/\r\n?/g, "\n");
  const paras = paragraphs(text);
  const lineOf = lineIndex(text);
  const fromTables: ProposedObservation[] = [];
  const skippedColumns: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    if (!paras[i]!.isTableRow) continue;
    let j = i;
    while (j + 1 < paras.length && paras[j + 1]!.isTableRow) j++;
    fromTables.push(...tableObservations(paras.slice(i, j + 1), tableCaption(paras, i).caption, registry, lineOf, skippedColumns));
    i = j;
  }
  const rounded: RoundedFigure[] = [];
  const fromProse = proseObservations(text, registry, lineOf, rounded);
  const { observations, conflicts } = merge(fromTables, fromProse);
  return {
    title: paras.find((p) => BULLETIN_TITLE.test(p.text.trim()))?.text.trim().replace(/\[\d+\]$/, "").trim(),
    producer: paras.find((p) => BULLETIN_PRODUCER.test(p.text))?.text.trim().replace(BULLETIN_PRODUCER, "$1"),
    notes: paras.filter((p) => BULLETIN_FOOTNOTE.test(p.text)).map((p) => p.text.trim()),
    observations,
    conflicts,
    rounded,
    skippedColumns,
  };
}

function tableObservations(rows: Paragraph[], caption: string, registry: Registry, lineOf: (offset: number) => number, skipped: string[]): ProposedObservation[] {
  const { header, headerRows, grid } = tableGrid(rows);
  const captionYears = [...caption.matchAll(YEAR_SPAN)].map((m) => Number(m[2] ?? m[3]));
  const columns = header.map((h, c) => {
    if (c === 0) return undefined;
    const { name, unit } = splitNameUnit(h);
    const years = [...name.matchAll(YEAR_IN_HEADER)].map((m) => Number(m[1]));
    const id = nbsNameTable().get(normaliseIndicatorName(name.replace(YEAR_IN_HEADER, "")));
    const def = id ? indicatorCatalogue().get(id) : undefined;
    const year = years[0] ?? (captionYears.length === 1 ? captionYears[0] : undefined);
    if (!def || year === undefined || (unit !== undefined && !acceptsUnit(def, unit))) {
      skipped.push(`${caption} | ${h}`);
      return undefined;
    }
    return { id: def.id, unit: def.unit, year };
  });
  const out: ProposedObservation[] = [];
  for (let r = headerRows; r < grid.length; r++) {
    const row = grid[r]!;
    const name = row[0]?.text.trim() ?? "";
    const code = registry.lookup(name);
    if (code === undefined || (code !== NATIONAL_CODE && !registry.isProvince(code))) continue;
    // "北 京" (padded in the bulletin's table) is listed by its registry name
    const regionName = code === NATIONAL_CODE ? name.replace(/\s+/g, "") : registry.province(code).name;
    row.forEach((cell, c) => {
      const col = columns[c];
      const value = Number(cell.text.trim().replace(/,/g, ""));
      if (!col || cell.text.trim() === "" || !Number.isFinite(value)) return;
      out.push({ regionCode: code, regionName, year: col.year, indicator: col.id, value, unit: col.unit, origin: "table", line: lineOf(cell.start), source: rows[r]!.text });
    });
  }
  return out;
}

function proseObservations(text: string, registry: Registry, lineOf: (offset: number) => number, rounded: RoundedFigure[]): ProposedObservation[] {
  const out: ProposedObservation[] = [];
  for (const c of new ClaimReader(registry).read(text).claims) {
    if (c.gap || c.kind !== "level" || c.measure?.kind !== "level" || c.year === undefined || !c.indicator || c.stated.approx !== "exact") continue;
    if (c.sentence.includes("\t")) continue; // table cells are read as tables
    if (BULLETIN_FOOTNOTE.test(c.sentence)) continue; // footnotes comment on the figures, they do not publish them
    const def = indicatorCatalogue().get(c.indicator);
    const s = c.subject;
    if (!def || !s || (s.kind !== "province" && s.kind !== "national")) continue;
    if (!acceptsUnit(def, c.stated.baseUnit) && !(def.unit === "%" && c.stated.unitClass === "percent")) continue;
    if (!isPreciseEnoughToStore(c.stated.scale, c.stated.decimals)) {
      rounded.push({ regionName: s.name, year: c.year, indicator: def.id, printed: c.span, line: lineOf(c.start) });
      continue;
    }
    out.push({
      regionCode: s.kind === "province" ? s.code : NATIONAL_CODE,
      regionName: s.name,
      year: c.year,
      indicator: def.id,
      value: Number((c.stated.value * c.stated.scale).toPrecision(15)),
      unit: def.unit,
      origin: "prose",
      line: lineOf(c.start),
      source: c.sentence,
    });
  }
  return out;
}

function merge(tables: ProposedObservation[], prose: ProposedObservation[]): { observations: ProposedObservation[]; conflicts: Conflict[] } {
  const key = (o: ProposedObservation) => `${o.indicator}|${o.regionCode}|${o.year}`;
  const kept = new Map<string, ProposedObservation>();
  const conflicts: Conflict[] = [];
  for (const o of [...tables, ...prose]) {
    const k = key(o);
    const first = kept.get(k);
    if (!first) kept.set(k, o);
    else if (first.value !== o.value) conflicts.push({ kept: first, dropped: o });
  }
  return { observations: [...kept.values()], conflicts };
}

/** Offset → 1-based line number of the plain text. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
