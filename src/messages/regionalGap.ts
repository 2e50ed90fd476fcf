import type { Text } from "../types/text.js";
import { fixed, grouped, list, listText, yearRange } from "./format.js";
import { regionInText, type NamedGroup } from "./names.js";

/**
 * Words of the gap between the four regions' per-capita GDP (区域之间的相对差距与绝对差距), shown in
 * the section 区域差距 next to the provincial disparity indices: the sentence, the verdict clauses,
 * the figure's caption, axis and notes.
 */

/** Direction words of the gap (rules/regionalGap.ts decisions). */
const DIRECTION: Record<"narrowed" | "widened" | "unchanged", Text> = {
  narrowed: { zh: "缩小", en: "narrowed" },
  widened: { zh: "扩大", en: "widened" },
  unchanged: { zh: "基本不变", en: "was broadly unchanged" },
};

/** One pair's figures in the first and the last year. */
export interface GapPair {
  low: NamedGroup;
  ratio: [number, number];
  difference: [number, number];
}

/**
 * "从四大板块之间看，2015~2024年，东部地区人均地区生产总值与中部、西部和东北地区之比分别由1.66、1.80和
 * 1.67变为1.56、1.65和1.85，差额分别由27068元、30308元和27502元变为44520元、48489元和56954元；" —
 * the figures of every pair against the higher region, then the verdicts (`verdicts`).
 */
export const gapFigures = (first: number, last: number, high: NamedGroup, pairs: readonly GapPair[], verdicts: Text, crossesBreak: boolean): Text => {
  const brk = crossesBreak ? vintageBreak : { zh: "", en: "" };
  const many = pairs.length > 1;
  const resp = many ? "分别" : "";
  const lows = { zh: `${list(pairs.map((p) => p.low.name), "zh")}地区`, en: listText(pairs.map((p) => regionInText(p.low))).en };
  const r = (i: 0 | 1) => pairs.map((p) => fixed(p.ratio[i], 2));
  const d = (i: 0 | 1, lang: "zh" | "en") => pairs.map((p) => grouped(p.difference[i], 0, lang));
  return {
    zh: `从四大板块之间看，${yearRange(first, last, "zh")}，${high.name}地区人均地区生产总值与${lows.zh}之比${resp}由${list(r(0), "zh")}变为${list(r(1), "zh")}，差额${resp}由${list(d(0, "zh").map((x) => `${x}元`), "zh")}变为${list(d(1, "zh").map((x) => `${x}元`), "zh")}；${verdicts.zh}${brk.zh}。`,
    en: `Between the four regions, from ${first} to ${last} the ratio of ${regionInText(high).en}'s GDP per capita to that of ${lows.en} went from ${list(r(0), "en")} to ${list(r(1), "en")}${many ? " respectively" : ""}, and the difference from ${list(d(0, "en"), "en")} yuan to ${list(d(1, "en"), "en")} yuan: ${verdicts.en}${brk.en}.`,
  };
};

/** When the years compared come from different vintages of GDP or population. */
const vintageBreak: Text = {
  zh: "（注意：比较跨越不同数据版本，变化可能含统计修订因素）",
  en: " (note: the comparison crosses a data-version break; the change may partly reflect statistical revisions)",
};

/** Under the figure: years left out because a member lacked GDP or population (the lines break there). */
export const gapYearsNote = (items: readonly { year: number; provinces: Text }[]): Text => ({
  zh: `注：${items.map((i) => `${i.year}年${i.provinces.zh}的数据不全`).join("；")}，该年不计算，图中断开。`,
  en: `Note: ${items.map((i) => `${i.year}: data incomplete for ${i.provinces.en}`).join("; ")}; those years are not computed and the lines break there.`,
});

/** One verdict for the pairs that share it: "东部与中部、西部地区之间相对差距缩小、绝对差距扩大". */
export const gapVerdict = (high: NamedGroup, lows: readonly NamedGroup[], relative: keyof typeof DIRECTION, absolute: keyof typeof DIRECTION): Text => {
  const between = { zh: `${high.name}与${lows.map((g) => g.name).join("、")}地区之间`, en: `between ${regionInText(high).en} and ${lows.length > 1 ? "each of " : ""}${listText(lows.map(regionInText)).en}` };
  const same = relative === absolute;
  return {
    zh: same ? `${between.zh}相对差距和绝对差距均${DIRECTION[relative].zh}` : `${between.zh}相对差距${DIRECTION[relative].zh}、绝对差距${DIRECTION[absolute].zh}`,
    en: same ? `${between.en} both the relative and the absolute gap ${DIRECTION[relative].en}` : `${between.en} the relative gap ${DIRECTION[relative].en} and the absolute gap ${DIRECTION[absolute].en}`,
  };
};

/** Verdicts joined: zh "；", en "; ". */
export const verdicts = (items: readonly Text[]): Text => ({ zh: items.map((i) => i.zh).join("，"), en: items.map((i) => i.en).join("; ") });

export const figureCaption = (first: number, last: number, high: NamedGroup): Text => ({
  zh: `${yearRange(first, last, "zh")}${high.name}地区与其他板块人均地区生产总值之比`,
  en: `Ratio of ${regionInText(high).en}'s GDP per capita to the other regions', ${yearRange(first, last, "en")}`,
});

/** A line's name: "东部/中部" / "East / Central". */
export const pairName = (high: NamedGroup, low: NamedGroup): Text => ({ zh: `${high.name}/${low.name}`, en: `${high.nameEn} / ${low.nameEn}` });

export const ratioUnit: Text = { zh: "倍", en: "times" };

/** How the ratio and the difference are computed and judged. */
export const figureNote = (high: NamedGroup): Text => ({
  zh: `注：之比 = ${high.name}地区人均地区生产总值 ÷ 其他板块人均地区生产总值，差额为二者之差（元）；板块人均地区生产总值 = 所辖省份地区生产总值之和 ÷ 年末常住人口之和（现价，计算值）。判断规则：按显示的位数（之比两位小数，差额取整元）比较末年与首年，下降为“缩小”，上升为“扩大”，相等为“基本不变”。`,
  en: `Note: ratio = ${regionInText(high).en}'s GDP per capita ÷ the other region's; difference = the gap between them (yuan); a region's GDP per capita = Σ GDP ÷ Σ year-end resident population of its provinces (current prices, computed). Rule: comparing the last with the first year as displayed (ratios to two decimals, differences to whole yuan), lower = narrowed, higher = widened, equal = broadly unchanged.`,
});

/** In place of the sentence when fewer than two years have both regions' data. */
export const notComputable: Text = {
  zh: "四大板块人均地区生产总值缺少可比较的年份（各板块所辖省份的地区生产总值或年末常住人口不全），无法比较区域之间的差距。",
  en: "The four regions' GDP per capita lack two comparable years (provincial GDP or year-end population incomplete), so the gaps between regions cannot be compared.",
};
