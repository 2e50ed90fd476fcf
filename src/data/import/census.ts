import { censusTitle } from "../../messages/import.js";

/** An economic-census revision recognised in a file's notes. */
export interface CensusRevision {
  /** Which census: 4 (2018, published 2019/20) or 5 (2023, published 2024/25), etc. */
  census: number;
  /** The census name as NBS writes it, e.g. 第五次全国经济普查. */
  name: string;
  /** Years the note says were revised (inclusive), when it says so. */
  revisedFrom?: number;
  revisedTo?: number;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Recognise a note about an economic-census revision (第四次/第五次全国经济普查…修订), as NBS writes
 * it under its tables, e.g. "在第五次全国经济普查后，对1992年-2023年地区生产总值历史数据进行了系统修订"
 * or "2018年数据为根据第四次全国经济普查资料修订后数据". Returns undefined when no note mentions a
 * census together with 修订. Population censuses (人口普查) are not economic censuses and are ignored.
 */
export function recogniseCensusRevision(notes: readonly string[]): CensusRevision | undefined {
  for (const note of notes) {
    for (const sentence of note.split(/[。\n]/)) {
      const m = /第([一二三四五六七八九十])次全国经济普查/.exec(sentence);
      if (!m || !/修订/.test(sentence)) continue;
      const census = NUMERALS[m[1]!]!;
      const range = /(\d{4})\s*年?\s*[-－—–~～至到]\s*(\d{4})\s*年/.exec(sentence);
      const single = /(\d{4})\s*年/.exec(sentence);
      const from = range ? Number(range[1]) : single ? Number(single[1]) : undefined;
      const to = range ? Number(range[2]) : from;
      return { census, name: censusName(census), revisedFrom: from, revisedTo: to };
    }
  }
  return undefined;
}

/** The census name as NBS writes it, e.g. 5 → 第五次全国经济普查 (the Chinese of `censusTitle`). */
export function censusName(census: number): string {
  return censusTitle(census).zh;
}

/**
 * The census basis of a bundled vintage from its label (data/nbs/sources.csv `vintage_label`):
 * "第五次全国经济普查修订后" → 5, "第五次全国经济普查修订前" → 4 (the data still rest on the
 * previous census), a label without a census → undefined.
 */
export function censusOfVintageLabel(label: string): number | undefined {
  const m = /第([一二三四五六七八九十])次全国经济普查(?:修订)?(?:(前)|后)?/.exec(label);
  if (!m) return undefined;
  const n = NUMERALS[m[1]!]!;
  return m[2] !== undefined ? n - 1 : n; // 修订前: still the previous census
}
