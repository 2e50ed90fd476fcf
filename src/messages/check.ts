import type { Text } from "../types/text.js";
import { fixed, significant } from "./format.js";

/** Words of `regecon check` and `regecon bulletin`: errors, help, verdicts, summaries. */

export const unsupportedDocument = (file: string, ext: string): Text => ({
  zh: `无法读取 ${file}：不支持“${ext || "（无扩展名）"}”类型的文件`,
  en: `cannot read ${file}: files of type "${ext || "(no extension)"}" are not supported`,
});
export const unsupportedDocumentHint: Text = {
  zh: "regecon check 读取 .txt、.md、.html 和 .docx 文件；PDF 请先另存为 Word 或文本。",
  en: "regecon check reads .txt, .md, .html and .docx files; save a PDF as Word or text first.",
};
export const fileUnreadable = (file: string, reason: Text): Text => ({ zh: `无法读取文件 ${file}：${reason.zh}`, en: `cannot read the file ${file}: ${reason.en}` });
export const fileUnreadableHint: Text = { zh: "检查路径和读取权限。", en: "Check the path and the read permission." };
export const notADocx = (file: string, reason: Text): Text => ({ zh: `${file} 不是可读的 Word（.docx）文件：${reason.zh}`, en: `${file} is not a readable Word (.docx) file: ${reason.en}` });
export const notADocxHint: Text = { zh: "用 Word 重新另存为 .docx，或另存为 .txt 后再检查。", en: "Save it again as .docx from Word, or as .txt, and check that." };

/** Verdict names, as the summary and the HTML page print them. */
export const verdictName: Readonly<Record<string, Text>> = {
  verified: { zh: "核实", en: "verified" },
  vintage_mismatch: { zh: "数据版本不同", en: "vintage mismatch" },
  contradicted: { zh: "不符", en: "contradicted" },
  no_data: { zh: "缺少数据", en: "no data" },
  not_checkable: { zh: "无法核对", en: "not checkable" },
};

/** What each verdict means (legend of the HTML page and `--help`). */
export const verdictMeaning: Readonly<Record<string, Text>> = {
  verified: { zh: "用当前数据版本按所述方法计算，结果落在所写数字的修约区间内", en: "computed from the current vintage by the stated method, the result lies in the printed number's rounding interval" },
  vintage_mismatch: { zh: "只与另一数据版本（如初步核算数或修订前数据）相符", en: "matches only another vintage (e.g. preliminary or pre-revision figures)" },
  contradicted: { zh: "任何数据版本、任何合理的分母或方法都得不到所写数字（给出最接近的计算）", en: "no vintage and no plausible denominator or method gives the stated number (the nearest computation is shown)" },
  no_data: { zh: "数据库中没有所需的指标或年份（说明缺什么）", en: "the indicator or year is not held (says what is missing)" },
  not_checkable: { zh: "不是关于所持统计数据的数字，或无法确定其地区、年份或指标", en: "not a number about held statistics, or its region, year or indicator could not be determined" },
};

/** Methods of a computation (denominators, weighting, rounding), joined for the explanation. */
const METHOD_WORDS: Readonly<Record<string, Text>> = {
  national: { zh: "分母为全国数", en: "denominator: the national total" },
  provinceSum: { zh: "分母为31个省份合计", en: "denominator: the sum of the 31 provinces" },
  groupSum: { zh: "所辖省份之和", en: "sum of member provinces" },
  publishedTotal: { zh: "来源公布的地区合计", en: "total published for the group" },
  ratioOfSums: { zh: "分子之和 ÷ 分母之和", en: "sum of numerators ÷ sum of denominators" },
  populationWeighted: { zh: "按常住人口加权平均", en: "population-weighted mean" },
  unweighted: { zh: "各省份简单平均", en: "unweighted mean of provinces" },
  realGrowth: { zh: "按不变价格计算的实际增长", en: "real growth at constant prices" },
  gdpWeighted: { zh: "以上年地区生产总值加权", en: "weighted by previous-year GDP" },
  nominalFromLevels: { zh: "按现价总量计算的名义增长", en: "nominal growth from current-price levels" },
  provincesForNational: { zh: "无全国数，以31个省份代替", en: "no national figure: the 31 provinces stand in" },
  largestRemainder: { zh: "最大余数法修约", en: "largest-remainder rounding" },
  fromRounded: { zh: "按公布的修约值计算", en: "from the published rounded figures" },
  unrounded: { zh: "按未修约值计算", en: "from unrounded values" },
  published: { zh: "公布值", en: "published value" },
  disparity: { zh: "省际人均地区生产总值分布（人口加权）", en: "provincial GDP per capita distribution (population-weighted)" },
};

