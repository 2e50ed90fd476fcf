import * as w from "../../messages/checkWords.js";
import type { Registry } from "../../data/registry.js";
import { isLevelIndicator, isPercentValued, unitOf } from "../quantities.js";
import type { Claim, ClaimGap, ClaimKind, CountCondition, Measure, NumberToken, StatedMethod, Subject } from "../types.js";
import { paragraphStart, type ReadingContext } from "./context.js";
import { MentionFinder, type IndicatorMention, type SubjectMention } from "./mentions.js";
import { scanNumbers, type RankMention, type YearMention } from "./numbers.js";
import { paragraphs, type Segment } from "./segments.js";
import { notStatistic, readTable, tableCaption } from "./tables.js";

/** What the reader found in a text. */
export interface Extraction {
  text: string;
  claims: Claim[];
  /** Every number the scanner found (claims or not): the coverage denominator. */
  numbersFound: number;
  /** Place names that are not regions of the registry (cities, counties), in order of appearance. */
  unknownSubjects: string[];
}

/**
 * The roles a year mention plays: the year claimed, the comparison year (比2023年), the start of a from/to
 * (由2019年的), the start of a streak (自2006年以来; it does not carry to later sentences).
 */
type YearRole = "claim" | "base" | "from" | "since";

/** A sentence prepared for reading: its mentions with positions relative to the sentence. */
interface Sentence {
  seg: Segment;
  numbers: NumberToken[];
  ranks: RankMention[];
  years: (YearMention & { role: YearRole })[];
  subjects: (SubjectMention & { role: "subject" | "denominator" | "comparator" | "scope" })[];
  indicators: IndicatorMention[];
  clauseStarts: number[];
  /** Whether an earlier sentence of the paragraph spoke of projections (推算, 情景 …: they apply to this one too). */
  projectionBefore: boolean;
  /** Bracket pairs [open, close] (offsets in the sentence), outermost, in order. */
  asides: [number, number][];
  /** Cache of `parenthesisedSubject` by position. */
  parenthesised: Map<number, SubjectMention & { role: "subject" | "denominator" | "comparator" | "scope" } | undefined>;
}

const SORTED_TO = [...w.TO_WORDS].sort((a, b) => b.length - a.length);
/** "居全国首位", "位居榜首": rank 1 without a numeral. */
const FIRST_PLACE = new RegExp(`(${[...w.RANK_VERBS, ...w.RANK_VERBS_EXTRA].join("|")})(${w.NATIONAL_WORDS[0]})?(${w.FIRST_PLACE_WORDS.filter((x) => x.length > 1).join("|")})`, "g");
/** Cue words of growth rates; for changes in points the direction words (下降 …) are not cues of growth. */
const GROWTH_CUES = w.GROWTH_OR_FALL_WORDS;

/**
 * The claim grammar: reads a plain text paragraph by paragraph and sentence by sentence, and turns each
 * number into a typed claim with its subject, year, indicator and measure (see `Measure`), carrying year,
 * subject and indicator from earlier clauses (`ReadingContext`). Rules, in the order applied to a number:
 * its unit decides the family (个百分点 → points, % → share/growth/rate, 亿元 → level …); cue words
 * between it and the previous number decide the kind (占 → share, 增长/增速 → growth, 比上年 … 回落 →
 * change in points, 首次突破 → milestone, 由 … 至 → from/to years); its subject is the region in
 * parentheses before it ("江苏（5.8%）"), else the i-th region of a list before 分别, else the last region
 * of its clause, else the sentence's first region, else the paragraph's; regions after 占 are
 * denominators, regions before 平均水平 comparators, 全国 before 第N/前N a ranking scope.
 * Numbers the grammar cannot read as statistics become claims with a `gap` (not checkable).
 */
export class ClaimReader {
  private readonly finder: MentionFinder;

  constructor(registry: Registry) {
    this.finder = new MentionFinder(registry);
  }

  read(text: string): Extraction {
    const claims: Claim[] = [];
    const unknown: string[] = [];
    let numbersFound = 0;
    let ctx: ReadingContext = {};
    const paras = paragraphs(text);
    for (let i = 0; i < paras.length; i++) {
      const p = paras[i]!;
      ctx = paragraphStart(ctx);
      if (p.isTableRow) {
        let j = i;
        while (j + 1 < paras.length && paras[j + 1]!.isTableRow) j++;
        const table = readTable(paras.slice(i, j + 1), tableCaption(paras, i), (h) => this.finder.indicators(h).flatMap((x) => (x.indicator ? [{ word: x.word, unit: unitOf(x.indicator) }] : [])));
        for (const cell of table.cells) {
          const s = this.prepare(cell.synthetic, false);
          numbersFound += 1;
          // the claim of the cell's figure (a rank cell's claim starts at its 第)
          const found = readSentence(s, { year: ctx.year }).filter((c) => c.start <= cell.start && cell.start < c.end && c.kind !== "direction");
          const claim = found[0] ?? notStatistic(cell);
          // a disparity index in a row that is not the whole (组间, 组内：东部) is a component, not the index
          if (claim.measure?.kind === "index" && cell.rowName !== "" && !w.TOTAL_ROW_WORDS.includes(cell.rowName)) claim.gap = "noSubject";
          claims.push({ ...claim, span: cell.text, start: cell.start, end: cell.end, sentence: cell.row, stated: { ...claim.stated, start: cell.start, end: cell.end } });
        }
        i = j;
        continue;
      }
      // notes and source lines are read in their own context: their years and subjects do not carry
      const note = w.NOTE_LINE.test(p.text);
      const saved = ctx;
      if (note) ctx = { year: ctx.year };
      let projection = false;
      for (const seg of p.sentences) {
        const s = this.prepare(seg, projection);
        projection ||= w.PROJECTION.test(seg.text);
        numbersFound += s.numbers.length + s.ranks.length;
        for (const m of s.subjects) if (m.unknown && !unknown.includes(m.unknown)) unknown.push(m.unknown);
        const found = readSentence(s, ctx);
        claims.push(...found);
        ctx = carry(s, ctx, found);
      }
      if (note) ctx = saved;
    }
    claims.forEach((c, i) => (c.id = `c${i + 1}`));
    return { text, claims, numbersFound, unknownSubjects: unknown };
  }

  private prepare(seg: Segment, projectionBefore: boolean): Sentence {
    const { numbers, years, ranks } = scanNumbers(seg.text, seg.start);
    const subjects = this.finder.subjects(seg.text, seg.start);
    // "31个省份合计/加权": the province sum as a subject, not a count claim
    const kept: NumberToken[] = [];
    for (const n of numbers) {
      const after = seg.text.slice(n.end - seg.start, n.end - seg.start + 4);
      if (n.unitClass === "count" && n.value === 31 && !w.MEMBERS_AFTER.test(after)) subjects.push({ start: n.start, end: n.end, subject: { kind: "provinceSum", name: seg.text.slice(n.start - seg.start, n.end - seg.start) } });
      else kept.push(n);
    }
    subjects.sort((a, b) => a.start - b.start);
    for (const m of seg.text.matchAll(FIRST_PLACE)) {
      const start = seg.start + m.index! + m[0].length - m[3]!.length;
      ranks.push({ start, end: start + m[3]!.length, rank: 1, top: false, raw: m[3]!, decimals: 0, chinese: true });
    }
    ranks.sort((a, b) => a.start - b.start);
    return {
      seg,
      numbers: kept,
      ranks: ranks.filter((r) => w.FIRST_PLACE_WORDS.includes(r.raw) || isRankClaim(seg, r)),
      years: years.map((y) => ({ ...y, role: yearRole(seg, y) })),
      subjects: subjects.map((m) => ({ ...m, role: subjectRole(seg, m) })),
      indicators: this.finder.indicators(seg.text, seg.start),
      clauseStarts: clauseStartsOf(seg),
      projectionBefore,
      asides: bracketPairs(seg.text),
      parenthesised: new Map(),
    };
  }
}

