import { AFTER_ABBREVIATION, AMBIGUOUS_ABBREVIATIONS, BEFORE_ABBREVIATION, BEFORE_NAME_LIST, POSSESSIVE, GROUP_ALIASES, GROUP_SUFFIXES, GROWTH_WORDS, NOT_PLACE_AFTER, NOT_PLACE_CHARS, PLACE_PRECEDERS, QUANTITY_FOLLOWERS, INDICATOR_WORDS, LIST_SEPARATORS, RELATIVE_WORDS, NATIONAL_WORDS, NOT_PLACE_NAMES, QUANTITY_NOUN_ENDINGS, SUBNATIONAL_SUFFIXES } from "../../messages/checkWords.js";
import type { Registry } from "../../data/registry.js";
import type { Subject } from "../types.js";

/** A region named in the text; `unknown` holds a place name the registry does not know (金昌市). */
export interface SubjectMention {
  start: number;
  end: number;
  subject?: Subject;
  unknown?: string;
}

/** An indicator named in the text; `indicator` undefined marks a quantity noun regecon does not hold (发电量). */
export interface IndicatorMention {
  start: number;
  end: number;
  indicator?: string;
  word: string;
}

const CJK = "\\u4e00-\\u9fff";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Finds region and indicator names in text. Regions: the registry's provinces (short and full names,
 * multi-character aliases; one-character abbreviations only at a clause start before an indicator word,
 * and not the ambiguous ones: AMBIGUOUS_ABBREVIATIONS), city-level group members (深圳, 香港), its groups (东部,
 * 长三角 …, with 地区/板块 and the prose aliases of GROUP_ALIASES) and the nation (全国, 我国 …). A
 * city-like name (two or three characters before 市/县/州/盟) that is not a region is reported as
 * unknown. Indicators: INDICATOR_WORDS (longest match first); other quantity nouns (…量, …额, …率 before
 * a number or verb) are marked unknown so that a number about them is not taken for a held indicator.
 */
export class MentionFinder {
  private readonly subjectPattern: RegExp;
  private readonly subjectOf = new Map<string, Subject>();
  private readonly indicatorPattern: RegExp;
  private readonly indicatorOf = new Map<string, string>();
  private readonly unknownPlace: RegExp;
  private readonly abbreviation: RegExp | undefined;
  private readonly unknownList: RegExp;
  private readonly abbreviationOf = new Map<string, Subject>();
  private readonly unknownQuantity: RegExp;

  constructor(registry: Registry) {
    for (const p of registry.provinces) {
      for (const n of [p.name, p.nameFull, ...p.aliases]) if (n.length >= 2 && /[\u4e00-\u9fff]/.test(n)) this.subjectOf.set(n, { kind: "province", code: p.code, name: p.name });
      for (const n of [p.abbr, ...p.aliases]) if (n.length === 1 && /[\u4e00-\u9fff]/.test(n) && !AMBIGUOUS_ABBREVIATIONS.includes(n)) this.abbreviationOf.set(n, { kind: "province", code: p.code, name: p.name });
    }
    const abbrs = [...this.abbreviationOf.keys()].join("");
    this.abbreviation = abbrs ? new RegExp(`(?:^|(?<=[${escape(BEFORE_ABBREVIATION)}]))([${abbrs}])(?=${AFTER_ABBREVIATION.map(escape).join("|")})`, "g") : undefined;
    for (const g of registry.groupings) {
      for (const grp of g.groups) {
        const subject: Subject = { kind: "group", grouping: g.name, name: grp.name };
        for (const n of [grp.name, ...GROUP_SUFFIXES.map((x) => grp.name + x)]) this.subjectOf.set(n, subject);
      }
    }
    for (const a of GROUP_ALIASES) {
      const target = registry.groupings.flatMap((g) => g.groups.map((x) => ({ g, x }))).find((e) => e.x.name === a.group);
      if (target) this.subjectOf.set(a.word, { kind: "group", grouping: target.g.name, name: target.x.name });
    }
    // city-level members of groupings (深圳, 香港 in 粤港澳大湾区): subjects with city data
    for (const g of registry.groupings) for (const grp of g.groups) for (const m of grp.members) if (m.level === "city" && !this.subjectOf.has(m.name)) this.subjectOf.set(m.name, { kind: "city", code: m.code, name: m.name });
    for (const n of NATIONAL_WORDS) this.subjectOf.set(n, { kind: "national", name: NATIONAL_WORDS[0]! });
    const names = [...this.subjectOf.keys()].sort((a, b) => b.length - a.length);
    this.subjectPattern = new RegExp(names.map(escape).join("|"), "g");
    for (const w of INDICATOR_WORDS) this.indicatorOf.set(w.word, w.indicator);
    const words = [...this.indicatorOf.keys()].sort((a, b) => b.length - a.length);
    this.indicatorPattern = new RegExp(words.map(escape).join("|"), "gi");
    const suffixes = SUBNATIONAL_SUFFIXES.map(escape).join("|");
    this.unknownPlace = new RegExp(`(?:^|[^${CJK}]|[${PLACE_PRECEDERS}])([${CJK}]{2,3}?)(${suffixes})(?![${NOT_PLACE_AFTER}])`, "g");
    // "火星和金星的经济总量": a list of names before an indicator name (of three or more characters)
    const longNames = words.filter((x) => x.length >= 3).map(escape).join("|");
    this.unknownList = new RegExp(`(?:^|(?<=[${escape(BEFORE_NAME_LIST)}]))((?:[${CJK}]{2,4}?[${LIST_SEPARATORS}])+[${CJK}]{2,4}?)${POSSESSIVE}?(?=${longNames})`, "g");
    const endings = [...QUANTITY_NOUN_ENDINGS].sort((a, b) => b.length - a.length).map(escape).join("|");
    this.unknownQuantity = new RegExp(`[${CJK}A-Za-z]{1,6}?(?:${endings})(?=[${escape(QUANTITY_FOLLOWERS)}0-9])`, "g");
  }