export function methodText(methods: readonly string[]): Text {
  const words = methods.map((x) => METHOD_WORDS[x]).filter((x): x is Text => x !== undefined);
  if (words.length === 0) return { zh: "直接取值", en: "value as held" };
  return { zh: words.map((x) => x.zh).join("，"), en: words.map((x) => x.en).join(", ") };
}

/** A computed value for explanations: enough digits to compare with the stated number. */
function num(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  return Math.abs(x) >= 1000 ? fixed(x, 1) : significant(x, 5);
}

/** The computation as shown to a reader: value, interval, vintage and method, already in the chosen words. */
export interface ShownComputation {
  value: number;
  interval: [number, number];
  vintage: string;
  method: string;
}

const interval = (c: ShownComputation) => `[${num(c.interval[0])}, ${num(c.interval[1])}]`;

export const verifiedExplanation = (c: ShownComputation, method: Text, defaultMethod: boolean): Text => ({
  zh: `计算值 ${num(c.value)}，在所写数字允许的区间 ${interval(c)} 内（${method.zh}${defaultMethod ? "" : "；此为备选口径"}；数据版本 ${c.vintage}）。`,
  en: `computed ${num(c.value)}, inside the interval ${interval(c)} the stated number allows (${method.en}${defaultMethod ? "" : "; an alternative method"}; vintage ${c.vintage}).`,
});

export const mismatchExplanation = (c: ShownComputation, vintage: Text, current: ShownComputation | undefined): Text => ({
  zh: `与数据版本“${vintage.zh}”相符（计算值 ${num(c.value)}，${c.method}）${current ? `；当前数据计算值为 ${num(current.value)}` : ""}。`,
  en: `matches the vintage "${vintage.en}" (computed ${num(c.value)}, ${c.method})${current ? `; the current data give ${num(current.value)}` : ""}.`,
});

export const contradictedExplanation = (c: ShownComputation, vintage: Text | undefined, tieMissing: boolean): Text => ({
  zh: `最接近的计算值为 ${num(c.value)}（${c.method}${vintage ? `；数据版本“${vintage.zh}”` : ""}），不在所写数字允许的区间 ${interval(c)} 内${tieMissing ? "；且该名次并非并列" : ""}。`,
  en: `the nearest computation gives ${num(c.value)} (${c.method}${vintage ? `; vintage "${vintage.en}"` : ""}), outside the interval ${interval(c)} the stated number allows${tieMissing ? "; and the rank is not shared" : ""}.`,
});

export const noDataExplanation = (missing: readonly string[]): Text => ({
  zh: `所需数据缺失：${missing.join("；") || "—"}。`,
  en: `the data needed are missing: ${missing.join("; ") || "—"}.`,
});

export const unitNotHeld = (stated: string, held: string): Text => ({
  zh: `所写单位“${stated}”与数据的单位“${held}”不可比（如人民币与美元），无法核对。`,
  en: `the stated unit "${stated}" cannot be compared with the data's unit "${held}" (e.g. yuan and US dollars).`,
});

const GAP_WORDS: Readonly<Record<string, Text>> = {
  noIndicator: { zh: "无法确定所说的指标", en: "the indicator could not be determined" },
  noSubject: { zh: "无法确定所说的地区", en: "the region could not be determined" },
  noYear: { zh: "无法确定年份", en: "the year could not be determined" },
  notStatistic: { zh: "不是关于数据库所持统计指标的数字", en: "not a number about a statistic regecon holds" },
  noMeasure: { zh: "无法确定是何种数量（总量、占比、增速、名次……）或比较对象", en: "what kind of quantity it is (level, share, growth, rank …) or what it is compared with could not be determined" },
};

export const gapExplanation = (gap: string, unknownSubject?: string): Text =>
  gap === "unknownSubject"
    ? { zh: `地区“${unknownSubject ?? ""}”不在地区登记表中（数据库只有省级数据），未加猜测。`, en: `the place "${unknownSubject ?? ""}" is not a region of the registry (the data are provincial); not guessed.` }
    : (GAP_WORDS[gap] ?? GAP_WORDS.noMeasure!);

export const impossibleValue = (span: string): Text => ({
  zh: `“${span}”是不可能的数值（占比超过100%、总量为负或降幅超过100%）。`,
  en: `"${span}" is an impossible value (a share above 100%, a negative level or a fall of more than 100%).`,
});

export const sameFigure = (span: string, otherSubject: string, otherSentence: string): Text => ({
  zh: `同一数字“${span}”前文已用于${otherSubject}（“${otherSentence.slice(0, 40)}…”）。`,
  en: `the same figure "${span}" was given earlier for ${otherSubject} ("${otherSentence.slice(0, 40)}…").`,
});