/** Position of a document offset inside the sentence. */
const rel = (s: Sentence, offset: number) => offset - s.seg.start;
const textBetween = (s: Sentence, from: number, to: number) => s.seg.text.slice(Math.max(0, rel(s, from)), Math.max(0, rel(s, to)));

function yearRole(seg: Segment, y: YearMention): YearRole {
  const before = seg.text.slice(Math.max(0, y.start - seg.start - 8), y.start - seg.start).replace(/\s+/g, "");
  const after = seg.text.slice(y.end - seg.start, y.end - seg.start + 3);
  if (y.from !== undefined) return "claim";
  if (w.SINCE_YEAR_AFTER.test(after)) return "since";
  if (w.BASE_YEAR_BEFORE.test(before) || w.BASE_YEAR_AFTER.test(after)) return "base";
  if (w.FROM_YEAR_BEFORE.test(before.slice(-1))) return "from";
  return "claim";
}

function subjectRole(seg: Segment, m: SubjectMention): "subject" | "denominator" | "comparator" | "scope" {
  const before = seg.text.slice(Math.max(0, m.start - seg.start - 4), m.start - seg.start);
  const after = seg.text.slice(m.end - seg.start, m.end - seg.start + 6);
  if (w.COMPARATOR_AFTER.test(after)) return "comparator";
  if (w.COMPARED_BEFORE.test(before) && w.COMPARED_AFTER.test(after)) return "comparator";
  if (w.DENOMINATOR_BEFORE.test(before)) return "denominator";
  if (w.COMPARATOR_BEFORE.test(before)) return "comparator";
  if (m.subject?.kind === "national" && w.SCOPE_AFTER.test(after)) return "scope";
  if (m.subject?.kind === "national" && w.SCOPE_BEFORE.test(before)) return "scope";
  return "subject";
}

/** A rank mention is a claim only in ranking words: 居/列/排/并列/全国 before it or 位/名 after it. */
function isRankClaim(seg: Segment, r: RankMention): boolean {
  const before = seg.text.slice(Math.max(0, r.start - seg.start - 6), r.start - seg.start);
  const after = seg.text.slice(r.end - seg.start, r.end - seg.start + 3);
  if (w.NOT_RANK_AFTER.test(after)) return false;
  if (r.top) return w.TOP_CONTEXT_BEFORE.test(before) || w.TOP_CONTEXT_AFTER.test(after);
  return w.RANK_CONTEXT_BEFORE.test(before) || w.RANK_SUFFIX_CHAR.test(seg.text.slice(r.end - seg.start - 1, r.end - seg.start)) || w.ORDINAL_AFTER.test(after);
}

/** After a sentence: the context later sentences of the paragraph start from. */
function carry(s: Sentence, ctx: ReadingContext, claims: readonly Claim[]): ReadingContext {
  const next: ReadingContext = { ...ctx };
  // the kind of the sentence's last figure in %: growth rates carry to later figures in % without a cue
  const lastRate = [...claims].reverse().find((c) => c.stated.unitClass === "percent" && !c.gap && c.measure);
  if (lastRate) next.ratesAreGrowth = lastRate.measure!.kind === "growth";
  const claimYears = s.years.filter((y) => y.role === "claim");
  const lastYear = claimYears[claimYears.length - 1];
  if (lastYear) {
    next.year = lastYear.year;
    next.fromYear = lastYear.from;
  }
  const topic = s.subjects.find((m) => m.role === "subject");
  if (topic) {
    next.subject = topic.subject;
    next.unknownSubject = topic.unknown;
  }
  const lastIndicator = s.indicators[s.indicators.length - 1];
  if (lastIndicator) next.indicator = lastIndicator.indicator ?? null;
  const resp = respectivelyPositions(s).pop();
  const list = resp === undefined ? [] : respectivelyList(s, resp);
  if (list.length > 1) next.list = list.map((m) => ({ subject: m.subject, unknown: m.unknown }));
  else if (topic) delete next.list;
  return next;
}

/** Index of the last element with position < `pos`. */
function lastBefore<T extends { start: number }>(xs: readonly T[], pos: number, from = -Infinity): T | undefined {
  let found: T | undefined;
  for (const x of xs) if (x.start < pos && x.start >= from) found = x;
  return found;
}

/** Start (document offset) of the clause holding `pos`: after the last ，；：outside brackets. */
function clauseStart(s: Sentence, pos: number): number {
  let start = s.seg.start;
  for (const c of s.clauseStarts) {
    if (c > pos) break;
    start = c;
  }
  return start;
}

/** Clause starts of a sentence (document offsets): after each ，；：outside brackets. */
function clauseStartsOf(seg: Segment): number[] {
  const out = [seg.start];
  let depth = 0;
  for (let i = 0; i < seg.text.length; i++) {
    const c = seg.text[i]!;
    if (w.OPEN_BRACKETS.includes(c)) depth++;
    else if (w.CLOSE_BRACKETS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && w.CLAUSE_SEPARATORS.includes(c)) out.push(seg.start + i + 1);
  }
  return out;
}

/** Outermost bracket pairs of a sentence, [open, close] offsets in its text. */
function bracketPairs(t: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    if (w.OPEN_BRACKETS.includes(t[i]!)) {
      if (depth++ === 0) open = i;
    } else if (w.CLOSE_BRACKETS.includes(t[i]!) && depth > 0 && --depth === 0) out.push([open, i]);
  }
  return out;
}

/** True when document offset `at` lies inside a bracket pair that closes before `pos` (an aside: "城镇化率（城镇人口占…）为67%"). */
function insideClosedBracket(s: Sentence, at: number, pos: number): boolean {
  const a = rel(s, at);
  const p = rel(s, pos);
  return s.asides.some(([open, close]) => close < p && open < a && a < close);
}

/** True when a bracket holds nothing but this indicator's name: it names the quantity before it ("收入与支出之比（财政自给率）"). */
function namingAside(s: Sentence, m: IndicatorMention): boolean {
  const a = rel(s, m.start);
  return s.asides.some(([open, close]) => open < a && a < close && s.seg.text.slice(open + 1, close).trim() === m.word);
}

/** The sentence text between two document offsets with the asides that close inside it blanked (same length, so indices stay). */
function withoutAsides(s: Sentence, from: number, to: number): string {
  const a = Math.max(0, rel(s, from));
  const b = Math.max(0, rel(s, to));
  let text = s.seg.text.slice(a, b);
  for (const [open, close] of s.asides) if (open >= a && close < b) text = text.slice(0, open - a) + " ".repeat(close - open + 1) + text.slice(close - a + 1);
  return text;
}

/** Last occurrence (relative index) of any of `words` in `text`, with the word. */
function lastWord(text: string, words: readonly string[]): { at: number; word: string } | undefined {
  let best: { at: number; word: string } | undefined;
  for (const word of words) {
    const at = text.lastIndexOf(word);
    if (at >= 0 && (!best || at > best.at || (at === best.at && word.length > best.word.length))) best = { at, word };
  }
  return best;
}

/** The subject inside parentheses "江苏（5.8%）" or "平均水平（5.0%）": the mention right before the opening bracket. */
function parenthesisedSubject(s: Sentence, pos: number): Sentence["subjects"][number] | undefined {
  // asked several times per figure (subject, shared list): computed once per position
  if (s.parenthesised.has(pos)) return s.parenthesised.get(pos);
  const found = parenthesisedSubjectAt(s, pos);
  s.parenthesised.set(pos, found);
  return found;
}

function parenthesisedSubjectAt(s: Sentence, pos: number): Sentence["subjects"][number] | undefined {
  const t = s.seg.text;
  let i = rel(s, pos) - 1;
  while (i >= 0 && !w.OPEN_BRACKETS.includes(t[i]!) && !w.CLOSE_BRACKETS.includes(t[i]!) && !w.SENTENCE_ENDS.includes(t[i]!)) i--;
  if (i < 0 || !w.OPEN_BRACKETS.includes(t[i]!)) return undefined;
  const open = s.seg.start + i;
  // "（西部地区增长5.1%" names its own region inside the bracket
  if (s.subjects.some((m) => m.start > open && m.start < pos)) return undefined;
  const m = lastBefore(s.subjects, open);
  if (!m) return undefined;
  const gap = textBetween(s, m.end, open);
  if (m.role === "comparator") return w.AVERAGE_LEVEL.test(gap) ? m : undefined;
  return gap.trim() === "" ? m : undefined;
}