  /** Region names in `text` (which starts at `offset` of the document), in order, without overlaps. */
  subjects(text: string, offset = 0): SubjectMention[] {
    const out: SubjectMention[] = [];
    for (const m of text.matchAll(this.subjectPattern)) out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, subject: this.subjectOf.get(m[0]) });
    // "桂经济增长4.2%": a one-character abbreviation at a clause start, before an indicator word
    if (this.abbreviation) for (const m of text.matchAll(this.abbreviation)) if (!out.some((s) => s.start - offset <= m.index! && m.index! < s.end - offset)) out.push({ start: offset + m.index!, end: offset + m.index! + 1, subject: this.abbreviationOf.get(m[1]!) });
    for (const m of text.matchAll(this.unknownPlace)) {
      // "的金昌市" → 金昌市; "个省市", "推进以县" are no places
      let stem = m[1]!;
      if (PLACE_PRECEDERS.includes(stem[0]!) && stem.length >= 2) stem = stem.slice(1);
      if ([...stem].some((c) => NOT_PLACE_CHARS.includes(c))) continue;
      const name = stem + m[2]!;
      const start = m.index! + m[0].length - name.length;
      if (NOT_PLACE_NAMES.some((w) => name.endsWith(w) || w.endsWith(name))) continue;
      if (this.subjectOf.has(m[1]!) || this.subjectOf.has(name)) continue;
      if (out.some((s) => s.start - offset < start + name.length && start < s.end - offset)) continue;
      out.push({ start: offset + start, end: offset + start + name.length, unknown: name });
    }
    for (const m of text.matchAll(this.unknownList)) {
      const names = m[1]!.split(new RegExp(`[${LIST_SEPARATORS}]`));
      const at = (k: number) => m.index! + names.slice(0, k).reduce((a, n) => a + n.length + 1, 0);
      // a list naming any known region, or overlapping a found name, is not a list of unknown places
      if (names.some((n, k) => this.subjectOf.has(n) || NOT_PLACE_NAMES.includes(n) || [...n].some((c) => NOT_PLACE_CHARS.includes(c)) || out.some((s) => s.start - offset < at(k) + n.length && at(k) < s.end - offset))) continue;
      names.forEach((n, k) => out.push({ start: offset + at(k), end: offset + at(k) + n.length, unknown: n }));
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Indicator names (and unknown quantity nouns) in `text`, in order, without overlaps. */
  indicators(text: string, offset = 0): IndicatorMention[] {
    const out: IndicatorMention[] = [];
    for (const m of text.matchAll(this.indicatorPattern)) out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, indicator: this.indicatorOf.get(m[0]) ?? this.indicatorOf.get(m[0].toUpperCase()), word: m[0] });
    for (const m of text.matchAll(this.unknownQuantity)) {
      const start = offset + m.index!;
      const end = start + m[0].length;
      // a known name inside a longer quantity noun ("单位生产总值能耗") does not make it known
      if (out.some((k) => k.indicator !== undefined && k.start < end && start < k.end && k.end >= end)) continue;
      if (GROWTH_WORDS.some((g) => m[0].endsWith(g)) || RELATIVE_WORDS.some((r) => m[0].endsWith(r.word))) continue;
      out.push({ start, end, word: m[0] });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
