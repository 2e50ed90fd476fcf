import type { Subject } from "../types.js";

/**
 * What a text has said so far, carried to the clauses that follow: "2024年，东部地区…，其中江苏…"
 * gives the year to every later clause of the paragraph and beyond (until another year is named),
 * the subject, the indicator and a 分别 list to the rest of the paragraph.
 */
export interface ReadingContext {
  year?: number;
  /** First year of a span ("2014~2024年"), for from/to claims. */
  fromYear?: number;
  subject?: Subject;
  unknownSubject?: string;
  /** Indicator id, or null when the last quantity named is one regecon does not hold. */
  indicator?: string | null;
  /**
   * The regions a 分别 of the previous sentence distributed ("东部、中部、西部和东北地区生产总值分别为…；
   * 按不变价格计算，分别比上年增长…"): a later 分别 of the paragraph without a list of its own uses them.
   */
  list?: { subject?: Subject; unknown?: string }[];
  /** The paragraph's last figure in % was a growth rate: a later one without a cue word is one too. */
  ratesAreGrowth?: boolean;
}

/**
 * The context at the start of a new paragraph: the year carries on (a report names it once per section);
 * the subject, the indicator and a list do not (issue 11: context carries "to the following clauses of the
 * paragraph" — an R&D intensity named in one paragraph is not the quantity of the next one's rank).
 */
export function paragraphStart(previous: ReadingContext): ReadingContext {
  return { year: previous.year, fromYear: previous.fromYear };
}