/**
 * The regions a figure or rank at `pos` applies to each of (a size band, 均为, a tie, a top N): the list of
 * regions joined only by 、和及与 that ends right before it — before the bracket holding it ("内蒙古、安徽、
 * 甘肃（并列第3位，均为5.8%）") or as the last regions of its clause ("北京和河北为4万亿元级"); with
 * `acrossClauses`, of an earlier clause ("…均为5.8%，并列全国第3位"). Empty when the list has fewer than two
 * regions or the figure is their sum (合计).
 */
function sharedList(s: Sentence, pos: number, acrossClauses = false): Sentence["subjects"] {
  const { list, sum } = listBefore(s, pos, acrossClauses);
  return list.length > 1 && !sum ? list : [];
}

/** The list of regions ending right before `pos` (see `sharedList`), and whether the figure is their sum (合计). */
function listBefore(s: Sentence, pos: number, acrossClauses = false): { list: Sentence["subjects"]; sum: boolean } {
  const subjects = s.subjects.filter((m) => m.role === "subject");
  const last = parenthesisedSubject(s, pos) ?? lastBefore(subjects, pos, clauseStart(s, pos)) ?? (acrossClauses ? lastBefore(subjects, pos) : undefined);
  if (!last || last.role !== "subject") return { list: [], sum: false };
  const list = [last];
  for (let i = subjects.indexOf(last) - 1; i >= 0 && w.LIST_GAP.test(textBetween(s, subjects[i]!.end, list[0]!.start)); i--) list.unshift(subjects[i]!);
  return { list, sum: w.SUM_OF_LIST.test(textBetween(s, last.end, pos)) };
}

/** A subject of a list (a mention, or carried from the previous sentence). */
type ListEntry = Pick<SubjectMention, "subject" | "unknown">;

/** Offsets (document) of the words that distribute a list (分别, 分列). */
function respectivelyPositions(s: Sentence): number[] {
  const t = s.seg.text;
  const out: number[] = [];
  for (const word of w.RESPECTIVELY_WORDS) for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) out.push(s.seg.start + i);
  return out.sort((a, b) => a - b);
}

/** The years (or spans) a 分别 at `at` distributes: a list of year mentions joined by 和、 in its clause, before it. */
function respectivelyYears(s: Sentence, at: number): { year: number; from?: number }[] {
  const cStart = clauseStart(s, at);
  const before = s.years.filter((y) => y.role === "claim" && y.start >= cStart && y.start < at);
  if (before.length < 2) return [];
  const list = [before[before.length - 1]!];
  for (let i = before.length - 2; i >= 0; i--) {
    if (!w.LIST_GAP.test(textBetween(s, before[i]!.end, list[0]!.start))) break;
    list.unshift(before[i]!);
  }
  return list.length > 1 ? list.map((y) => ({ year: y.year, ...(y.from !== undefined ? { from: y.from } : {}) })) : [];
}

/** The list of subjects (江苏、山东和浙江) that "分别" at `at` distributes, in order. */
function respectivelyList(s: Sentence, at: number): SubjectMention[] {
  const candidates = s.subjects.filter((m) => m.start < at && m.role === "subject");
  if (candidates.length === 0) return [];
  const list = [candidates[candidates.length - 1]!];
  for (let i = candidates.length - 2; i >= 0; i--) {
    const between = textBetween(s, candidates[i]!.end, list[0]!.start).replace(w.ASIDE, "");
    if (!w.LIST_GAP.test(between)) break;
    list.unshift(candidates[i]!);
  }
  return list;
}

/** Which family a number belongs to for pairing with a 分别 list (levels with levels, % with % …). */
function family(n: NumberToken): string {
  return n.unitClass === "currency" || n.unitClass === "people" ? `level:${n.baseUnit}` : n.unitClass;
}

