import type { Text } from "../types/text.js";
import { capitalise, fixed, grouped, pct, points, thresholdInText, trillionsInText, yearRange } from "./format.js";
import { regionInText, type NamedGroup } from "./names.js";

/**
 * Words of the 摘要 (summary): one sentence per headline judgement, each with the numbers it rests on.
 * The judgements are the sections' own (decided in analysis/rules and carried in their facts); the
 * summary only phrases them shortly. Sentences are built by narrative/summary.ts.
 */

/**
 * Growth: "2024年，全国国内生产总值134.9万亿元，首次突破130万亿元；西部地区经济增速（5.1%）略高于东部地区
 * （5.0%），相差0.1个百分点，东北地区增速最慢（4.4%）。" `eastWest` is the section's opening clause.
 */
export const growthHeadline = (year: number, national: number | undefined, milestone: number | undefined, eastWest: Text | undefined, slowest: { region: Text; rate: number } | undefined): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  if (national !== undefined) {
    zh.push(`全国国内生产总值${trillionsInText(national, "zh", 1)}${milestone === undefined ? "" : `，首次突破${thresholdInText(milestone, "zh")}`}`);
    en.push(`national GDP reached ${trillionsInText(national, "en", 1)}${milestone === undefined ? "" : `, above ${thresholdInText(milestone, "en")} for the first time`}`);
  }
  const regional = { zh: eastWest?.zh ?? "", en: eastWest?.en ?? "" };
  if (slowest) {
    regional.zh += `${regional.zh ? "，" : ""}${slowest.region.zh}增速最慢（${pct(slowest.rate)}）`;
    regional.en += `${regional.en ? ", while " : ""}${slowest.region.en} grew slowest (${pct(slowest.rate)})`;
  }
  if (regional.zh) {
    zh.push(regional.zh);
    en.push(regional.en);
  }
  return { zh: `${year}年，${zh.join("；")}。`, en: `In ${year}, ${en.join("; ")}.` };
};

/** "东部地区生产总值占31个省份合计的52.40%；南方地区占64.8%，“南强北弱”格局没有改变。" */
export const sharesHeadline = (largest: { region: Text; share: number; of: Text } | undefined, side: { southStronger: boolean; share: number; unchanged: boolean } | undefined): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  if (largest) {
    zh.push(`${largest.region.zh}生产总值占${largest.of.zh}的${fixed(largest.share, 2)}%`);
    en.push(`${largest.region.en} produced ${fixed(largest.share, 2)}% of ${largest.of.en}`);
  }
  if (side) {
    const pattern = side.southStronger ? "“南强北弱”" : "“北强南弱”";
    zh.push(`${side.southStronger ? "南方" : "北方"}地区占${pct(side.share)}，${side.unchanged ? `${pattern}格局没有改变` : `呈${pattern}格局`}`);
    en.push(`the ${side.southStronger ? "south" : "north"} ${pct(side.share)}, ${side.unchanged ? "still " : ""}the larger economy`);
  }
  return zh.length === 0 ? { zh: "", en: "" } : { zh: `${zh.join("；")}。`, en: `${capitalise(en.join("; "))}.` };
};

/** "区域重大战略中，长三角增速最快（5.5%），与2014年相比，长三角和长江经济带占31个省份合计的比重上升。" */
export const strategiesHeadline = (fastest: { names: Text; tied: boolean; rate: number } | undefined, rose: { since: number; names: Text } | undefined): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  if (fastest) {
    zh.push(`${fastest.names.zh}增速${fastest.tied ? "并列" : ""}最快（${pct(fastest.rate)}）`);
    en.push(`${fastest.names.en} grew fastest (${pct(fastest.rate)})`);
  }
  if (rose) {
    zh.push(`与${rose.since}年相比，${rose.names.zh}占31个省份合计的比重上升`);
    en.push(`the shares of ${rose.names.en} in the 31-province sum rose since ${rose.since}`);
  }
  return zh.length === 0 ? { zh: "", en: "" } : { zh: `区域重大战略中，${zh.join("，")}。`, en: `Among the major regional strategies, ${en.join(", and ")}.` };
};

/**
 * "2015~2024年，省际人均地区生产总值相对差距略有缩小、绝对差距扩大；东部与西部地区人均地区生产总值之比由1.80
 * 变为1.65，差额由30308元变为48489元。" — `relative`, `absolute`: the section's direction words.
 */
export const disparityHeadline = (
  span: { first: number; last: number; relative: Text; absolute: Text } | undefined,
  pair: { high: NamedGroup; low: NamedGroup; first: number; last: number; ratio: [number, number]; difference: [number, number] } | undefined,
): Text => {
  const zh: string[] = [];
  const en: string[] = [];
  if (span) {
    zh.push(`${yearRange(span.first, span.last, "zh")}，省际人均地区生产总值相对差距${span.relative.zh}、绝对差距${span.absolute.zh}`);
    en.push(`from ${span.first} to ${span.last}, relative disparity of provincial GDP per capita ${span.relative.en} and absolute disparity ${span.absolute.en}`);
  }
  if (pair) {
    const years = span && span.first === pair.first && span.last === pair.last ? { zh: "", en: "" } : { zh: `${yearRange(pair.first, pair.last, "zh")}，`, en: ` from ${pair.first} to ${pair.last}` };
    zh.push(`${years.zh}${pair.high.name}与${pair.low.name}地区人均地区生产总值之比由${fixed(pair.ratio[0], 2)}变为${fixed(pair.ratio[1], 2)}，差额由${grouped(pair.difference[0], 0, "zh")}元变为${grouped(pair.difference[1], 0, "zh")}元`);
    en.push(`the ratio of ${regionInText(pair.high).en}'s GDP per capita to ${regionInText(pair.low).en}'s went from ${fixed(pair.ratio[0], 2)} to ${fixed(pair.ratio[1], 2)}${years.en} and the difference from ${grouped(pair.difference[0], 0, "en")} to ${grouped(pair.difference[1], 0, "en")} yuan`);
  }
  return zh.length === 0 ? { zh: "", en: "" } : { zh: `${zh.join("；")}。`, en: `${capitalise(en.join("; "))}.` };
};

/** A change whose trend is not significant, shortly (the section gives the test): "略有缩小" / "narrowed slightly". */
export const slightly = (d: Text): Text => ({ zh: `略有${d.zh}`, en: `${d.en} slightly` });

/** "2024年末，全国城镇化率为67.00%，比2014年末上升11.25个百分点。" */
export const urbanisationHeadline = (year: number, rate: number, change: { since: number; points: number } | undefined): Text => ({
  zh: `${year}年末，全国城镇化率为${pct(rate, 2)}${change ? `，比${change.since}年末${points(change.points, "zh", "share", 2)}` : ""}。`,
  en: `At the end of ${year}, the national urbanisation rate was ${pct(rate, 2)}${change ? `, ${points(change.points, "en", "share", 2)} since ${change.since}` : ""}.`,
});