function readSentence(s: Sentence, ctx: ReadingContext): Claim[] {
  const out: Claim[] = [];
  const t = s.seg.text;
  const respectively = respectivelyPositions(s);
  const structureRuns = structureGroups(s);
  const firstSubject = s.subjects.find((m) => m.role === "subject");

  const subjectFor = (pos: number, fam: string, list: ListEntry[] | undefined, index: number): { subject?: Subject; unknown?: string; gap?: ClaimGap } => {
    const par = parenthesisedSubject(s, pos);
    if (par) return { subject: par.subject, unknown: par.unknown };
    if (list && list.length > 1 && index < list.length) return { subject: list[index]!.subject, unknown: list[index]!.unknown };
    const cStart = clauseStart(s, pos);
    const inClause = lastBefore(
      s.subjects.filter((m) => m.role === "subject"),
      pos,
      cStart,
    );
    if (inClause) return { subject: inClause.subject, unknown: inClause.unknown };
    // the nearest earlier clause naming a region: its first region is that clause's topic
    // ("江苏是东部地区经济增速最快的，同比增长5.8%" → 江苏)
    const earlier = lastBefore(
      s.subjects.filter((m) => m.role === "subject"),
      cStart,
    );
    if (earlier) {
      const topic = s.subjects.find((m) => m.role === "subject" && clauseStart(s, m.start) === clauseStart(s, earlier.start))!;
      return { subject: topic.subject, unknown: topic.unknown };
    }
    if (ctx.subject || ctx.unknownSubject) return { subject: ctx.subject, unknown: ctx.unknownSubject };
    void fam;
    return { gap: "noSubject" };
  };

  const indicatorFor = (pos: number): string | null | undefined => {
    const m = lastBefore(
      s.indicators.filter((x) => !insideClosedBracket(s, x.start, pos) || namingAside(s, x)),
      pos,
    );
    if (m) return m.indicator ?? null;
    // "陕西（35437.1亿元）…经济总量在3万亿元以上": named after the figures
    const after = s.indicators.find((x) => x.start > pos);
    if (after && (ctx.indicator === undefined || clauseStart(s, after.start) === clauseStart(s, pos))) return after.indicator ?? null;
    return ctx.indicator;
  };

  const yearFor = (pos: number, fromValue: boolean, toValue: boolean): { year?: number; fromYear?: number; spanFrom?: number; asOfYear?: number } => {
    const claimYear = lastBefore(
      s.years.filter((y) => y.role === "claim"),
      pos,
    );
    const fromYearMention = lastBefore(
      s.years.filter((y) => y.role === "from"),
      pos,
    );
    const span = lastBefore(
      s.years.filter((y) => y.role === "claim" && y.from !== undefined),
      pos,
    );
    const spanFrom = span?.from ?? (claimYear ? undefined : ctx.fromYear);
    const year = claimYear?.year ?? ctx.year;
    // the later year of a from/to: named after the to-word ("增长至2024年的…"), else the claim year
    const toYear = s.years.filter((y) => y.role === "claim" && y.start > pos).reduce<number | undefined>((a, y) => Math.max(a ?? y.year, y.year), undefined);
    if (fromValue) {
      // "由2014年的6.00万亿元、2018年的8.15万亿元增至…": the year nearest before the value, after its from-word
      const fromWord = lastWord(textBetween(s, s.seg.start, pos), w.FROM_WORDS);
      const own = fromWord ? lastBefore(s.years.filter((y) => y.role !== "base" && y.role !== "since" && y.from === undefined), pos, s.seg.start + fromWord.at) : undefined;
      return { year: own?.year ?? fromYearMention?.year ?? spanFrom, fromYear: undefined, spanFrom, asOfYear: toYear ?? year };
    }
    if (toValue) return { year, fromYear: fromYearMention?.year ?? spanFrom, spanFrom };
    // "比修订后的2023年（2.58%）": a figure in brackets right after a year is that year's
    const yearBefore = lastBefore(s.years, pos);
    if (yearBefore && w.BRACKET_OPENING.test(textBetween(s, yearBefore.end, pos))) return { year: yearBefore.year, spanFrom };
    return { year, spanFrom };
  };

  // pairing counters per family, reset after each 分别 and after a from→to word
  const counters = new Map<string, number>();
  const fromToOf = new Map<Claim, "from" | "to">();
  let counterKey = "";

  const items: ({ kind: "number"; n: NumberToken } | { kind: "rank"; r: RankMention })[] = [
    ...s.numbers.map((n) => ({ kind: "number" as const, n })),
    ...s.ranks.map((r) => ({ kind: "rank" as const, r })),
  ].sort((a, b) => (a.kind === "number" ? a.n.start : a.r.start) - (b.kind === "number" ? b.n.start : b.r.start));

  for (const item of items) {
    const pos = item.kind === "number" ? item.n.start : item.r.start;
    const resp = lastBefore(
      respectively.map((r) => ({ start: r })),
      pos,
    );
    // a 分别 distributes its list over the figures after it, until another region is named; with no list
    // of its own ("按不变价格计算，分别比上年增长…") the list of the previous sentence of the paragraph
    const lastSubjectAfter = resp === undefined ? undefined : lastBefore(s.subjects.filter((m) => m.role === "subject"), pos, resp.start);
    const blocked = lastSubjectAfter !== undefined;
    let list: ListEntry[] | undefined = resp && !blocked ? respectivelyList(s, resp.start) : undefined;
    if (resp && !blocked && list!.length < 2 && ctx.list && !s.subjects.some((m) => m.role === "subject" && m.start < resp.start)) list = ctx.list;
    // "2023年和2024年分别为东部地区5.9%和4.9%": the 分别 distributes years over each region's figures
    const years = resp && !(list && list.length > 1) ? respectivelyYears(s, resp.start) : [];
    const fromTo = fromToRole(s, pos);
    const key = `${resp?.start ?? -1}:${fromTo.segment}`;
    if (key !== counterKey) {
      counters.clear();
      counterKey = key;
    }
    if (item.kind === "rank") {
      const fam = "rank";
      const index = counters.get(fam) ?? 0;
      counters.set(fam, index + 1);
      out.push(...rankClaims(s, item.r, list, index, subjectFor, indicatorFor, yearFor));
      continue;
    }
    const n = item.n;
    const fam = family(n);
    const index = counters.get(fam) ?? 0;
    counters.set(fam, index + 1);
    const who = subjectFor(pos, fam, list, index);
    const named = indicatorFor(pos);
    let { year, fromYear, spanFrom, asOfYear } = yearFor(pos, fromTo.role === "from", fromTo.role === "to");
    if (years.length > 1) {
      const k = s.numbers.filter((x) => family(x) === fam && x.start >= (lastSubjectAfter ?? resp!).start && x.start < pos).length;
      const y = years[k];
      if (y) ({ year, fromYear, spanFrom } = { year: y.year, fromYear: y.from, spanFrom: y.from });
    }
    const structure = structureRuns.get(n.start);
    const { kind, measure, gap, comparatorAt, indicator: part, relativeTo } = structure !== undefined ? { kind: "structure" as const, measure: { kind: "structure" as const, part: structure }, gap: undefined, comparatorAt: undefined, indicator: undefined, relativeTo: undefined } : classify(s, n, named, year, fromTo.role, fromYear, spanFrom, ctx.ratesAreGrowth === true);
    // 增速 alone is GDP growth; a fall (下降17.9%) of something unnamed is not
    const fallOfUnnamed = measure?.kind === "growth" && measure.sign === -1;
    const indicator = part ?? (named === undefined && !fallOfUnnamed && (kind === "growth" || kind === "points" || kind === "count") ? w.DEFAULT_GROWTH_INDICATOR : named);
    if (comparatorAt !== undefined && who.subject && measure?.kind === "points" && measure.comparator && who.subject.name === measure.comparator.name) {
      // "中部地区…高于东北地区0.6个百分点": the subject is the region before the comparator
      const before = lastBefore(
        s.subjects.filter((m) => m.role === "subject" && m.subject?.name !== measure.comparator!.name),
        comparatorAt,
      );
      who.subject = before?.subject ?? ctx.subject;
    }
    const claim: Claim = {
      id: "",
      sentence: t,
      span: t.slice(rel(s, n.start), rel(s, n.end)),
      start: n.start,
      end: n.end,
      kind,
      ...(who.subject ? { subject: who.subject } : {}),
      ...(who.unknown ? { unknownSubject: who.unknown } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(asOfYear !== undefined && asOfYear !== year ? { asOfYear } : {}),
      ...(indicator ? { indicator: structure !== undefined ? "structure" : indicator } : structure !== undefined ? { indicator: "structure" } : {}),
      ...(measure ? { measure } : {}),
      ...statedMethod(s, n.start),
      ...(textBetween(s, s.seg.start, n.start).includes(w.MAINLAND) ? { mainland: true } : {}),
      stated: n,
    };
    if (measure?.kind === "points" && measure.absolute) {
      // "江苏增速最快（5.7%），广东增速最慢（3.5%），相差2.2个百分点": the gap between the two regions before
      const previous = out.filter((x) => x.subject && x.kind === "growth").slice(-2);
      if (previous.length === 2 && previous[0]!.subject!.name !== previous[1]!.subject!.name) {
        claim.subject = previous[0]!.subject;
        claim.measure = { ...measure, comparator: previous[1]!.subject };
        if (previous[0]!.year !== undefined) claim.year = previous[0]!.year;
      } else claim.gap = "noMeasure";
    }
    if (measure?.kind === "relative" && relativeTo) {
      // "东部地区…与中部、西部和东北地区之比分别由1.66、1.80和1.67…": about the first region, relative to the one
      // the subject rules give (here the 分别 list); 前者/后者 name both
      const other = measure.of !== relativeTo ? measure.of : who.subject;
      if (other && other.name !== relativeTo.name) {
        claim.subject = relativeTo;
        claim.measure = { ...measure, of: other };
      } else claim.gap = "noSubject";
    }
    if (measure?.kind === "points" && measure.spread) {
      // the spread is about the group the sentence describes ("东部地区10个省份中，…区内最高与最低…")
      const group = s.subjects.find((m) => m.role === "subject" && m.subject?.kind === "group")?.subject ?? (ctx.subject?.kind === "group" ? ctx.subject : undefined);
      if (group) claim.subject = group;
      else delete claim.subject;
    }
    if (measure?.kind === "count") {
      // a count is about its scope (a group, or the nation), not about the last region named
      claim.subject = measure.within ?? { kind: "national", name: w.NATIONAL_WORDS[0]! };
      delete claim.unknownSubject;
    }
    if (measure?.kind === "index") {
      // disparity indices describe the provincial distribution as a whole
      delete claim.subject;
      delete claim.unknownSubject;
    }
    const missing =
      gap ??
      // figures of a quarter or a few months are not the annual statistics the store holds
      (isSubAnnual(withoutAsides(s, s.seg.start, n.start)) ? "notStatistic" : undefined) ??
      // nor are projections, scenarios and targets
      (s.projectionBefore || w.PROJECTION.test(textBetween(s, s.seg.start, n.start)) ? "notStatistic" : undefined) ??
      (measure?.kind === "count" || measure?.kind === "index" ? undefined : who.gap ?? (who.unknown ? "unknownSubject" : undefined)) ??
      (claim.indicator === undefined && measure?.kind !== "count" ? (indicator === null ? "notStatistic" : "noIndicator") : undefined) ??
      (year === undefined ? "noYear" : undefined);
    if (missing) claim.gap = missing;
    // "江苏和浙江地区生产总值合计超过22万亿元": a figure of several regions together is not the last one's
    if (!claim.gap && !(list && list.length > 1) && w.SUM_OF_LIST.test(t)) {
      const together = listBefore(s, pos);
      if (together.sum && together.list.length > 1) claim.gap = "noSubject";
    }
    // "广东和江苏在10万亿元以上", "内蒙古、安徽和甘肃增速均为5.8%": the figure holds for each region of the list
    const each = !claim.gap && !(list && list.length > 1) && (measure?.kind === "level" || measure?.kind === "growth") && (isBand(n) || w.EACH_BEFORE.test(textBetween(s, clauseStart(s, pos), pos))) ? sharedList(s, pos) : [];
    if (each.length > 1) out.push(...each.map((m) => ({ ...claim, subject: m.subject })));
    else out.push(claim);
    if (fromTo.role) fromToOf.set(claim, fromTo.role);
  }
  currencyOfRates(out);
  return [...out, ...directionClaims(s, out, fromToOf)];
}

/** A growth rate given with its level in a currency ("外贸进出口额达10457.2亿元，同比增长9.4%") is a rate in that currency. */
function currencyOfRates(claims: Claim[]): void {
  for (const c of claims) {
    if (c.measure?.kind !== "growth" || c.gap) continue;
    const level = claims.find((l) => l.measure?.kind === "level" && l.stated.unitClass === "currency" && l.indicator === c.indicator && l.subject?.name === c.subject?.name && l.start < c.start);
    if (level) c.measure = { ...c.measure, currency: level.stated.baseUnit };
  }
}

/**
 * The directions of a sentence's from/to pairs ("略有下降，分别由2023年的21.5%下降到2024年的21.44%"):
 * for each to-value with a from-value of the same region and kind, a claim that the quantity rose or fell,
 * when a direction word stands between them (下降到, 增至) or in the clauses before the from-word (占比略有
 * 下降，分别由…). Its span is that word.
 */
function directionClaims(s: Sentence, claims: readonly Claim[], roles: ReadonlyMap<Claim, "from" | "to">): Claim[] {
  const out: Claim[] = [];
  for (const to of claims) {
    if (roles.get(to) !== "to" || to.gap || !to.subject || to.year === undefined) continue;
    const kind = to.measure?.kind;
    if (kind !== "share" && kind !== "level" && kind !== "growth") continue;
    const from = [...claims].reverse().find((f) => roles.get(f) === "from" && f.start < to.start && !f.gap && f.subject?.name === to.subject!.name && f.measure?.kind === kind && f.indicator === to.indicator);
    if (!from || from.year === undefined || from.year >= to.year) continue;
    const word = directionWord(s, from, to);
    if (!word) continue;
    const base: "share" | "level" | "growth" = kind;
    const of = to.measure?.kind === "share" ? { ...(to.measure.of ? { of: to.measure.of } : {}), ...(to.measure.ofIndicator ? { ofIndicator: to.measure.ofIndicator } : {}) } : {};
    out.push({
      id: "",
      sentence: to.sentence,
      span: word.word,
      start: word.start,
      end: word.start + word.word.length,
      kind: "direction",
      subject: to.subject,
      year: to.year,
      ...(to.indicator ? { indicator: to.indicator } : {}),
      measure: { kind: "direction", base, fromYear: from.year, sign: word.sign, ...of },
      ...(to.method ? { method: to.method } : {}),
      ...(to.mainland ? { mainland: true } : {}),
      stated: { start: word.start, end: word.start + word.word.length, raw: word.word, value: 1, decimals: 0, unit: "", unitClass: "plain", scale: 1, baseUnit: "", approx: "exact", chinese: false },
    });
  }
  return out;
}

/** The direction word of a from/to pair: between the values (the to-word), else in the two clauses before the from-word. */
function directionWord(s: Sentence, from: Claim, to: Claim): { word: string; start: number; sign: 1 | -1 } | undefined {
  const find = (a: number, b: number) => {
    const text = textBetween(s, a, b);
    const up = lastWord(text, w.DIRECTION_UP_WORDS);
    const down = lastWord(text, w.DIRECTION_DOWN_WORDS);
    const hit = (up?.at ?? -1) > (down?.at ?? -1) ? up && { ...up, sign: 1 as const } : down && { ...down, sign: -1 as const };
    return hit ? { word: hit.word, start: a + hit.at, sign: hit.sign } : undefined;
  };
  const fromWord = lastWord(textBetween(s, s.seg.start, from.start), w.FROM_WORDS);
  if (!fromWord) return undefined;
  const between = find(from.end, to.start);
  if (between) return between;
  // a neutral to-word (变化至, 调整为) says no direction; one said before ("占比略有下降，分别由…至…") only in
  // the clause right before the from-word, and only when that clause has no figure of its own
  if (lastWord(textBetween(s, from.end, to.start), w.NEUTRAL_TO_WORDS)) return undefined;
  const fromAt = s.seg.start + fromWord.at;
  const fromClause = clauseStart(s, fromAt);
  const previousClause = clauseStart(s, Math.max(s.seg.start, fromClause - 1));
  if (previousClause === fromClause || s.numbers.some((x) => x.start >= previousClause && x.start < fromClause)) return undefined;
  return find(previousClause, fromAt);
}

/** The method the sentence names before `pos` for a group's value ("按人口加权的板块均值计算"), the last one. */
function statedMethod(s: Sentence, pos: number): { method?: StatedMethod } {
  const before = textBetween(s, s.seg.start, pos);
  let best: { at: number; method: StatedMethod } | undefined;
  for (const { pattern, method } of w.METHOD_NAMES) for (const m of before.matchAll(pattern)) if (!best || m.index! > best.at) best = { at: m.index!, method };
  return best ? { method: best.method } : {};
}

/** A size band: at least, at most or between stated bounds (10万亿元以上, 不足1万亿元, 4万亿元级, 5万亿~10万亿元). */
function isBand(n: NumberToken): boolean {
  return (n.unitClass === "currency" || n.unitClass === "people") && (n.approx === "between" || ((n.approx === "over" || n.approx === "under") && n.approxWord !== undefined && w.BAND_APPROX_WORDS.includes(n.approxWord)));
}

/** Whether a number is the start ("由39.0%") or end ("变化至43.2%") of a from/to pair, and which part of the sentence it is in. */
function fromToRole(s: Sentence, pos: number): { role: "from" | "to" | undefined; segment: number } {
  const cStart = s.seg.start;
  const text = textBetween(s, cStart, pos);
  const from = lastWord(text, w.FROM_WORDS);
  if (!from) return { role: undefined, segment: 0 };
  const afterFrom = s.seg.text.slice(from.at + 1);
  // only a from-word that starts a from/to construction (followed by a number or a year)
  if (!w.FROM_START.test(afterFrom) && !w.NUMBER_IN_CLAUSE.test(afterFrom)) return { role: undefined, segment: 0 };
  const upTo = text.slice(from.at + 1);
  const to = SORTED_TO.map((word) => ({ word, at: upTo.lastIndexOf(word) })).filter((x) => x.at >= 0 && /\d/.test(upTo.slice(0, x.at))).sort((a, b) => b.at - a.at)[0];
  if (!to) return { role: "from", segment: from.at };
  return { role: "to", segment: from.at + 1 + to.at };
}

/** Numbers forming an "a:b:c" structure, by start offset → part index. */
function structureGroups(s: Sentence): Map<number, 0 | 1 | 2> {
  const out = new Map<number, 0 | 1 | 2>();
  const ns = s.numbers;
  for (let i = 0; i + 2 < ns.length; i++) {
    const sep1 = textBetween(s, ns[i]!.end, ns[i + 1]!.start);
    const sep2 = textBetween(s, ns[i + 1]!.end, ns[i + 2]!.start);
    if (w.STRUCTURE_SEPARATOR.test(sep1) && w.STRUCTURE_SEPARATOR.test(sep2) && ns.slice(i, i + 3).every((n) => n.unit === "")) {
      out.set(ns[i]!.start, 0);
      out.set(ns[i + 1]!.start, 1);
      out.set(ns[i + 2]!.start, 2);
      i += 2;
    }
  }
  return out;
}

/** The kind and measure of a number from its unit and the cue words before it. */
function classify(
  s: Sentence,
  n: NumberToken,
  indicator: string | null | undefined,
  year: number | undefined,
  fromTo: "from" | "to" | undefined,
  fromYear: number | undefined,
  spanFrom: number | undefined,
  ratesAreGrowth = false,
): { kind: ClaimKind; measure?: Measure; gap?: ClaimGap; comparatorAt?: number; indicator?: string; relativeTo?: Subject } {
  const cStart = clauseStart(s, n.start);
  // the values of a from/to ("由…的21.6%…下降到…21.43%") are of the kind named before the from-word
  const fromWord = fromTo ? lastWord(textBetween(s, s.seg.start, n.start), w.FROM_WORDS) : undefined;
  const sentenceBefore = withoutAsides(s, s.seg.start, fromWord ? s.seg.start + fromWord.at : n.start);
  const clauseBefore = withoutAsides(s, cStart, n.start);
  const prevNumber = lastBefore(s.numbers, n.start);
  const window = textBetween(s, Math.max(cStart, prevNumber?.end ?? cStart), n.start);
  const isIndex = typeof indicator === "string" && indicator.startsWith("index:");
  const denominator = s.subjects.find((m) => m.role === "denominator" && m.start < n.start && m.start >= cStart);
  const sentenceDenominator = s.subjects.filter((m) => m.role === "denominator" && m.start < n.start).pop();
  const shareCue = lastWord(sentenceBefore, w.SHARE_WORDS);
  // direction words (下降, 回落) before a change in points or a from/to are not cues of a growth rate
  const growthCue = lastWord(sentenceBefore, n.unitClass === "points" || fromTo ? w.GROWTH_WORDS : GROWTH_CUES);
  const latest = (shareCue?.at ?? -1) > (growthCue?.at ?? -1) ? "share" : growthCue ? "growth" : undefined;

  if (w.PER_YEAR_BEFORE.test(window)) return { kind: "index", gap: "noMeasure" };
  const relative = relativeOf(s, n, sentenceBefore);
  if (relative) return relative;
  if (isIndex && (n.unitClass === "plain" || n.unitClass === "currency")) return { kind: "index", measure: { kind: "index", index: indicator.slice("index:".length) as never } };
  switch (n.unitClass) {
    case "points": {
      const comparator = s.subjects.filter((m) => m.role === "comparator" && m.start >= cStart && m.start < n.start).pop();
      const above = lastWord(clauseBefore, w.ABOVE_WORDS);
      const below = lastWord(clauseBefore, w.BELOW_WORDS);
      const base: "growth" | "share" | "level" = isPercentValued(indicator) ? "level" : latest === "share" ? "share" : "growth";
      // "区内最高与最低增速相差2.2个百分点": the spread of the group's members
      if (lastWord(window, w.DIFFERENCE_WORDS) && w.SPREAD.test(clauseBefore)) return { kind: "points", measure: { kind: "points", base, spread: true } };
      // "相差2.2个百分点" right after two figures: their gap (checked before comparison words further back)
      if (lastWord(window, w.DIFFERENCE_WORDS)) {
        return { kind: "points", measure: { kind: "points", base, absolute: true } };
      }
      if (comparator && (above || below)) {
        const sign = (above?.at ?? -1) > (below?.at ?? -1) ? 1 : -1;
        return { kind: "points", measure: { kind: "points", base, comparator: comparator.subject, sign } };
      }
      if (above || below) {
        // "高于东北地区0.6个百分点": the region right after the comparison word
        const word = (above?.at ?? -1) > (below?.at ?? -1) ? above! : below!;
        const at = cStart + word.at + word.word.length;
        const other = s.subjects.find((m) => m.start >= at && m.start < n.start && m.subject);
        if (other) return { kind: "points", measure: { kind: "points", base, comparator: other.subject, sign: word === above ? 1 : -1 }, comparatorAt: other.start };
      }
      const baseYear = s.years.filter((y) => y.role === "base" && y.start < n.start).pop()?.year;
      const prevYearWord = w.PREVIOUS_YEAR_WORDS.some((x) => clauseBefore.includes(x)) || w.COMPARED_WITH_PREVIOUS.some((x) => sentenceBefore.includes(x)) || clauseBefore.includes(w.YEAR_ON_YEAR);
      const from = fromTo === "to" ? fromYear : baseYear ?? (prevYearWord && year !== undefined ? year - 1 : spanFrom);
      // "分别下降0.08和0.03个百分点": a figure of a list takes the direction before the list
      const directionText = prevNumber && prevNumber.start >= cStart && w.LIST_GAP.test(window) ? textBetween(s, cStart, prevNumber.start) : window;
      const up = lastWord(directionText, w.UP_WORDS);
      const down = lastWord(directionText, w.DOWN_WORDS);
      const sign = up || down ? ((up?.at ?? -1) > (down?.at ?? -1) ? 1 : -1) : undefined;
      if (from === undefined) return { kind: "points", gap: "noMeasure" };
      return { kind: "points", measure: { kind: "points", base, fromYear: from, ...(sign ? { sign } : {}), ...(base === "share" && sentenceDenominator?.subject ? { of: sentenceDenominator.subject } : {}) } };
    }
    case "percent": {
      // "上市公司275家，占全国的比重为47.8%": a rate of the thing just counted, not of a held indicator
      if (prevNumber?.unitClass === "other" && !s.indicators.some((m) => m.indicator && m.start > prevNumber.end && m.start < n.start)) return { kind: latest === "share" ? "share" : "growth", gap: "notStatistic" };
      if (isPercentValued(indicator) && latest !== "share" && !growthCueNear(window)) return { kind: "level", measure: { kind: "level" } };
      if (latest === "share" || denominator) {
        const of = s.subjects.filter((m) => m.role === "denominator" && m.start < n.start).pop();
        // "第三产业增加值占地区生产总值的比重由…": a share of another indicator of the same region
        const partOf = shareOfIndicator(s, n, fromWord ? s.seg.start + fromWord.at : n.start);
        if (partOf) return partOf.whole ? { kind: "share", measure: { kind: "share", ofIndicator: partOf.whole }, indicator: partOf.part } : { kind: "share", gap: "noMeasure" };
        return { kind: "share", measure: { kind: "share", ...(of?.subject ? { of: of.subject } : {}) } };
      }
      // "名义年均分别增长6.7%和5.9%": a figure of a list after a growth rate is one too
      const listAfterGrowth = prevNumber !== undefined && prevNumber.unitClass === "percent" && prevNumber.start >= cStart && w.LIST_GAP.test(window) && growthCueNear(textBetween(s, cStart, prevNumber.start));
      if (latest === "growth" || growthCueNear(window) || listAfterGrowth) {
        const fall = w.FALL_BEFORE.test(window.replace(w.APPROX_TAIL, ""));
        // "年均增速接近10%" after "由2014年的…增长至2024年的…": compound annual growth since the from-year
        const since = w.ANNUAL_AVERAGE.test(clauseBefore) ? fromYear ?? spanFrom : undefined;
        // "增速比上年回落1.4%": a change of a rate is written in 个百分点; the % may be a slip (said when contradicted)
        const pointsLikely = w.COMPARED_WITH_PREVIOUS.some((x) => clauseBefore.includes(x)) && lastWord(window, w.POINTS_CHANGE_WORDS) !== undefined;
        return { kind: "growth", measure: { kind: "growth", ...(fall ? { sign: -1 as const } : {}), ...(since !== undefined ? { annualFrom: since } : {}), ...(pointsLikely ? { pointsLikely } : {}) } };
      }
      // "以5.8%的经济增速": the cue after the figure, in its clause
      const after = s.seg.text.slice(rel(s, n.end), clauseEnd(s, n.end));
      if (w.SHARE_WORDS.some((x) => after.includes(x))) return { kind: "share", measure: { kind: "share" } };
      if (GROWTH_CUES.some((x) => after.includes(x))) return { kind: "growth", measure: { kind: "growth" } };
      // "中部地区6个省份中，安徽（5.8%）…高于平均水平": the paragraph's figures in % have been growth rates
      if (ratesAreGrowth && !isPercentValued(indicator)) return { kind: "growth", measure: { kind: "growth" } };
      return { kind: "growth", gap: "noMeasure" };
    }
    case "currency":
    case "people": {
      // "首次突破9万亿元、5万亿元和2万亿元": every figure of the list after the milestone word
      const milestoneWord = lastWord(window, w.MILESTONE_WORDS) ?? (prevNumber && prevNumber.start >= cStart && w.LIST_GAP.test(window) ? lastWord(clauseBefore, w.MILESTONE_WORDS) : undefined);
      if (clauseBefore.includes(w.FIRST_TIME) && milestoneWord) return { kind: "milestone", measure: { kind: "milestone", first: true } };
      if (clauseBefore.includes(w.FIRST_AMONG) && milestoneWord) return { kind: "milestone", measure: { kind: "milestone", first: true, firstAmongProvinces: true } };
      if (textBetween(s, n.end, n.end + 4).startsWith(w.MILESTONE_AFTER)) return { kind: "milestone", measure: { kind: "milestone", first: clauseBefore.includes(w.FIRST_TIME) } };
      if (w.EACH_BEFORE.test(window) && s.numbers.some((x) => x.unitClass === "count" && x.start < n.start)) return { kind: "level", gap: "noSubject" };
      // "超过10万亿元的省份有2个", "有五个省份地区生产总值超过10万亿元": a threshold of a count, not a level claim
      if (w.THRESHOLD_OF_COUNT_AFTER.test(textBetween(s, n.end, n.end + 8))) return { kind: "level", gap: "noSubject" };
      if ((n.approx === "over" || n.approx === "under") && s.numbers.some((x) => x.unitClass === "count" && x.start >= cStart && x.start < n.start)) return { kind: "level", gap: "noSubject" };
      const change = lastWord(window, [...w.UP_WORDS, ...w.DOWN_WORDS].filter((x) => x.length >= 2));
      const compared = w.COMPARED_IN_CLAUSE.test(clauseBefore);
      if (change && compared && change.at + change.word.length >= window.trimEnd().length - 1 && year !== undefined) {
        const baseYear = s.years.filter((y) => y.role === "base" && y.start < n.start).pop()?.year;
        const sign = w.UP_WORDS.includes(change.word) ? 1 : -1;
        return { kind: "level", measure: { kind: "change", fromYear: baseYear ?? year - 1, sign } };
      }
      return { kind: "level", measure: { kind: "level" } };
    }
    case "count":
      return { kind: "count", ...countMeasure(s, n, indicator) };
    case "plain":
      if (indicator === "urban_rural_income_ratio") return { kind: "ratio", measure: { kind: "level" } };
      if (w.PROVINCE_COUNT_HEADER.test(window.trim()) && Number.isInteger(n.value)) {
        const group = s.subjects.filter((x) => x.role === "subject" && x.subject?.kind === "group" && x.start < n.start).pop()?.subject;
        return { kind: "count", measure: { kind: "count", condition: { kind: "members" }, ...(group ? { within: group } : {}) } };
      }
      return { kind: "level", gap: "notStatistic" };
    case "multiple":
      return { kind: "ratio", gap: "noMeasure" };
    default:
      return { kind: "level", gap: "notStatistic" };
  }
}

/**
 * "第三产业增加值占地区生产总值的比重为52.9%": a share whose denominator is another indicator named after 占
 * (before `to`, the number or the from-word of a from/to). `whole` is that indicator when both are held
 * levels the checker can divide; undefined when the denominator is not held (a share of something else).
 */
function shareOfIndicator(s: Sentence, n: NumberToken, to: number): { part: string; whole?: string } | undefined {
  const cStart = clauseStart(s, n.start);
  const text = withoutAsides(s, cStart, to);
  const at = text.lastIndexOf(w.SHARE_WORDS[0]!);
  if (at < 0) return undefined;
  const after = s.indicators.filter((m) => m.start > cStart + at && m.start < to);
  if (after.length === 0) return undefined;
  const whole = after[0]!.indicator;
  const part = lastBefore(s.indicators, cStart + at, cStart)?.indicator;
  // "广东GDP占全国GDP的10.5%", "广东占全国GDP的…": a share of a region in a larger one
  if (part === undefined || part === whole) return undefined;
  return { part, ...(whole && isLevelIndicator(whole) && isLevelIndicator(part) ? { whole } : {}) };
}

/**
 * Two regions compared: "东部与西部地区人均地区生产总值之比由1.80变为1.65" (ratio of the first's level to the
 * second's), "差额由30308元变为48489元" (difference), "东部地区最高，西部地区最低，前者是后者的1.60倍". The
 * claim is about the first region; the second comes from the subject rules (so a 分别 list distributes it),
 * or for 前者/后者 is the second region named. `relativeTo` names the first region.
 */
function relativeOf(s: Sentence, n: NumberToken, before: string): { kind: ClaimKind; measure: Measure; relativeTo: Subject; indicator?: string } | undefined {
  const subjects = s.subjects.filter((m) => m.role === "subject" && m.subject && m.start < n.start);
  if (n.unitClass === "multiple" && w.FORMER_TO_LATTER.test(textBetween(s, clauseStart(s, n.start), n.start))) {
    const [first, second] = subjects.filter((m, k) => subjects.findIndex((x) => x.subject!.name === m.subject!.name) === k);
    if (!first || !second) return undefined;
    return { kind: "ratio", measure: { kind: "relative", op: "ratio", of: second.subject! }, relativeTo: first.subject! };
  }
  if (n.unitClass !== "plain" && n.unitClass !== "currency") return undefined;
  const word = lastWord(before, w.RELATIVE_WORDS.map((x) => x.word));
  if (!word) return undefined;
  const op = w.RELATIVE_WORDS.find((x) => x.word === word.word)!.op;
  if ((op === "ratio") !== (n.unitClass === "plain")) return undefined;
  // the pair: the region before 与 and the regions after it, before the first relative word
  const pairEnd = s.seg.start + Math.min(...w.RELATIVE_WORDS.map((x) => before.indexOf(x.word)).filter((i) => i >= 0));
  // 与 before 和: "东部地区…与中部、西部和东北地区之比" pairs 东部 with the list
  const pairText = textBetween(s, s.seg.start, pairEnd);
  const joiner = lastWord(pairText, w.PAIR_JOINERS.slice(0, 1)) ?? lastWord(pairText, w.PAIR_JOINERS.slice(1));
  if (!joiner) return undefined;
  const first = lastBefore(subjects, s.seg.start + joiner.at);
  if (!first) return undefined;
  // one region after 与 is the other of the pair; a list of them is distributed by the subject rules (分别)
  const others = subjects.filter((m) => m.start > s.seg.start + joiner.at && m.start < pairEnd);
  const of = others.length === 1 ? others[0]!.subject! : first.subject!;
  return { kind: op === "ratio" ? "ratio" : "level", measure: { kind: "relative", op, of }, relativeTo: first.subject! };
}

/** True when the text names a period shorter than a year (前三季度, 1~7月); January–December is a year. */
function isSubAnnual(text: string): boolean {
  const m = w.SUBANNUAL.exec(text);
  return m !== null && !w.WHOLE_YEAR_MONTHS.test(m[0]);
}

function growthCueNear(window: string): boolean {
  return GROWTH_CUES.some((g) => window.includes(g));
}

/** The condition and scope of a count of provinces. */
function countMeasure(s: Sentence, n: NumberToken, indicator: string | null | undefined): { measure?: Measure; gap?: ClaimGap } {
  const cStart = clauseStart(s, n.start);
  const clause = s.seg.text.slice(rel(s, cStart), clauseEnd(s, n.end));
  const after = textBetween(s, n.end, n.end + 2);
  const cEnd = s.seg.start + clauseEnd(s, n.end);
  const groupBefore = s.subjects.filter((m) => m.role === "subject" && m.start < n.start && m.subject?.kind === "group").pop();
  const top = s.ranks.find((r) => r.top && r.start >= cStart && r.start < cEnd);
  const topBefore = s.ranks.filter((r) => r.top && r.start < n.start).pop();
  const growthWords = w.GROWTH_IN_CLAUSE.test(clause) || (topBefore !== undefined && w.GROWTH_IN_CLAUSE.test(textBetween(s, s.seg.start, topBefore.start)));
  let condition: CountCondition | undefined;
  // "12个省份中" counts a group's members; "居全国前十的10个省份中" counts the top ten
  if (w.MEMBERS_AFTER.test(after)) condition = top && top.start < n.start ? { kind: "topN", n: top.rank, by: growthWords ? "growth" : "level" } : { kind: "members" };
  // the group counted in: named before the count, else later in its clause ("有6个省份位于东部地区")
  const within = groupBefore ?? (condition ? undefined : s.subjects.find((m) => m.role === "subject" && m.subject?.kind === "group" && m.start >= cStart && m.start < cEnd));
  const withinSubject = within?.subject;
  if (!condition && (top || topBefore)) condition = { kind: "topN", n: (top ?? topBefore)!.rank, by: growthWords ? "growth" : "level" };
  if (!condition && (w.ABOVE_NATIONAL.test(clause) || w.BELOW_NATIONAL.test(clause))) {
    const above = w.ABOVE_NATIONAL.test(clause);
    if (w.GROWTH_IN_CLAUSE.test(clause)) condition = { kind: above ? "growthAboveNational" : "growthBelowNational" };
    // "7个省份高于全国水平" (R&D intensity): the level of a rate or percentage against the nation's
    else if (isPercentValued(indicator)) condition = { kind: above ? "levelAboveNational" : "levelBelowNational" };
  }
  if (!condition) {
    // the threshold of the count: in its clause (before or after the count), else earlier in the sentence
    const bound = (x: NumberToken) => (x.unitClass === "currency" || x.unitClass === "people") && (x.approx === "over" || x.approx === "under");
    const threshold = s.numbers.filter((x) => bound(x) && x.start >= cStart && x.start < n.start).pop() ?? s.numbers.find((x) => bound(x) && x.start > n.end && x.start < cEnd) ?? s.numbers.filter((x) => bound(x) && x.start < n.start).pop();
    if (threshold) condition = { kind: threshold.approx === "under" ? "levelBelow" : "levelAbove", threshold: threshold.value * threshold.scale };
  }
  if (!condition) return { gap: "noMeasure" };
  return { measure: { kind: "count", condition, ...(withinSubject ? { within: withinSubject } : {}) } };
}

function clauseEnd(s: Sentence, pos: number): number {
  const t = s.seg.text;
  let i = rel(s, pos);
  while (i < t.length && !w.CLAUSE_SEPARATORS.includes(t[i]!)) i++;
  return i;
}

/** Rank claims of a rank mention: one per subject (a tie "甘肃、内蒙古…并列全国第3" names several). */
function rankClaims(
  s: Sentence,
  r: RankMention,
  list: ListEntry[] | undefined,
  index: number,
  subjectFor: (pos: number, fam: string, list: ListEntry[] | undefined, index: number) => { subject?: Subject; unknown?: string; gap?: ClaimGap },
  indicatorFor: (pos: number) => string | null | undefined,
  yearFor: (pos: number, from: boolean, to: boolean) => { year?: number },
): Claim[] {
  const t = s.seg.text;
  const before = textBetween(s, s.seg.start, r.start);
  const tied = w.TIED_BEFORE.test(before.replace(/\s+/g, "")) || w.TIED_NEAR.test(before);
  const growth = lastWord(before, w.RANK_BY_GROWTH_WORDS);
  const level = lastWord(before, w.RANK_BY_LEVEL_WORDS);
  const ordinal = w.ORDINAL_OF_SIZE.test(t.slice(rel(s, r.end)));
  const by: "level" | "growth" = !ordinal && (growth?.at ?? -1) > (level?.at ?? -1) ? "growth" : "level";
  const indicator = indicatorFor(r.start);
  const { year } = yearFor(r.start, false, false);
  const token: NumberToken = { start: r.start, end: r.end, raw: r.raw, value: r.rank, decimals: 0, unit: "", unitClass: "rank", scale: 1, baseUnit: "", approx: r.top ? "under" : "exact", chinese: r.chinese };
  // "自2006年以来连续19年分列全国第1至4位": the same rank in every year since then
  const since = s.years.filter((y) => y.role === "since" && y.start < r.start).pop();
  const measure: Measure = { kind: "rank", by, ...(tied ? { tied } : {}), ...(r.top ? { top: true } : {}), ...(since ? { streakFrom: since.year } : {}) };
  // "广东、江苏、山东和浙江…分列全国第1至4位": one rank of the range per region of the list
  if (r.to !== undefined && list && list.length === r.to - r.rank + 1) {
    return list.map((who, k) => rankClaim(s, r, who, { ...token, value: r.rank + k, raw: `${r.raw}-${r.to}` }, measure, year, by, indicator));
  }
  let subjects: { subject?: Subject; unknown?: string; gap?: ClaimGap }[] = [subjectFor(r.start, "rank", list, index)];
  if (subjects[0]!.subject && subjects[0]!.subject.kind !== "province") {
    // ranks are among provinces: "四川是中国经济第五大省" ranks 四川, not 中国
    const province = lastBefore(
      s.subjects.filter((m) => m.role === "subject" && m.subject?.kind === "province"),
      r.start,
    );
    if (province) subjects = [{ subject: province.subject }];
  }
  if ((tied || r.top) && !(list && list.length > 1)) {
    // "内蒙古、安徽、甘肃（并列第3位）", "江苏和山东增速居全国前十": the rank of each region of the list
    const run = sharedList(s, r.start, tied).filter((m) => m.subject?.kind === "province");
    if (run.length > 1) subjects = run.map((m) => ({ subject: m.subject }));
  }
  if (r.top && w.LISTED_AFTER_TOP.test(t.slice(rel(s, r.end)))) {
    // "居全国前五位的依次是广东、江苏…": the regions named after it
    subjects = s.subjects.filter((m) => m.role === "subject" && m.subject?.kind === "province" && m.start > r.end).map((m) => ({ subject: m.subject }));
  }
  // "东部地区有6个省份居全国前十": the top-N belongs to the count, not to a region
  if (r.top && !subjects.some((x) => x.subject?.kind === "province")) return [];
  return subjects.map((who) => rankClaim(s, r, who, token, measure, year, by, indicator));
}

/** One rank claim of a rank mention about one region. */
function rankClaim(s: Sentence, r: RankMention, who: { subject?: Subject; unknown?: string; gap?: ClaimGap }, token: NumberToken, measure: Measure, year: number | undefined, by: "level" | "growth", indicator: string | null | undefined): Claim {
  const t = s.seg.text;
  const claim: Claim = {
    id: "",
    sentence: t,
    span: t.slice(rel(s, r.start), rel(s, r.end)),
    start: r.start,
    end: r.end,
    kind: "rank",
    ...(who.subject ? { subject: who.subject } : {}),
    ...(who.unknown ? { unknownSubject: who.unknown } : {}),
    ...(year !== undefined ? { year } : {}),
    indicator: by === "growth" ? "gdp_current" : typeof indicator === "string" ? indicator : "gdp_current",
    measure,
    stated: token,
  };
  const before = withoutAsides(s, s.seg.start, r.start);
  // ranks of a quarter (前三季度) or of a projection are not ranks of the annual statistics held
  const notAnnual = isSubAnnual(before) || s.projectionBefore || w.PROJECTION.test(before) ? "notStatistic" : undefined;
  const gap = notAnnual ?? who.gap ?? (who.unknown ? "unknownSubject" : undefined) ?? (year === undefined ? "noYear" : undefined) ?? (indicator === null ? "notStatistic" : undefined);
  if (gap) claim.gap = gap;
  return claim;
}
